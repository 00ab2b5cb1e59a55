# METADATA
# title: OECD Guidelines for Multinational Enterprises (2011 edition and 2023 edition on Responsible Business Conduct)
# description: |
#   Soft law recommended by adhering governments. The 2011 edition (adopted
#   25 May 2011) applies until the 2023 edition was adopted on 8 June 2023
#   (C/MIN(2023)13/ADD1/FINAL). 2011 wording was checked against the paragraph text
#   (TUAC viewer, a verbatim copy); for 2023 only secondary summaries were checked, so
#   2023 values are 'secondary' and keep the 2011 paragraph numbers unless stated.
#   No OECD address of the 2011 edition itself was seen, so its url is the OECD's
#   portal for the Guidelines; the 2023 url is the OECD's publication page.
# related_resources:
#   - https://mneguidelines.oecd.org/
#   - https://www.oecd.org/en/publications/oecd-guidelines-for-multinational-enterprises-on-responsible-business-conduct_81f92357-en.html
package hrdd.standards.oecd_guidelines

_2011 := {
	"instrument": "OECD Guidelines for Multinational Enterprises (2011)",
	"url": "https://mneguidelines.oecd.org/",
	"binding": "soft_law",
	"profile": "international",
	"verification": "primary",
	# Adopted at the OECD Ministerial Meeting of 25 May 2011; replaced by the
	# 2023 edition adopted on 8 June 2023.
	"effective_from": "2011-05-25",
	"effective_to": "2023-06-08",
}

_2023 := {
	"instrument": "OECD Guidelines for Multinational Enterprises on Responsible Business Conduct (2023)",
	"url": "https://www.oecd.org/en/publications/oecd-guidelines-for-multinational-enterprises-on-responsible-business-conduct_81f92357-en.html",
	"binding": "soft_law",
	"profile": "international",
	"verification": "secondary",
	# Adopted by the OECD Council at Ministerial level on 8 June 2023.
	"effective_from": "2023-06-08",
}

_tuac(para) := {"url": sprintf("http://tuacoecdmneguidelines.org/guidelinesnew.asp?art=%s", [para]), "title": sprintf("OECD Guidelines 2011, paragraph %s, verbatim text (TUAC paragraph viewer)", [para])}

_seco := {"url": "https://www.seco.admin.ch/seco/en/home/Aussenwirtschaftspolitik_Wirtschaftliche_Zusammenarbeit/Wirtschaftsbeziehungen/nachhaltigkeit_unternehmen/oecd-guidelines/OECD-Leitsaetze.html", "title": "SECO (Swiss NCP): summary of the chapters of the 2023 OECD Guidelines"}

_tuac_2023 := {"url": "https://tuac.org/news/revised-oecd-guidelines-for-multinational-enterprises-reinforce-workers-rights/", "title": "TUAC (8 June 2023): revised OECD Guidelines reinforce workers' rights"}

_precedence_2011 := [
	"Obeying domestic laws is the first obligation of enterprises; the Guidelines are not a substitute for nor should they be considered to override domestic law, but in many cases they extend beyond the law.",
	"Where domestic law conflicts with the Guidelines, enterprises should seek ways to honour the principles and standards to the fullest extent which does not place them in violation of domestic law.",
]

# METADATA
# title: International standards honoured where domestic law is weaker or conflicts (2011)
sources contains object.union(_2011, {
	"requirement": "due_diligence.international_standards_precedence",
	"value": true,
	"article": "Ch. I, para. 2",
	"checked_against": [_tuac("I.2")],
	"notes": _precedence_2011,
})

# METADATA
# title: International standards honoured where domestic law is weaker or conflicts (2023)
sources contains object.union(_2023, {
	"requirement": "due_diligence.international_standards_precedence",
	"value": true,
	"article": "Ch. I, para. 2",
	"checked_against": [
		_seco,
		{"url": "https://globalcsr.net/feedback-on-oecd-guidelines-for-multinational-enterprises-2023", "title": "Global CSR: comments on the 2023 draft, Chapter I element 2 (domestic law first)"},
	],
	"notes": array.concat(
		["2023 edition: the 'obeying domestic law is the first obligation' element is retained per secondary sources (SECO summary, comments on the 2023 text); exact 2023 wording not checked."],
		_precedence_2011,
	),
})

# METADATA
# title: Wages at least adequate to satisfy basic needs (2011)
# description: Where comparable employers may not exist, the best possible wages, benefits and conditions of work, at least adequate to satisfy the basic needs of the workers and their families.
sources contains object.union(_2011, {
	"requirement": "wages.living_wage",
	"value": true,
	"article": "Ch. V, para. 4(b)",
	"checked_against": [_tuac("V.4-b")],
	"notes": [
		"Read as a living-wage floor: wages 'at least adequate to satisfy the basic needs of the workers and their families'. The 2011 text frames it for developing countries where comparable employers may not exist.",
		"Para. 4(a): standards not less favourable than those observed by comparable employers in the host country.",
	],
})

# METADATA
# title: Wages at least adequate to satisfy basic needs (2023)
sources contains object.union(_2023, {
	"requirement": "wages.living_wage",
	"value": true,
	"article": "Ch. V, para. 4(b)",
	"checked_against": [_tuac_2023],
	"notes": ["2023 edition: the 'best possible wages, benefits and conditions of work' provision is retained per TUAC's summary of the 2023 text; exact wording and paragraph number not checked."],
})

# METADATA
# title: Non-discrimination grounds (2011)
sources contains object.union(_2011, {
	"requirement": "non_discrimination.grounds",
	"value": ["race", "colour", "sex", "religion", "political_opinion", "national_extraction", "social_origin"],
	"article": "Ch. V, para. 1(e)",
	"checked_against": [{"url": "http://tuacoecdmneguidelines.org/guidelinesnew.asp?Art=V.1-e", "title": "OECD Guidelines 2011, paragraph V.1-e, verbatim text (TUAC paragraph viewer)"}],
	"notes": ["The paragraph adds 'or other status'; selectivity that furthers government policies promoting equality of opportunity or that relates to the inherent requirements of a job is not discrimination."],
})

# METADATA
# title: Right to establish or join trade unions (2023)
# description: |
#   Respect the right of workers to establish or join trade unions and
#   representative organisations of their own choosing. The 2023 edition deleted
#   'employed by the multinational enterprise', so the expectation covers workers
#   across the value chain.
sources contains object.union(_2023, {
	"requirement": "freedom_of_association.right_to_organise",
	"value": true,
	"article": "Ch. V, para. 1",
	"checked_against": [_seco, _tuac_2023],
	"notes": ["Checked against SECO's and TUAC's summaries of the 2023 text; sub-paragraph numbering not checked."],
})

# METADATA
# title: Collective bargaining (2023)
sources contains object.union(_2023, {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"article": "Ch. V, para. 1",
	"checked_against": [_seco],
	"notes": ["Trade unions and representative organisations 'including for the purpose of collective bargaining' (SECO summary of the 2023 text); sub-paragraph numbering not checked."],
})
