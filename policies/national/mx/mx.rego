# METADATA
# title: Mexico national rule pack
# description: |
#   Constitution Art. 123 Apartado A (private sector), as amended incl. DOF 17 Jun 2014
#   (minimum age) and DOF 3 Mar 2026 (phased 40-hour week), and the Ley Federal del
#   Trabajo (LFT, in force 1 May 1970) as amended, with Mexico's ratifications of the
#   fundamental ILO conventions. The LFT applies to every workplace: no conditions.
#   The phased 40-hour week is kept; the weekly maximum is a real limit (overtime is
#   allowed only for extraordinary circumstances, Art. 66). Leave counted in the LFT's
#   working days (six-day week) is converted to a five-day week. Every workplace
#   requirement of the catalogue has an entry: a value, a cited absence, a
#   restriction or a reasoned not_encoded.
package hrdd.national.mx

# METADATA
# title: Country name
name := "Mexico"

_lft := {
	"instrument": "Ley Federal del Trabajo (LFT)",
	"url": "https://www.diputados.gob.mx/LeyesBiblio/pdf/LFT.pdf",
	"binding": "law",
	# The LFT of 1970 came into force on 1 May 1970.
	"effective_from": "1970-05-01",
	"verification": "secondary",
}

_cpeum := {
	"instrument": "Constitución Política de los Estados Unidos Mexicanos",
	"url": "https://www.diputados.gob.mx/LeyesBiblio/pdf/CPEUM.pdf",
	"binding": "law",
	"verification": "secondary",
}

# METADATA
# title: Minimum age for employment (Constitution)
sources contains object.union(_cpeum, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "Art. 123 A (III)",
	# Amendment published in the DOF on 17 June 2014, in force the next day (14 before).
	"effective_from": "2014-06-18",
	"notes": ["The use of the work of children under 15 is prohibited; persons of 15 and under 16 may work at most 6 hours a day. Raised from 14 by the amendment published in the DOF on 17 June 2014, in force 18 June 2014."],
})

# METADATA
# title: Minimum age for employment (LFT)
sources contains object.union(_lft, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "Arts. 22, 22 Bis",
	"effective_from": "2015-06-13",
	"notes": [
		"Work by children under 15 is prohibited (reform published in the DOF on 12 June 2015, raising the age from 14; in force the next day, date of entry into force from secondary knowledge). Workers of 15-17 who have not finished compulsory basic education may work only with authorisation and need a medical certificate.",
		"Under-18s may not work overtime, on Sundays or on public holidays (Art. 178; Const. Art. 123 A (XI) as amended 2026).",
	],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_lft, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "Arts. 175, 176",
	"effective_from": "2015-06-13",
	"notes": ["Under-18s may not be employed in the dangerous or unhealthy work listed in Arts. 175-176 (e.g. mining, construction, underground and underwater work, night work in industry), as amended by the reform published in the DOF on 12 June 2015."],
})

# METADATA
# title: Workers free to resign
sources contains object.union(_cpeum, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "Art. 5",
	"effective_from": "1917-05-01",
	"notes": ["No one may be compelled to perform personal work without fair pay and full consent, save work imposed as a judicial penalty; a labour contract binds the worker for at most one year to the worker's detriment and may never entail waiver or loss of civil or political rights; breach by the worker gives rise only to civil liability, never to coercion of the person."],
})

# METADATA
# title: Maximum regular hours per day
sources contains object.union(_lft, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Art. 61; Const. Art. 123 A (I)",
	"notes": ["8 hours for a day shift (06:00-20:00), 7 for a night shift and 7.5 for a mixed shift."],
})

_week_2026 := {
	"article": "Const. Art. 123 A (IV) as amended (DOF 3 Mar 2026), transitory articles",
	"notes": [
		"Constitutional reform published in the DOF on 3 March 2026, in force the same day: the ordinary week falls by two hours on 1 January of each year, 48 hours in 2026, 46 in 2027, 44 in 2028, 42 in 2029 and 40 from 2030, without any cut in pay; one paid rest day per six days worked remains.",
		"Congress must amend the LFT within 90 days; the phase-in dates are from press reports of the DOF decree (Noroeste, Expansión, Pulso), not the DOF text itself.",
		"Overtime under the reform: at most 12 hours a week (up to 4 hours a day on up to 4 days) at +100 %; hours beyond that at +200 %; none for under-18s.",
	],
}

# METADATA
# title: Maximum regular hours per week (48 until 2026)
sources contains object.union(_lft, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"article": "Arts. 61, 69; Const. Art. 123 A (I), (IV)",
	"effective_to": "2027-01-01",
	"notes": array.concat(
		["Derived: at most 8 hours a day with one rest day per six days worked = 48 hours; the 2026 constitutional reform keeps 48 hours for 2026."],
		_week_2026.notes,
	),
})

_phase := [
	{"value": 46, "from": "2027-01-01", "to": "2028-01-01"},
	{"value": 44, "from": "2028-01-01", "to": "2029-01-01"},
	{"value": 42, "from": "2029-01-01", "to": "2030-01-01"},
]

# METADATA
# title: Maximum regular hours per week (phased reduction 2027-2029)
sources contains object.union(_cpeum, object.union(_week_2026, {
	"requirement": "working_hours.regular_weekly_max",
	"value": step.value,
	"effective_from": step.from,
	"effective_to": step.to,
})) if some step in _phase

# METADATA
# title: Maximum regular hours per week (40 from 2030)
sources contains object.union(_cpeum, object.union(_week_2026, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 40,
	"effective_from": "2030-01-01",
}))

# METADATA
# title: Minimum overtime pay rate
sources contains object.union(_lft, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 200,
	"article": "Arts. 67, 68; Const. Art. 123 A (XI)",
	"notes": [
		"Overtime is paid at 100 % more than ordinary hours (200 % of base); hours beyond the weekly overtime limit (9 under LFT Art. 68, 12 under the 2026 constitutional reform) at 200 % more (300 % of base).",
		"Overtime is not voluntary up to the weekly limit: workers may refuse only hours beyond it (Art. 68).",
	],
})

# METADATA
# title: Minimum weekly rest
sources contains object.union(_lft, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "Art. 69; Const. Art. 123 A (IV)",
	"notes": ["At least one day of rest with full pay for every six days of work (encoded as 24 hours), preferably Sunday; Sunday work attracts a premium of at least 25 % (Art. 71)."],
})

_leave_conditions := {
	"service_months_min": 12,
	"text": "Owed to workers with more than one year of service (Art. 76).",
}

# The LFT counts leave in the worker's working days (dias laborables); its
# standard week has six working days (one rest day per six days of work, Art. 69).
_six_day_week := "working days (dias laborables) on the six-day week of Art. 69"

# METADATA
# title: Minimum annual paid leave (until 2022)
sources contains object.union(_lft, {
	"requirement": "leave.annual_paid_min_days",
	"value": 5,
	"statute": {
		"value": 6,
		"unit": _six_day_week,
		"conversion": "x 5/6 = 5 working days on a five-day week (one week of leave)",
	},
	"article": "Art. 76",
	"effective_to": "2023-01-01",
	"conditions": _leave_conditions,
	"notes": ["6 working days after more than one year of service, rising by 2 days a year to 12, then by 2 days every 5 years. A worker on a five-day week was owed 6 of his own working days."],
})

# METADATA
# title: Minimum annual paid leave (from 2023)
sources contains object.union(_lft, {
	"requirement": "leave.annual_paid_min_days",
	"value": 10,
	"statute": {
		"value": 12,
		"unit": _six_day_week,
		"conversion": "x 5/6 = 10 working days on a five-day week (two weeks of leave)",
	},
	"article": "Arts. 76, 78 (reform DOF 27 Dec 2022)",
	"effective_from": "2023-01-01",
	"conditions": _leave_conditions,
	"notes": [
		"12 working days (dias laborables) after more than one year of service, rising by 2 days a year to 20 in year 5, then by 2 days every 5 years; 12 days must be continuous unless the worker chooses otherwise. A worker on a five-day week is owed 12 of his own working days, more than the converted value.",
		"Vacation premium of at least 25 % of wages for the vacation period (Art. 80).",
	],
})

# METADATA
# title: Minimum maternity leave
sources contains object.union(_lft, {
	"requirement": "maternity.leave_min_weeks",
	"value": 12,
	"article": "Art. 170 (II)",
	"notes": [
		"6 weeks before and 6 weeks after childbirth; up to 4 of the prenatal weeks may be transferred to after the birth; up to 8 weeks after birth for a child with a disability or needing hospital care.",
		"Below the 14 weeks of ILO C183, which Mexico has not ratified.",
	],
})

# METADATA
# title: Minimum maternity cash benefit
sources contains object.union(_lft, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"article": "Art. 170 (V)",
	"notes": ["Full wage during the pre- and post-natal rest periods; for insured workers the Mexican Social Security Institute (IMSS) pays 100 % of the last registered daily base wage (Ley del Seguro Social Art. 101)."],
})

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_lft, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "Arts. 90-97; Const. Art. 123 A (VI)",
	"notes": ["Set annually by CONASAMI: from 1 January 2026 MXN 315.04 a day (general) and MXN 440.87 a day in the Northern Border Free Zone."],
})

# METADATA
# title: Prohibited grounds of discrimination (LFT Art. 3)
sources contains object.union(_lft, {
	"requirement": "non_discrimination.grounds",
	"value": [
		"ethnic_origin", "national_extraction", "sex", "age", "disability", "social_status",
		"health_status", "religion", "migration_status", "political_opinion", "sexual_orientation",
		"marital_status",
	],
	"article": "Art. 3, second paragraph",
	# Wording introduced by the reform published in the DOF on 30 November 2012, in force 1 December 2012.
	"effective_from": "2012-12-01",
	"notes": [
		"No conditions may discriminate between workers by ethnic or national origin, gender, age, disability, social condition, health conditions, religion, migration status, opinions, sexual preferences, civil status or any other ground harming human dignity.",
		"Mapping: origen étnico o nacional -> ethnic_origin and national_extraction; género -> sex; condición social -> social_status; condiciones de salud -> health_status; condición migratoria -> migration_status; opiniones -> political_opinion; preferencias sexuales -> sexual_orientation; estado civil -> marital_status.",
		"Date of the 2012 reform from secondary knowledge, not checked.",
	],
})

# METADATA
# title: Prohibited grounds of discrimination (LFT Art. 56)
sources contains object.union(_lft, {
	"requirement": "non_discrimination.grounds",
	"value": ["sex", "pregnancy", "family_status"],
	"article": "Art. 56",
	"effective_from": "2012-12-01",
	"notes": ["Working conditions may not differ by, among others, sex, pregnancy (condiciones de embarazo) or family responsibilities (-> family_status); Art. 133 (XIV)-(XV) bar pregnancy certificates and dismissal for pregnancy."],
})

# METADATA
# title: Right to organise
sources contains object.union(_cpeum, {
	"requirement": "freedom_of_association.right_to_organise",
	"value": true,
	"article": "Art. 123 A (XVI)",
	"effective_from": "1917-05-01",
	"notes": [
		"Workers and employers have the right to combine in defence of their interests by forming unions and professional associations; LFT Art. 357: unions may be formed without prior authorisation.",
		"2019 reform (DOF 1 May 2019): free, personal, direct and secret votes on union leadership and on collective agreements, labour courts and the Federal Centre for Conciliation and Labour Registration; employer 'protection contracts' remain a concern (USMCA Rapid Response Mechanism cases).",
	],
})

# METADATA
# title: Right to collective bargaining
sources contains object.union(_lft, {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"article": "Arts. 386, 387",
	"notes": ["An employer of union members must conclude a collective agreement with the union when it asks; since the 2019 reform agreements need majority approval by personal, free, direct and secret vote."],
})

# METADATA
# title: Worker participation in health and safety
sources contains object.union(_lft, {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"article": "Art. 509",
	"notes": ["Every enterprise or establishment must organise joint safety and hygiene commissions with equal numbers of workers' and employer's representatives."],
})

# METADATA
# title: Workplace violence and harassment protocol
sources contains object.union(_lft, {
	"requirement": "harassment.policy",
	"value": true,
	"article": "Art. 132 (XXXI)",
	# Added by the reform published in the DOF on 1 May 2019, in force the next day.
	"effective_from": "2019-05-02",
	"notes": [
		"The employer must implement, in agreement with the workers, a protocol to prevent gender discrimination and deal with cases of violence and sexual harassment, and to eradicate forced and child labour.",
		"Date of entry into force of the 2019 reform from secondary knowledge, not checked. NOM-035-STPS-2018 adds a policy on psychosocial risks and workplace violence.",
	],
})

# METADATA
# title: Minimum age for night work (Constitution)
sources contains object.union(_cpeum, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 16,
	"article": "Art. 123 A (II)",
	"effective_from": "1917-05-01",
	"notes": ["Unhealthy or dangerous work, industrial night work and all other work after ten at night are prohibited for persons under sixteen. The 1917 text already barred industrial night work below 16 (and commercial work after ten at night); the present wording dates from a later reform whose date was not checked."],
})

# METADATA
# title: Minimum age for night work (LFT)
sources contains object.union(_lft, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"article": "Arts. 175, 176",
	"effective_from": "2015-06-13",
	"notes": ["Under-18s may not work in non-industrial establishments after ten at night (Art. 175), and industrial night work is among the dangerous or unhealthy work barred to them (Art. 176), as amended by the reform published in the DOF on 12 June 2015."],
})

# METADATA
# title: No recruitment fees (employer)
sources contains object.union(_lft, {
	"requirement": "forced_labour.no_recruitment_fees",
	"value": true,
	"article": "Art. 133 (III)",
	"notes": [
		"Employers and their representatives may not demand or accept money from workers as a gratuity for being hired or for any other reason relating to the conditions of work.",
		"Private placement agencies may not charge job seekers any fee (Reglamento de Agencias de Colocacion de Trabajadores Art. 10, as amended 2018; not checked against its text).",
	],
})

# METADATA
# title: No retention of identity documents (not encoded)
sources contains object.union(_lft, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"entry": "not_encoded",
	"article": "Art. 133",
	"reason": "No LFT provision barring employers from holding workers' identity documents was found; the placement-agency regulation (Reglamento de Agencias de Colocacion Art. 10 (II bis)) reportedly bars agencies from keeping them, but was not checked.",
	"verification": "unverified",
})

# METADATA
# title: Maximum overtime per day and per week
sources contains object.union(_lft, {
	"requirement": requirement,
	"value": value,
	"article": "Art. 66; Const. Art. 123 A (XI)",
	"notes": [
		note,
		"Overtime only for extraordinary circumstances (Art. 66); hours beyond 9 a week oblige the employer to pay 200 % more, without prejudice to sanctions (Art. 68). Under-18s may not work overtime (Art. 178).",
		"The constitutional reform published in the DOF on 3 March 2026 allows up to 12 hours of overtime a week, at most 4 hours a day on at most 4 days, paid at +100 %, and +200 % beyond; the LFT has still to be amended and reports differ on when the new limits start (the reform itself or 1 January 2027). Until the LFT is amended its stricter limits stand.",
	],
}) if {
	some [requirement, value, note] in [
		["working_hours.overtime_daily_max", 3, "The working day may be extended for extraordinary circumstances by never more than three hours a day (Art. 66)."],
		["working_hours.overtime_weekly_max", 9, "Derived: at most three hours a day and at most three times a week (Art. 66) = 9 hours a week, the figure of Art. 68."],
	]
}

# METADATA
# title: Overtime per month and per year, total hours (no separate limit)
sources contains object.union(_lft, {
	"requirement": requirement,
	"entry": "absence",
	"article": "Arts. 61, 66",
	"notes": [
		"The LFT caps the working day (Art. 61: 8 hours by day, 7 by night, 7.5 mixed) and overtime (Art. 66: 3 hours a day, 3 times a week); it sets no monthly or yearly overtime limit and no separate cap on total hours (day shift: 8 + 3 = 11 hours a day, 48 + 9 = 57 a week follow from the two).",
	],
}) if some requirement in {
	"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
	"working_hours.total_daily_max", "working_hours.total_weekly_max",
}

# METADATA
# title: Weekly overtime pay threshold (not encoded)
sources contains object.union(_lft, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"entry": "not_encoded",
	"article": "Arts. 61, 66, 67",
	"reason": "Overtime is counted beyond the daily maximum of the working day (Arts. 61, 66, 67), not beyond a weekly figure; the weekly maximum of Const. Art. 123 A (IV) is a limit on hours, encoded as regular_weekly_max.",
	"verification": "secondary",
})

# METADATA
# title: Overtime is not voluntary within the legal limits
sources contains object.union(_lft, {
	"requirement": "working_hours.overtime_voluntary",
	"entry": "restriction",
	"value": false,
	"article": "Art. 68",
	"notes": ["Workers are not obliged to work longer than the time this chapter permits (Art. 68): they may refuse overtime beyond the limits of Art. 66 (3 hours a day, 3 times a week), but not, on the usual reading of Art. 68, extraordinary hours within them."],
})

# METADATA
# title: No pregnancy testing
sources contains object.union(_lft, {
	"requirement": "maternity.no_pregnancy_testing",
	"value": true,
	"article": "Art. 133 (XIV)",
	# Added by the reform published in the DOF on 30 November 2012, in force the next day.
	"effective_from": "2012-12-01",
	"notes": ["Employers may not demand certificates that a woman is not pregnant for hiring, continued employment or promotion (Art. 133 (XIV)), nor dismiss or pressure a woman to resign for being pregnant (Art. 133 (XV))."],
})

# METADATA
# title: Compulsory leave after childbirth
sources contains object.union(_lft, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"value": 6,
	"article": "Art. 170 (II); Const. Art. 123 A (V)",
	"notes": ["Six weeks of rest after childbirth with full wage (Art. 170 (II), (V)); the Constitution says women 'gozaran forzosamente' (shall compulsorily have) the rest of six weeks before and six weeks after the birth, and the Supreme Court reads it as an obligatory rest. Up to four prenatal weeks may be moved to after the birth, lengthening it."],
})

# METADATA
# title: Living wage (not encoded)
sources contains object.union(_cpeum, {
	"requirement": "wages.living_wage",
	"entry": "not_encoded",
	"article": "Art. 123 A (VI); LFT Art. 90",
	"effective_from": "1917-05-01",
	"reason": "The Constitution requires general minimum wages to suffice for the normal material, social and cultural needs of a head of family and the schooling of the children; whether paying that minimum amounts to a living wage is a judgement hrdd does not make.",
})

# METADATA
# title: Wages paid regularly
sources contains object.union(_lft, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "Art. 88",
	"notes": ["Wages are paid at intervals of at most one week for manual work and fifteen days for other workers (Art. 88), on a working day at the workplace (Arts. 108, 109)."],
})

# METADATA
# title: Deductions only as the LFT allows
sources contains object.union(_lft, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "Art. 110",
	"notes": ["Deductions from wages are prohibited except for debts to the employer (at most 30 % of the excess over the minimum wage), housing rent, INFONAVIT loans, cooperative and savings contributions the worker freely accepts, court-ordered maintenance and other listed cases (Art. 110); the minimum wage is exempt from deductions (Const. Art. 123 A (VIII))."],
})

# METADATA
# title: No disciplinary deductions
sources contains object.union(_lft, {
	"requirement": "wages.no_disciplinary_deductions",
	"value": true,
	"article": "Art. 107; Const. Art. 123 A (XXVII)(f)",
	"notes": ["Fines may not be imposed on workers for any cause or under any name (Art. 107); contract terms allowing wages to be withheld as a fine are void (Const. Art. 123 A (XXVII)(f))."],
})

# METADATA
# title: No deductions for obtaining employment
sources contains object.union(_lft, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"value": true,
	"article": "Art. 133 (III)",
	"notes": ["Employers may not demand or accept money from workers as a gratuity for being hired or for any other reason relating to the conditions of work."],
})

# METADATA
# title: Equal pay only for equal work
sources contains object.union(_lft, {
	"requirement": "equal_pay.equal_value",
	"entry": "restriction",
	"value": false,
	"article": "Art. 86; Const. Art. 123 A (VII)",
	"notes": ["Equal work, performed in an equal post, working day and conditions of efficiency, must receive equal pay (Art. 86; Constitution: 'para trabajo igual debe corresponder salario igual, sin tener en cuenta sexo ni nacionalidad'): narrower than equal pay for work of equal value (ILO C100, which Mexico ratified). Art. 56 requires equal working conditions for equal work."],
})

# METADATA
# title: Right to remove oneself from danger and free protective equipment (not encoded)
sources contains object.union(_lft, {
	"requirement": requirement,
	"entry": "not_encoded",
	"article": article,
	"reason": reason,
	"verification": "unverified",
}) if {
	some [requirement, article, reason] in [
		[
			"health_safety.right_to_remove_from_danger",
			"Arts. 132, 134; Reglamento Federal de Seguridad y Salud en el Trabajo",
			"A right of workers to remove themselves from serious danger was not found in the LFT; the Federal Regulation on Safety and Health at Work and the NOMs were not checked.",
		],
		[
			"health_safety.free_protective_equipment",
			"Art. 132; NOM-017-STPS-2008",
			"The employer must supply the tools and materials for the work (Art. 132 (III)); the duty to provide personal protective equipment free of charge (NOM-017-STPS-2008) was not checked against its text.",
		],
	]
}

_normlex := "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:11200:0::NO::P11200_COUNTRY_ID:102764"

_c98 := "https://www.ilo.org/global/standards/subjects-covered-by-international-labour-standards/collective-bargaining/WCMS_651082/lang--en/index.htm"

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: |
#   All eight original fundamental conventions by November 2018 (ILO news on the C98
#   deposit of 23 November 2018), C138 deposited 10 June 2015 with a minimum age of 15
#   (ILO; CEACR), P29 deposited 11 June 2023, C155 in 1984; C187 not ratified (still the
#   only missing fundamental convention per STPS/ILO dialogue; not ratified as of 2024).
#   C182: ratified in 2000 (SRE); the exact date was not verified and is not encoded.
ratifications := {
	"C29": {"status": "ratified", "verification": "secondary", "url": _c98},
	"P29": {
		"status": "ratified", "date": "2023-06-11", "verification": "secondary",
		"url": "https://edomexaldia.com/el-estado-mexicano-realiza-el-deposito-del-protocolo-de-2014-relativo-al-convenio-sobre-el-trabajo-forzoso",
		"notes": ["Instrument deposited in Geneva on 11 June 2023 (statement of the ILO Office for Mexico and Cuba); in force for Mexico from 11 June 2024 (promulgation decree, DOF 6 May 2024)."],
	},
	"C87": {"status": "ratified", "verification": "secondary", "url": _c98},
	"C98": {"status": "ratified", "date": "2018-11-23", "verification": "primary", "url": _c98},
	"C100": {"status": "ratified", "verification": "secondary", "url": _c98},
	"C105": {"status": "ratified", "verification": "secondary", "url": _c98},
	"C111": {"status": "ratified", "verification": "secondary", "url": _c98},
	"C138": {
		"status": "ratified", "date": "2015-06-10", "declared_minimum_age": 15, "verification": "primary",
		"url": "http://ilo.ch/dyn/normlex/de/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4349314%2C102764%3ANO",
		"notes": [
			"Minimum age of 15: the CEACR (2023) recalls that under Art. 2(1) no child under the minimum age (15 years) may be admitted to employment in Mexico.",
			"Instrument deposited with the ILO Director-General on 10 June 2015 (ILO news, http://www.ilo.org/americas/sala-de-prensa/WCMS_374843/lang--es/index.htm).",
		],
	},
	"C182": {
		"status": "ratified", "verification": "secondary",
		"url": "https://www.gob.mx/sre/en/articulos/mexico-reaffirms-its-commitment-to-the-eradication-of-child-labor-111741?idiom=en",
		"notes": ["Unverified: the exact ratification date. The Foreign Ministry states that Mexico has been a party since 2000."],
	},
	"C155": {"status": "ratified", "verification": "secondary", "url": _normlex},
	"C187": {"status": "not_ratified", "verification": "secondary", "url": _normlex},
}
