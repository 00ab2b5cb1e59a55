# METADATA
# title: EU — Corporate Sustainability Due Diligence Directive (CSDDD)
# description: |
#   Directive (EU) 2024/1760 (OJ 5 July 2024, in force 25 July 2024), amended by the
#   "stop-the-clock" Directive (EU) 2025/794 (OJ 16 April 2025) and by Omnibus I,
#   Directive (EU) 2026/470 (adopted 24 February 2026, OJ 26 February 2026, in force
#   18 March 2026). After Omnibus I: EU companies with more than 5,000 employees and more
#   than EUR 1.5 billion net worldwide turnover; non-EU companies with more than EUR 1.5
#   billion net turnover generated in the EU; transposition by 26 July 2028, application
#   to companies from 26 July 2029. The amended articles were checked against secondary
#   sources only (Council press release as quoted, law-firm and NGO summaries); the
#   amending directive's text was not available.
# related_resources:
#   - https://eur-lex.europa.eu/eli/dir/2024/1760/oj
#   - https://eur-lex.europa.eu/eli/dir/2025/794/oj
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
}

_member_states := {
	"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
	"IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
}

_company := object.get(input, "company", {})

_eu := _company.headquarters in _member_states

_employees := _company.employees

_turnover := _company.annual_turnover_eur

_eu_turnover := _company.annual_turnover_eu_eur

_missing contains "company.employees" if not is_number(object.get(_company, "employees", null))

_missing contains "company.annual_turnover_eur" if not is_number(object.get(_company, "annual_turnover_eur", null))

# METADATA
# title: Applicability to the company
# description: |
#   not_applicable before 26 July 2029 whatever the company's size. From then: EU
#   companies (headquarters in a member state) need employees and annual_turnover_eur;
#   non-EU companies need annual_turnover_eu_eur (net turnover generated in the EU).
#   Group figures stand for the ultimate parent (Art. 2(1)(b), 2(2)(b)); the franchising
#   route (Art. 2(1)(c), 2(2)(c)) is not evaluated.
applicability := {"status": "not_applicable", "reason": "the CSDDD is in force from 25 July 2024"} if {
	input.as_of < law.effective_from
} else := {"status": "not_applicable", "reason": "the CSDDD applies to companies from 26 July 2029 (Art. 37(1) as amended by Directive (EU) 2026/470); Member States must transpose it by 26 July 2028"} if {
	input.as_of < _application
} else := {"status": "applies", "reason": sprintf("EU company with %v employees (more than %v) and EUR %v net worldwide turnover (more than EUR 1.5 billion) (Art. 2(1)(a) as amended)", [_employees, _employee_threshold, _turnover])} if {
	_eu
	_employees > _employee_threshold
	_turnover > _turnover_threshold
} else := {"status": "not_applicable", "reason": sprintf("EU company with %v employees, not more than %v (Art. 2(1)(a) as amended)", [_employees, _employee_threshold])} if {
	_eu
	_employees <= _employee_threshold
} else := {"status": "not_applicable", "reason": sprintf("EU company with EUR %v net worldwide turnover, not more than EUR 1.5 billion (Art. 2(1)(a) as amended)", [_turnover])} if {
	_eu
	_turnover <= _turnover_threshold
} else := {"status": "unknown", "reason": sprintf("%s needed to decide the thresholds of more than %v employees and more than EUR 1.5 billion net worldwide turnover (Art. 2(1)(a) as amended)", [concat(" and ", sort(_missing)), _employee_threshold])} if {
	_eu
} else := {"status": "applies", "reason": sprintf("non-EU company with EUR %v net turnover in the EU, more than EUR 1.5 billion (Art. 2(2)(a) as amended)", [_eu_turnover])} if {
	_eu_turnover > _turnover_threshold
} else := {"status": "not_applicable", "reason": sprintf("non-EU company with EUR %v net turnover in the EU, not more than EUR 1.5 billion (Art. 2(2)(a) as amended)", [_eu_turnover])} if {
	is_number(_eu_turnover)
} else := {"status": "unknown", "reason": "company.annual_turnover_eu_eur is needed to decide the threshold of more than EUR 1.5 billion net turnover generated in the EU for non-EU companies (Art. 2(2)(a) as amended)"}

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
	"notes": ["Annual statement on the matters covered by the Directive, published on the company's website."],
})
