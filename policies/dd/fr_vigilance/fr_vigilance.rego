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
	# The article's text as reproduced from Légifrance (vLex names this Légifrance
	# address as its source) and its version history.
	"checked_against": [
		{"url": "https://vlex.fr/vid/article-l225-102-4-908926608", "title": "Code de commerce art. L225-102-4, text reproduced from Légifrance (vLex; source LEGIARTI000043978824)"},
		{"url": "https://www.doctrine.fr/l/texts/codes/LEGITEXT000005634379/articles/LEGIARTI000034291360?version=LEGIARTI000035181820&date=2022-12-31&source=legislation-text", "title": "Doctrine: art. L225-102-4, versions of 29 March 2017, 14 July 2017 and 1 January 2024"},
	],
}

_france_threshold := 5000

_world_threshold := 10000

# SA, and the forms that follow the SA rules: SCA (L. 226-1), SAS (L. 227-1), SE (L. 229-1).
_legal_forms := {"SA", "SCA", "SAS", "SE"}

_company := object.get(input, "company", {})

_countries := object.get(input, ["operations", "countries"], [])

_hq := object.get(_company, "headquarters", "")

# Form of presence in France: as stated, else seat when headquartered there,
# else undefined (not stated).
_presence := p if {
	p := _company.presence.FR
} else := "seat" if {
	_hq == "FR"
}

_stated if _presence

_fr_employees := _company.employees_by_country.FR

_employees := _company.employees

_link if _fr_employees > 0

_link if "FR" in _countries

_size_met := sprintf("%v employees in France, at or above %v", [_fr_employees, _france_threshold]) if {
	_fr_employees >= _france_threshold
} else := sprintf("%v employees worldwide, at or above %v", [_employees, _world_threshold]) if {
	_employees >= _world_threshold
}

# The French headcount is part of the worldwide one, so a worldwide total below
# 5,000 decides both thresholds.
_size_not_met := sprintf("%v employees in France (threshold %v) and %v worldwide (threshold %v)", [_fr_employees, _france_threshold, _employees, _world_threshold]) if {
	_fr_employees < _france_threshold
	_employees < _world_threshold
} else := sprintf("%v employees in all, below the threshold of %v in France", [_employees, _france_threshold]) if {
	_employees < _france_threshold
}

_missing contains "/company/employees_by_country/FR" if not is_number(object.get(_company, ["employees_by_country", "FR"], null))

_missing contains "/company/employees" if not is_number(object.get(_company, "employees", null))

_needs := concat(" and ", sort(_missing))

_legal_form := upper(_company.legal_form)

_thresholds := "5,000 employees in the company and its French subsidiaries or 10,000 in the company and all its subsidiaries, at the close of two consecutive financial years (L. 225-102-4 I al. 1)"

# METADATA
# title: Applicability to the company
# description: |
#   By form of presence in France (company.presence.FR; the headquarters country is a
#   seat unless stated). The duty falls on a société with its registered office in France
#   (French law governs it, L. 210-3) that is an SA or follows the SA rules (SCA, SAS,
#   SE). Seat: the company, with the headcounts of the group (employees_by_country.FR
#   for the company and its French subsidiaries, employees for the group worldwide).
#   Subsidiary: a French subsidiary above the thresholds is bound itself
#   (applies_to_subsidiary); the group's headcounts bound the subsidiary's. A branch of
#   a foreign company is not a French société. The "two consecutive financial years"
#   condition is not checked.
applicability := {"status": "not_applicable", "reason": "the duty of vigilance is in force from 29 March 2017"} if {
	input.as_of < law.effective_from
} else := {"status": "not_applicable", "reason": "no presence in France beyond sales or sourcing (/company/presence/FR is none): the duty falls on sociétés with their registered office in France (L. 225-102-4 I; L. 210-3)"} if {
	_presence == "none"
} else := {"status": "not_applicable", "reason": "a branch in France: the duty falls on the société itself, a société anonyme or a form governed by its rules with its registered office in France (L. 225-102-4 I; L. 210-3), not on the establishment of a foreign company"} if {
	_presence == "branch"
} else := {"status": "not_applicable", "reason": "no registered office, subsidiary, employees or sites in France recorded: the duty falls on sociétés with their registered office in France (L. 225-102-4 I; L. 210-3)"} if {
	not _stated
	not _link
} else := {"status": "not_applicable", "reason": sprintf("%s (L. 225-102-4 I): neither the company nor a French subsidiary reaches the thresholds", [_size_not_met])} if {
	_size_not_met
} else := {"status": "applies", "reason": sprintf("registered office in France, legal form %s, %s (L. 225-102-4 I)", [_legal_form, _size_met])} if {
	_presence == "seat"
	_size_met
	_legal_form in _legal_forms
} else := {"status": "unknown", "reason": sprintf("needs /company/legal_form: registered office in France and %s (L. 225-102-4 I); the duty falls on an SA or a form governed by its rules (SCA, SAS, SE)", [_size_met])} if {
	_presence == "seat"
	_size_met
	not _company.legal_form
} else := {"status": "not_applicable", "reason": sprintf("%s, but legal form %s is not a société anonyme or a form governed by its rules (SCA, SAS, SE) (L. 225-102-4 I)", [_size_met, _legal_form])} if {
	_presence == "seat"
	_size_met
} else := {"status": "applies_to_subsidiary", "reason": sprintf("a French subsidiary is bound in its own right, not the company, if it is an SA, SAS, SCA or SE that with its own subsidiaries employs %s; the group has %s. It is deemed compliant where the company controlling it (L. 233-3) establishes a plan covering it (L. 225-102-4 I al. 2)", [_thresholds, _size_met])} if {
	_presence == "subsidiary"
	_size_met
} else := {"status": "unknown", "reason": sprintf("needs %s: registered office in France; the thresholds are %s", [_needs, _thresholds])} if {
	_presence == "seat"
} else := {"status": "unknown", "reason": sprintf("needs %s: a French subsidiary is bound in its own right, not the company, if it employs %s", [_needs, _thresholds])} if {
	_presence == "subsidiary"
} else := {"status": "unknown", "reason": sprintf("needs /company/presence/FR: the group has %s, but the form of presence decides who is bound — a société with its registered office in France is bound itself (L. 225-102-4 I), a French subsidiary is bound itself and not the company, a branch of a foreign company is not bound", [_size_met])} if {
	_size_met
} else := {"status": "unknown", "reason": sprintf("needs /company/presence/FR and %s: the company has employees or sites in France but its headquarters in %s; the thresholds are %s", [_needs, _hq, _thresholds])}

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
	"checked_against": [
		{"url": "https://observatoire-compliance.univ-avignon.fr/2021/08/16/le-plan-de-vigilance", "title": "Observatoire de la compliance (Université d'Avignon): le plan de vigilance"},
		{"url": "http://emailing.editions-legislatives.fr/IN7APZ9377/produit.html?utm_source=boutique&utm_medium=banniere&utm_campaign=boutiqueCompliance&utm_content=LPCompliance", "title": "Éditions législatives: the plan and the report on its implementation are published in the annual report"},
	],
	"notes": ["The vigilance plan and the report on its effective implementation are made public and included in the management report (L. 225-102)."],
})
