# METADATA
# title: Requirement catalogue
# description: |
#   Every requirement hrdd checks: a stable dotted id, how values compare (kind),
#   the unit and the severity (UNGP 14/24: scale, scope, irremediability).
#   Ids are stable: add new ones, never rename.
package hrdd.catalogue

# METADATA
# title: Requirements by id
# description: kind is one of floor, ceiling, required, includes, scope.
requirements := {
	# Labour standards: practices of policies, sites and suppliers.
	"child_labour.minimum_age": {"kind": "floor", "unit": "years", "severity": "severe", "title": "Minimum age for employment"},
	"child_labour.hazardous_work_minimum_age": {"kind": "floor", "unit": "years", "severity": "severe", "title": "Minimum age for hazardous work"},
	"forced_labour.no_recruitment_fees": {"kind": "required", "unit": "", "severity": "severe", "title": "No recruitment fees charged to workers"},
	"forced_labour.no_retention_of_identity_documents": {"kind": "required", "unit": "", "severity": "severe", "title": "No retention of workers' identity documents"},
	"forced_labour.free_to_resign": {"kind": "required", "unit": "", "severity": "severe", "title": "Workers free to resign"},
	"working_hours.regular_daily_max": {"kind": "ceiling", "unit": "hours/day", "severity": "medium", "title": "Maximum regular hours per day"},
	"working_hours.regular_weekly_max": {"kind": "ceiling", "unit": "hours/week", "severity": "high", "title": "Maximum regular hours per week"},
	"working_hours.total_weekly_max": {"kind": "ceiling", "unit": "hours/week", "severity": "high", "title": "Maximum total hours per week, overtime included"},
	"working_hours.overtime_voluntary": {"kind": "required", "unit": "", "severity": "high", "title": "Overtime is voluntary"},
	"working_hours.overtime_premium_min_percent": {"kind": "floor", "unit": "% of base rate", "severity": "medium", "title": "Minimum overtime pay rate"},
	"rest.weekly_rest_min_hours": {"kind": "floor", "unit": "consecutive hours per 7 days", "severity": "high", "title": "Minimum weekly rest"},
	"leave.annual_paid_min_days": {"kind": "floor", "unit": "working days (5-day week)", "severity": "medium", "title": "Minimum annual paid leave"},
	"maternity.leave_min_weeks": {"kind": "floor", "unit": "weeks", "severity": "high", "title": "Minimum maternity leave"},
	"maternity.cash_benefit_min_percent": {"kind": "floor", "unit": "% of earnings", "severity": "medium", "title": "Minimum maternity cash benefit"},
	"wages.minimum_wage_paid": {"kind": "required", "unit": "", "severity": "high", "title": "Statutory minimum wage paid"},
	"wages.living_wage": {"kind": "required", "unit": "", "severity": "medium", "title": "Living wage paid"},
	"non_discrimination.grounds": {"kind": "includes", "unit": "grounds", "severity": "high", "title": "Prohibited grounds of discrimination"},
	"equal_pay.equal_value": {"kind": "required", "unit": "", "severity": "high", "title": "Equal pay for work of equal value"},
	"freedom_of_association.right_to_organise": {"kind": "required", "unit": "", "severity": "high", "title": "Right to organise"},
	"freedom_of_association.collective_bargaining": {"kind": "required", "unit": "", "severity": "high", "title": "Right to collective bargaining"},
	"health_safety.right_to_remove_from_danger": {"kind": "required", "unit": "", "severity": "severe", "title": "Right to remove oneself from serious danger"},
	"health_safety.free_protective_equipment": {"kind": "required", "unit": "", "severity": "high", "title": "Protective equipment free of charge"},
	"health_safety.worker_participation": {"kind": "required", "unit": "", "severity": "medium", "title": "Worker participation in health and safety"},
	"harassment.policy": {"kind": "required", "unit": "", "severity": "high", "title": "Workplace violence and harassment policy"},
	# Due-diligence process, evaluated for the company as a whole.
	"due_diligence.policy_commitment": {"kind": "required", "unit": "", "severity": "high", "title": "Human-rights policy commitment"},
	"due_diligence.senior_level_approval": {"kind": "required", "unit": "", "severity": "medium", "title": "Policy approved at the most senior level"},
	"due_diligence.policy_public": {"kind": "required", "unit": "", "severity": "medium", "title": "Policy publicly available"},
	"due_diligence.scope_tiers": {"kind": "scope", "unit": "supplier tiers", "severity": "high", "title": "Due diligence reaches indirect business partners"},
	"due_diligence.stakeholders": {"kind": "includes", "unit": "stakeholder groups", "severity": "high", "title": "Stakeholders engaged in due diligence"},
	"due_diligence.risk_assessment_interval_months": {"kind": "ceiling", "unit": "months", "severity": "medium", "title": "Maximum interval between risk assessments"},
	"due_diligence.grievance_mechanism": {"kind": "required", "unit": "", "severity": "high", "title": "Operational-level grievance mechanism"},
	"due_diligence.grievance_open_to": {"kind": "includes", "unit": "user groups", "severity": "high", "title": "Who may use the grievance mechanism"},
	"due_diligence.grievance_criteria": {"kind": "includes", "unit": "UNGP 31 criteria", "severity": "medium", "title": "Grievance mechanism effectiveness criteria"},
	"due_diligence.remediation": {"kind": "required", "unit": "", "severity": "high", "title": "Remediation of adverse impacts"},
	"due_diligence.effectiveness_tracking": {"kind": "required", "unit": "", "severity": "medium", "title": "Tracking the effectiveness of responses"},
	"due_diligence.public_reporting": {"kind": "required", "unit": "", "severity": "medium", "title": "Public reporting on due diligence"},
	"due_diligence.international_standards_precedence": {"kind": "required", "unit": "", "severity": "high", "title": "International standards followed where domestic law is weaker"},
	# Additions beyond the core set.
	"supplier_code.applies_to_tiers": {"kind": "scope", "unit": "supplier tiers", "severity": "high", "title": "Supplier code reaches indirect suppliers"},
	"child_labour.night_work_minimum_age": {"kind": "floor", "unit": "years", "severity": "severe", "title": "Minimum age for night work"},
	"maternity.no_pregnancy_testing": {"kind": "required", "unit": "", "severity": "high", "title": "No pregnancy test required of job applicants"},
	"maternity.compulsory_postnatal_weeks": {"kind": "floor", "unit": "weeks after childbirth", "severity": "high", "title": "Compulsory leave after childbirth"},
	"wages.paid_regularly": {"kind": "required", "unit": "", "severity": "medium", "title": "Wages paid regularly"},
	"wages.deductions_only_as_prescribed": {"kind": "required", "unit": "", "severity": "medium", "title": "Wage deductions only as prescribed by law or collective agreement"},
	"wages.no_disciplinary_deductions": {"kind": "required", "unit": "", "severity": "medium", "title": "No deductions from wages as a disciplinary measure"},
	"wages.no_deductions_for_obtaining_employment": {"kind": "required", "unit": "", "severity": "high", "title": "No wage deductions to pay for getting or keeping a job"},
	# Hours: a normal-hours figure is a limit (regular_*_max) where work beyond
	# it is lawful only on a condition paying cannot meet (the worker's consent,
	# an agreement with the workers, a permit, exceptional circumstances), as
	# under ILO C1. Where paying the premium is all it takes (US FLSA s. 7(a),
	# France's duree legale), it is only an overtime pay threshold. The limits
	# on hours are then the overtime and total-hours caps.
	"working_hours.overtime_pay_threshold_weekly": {"kind": "ceiling", "unit": "hours/week", "severity": "medium", "title": "Weekly hours after which overtime pay is due"},
	"working_hours.overtime_pay_threshold_daily": {"kind": "ceiling", "unit": "hours/day", "severity": "medium", "title": "Daily hours after which overtime pay is due"},
	"working_hours.overtime_daily_max": {"kind": "ceiling", "unit": "hours/day", "severity": "high", "title": "Maximum overtime per day"},
	"working_hours.overtime_weekly_max": {"kind": "ceiling", "unit": "hours/week", "severity": "high", "title": "Maximum overtime per week"},
	"working_hours.overtime_monthly_max": {"kind": "ceiling", "unit": "hours/month", "severity": "high", "title": "Maximum overtime per month"},
	"working_hours.overtime_yearly_max": {"kind": "ceiling", "unit": "hours/year", "severity": "high", "title": "Maximum overtime per year"},
	# Raised by the engine, not by a pack: a site, supplier or policy in a
	# country with no national rules in hrdd (its domestic side is not checked).
	"national_rules.available": {"kind": "required", "unit": "", "severity": "medium", "title": "National rules available in hrdd for the country"},
	"working_hours.total_daily_max": {"kind": "ceiling", "unit": "hours/day", "severity": "high", "title": "Maximum total hours per day, overtime included"},
}

# METADATA
# title: Closed vocabularies
# description: |
#   The values an includes requirement may hold, in packs and in documents
#   alike (the JSON Schema enumerates them). One word per concept: a pack maps
#   its statute's wording to these.
vocabularies := {
	"non_discrimination.grounds": {
		"race", "colour", "sex", "religion", "political_opinion", "national_extraction", "social_origin",
		"age", "disability", "sexual_orientation", "gender_identity", "pregnancy", "maternity",
		"marital_status", "family_status", "family_responsibilities", "nationality", "ethnic_origin",
		"caste", "language", "creed", "social_status", "union_membership", "health_status", "hiv_status",
		"genetic_information", "migration_status", "physical_appearance", "place_of_residence", "surname",
		"morals", "economic_vulnerability", "loss_of_autonomy", "bank_domiciliation", "elected_office",
		"whistleblower_status", "property", "birth", "employment_status",
	},
	"due_diligence.stakeholders": {
		"trade_unions", "workers_representatives", "affected_workers", "affected_communities",
		"civil_society", "human_rights_defenders", "indigenous_peoples", "consumers", "investors",
		"business_partners", "experts", "public_authorities",
	},
	"due_diligence.grievance_open_to": {
		"own_workers", "supplier_workers", "communities", "trade_unions", "civil_society", "anyone",
	},
	"due_diligence.grievance_criteria": {
		"legitimate", "accessible", "predictable", "equitable", "transparent",
		"rights_compatible", "continuous_learning", "engagement_and_dialogue",
	},
}

# METADATA
# title: Kinds
# description: The five ways values compare; Go owns the ordering of each.
kinds := {"floor", "ceiling", "required", "includes", "scope"}

# METADATA
# title: Severities, most severe first
severities := ["severe", "high", "medium", "low"]

# METADATA
# title: Requirements the engine raises itself
engine_level := {"national_rules.available"}

# METADATA
# title: Company-level requirements
# description: |
#   Process requirements evaluated once for the company as a whole, against the
#   international instruments and the due-diligence laws that apply to it.
company_level := {id |
	some id, _ in requirements
	startswith(id, "due_diligence.")
} | {"supplier_code.applies_to_tiers"}
