# METADATA
# title: United Kingdom — Modern Slavery Act 2015, s. 54 (Transparency in supply chains)
# description: |
#   A commercial organisation (body corporate or partnership, wherever incorporated)
#   carrying on a business, or part of a business, in any part of the United Kingdom and
#   supplying goods or services, with a total turnover of not less than GBP 36 million
#   (s. 54(2), (12); Transparency in Supply Chains Regulations 2015, SI 2015/1833, regs
#   2-3: turnover of the organisation and its subsidiary undertakings), must publish a
#   slavery and human trafficking statement for each financial year. In force 29 October
#   2015 for financial years ending on or after 31 March 2016. Disclosure only.
# related_resources:
#   - https://www.legislation.gov.uk/ukpga/2015/30/section/54
#   - https://www.legislation.gov.uk/uksi/2015/1833/made
package hrdd.dd.uk_msa

# METADATA
# title: The law
law := {
	"name": "Modern Slavery Act 2015, s. 54 (Transparency in supply chains)",
	"jurisdiction": "GB",
	"binding": "law",
	"url": "https://www.legislation.gov.uk/ukpga/2015/30/section/54",
	"effective_from": "2015-10-29",
}

_threshold := 36000000

_company := object.get(input, "company", {})

_countries := object.get(input, ["operations", "countries"], [])

_turnover := _company.annual_turnover_by_currency.GBP

_business contains "headquarters in the UK" if _company.headquarters == "GB"

_business contains sprintf("%v employees in the UK", [n]) if {
	n := _company.employees_by_country.GB
	n > 0
}

# A site or supplier in GB (operations.countries) may or may not be a business carried on there.
_maybe_business if "GB" in _countries

# METADATA
# title: Applicability to the company
# description: |
#   Needs the total turnover in GBP (never converted). Carrying on business in the UK is
#   taken from a UK headquarters or employees in the UK; a site or supplier in GB alone
#   leaves it unknown.
applicability := {"status": "not_applicable", "reason": "s. 54 is in force from 29 October 2015"} if {
	input.as_of < law.effective_from
} else := {"status": "not_applicable", "reason": "no business carried on in the UK recorded: no UK headquarters, employees or sites (s. 54(12))"} if {
	count(_business) == 0
	not _maybe_business
} else := {"status": "not_applicable", "reason": sprintf("total turnover GBP %v, below GBP 36 million (s. 54(2)(b); SI 2015/1833 reg. 2)", [_turnover])} if {
	_turnover < _threshold
} else := {"status": "unknown", "reason": "company.annual_turnover_by_currency.GBP is needed to decide the threshold of GBP 36 million total turnover (s. 54(2)(b); SI 2015/1833 reg. 2)"} if {
	not is_number(object.get(_company, ["annual_turnover_by_currency", "GBP"], null))
} else := {"status": "applies", "reason": sprintf("carries on business in the UK (%s) with total turnover GBP %v, at or above GBP 36 million (s. 54(2), (12))", [concat(", ", sort(_business)), _turnover])} if {
	count(_business) > 0
} else := {"status": "unknown", "reason": sprintf("total turnover GBP %v is at or above GBP 36 million, but only a site or supplier in GB is recorded: whether the company carries on a business or part of a business in the UK (s. 54(12)) is not in the document", [_turnover])}

# METADATA
# title: Source values
# description: Disclosure only — s. 54 requires a statement, not due diligence.
sources contains {
	"requirement": "due_diligence.public_reporting",
	"value": true,
	"instrument": "Modern Slavery Act 2015",
	"article": "s. 54(1), (4)",
	"url": "https://www.legislation.gov.uk/ukpga/2015/30/section/54",
	"effective_from": "2015-10-29",
	"binding": "law",
	"verification": "secondary",
	"notes": [
		"A slavery and human trafficking statement for each financial year: the steps taken to ensure that slavery and human trafficking are not taking place in any of its supply chains or in its own business, or a statement that no such steps have been taken (s. 54(4)).",
		"Approved by the board and signed by a director; published on the website with a prominent link on the homepage (s. 54(6)-(8)). First required for financial years ending on or after 31 March 2016.",
		"Disclosure only: s. 54 does not itself require due diligence, a grievance mechanism or remediation.",
	],
}
