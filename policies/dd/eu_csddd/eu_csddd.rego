# METADATA
# title: EU — Corporate Sustainability Due Diligence Directive (CSDDD)
# description: |
#   Directive (EU) 2024/1760 (OJ 5 July 2024, in force 25 July 2024), amended by the
#   "stop-the-clock" Directive (EU) 2025/794 of 14 April 2025 (OJ L 2025/794, 16 April
#   2025) and by Omnibus I, Directive (EU) 2026/470 of 24 February 2026 amending
#   Directives 2006/43/EC, 2013/34/EU, (EU) 2022/2464 and (EU) 2024/1760 (OJ L
#   2026/470, 26 February 2026; in force 18 March 2026 according to repository notes
#   reading EUR-Lex, whose consolidated versions of 2022/2464 and 2024/1760 are dated
#   18.03.2026). The number and the Official Journal dates of 2026/470 were
#   checked against a law-firm post on its publication and against repository notes
#   that quote EUR-Lex's consolidated text verbatim ("►M2 DIRECTIVE (EU) 2026/470 ... of
#   24 February 2026 — L 470, 1, 26.2.2026"); the directive's own text was not read.
#   After Omnibus I: EU companies with more than 5,000 employees and more than EUR 1.5
#   billion net worldwide turnover; non-EU companies with more than EUR 1.5 billion net
#   turnover generated in the EU; transposition by 26 July 2028, application to all
#   companies in scope from 26 July 2029 (a single date replacing the original phase-in).
#   Secondary verification only. Not evaluated: whether the thresholds must be met in
#   two consecutive financial years (said of Art. 2(5) by a repository note, not
#   checked) and the franchising route.
#   Scope by form of presence: a company formed under a member state's law (its seat
#   there) under Art. 2(1); any other company under Art. 2(2) by its EU turnover,
#   whatever its branches or subsidiaries in the EU; EU subsidiaries of a third-country
#   group are companies of their own under Art. 2(1).
# related_resources:
#   - https://eur-lex.europa.eu/eli/dir/2024/1760/oj
#   - https://eur-lex.europa.eu/eli/dir/2025/794/oj
#   - https://eur-lex.europa.eu/eli/dir/2026/470/oj
package hrdd.dd.eu_csddd

# METADATA
# title: The law
# description: In force from 25 July 2024; it binds companies only through national transposition, from 26 July 2029.
law := {
	"name": "Corporate Sustainability Due Diligence Directive (EU) 2024/1760, as amended by Directives (EU) 2025/794 and (EU) 2026/470",
	"jurisdiction": "EU",
	"binding": "law",
	"url": "https://eur-lex.europa.eu/eli/dir/2024/1760/oj",
	"effective_from": "2024-07-25",
}

# Art. 37(1) as amended by Directive (EU) 2026/470.
_application := "2029-07-26"

_employee_threshold := 5000

_turnover_threshold := 1500000000

_base := {
	"instrument": "Directive (EU) 2024/1760 (CSDDD), as amended by Directive (EU) 2026/470",
	"binding": "law",
	"url": "https://eur-lex.europa.eu/eli/dir/2024/1760/oj",
	"effective_from": _application,
	"verification": "secondary",
	"checked_against": [
		{"url": "https://www.climatechangelegalblogarchive.com/2026/02/eu-csddd-csrd-omnibus-published-in-official-journal-transposition-delegated-acts-and-guidelines-are-next", "title": "Climate Change Legal Blog (law-firm blog archive), Feb 2026: Directive (EU) 2026/470 published in the Official Journal on 26 February 2026; CSDDD thresholds 5,000+ employees and over EUR 1.5 billion net worldwide turnover (EU), EUR 1.5 billion net turnover in the EU (non-EU); transposition 26 July 2028; application 26 July 2029"},
		{"url": "https://www.mofo.com/resources/insights/251222-eu-sustainability-omnibus-i-detailed-omnibus", "title": "Morrison Foerster (22 Dec 2025): EU Sustainability Omnibus I in detail (thresholds, dates, process steps)"},
		{"url": "https://www.business-humanrights.org/it/ultime-notizie/shift-statement-on-the-political-agreement-on-the-omnibus-simplification-package", "title": "Shift statement on the Omnibus I political agreement (8 Dec 2025): risk-based due diligence retained"},
		{"url": "https://foundernews.eu/?p=64401", "title": "Founder News: what final Omnibus approval means for EU due diligence"},
		{"url": "https://www.business-humanrights.org/en/latest-news/csddd-legal-text-risk-based-approach/", "title": "BHRRC: CSDDD legal text, risk-based approach (Arts. 7-16 before Omnibus I)"},
	],
}

_member_states := {
	"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
	"IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
}

_company := object.get(input, "company", {})

_hq := object.get(_company, "headquarters", "")

# Form of presence per member state: as stated, else seat for the headquarters.
_presence(cc) := p if {
	p := _company.presence[cc]
} else := "seat" if {
	_hq == cc
}

# A company formed under the law of a member state (Art. 2(1)): its statutory seat,
# central administration or principal place of business in a member state.
_eu_seats := sort([cc | some cc in _member_states; _presence(cc) == "seat"])

_eu if count(_eu_seats) > 0

_eu_subsidiaries := sort([cc | some cc in _member_states; _presence(cc) == "subsidiary"])

_employees := _company.employees

_turnover := _company.annual_turnover_eur

_eu_turnover := _company.annual_turnover_eu_eur

_missing contains "/company/employees" if not is_number(object.get(_company, "employees", null))

_missing contains "/company/annual_turnover_eur" if not is_number(object.get(_company, "annual_turnover_eur", null))

# Art. 2(1)(a)-(b): more than 5,000 employees and more than EUR 1.5 billion net
# worldwide turnover (group figures for an ultimate parent).
_eu_met if {
	_employees > _employee_threshold
	_turnover > _turnover_threshold
}

_eu_not_met := sprintf("%v employees, not more than %v", [_employees, _employee_threshold]) if {
	_employees <= _employee_threshold
} else := sprintf("EUR %s net worldwide turnover, not more than EUR 1.5 billion", [_amount(_turnover)]) if {
	_turnover <= _turnover_threshold
}

# Art. 2(2)(a)-(b): more than EUR 1.5 billion net turnover generated in the Union;
# turnover in the Union is part of the worldwide turnover.
_non_eu_met if _eu_turnover > _turnover_threshold

_non_eu_not_met := sprintf("EUR %s net turnover in the EU, not more than EUR 1.5 billion", [_amount(_eu_turnover)]) if {
	_eu_turnover <= _turnover_threshold
} else := sprintf("EUR %s net worldwide turnover, so not more than EUR 1.5 billion in the EU", [_amount(_turnover)]) if {
	_turnover <= _turnover_threshold
}

# Employees the group has in member states: an upper bound for any EU subsidiary's own.
_eu_staff := sum([n | some cc in _member_states; n := _company.employees_by_country[cc]])

_missing_sub_staff := sort([sprintf("/company/employees_by_country/%s", [cc]) | some cc in _eu_subsidiaries; not is_number(object.get(_company, ["employees_by_country", cc], null))])

_sub_excluded := sprintf("the group employs %v in member states, not more than %v", [_eu_staff, _employee_threshold]) if {
	count(_missing_sub_staff) == 0
	_eu_staff <= _employee_threshold
} else := sprintf("EUR %s net worldwide turnover for the group, not more than EUR 1.5 billion", [_amount(_turnover)]) if {
	_turnover <= _turnover_threshold
}

_sub_possible if {
	count(_missing_sub_staff) == 0
	_eu_staff > _employee_threshold
	_turnover > _turnover_threshold
}

_sub_missing := array.concat(_missing_sub_staff, [p | not is_number(object.get(_company, "annual_turnover_eur", null)); p := "/company/annual_turnover_eur"])

# Money as written in the document: whole numbers without exponent, else two decimals.
_amount(x) := format_int(x, 10) if {
	x == floor(x)
} else := sprintf("%.2f", [x])

# METADATA
# title: Applicability to the company
# description: |
#   not_applicable before 26 July 2029 whatever the company's size. From then, by form
#   of presence (company.presence; the headquarters country is a seat unless stated):
#   a company with its seat in a member state (formed under its law) needs employees and
#   annual_turnover_eur (Art. 2(1)); any other company needs annual_turnover_eu_eur
#   (Art. 2(2)), whatever its presence in the EU. Group figures stand for the ultimate
#   parent (Art. 2(1)(b), 2(2)(b)). A third-country company not bound itself may have
#   EU subsidiaries bound in their own right (Art. 2(1)(a)): applies_to_subsidiary when
#   the group's EU headcount and worldwide turnover do not rule it out. The franchising
#   route (Art. 2(1)(c), 2(2)(c)) is not evaluated.
applicability := {"status": "not_applicable", "reason": "the CSDDD is in force from 25 July 2024"} if {
	input.as_of < law.effective_from
} else := {"status": "not_applicable", "reason": "the CSDDD applies to companies from 26 July 2029 (Art. 37(1) as amended by Directive (EU) 2026/470); Member States must transpose it by 26 July 2028"} if {
	input.as_of < _application
} else := {"status": "applies", "reason": sprintf("company formed under the law of a member state (seat in %s) with %v employees (more than %v) and EUR %s net worldwide turnover (more than EUR 1.5 billion) (Art. 2(1)(a)-(b) as amended)", [concat(", ", _eu_seats), _employees, _employee_threshold, _amount(_turnover)])} if {
	_eu
	_eu_met
} else := {"status": "not_applicable", "reason": sprintf("company formed under the law of a member state (seat in %s) with %s (Art. 2(1)(a)-(b) as amended); no subsidiary of its group can exceed the thresholds either; the franchising route (Art. 2(1)(c)) is not evaluated", [concat(", ", _eu_seats), _eu_not_met])} if {
	_eu
	_eu_not_met
} else := {"status": "unknown", "reason": sprintf("needs %s: company formed under the law of a member state (seat in %s); the thresholds are more than %v employees and more than EUR 1.5 billion net worldwide turnover (Art. 2(1)(a)-(b) as amended)", [concat(" and ", sort(_missing)), concat(", ", _eu_seats), _employee_threshold])} if {
	_eu
} else := {"status": "applies", "reason": sprintf("third-country company (no seat in a member state) with EUR %s net turnover in the EU, more than EUR 1.5 billion (Art. 2(2)(a)-(b) as amended)", [_amount(_eu_turnover)])} if {
	_non_eu_met
} else := {"status": "unknown", "reason": "needs /company/annual_turnover_eu_eur: a third-country company (no seat in a member state) is bound with more than EUR 1.5 billion net turnover generated in the EU in the financial year preceding the last (Art. 2(2)(a)-(b) as amended)"} if {
	not _non_eu_not_met
} else := {"status": "not_applicable", "reason": sprintf("third-country company (no seat in a member state) with %s (Art. 2(2)(a)-(b) as amended); no EU subsidiary recorded", [_non_eu_not_met])} if {
	count(_eu_subsidiaries) == 0
} else := {"status": "not_applicable", "reason": sprintf("third-country company with %s (Art. 2(2)(a)-(b) as amended); its subsidiaries in %s cannot exceed the thresholds of Art. 2(1)(a) either: %s", [_non_eu_not_met, concat(", ", _eu_subsidiaries), _sub_excluded])} if {
	_sub_excluded
} else := {"status": "applies_to_subsidiary", "reason": sprintf("binds EU subsidiaries, not the company. The company, a third-country company, has %s (Art. 2(2)(a)-(b) as amended). Its subsidiaries in %s are companies formed under a member state's law, each bound in its own right if it had more than %v employees and more than EUR 1.5 billion net worldwide turnover (Art. 2(1)(a) as amended); the group employs %v in member states and has EUR %s net worldwide turnover — the subsidiaries' own figures decide", [_non_eu_not_met, concat(", ", _eu_subsidiaries), _employee_threshold, _eu_staff, _amount(_turnover)])} if {
	_sub_possible
} else := {"status": "unknown", "reason": sprintf("needs %s: the company is not bound itself (%s; Art. 2(2) as amended), but its subsidiaries in %s are bound in their own right if one had more than %v employees and more than EUR 1.5 billion net worldwide turnover (Art. 2(1)(a) as amended)", [concat(" and ", _sub_missing), _non_eu_not_met, concat(", ", _eu_subsidiaries), _employee_threshold])}

# METADATA
# title: Source values
# description: |
#   The due-diligence steps retained after Omnibus I, in force for companies from 26 July
#   2029. Not encoded because the amended text could not be checked: stakeholders
#   (whether trade unions and workers' representatives remain named in Art. 3(1)(n)),
#   who may complain (Art. 14(2)), and the interval of periodic assessments (Art. 15).
sources contains object.union(_base, {
	"requirement": "due_diligence.policy_commitment",
	"value": true,
	"article": "Art. 7",
	"notes": ["Integrate due diligence into policies and risk-management systems: a due diligence policy with a code of conduct."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.scope_tiers",
	"value": "all",
	"article": "Arts. 8-9",
	"notes": [
		"Own operations, subsidiaries and direct and indirect business partners in the chain of activities (upstream; limited downstream).",
		"After Omnibus I the identification is risk-based (a scoping exercise on reasonably available information, then in-depth assessment where impacts are most likely and severe); the Commission's proposal to limit it to direct business partners was not retained, per secondary sources.",
	],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.remediation",
	"value": true,
	"article": "Art. 12",
	"notes": ["Provide remediation where the company caused or jointly caused an actual adverse impact."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.grievance_mechanism",
	"value": true,
	"article": "Art. 14",
	"notes": ["Notification mechanism and complaints procedure."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.effectiveness_tracking",
	"value": true,
	"article": "Art. 15",
	"notes": ["Periodic assessments of the effectiveness of the due diligence measures; the interval after Omnibus I (originally at least every 12 months) was not verified."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.public_reporting",
	"value": true,
	"article": "Art. 16",
	"notes": [
		"Annual statement on the matters covered by the Directive, published on the company's website.",
		"Art. 16 may apply only from a later financial year than the other obligations (a repository note on the consolidated text says financial years starting on or after 1 January 2030; not checked against the text or a named source).",
	],
})
