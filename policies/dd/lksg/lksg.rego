# METADATA
# title: Germany — Supply Chain Due Diligence Act (LkSG)
# description: |
#   Lieferkettensorgfaltspflichtengesetz of 16 July 2021 (BGBl. I S. 2959), in force
#   1 January 2023. Applies to enterprises with their seat or a branch in Germany
#   and at least 3,000 employees in Germany, 1,000 from 1 January 2024 (§ 1(1)).
# related_resources:
#   - https://www.gesetze-im-internet.de/lksg/
package hrdd.dd.lksg

# METADATA
# title: The law
law := {
	"name": "Lieferkettensorgfaltspflichtengesetz (LkSG)",
	"jurisdiction": "DE",
	"binding": "law",
	"url": "https://www.gesetze-im-internet.de/lksg/",
	"effective_from": "2023-01-01",
}

_base := {
	"instrument": "LkSG",
	"binding": "law",
	"url": "https://www.gesetze-im-internet.de/lksg/",
	"effective_from": "2023-01-01",
}

# § 1(1): 3,000 employees in Germany in 2023, 1,000 from 1 January 2024.
_threshold := 3000 if input.as_of < "2024-01-01"

else := 1000

_threshold_article := "§ 1(1) sent. 1 no. 2 (3,000 employees until 31 Dec 2023)" if input.as_of < "2024-01-01"

else := "§ 1(1) sent. 3 (1,000 employees from 1 Jan 2024)"

_company := object.get(input, "company", {})

_de_employees := _company.employees_by_country.DE

_german := _company.headquarters == "DE"

# METADATA
# title: Applicability to the company
# description: applies, not_applicable, or unknown when the document lacks the number of employees in Germany.
applicability := {"status": "applies", "reason": sprintf("%d employees in Germany, at or above the threshold of %d (%s)", [_de_employees, _threshold, _threshold_article])} if {
	_de_employees >= _threshold
} else := {"status": "not_applicable", "reason": sprintf("%d employees in Germany, below the threshold of %d (%s)", [_de_employees, _threshold, _threshold_article])} if {
	is_number(_de_employees)
} else := {"status": "not_applicable", "reason": sprintf("%d employees in all, below the threshold of %d employees in Germany (%s)", [_company.employees, _threshold, _threshold_article])} if {
	_company.employees < _threshold
} else := {"status": "not_applicable", "reason": "no seat or employees in Germany (§ 1(1))"} if {
	not _german
	not _de_employees
} else := {"status": "unknown", "reason": sprintf("company.employees_by_country.DE is needed to decide the threshold of %d employees in Germany (%s)", [_threshold, _threshold_article])}

# METADATA
# title: Source values
# description: |
#   The process duties the LkSG imposes, by section. Section numbers checked against
#   reproductions of the statute text and commentary (Haufe, consuvation.com), not the
#   Federal Law Gazette itself, hence "secondary" unless stated.
sources contains object.union(_base, {
	"requirement": "due_diligence.policy_commitment",
	"value": true,
	"article": "§ 6(2)",
	"verification": "secondary",
	"notes": ["Policy statement (Grundsatzerklärung) adopted by management."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.risk_assessment_interval_months",
	"value": 12,
	"article": "§ 5(4)",
	"verification": "secondary",
	"notes": ["Risk analysis once a year and ad hoc when the risk situation changes."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.scope_tiers",
	"value": [1],
	"article": "§§ 2(7), 5(1), 9(3)",
	"verification": "secondary",
	"notes": ["Own business area and direct suppliers; indirect suppliers only on substantiated knowledge of a possible violation (§ 9(3))."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.grievance_mechanism",
	"value": true,
	"article": "§ 8(1)",
	"verification": "secondary",
})

sources contains object.union(_base, {
	"requirement": "due_diligence.grievance_open_to",
	"value": ["own_workers", "supplier_workers"],
	"article": "§§ 8(1), 9(1)",
	"verification": "secondary",
	"notes": ["The complaints procedure must also be open to risks and violations at indirect suppliers (§ 9(1))."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.remediation",
	"value": true,
	"article": "§ 7(1)",
	"verification": "secondary",
})

sources contains object.union(_base, {
	"requirement": "due_diligence.effectiveness_tracking",
	"value": true,
	"article": "§§ 6(5), 7(4), 8(5)",
	"verification": "secondary",
	"notes": ["The effectiveness of the preventive measures (§ 6(5)), of the remedial measures (§ 7(4)) and of the complaints procedure (§ 8(5)) is reviewed once a year and ad hoc when the risk situation changes."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.public_reporting",
	"value": true,
	"article": "§ 10(2)",
	"verification": "primary",
	"notes": [
		"Annual report on the fulfilment of the due diligence obligations in the previous financial year, published free of charge on the company website within four months of the end of the financial year and kept available for seven years (§ 10(2)); submitted to BAFA (§ 12). Checked against a reproduction of the statute text.",
		"Pending amendment: the government bill adopted by the cabinet on 3 September 2025 (first reading in the Bundestag on 16 January 2026) deletes § 10(2)-(4) and §§ 12-13 retroactively to 1 January 2023; internal documentation (§ 10(1)) stays. Its adoption and promulgation could not be confirmed, so the duty is kept without an end date. BAFA stopped checking reports in October 2025.",
	],
})
