# METADATA
# title: Thailand national rule pack
# description: |
#   Labour Protection Act B.E. 2541 (1998) as amended (No. 2 and 3 B.E. 2551 (2008),
#   No. 7 B.E. 2562 (2019)) and the ILO ratifications. The Act does not apply to the
#   civil service and state enterprises (s. 4), and ministerial regulations limit its
#   application to agriculture, home work, domestic work and sea fishing.
package hrdd.national.th

# METADATA
# title: Country name
name := "Thailand"

_lpa := {
	"instrument": "Labour Protection Act B.E. 2541 (1998), as amended",
	"binding": "law",
	"url": "https://library.siam-legal.com/thai-law/labor-protection-act-young-workers-sections-44-52/",
	# Published in the Government Gazette on 20 February 1998 and in force 180 days later.
	"effective_from": "1998-08-19",
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
	"notes": ["42 hours a week for work harmful to health or safety."],
})

# METADATA
# title: Overtime is voluntary
sources contains object.union(_lpa, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "s. 24",
	"url": "https://www.mazars.co.th/Home/Insights/Doing-Business-in-Thailand/Legal/Overtime-hours",
	"verification": "secondary",
	"notes": ["The employer must obtain the employee's prior consent each time. Overtime and holiday work together are capped at 36 hours a week (Ministerial Regulation No. 3 B.E. 2541)."],
	"exceptions": [{
		"article": "s. 24, second paragraph",
		"text": "Consent is not needed where the work is continuous and stopping it would cause damage, for emergency work, or for work prescribed by ministerial regulation.",
	}],
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
	"notes": [
		"At least 6 working days a year after one year's uninterrupted service.",
		"Converted: the Act allows a 6-day week (s. 23), so 6 working days guarantee at least one week = 5 working days of a 5-day week. On a 5-day week the entitlement is 6 days.",
	],
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
	"notes": ["90 days including holidays (12 6/7 weeks, encoded as 12.85); replaced by 98 days from 5 May 2019."],
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
	"notes": [
		"98 days per pregnancy, including prenatal examinations and holidays falling in the period.",
		"Not encoded: the cash benefit. The employer pays wages for up to 45 days of the leave (s. 59) and the Social Security Fund pays a maternity allowance for insured women, so no single statutory share of earnings applies.",
	],
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
