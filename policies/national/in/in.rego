# METADATA
# title: India national rule pack
# description: |
#   Central law: Child and Adolescent Labour (Prohibition and Regulation) Act 1986 as
#   amended 2016; the Bonded Labour System (Abolition) Act 1976; the four Labour Codes
#   in force from 21 November 2025 (Code on Wages 2019, Industrial Relations Code 2020,
#   Code on Social Security 2020, Occupational Safety, Health and Working Conditions
#   Code 2020), which replaced the Factories Act 1948, the Minimum Wages Act 1948, the
#   Payment of Wages Act 1936, the Equal Remuneration Act 1976 and the Maternity Benefit
#   Act 1961 (of these only the Factories Act and the Maternity Benefit Act's leave rule
#   are encoded); the Sexual Harassment of Women at Workplace Act 2013; the Constitution;
#   ILO ratifications. State law (Shops and Establishments Acts, State amendments of the
#   Factories Act) and the Rules under the Codes, which fix among other things the
#   overtime limits, are not encoded. Every workplace requirement of the catalogue has
#   an entry in force from 21 November 2025: a value, a cited absence, a restriction or
#   a reasoned not_encoded.
package hrdd.national.in

# METADATA
# title: Country name
name := "India"

# The four Labour Codes took effect on 21 November 2025 (S.O. 5319(E) to 5322(E)).
_codes_from := "2025-11-21"

_codes_note := "The Labour Codes took effect on 21 November 2025; Central and State Rules under them were still being notified, so practical operation is transitional."

# Official portal of central legislation; the provisions were read in
# reproductions of the Act (bare-act sites), hence verification "secondary".
_india_code := "https://www.indiacode.nic.in/"

_calpra := {
	"instrument": "Child and Adolescent Labour (Prohibition and Regulation) Act 1986, as amended by Act No. 35 of 2016",
	"binding": "law",
	"url": _india_code,
	# The 2016 amendment came into force on 1 September 2016.
	"effective_from": "2016-09-01",
}

# Factories Act s. 2(m): a "factory" employs 10 or more workers where a
# manufacturing process is carried on with power, 20 or more without power.
_factory_conditions := {
	"workplace_workers_min": 10,
	"text": "Factories only: premises where 10 or more workers are employed in a manufacturing process carried on with the aid of power, or 20 or more without power (Factories Act s. 2(m)). Other workplaces were governed by State Shops and Establishments Acts, which are not encoded.",
}

_factories := {
	"instrument": "Factories Act 1948 (Act No. 63 of 1948)",
	"binding": "law",
	"url": _india_code,
	# s. 1(3): in force from 1 April 1949; repealed by the OSH Code.
	"effective_from": "1949-04-01",
	"effective_to": _codes_from,
	"conditions": _factory_conditions,
	"notes": [_fa_note],
}

_fa_note := "Applied to factories only; replaced by the Occupational Safety, Health and Working Conditions Code 2020 on 21 November 2025. State amendments of the Act (several States lengthened daily hours and raised the overtime limits) are not encoded."

# DGFASLI (Ministry of Labour and Employment) publishes the Act as amended by
# the Factories (Amendment) Act 1987; s. 65 was read there.
_dgfasli_s65 := "http://dgfasli.nic.in/html/factyact/cvi65.htm"

# OSH Code s. 2(1)(u): an "establishment" is a place where 10 or more workers
# are employed (mines and docks whatever their size).
_osh_conditions := {
	"workplace_workers_min": 10,
	"text": "Establishments where 10 or more workers are employed (OSH Code s. 2(1)(u)); every mine and dock. Smaller shops and offices remain under State Shops and Establishments Acts, which are not encoded.",
}

_osh := {
	"instrument": "Occupational Safety, Health and Working Conditions Code 2020 (Act No. 37 of 2020)",
	"binding": "law",
	"url": _india_code,
	"effective_from": _codes_from,
	"notes": [_codes_note],
}

_osh_rules := "The Code leaves this to the appropriate (Central or State) Government, which fixes it by Rules; the Rules are not encoded, and the Code itself fixes no number."

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
# title: Minimum age for night work
sources contains object.union(_calpra, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"article": "s. 7(4)",
	"verification": "secondary",
	"notes": ["No adolescent (14-17) may be permitted or required to work between 7 p.m. and 8 a.m., nor work overtime (s. 7(4)-(5), Part III as amended in 2016 to read 'adolescent' for 'child')."],
})

# METADATA
# title: Workers free to resign (Bonded Labour System (Abolition) Act)
sources contains {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"instrument": "Bonded Labour System (Abolition) Act 1976 (Act No. 19 of 1976)",
	"article": "ss. 2(g), 4",
	"url": _india_code,
	# s. 1(3): deemed to have come into force on 25 October 1975.
	"effective_from": "1975-10-25",
	"binding": "law",
	"verification": "secondary",
	"notes": [
		"The bonded labour system, which includes forfeiting the freedom of employment or the right to move freely in return for an advance (s. 2(g)), is abolished; every bonded labourer is freed of any obligation to render bonded labour, and no person may compel anyone to render bonded labour or other forced labour (s. 4). Agreements and customs requiring bonded labour are void (s. 5) and bonded debts extinguished (s. 6).",
		"The Constitution (Art. 23) prohibits begar and other forced labour. Bonded labour persists in brick kilns, agriculture and textiles.",
	],
}

# METADATA
# title: No recruitment fees (not encoded)
sources contains {
	"requirement": "forced_labour.no_recruitment_fees",
	"entry": "not_encoded",
	"reason": "No general ban on charging workers recruitment fees was found in central law. For overseas placement the Emigration Rules 1983 (r. 25) let registered recruiting agents charge workers a service charge up to a cap (Rs 30,000 from 2017); domestic placement and the Inter-State migrant worker provisions of the OSH Code were not checked.",
	"instrument": "Emigration Act 1983 (Act No. 31 of 1983); Emigration Rules 1983",
	"article": "Act s. 10; Rules r. 25",
	"url": _india_code,
	"effective_from": "1983-12-30",
	"binding": "law",
	"verification": "unverified",
}

# METADATA
# title: No retention of identity documents (not encoded)
sources contains object.union(_osh, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"entry": "not_encoded",
	"article": "none found",
	"reason": "No central provision barring employers from holding workers' identity documents was found; none was checked in the Labour Codes.",
	"verification": "unverified",
})

# METADATA
# title: Regular daily hours (Factories Act)
sources contains object.union(_factories, {
	"requirement": "working_hours.regular_daily_max",
	"value": 9,
	"article": "s. 54",
	"url": "http://www.dgfasli.nic.in/html/factyact/cvi54.htm",
	"verification": "primary",
	"notes": [
		"A real limit: overtime beyond 9 hours a day was lawful only under exemption rules or orders (ss. 64, 65).",
		_fa_note,
	],
})

# METADATA
# title: Regular weekly hours (Factories Act)
sources contains object.union(_factories, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"article": "s. 51",
	"verification": "secondary",
	"notes": [
		"A real limit: no adult worker may be required or allowed to work more than 48 hours in any week (s. 51); longer hours were lawful only under exemption rules or orders (ss. 64, 65).",
		_fa_note,
	],
})

# METADATA
# title: Weekly hours after which overtime pay is due (Factories Act)
sources contains object.union(_factories, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"value": 48,
	"article": "s. 59(1)",
	"verification": "secondary",
	"notes": [
		"Overtime pay is due for work beyond 9 hours in any day or 48 hours in any week; 48 hours is also the weekly limit of s. 51.",
		_fa_note,
	],
})

# METADATA
# title: Total weekly hours, overtime included (Factories Act)
sources contains object.union(_factories, {
	"requirement": "working_hours.total_weekly_max",
	"value": 60,
	"article": "s. 65(3)(iii); s. 64(4)(iii)",
	"url": _dgfasli_s65,
	# s. 65(3) as substituted by Act 94 of 1976, s. 28, with effect from 26 October 1976.
	"effective_from": "1976-10-26",
	"verification": "primary",
	"notes": [
		"Exemptions from the weekly limit, by exemption rules for particular classes of work (s. 64(2), limits in s. 64(4)) or by order to deal with an exceptional press of work (s. 65(2)), may not raise total hours, overtime included, above 60 in any week.",
		_fa_note,
	],
})

# METADATA
# title: Total daily hours, overtime included (Factories Act)
sources contains object.union(_factories, {
	"requirement": "working_hours.total_daily_max",
	"value": 12,
	"article": "s. 65(3)(i)",
	"url": _dgfasli_s65,
	"effective_from": "1976-10-26",
	"verification": "primary",
	"notes": [
		"The outer limit of the Act: an exemption for an exceptional press of work allows at most 12 hours of work a day (spread-over 13 hours). Exemption rules for particular classes of work under s. 64 allow at most 10 hours a day (s. 64(4)(i), from secondary sources); without an exemption the limit is 9 hours (s. 54).",
		_fa_note,
	],
})

# METADATA
# title: Overtime per year (Factories Act, from the quarterly limit)
sources contains object.union(_factories, {
	"requirement": "working_hours.overtime_yearly_max",
	"value": 300,
	"statute": {
		"value": 75,
		"unit": "hours of overtime per quarter (three months beginning 1 January, 1 April, 1 July or 1 October)",
		"conversion": "x 4 quarters = 300 hours per calendar year; an outer bound only, since no single quarter may exceed 75 hours",
	},
	"article": "s. 65(3)(iv); s. 64(4)(iv)",
	"url": _dgfasli_s65,
	"effective_from": "1976-10-26",
	"verification": "primary",
	"notes": [
		"Under an exemption for an exceptional press of work, overtime may not exceed 75 hours in any quarter, nor be worked for more than seven days at a stretch (s. 65(3)(iv)). Exemption rules for particular classes of work cap overtime at 50 hours a quarter (s. 64(4)(iv), from secondary sources), i.e. 200 hours a year.",
		"The catalogue has no quarterly unit; the monthly cap is not encoded for the same reason.",
		_fa_note,
	],
})

# METADATA
# title: Overtime premium (Factories Act)
sources contains object.union(_factories, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 200,
	"article": "s. 59(1)",
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
	"verification": "secondary",
	"notes": [
		"A weekly holiday (the first day of the week or a substituted day), encoded as 24 hours.",
		_fa_note,
	],
})

# A year of work on a six-day week: 52 weeks x 6 days = 312 days, less public
# and festival holidays and leave, taken as about 288 days worked.
_year_6 := "a full year on a six-day week taken as about 288 days worked (312 days less holidays and leave)"

# METADATA
# title: Annual paid leave (Factories Act)
sources contains object.union(_factories, {
	"requirement": "leave.annual_paid_min_days",
	"value": 12,
	"statute": {
		"value": 14.4,
		"unit": "working days on a six-day week (one day for every 20 days of work in the previous calendar year)",
		"conversion": concat("", [_year_6, ": 288 / 20 = 14.4 days, x 5/6 = 12 working days on a five-day week"]),
	},
	"article": "s. 79(1)(i)",
	# s. 79 as amended by Act 94 of 1976 (from 26 October 1976); the rate may be older.
	"effective_from": "1976-10-26",
	"verification": "secondary",
	"conditions": object.union(_factory_conditions, {"text": concat(" ", [
		_factory_conditions.text,
		"Owed to an adult worker who worked 240 days or more in the factory in the previous calendar year (days of lay-off, up to 12 weeks of maternity leave and leave taken count towards the 240).",
	])}),
	"notes": [
		"One day of leave with wages for every 20 days of work performed in the previous calendar year (one for every 15 for a child); holidays are excluded from the leave.",
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
	"conditions": _osh_conditions,
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
	"verification": "secondary",
	"conditions": _osh_conditions,
	"notes": [
		"Derived: at most 8 hours a day (s. 25) on at most 6 days a week (s. 26). No worker may be required or allowed to work longer, save as overtime under s. 27.",
		_codes_note,
	],
})

# METADATA
# title: Overtime premium (OSH Code)
sources contains object.union(_osh, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 200,
	"article": "s. 27(1)",
	"verification": "secondary",
	"conditions": _osh_conditions,
	"notes": [
		"Twice the rate of wages for overtime, as under Factories Act s. 59.",
		_codes_note,
	],
})

# METADATA
# title: Overtime and total-hours limits (OSH Code, not encoded)
sources contains object.union(_osh, {
	"requirement": requirement,
	"entry": "not_encoded",
	"article": "s. 27",
	"reason": _osh_rules,
	"verification": "secondary",
	"notes": [
		"The 2019 Bill dropped the overtime limits of the Factories Act and let the Central and State Governments prescribe them (Business Standard, 28 July 2019); the Factories Act limits (60 hours a week, 75 hours of overtime a quarter) ended on 21 November 2025.",
		_codes_note,
	],
}) if some requirement in {
	"working_hours.total_daily_max", "working_hours.total_weekly_max",
	"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max",
	"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
}

# METADATA
# title: Overtime pay threshold and voluntary overtime (OSH Code, not encoded)
sources contains object.union(_osh, {
	"requirement": requirement,
	"entry": "not_encoded",
	"article": "s. 27",
	"reason": reason,
	"verification": "unverified",
}) if {
	some [requirement, reason] in [
		[
			"working_hours.overtime_pay_threshold_weekly",
			"Overtime pay is due for work beyond the hours of s. 25; whether the Code also sets a weekly trigger could not be confirmed in its text.",
		],
		[
			"working_hours.overtime_voluntary",
			"The 2019 Bill required the worker's prior written consent to overtime; whether s. 27 of the Code as enacted in 2020 keeps it could not be confirmed in its text.",
		],
	]
}

# METADATA
# title: Weekly rest (OSH Code)
sources contains object.union(_osh, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "s. 26",
	"verification": "secondary",
	"conditions": _osh_conditions,
	"notes": [
		"No worker may work more than six days a week, so one day of rest (encoded as 24 hours).",
		_codes_note,
	],
})

# METADATA
# title: Annual paid leave (OSH Code)
sources contains object.union(_osh, {
	"requirement": "leave.annual_paid_min_days",
	"value": 12,
	"statute": {
		"value": 14.4,
		"unit": "working days on a six-day week (one day for every 20 days of work in the calendar year)",
		"conversion": concat("", [_year_6, ": 288 / 20 = 14.4 days, x 5/6 = 12 working days on a five-day week"]),
	},
	"article": "s. 32(1)",
	"verification": "secondary",
	"conditions": object.union(_osh_conditions, {"text": concat(" ", [
		_osh_conditions.text,
		"Owed to a worker who worked 180 days or more in the calendar year (days of lay-off, maternity leave and leave taken count towards the 180).",
	])}),
	"notes": [
		"One day of leave with wages for every 20 days of work (one for every 15 for adolescents and workers below ground in mines); leave may be carried forward up to 30 days.",
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
	"url": _india_code,
	# The 2017 amendment (12 to 26 weeks) came into force on 1 April 2017.
	"effective_from": "2017-04-01",
	"effective_to": _codes_from,
	"binding": "law",
	"verification": "secondary",
	"conditions": {"text": "Every factory, mine and plantation, and every shop or establishment employing 10 or more persons (s. 2(1)); not where the Employees' State Insurance Act applies. Owed to a woman who actually worked at least 80 days for the employer in the 12 months before the expected delivery (s. 5(2))."},
	"notes": ["26 weeks, no more than 8 before delivery; 12 weeks for a woman with two or more surviving children. Replaced by the Code on Social Security on 21 November 2025."],
}

_css := {
	"instrument": "Code on Social Security 2020 (Act No. 36 of 2020)",
	"binding": "law",
	"url": _india_code,
	"effective_from": _codes_from,
}

_css_conditions := {"text": "Chapter VI (maternity benefit) applies, as the Maternity Benefit Act did, to factories, mines and plantations and to shops and establishments employing 10 or more persons (First Schedule; threshold from the Maternity Benefit Act, not checked in the Code's text). The benefit is owed to a woman who actually worked at least 80 days for the employer in the 12 months before the expected delivery (s. 60(2)); not expressible in months of service."}

# METADATA
# title: Maternity leave (Code on Social Security)
sources contains object.union(_css, {
	"requirement": "maternity.leave_min_weeks",
	"value": 26,
	"article": "s. 60(3)",
	"verification": "secondary",
	"conditions": _css_conditions,
	"notes": [
		"26 weeks, no more than 8 before the expected delivery; 12 weeks (6 before) for a woman with two or more surviving children.",
		_codes_note,
	],
})

# METADATA
# title: Compulsory leave after childbirth (Code on Social Security)
sources contains object.union(_css, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"value": 6,
	"article": "s. 59(1)-(2)",
	"verification": "secondary",
	"conditions": _css_conditions,
	"notes": [
		"No employer may knowingly employ a woman, and no woman may work, in any establishment during the six weeks immediately following her delivery, miscarriage or medical termination of pregnancy; the same rule was in Maternity Benefit Act s. 4 (not encoded for lack of a checked commencement date).",
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
	"conditions": _css_conditions,
	"notes": [
		"Paid by the employer at the rate of the average daily wage (average of the three calendar months before the absence, not below the minimum wage) for the period of actual absence.",
		"The identical rule of Maternity Benefit Act s. 5(1) before 21 November 2025 is not encoded because its commencement date could not be confirmed.",
		_codes_note,
	],
})

# METADATA
# title: No pregnancy testing (not encoded)
sources contains object.union(_css, {
	"requirement": "maternity.no_pregnancy_testing",
	"entry": "not_encoded",
	"article": "Chapter VI",
	"reason": "No central provision barring pregnancy tests of job applicants was found; the Code on Social Security (Chapter VI) and the Code on Wages (s. 3) were not checked for one.",
	"verification": "unverified",
})

_wages := {
	"instrument": "Code on Wages 2019 (Act No. 29 of 2019)",
	"binding": "law",
	"url": _india_code,
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
# title: Living wage (no obligation on employers)
sources contains {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"instrument": "Constitution of India",
	"article": "Arts. 37, 43",
	"url": _india_code,
	"effective_from": "1950-01-26",
	"binding": "law",
	"verification": "secondary",
	"notes": ["Art. 43 directs the State to endeavour to secure a living wage for all workers, but as a Directive Principle it is not enforceable by any court (Art. 37); no statute obliges employers to pay more than the minimum wage of the Code on Wages."],
}

# METADATA
# title: Wages paid regularly (Code on Wages)
sources contains object.union(_wages, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "ss. 16, 17",
	"verification": "secondary",
	"notes": [
		"The wage period may not exceed a month (s. 16). Wages are due at the end of the shift (daily), before the weekly holiday (weekly), within two days after the fortnight (fortnightly) or before the seventh day of the following month (monthly); within two working days of dismissal, retrenchment or resignation (s. 17).",
		_codes_note,
	],
})

# METADATA
# title: Deductions only as the Code authorises (Code on Wages)
sources contains object.union(_wages, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "s. 18(1)",
	"verification": "secondary",
	"notes": [
		"Notwithstanding any other law, no deductions may be made from wages except those the Code authorises (fines, absence, damage or loss, services, advances and loans, taxes, provident fund and other listed items); any payment by the employee to the employer counts as a deduction.",
		_codes_note,
	],
})

# METADATA
# title: Disciplinary deductions (fines allowed by the Code on Wages)
sources contains object.union(_wages, {
	"requirement": "wages.no_disciplinary_deductions",
	"entry": "restriction",
	"value": false,
	"article": "s. 19",
	"verification": "secondary",
	"notes": [
		"Fines may be deducted for acts and omissions specified in a notice approved by the Government, after a chance to show cause, up to 3 % of the wages of the wage period; none on workers under 15, none by instalments or after 90 days (s. 19).",
		_codes_note,
	],
})

# METADATA
# title: Deductions for obtaining employment (not encoded)
sources contains object.union(_wages, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"entry": "not_encoded",
	"article": "s. 18",
	"reason": "The closed list of authorised deductions of s. 18 does not name payments for getting or keeping a job, but an express prohibition was not found and the full list was not checked.",
	"verification": "unverified",
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
# title: Equal pay only for the same or similar work (Code on Wages)
sources contains object.union(_wages, {
	"requirement": "equal_pay.equal_value",
	"entry": "restriction",
	"value": false,
	"article": "s. 3(1)",
	"verification": "secondary",
	"notes": [
		"No gender discrimination in wages by the same employer 'in respect of the same work or work of a similar nature' (s. 3(1)), as under the Equal Remuneration Act 1976 before: narrower than equal pay for work of equal value (ILO C100, which India ratified).",
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
	"url": _india_code,
	"effective_from": "1950-01-26",
	"binding": "law",
	"verification": "secondary",
	"notes": [
		"Fundamental right of citizens to form associations or unions ('or co-operative societies' added in 2011), subject to reasonable restrictions (Art. 19(4)); trade union registration under the Trade Unions Act 1926, now the Industrial Relations Code 2020.",
		"India has not ratified C87 or C98. From 21 November 2025 strikes in any industrial establishment need 14 days' notice (Industrial Relations Code s. 62).",
	],
}

# METADATA
# title: Collective bargaining (not encoded)
sources contains {
	"requirement": "freedom_of_association.collective_bargaining",
	"entry": "not_encoded",
	"reason": "Central law sets no general duty to bargain. The Industrial Relations Code 2020 provides for a negotiating union or council in establishments with registered unions; its text was not checked.",
	"instrument": "Industrial Relations Code 2020 (Act No. 35 of 2020)",
	"article": "s. 14",
	"url": _india_code,
	"effective_from": _codes_from,
	"binding": "law",
	"verification": "unverified",
}

# METADATA
# title: Health and safety rights (OSH Code, not encoded)
sources contains object.union(_osh, {
	"requirement": requirement,
	"entry": "not_encoded",
	"article": article,
	"reason": reason,
	"verification": "unverified",
}) if {
	some [requirement, article, reason] in [
		[
			"health_safety.right_to_remove_from_danger",
			"ss. 13-15",
			"The duties and rights of employees under the Code (reporting imminent danger) were not checked against its text; no right of workers to remove themselves from serious danger was confirmed.",
		],
		[
			"health_safety.free_protective_equipment",
			"s. 6",
			"The employer's duty to provide protective equipment, and whether free of charge, was not checked against the Code's text.",
		],
		[
			"health_safety.worker_participation",
			"s. 22",
			"Safety committees with workers' representatives are set up where the appropriate Government so orders; the text and the Rules were not checked.",
		],
	]
}

# METADATA
# title: Workplace sexual harassment policy
sources contains {
	"requirement": "harassment.policy",
	"value": true,
	"instrument": "Sexual Harassment of Women at Workplace (Prevention, Prohibition and Redressal) Act 2013 (Act No. 14 of 2013)",
	"article": "ss. 4, 19",
	"url": _india_code,
	"effective_from": "2013-12-09",
	"binding": "law",
	"verification": "secondary",
	"notes": ["All employers must provide a safe working environment, display the consequences of sexual harassment, and run awareness programmes (s. 19); every employer with 10 or more employees must also constitute an Internal Committee (s. 4). Covers sexual harassment of women only."],
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
