# METADATA
# title: Australia — Modern Slavery Act 2018 (Cth)
# description: |
#   A reporting entity — an entity with consolidated revenue of at least AUD 100 million
#   for the reporting period that is an Australian entity or carries on business in
#   Australia at any time in that period (s. 5(1)(a)) — gives an annual modern slavery
#   statement addressing the mandatory criteria (ss. 13, 16), published on the Modern
#   Slavery Statements Register. Operative provisions in force 1 January 2019. An entity
#   carries on business in Australia within the meaning of the Corporations Act 2001,
#   s. 21 (s. 5(2)). Section 5 checked against the AustLII reproduction of the Act.
#   Disclosure only.
# related_resources:
#   - https://www.legislation.gov.au/C2018A00153/latest/text
package hrdd.dd.au_msa

# METADATA
# title: The law
law := {
	"name": "Modern Slavery Act 2018 (Cth)",
	"jurisdiction": "AU",
	"binding": "law",
	"url": "https://www.legislation.gov.au/C2018A00153/latest/text",
	"effective_from": "2019-01-01",
}

_threshold := 100000000

_company := object.get(input, "company", {})

_countries := object.get(input, ["operations", "countries"], [])

_hq := object.get(_company, "headquarters", "")

# Form of presence in Australia: as stated, else seat when headquartered there,
# else undefined (not stated).
_presence := p if {
	p := _company.presence.AU
} else := "seat" if {
	_hq == "AU"
}

_stated if _presence

_link if _company.employees_by_country.AU > 0

_link if "AU" in _countries

# Consolidated revenue: the entity's and that of the entities it controls (s. 4).
_revenue := _company.annual_turnover_by_currency.AUD

_below if _revenue < _threshold

_reached if _revenue >= _threshold

_pointer := "/company/annual_turnover_by_currency/AUD"

_test := "consolidated revenue of at least AUD 100 million for the reporting period, controlled entities' included (s. 5(1)(a))"

_how := {
	"seat": "an Australian entity (s. 5(1)(a)(i))",
	"branch": "carries on business in Australia through a place of business there (s. 5(1)(a)(ii), (2); Corporations Act s. 21)",
}

# Money as written in the document: whole numbers without exponent, else two decimals.
_amount(x) := format_int(x, 10) if {
	x == floor(x)
} else := sprintf("%.2f", [x])

# METADATA
# title: Applicability to the company
# description: |
#   By form of presence in Australia (company.presence.AU; the headquarters country is
#   a seat unless stated). Seat: an Australian entity; branch: an entity carrying on
#   business in Australia (s. 5(2), Corporations Act s. 21): the company is a reporting
#   entity on its consolidated revenue. An Australian subsidiary is an Australian entity
#   and a reporting entity of its own (applies_to_subsidiary). None: no place of business
#   in Australia. Needs consolidated revenue in AUD (never converted).
applicability := {"status": "not_applicable", "reason": "the Act's reporting requirements are in force from 1 January 2019"} if {
	input.as_of < law.effective_from
} else := {"status": "not_applicable", "reason": "no presence in Australia beyond sales or sourcing (/company/presence/AU is none): the Act binds entities that are Australian entities or carry on business in Australia within the meaning of the Corporations Act (s. 5(1)(a), (2))"} if {
	_presence == "none"
} else := {"status": "not_applicable", "reason": "no seat, branch, subsidiary, employees or sites in Australia recorded: the Act binds entities that are Australian entities or carry on business in Australia (s. 5(1)(a), (2))"} if {
	not _stated
	not _link
} else := {"status": "not_applicable", "reason": sprintf("consolidated revenue AUD %s, below AUD 100 million (s. 5(1)(a)): neither the company nor an Australian subsidiary reaches it", [_amount(_revenue)])} if {
	_below
} else := {"status": "applies", "reason": sprintf("reporting entity: %s with consolidated revenue AUD %s, at least AUD 100 million (s. 5(1)(a))", [_how[_presence], _amount(_revenue)])} if {
	_reached
	_how[_presence]
} else := {"status": "applies_to_subsidiary", "reason": sprintf("an Australian subsidiary is an Australian entity (s. 5(1)(a)(i)) and a reporting entity of its own, not the company, if it has a %s; the group's is AUD %s. The company reports itself only if it carries on business in Australia (s. 5(1)(a)(ii))", [_test, _amount(_revenue)])} if {
	_presence == "subsidiary"
	_reached
} else := {"status": "unknown", "reason": sprintf("needs %s: the company is %s; the threshold is a %s", [_pointer, _how[_presence], _test])} if {
	_how[_presence]
} else := {"status": "unknown", "reason": sprintf("needs %s: an Australian subsidiary is an Australian entity and a reporting entity of its own, not the company, with a %s", [_pointer, _test])} if {
	_presence == "subsidiary"
} else := {"status": "unknown", "reason": sprintf("needs /company/presence/AU: consolidated revenue AUD %s reaches AUD 100 million and the company has employees or sites in Australia, but headquarters in %s; a branch (place of business) makes the company a reporting entity, an Australian subsidiary is one itself, not the company (s. 5)", [_amount(_revenue), _hq])} if {
	_reached
} else := {"status": "unknown", "reason": sprintf("needs /company/presence/AU and %s: the company has employees or sites in Australia but headquarters in %s; a branch makes the company a reporting entity, an Australian subsidiary is one itself, with a %s", [_pointer, _hq, _test])}

# METADATA
# title: Source values
# description: Disclosure only — the Act requires a statement, not due diligence.
sources contains {
	"requirement": "due_diligence.public_reporting",
	"value": true,
	"instrument": "Modern Slavery Act 2018 (Cth)",
	"article": "ss. 13, 16",
	"url": "https://www.legislation.gov.au/C2018A00153/latest/text",
	"effective_from": "2019-01-01",
	"binding": "law",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://www.gtlaw.com.au/knowledge/modern-slavery-legislative-reform-issues-paper-released-public-consultation", "title": "Gilbert + Tobin (Aug 2022): reporting entities with AUD 100 million consolidated revenue; mandatory criteria of s. 16"},
		{"url": "https://www.herbertsmithfreehills.com/lang-de/latest-thinking/australian-modern-slavery-act-to-move-into-a-new-phase", "title": "Herbert Smith Freehills: the Act's statements, register and the McMillan review"},
		{"url": "https://www.lk.law/2023/06/the-mcmillan-review-of-the-modern-slavery-act-2018-cth-raising-the-bar-for-reporting-entities/", "title": "LK Law: the McMillan review; the Act in force from 1 January 2019"},
	],
	"notes": [
		"Annual modern slavery statement, approved by the principal governing body and signed, lodged for the public Modern Slavery Statements Register.",
		"Mandatory criteria (s. 16(1)): the entity, its structure, operations and supply chains; modern slavery risks in its operations and supply chains and those of entities it owns or controls; actions taken to assess and address them, including due diligence and remediation processes; how it assesses the effectiveness of those actions; consultation with owned or controlled entities.",
		"Disclosure only: the Act requires describing these, not doing them; no financial penalties.",
	],
}
