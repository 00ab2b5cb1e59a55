# METADATA
# title: Thailand national rule pack
# description: |
#   Labour Protection Act B.E. 2541 (1998) as amended (No. 2 and 3 B.E. 2551 (2008),
#   No. 7 B.E. 2562 (2019)) and its Ministerial Regulation No. 3 on overtime, the Labour
#   Relations Act B.E. 2518 (1975), the Occupational Safety, Health and Environment Act
#   B.E. 2554 (2011), the Royal Ordinance on Managing the Employment of Foreign Workers
#   B.E. 2560 (2017) as amended in 2018, and the ILO ratifications. The Labour Protection
#   Act does not apply to the civil service and state enterprises (s. 4), and ministerial
#   regulations limit its application to agriculture, home work, domestic work and sea fishing.
#
#   New values point to the Office of the Council of State (krisdika.go.th), which publishes
#   the Acts; hrdd checked them against translations and law-firm summaries, so their
#   verification is "secondary".
package hrdd.national.th

# METADATA
# title: Country name
name := "Thailand"

_krisdika := "https://www.krisdika.go.th/"

_lpa := {
	"instrument": "Labour Protection Act B.E. 2541 (1998), as amended",
	"binding": "law",
	"url": "https://library.siam-legal.com/thai-law/labor-protection-act-young-workers-sections-44-52/",
	# Published in the Government Gazette on 20 February 1998 and in force 180 days later.
	"effective_from": "1998-08-19",
}

# Ministerial Regulation No. 3 (B.E. 2541) under s. 26 of the Act, dated 19 August 1998.
_mr3 := {
	"instrument": "Labour Protection Act B.E. 2541 (1998) and Ministerial Regulation No. 3 (B.E. 2541)",
	"binding": "law",
	"url": "http://www.ilo.org/dyn/travail/travmain.sectionReport1?p_lang=en&p_countries=TH&p_sc_id=1001&p_year=2011&p_structure=2",
	"effective_from": "1998-08-19",
	"verification": "secondary",
}

_lra := {
	"instrument": "Labour Relations Act B.E. 2518 (1975)",
	"binding": "law",
	"url": _krisdika,
	# Given on 14 February 1975, in force 30 days after publication in the Government
	# Gazette; the publication date was not checked, so 1 January 1976 is a lower bound.
	"effective_from": "1976-01-01",
	"verification": "secondary",
}

_ro := {
	"instrument": "Royal Ordinance on Managing the Employment of Foreign Workers B.E. 2560 (2017), as amended by Royal Ordinance (No. 2) B.E. 2561 (2018)",
	"binding": "law",
	"url": _krisdika,
	# Gazetted on 22 June 2017, in force on 23 June 2017.
	"effective_from": "2017-06-23",
	"verification": "secondary",
}

_osh := {
	"instrument": "Occupational Safety, Health and Environment Act B.E. 2554 (2011)",
	"binding": "law",
	"url": _krisdika,
	# Published in the Government Gazette on 17 January 2011, in force 180 days later.
	"effective_from": "2011-07-16",
	"verification": "secondary",
}

# The Labour Protection Act (No. 7) B.E. 2562 was published on 5 April 2019 and took effect on 5 May 2019.
_no7_from := "2019-05-05"

_six_day_week := "s. 23 allows up to 48 normal hours a week, i.e. a 6-day week of 8 hours."

# METADATA
# title: Minimum age for employment
sources contains object.union(_lpa, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "s. 44",
	"verification": "secondary",
	"notes": ["Employers must notify a labour inspector of young workers under 18 and may not require them to work at night, overtime or on holidays (ss. 45-48). 15 is the age Thailand declared under C138."],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_lpa, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "ss. 49, 50",
	"verification": "secondary",
	"notes": ["Young workers under 18 may not do the hazardous work listed in s. 49 (metal casting, hazardous chemicals, toxic micro-organisms, radiation, forklifts and cranes, power saws, underground and underwater work, scaffolding above 10 metres, etc.) nor work in the places listed in s. 50 (slaughterhouses, gambling places, entertainment venues, etc.)."],
})

# METADATA
# title: Minimum age for night work
sources contains object.union(_lpa, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"article": "s. 47",
	"verification": "secondary",
	"notes": ["An employer may not require a young worker under 18 to work between 22:00 and 06:00; nor overtime or holiday work (s. 48)."],
	"exceptions": [
		{
			"article": "s. 47, first paragraph",
			"text": "Night work with written permission of the Director-General of the Department of Labour Protection and Welfare or a person entrusted by him.",
		},
		{
			"article": "s. 47, second paragraph",
			"text": "Young performers in film, theatre or similar shows may work at night with proper rest periods.",
		},
	],
})

# METADATA
# title: Recruitment fees (not encoded)
sources contains object.union(_ro, {
	"requirement": "forced_labour.no_recruitment_fees",
	"entry": "not_encoded",
	"article": "provisions on recruitment fees (sections not checked)",
	"verification": "unverified",
	"reason": "The ILO reports that the 2017 Royal Ordinance, as amended in March 2018, bars charging recruitment fees to migrant workers, leaving the definition of fees to secondary legislation; hrdd did not see the sections or that legislation. Thai job-seekers placed by licensed agencies under the Employment and Job-Seekers Protection Act B.E. 2528 may be charged fees, which hrdd did not check either.",
})

# METADATA
# title: No retention of identity documents (foreign workers)
sources contains object.union(_ro, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"value": true,
	"article": "s. 131",
	"notes": [
		"Anyone who keeps a foreign worker's work permit or identity documents is liable to up to 6 months' imprisonment or a fine of up to 100,000 baht, or both. The section protects foreign (migrant) workers.",
		"No statutory ban for Thai workers was checked; the Department of Labour Protection and Welfare reads the ban on demanding security from employees (Labour Protection Act s. 10) as covering the retention of their documents.",
	],
})

# METADATA
# title: Workers free to resign
sources contains object.union(_lpa, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "s. 17",
	"url": _krisdika,
	"verification": "secondary",
	"notes": ["A contract of no fixed period ends on written notice by either party given at or before a wage payment date, to take effect on the next one; no more than three months' notice is required. A fixed-term contract ends when its term expires."],
})

# METADATA
# title: Regular daily hours
sources contains object.union(_lpa, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "s. 23",
	"url": "https://benoit-partners.com/thailand-working-hours",
	"verification": "secondary",
	"notes": ["Hours may be arranged differently by agreement within 48 hours a week; work harmful to health or safety is limited to 7 hours a day and 42 a week."],
})

# METADATA
# title: Regular weekly hours
sources contains object.union(_lpa, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"article": "s. 23",
	"url": "https://benoit-partners.com/thailand-working-hours",
	"verification": "secondary",
	"notes": ["A limit on normal hours (\"shall not exceed\"); work beyond it is overtime, lawful only with consent and within 36 hours a week (ss. 24, 26). 42 hours a week for work harmful to health or safety."],
})

# METADATA
# title: Weekly hours after which overtime pay is due
sources contains object.union(_lpa, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"value": 48,
	"article": "ss. 23, 61",
	"url": _krisdika,
	"verification": "secondary",
	"notes": ["Overtime pay of at least 1.5 times the hourly wage is due for work beyond the normal working hours (s. 61), which may not exceed 48 a week (s. 23)."],
})

# METADATA
# title: Overtime is voluntary
sources contains object.union(_lpa, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "s. 24",
	"url": "https://www.mazars.co.th/Home/Insights/Doing-Business-in-Thailand/Legal/Overtime-hours",
	"verification": "secondary",
	"notes": ["The employer must obtain the employee's prior consent each time. Overtime and holiday work together are capped at 36 hours a week (Ministerial Regulation No. 3 B.E. 2541), encoded as working_hours.overtime_weekly_max."],
	"exceptions": [{
		"article": "s. 24, second paragraph",
		"text": "Consent is not needed where the work is continuous and stopping it would cause damage, for emergency work, or for work prescribed by ministerial regulation.",
	}],
})

# METADATA
# title: Maximum overtime per week
sources contains object.union(_mr3, {
	"requirement": "working_hours.overtime_weekly_max",
	"value": 36,
	"article": "Act s. 26; Ministerial Regulation No. 3",
	"notes": ["Overtime on working days, holiday work and overtime on holidays together may not exceed 36 hours a week; agreements beyond it are void and the employer is criminally liable whatever the employee's consent (s. 144)."],
})

# METADATA
# title: Maximum overtime per day (none)
sources contains object.union(_mr3, {
	"requirement": "working_hours.overtime_daily_max",
	"entry": "absence",
	"article": "Act s. 26; Ministerial Regulation No. 3",
	"notes": ["The overtime cap is weekly (36 hours); no daily, monthly or yearly cap."],
})

# METADATA
# title: Maximum overtime per month (none)
sources contains object.union(_mr3, {
	"requirement": "working_hours.overtime_monthly_max",
	"entry": "absence",
	"article": "Act s. 26; Ministerial Regulation No. 3",
	"notes": ["The overtime cap is weekly (36 hours); no monthly cap."],
})

# METADATA
# title: Maximum overtime per year (none)
sources contains object.union(_mr3, {
	"requirement": "working_hours.overtime_yearly_max",
	"entry": "absence",
	"article": "Act s. 26; Ministerial Regulation No. 3",
	"notes": ["The overtime cap is weekly (36 hours); no yearly cap."],
})

# METADATA
# title: Maximum total hours per day (none)
sources contains object.union(_mr3, {
	"requirement": "working_hours.total_daily_max",
	"entry": "absence",
	"article": "Act ss. 23, 26; Ministerial Regulation No. 3",
	"notes": ["Normal hours are capped at 8 a day (s. 23) and overtime only per week; no cap on normal plus overtime hours in a day."],
})

# METADATA
# title: Maximum total hours per week (none)
sources contains object.union(_mr3, {
	"requirement": "working_hours.total_weekly_max",
	"entry": "absence",
	"article": "Act ss. 23, 26; Ministerial Regulation No. 3",
	"notes": ["No total figure: normal hours are capped at 48 a week (s. 23) and overtime plus holiday work at 36 (Ministerial Regulation No. 3); normal-hours work on a holiday is not counted in either."],
})

# METADATA
# title: Overtime premium
sources contains object.union(_lpa, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 150,
	"article": "s. 61",
	"url": "https://th4.ilovetranslation.com/SZygCi7b0kw=d",
	"verification": "secondary",
	"notes": ["At least 1.5 times the hourly wage on working days; holiday overtime at least 3 times (s. 63)."],
})

# METADATA
# title: Weekly rest
sources contains object.union(_lpa, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "s. 28",
	"url": "https://th4.ilovetranslation.com/9vQRGiyFr4b=d",
	"verification": "secondary",
	"notes": ["At least one day a week (encoded as 24 hours), with no more than 6 days between weekly holidays; in hotels, transport, forestry and remote work the weekly holidays may be accumulated within 4 consecutive weeks by agreement."],
})

# METADATA
# title: Annual paid leave
sources contains object.union(_lpa, {
	"requirement": "leave.annual_paid_min_days",
	"value": 5,
	"article": "s. 30",
	"url": "https://th4.ilovetranslation.com/9vQRGiyFr4b=d",
	"verification": "secondary",
	"statute": {
		"value": 6,
		"unit": "working days on a 6-day week",
		"conversion": "the Act allows a 6-day, 48-hour week (s. 23), on which 6 working days are one week = 5 working days of a 5-day week (x 5/6); on a 5-day week the entitlement is 6 days",
	},
	"conditions": {
		"service_months_min": 12,
		"text": "After one year's uninterrupted service; the employer may grant leave in proportion to shorter service.",
	},
})

# METADATA
# title: Maternity leave (1998 text)
sources contains object.union(_lpa, {
	"requirement": "maternity.leave_min_weeks",
	"value": 12.85,
	"article": "s. 41 (1998 text)",
	"url": "https://msnagroup.com/tag/working-hours-in-thailand/",
	"effective_to": _no7_from,
	"verification": "secondary",
	"statute": {"value": 90, "unit": "calendar days", "conversion": "90 / 7 = 12.86 weeks, rounded down to 12.85"},
	"notes": ["90 days including holidays; replaced by 98 days from 5 May 2019."],
})

# METADATA
# title: Maternity leave (as amended 2019)
sources contains object.union(_lpa, {
	"requirement": "maternity.leave_min_weeks",
	"value": 14,
	"article": "s. 41 as amended by the Labour Protection Act (No. 7) B.E. 2562",
	"url": "https://www.lawplusltd.com/2019/04/amendment-thai-labour-protection-law/",
	"effective_from": _no7_from,
	"verification": "secondary",
	"statute": {"value": 98, "unit": "calendar days", "conversion": "98 / 7 = 14 weeks"},
	"notes": ["98 days per pregnancy, including prenatal examinations and holidays falling in the period."],
})

# METADATA
# title: Maternity cash benefit (not encoded)
sources contains object.union(_lpa, {
	"requirement": "maternity.cash_benefit_min_percent",
	"entry": "not_encoded",
	"article": "s. 59",
	"url": _krisdika,
	"verification": "unverified",
	"reason": "The employer pays wages for up to 45 days of the leave (s. 59) and the Social Security Fund pays a maternity allowance to insured women; the two do not reduce to one statutory share of earnings, and the Social Security Act rate was not checked.",
})

# METADATA
# title: Compulsory leave after childbirth (not encoded)
sources contains object.union(_lpa, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"entry": "not_encoded",
	"article": "s. 41",
	"url": _krisdika,
	"verification": "unverified",
	"reason": "s. 41 grants 98 days of leave; hrdd found no rule making part of it compulsory after the birth but did not verify that none exists.",
})

# METADATA
# title: Pregnancy testing (not encoded)
sources contains object.union(_lpa, {
	"requirement": "maternity.no_pregnancy_testing",
	"entry": "not_encoded",
	"article": "ss. 15, 43",
	"url": _krisdika,
	"verification": "unverified",
	"reason": "The Act requires equal treatment of men and women (s. 15) and bars dismissal for pregnancy (s. 43); no provision on pregnancy tests of job applicants was found, and the Gender Equality Act B.E. 2558 was not checked.",
})

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_lpa, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "s. 90",
	"url": "https://library.siam-legal.com/thai-law/labor-protection-act-wage-committee-sections-83-91/",
	"verification": "secondary",
	"notes": ["Minimum wage rates are fixed by the tripartite Wage Committee (ss. 78-79) and vary by province."],
})

# METADATA
# title: Living wage (none)
sources contains object.union(_lpa, {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"article": "ss. 78-91",
	"url": _krisdika,
	"verification": "secondary",
	"notes": ["The Act requires only the minimum wage fixed by the Wage Committee (s. 90); no living-wage requirement."],
})

# METADATA
# title: Wages paid regularly
sources contains object.union(_lpa, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "s. 70",
	"url": "http://library.siam-legal.com/thai-law/labor-protection-act-wages-sections-66-77/",
	"verification": "secondary",
	"notes": ["Wages calculated by the month, day, hour, other period of up to a month or by the piece are paid at least once a month unless agreed otherwise in the employee's favour; overtime and holiday pay at least once a month. Late payment carries interest of 15 % a year (s. 9)."],
})

# METADATA
# title: Deductions only as prescribed
sources contains object.union(_lpa, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "s. 76",
	"url": "http://library.siam-legal.com/thai-law/labor-protection-act-wages-sections-66-77/",
	"verification": "secondary",
	"notes": ["Only income tax and other payments required by law; union dues; debts to savings cooperatives or for the employee's sole benefit, with prior consent; a deposit under s. 10 or compensation for damage caused wilfully or by gross negligence, with prior consent; provident fund contributions. Each of the last four at most 10 % and together at most one fifth of the money due, unless the employee consents."],
})

# METADATA
# title: No disciplinary deductions
sources contains object.union(_lpa, {
	"requirement": "wages.no_disciplinary_deductions",
	"value": true,
	"article": "s. 76",
	"url": "http://library.siam-legal.com/thai-law/labor-protection-act-wages-sections-66-77/",
	"verification": "secondary",
	"notes": ["Fines and penalties are not among the deductions s. 76 allows; deducting wages as a disciplinary measure is an offence (s. 144)."],
})

# METADATA
# title: No deductions for obtaining employment
sources contains object.union(_lpa, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"value": true,
	"article": "ss. 10, 76",
	"url": "http://library.siam-legal.com/thai-law/labor-protection-act-wages-sections-66-77/",
	"verification": "secondary",
	"notes": ["s. 76 allows no deduction for getting or keeping a job; an employer may not demand a security deposit except for work where the nature of the job allows it (s. 10)."],
	"exceptions": [{
		"article": "ss. 10, 76(4)",
		"text": "Where the nature of the work allows a security deposit, it may be deducted from wages with the employee's prior consent and must be returned when employment ends.",
	}],
})

# METADATA
# title: Prohibited grounds of discrimination
sources contains object.union(_lpa, {
	"requirement": "non_discrimination.grounds",
	"value": ["sex"],
	"article": "s. 15",
	"url": "https://info.muslimthaipost.com/article/11996",
	"verification": "secondary",
	"notes": [
		"The employer must treat male and female employees equally in employment unless the nature or conditions of the work do not permit. The Act names no other ground.",
		"Thailand ratified C111 in 2017; no statutory list implementing its other grounds was found.",
	],
})

# METADATA
# title: Equal pay (1998 text)
sources contains object.union(_lpa, {
	"requirement": "equal_pay.equal_value",
	"entry": "restriction",
	"value": false,
	"article": "s. 53 (1998 text)",
	"url": "https://library.siam-legal.com/thai-law/labor-protection-act-wages-sections-53-65",
	"effective_to": _no7_from,
	"verification": "secondary",
	"notes": ["Equal wages for men and women only for work of the same nature and quality and equal quantity, not for work of equal value."],
})

# METADATA
# title: Equal pay for work of equal value (as amended 2019)
sources contains object.union(_lpa, {
	"requirement": "equal_pay.equal_value",
	"value": true,
	"article": "s. 53 as amended by the Labour Protection Act (No. 7) B.E. 2562",
	"url": _krisdika,
	"effective_from": _no7_from,
	"verification": "secondary",
	"notes": ["Equal wages, overtime pay, holiday pay and holiday overtime pay for work of the same nature, quality and quantity or of equal value, whether the employee is male or female."],
})

# METADATA
# title: Right to organise
sources contains object.union(_lra, {
	"requirement": "freedom_of_association.right_to_organise",
	"entry": "restriction",
	"value": false,
	"article": "ss. 86, 88",
	"notes": [
		"A union needs at least ten promoters, who must be of Thai nationality and employees of the same employer or in the same type of work; the union must be registered (ss. 86, 88). Migrant workers may join a union but cannot found it, and union committee members must also be Thai (as reported; not checked against the text).",
		"The Act does not cover the civil service or state enterprises (s. 4). Thailand has ratified neither C87 nor C98.",
	],
})

# METADATA
# title: Collective bargaining
sources contains object.union(_lra, {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"article": "ss. 13, 15",
	"notes": ["Employees, or a registered union whose members are at least one fifth of the employees, may submit demands for setting or amending a working-conditions agreement, which the employer must acknowledge and negotiate within the statutory time limits. Section numbers as reported in secondary sources."],
})

# METADATA
# title: Right to remove oneself from serious danger (not encoded)
sources contains object.union(_osh, {
	"requirement": "health_safety.right_to_remove_from_danger",
	"entry": "not_encoded",
	"article": "the Act as a whole (no provision identified)",
	"verification": "unverified",
	"reason": "hrdd did not find the provision, if any, letting employees stop work or leave in serious danger.",
})

# METADATA
# title: Protective equipment provided by the employer
sources contains object.union(_osh, {
	"requirement": "health_safety.free_protective_equipment",
	"value": true,
	"article": "s. 22",
	"notes": ["The employer must provide and ensure that employees wear personal protective equipment meeting the standards set by the Director-General; employees must wear and maintain it. Where PPE is required the employer bears its cost and may not recover or deduct it from employees (law-firm reading)."],
})

# METADATA
# title: Worker participation in safety and health (not encoded)
sources contains object.union(_osh, {
	"requirement": "health_safety.worker_participation",
	"entry": "not_encoded",
	"article": "ministerial regulations on OSH administration",
	"verification": "unverified",
	"reason": "The Ministerial Regulation on the administration and management of occupational safety, health and environment B.E. 2549 (2006) is reported to require a bipartite safety committee in workplaces of 50 or more employees; its clause, its entry into force and whether a later regulation under the 2011 Act replaced it were not checked.",
})

# METADATA
# title: Workplace harassment policy (none)
sources contains object.union(_lpa, {
	"requirement": "harassment.policy",
	"entry": "absence",
	"article": "ss. 16, 108",
	"url": "http://library.siam-legal.com/thai-law/labor-protection-act-supervision-sections-108-115/",
	"verification": "secondary",
	"notes": ["Sexual harassment of employees is prohibited (s. 16), but the work rules employers of ten or more must issue (s. 108) need not cover harassment, and no other provision requires a policy."],
})

_normlex_th := "https://www.ilo.org/dyn/normlex/en/f?p=1000:11200:0::NO:11200:P11200_COUNTRY_ID:102843"

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: |
#   Dates from the NORMLEX ratification page for Thailand; C187 from the Ministry of
#   Foreign Affairs (instrument deposited on 23 March 2016). C155 was still unratified
#   when the CEACR reported in 2019 (the Government aimed at ratification by 2026).
ratifications := {
	"C29": {"status": "ratified", "date": "1969-02-26", "verification": "primary", "url": _normlex_th},
	"P29": {"status": "ratified", "date": "2018-06-04", "verification": "primary", "url": _normlex_th},
	"C87": {"status": "not_ratified", "verification": "primary", "url": _normlex_th},
	"C98": {"status": "not_ratified", "verification": "primary", "url": _normlex_th},
	"C100": {"status": "ratified", "date": "1999-02-08", "verification": "primary", "url": _normlex_th},
	"C105": {"status": "ratified", "date": "1969-12-02", "verification": "primary", "url": _normlex_th},
	"C111": {"status": "ratified", "date": "2017-06-13", "verification": "primary", "url": _normlex_th},
	"C138": {
		"status": "ratified",
		"date": "2004-05-11",
		"declared_minimum_age": 15,
		"verification": "primary",
		"url": _normlex_th,
	},
	"C182": {"status": "ratified", "date": "2001-02-16", "verification": "primary", "url": _normlex_th},
	"C155": {"status": "not_ratified", "verification": "secondary", "url": "http://ilo.org/dyn/normlex/en/f?p=NORMLEXPUB%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4015450%2C102843%3ANO"},
	"C187": {"status": "ratified", "date": "2016-03-23", "verification": "secondary", "url": "https://mfa.go.th/en/content/5d5bcfd715e39c306001beea?menu=5d5bd3dd15e39c306002ab1d&page=5f29237ab10cf72f1d4a6547"},
}
