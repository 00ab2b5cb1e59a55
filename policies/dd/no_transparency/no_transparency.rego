# METADATA
# title: Norway — Transparency Act (Åpenhetsloven, LOV-2021-06-18-99)
# description: |
#   Act relating to enterprises' transparency and work on fundamental human rights and
#   decent working conditions, in force 1 July 2022. Applies to larger enterprises
#   resident in Norway that offer goods and services in or outside Norway, and to larger
#   foreign enterprises that offer goods and services in Norway and are liable to tax in
#   Norway (§ 2). Larger enterprise: exceeding two of three on the balance-sheet date —
#   sales revenue NOK 70 million, balance-sheet total NOK 35 million, 50 full-time
#   equivalents (§ 3(a)), parent and subsidiaries taken together; or named by the
#   Accounting Act whatever its size. An amendment in force 1 November 2024 (Forbrukertilsynet,
#   the supervising authority, says its guidance was updated after "endringer i
#   åpenhetsloven trådte i kraft 1. november 2024") left the three thresholds unchanged,
#   wrote in the two-year rule (exceeded two years in a row to come in, below two years
#   in a row to leave) and replaced the reference to large enterprises under Accounting
#   Act § 1-5 by public-interest entities under its new § 1-6 (listed on a regulated
#   market, banks, credit institutions, insurers) — per BDO's note on the Storting's
#   decision of 11 June 2024 and Forbrukertilsynet. Secondary verification: the Lovdata
#   text of § 3 and of Accounting Act §§ 1-5/1-6, and the amending act's number, were not
#   read. The document gives one year's figures, so the two-year rule is stated in the
#   reason, not evaluated.
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
	"checked_against": [
		{"url": "https://www.forbrukertilsynet.no/vi-jobber-med/apenhetsloven/the-transparency-act", "title": "Forbrukertilsynet (Norwegian Consumer Authority): The Transparency Act"},
		{"url": "https://prod.info.altinn.no/en/start-and-run-business/running-business/The-Transparency-Act-and-who-it-applies-to", "title": "Altinn: the Transparency Act and who it applies to (account by 30 June)"},
		{"url": "https://mercator.net/our-thinking/latest-news/norway-introduction-of-due-diligence-assessments/", "title": "Mercator: Norway, introduction of due diligence assessments (§ 4 letters; right to information, three weeks)"},
		{"url": "https://svw.no/en/insights/new-transparency-act", "title": "SVW: the new Transparency Act (OECD Guidelines basis; supply chain and business partners)"},
		_amendment_pages[0],
		_amendment_pages[1],
	],
}

# The amendment in force 1 November 2024 (§ 3(a)): where it was read.
_amendment_pages := [
	{"url": "https://forbrukertilsynet.no/vi-jobber-med/apenhetsloven/hvem-har-plikter-etter-apenhetsloven", "title": "Forbrukertilsynet, Hvem må følge åpenhetsloven?: guidance updated after the amendments to the Transparency Act entered into force on 1 November 2024; obligations apply from the financial year after the conditions are met"},
	{"url": "https://www.bdo.no/nb-no/bloggen/apenhetsloven-enkelte-endringer,-men-ikke-av-terskelverdiene", "title": "BDO, Åpenhetsloven – enkelte endringer, men ikke av terskelverdiene: Storting decision of 11 June 2024 keeps NOK 70 million / NOK 35 million / 50 FTE, writes in the two-year rule, replaces Accounting Act § 1-5 by § 1-6 (public-interest entities)"},
]

_company := object.get(input, "company", {})

_countries := object.get(input, ["operations", "countries"], [])

_hq := object.get(_company, "headquarters", "")

# Form of presence in Norway: as stated, else seat when headquartered there,
# else undefined (not stated).
_presence := p if {
	p := _company.presence.NO
} else := "seat" if {
	_hq == "NO"
}

_stated if _presence

_link if _company.employees_by_country.NO > 0

_link if "NO" in _countries

# § 3(a): two of three thresholds, each to be exceeded; a parent counts with its
# subsidiaries as a whole.
_size_tests := [
	{"field": "/company/annual_turnover_by_currency/NOK", "label": "sales revenue", "unit": "NOK ", "threshold": 70000000, "value": object.get(_company, ["annual_turnover_by_currency", "NOK"], null)},
	{"field": "/company/balance_sheet_total_by_currency/NOK", "label": "balance-sheet total", "unit": "NOK ", "threshold": 35000000, "value": object.get(_company, ["balance_sheet_total_by_currency", "NOK"], null)},
	{"field": "/company/employees", "label": "employees (headcount used for full-time equivalents)", "unit": "", "threshold": 50, "value": object.get(_company, "employees", null)},
]

_exceeded := [sprintf("%s %s%s > %s", [t.label, t.unit, _amount(t.value), _amount(t.threshold)]) |
	some t in _size_tests
	is_number(t.value)
	t.value > t.threshold
]

_not_exceeded := [sprintf("%s %s%s <= %s", [t.label, t.unit, _amount(t.value), _amount(t.threshold)]) |
	some t in _size_tests
	is_number(t.value)
	t.value <= t.threshold
]

_missing := [t.field | some t in _size_tests; not is_number(t.value)]

_larger if count(_exceeded) >= 2

_smaller if count(_not_exceeded) >= 2

_size := "two of NOK 70 million sales revenue, NOK 35 million balance-sheet total and 50 full-time equivalents (§ 3(a))"

# § 3(a) also covers, whatever their size, enterprises named by the Accounting Act:
# "large enterprises" of its § 1-5 (public limited companies among them) until
# 31 October 2024; "public-interest entities" of its new § 1-6 (listed on a regulated
# market, banks, credit institutions, insurers) from 1 November 2024.
_status_route := "covered by Accounting Act § 1-5 (large enterprises, e.g. a public limited company, ASA) whatever its size (§ 3(a))" if {
	input.as_of < "2024-11-01"
} else := "covered whatever its size if a public-interest entity under Accounting Act § 1-6 — listed on a regulated market, a bank, credit institution or insurer (§ 3(a) as amended from 1 November 2024)"

_listed_form if upper(object.get(_company, "legal_form", "")) == "ASA"

# From 1 November 2024 § 3(a) counts the thresholds over two consecutive years; the
# document gives one year's figures, so the reason says what the answer rests on.
_two_years := "" if {
	input.as_of < "2024-11-01"
} else := "; from 1 November 2024 the thresholds must be exceeded two years in a row to come within the Act, and fallen below two years in a row to leave it (§ 3(a) as amended): this answer rests on the one year's figures in the document"

# Money as written in the document: whole numbers without exponent, else two decimals.
_amount(x) := format_int(x, 10) if {
	x == floor(x)
} else := sprintf("%.2f", [x])

# METADATA
# title: Applicability to the company
# description: |
#   By form of presence in Norway (company.presence.NO; the headquarters country is a
#   seat unless stated). Seat: resident in Norway, bound if a larger enterprise (§ 2
#   first sentence). Branch: a foreign enterprise offering goods or services in Norway
#   through a branch, taken as liable to tax in Norway (§ 2 second sentence). Subsidiary:
#   the Norwegian subsidiary is itself resident and bound if larger on its own figures
#   (applies_to_subsidiary); the group's figures bound the subsidiary's. None: a foreign
#   enterprise selling into Norway without a branch is not liable to tax there.
#   Currencies are never converted: the figures must be given in NOK.
applicability := {"status": "not_applicable", "reason": "the Transparency Act is in force from 1 July 2022"} if {
	input.as_of < law.effective_from
} else := {"status": "not_applicable", "reason": "no presence in Norway beyond sales or sourcing (/company/presence/NO is none): the Act binds larger enterprises resident in Norway, and foreign ones offering goods or services in Norway and liable to tax in Norway (§ 2), which sales without a branch or establishment do not make them"} if {
	_presence == "none"
} else := {"status": "not_applicable", "reason": "no seat, branch, subsidiary, employees or sites in Norway recorded: the Act binds larger enterprises resident in Norway, and foreign ones offering goods or services in Norway and liable to tax in Norway (§ 2)"} if {
	not _stated
	not _link
} else := {"status": "applies", "reason": sprintf("larger enterprise resident in Norway: %s (§§ 2, 3(a))%s", [concat(", ", _exceeded), _two_years])} if {
	_presence == "seat"
	_larger
} else := {"status": "applies", "reason": sprintf("larger foreign enterprise with a branch in Norway: %s (§§ 2, 3(a)); a branch carrying on business in Norway is taken as offering goods or services there and liable to tax in Norway (§ 2 second sentence)%s", [concat(", ", _exceeded), _two_years])} if {
	_presence == "branch"
	_larger
} else := {"status": "unknown", "reason": sprintf("legal form %s: an enterprise resident in Norway is %s; that is not in the document — by size it is not a larger enterprise (%s)", [_company.legal_form, _status_route, concat(", ", _not_exceeded)])} if {
	_presence == "seat"
	_smaller
	_listed_form
} else := {"status": "not_applicable", "reason": sprintf("not a larger enterprise: %s; does not exceed %s: neither the company nor a Norwegian subsidiary is bound%s", [concat(", ", _not_exceeded), _size, _two_years])} if {
	_smaller
} else := {"status": "applies_to_subsidiary", "reason": sprintf("a Norwegian subsidiary is resident in Norway and bound in its own right, not the company, if it is a larger enterprise — exceeding %s with its own subsidiaries (§§ 2, 3(a)); the group exceeds them (%s)%s", [_size, concat(", ", _exceeded), _two_years])} if {
	_presence == "subsidiary"
	_larger
} else := {"status": "unknown", "reason": sprintf("needs %s: resident in Norway; a larger enterprise exceeds %s", [concat(" and ", _missing), _size])} if {
	_presence == "seat"
} else := {"status": "unknown", "reason": sprintf("needs %s: a foreign enterprise with a branch in Norway is bound if a larger enterprise, exceeding %s", [concat(" and ", _missing), _size])} if {
	_presence == "branch"
} else := {"status": "unknown", "reason": sprintf("needs %s: a Norwegian subsidiary is bound in its own right, not the company, if it is a larger enterprise, exceeding %s", [concat(" and ", _missing), _size])} if {
	_presence == "subsidiary"
} else := {"status": "unknown", "reason": sprintf("needs /company/presence/NO: larger enterprise (%s) with employees or sites in Norway but headquarters in %s; a branch binds the company as a foreign enterprise liable to tax in Norway, a Norwegian subsidiary is bound itself, not the company (§ 2)", [concat(", ", _exceeded), _hq])} if {
	_larger
} else := {"status": "unknown", "reason": sprintf("needs /company/presence/NO and %s: employees or sites in Norway but headquarters in %s; a larger enterprise exceeds %s", [concat(" and ", _missing), _hq, _size])}

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
