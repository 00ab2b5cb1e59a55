# METADATA
# title: Japan — Guidelines on Respecting Human Rights in Responsible Supply Chains
# description: |
#   Issued on 13 September 2022 by the Inter-Ministerial Committee on Policy Promotion
#   for the Implementation of Japan's National Action Plan on Business and Human Rights
#   (METI secretariat). Soft law: no sanctions, no new legal obligations. Expected of
#   all business enterprises engaging in business in Japan, regardless of size, sector,
#   ownership or structure (Guidelines 1.3). Section numbers checked against law-firm
#   summaries (Transatlantic Law, Business Lawyers, HSF), not the Guidelines' text.
# related_resources:
#   - https://www.meti.go.jp/english/press/2022/pdf/0913_001a.pdf
package hrdd.dd.jp_guidelines

# METADATA
# title: The instrument
law := {
	"name": "Guidelines on Respecting Human Rights in Responsible Supply Chains (Japan)",
	"jurisdiction": "JP",
	"binding": "soft_law",
	"url": "https://www.meti.go.jp/english/press/2022/pdf/0913_001a.pdf",
	"effective_from": "2022-09-13",
}

_base := {
	"instrument": "Japan Guidelines on Respecting Human Rights in Responsible Supply Chains (2022)",
	"binding": "soft_law",
	"url": "https://www.meti.go.jp/english/press/2022/pdf/0913_001a.pdf",
	"effective_from": "2022-09-13",
	"verification": "secondary",
}

_company := object.get(input, "company", {})

_countries := object.get(input, ["operations", "countries"], [])

_presence contains "headquarters in Japan" if _company.headquarters == "JP"

_presence contains sprintf("%v employees in Japan", [n]) if {
	n := _company.employees_by_country.JP
	n > 0
}

_presence contains "operations in Japan" if "JP" in _countries

# METADATA
# title: Applicability to the company
# description: |
#   The Guidelines have no threshold: they apply to every business enterprise engaging
#   in business in Japan — a Japanese headquarters, employees in Japan, or sites
#   in Japan (input.operations.countries: headquarters, staff and sites; buying from a
#   Japanese supplier is not counted).
applicability := {"status": "not_applicable", "reason": "the Guidelines were issued on 13 September 2022"} if {
	input.as_of < law.effective_from
} else := {"status": "applies", "reason": sprintf("engages in business in Japan (%s); the Guidelines apply to all business enterprises regardless of size (Guidelines 1.3)", [concat(", ", sort(_presence))])} if {
	count(_presence) > 0
} else := {"status": "not_applicable", "reason": "no headquarters, employees or sites in Japan (Guidelines 1.3)"}

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
