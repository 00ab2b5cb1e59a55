# METADATA
# title: Japan — Guidelines on Respecting Human Rights in Responsible Supply Chains
# description: |
#   Issued on 13 September 2022 by the Inter-Ministerial Committee on Policy Promotion
#   for the Implementation of Japan's National Action Plan on Business and Human Rights
#   (METI secretariat). Soft law: no sanctions, no new legal obligations. Expected of
#   all business enterprises engaging in business in Japan, regardless of size, sector,
#   ownership or structure, sole proprietors included (Guidelines 1.3; 日本で事業活動を行う
#   全ての企業). Section numbers checked against law-firm summaries (Transatlantic Law,
#   Business Lawyers, HSF), not the Guidelines' text.
# related_resources:
#   - https://www.meti.go.jp/english/press/2022/0913_001.html
package hrdd.dd.jp_guidelines

# METADATA
# title: The instrument
law := {
	"name": "Guidelines on Respecting Human Rights in Responsible Supply Chains (Japan)",
	"jurisdiction": "JP",
	"binding": "soft_law",
	"url": "https://www.meti.go.jp/english/press/2022/0913_001.html",
	"effective_from": "2022-09-13",
}

_base := {
	"instrument": "Japan Guidelines on Respecting Human Rights in Responsible Supply Chains (2022)",
	"binding": "soft_law",
	"url": "https://www.meti.go.jp/english/press/2022/0913_001.html",
	"effective_from": "2022-09-13",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://transatlanticlaw.com/content/japan-update-business-and-human-rights-overview-guidelines-respect-human-rights-responsible", "title": "Transatlantic Law: overview of the Guidelines (sections 1.1, 1.3, 3)"},
		{"url": "https://www.businesslawyers.jp/articles/1221", "title": "BUSINESS LAWYERS: commentary on the Guidelines (remedy and grievance mechanisms, section 5)"},
		{"url": "https://www.herbertsmithfreehills.com/lang-ru/latest-thinking/japan-publishes-guidelines-on-corporate-human-rights-due-diligence", "title": "Herbert Smith Freehills: Japan publishes guidelines on corporate human rights due diligence"},
		{"url": "https://kbdemo.mosaicrsr.com/hc/en-us/articles/15440589018893-Guidelines-on-Respecting-Human-Rights-in-Responsible-Supply-Chains", "title": "Mosaic RSR: summary of the Guidelines (tracking and disclosure as steps of human rights due diligence)"},
		{"url": "https://www.lexology.com/library/detail.aspx?g=22cfae5d-f9f9-47fa-8c32-17ddb38f9837", "title": "Lexology: the Guidelines were established and published on 13 September 2022 (1.3)"},
	],
}

_company := object.get(input, "company", {})

_countries := object.get(input, ["operations", "countries"], [])

_hq := object.get(_company, "headquarters", "")

# Form of presence in Japan: as stated, else seat when headquartered there,
# else undefined (not stated).
_presence := p if {
	p := _company.presence.JP
} else := "seat" if {
	_hq == "JP"
}

_stated if _presence

_link if _company.employees_by_country.JP > 0

_link if "JP" in _countries

_scope := "all business enterprises engaging in business activities in Japan, regardless of size, sector, ownership or structure (Guidelines 1.3)"

# METADATA
# title: Applicability to the company
# description: |
#   Soft law without threshold, by form of presence in Japan (company.presence.JP; the
#   headquarters country is a seat unless stated). A seat or a branch is engaging in
#   business in Japan: the Guidelines address the company. A Japanese subsidiary is an
#   enterprise engaging in business in Japan itself (applies_to_subsidiary). None (sales
#   or sourcing only, through others): not engaging in business in Japan itself.
applicability := {"status": "not_applicable", "reason": "the Guidelines were issued on 13 September 2022"} if {
	input.as_of < law.effective_from
} else := {"status": "applies", "reason": sprintf("engages in business in Japan through its %s; the Guidelines (soft law, not binding) address %s", [_presence, _scope])} if {
	_presence in {"seat", "branch"}
} else := {"status": "applies_to_subsidiary", "reason": sprintf("a Japanese subsidiary engages in business in Japan itself: the Guidelines (soft law, not binding) address it, not the company, as they address %s", [_scope])} if {
	_presence == "subsidiary"
} else := {"status": "not_applicable", "reason": sprintf("no presence in Japan beyond sales or sourcing (/company/presence/JP is none): the Guidelines address %s", [_scope])} if {
	_presence == "none"
} else := {"status": "unknown", "reason": sprintf("needs /company/presence/JP: employees or sites in Japan but headquarters in %s; a seat or a branch in Japan engages the company in business there, a Japanese subsidiary engages in business itself (Guidelines 1.3)", [_hq])} if {
	_link
} else := {"status": "not_applicable", "reason": sprintf("no seat, branch, subsidiary, employees or sites in Japan recorded: the Guidelines address %s", [_scope])}

# METADATA
# title: Source values
# description: |
#   What the Guidelines expect, by section. Not encoded: stakeholders (whether the
#   Guidelines name trade unions or workers' representatives could not be verified),
#   the local-law gap rule (section number not verified) and risk-assessment intervals
#   (none set).
sources contains object.union(_base, {
	"requirement": "due_diligence.policy_commitment",
	"value": true,
	"article": "3",
	"notes": ["A human rights policy expressing, internally and externally, the commitment to respect human rights."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.senior_level_approval",
	"value": true,
	"article": "3",
	"notes": ["First of the five requirements for the policy: approved at the most senior level of the business enterprise."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.policy_public",
	"value": true,
	"article": "3",
	"notes": ["The policy is publicly available and communicated internally and externally."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.scope_tiers",
	"value": "all",
	"article": "1.3",
	"notes": ["The enterprise and its group companies, all enterprises in its supply chains in and outside Japan (upstream and downstream) and other business partners such as investees, joint-venture partners and service providers; no direct/indirect distinction."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.effectiveness_tracking",
	"value": true,
	"article": "4",
	"notes": ["Tracking the effectiveness of responses is a step of human rights due diligence (sub-section number not verified)."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.public_reporting",
	"value": true,
	"article": "4",
	"notes": ["Explaining and disclosing how impacts are addressed is a step of human rights due diligence (sub-section number not verified); expected, not mandatory."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.grievance_mechanism",
	"value": true,
	"article": "5",
	"notes": ["Establish or participate in grievance mechanisms."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.remediation",
	"value": true,
	"article": "5",
	"notes": ["Provide for or cooperate in remedy where the enterprise has caused or contributed to an adverse impact."],
})
