# METADATA
# title: ETI Base Code (Ethical Trading Initiative)
# description: |
#   Industry code (opt-in profile "eti"). Encoded as amended on 1 April 2014, when
#   clause 6 (working hours) was revised; earlier versions are not encoded. Clauses
#   checked against ethicaltrade.org and full reproductions of the Code.
# related_resources:
#   - https://www.ethicaltrade.org/eti-base-code
package hrdd.standards.eti

_base := {
	"instrument": "ETI Base Code",
	"url": "https://www.ethicaltrade.org/eti-base-code",
	"binding": "industry_code",
	"profile": "eti",
	"verification": "primary",
	# Clause pages read on ethicaltrade.org itself, and the ETI's note on the clause 6
	# revision (effective 1 April 2014).
	"checked_against": [
		{"url": "https://ethicaltrade.org/eti-base-code/1-employment-freely-chosen", "title": "ETI Base Code, clause 1 (ethicaltrade.org)"},
		{"url": "https://ethicaltrade.org/eti-base-code/4-child-labour-shall-not-be-used", "title": "ETI Base Code, clause 4 (ethicaltrade.org)"},
		{"url": "http://www.ethicaltrade.org/eti-base-code/5-living-wages-are-paid", "title": "ETI Base Code, clause 5 (ethicaltrade.org)"},
		{"url": "http://www.ethicaltrade.org/eti-base-code/6-working-hours-are-not-excessive", "title": "ETI Base Code, clause 6 (ethicaltrade.org)"},
		{"url": "https://docslib.org/doc/731967/ethical-trading-initiative-working-hours-clause-revision-interpretation", "title": "ETI, working hours clause revision: interpretation (effective 1 April 2014), copy"},
	],
	# Version in force since the clause 6 revision of 1 April 2014.
	"effective_from": "2014-04-01",
}

_greater_protection := "Working hours comply with national laws, collective agreements and cl. 6.2-6.6, whichever affords the greater protection for workers (cl. 6.1)."

# METADATA
# title: No deposits or identity papers lodged with the employer
sources contains object.union(_base, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"value": true,
	"article": "cl. 1.2",
	"notes": ["Workers are not required to lodge 'deposits' or their identity papers with their employer."],
})

# METADATA
# title: Free to leave after reasonable notice
sources contains object.union(_base, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "cl. 1.2",
	"notes": ["Workers are free to leave their employer after reasonable notice."],
})

# METADATA
# title: Right to join or form trade unions
sources contains object.union(_base, {
	"requirement": "freedom_of_association.right_to_organise",
	"value": true,
	"article": "cl. 2.1",
	"notes": ["Where the right is restricted under law, the employer facilitates, and does not hinder, parallel means for independent and free association and bargaining (cl. 2.4)."],
})

# METADATA
# title: Right to bargain collectively
sources contains object.union(_base, {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"article": "cl. 2.1",
})

# METADATA
# title: No hazardous work or night work under 18
sources contains object.union(_base, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "cl. 4.3",
	"notes": ["Children and young persons under 18 shall not be employed at night or in hazardous conditions."],
})

# METADATA
# title: No night work under 18
sources contains object.union(_base, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"article": "cl. 4.3",
	"notes": ["Children and young persons under 18 shall not be employed at night or in hazardous conditions."],
})

# METADATA
# title: Minimum wage, and wages enough to meet basic needs
# description: |
#   Not marked defers_to_national_law: cl. 5.1 asks for the higher of the national
#   legal standard and the industry benchmark, so following national law alone may
#   fall short of it.
sources contains object.union(_base, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "cl. 5.1",
	"notes": ["Wages and benefits meet, at a minimum, national legal standards or industry benchmark standards, whichever is higher."],
})

# METADATA
# title: Living wage
sources contains object.union(_base, {
	"requirement": "wages.living_wage",
	"value": true,
	"article": "cl. 5.1",
	"notes": ["Wages should always be enough to meet basic needs and to provide some discretionary income."],
})

# METADATA
# title: No disciplinary deductions from wages
sources contains object.union(_base, {
	"requirement": "wages.no_disciplinary_deductions",
	"value": true,
	"article": "cl. 5.3",
	"notes": [
		"Deductions from wages as a disciplinary measure shall not be permitted; all disciplinary measures should be recorded.",
		"Other deductions not provided for by national law need the express permission of the worker concerned, so cl. 5.3 is not encoded as 'deductions only as prescribed' (C95 Art. 8(1)).",
	],
})

# METADATA
# title: Regular hours not more than 48 a week
sources contains object.union(_base, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"article": "cl. 6.2",
	"notes": ["Working hours are defined by contract and, excluding overtime, do not exceed 48 per week.", _greater_protection],
})

# METADATA
# title: Overtime voluntary
sources contains object.union(_base, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "cl. 6.3",
	"notes": ["All overtime is voluntary, used responsibly and does not replace regular employment."],
})

# METADATA
# title: Overtime premium of 125 % (recommended)
sources contains object.union(_base, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 125,
	"article": "cl. 6.3",
	"notes": ["Overtime is always compensated at a premium rate, which is recommended to be not less than 125 % of the regular rate: the premium is required, the 125 % figure is a recommendation."],
})

# METADATA
# title: Total hours not more than 60 in any seven days
sources contains object.union(_base, {
	"requirement": "working_hours.total_weekly_max",
	"value": 60,
	"article": "cl. 6.4",
	"notes": [
		"The total hours worked in any 7 day period shall not exceed 60 hours, except where covered by cl. 6.5.",
		_greater_protection,
	],
	"exceptions": [{"article": "cl. 6.5", "text": "Hours may exceed 60 in a seven-day period only in exceptional circumstances where all of these are met: allowed by national law; allowed by a collective agreement freely negotiated with a workers' organisation representing a significant portion of the workforce; appropriate safeguards for workers' health and safety; and the employer can demonstrate exceptional circumstances (peaks, accidents, emergencies)."}],
})

# METADATA
# title: One day off in every seven
# description: One day off in every seven-day period, encoded as 24 consecutive hours.
sources contains object.union(_base, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "cl. 6.6",
	"statute": {"value": 1, "unit": "day off in every 7-day period", "conversion": "1 day off = 24 consecutive hours"},
	"notes": ["'At least one day off in every 7 day period' is encoded as 24 consecutive hours."],
	"exceptions": [{"article": "cl. 6.6", "text": "Where allowed by national law, two days off in every 14-day period."}],
})

# METADATA
# title: Prohibited grounds of discrimination
# description: Hiring, compensation, access to training, promotion, termination or retirement.
sources contains object.union(_base, {
	"requirement": "non_discrimination.grounds",
	"value": [
		"race", "caste", "national_extraction", "religion", "age", "disability",
		"sex", "marital_status", "sexual_orientation", "union_membership", "political_opinion",
	],
	"article": "cl. 7.1",
	"notes": ["Mapped from the Code's words: 'national origin' to national_extraction, 'gender' to sex, 'political affiliation' to political_opinion. The Code does not list colour or social origin."],
})
