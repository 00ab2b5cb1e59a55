# METADATA
# title: OECD Due Diligence Guidance for Responsible Business Conduct (2018)
# description: |
#   Soft law: practical guidance on the due diligence recommendations of the OECD
#   Guidelines, in six steps. Adopted as a Recommendation of the OECD Council at
#   Ministerial level at the end of May 2018.
# related_resources:
#   - https://mneguidelines.oecd.org/OECD-Due-Diligence-Guidance-for-Responsible-Business-Conduct.pdf
package hrdd.standards.oecd_ddg

_recommendation := {"url": "https://legalinstruments.oecd.org/public/doc/635/6754f679-2fa4-4eb7-9109-f725299ffab5.htm", "title": "Recommendation of the OECD Council on the OECD Due Diligence Guidance for Responsible Business Conduct (OECD/LEGAL/0443): the six-step framework"}

_steps := [
	_recommendation,
	{"url": "https://pcnitalia.mise.gov.it/index.php/en/due-diligence", "title": "Italian NCP: the six steps of the OECD Due Diligence Guidance"},
	{"url": "https://shesupplies.org/oecd-6-steps/", "title": "She Supplies: the OECD six-step due diligence framework"},
]

_base := {
	"instrument": "OECD Due Diligence Guidance for Responsible Business Conduct (2018)",
	"url": "https://mneguidelines.oecd.org/OECD-Due-Diligence-Guidance-for-Responsible-Business-Conduct.pdf",
	"binding": "soft_law",
	"profile": "international",
	"verification": "secondary",
	# Published 30 May 2018 (Interreg Europe; TUAC); OECD Watch gives 31 May 2018
	# for the Council's adoption.
	"effective_from": "2018-05-30",
}

# METADATA
# title: Policy commitment embedded in management systems
sources contains object.union(_base, {
	"requirement": "due_diligence.policy_commitment",
	"value": true,
	"article": "Step 1",
	"checked_against": _steps,
	"notes": ["Step 1: embed responsible business conduct into policies and management systems."],
})

# METADATA
# title: Due diligence beyond tier 1
sources contains object.union(_base, {
	"requirement": "due_diligence.scope_tiers",
	"value": "all",
	"article": "p. 26",
	"checked_against": [{"url": "https://commodity-trading.org/guidance/stage-2-assess/iii-review-business-relationships", "title": "Commodity trading HRDD guidance: quotes Guidance p. 26 on sub-suppliers beyond tier 1"}],
	"notes": ["Obtain, when appropriate and feasible, relevant information about business relationships beyond contractual relationships (e.g. sub-suppliers beyond 'tier 1'); quoted by secondary guidance."],
})

# METADATA
# title: Tracking implementation and results
sources contains object.union(_base, {
	"requirement": "due_diligence.effectiveness_tracking",
	"value": true,
	"article": "Step 4",
	"checked_against": _steps,
})

# METADATA
# title: Communicating how impacts are addressed
sources contains object.union(_base, {
	"requirement": "due_diligence.public_reporting",
	"value": true,
	"article": "Step 5",
	"checked_against": _steps,
	"notes": [
		"Step 5 asks enterprises to communicate externally how impacts are addressed, including publicly reporting relevant information on due diligence policies, processes and activities (secondary summaries).",
		"The Guidance recommends; it sets no report format or frequency, and none is encoded.",
	],
})

# METADATA
# title: Provide for or cooperate in remediation
sources contains object.union(_base, {
	"requirement": "due_diligence.remediation",
	"value": true,
	"article": "Step 6",
	"checked_against": _steps,
	"notes": ["Provide for or cooperate in remediation when appropriate, i.e. where the enterprise caused or contributed to the adverse impact."],
})
