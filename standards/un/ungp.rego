# METADATA
# title: UN Guiding Principles on Business and Human Rights (HR/PUB/11/04)
# description: |
#   Endorsed by the Human Rights Council in resolution 17/4 of 16 June 2011
#   (A/HRC/17/31, annex). Soft law: the corporate responsibility to respect human
#   rights (Principles 11-24) and operational-level grievance mechanisms (29-31).
#   Text checked against verbatim reproductions of the official text (each value
#   names the pages in checked_against); the url is OHCHR's publication.
# related_resources:
#   - https://www.ohchr.org/sites/default/files/documents/publications/guidingprinciplesbusinesshr_en.pdf
package hrdd.standards.ungp

_gn(n) := {"url": sprintf("https://globalnaps.org/ungp/guiding-principle-%d/", [n]), "title": sprintf("UN Guiding Principles, text of Guiding Principle %d and commentary (verbatim, globalnaps.org, DIHR and ICAR)", [n])}

_gp13 := {"url": "https://www.cba.org/Publications-Resources/Practice-Tools/Business-and-Human-Rights/Business-Risk-and-Corporate-Responsibility/Business-partners-conduct", "title": "Canadian Bar Association, business partners' conduct: quotes GP13(b) and the GP13 commentary on business relationships"}

_gp15 := [
	{"url": "https://www.worldbenchmarkingalliance.org/news/setting-the-tone-at-the-top-the-importance-of-policy-commitments-to-human-rights/", "title": "World Benchmarking Alliance: GP15 chapeau quoted"},
	{"url": "https://hurights.or.jp/japan/aside/ungp/2012/02/15.html", "title": "Hurights Osaka: Japanese translation of GP15 (a)-(c)"},
]

_gp17_19 := {"url": "https://scribd.com/document/462820898/first-thun-group-Human-rights-due-diligence", "title": "Thun Group paper reproducing the text of GP17-19 (document-sharing site)"}

_base := {
	"instrument": "UN Guiding Principles on Business and Human Rights",
	"url": "https://www.ohchr.org/sites/default/files/documents/publications/guidingprinciplesbusinesshr_en.pdf",
	"binding": "soft_law",
	"profile": "international",
	"verification": "primary",
	# Endorsement by the Human Rights Council (resolution 17/4, 16 June 2011).
	"effective_from": "2011-06-16",
}

# METADATA
# title: Human-rights policy commitment
# description: Enterprises should have a policy commitment to meet their responsibility to respect human rights (GP15(a)), expressed through a statement of policy meeting GP16.
sources contains object.union(_base, {
	"requirement": "due_diligence.policy_commitment",
	"value": true,
	"article": "GP 15(a), 16",
	"checked_against": array.concat(_gp15, [_gn(16)]),
	"notes": ["GP15 also requires a human rights due diligence process (b) and processes to enable remediation (c)."],
})

# METADATA
# title: Policy approved at the most senior level
sources contains object.union(_base, {
	"requirement": "due_diligence.senior_level_approval",
	"value": true,
	"article": "GP 16(a)",
	"checked_against": [_gn(16)],
})

# METADATA
# title: Policy publicly available
# description: Publicly available and communicated internally and externally to all personnel, business partners and other relevant parties.
sources contains object.union(_base, {
	"requirement": "due_diligence.policy_public",
	"value": true,
	"article": "GP 16(d)",
	"checked_against": [_gn(16)],
})

# METADATA
# title: Due diligence reaches every tier of the value chain
# description: |
#   The responsibility covers impacts directly linked to operations, products or
#   services by business relationships, even where the enterprise has not contributed
#   to them (GP13(b)); due diligence covers the same impacts (GP17(a)).
sources contains object.union(_base, {
	"requirement": "due_diligence.scope_tiers",
	"value": "all",
	"article": "GP 13(b), 17(a)",
	"checked_against": [_gp13, _gp17_19],
	"notes": [
		"Business relationships include entities in the value chain and any other non-State or State entity directly linked to the enterprise's operations, products or services (GP13 commentary).",
		"Where there are many entities in the value chain, enterprises may prioritise general areas of significant risk; this orders the work, it does not exclude tiers (GP17 commentary, paraphrased from secondary sources; exact wording not checked).",
	],
})

# METADATA
# title: Consultation with potentially affected groups
# description: Meaningful consultation with potentially affected groups and other relevant stakeholders (GP18(b)).
sources contains object.union(_base, {
	"requirement": "due_diligence.stakeholders",
	"value": ["affected_workers", "affected_communities"],
	"article": "GP 18(b)",
	"checked_against": [_gp17_19, {"url": "http://fayllar.org/protect-respect-and-remedy.html?page=9", "title": "Reproduction of the GP18 commentary (direct consultation; credible independent experts)"}],
	"notes": [
		"GP18(b) names 'potentially affected groups and other relevant stakeholders'; workers and communities are the affected groups encoded here. GP18 does not name trade unions.",
		"The commentary asks for direct consultation, taking account of language and other barriers; where not possible, credible independent experts, including human rights defenders and civil society.",
	],
})

# METADATA
# title: Operational-level grievance mechanism
sources contains object.union(_base, {
	"requirement": "due_diligence.grievance_mechanism",
	"value": true,
	"article": "GP 29",
	"checked_against": [_gn(29)],
	"notes": ["Establish or participate in effective operational-level grievance mechanisms; complainants need not first use other recourse, and a grievance need not amount to an alleged human rights abuse."],
})

# METADATA
# title: Grievance mechanism open to individuals and communities who may be adversely impacted
sources contains object.union(_base, {
	"requirement": "due_diligence.grievance_open_to",
	"value": ["own_workers", "communities"],
	"article": "GP 29",
	"checked_against": [_gn(29)],
	"notes": [
		"GP29: mechanisms 'for individuals and communities who may be adversely impacted'; the enterprise's own workers are the first such individuals.",
		"Workers of suppliers are not named; they are not encoded here although impacts the enterprise contributes to in its supply chain fall within GP29's wording.",
	],
})

# METADATA
# title: The eight effectiveness criteria for grievance mechanisms
sources contains object.union(_base, {
	"requirement": "due_diligence.grievance_criteria",
	"value": [
		"legitimate", "accessible", "predictable", "equitable", "transparent",
		"rights_compatible", "continuous_learning", "engagement_and_dialogue",
	],
	"article": "GP 31(a)-(h)",
	"checked_against": [_gn(31)],
	"notes": ["Criterion (h), based on engagement and dialogue, applies to operational-level mechanisms: users are consulted on design and performance."],
})

# METADATA
# title: Remediation of impacts caused or contributed to
sources contains object.union(_base, {
	"requirement": "due_diligence.remediation",
	"value": true,
	"article": "GP 22",
	"checked_against": [_gn(22)],
	"notes": ["Where the enterprise caused or contributed to adverse impacts it should provide for or cooperate in their remediation through legitimate processes; where it is only directly linked, it may take a role but is not required to provide remediation itself."],
})

# METADATA
# title: Tracking the effectiveness of responses
sources contains object.union(_base, {
	"requirement": "due_diligence.effectiveness_tracking",
	"value": true,
	"article": "GP 20",
	"checked_against": [{"url": "https://palmoilcollaborationgroup.net/new-index-1", "title": "Palm Oil Collaboration Group: text of GP20 quoted"}],
	"notes": ["Based on appropriate qualitative and quantitative indicators and on feedback from internal and external sources, including affected stakeholders."],
})

# METADATA
# title: Communicating how impacts are addressed
sources contains object.union(_base, {
	"requirement": "due_diligence.public_reporting",
	"value": true,
	"article": "GP 21",
	"checked_against": [{"url": "https://dev45.uf-staging.co.uk/guidance/stage-5-report", "title": "UNGP Reporting Framework guidance (staging copy): text of GP21 quoted"}],
	"notes": [
		"GP21 requires enterprises to be prepared to communicate externally, particularly when concerns are raised by or on behalf of affected stakeholders.",
		"Formal reporting is expected where operations or operating contexts pose risks of severe human rights impacts; communications must match the impacts in form and frequency, be accessible, and not put stakeholders or personnel at risk.",
	],
})

# METADATA
# title: International standards respected where domestic law is weaker or conflicts
sources contains object.union(_base, {
	"requirement": "due_diligence.international_standards_precedence",
	"value": true,
	"article": "GP 11 commentary, 23(a)-(b)",
	"checked_against": [_gn(11), _gn(23)],
	"notes": [
		"The responsibility exists independently of States' abilities or willingness to fulfil their own obligations, and over and above compliance with national laws protecting human rights (GP11 commentary).",
		"Comply with all applicable laws and respect internationally recognised human rights wherever they operate (GP23(a)); seek ways to honour them when faced with conflicting requirements (GP23(b)).",
	],
})

# METADATA
# title: Expectations of business partners beyond the first tier
# description: |
#   The policy stipulates expectations of personnel, business partners and other
#   parties directly linked to operations, products or services (GP16(c)); read with
#   GP13(b), directly linked parties are not limited to direct suppliers.
sources contains object.union(_base, {
	"requirement": "supplier_code.applies_to_tiers",
	"value": "all",
	"article": "GP 16(c), 13(b)",
	"checked_against": [_gn(16), _gp13],
	"notes": ["Reading GP16(c) with GP13(b) as reaching every tier is an interpretation; the Guiding Principles do not speak of a supplier code."],
})
