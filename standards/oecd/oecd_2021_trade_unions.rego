# METADATA
# title: OECD Investment Committee clarification on engagement with trade unions in due diligence (2021)
# description: |
#   'Engagement with trade unions in due diligence processes conducted by
#   industry-led or multi-stakeholder initiatives: Clarification by the OECD
#   Investment Committee' (OECD 2021), issued on a TUAC request of 10 March 2020
#   under paras. II.2(c)-(d) of the Procedural Guidance of the Guidelines. Soft law
#   addressed to NCPs. No OECD address of the publication itself was found, so the
#   url is the OECD's portal for the Guidelines (mneguidelines.oecd.org); the
#   publication was read in a page transcription and TUAC's announcement.
# related_resources:
#   - https://mneguidelines.oecd.org/
package hrdd.standards.oecd_2021_trade_unions

# METADATA
# title: Worker representatives, including bona fide trade unions as a priority
sources contains {
	"requirement": "due_diligence.stakeholders",
	"value": ["trade_unions", "workers_representatives"],
	"instrument": "OECD Investment Committee clarification on engagement with trade unions in due diligence (2021)",
	"article": "Conclusion",
	"url": "https://mneguidelines.oecd.org/",
	"binding": "soft_law",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://tuac.org/news/oecd-confirms-support-for-trade-unions-in-meaningful-due-diligence/", "title": "TUAC (7 May 2021): OECD confirms support for trade unions in meaningful due diligence, quoting the clarification's conclusion"},
		{"url": "https://readkong.com/page/engagement-with-trade-unions-in-due-diligence-processes-6727311", "title": "OECD (2021), Engagement with trade unions in due diligence processes ...: Clarification by the OECD Investment Committee, page transcription (title, 2021, TUAC request of 10 March 2020)"},
	],
	"profile": "international",
	# The clarification is dated 2021 (its own copyright line); TUAC announced it on
	# 7 May 2021, the latest date by which it certainly existed.
	"effective_from": "2021-05-07",
	"notes": [
		"NCPs examining due diligence based on industry-led or multi-stakeholder initiatives should consider whether these include 'meaningful engagement with worker representatives, including with bona fide trade unions as a priority where these exist'.",
		"The conclusion was checked as quoted by TUAC; the transcription of the publication confirms its title, year and origin (TUAC's request of 10 March 2020), but the conclusion's wording and place were not read in it.",
	],
}
