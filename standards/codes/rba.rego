# METADATA
# title: Responsible Business Alliance (RBA) Code of Conduct, version 8.0 (2024)
# description: |
#   Industry code (opt-in profile "rba"). Only the preamble of version 8.0 was checked
#   (against a reproduction of the document and the RBA's own description of member
#   requirements). The working-hours values of section A.3
#   (60-hour week, one day off in seven) are encoded as "unverified": the v8.0 text of
#   A.3 was not retrieved (searched again in session 12: neither the RBA's own text nor
#   a verbatim copy of A.3 is in the stored corpora), and they rest on EICC-era
#   summaries of the Code. Unverified values are shown on findings, never a ground for
#   a status. Zero recruitment fees, identity documents and the minimum age are left
#   out: their v8.0 wording was not found either.
# related_resources:
#   - https://www.responsiblebusiness.org/code-of-conduct/
package hrdd.standards.rba

_effective_page := {"url": "https://managementsystems.world/standard/rba-code-of-conduct", "title": "Management Systems World, RBA Code of Conduct: 'The current version of the Code - Version 8.0 took effect on January 1, 2024'"}

_base := {
	"instrument": "RBA Code of Conduct v8.0",
	"url": "https://www.responsiblebusiness.org/code-of-conduct/",
	"binding": "industry_code",
	"profile": "rba",
	"verification": "secondary",
	"checked_against": [
		{"url": "http://203060.vip/203060-view-8827.html", "title": "Reproduction of the RBA Code of Conduct, Version 8.0 (2024), preamble (document-sharing site)"},
		{"url": "https://www.awww.responsiblebusiness.org/code-standards-and-accountability/", "title": "RBA, Standards & Accountability: members must regard the Code as a total supply chain initiative and require next-tier suppliers to acknowledge and implement it (copy of responsiblebusiness.org)"},
		{"url": "https://www.slideshare.net/slideshow/key-updates-on-rba-8-0-1-pdf-ver-2025/275067293", "title": "Key updates on RBA 8.0.1 (SlideShare deck, read through a mirror): RBA VAP Standard V8.0.1, January 2024"},
		{"url": "https://www.scribd.com/document/735299349/RBA-V8-Code-Standard-Document-Final", "title": "RBA V8 Code Standard Document, dated January (scribd, read through a mirror)"},
		_effective_page,
	],
	# Version 8.0 is dated 2024 on its face, the RBA's VAP audit standard built on
	# Code 8.0 is dated January 2024 (copies read), and a standards digest states that
	# Version 8.0 took effect on 1 January 2024. The RBA's own statement of the day was
	# not found, so the date rests on these secondary pages.
	"effective_from": "2024-01-01",
}

# METADATA
# title: The Code is a total supply chain initiative
sources contains object.union(_base, {
	"requirement": "supplier_code.applies_to_tiers",
	"value": "all",
	"article": "Preamble",
	"notes": [
		"A business adopting the Code applies it to its direct and indirect supply chain and subcontractors, including providers of contract labour; Participants must regard the Code as a total supply chain initiative.",
		"At a minimum, Participants shall require their next tier suppliers to acknowledge and implement the Code.",
	],
})

# METADATA
# title: The strictest of the Code and the law applies
sources contains object.union(_base, {
	"requirement": "due_diligence.international_standards_precedence",
	"value": true,
	"article": "Preamble",
	"notes": ["Where the RBA Code and applicable law differ, conformance means meeting the strictest requirements; complying with the Code can never require violating applicable law."],
})

_a3_unverified := "RBA Code A.3 (Working Hours), wording as summarised for EICC-era versions of the Code; the v8.0 text of A.3 was not retrieved, so the value is unverified."

# Where the EICC-era wording was read (research notes); not the v8.0 text.
_a3_pages := [
	{"url": "https://www.scribd.com/document/55246858/EICC-Requirement", "title": "EICC Code of Conduct v3.0 (2009), copy on a document-sharing site"},
	{"url": "http://adeptmanpower.com/page/eicc-labor", "title": "Summary of the EICC labour section: not more than 60 hours per week, one day off every seven days"},
]

# METADATA
# title: Workweek not more than 60 hours, overtime included (unverified)
# description: |
#   A.3: a workweek should not be more than 60 hours per week, including overtime,
#   except in emergency or unusual situations. Not checked against the v8.0 text.
sources contains object.union(_base, {
	"requirement": "working_hours.total_weekly_max",
	"value": 60,
	"article": "A.3",
	"verification": "unverified",
	"checked_against": _a3_pages,
	"notes": [_a3_unverified],
	"exceptions": [{"article": "A.3", "text": "Emergency or unusual situations."}],
})

# METADATA
# title: One day off every seven days (unverified)
# description: At least one day off every seven days, encoded as 24 consecutive hours.
sources contains object.union(_base, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "A.3",
	"verification": "unverified",
	"checked_against": _a3_pages,
	"statute": {"value": 1, "unit": "day off every seven days", "conversion": "1 day off = 24 consecutive hours"},
	"notes": [_a3_unverified],
})
