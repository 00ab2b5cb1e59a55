# METADATA
# title: India national rule pack
# description: |
#   Central law: Child and Adolescent Labour (Prohibition and Regulation) Act 1986 as
#   amended 2016; the four Labour Codes in force from 21 November 2025 (Code on Wages
#   2019, Industrial Relations Code 2020, Code on Social Security 2020, Occupational
#   Safety, Health and Working Conditions Code 2020), which replaced the Factories Act
#   1948, the Minimum Wages Act 1948 and the Maternity Benefit Act 1961 (the earlier
#   Minimum Wages Act and Maternity Benefit Act cash rule are not encoded); the Sexual
#   Harassment of Women at Workplace Act 2013; the Constitution; ILO ratifications.
#   State rules and State amendments are not encoded; Rules under the Codes were still
#   being notified after 21 November 2025.
package hrdd.national.in

# METADATA
# title: Country name
name := "India"

# The four Labour Codes took effect on 21 November 2025.
_codes_from := "2025-11-21"

_codes_note := "The Labour Codes took effect on 21 November 2025; Central and State Rules under them were still being notified, so practical operation is transitional."

_calpra := {
	"instrument": "Child and Adolescent Labour (Prohibition and Regulation) Act 1986, as amended by Act No. 35 of 2016",
	"binding": "law",
	"url": "https://responsiblebiz.org/amendment-of-child-labour-act-2016/",
	# The 2016 amendment came into force on 1 September 2016.
	"effective_from": "2016-09-01",
}

_factories := {
	"instrument": "Factories Act 1948 (Act No. 63 of 1948)",
	"binding": "law",
	"url": "http://www.dgfasli.nic.in/html/factyact/cvi54.htm",
	# s. 1(3): in force from 1 April 1949; repealed by the OSH Code.
	"effective_from": "1949-04-01",
	"effective_to": _codes_from,
	"notes": [_fa_note],
}

_fa_note := "Applied to factories only; replaced by the Occupational Safety, Health and Working Conditions Code 2020 on 21 November 2025."

_osh := {
	"instrument": "Occupational Safety, Health and Working Conditions Code 2020 (Act No. 37 of 2020)",
	"binding": "law",
	"url": "http://comply4hr.com/showsec.asp?seccode=OSC25",
	"effective_from": _codes_from,
	"notes": [_codes_note],
}

# METADATA
# title: Minimum age for employment
sources contains object.union(_calpra, {
	"requirement": "child_labour.minimum_age",
	"value": 14,
	"article": "s. 3",
	"verification": "secondary",
	"notes": ["14 is the age India declared under ILO C138 Art. 2(4) on ratifying in 2017. Before the 2016 amendment the Act banned child labour only in listed occupations and processes."],
	"exceptions": [
		{
			"article": "s. 3, proviso (a)",
			"text": "A child may help the family or a family enterprise in non-hazardous occupations after school hours or in vacations.",
		},
		{
			"article": "s. 3, proviso (b)",
			"text": "A child may work as an artist in the audio-visual entertainment industry (not circus), subject to conditions and safety measures.",
		},
	],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_calpra, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "s. 3A and Schedule",
	"verification": "secondary",
	"notes": ["Adolescents (14-17) may not work in the hazardous occupations and processes of the Schedule (mines, inflammable substances and explosives, hazardous processes)."],
})

# METADATA
# title: Regular daily hours (Factories Act)
sources contains object.union(_factories, {
	"requirement": "working_hours.regular_daily_max",
	"value": 9,
	"article": "s. 54",
	"verification": "primary",
})

# METADATA
# title: Regular weekly hours (Factories Act)
sources contains object.union(_factories, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"article": "s. 51",
	"url": "http://comply4hr.com/showsec.asp?seccode=FA51",
	"verification": "secondary",
})

# METADATA
# title: Overtime premium (Factories Act)
sources contains object.union(_factories, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 200,
	"article": "s. 59(1)",
	"url": "https://www.citehr.com/amp.php?t=650657",
	"verification": "secondary",
	"notes": [
		"Twice the ordinary rate of wages (basic wages plus allowances, excluding bonus) for work beyond 9 hours a day or 48 hours a week.",
		_fa_note,
	],
})

# METADATA
# title: Weekly rest (Factories Act)
sources contains object.union(_factories, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "s. 52",
	"url": "https://www.citehr.com/amp.php?t=623789",
	"verification": "secondary",
	"notes": [
		"A weekly holiday (the first day of the week or a substituted day), encoded as 24 hours.",
		_fa_note,
	],
})

# METADATA
# title: Regular daily hours (OSH Code)
sources contains object.union(_osh, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "s. 25(1)(a)",
	"verification": "secondary",
	"notes": [
		"Intervals and spread-over are set by the appropriate Government.",
		_codes_note,
	],
})

# METADATA
# title: Regular weekly hours (OSH Code)
sources contains object.union(_osh, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"article": "ss. 25(1)(a), 26(1)",
	"url": "https://indiashorts.com/labour-ministry-proposes-12-working-hours-osh-code-passed-in-parliament/3421/",
	"verification": "secondary",
	"notes": [
		"Derived: at most 8 hours a day (s. 25) on at most 6 days a week (s. 26).",
		_codes_note,
	],
})

# METADATA
# title: Overtime premium (OSH Code)
sources contains object.union(_osh, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 200,
	"article": "s. 27(1)",
	"url": "https://www.key4comply.com/blogposts/working-hours-overtime-leave-under-indias-osh-code-2020-a-complete-guide",
	"verification": "secondary",
	"notes": [
		"Twice the rate of wages for overtime, as under Factories Act s. 59. Overtime caps are set by the appropriate Government in Rules.",
		_codes_note,
	],
})

# METADATA
# title: Weekly rest (OSH Code)
sources contains object.union(_osh, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "s. 26",
	"url": "https://indiashorts.com/labour-ministry-proposes-12-working-hours-osh-code-passed-in-parliament/3421/",
	"verification": "secondary",
	"notes": [
		"No worker may work more than six days a week, so one day of rest (encoded as 24 hours).",
		_codes_note,
	],
})

# METADATA
# title: Maternity leave (Maternity Benefit Act)
sources contains {
	"requirement": "maternity.leave_min_weeks",
	"value": 26,
	"instrument": "Maternity Benefit Act 1961, as amended by the Maternity Benefit (Amendment) Act 2017",
	"article": "s. 5(3)",
	"url": "https://www.smartvidya.co.in/2018/07/section3mbaa.html",
	# The 2017 amendment (12 to 26 weeks) came into force on 1 April 2017.
	"effective_from": "2017-04-01",
	"effective_to": _codes_from,
	"binding": "law",
	"verification": "secondary",
	"notes": ["26 weeks, no more than 8 before delivery; 12 weeks for a woman with two or more surviving children; requires 80 days' work in the 12 months before delivery. Replaced by the Code on Social Security on 21 November 2025."],
}

_css := {
	"instrument": "Code on Social Security 2020 (Act No. 36 of 2020)",
	"binding": "law",
	"url": "https://actsofindia.in/section-details/?sectionid=54084",
	"effective_from": _codes_from,
}

# METADATA
# title: Maternity leave (Code on Social Security)
sources contains object.union(_css, {
	"requirement": "maternity.leave_min_weeks",
	"value": 26,
	"article": "s. 60(3)",
	"verification": "secondary",
	"notes": [
		"26 weeks, no more than 8 before the expected delivery; 12 weeks (6 before) for a woman with two or more surviving children; requires 80 days' actual work in the 12 months before the expected delivery (s. 60(2)).",
		_codes_note,
	],
})

# METADATA
# title: Maternity cash benefit (Code on Social Security)
sources contains object.union(_css, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"article": "s. 60(1)",
	"verification": "secondary",
	"notes": [
		"Paid by the employer at the rate of the average daily wage (average of the three calendar months before the absence, not below the minimum wage) for the period of actual absence.",
		"The identical rule of Maternity Benefit Act s. 5(1) before 21 November 2025 is not encoded because its commencement date could not be confirmed.",
		_codes_note,
	],
})

_wages := {
	"instrument": "Code on Wages 2019 (Act No. 29 of 2019)",
	"binding": "law",
	"url": "https://ksandk.com/labour-employment/all-four-labour-codes-enforced-from-21-november-2025",
	"effective_from": _codes_from,
}

# METADATA
# title: Statutory minimum wage paid (Code on Wages)
sources contains object.union(_wages, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "ss. 5, 9",
	"verification": "secondary",
	"notes": [
		"Minimum wages now cover all employees; rates are notified by the Central and State Governments above a national floor wage fixed by the Central Government (s. 9).",
		_codes_note,
	],
})

# METADATA
# title: Prohibited grounds of discrimination (Code on Wages)
sources contains object.union(_wages, {
	"requirement": "non_discrimination.grounds",
	"value": ["sex"],
	"article": "s. 3",
	"verification": "secondary",
	"notes": [
		"The Code bars discrimination on the ground of gender in wages for the same or similar work and in recruitment and conditions of employment; 'gender' is mapped to sex.",
		"Not encoded: constitutional equality rights (Arts. 14-16) bind the State, not private employers; the Rights of Persons with Disabilities Act 2016 and the Transgender Persons (Protection of Rights) Act 2019 have their own scope. There is no general ban on caste or religious discrimination by private employers.",
		_codes_note,
	],
})

# METADATA
# title: Right to organise
sources contains {
	"requirement": "freedom_of_association.right_to_organise",
	"value": true,
	"instrument": "Constitution of India",
	"article": "Art. 19(1)(c)",
	"url": "https://aishwaryasandeep.in/freedom-of-association",
	"effective_from": "1950-01-26",
	"binding": "law",
	"verification": "secondary",
	"notes": [
		"Fundamental right of citizens to form associations or unions ('or co-operative societies' added in 2011), subject to reasonable restrictions (Art. 19(4)); trade union registration under the Trade Unions Act 1926, now the Industrial Relations Code 2020.",
		"India has not ratified C87 or C98. From 21 November 2025 strikes in any industrial establishment need 14 days' notice (Industrial Relations Code s. 62).",
	],
}

# METADATA
# title: Workplace sexual harassment policy
sources contains {
	"requirement": "harassment.policy",
	"value": true,
	"instrument": "Sexual Harassment of Women at Workplace (Prevention, Prohibition and Redressal) Act 2013 (Act No. 14 of 2013)",
	"article": "ss. 4, 19",
	"url": "http://cohereconsultants.com/the-law.html",
	"effective_from": "2013-12-09",
	"binding": "law",
	"verification": "secondary",
	"notes": ["Every employer with 10 or more employees must constitute an Internal Committee (s. 4); all employers must provide a safe working environment, display the consequences of sexual harassment, and run awareness programmes (s. 19). Covers sexual harassment of women only."],
}

_rat_2017 := "https://www.thehindubusinessline.com/economy/policy/india-ratifies-two-key-ilo-conventions-on-child-labour/article9726319.ece"

_six_of_eight := "http://pldindia.org/bi-monthly-legal-news/india-ratifies-key-ilo-conventions-to-end-child-labour/"

# ILO database extract (October 2011) of every convention India had ratified.
_ilo_list_2011 := "https://indialabourstudies.blogspot.com/2011/10/ilo-ratifications-india.html"

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: After June 2017 India had ratified six of the eight original fundamentals (all but C87 and C98).
ratifications := {
	"C29": {"status": "ratified", "date": "1954-11-30", "verification": "secondary", "url": _ilo_list_2011},
	"P29": {"status": "not_ratified", "verification": "secondary", "url": _six_of_eight},
	"C87": {"status": "not_ratified", "verification": "secondary", "url": _six_of_eight},
	"C98": {"status": "not_ratified", "verification": "secondary", "url": _six_of_eight},
	"C100": {"status": "ratified", "verification": "secondary", "url": _ilo_list_2011},
	"C105": {"status": "ratified", "verification": "secondary", "url": _ilo_list_2011},
	"C111": {"status": "ratified", "verification": "secondary", "url": _ilo_list_2011},
	"C138": {
		"status": "ratified",
		"date": "2017-06-13",
		"declared_minimum_age": 14,
		"verification": "secondary",
		"url": _rat_2017,
	},
	"C182": {"status": "ratified", "date": "2017-06-13", "verification": "secondary", "url": _rat_2017},
	"C155": {"status": "not_ratified", "verification": "secondary", "url": _ilo_list_2011},
	"C187": {"status": "not_ratified", "verification": "secondary", "url": _ilo_list_2011},
}
