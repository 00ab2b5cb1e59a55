# METADATA
# title: Germany — Supply Chain Due Diligence Act (LkSG)
# description: |
#   Lieferkettensorgfaltspflichtengesetz of 16 July 2021 (BGBl. I S. 2959), in force
#   1 January 2023. Applies to enterprises, whatever their legal form, with their
#   central administration, principal place of business, administrative seat or
#   statutory seat in Germany, or a branch under § 13d HGB in Germany, that normally
#   employ at least 3,000 employees in Germany, 1,000 from 1 January 2024 (§ 1(1);
#   checked against gesetze-im-internet.de). For the seat route the German employees
#   of all group companies count for the parent (§ 1(3)).
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

# § 1(1) sent. 1 no. 2 and sent. 2 no. 2: 3,000 employees in Germany; sent. 3: 1,000
# from 1 January 2024.
_threshold := 3000 if input.as_of < "2024-01-01"

else := 1000

_threshold_article := "§ 1(1) sent. 1 no. 2, sent. 2 no. 2: 3,000 employees until 31 Dec 2023" if input.as_of < "2024-01-01"

else := "§ 1(1) sent. 3: 1,000 employees from 1 Jan 2024"

_company := object.get(input, "company", {})

_countries := object.get(input, ["operations", "countries"], [])

_hq := object.get(_company, "headquarters", "")

# Form of presence in Germany: as stated, else seat when headquartered there,
# else undefined (not stated).
_presence := p if {
	p := _company.presence.DE
} else := "seat" if {
	_company.headquarters == "DE"
}

_stated if _presence

_de := _company.employees_by_country.DE

_has_de if is_number(_de)

# Employees or sites in Germany (operations.countries: headquarters, countries
# with employees, sites).
_link if _de > 0

_link if "DE" in _countries

_below := sprintf("%d employees in Germany, below the threshold of %d (%s)", [_de, _threshold, _threshold_article]) if {
	_de < _threshold
} else := sprintf("%d employees in all, below the threshold of %d employees in Germany (%s)", [_company.employees, _threshold, _threshold_article]) if {
	not _has_de
	_company.employees < _threshold
}

_reached if _de >= _threshold

_pointer := "/company/employees_by_country/DE"

_forms := "central administration, principal place of business, administrative seat or statutory seat in Germany (§ 1(1) sent. 1 no. 1) or a branch under § 13d HGB in Germany (§ 1(1) sent. 2)"

# METADATA
# title: Applicability to the company
# description: |
#   By form of presence in Germany (company.presence.DE; the headquarters country is a
#   seat unless stated). Seat: the company, with the German employees of all group
#   companies (§ 1(3)). Branch: the company, with its own employees in Germany (§ 1(3)
#   counts group companies only for sent. 1). Subsidiary: the German subsidiary is an
#   enterprise of its own and is bound itself, not the company (applies_to_subsidiary);
#   the group's German headcount bounds the subsidiary's. unknown names the pointer
#   the document lacks; never not_applicable for lack of a figure.
applicability := {"status": "not_applicable", "reason": "the LkSG is in force from 1 January 2023"} if {
	input.as_of < law.effective_from
} else := {"status": "not_applicable", "reason": sprintf("no presence in Germany beyond sales or sourcing (/company/presence/DE is none): the LkSG binds enterprises with their %s", [_forms])} if {
	_presence == "none"
} else := {"status": "not_applicable", "reason": sprintf("no seat, branch, subsidiary, employees or sites in Germany recorded: the LkSG binds enterprises with their %s", [_forms])} if {
	not _stated
	not _link
} else := {"status": "not_applicable", "reason": sprintf("%s: whatever its form of presence, neither the company nor a German subsidiary reaches it", [_below])} if {
	_below
} else := {"status": "applies", "reason": sprintf("seat in Germany (§ 1(1) sent. 1 no. 1) and %d employees in Germany, group companies' included (§ 1(3)), at or above the threshold of %d (%s)", [_de, _threshold, _threshold_article])} if {
	_presence == "seat"
	_reached
} else := {"status": "applies", "reason": sprintf("branch in Germany (§ 1(1) sent. 2, § 13d HGB) and %d employees in Germany, at or above the threshold of %d (%s); for a branch only the company's own employees in Germany count, not those of group companies (§ 1(3) refers to sent. 1 only)", [_de, _threshold, _threshold_article])} if {
	_presence == "branch"
	_reached
} else := {"status": "applies_to_subsidiary", "reason": sprintf("a German subsidiary is an enterprise of its own: the LkSG binds it, not the company, if it and the German companies it controls employ at least %d in Germany (§ 1(1) sent. 1, (3); %s); the group employs %d there", [_threshold, _threshold_article, _de])} if {
	_presence == "subsidiary"
	_reached
} else := {"status": "unknown", "reason": sprintf("needs %s: the company has its seat in Germany (§ 1(1) sent. 1 no. 1); the threshold is %d employees in Germany, group companies' included (§ 1(3); %s)", [_pointer, _threshold, _threshold_article])} if {
	_presence == "seat"
} else := {"status": "unknown", "reason": sprintf("needs %s: the company has a branch in Germany (§ 1(1) sent. 2, § 13d HGB); the threshold is %d of its own employees in Germany (%s)", [_pointer, _threshold, _threshold_article])} if {
	_presence == "branch"
} else := {"status": "unknown", "reason": sprintf("needs %s: a German subsidiary is bound in its own right, not the company, if it and the German companies it controls employ at least %d in Germany (§ 1(1) sent. 1, (3); %s)", [_pointer, _threshold, _threshold_article])} if {
	_presence == "subsidiary"
} else := {"status": "unknown", "reason": sprintf("needs /company/presence/DE: %d employees in Germany reach the threshold of %d (%s), but the form of presence decides who is bound — a seat or a branch (§ 13d HGB) binds the company (§ 1(1) sent. 1-2), a German subsidiary is bound itself, not the company", [_de, _threshold, _threshold_article])} if {
	_reached
} else := {"status": "unknown", "reason": sprintf("needs /company/presence/DE and %s: the company has employees or sites in Germany but its headquarters in %s; a seat or a branch (§ 13d HGB) binds the company, a German subsidiary is bound itself, from %d employees in Germany (%s)", [_pointer, _hq, _threshold, _threshold_article])}

# METADATA
# title: Source values
# description: |
#   The process duties the LkSG imposes, by section. Section numbers checked against
#   commentary (Haufe, consuvation.com, activeMind, Personalwirtschaft), not the
#   statute text on gesetze-im-internet.de, hence "secondary"; each value names the
#   pages in checked_against.
_haufe_risk := {"url": "https://haufe.de/finance/haufe-finance-office-premium/lksg-faq-zum-lieferkettensorgfaltspflichtengesetz-86-geht-die-anlassbezogene-risikoanalyse-im-sinne-des-5-abs4-lksg-ueber-risiken-beim-unmittelbaren-zulieferer-hinaus-ist-sie-auf-die-sich-wesentlich-veraendernden-bzw-hinzukommenden-risiken-ueberall-in-der-lieferkette-zu-beziehen_idesk_PI20354_HI15466984.html", "title": "Haufe, LkSG FAQ 8.6: § 5(1) and (4), regular risk analysis once a year, ad hoc analysis throughout the supply chain"}

_haufe_first := {"url": "https://haufe.de/finance/haufe-finance-office-premium/lksg-faq-zum-lieferkettensorgfaltspflichtengesetz-81-wann-ist-die-erste-risikoanalyse-durchzufuehren-und-entsprechend-die-erste-grundsatzerklaerung-abzugeben_idesk_PI20354_HI15466979.html", "title": "Haufe, LkSG FAQ 8.1: risk analysis once a year and ad hoc; policy statement under § 6(2)"}

_consuv := {"url": "https://www.consuvation.com/en/german_supply_chain_act/lksg--9-indirect-suppliers.html", "title": "Consuvation, LkSG § 9: indirect suppliers (substantiated knowledge; complaints procedure)"}

_haufe_bv := {"url": "https://www.haufe.de/sustainability/haufe-sustainability-office/15-lieferkettensorgfaltspflichtengesetz-neue-gesetzl-57-beschwerdeverfahren_idesk_PI44644_HI15038590.html", "title": "Haufe, LkSG complaints procedure (§§ 8, 9(1))"}

_activemind := {"url": "https://activemind.legal/de/guides/beschwerdeverfahren-lksg", "title": "activeMind.legal, Beschwerdeverfahren nach LkSG (direct and indirect suppliers; annual effectiveness review)"}

_haufe_report := {"url": "https://haufe.de/finance/haufe-finance-office-premium/15-lieferkettensorgfaltspflichtengesetz-gesetzliche-58-dokumentations-und-berichtspflichten_idesk_PI20354_HI15038591.html", "title": "Haufe, LkSG documentation and reporting duties (§ 10(1)-(2), § 12)"}

_gvw_report := {"url": "https://gvw.com/leistungen/esg-due-diligence-abc/jahresberichte-lksg", "title": "Graf von Westphalen, LkSG annual reports (§ 10(2): within four months, seven years, free of charge)"}

sources contains object.union(_base, {
	"requirement": "due_diligence.policy_commitment",
	"value": true,
	"article": "§ 6(2)",
	"checked_against": [_haufe_first, {"url": "https://www.personalwirtschaft.de/news/arbeitsrecht/lieferkettengesetz-der-obligatorische-beschwerdebeauftragte-153177/", "title": "Personalwirtschaft, LkSG risk management elements and policy statement"}],
	"verification": "secondary",
	"notes": ["Policy statement (Grundsatzerklärung) adopted by management."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.risk_assessment_interval_months",
	"value": 12,
	"article": "§ 5(4)",
	"checked_against": [_haufe_risk, _haufe_first],
	"verification": "secondary",
	"notes": ["Risk analysis once a year and ad hoc when the risk situation changes."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.scope_tiers",
	"value": [1],
	"article": "§§ 2(7), 5(1), 9(3)",
	"checked_against": [_consuv, _haufe_risk],
	"verification": "secondary",
	"notes": ["Own business area and direct suppliers; indirect suppliers only on substantiated knowledge of a possible violation (§ 9(3))."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.grievance_mechanism",
	"value": true,
	"article": "§ 8(1)",
	"checked_against": [_haufe_bv, _activemind],
	"verification": "secondary",
})

sources contains object.union(_base, {
	"requirement": "due_diligence.grievance_open_to",
	"value": ["own_workers", "supplier_workers"],
	"article": "§§ 8(1), 9(1)",
	"checked_against": [_haufe_bv, _activemind, _consuv],
	"verification": "secondary",
	"notes": ["The complaints procedure must also be open to risks and violations at indirect suppliers (§ 9(1))."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.remediation",
	"value": true,
	"article": "§ 7(1)",
	"checked_against": [{"url": "https://www.ihk.de/koblenz/unternehmensservice/umwelt-und-energie/aktuelles-und-termine/aktuelles/lksg-bafa-stellt-pruefung-von-berichten-ab-sofort-ein-6751302", "title": "IHK Koblenz: BAFA stops checking reports; the amendment keeps fines for four duties, among them remedial action under § 7(1)"}],
	"verification": "secondary",
})

sources contains object.union(_base, {
	"requirement": "due_diligence.effectiveness_tracking",
	"value": true,
	"article": "§§ 6(5), 7(4), 8(5)",
	"checked_against": [_activemind, _haufe_bv],
	"verification": "secondary",
	"notes": ["The effectiveness of the preventive measures (§ 6(5)), of the remedial measures (§ 7(4)) and of the complaints procedure (§ 8(5)) is reviewed once a year and ad hoc when the risk situation changes."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.public_reporting",
	"value": true,
	"article": "§ 10(2)",
	"verification": "secondary",
	"checked_against": [_haufe_report, _gvw_report],
	"notes": [
		"Annual report on the fulfilment of the due diligence obligations in the previous financial year, published free of charge on the company website within four months of the end of the financial year and kept available for seven years (§ 10(2)); submitted to BAFA (§ 12). Checked against commentary paraphrasing § 10(2) closely; the earlier 'primary' label named no copy of the statute text that was read, so it is 'secondary'.",
		"Pending amendment: the government bill adopted by the cabinet on 3 September 2025 (first reading in the Bundestag on 16 January 2026) deletes § 10(2)-(4) and §§ 12-13 retroactively to 1 January 2023; internal documentation (§ 10(1)) stays. Its adoption and promulgation could not be confirmed, so the duty is kept without an end date. BAFA stopped checking reports in October 2025.",
	],
})
