# METADATA
# title: Norway — Transparency Act (Åpenhetsloven, LOV-2021-06-18-99)
# description: |
#   Act relating to enterprises' transparency and work on fundamental human rights and
#   decent working conditions, in force 1 July 2022. Applies to larger enterprises
#   resident in Norway that offer goods and services in or outside Norway, and to larger
#   foreign enterprises that offer goods and services in Norway and are liable to tax in
#   Norway (§ 2). Larger enterprise: covered by the Accounting Act's large-enterprise
#   provision, or exceeding two of three on the balance-sheet date — sales revenue NOK
#   70 million, balance-sheet total NOK 35 million, 50 full-time equivalents (§ 3(a)),
#   parent and subsidiaries taken together.
# related_resources:
#   - https://lovdata.no/dokument/NLE/lov/2021-06-18-99
package hrdd.dd.no_transparency

# METADATA
# title: The law
law := {
	"name": "Transparency Act (Åpenhetsloven, LOV-2021-06-18-99)",
	"jurisdiction": "NO",
	"binding": "law",
	"url": "https://lovdata.no/dokument/NLE/lov/2021-06-18-99",
	"effective_from": "2022-07-01",
}

_base := {
	"instrument": "Transparency Act (LOV-2021-06-18-99)",
	"binding": "law",
	"url": "https://lovdata.no/dokument/NLE/lov/2021-06-18-99",
	"effective_from": "2022-07-01",
	"verification": "secondary",
}

_company := object.get(input, "company", {})

_countries := object.get(input, ["operations", "countries"], [])

_resident := _company.headquarters == "NO"

_presence if _company.employees_by_country.NO > 0

_presence if "NO" in _countries

# § 3(a): two of three thresholds, each to be exceeded.
_size_tests := [
	{"field": "company.annual_turnover_by_currency.NOK", "label": "sales revenue", "unit": "NOK ", "threshold": 70000000, "value": object.get(_company, ["annual_turnover_by_currency", "NOK"], null)},
	{"field": "company.balance_sheet_total_by_currency.NOK", "label": "balance-sheet total", "unit": "NOK ", "threshold": 35000000, "value": object.get(_company, ["balance_sheet_total_by_currency", "NOK"], null)},
	{"field": "company.employees", "label": "employees (headcount used for full-time equivalents)", "unit": "", "threshold": 50, "value": object.get(_company, "employees", null)},
]

_exceeded := [sprintf("%s %s%v > %v", [t.label, t.unit, t.value, t.threshold]) |
	some t in _size_tests
	is_number(t.value)
	t.value > t.threshold
]

_not_exceeded := [sprintf("%s %s%v <= %v", [t.label, t.unit, t.value, t.threshold]) |
	some t in _size_tests
	is_number(t.value)
	t.value <= t.threshold
]

_missing := [t.field | some t in _size_tests; not is_number(t.value)]

_larger if count(_exceeded) >= 2

_smaller if count(_not_exceeded) >= 2

# METADATA
# title: Applicability to the company
# description: |
#   applies to a Norwegian-resident larger enterprise; unknown for a foreign larger
#   enterprise active in Norway (its liability to tax in Norway, § 2, is not in the
#   document) or when the size figures cannot decide two of the three thresholds.
#   Currencies are never converted: the figures must be given in NOK.
applicability := {"status": "not_applicable", "reason": "the Transparency Act is in force from 1 July 2022"} if {
	input.as_of < law.effective_from
} else := {"status": "not_applicable", "reason": "neither resident in Norway nor active in Norway (Transparency Act § 2)"} if {
	not _resident
	not _presence
} else := {"status": "applies", "reason": sprintf("larger enterprise resident in Norway: %s (§§ 2, 3(a))", [concat(", ", _exceeded)])} if {
	_resident
	_larger
} else := {"status": "unknown", "reason": sprintf("larger enterprise (%s) with activity in Norway but headquarters in %s: the Act applies to foreign enterprises offering goods or services in Norway and liable to tax in Norway (§ 2), which the document does not record", [concat(", ", _exceeded), _company.headquarters])} if {
	_larger
} else := {"status": "unknown", "reason": sprintf("legal form %s: enterprises covered by the Accounting Act's large-enterprise provision (e.g. listed public limited companies) are covered whatever their size (§ 3(a)); their status is not in the document", [_company.legal_form])} if {
	upper(_company.legal_form) == "ASA"
} else := {"status": "not_applicable", "reason": sprintf("not a larger enterprise: %s; does not exceed two of NOK 70 million sales revenue, NOK 35 million balance-sheet total and 50 full-time equivalents (§ 3(a))", [concat(", ", _not_exceeded)])} if {
	_smaller
} else := {"status": "unknown", "reason": sprintf("%s needed to decide two of the three thresholds: NOK 70 million sales revenue, NOK 35 million balance-sheet total, 50 full-time equivalents (§ 3(a))", [concat(" and ", _missing)])}

# METADATA
# title: Source values
# description: |
#   Due diligence in accordance with the OECD Guidelines (§ 4) and the annual account
#   (§ 5). Letters of § 4 checked against secondary sources (law firms, Altinn,
#   Forbrukertilsynet). Not encoded: stakeholders (§ 4 requires communicating with
#   affected stakeholders and rights-holders, without naming groups), a grievance
#   mechanism (the Act gives a right to information, §§ 6-7, not a grievance mechanism)
#   and a risk-assessment interval (none set).
sources contains object.union(_base, {
	"requirement": "due_diligence.policy_commitment",
	"value": true,
	"article": "§ 4(a)",
	"notes": ["Embed responsible business conduct into the enterprise's policies."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.scope_tiers",
	"value": "all",
	"article": "§ 4(b)",
	"notes": ["Adverse impacts the enterprise has caused or contributed to, or that are directly linked to its operations, products or services via the supply chain or business partners; the supply chain is not limited to direct suppliers."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.effectiveness_tracking",
	"value": true,
	"article": "§ 4(d)",
	"notes": ["Track the implementation and results of the measures."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.remediation",
	"value": true,
	"article": "§ 4(f)",
	"notes": ["Provide for or cooperate in remediation and compensation where this is required."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.public_reporting",
	"value": true,
	"article": "§ 5",
	"notes": ["Publish an account of the due diligence by 30 June each year, on the website and referenced in the annual report; in addition anyone may request information (§§ 6-7, answer within three weeks)."],
})
