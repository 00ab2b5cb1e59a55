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

_hq := object.get(_company, "headquarters", "")

# Form of presence in the UK (ISO code GB): as stated, else seat when headquartered
# there, else undefined (not stated).
_presence := p if {
	p := _company.presence.GB
} else := "seat" if {
	_hq == "GB"
}

_stated if _presence

_link if _company.employees_by_country.GB > 0

_link if "GB" in _countries

# Total turnover of the organisation and its subsidiary undertakings, wherever they
# operate (SI 2015/1833 regs. 2-3).
_turnover := _company.annual_turnover_by_currency.GBP

_below if _turnover < _threshold

_reached if _turnover >= _threshold

_pointer := "/company/annual_turnover_by_currency/GBP"

_test := "total turnover of at least GBP 36 million, its subsidiary undertakings' included (s. 54(2)(b); SI 2015/1833 regs. 2-3)"

# Money as written in the document: whole numbers without exponent, else two decimals.
_amount(x) := format_int(x, 10) if {
	x == floor(x)
} else := sprintf("%.2f", [x])

# METADATA
# title: Applicability to the company
# description: |
#   By form of presence in the UK (company.presence.GB; the headquarters country is a
#   seat unless stated). A seat or a branch is carrying on a business or part of one in
#   the UK (s. 54(12)): the company is bound on its total turnover. A UK subsidiary is a
#   commercial organisation of its own (applies_to_subsidiary); a UK subsidiary does not
#   by itself mean the parent carries on business in the UK (Home Office guidance). None:
#   no demonstrable business presence. Needs the total turnover in GBP (never converted).
applicability := {"status": "not_applicable", "reason": "s. 54 is in force from 29 October 2015"} if {
	input.as_of < law.effective_from
} else := {"status": "not_applicable", "reason": "no presence in the UK beyond sales or sourcing (/company/presence/GB is none): s. 54 binds a body corporate or partnership carrying on a business or part of a business in the UK (s. 54(12)); organisations without a demonstrable business presence in the UK are not caught (Home Office statutory guidance)"} if {
	_presence == "none"
} else := {"status": "not_applicable", "reason": "no seat, branch, subsidiary, employees or sites in the UK recorded: s. 54 binds a body corporate or partnership carrying on a business or part of a business in the UK (s. 54(12))"} if {
	not _stated
	not _link
} else := {"status": "not_applicable", "reason": sprintf("total turnover GBP %s, below GBP 36 million (s. 54(2)(b); SI 2015/1833 reg. 2): neither the company nor a UK subsidiary reaches it", [_amount(_turnover)])} if {
	_below
} else := {"status": "applies", "reason": sprintf("carries on business in the UK through its %s (s. 54(12)) with total turnover GBP %s, at or above GBP 36 million (s. 54(2); SI 2015/1833 regs. 2-3)", [_presence, _amount(_turnover)])} if {
	_presence in {"seat", "branch"}
	_reached
} else := {"status": "applies_to_subsidiary", "reason": sprintf("a UK subsidiary is a commercial organisation of its own (s. 54(12)): it must publish a statement if its own %s; the group's is GBP %s. The company is not bound merely by owning it (Home Office statutory guidance), only if it carries on business in the UK itself", [_test, _amount(_turnover)])} if {
	_presence == "subsidiary"
	_reached
} else := {"status": "unknown", "reason": sprintf("needs %s: the company carries on business in the UK through its %s (s. 54(12)); the threshold is a %s", [_pointer, _presence, _test])} if {
	_presence in {"seat", "branch"}
} else := {"status": "unknown", "reason": sprintf("needs %s: a UK subsidiary is a commercial organisation of its own (s. 54(12)), bound, not the company, if it has a %s", [_pointer, _test])} if {
	_presence == "subsidiary"
} else := {"status": "unknown", "reason": sprintf("needs /company/presence/GB: total turnover GBP %s reaches GBP 36 million and the company has employees or sites in the UK, but headquarters in %s; a branch carries on business in the UK and binds the company, a UK subsidiary is bound itself, not the company (s. 54(12))", [_amount(_turnover), _hq])} if {
	_reached
} else := {"status": "unknown", "reason": sprintf("needs /company/presence/GB and %s: the company has employees or sites in the UK but headquarters in %s; a branch binds the company, a UK subsidiary is bound itself, with a %s", [_pointer, _hq, _test])}

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
	"checked_against": [
		{"url": "https://businessintegrity.unodc.org/bip/en/template/box-7-9--the-united-kingdom-modern-slavery-act.html", "title": "UNODC Business Integrity Portal, Box 7.9: the UK Modern Slavery Act s. 54"},
		{"url": "https://www.lexology.com/commentary/white-collar-crime/united-kingdom/arnold-porter-kaye-scholer-llp/scarce-compliance-with-section-54-of-modern-slavery-act", "title": "Arnold & Porter (Lexology): compliance with s. 54 (statement approved by the board, signed, website link)"},
		{"url": "https://www.simmons-simmons.com/en/publications/ck9k5zaml7bx70900rg16tcqc/the-modern-slavery-act-2015", "title": "Simmons & Simmons: the Modern Slavery Act 2015, s. 54 (GBP 36 million threshold)"},
	],
	"notes": [
		"A slavery and human trafficking statement for each financial year: the steps taken to ensure that slavery and human trafficking are not taking place in any of its supply chains or in its own business, or a statement that no such steps have been taken (s. 54(4)).",
		"Approved by the board and signed by a director; published on the website with a prominent link on the homepage (s. 54(6)-(8)). First required for financial years ending on or after 31 March 2016.",
		"Disclosure only: s. 54 does not itself require due diligence, a grievance mechanism or remediation.",
	],
}
