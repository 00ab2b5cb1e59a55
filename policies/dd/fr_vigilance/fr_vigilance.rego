# METADATA
# title: France — duty of vigilance (Loi n° 2017-399 du 27 mars 2017)
# description: |
#   Code de commerce art. L. 225-102-4 (vigilance plan) and L. 225-102-5 (civil
#   liability), inserted by Loi n° 2017-399 of 27 March 2017 (JORF 28 March 2017).
#   Applies to a société anonyme — and the forms governed by its rules (SCA, SAS, SE) —
#   with its registered office in France that employs, at the close of two consecutive
#   financial years, at least 5,000 employees in itself and its French subsidiaries, or
#   at least 10,000 in itself and its subsidiaries in France and abroad (L. 225-102-4 I).
#   The article is still numbered L. 225-102-4 on Légifrance; no renumbering was found.
# related_resources:
#   - https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043978824
package hrdd.dd.fr_vigilance

# METADATA
# title: The law
law := {
	"name": "Loi n° 2017-399 relative au devoir de vigilance (Code de commerce art. L. 225-102-4, L. 225-102-5)",
	"jurisdiction": "FR",
	"binding": "law",
	"url": "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043978824",
	# Published in the JORF of 28 March 2017; no date fixed, so in force the next day (C. civ. art. 1).
	"effective_from": "2017-03-29",
}

_base := {
	"instrument": "Code de commerce (Loi n° 2017-399)",
	"binding": "law",
	"url": "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043978824",
	"effective_from": "2017-03-29",
}

_france_threshold := 5000

_world_threshold := 10000

# SA, and the forms that follow the SA rules: SCA (L. 226-1), SAS (L. 227-1), SE (L. 229-1).
_legal_forms := {"SA", "SCA", "SAS", "SE"}

_company := object.get(input, "company", {})

_fr_employees := _company.employees_by_country.FR

_employees := _company.employees

_size_met := sprintf("%v employees in France, at or above %v", [_fr_employees, _france_threshold]) if {
	_fr_employees >= _france_threshold
} else := sprintf("%v employees worldwide, at or above %v", [_employees, _world_threshold]) if {
	_employees >= _world_threshold
}

_size_not_met := sprintf("%v employees in France (threshold %v) and %v worldwide (threshold %v)", [_fr_employees, _france_threshold, _employees, _world_threshold]) if {
	_fr_employees < _france_threshold
	_employees < _world_threshold
} else := sprintf("%v employees in all, below the threshold of %v in France", [_employees, _france_threshold]) if {
	_employees < _france_threshold
}

_missing contains "company.employees_by_country.FR" if not is_number(object.get(_company, ["employees_by_country", "FR"], null))

_missing contains "company.employees" if not is_number(object.get(_company, "employees", null))

_legal_form := upper(_company.legal_form)

# METADATA
# title: Applicability to the company
# description: |
#   applies, not_applicable, or unknown when the headcounts or (for a company above the
#   thresholds) the legal form are missing. Headcounts are the group's: employees_by_country.FR
#   stands for the company and its French subsidiaries, employees for the group worldwide.
#   The "two consecutive financial years" condition is not checked.
applicability := {"status": "not_applicable", "reason": "the duty of vigilance is in force from 29 March 2017"} if {
	input.as_of < law.effective_from
} else := {"status": "not_applicable", "reason": sprintf("headquarters in %s: the duty falls on companies with their registered office in France (L. 225-102-4 I); French subsidiaries may themselves be subject", [_company.headquarters])} if {
	_company.headquarters != "FR"
} else := {"status": "applies", "reason": sprintf("%s, legal form %s (L. 225-102-4 I)", [_size_met, _legal_form])} if {
	_size_met
	_legal_form in _legal_forms
} else := {"status": "unknown", "reason": sprintf("%s (L. 225-102-4 I); company.legal_form is needed: the duty applies to SA, SCA, SAS and SE", [_size_met])} if {
	_size_met
	not _company.legal_form
} else := {"status": "not_applicable", "reason": sprintf("%s, but legal form %s is not a société anonyme or a form governed by its rules (SCA, SAS, SE)", [_size_met, _legal_form])} if {
	_size_met
} else := {"status": "not_applicable", "reason": sprintf("%s (L. 225-102-4 I)", [_size_not_met])} if {
	_size_not_met
} else := {"status": "unknown", "reason": sprintf("%s needed to decide the thresholds of 5,000 employees in France or 10,000 worldwide (L. 225-102-4 I)", [concat(" and ", sort(_missing))])}

# METADATA
# title: Source values
# description: |
#   The five measures of the vigilance plan (L. 225-102-4 I 1°-5°) that map onto
#   catalogue requirements, checked against the article's text as reproduced from
#   Légifrance (vLex) and by commentators. Not encoded: remediation (the plan has no
#   remediation step; redress is civil liability under L. 225-102-5), risk-assessment
#   interval (2° requires "regular" assessment, no interval), policy commitment.
sources contains object.union(_base, {
	"requirement": "due_diligence.scope_tiers",
	"value": "all",
	"article": "L. 225-102-4 I al. 3",
	"verification": "primary",
	"notes": ["The plan covers the company, the companies it controls (L. 233-16 II) and the subcontractors and suppliers with which it maintains an established commercial relationship (relation commerciale établie), where their activities are linked to that relationship. No tier limit, but suppliers without an established commercial relationship are outside the plan."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.stakeholders",
	"value": ["trade_unions"],
	"article": "L. 225-102-4 I 4°",
	"verification": "primary",
	"notes": ["The alert mechanism is established in consultation with the representative trade unions in the company (4°).", "The plan as a whole 'is intended to be drawn up' with the company's stakeholders (al. 4), where appropriate in multi-stakeholder initiatives; that wording is not a mandatory consultation."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.grievance_mechanism",
	"value": true,
	"article": "L. 225-102-4 I 4°",
	"verification": "primary",
	"notes": ["An alert mechanism collecting reports on the existence or materialisation of risks."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.effectiveness_tracking",
	"value": true,
	"article": "L. 225-102-4 I 5°",
	"verification": "primary",
	"notes": ["A scheme to monitor the measures implemented and assess their effectiveness."],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.public_reporting",
	"value": true,
	"article": "L. 225-102-4 I (last paragraph)",
	"verification": "secondary",
	"notes": ["The vigilance plan and the report on its effective implementation are made public and included in the management report (L. 225-102)."],
})
