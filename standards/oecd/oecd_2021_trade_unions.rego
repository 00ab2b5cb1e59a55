# METADATA
# title: OECD Investment Committee clarification on engagement with trade unions in due diligence (2021)
# description: |
#   'Engagement with trade unions in due diligence processes conducted by
#   industry-led or multi-stakeholder initiatives: Clarification by the OECD
#   Investment Committee' (OECD 2021), issued on a TUAC request of 10 March 2020
#   under the Procedural Guidance of the Guidelines. Soft law addressed to NCPs.
# related_resources:
#   - https://tuac.org/news/oecd-confirms-support-for-trade-unions-in-meaningful-due-diligence/
#   - https://readkong.com/page/engagement-with-trade-unions-in-due-diligence-processes-6727311
package hrdd.standards.oecd_2021_trade_unions

# METADATA
# title: Worker representatives, including bona fide trade unions as a priority
sources contains {
	"requirement": "due_diligence.stakeholders",
	"value": ["trade_unions", "workers_representatives"],
	"instrument": "OECD Investment Committee clarification on engagement with trade unions in due diligence (2021)",
	"article": "Conclusion",
	"url": "https://tuac.org/news/oecd-confirms-support-for-trade-unions-in-meaningful-due-diligence/",
	"binding": "soft_law",
	"verification": "secondary",
	"profile": "international",
	# The clarification is dated 2021; TUAC announced it on 7 May 2021, the latest
	# date by which it certainly existed.
	"effective_from": "2021-05-07",
	"notes": [
		"NCPs examining due diligence based on industry-led or multi-stakeholder initiatives should consider whether these include 'meaningful engagement with worker representatives, including with bona fide trade unions as a priority where these exist'.",
		"Conclusion quoted by TUAC; the full text is available in a secondary copy.",
	],
}
