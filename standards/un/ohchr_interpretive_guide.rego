# METADATA
# title: OHCHR, The Corporate Responsibility to Respect Human Rights - An Interpretive Guide (HR/PUB/12/02)
# description: |
#   OHCHR guidance (soft law, 2012) explaining Guiding Principles 11-24 and 29-31.
#   Passages checked against secondary sources quoting it.
# related_resources:
#   - https://www.ohchr.org/sites/default/files/Documents/Publications/HR.PUB.12.2_En.pdf
package hrdd.standards.ohchr_interpretive_guide

_base := {
	"instrument": "OHCHR Interpretive Guide (HR/PUB/12/02)",
	"url": "https://www.ohchr.org/sites/default/files/Documents/Publications/HR.PUB.12.2_En.pdf",
	"binding": "soft_law",
	"profile": "international",
	"verification": "secondary",
	# Published in 2012 (New York and Geneva); the day was not found, so the last
	# day of 2012 is used to avoid applying the values before publication.
	"effective_from": "2012-12-31",
}

# METADATA
# title: Business relationships beyond the first tier
sources contains object.union(_base, {
	"requirement": "due_diligence.scope_tiers",
	"value": "all",
	"article": "Key concepts: 'business relationships'",
	"checked_against": [
		{"url": "https://www.ungpreporting.org/glossary/business-relationships/", "title": "UNGP Reporting Framework glossary, 'business relationships': indirect relationships beyond the first tier (Interpretive Guide definition)"},
		{"url": "https://commodity-trading.org/guidance/stage-2-assess/iii-review-business-relationships", "title": "Commodity trading HRDD guidance: quotes the Interpretive Guide on relationships beyond the first tier"},
	],
	"notes": ["Business relationships 'include indirect relationships in its value chain, beyond the first tier, and minority as well as majority shareholding positions in joint ventures'."],
})

# METADATA
# title: Respect extends beyond compliance with national law
sources contains object.union(_base, {
	"requirement": "due_diligence.international_standards_precedence",
	"value": true,
	"article": "Q. 82",
	"checked_against": [{"url": "https://123dok.net/article/guiding-principle-corporate-responsibility-respect-human-rights-12.z1dw2w4d", "title": "Copy of the Interpretive Guide, questions 81-82 (123dok)"}],
	"notes": ["Legal compliance is the starting point; enterprises comply with national laws protecting human rights even where the State's enforcement capacity is weak, and the responsibility to respect extends beyond compliance with national law."],
})
