# METADATA
# title: Australia — Modern Slavery Act 2018 (Cth)
# description: |
#   A reporting entity — an entity with consolidated revenue of at least AUD 100 million
#   for the reporting period that is an Australian entity or carries on business in
#   Australia at any time in that period (s. 5(1)(a)) — gives an annual modern slavery
#   statement addressing the mandatory criteria (ss. 13, 16), published on the Modern
#   Slavery Statements Register. Operative provisions in force 1 January 2019.
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

_revenue := _company.annual_turnover_by_currency.AUD

_link contains "Australian headquarters" if _company.headquarters == "AU"

_link contains sprintf("%v employees in Australia", [n]) if {
	n := _company.employees_by_country.AU
	n > 0
}

# A site or supplier in AU may or may not amount to carrying on business there.
_maybe_link if "AU" in _countries

# METADATA
# title: Applicability to the company
# description: |
#   Needs consolidated revenue in AUD (never converted). An Australian headquarters or
#   employees in Australia count as an Australian entity or carrying on business there;
#   a site or supplier in AU alone leaves it unknown.
applicability := {"status": "not_applicable", "reason": "the Act's reporting requirements are in force from 1 January 2019"} if {
	input.as_of < law.effective_from
} else := {"status": "not_applicable", "reason": "not an Australian entity and no business in Australia recorded (s. 5(1)(a))"} if {
	count(_link) == 0
	not _maybe_link
} else := {"status": "not_applicable", "reason": sprintf("consolidated revenue AUD %v, below AUD 100 million (s. 5(1)(a))", [_revenue])} if {
	_revenue < _threshold
} else := {"status": "unknown", "reason": "company.annual_turnover_by_currency.AUD is needed to decide the threshold of AUD 100 million consolidated revenue (s. 5(1)(a))"} if {
	not is_number(object.get(_company, ["annual_turnover_by_currency", "AUD"], null))
} else := {"status": "applies", "reason": sprintf("reporting entity: %s, consolidated revenue AUD %v, at least AUD 100 million (s. 5(1)(a))", [concat(", ", sort(_link)), _revenue])} if {
	count(_link) > 0
} else := {"status": "unknown", "reason": sprintf("consolidated revenue AUD %v is at least AUD 100 million, but only a site or supplier in AU is recorded: whether the company carries on business in Australia (s. 5(2)) is not in the document", [_revenue])}

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
	"notes": [
		"Annual modern slavery statement, approved by the principal governing body and signed, lodged for the public Modern Slavery Statements Register.",
		"Mandatory criteria (s. 16(1)): the entity, its structure, operations and supply chains; modern slavery risks in its operations and supply chains and those of entities it owns or controls; actions taken to assess and address them, including due diligence and remediation processes; how it assesses the effectiveness of those actions; consultation with owned or controlled entities.",
		"Disclosure only: the Act requires describing these, not doing them; no financial penalties.",
	],
}
