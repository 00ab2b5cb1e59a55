# METADATA
# title: Responsible Business Alliance (RBA) Code of Conduct, version 8.0 (2024)
# description: |
#   Industry code (opt-in profile "rba"). Only the preamble of version 8.0 was checked
#   (against a reproduction of the document). The labour values (60-hour week, one
#   day off in seven, zero recruitment fees, identity documents, minimum age) were
#   not found in the v8.0 text and are deliberately left out.
# related_resources:
#   - https://www.responsiblebusiness.org/code-of-conduct/
package hrdd.standards.rba

_base := {
	"instrument": "RBA Code of Conduct v8.0",
	"url": "https://www.responsiblebusiness.org/code-of-conduct/",
	"binding": "industry_code",
	"profile": "rba",
	"verification": "secondary",
	# Version 8.0 (2024); 1 January 2024 is taken as its effective date, the day
	# itself was not verified.
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
