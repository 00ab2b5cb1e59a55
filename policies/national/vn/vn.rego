# METADATA
# title: Vietnam national rule pack
# description: |
#   Labour Code No. 45/2019/QH14 (in force 1 January 2021), Resolution No. 17/2022/UBTVQH15
#   (overtime caps for 2022), the Law on Occupational Safety and Hygiene No. 84/2015/QH13,
#   the Law on Trade Unions No. 12/2012/QH13, the Laws on Social Insurance (No. 58/2014/QH13
#   and No. 41/2024/QH15) and the ILO ratifications. The 2012 Labour Code (in force 1 May 2013
#   to 31 December 2020) is not encoded, except where the right to organise is concerned.
#   Checked for changes on 2026-12-01 against the codification of July 2026 (no amendment of
#   the Labour Code since 2021) and Decrees No. 105/2026/ND-CP and No. 283/2026/ND-CP
#   (workers' organisations, penalties).
#
#   Every url is the official legal-document portal (vbpl.vn); the page hrdd actually read is in
#   checked_against. Labour Code, OSH Law and Gender Equality Law values marked "primary" were
#   read in a verbatim copy of the official codification (Bo phap dien, Ministry of Justice) of
#   those laws; the 2012 Trade Union Law in a copy of its text. Other values are "secondary".
package hrdd.national.vn

# METADATA
# title: Country name
name := "Vietnam"

_vbpl := "https://vbpl.vn/"

_commit := "fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048"

# Verbatim copies of the Bo phap dien (the official codification kept by the Ministry of Justice),
# in which each article is reproduced with the law and date it comes from.
_ca_lc := [{
	"url": concat("", ["https://github.com/diepxuan/diepxuan.github.io/blob/", _commit, "/van-ban/lao-dong/lao-dong.md"]),
	"title": "Verbatim copy of the Bo phap dien topic 20.2 Lao dong: Labour Code No. 45/2019/QH14 and Decree No. 145/2020/ND-CP, article by article (read 2026)",
}]

_ca_osh := [{
	"url": concat("", ["https://github.com/diepxuan/diepxuan.github.io/blob/", _commit, "/van-ban/lao-dong/an-toan-ve-sinh-lao-dong.md"]),
	"title": "Verbatim copy of the Bo phap dien topic 20.5: Law on Occupational Safety and Hygiene No. 84/2015/QH13, article by article (read 2026)",
}]

_ca_gel := [{
	"url": concat("", ["https://github.com/diepxuan/diepxuan.github.io/blob/", _commit, "/van-ban/dan-so-gia-dinh-tre-em-binh-dang-gioi/binh-dang-gioi.md"]),
	"title": "Verbatim copy of the Bo phap dien topic 8.2: Law on Gender Equality No. 73/2006/QH11, article by article (read 2026)",
}]

_ca_tul := [{
	"url": concat("", ["https://github.com/diepxuan/diepxuan.github.io/blob/", _commit, "/van-ban/to-chuc-chinh-tri-xa-hoi-hoi/cong-doan.md"]),
	"title": "Copy of the text of the Law on Trade Unions No. 12/2012/QH13 (page headed with the metadata of Law No. 50/2024/QH15)",
}]

_lc := {
	"instrument": "Labour Code No. 45/2019/QH14",
	"binding": "law",
	"url": _vbpl,
	"effective_from": "2021-01-01",
}

_lc_2012 := "The 2012 Labour Code (in force 1 May 2013 to 31 December 2020) is not encoded."

_osh := {
	"instrument": "Law on Occupational Safety and Hygiene No. 84/2015/QH13",
	"binding": "law",
	"url": _vbpl,
	# Adopted 25 June 2015, in force 1 July 2016 (date given with each article in the codification).
	"effective_from": "2016-07-01",
	"verification": "primary",
	"checked_against": _ca_osh,
}

_res17 := {
	"instrument": "Resolution No. 17/2022/UBTVQH15 of the National Assembly Standing Committee on overtime hours",
	"binding": "law",
	"url": _vbpl,
	# Implemented until the end of 31 December 2022 unless extended by the National Assembly;
	# no extension was found, so the caps of the Labour Code apply again from 1 January 2023.
	"effective_to": "2023-01-01",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://english.luatvietnam.vn/resolution-no-17-2022-ubtvqh15-on-employees-monthly-annual-overtime-hours-in-the-c-218794-doc1.html", "title": "LuatVietnam, English translation of Resolution No. 17/2022/UBTVQH15 (Arts. 1-2)"},
		{"url": "https://thuvienphapluat.vn/news/headlines/40516/guidance-on-implementation-of-regulations-on-increasing-overtime-hours", "title": "Thu Vien Phap Luat, MOLISA Official Dispatch No. 1312/LDTBXH-ATLD: the Resolution applies until 31 December 2022 unless extended"},
	],
}

_res17_excluded := "Not for employees aged 15 to under 18, persons with disabilities that reduce working capacity by 51 % or more or severe disabilities, employees in heavy, hazardous or dangerous work, pregnant women from the 7th month (6th in highland, remote, border or island areas), or women raising a child under 12 months (Art. 1(1)(a)-(dd))."

# Art. 107(3)(a)-(b): production and processing for export of textiles, garments, leather,
# footwear, electrical and electronic products, and processing of agricultural, forestry,
# salt and fishery products; production and supply of electricity, telecommunications, oil
# refining, water supply and drainage. Sector names are hrdd's free-text workplace sectors.
_sectors_300h := [
	"textiles", "apparel", "leather", "footwear", "electrical_equipment", "electronics",
	"agricultural_processing", "forestry_processing", "salt", "seafood_processing",
	"electricity", "telecommunications", "oil_refining", "water_supply", "drainage",
]

_text_300h := "Up to 300 hours a year in the production and processing for export of textiles, garments, leather, footwear, electrical and electronic products and of agricultural, forestry, salt and fishery products; in electricity, telecommunications, oil refining and water supply and drainage (Art. 107(3)(a)-(b)); also for work needing highly skilled labour the market cannot supply and for urgent seasonal or unforeseen work (Art. 107(3)(c)-(d)), which hrdd cannot test. The employer must notify the provincial labour authority (Art. 107(4); Decree No. 145/2020/ND-CP Art. 62)."

_text_200h := "Overtime is capped at 200 hours a year except in the cases of Art. 107(3) (listed sectors and urgent or skilled work: up to 300)."

# METADATA
# title: Minimum age for employment
sources contains object.union(_lc, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "Arts. 3(1), 143",
	"verification": "primary",
	"checked_against": array.concat(_ca_lc, [
		{"url": "https://sites.google.com/view/luatlaodong2019/luật-lao-động/chương-11-những-quy-định-riêng-với-lao-động-chưa-thành-niên-và-lđ-khác/điều-143-lao-động-chưa-thành-niên", "title": "Unofficial copy of the Labour Code 2019, Art. 143 (luatlaodong2019, Google Sites)"},
	]),
	"notes": [_lc_2012],
	"exceptions": [
		{
			"article": "Art. 143(3)",
			"value": 13,
			"text": "Persons aged 13 to under 15 may do only the light work on the list issued by the Ministry of Labour.",
		},
		{
			"article": "Arts. 143(4), 145(3)",
			"text": "Children under 13 may do only the arts and sports work specified by the Ministry of Labour.",
		},
	],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_lc, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "Arts. 143(2), 147",
	"verification": "primary",
	"checked_against": array.concat(_ca_lc, [
		{"url": "https://sites.google.com/view/luatlaodong2019/luật-lao-động/chương-11-những-quy-định-riêng-với-lao-động-chưa-thành-niên-và-lđ-khác/điều-143-lao-động-chưa-thành-niên", "title": "Unofficial copy of the Labour Code 2019, Art. 143 (luatlaodong2019, Google Sites)"},
	]),
})

# METADATA
# title: Minimum age for night work
sources contains object.union(_lc, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"article": "Art. 146",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": ["Employees under 15 may not work overtime or at night (Art. 146(1)); employees aged 15 to under 18 may work at night only in the jobs listed by the Minister of Labour (Art. 146(2); Circular No. 09/2020/TT-BLDTBXH). Night work is 22:00 to 06:00 (Art. 106)."],
	"exceptions": [{
		"article": "Art. 146(2)",
		"value": 15,
		"text": "Employees aged 15 to under 18 may work at night in the works and jobs listed by the Minister of Labour.",
	}],
})

# METADATA
# title: No recruitment fees charged to workers
sources contains object.union(_lc, {
	"requirement": "forced_labour.no_recruitment_fees",
	"value": true,
	"article": "Art. 11(2)",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": [
		"Employees do not pay the costs of their recruitment (Art. 11(2)); the employer may recruit directly or through employment service organisations or labour-leasing enterprises (Art. 11(1)).",
		"Workers going abroad under contract are governed by Law No. 69/2020/QH14 on Vietnamese guest workers (service fees within legal ceilings), not encoded.",
	],
})

# METADATA
# title: No retention of identity documents
sources contains object.union(_lc, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"value": true,
	"article": "Art. 17(1)",
	"verification": "primary",
	"checked_against": array.concat(_ca_lc, [
		{"url": "https://lawnet.vn/thong-tin-phap-luat/en/lao-dong-tien-luong/03-prohibited-acts-of-enterprises-during-conclusion-and-performance-of-employment-contracts-in-accordance-with-vietnamese-law-106550.html", "title": "LawNet, prohibited acts of employers when concluding and performing employment contracts (Labour Code Art. 17)"},
	]),
	"notes": ["The employer may not keep the employee's original identity documents, diplomas or certificates, nor require a deposit as security (Art. 17(2))."],
})

# METADATA
# title: Workers free to resign
sources contains object.union(_lc, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "Art. 35",
	"verification": "primary",
	"checked_against": array.concat(_ca_lc, [
		{"url": "https://tltlegal.com/en/quitting-your-job-while-still-in-the-notice-period-what-benefits-will-you-lose", "title": "TLT Legal, quitting your job while still in the notice period (Labour Code Art. 35)"},
	]),
	"notes": ["An employee may terminate without giving reasons on notice of 45 days (indefinite term), 30 days (12-36 months) or 3 working days (under 12 months), and without notice if subjected to forced labour, maltreatment or sexual harassment (Art. 35(2))."],
})

# METADATA
# title: Regular daily hours
sources contains object.union(_lc, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Art. 105(1)",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": ["A limit on normal hours: work beyond it is overtime, lawful only with the employee's consent and within the caps of Art. 107(2). 8 hours a day and 40 a week for employees aged 15 to under 18 (Art. 146(2))."],
	"exceptions": [{
		"article": "Art. 105(2)",
		"value": 10,
		"text": "Where the employer sets normal hours by the week (and informs the employees), up to 10 normal hours a day within 48 a week.",
	}],
})

# METADATA
# title: Regular weekly hours
sources contains object.union(_lc, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"article": "Art. 105(1)",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": ["A limit on normal hours: work beyond it is overtime, lawful only within the caps of Art. 107. The State encourages a 40-hour week."],
})

# METADATA
# title: Weekly hours after which overtime pay is due
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"value": 48,
	"article": "Arts. 98(1), 105(1), 107(1); Decree No. 145/2020/ND-CP Art. 55(1)",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": ["Overtime is work outside the normal hours set by law, collective agreement or internal rules (Art. 107(1)) and is paid at the rates of Art. 98(1); normal hours may not exceed 48 a week (Art. 105(1)), so overtime pay is due at the latest beyond 48 hours. Time-rate employees are paid overtime for work outside the normal hours the employer sets under Art. 105 (Decree No. 145/2020/ND-CP Art. 55(1))."],
})

# METADATA
# title: Daily hours after which overtime pay is due
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_pay_threshold_daily",
	"value": 8,
	"article": "Arts. 98(1), 105, 107(1); Decree No. 145/2020/ND-CP Art. 55(1)",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": [
		"Overtime, paid at 150 % or more (Art. 98(1)), is work outside the normal hours set by law, collective agreement or internal rules (Art. 107(1)); normal hours may not exceed 8 a day (Art. 105(1)), so overtime pay is due at the latest beyond 8 hours in a day.",
		"How the schedule is encoded: 8 is the figure for the general, daily schedule. Where the employer sets hours by the week, normal hours may reach 10 a day (Art. 105(2)), so overtime pay is then due only beyond 10; that case is an exception (reported, not applied). Shorter normal hours set by contract or rules lower the threshold.",
	],
	"exceptions": [{
		"article": "Art. 105(2)",
		"value": 10,
		"text": "Under a weekly schedule, normal hours (paid without premium) may reach 10 a day within 48 a week.",
	}],
})

# METADATA
# title: Overtime is voluntary
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "Art. 107(2)(a)",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": ["Overtime requires the employee's agreement. The caps of Art. 107 are encoded under the overtime_* ids."],
	"exceptions": [{
		"article": "Art. 108",
		"text": "In special cases (national defence and security orders, disasters, fires, epidemics) the employer may require overtime and the employee may not refuse.",
	}],
})

# METADATA
# title: Maximum overtime per day
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_daily_max",
	"value": 4,
	"article": "Art. 107(2)(b)",
	"verification": "primary",
	"checked_against": _ca_lc,
	"statute": {
		"value": 50,
		"unit": "% of normal daily working hours",
		"conversion": "50 % x 8 normal hours (the daily maximum of Art. 105(1)) = 4 hours a day",
	},
	"notes": ["Fewer hours where normal daily hours are shorter. Under a weekly schedule normal plus overtime hours may not exceed 12 a day (encoded as working_hours.total_daily_max)."],
})

# METADATA
# title: Maximum total hours per day
sources contains object.union(_lc, {
	"requirement": "working_hours.total_daily_max",
	"value": 12,
	"article": "Art. 107(2)(b); Decree No. 145/2020/ND-CP Art. 60",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": ["Under a weekly schedule, normal plus overtime hours may not exceed 12 a day; under a daily schedule 8 normal hours plus 50 % overtime give the same 12. Decree No. 145/2020/ND-CP Art. 60(2)-(4) applies the 12-hour limit to weekly schedules, part-time work and work on weekly rest days and holidays."],
})

# METADATA
# title: Maximum overtime per week (none)
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_weekly_max",
	"entry": "absence",
	"article": "Art. 107(2)",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": ["The Code caps overtime per day, month and year, not per week."],
})

# METADATA
# title: Maximum total hours per week (none)
sources contains object.union(_lc, {
	"requirement": "working_hours.total_weekly_max",
	"entry": "absence",
	"article": "Arts. 105, 107",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": ["No weekly limit on normal plus overtime hours: normal hours are capped at 48 a week (Art. 105) and overtime per day, month and year (Art. 107)."],
})

# METADATA
# title: Maximum overtime per month (Labour Code, 2021)
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_monthly_max",
	"value": 40,
	"article": "Art. 107(2)(b)",
	"effective_to": "2022-04-01",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": ["Raised to 60 hours from 1 April to 31 December 2022 by Resolution No. 17/2022/UBTVQH15."],
})

# METADATA
# title: Maximum overtime per month (Resolution 17/2022)
sources contains object.union(_res17, {
	"requirement": "working_hours.overtime_monthly_max",
	"value": 60,
	"article": "Art. 2",
	"effective_from": "2022-04-01",
	"notes": [
		"With the employee's consent, employers entitled to up to 300 overtime hours a year (in 2022 every employer, Art. 1(1)) could use more than 40 but at most 60 overtime hours a month.",
		_res17_excluded,
	],
})

# METADATA
# title: Maximum overtime per month (Labour Code, from 2023)
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_monthly_max",
	"value": 40,
	"article": "Art. 107(2)(b)",
	"effective_from": "2023-01-01",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": ["The 60-hour cap of Resolution No. 17/2022/UBTVQH15 applied only until 31 December 2022."],
})

# METADATA
# title: Maximum overtime per year (Labour Code, 2021)
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_yearly_max",
	"value": 200,
	"article": "Art. 107(2)(c)",
	"effective_to": "2022-01-01",
	"verification": "primary",
	"checked_against": _ca_lc,
	"conditions": {"unless": {"sectors": _sectors_300h}, "text": _text_200h},
	"notes": ["Raised to 300 hours for all sectors in 2022 by Resolution No. 17/2022/UBTVQH15."],
})

# METADATA
# title: Maximum overtime per year in listed sectors
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_yearly_max",
	"value": 300,
	"article": "Art. 107(3)",
	"verification": "primary",
	"checked_against": _ca_lc,
	"conditions": {"sectors": _sectors_300h, "text": _text_300h},
	"notes": ["The 300 hours of Art. 107(3)(a) are tied to production and processing for export; hrdd cannot tell export work from work for the home market and applies 300 to the whole sector."],
})

# METADATA
# title: Maximum overtime per year (Resolution 17/2022)
sources contains object.union(_res17, {
	"requirement": "working_hours.overtime_yearly_max",
	"value": 300,
	"article": "Art. 1(1)",
	"effective_from": "2022-01-01",
	"notes": [
		"With the employee's consent, employers of any sector could use more than 200 but at most 300 overtime hours a year in 2022 (Art. 1 took effect retroactively on 1 January 2022), notifying the provincial labour authority.",
		_res17_excluded,
	],
})

# METADATA
# title: Maximum overtime per year (Labour Code, from 2023)
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_yearly_max",
	"value": 200,
	"article": "Art. 107(2)(c)",
	"effective_from": "2023-01-01",
	"verification": "primary",
	"checked_against": _ca_lc,
	"conditions": {"unless": {"sectors": _sectors_300h}, "text": _text_200h},
})

# METADATA
# title: Overtime premium
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 150,
	"article": "Art. 98(1)(a)",
	"verification": "primary",
	"checked_against": array.concat(_ca_lc, [
		{"url": "https://www.vietnam.vn/de/can-bo-cong-chuc-vien-chuc-nguoi-lao-dong-can-biet", "title": "Vietnam.vn, what officials and employees need to know (Labour Code Art. 98)"},
	]),
	"notes": ["At least 150 % on normal working days, 200 % on weekly days off, 300 % on public holidays and paid leave days (Art. 98(1))."],
})

# METADATA
# title: Weekly rest
sources contains object.union(_lc, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "Art. 111(1)",
	"verification": "primary",
	"checked_against": array.concat(_ca_lc, [
		{"url": "https://chiaseluatlaodong.com/en/question-can-employers-apply-labour-discipline-in-the-form-of-oral-reprimand/", "title": "Chia se luat lao dong, questions on the Labour Code (Art. 111 weekly rest)"},
	]),
	"notes": ["At least 24 consecutive hours a week; where the work cycle prevents weekly rest, an average of at least 4 days a month."],
})

# METADATA
# title: Annual paid leave
sources contains object.union(_lc, {
	"requirement": "leave.annual_paid_min_days",
	"value": 10,
	"article": "Art. 113(1)",
	"verification": "primary",
	"checked_against": array.concat(_ca_lc, [
		{"url": "https://lawnet.vn/en/laws/vietnam-how-many-annual-leave-days-does-an-employee-have-if-they-have-not-worked-for-less-than-12-months-shall-unused-an-167339.html", "title": "LawNet, annual leave of employees with less than 12 months of service (Labour Code Art. 113)"},
	]),
	"statute": {
		"value": 12,
		"unit": "working days on a 6-day week",
		"conversion": "the Code allows a 6-day, 48-hour week (Art. 105), on which 12 working days are 2 weeks = 10 working days of a 5-day week (x 5/6); on a 5-day week the entitlement is 12 days",
	},
	"conditions": {
		"service_months_min": 12,
		"text": "After 12 months' work for the same employer; an employee with less service takes leave in proportion to the months worked (Art. 113(2)).",
	},
	"notes": ["14 working days for minors, disabled workers and heavy or hazardous work; 16 for especially heavy or hazardous work; +1 day per 5 years of service (Art. 114)."],
})

# METADATA
# title: Maternity leave
sources contains object.union(_lc, {
	"requirement": "maternity.leave_min_weeks",
	"value": 26,
	"article": "Art. 139(1)",
	"verification": "primary",
	"checked_against": array.concat(_ca_lc, [
		{"url": "https://lawnet.vn/thong-tin-phap-luat/en/tu-van-luat/regulations-on-employment-security-for-employees-after-maternity-in-vietnam-135707.html", "title": "LawNet, employment security for employees after maternity (Labour Code Art. 139)"},
	]),
	"statute": {"value": 6, "unit": "months", "conversion": "6 months x 52/12 = 26 weeks"},
	"notes": ["6 months, of which no more than 2 months before the birth; +1 month for each additional child in a multiple birth."],
})

# METADATA
# title: Compulsory leave after childbirth
sources contains object.union(_lc, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"value": 8.6,
	"article": "Art. 139(1), (4)",
	"verification": "primary",
	"checked_against": array.concat(_ca_lc, [
		{"url": "https://lawnet.vn/thong-tin-phap-luat/en/tu-van-luat/regulations-on-employment-security-for-employees-after-maternity-in-vietnam-135707.html", "title": "LawNet, employment security for employees after maternity (Labour Code Art. 139)"},
	]),
	"statute": {
		"value": 2,
		"unit": "months after the birth",
		"conversion": "Art. 139(4) lets a woman return before the end of her 6 months' maternity leave only \"when she has taken at least 04 months\" of it; the 4 months count the whole maternity leave, of which up to 2 months may be taken before the birth (Art. 139(1)), so the least the Code guarantees after the birth is 4 - 2 = 2 months; 2 x 52/12 = 8.67 weeks, rounded down to 8.6",
	},
	"notes": [
		"The Code states no period after childbirth: it states a minimum of 4 months of maternity leave before an early return (Art. 139(4)), counted from the start of the leave, not from the birth. The figure after the birth is derived: 2 months where she took the full 2 months before the birth, up to 4 months where she took none (see the exception).",
		"An early return also needs her notice, the employer's agreement and a medical confirmation that it will not harm her health; she then keeps the maternity allowance on top of her wages (Art. 139(4)).",
	],
	"exceptions": [{
		"article": "Art. 139(1), (4)",
		"value": 17.3,
		"text": "Where she took no leave before the birth, the 4 months of Art. 139(4) all fall after it: 4 x 52/12 = 17.33 weeks, rounded down to 17.3 (the leave taken before the birth is deducted month for month).",
	}],
})

_si_note := "Paid by the social insurance fund to insured employees who meet the contribution conditions; the base is the average salary on which social insurance contributions were paid in the 6 months before leave."

# METADATA
# title: Maternity cash benefit (Social Insurance Law 2014)
sources contains {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"instrument": "Law on Social Insurance No. 58/2014/QH13",
	"article": "Art. 39(1)(a)",
	"url": _vbpl,
	"effective_from": "2016-01-01",
	"effective_to": "2025-07-01",
	"binding": "law",
	"verification": "secondary",
	"checked_against": [{"url": "https://lawnet.vn/en/laws/vietnam-in-2024-what-is-the-newest-application-form-for-taking-maternity-leave-for-employees-where--147339.html", "title": "LawNet, maternity leave application form in 2024 (Law on Social Insurance 2014, Art. 39)"}],
	"notes": [_si_note],
}

# METADATA
# title: Maternity cash benefit (Social Insurance Law 2024)
sources contains {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"instrument": "Law on Social Insurance No. 41/2024/QH15",
	"article": "Art. 59(1)",
	"url": _vbpl,
	"effective_from": "2025-07-01",
	"binding": "law",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://lawnet.vn/en/laws/tro-cap-thai-san-tu-1-7-2025-ra-sao-thoi-gian-nghi-viec-huong-che-do-thai-san-khi-kham-thai-tu-1-7--21575-173006.html", "title": "LawNet, maternity allowance from 1 July 2025 (Law on Social Insurance 2024)"},
		{"url": "https://github.com/teije05-art/clone-pjj-tax-legal-22dec/blob/a69adb567f19a482347dd380d13b486c0bcbed24/data/tax_legal/tax_database/10_Natural_Resources_SHUI/Documents/Doc_Undated_Luat_Bao_hiem.md", "title": "Unofficial copy of the text of the Law on Social Insurance 2024 (Art. 59(1): monthly maternity allowance of 100 % of the average insured salary of the last 6 months)"},
	],
	"notes": [_si_note],
}

# METADATA
# title: Pregnancy testing (not encoded)
sources contains object.union(_lc, {
	"requirement": "maternity.no_pregnancy_testing",
	"entry": "not_encoded",
	"article": "Arts. 3(8), 8(1)",
	"verification": "primary",
	"checked_against": array.concat(array.concat(_ca_lc, _ca_gel), [_ca_nd283, {"url": "https://www.russinvecchi.com.vn/publication/vietnams-workplace-anti-discrimination-rules/", "title": "Russin & Vecchi (3 February 2023), Vietnam's workplace anti-discrimination rules: pregnancy is a protected ground, but the Labour Code and its implementing regulations do not enumerate the acts that breach it"}]),
	"reason": "Discrimination on grounds of maternity status is prohibited (Labour Code Arts. 3(8), 8(1)) and refusing or limiting recruitment because of pregnancy is a violation of the Law on Gender Equality No. 73/2006/QH11 (Art. 40(3)(b)), but neither Act nor Decree No. 145/2020/ND-CP names pregnancy tests of job applicants (the Code and its implementing regulations enumerate no acts of discrimination, as practitioners note), and the penalties on female workers and gender equality in Decree No. 283/2026/ND-CP (Art. 26, in force 10 September 2026) do not name them either; whether a test is treated as discrimination in recruitment has no text to cite.",
})

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_lc, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "Arts. 90(2), 91",
	"verification": "primary",
	"checked_against": array.concat(_ca_lc, [
		{"url": "https://luatminhkhue.vn/tra-luong-cho-lao-dong-nam-cao-hon-lao-dong-nu-co-dung-luat-khong.aspx", "title": "Luat Minh Khue, paying male employees more than female employees (Labour Code Arts. 90-91)"},
	]),
	"notes": ["The wage for the job or title may not be lower than the regional minimum wage set by Government decree (Art. 91(2): set by region, per month and per hour; for 2026 reportedly Decree No. 293/2025/ND-CP, not read)."],
})

# METADATA
# title: Living wage (none)
sources contains object.union(_lc, {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"article": "Art. 91",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": ["The Code requires only the regional minimum wage, defined as the lowest wage for the simplest work under normal conditions, meant to secure the minimum living standard of employees and their families (Art. 91(1)); no living-wage requirement."],
})

# METADATA
# title: Wages paid regularly
sources contains object.union(_lc, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "Art. 97",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": ["Monthly-paid employees are paid once a month or every half month at a fixed time; hourly, daily or weekly-paid employees after the hours, days or weeks worked or as agreed, at least once every 15 days; piece-rate pay as agreed with monthly advances for work spanning months. Where force majeure prevents payment on time, it may be late by at most 30 days, and a delay of 15 days or more carries interest at the 1-month deposit rate (Art. 97(4))."],
})

# METADATA
# title: Deductions only as prescribed
sources contains object.union(_lc, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "Art. 102",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": ["The employer may deduct from wages only to compensate damage to its equipment and property under Art. 129; the employee must be told why, and deductions may not exceed 30 % of the monthly wage net of social insurance contributions and income tax."],
})

# METADATA
# title: No disciplinary deductions
sources contains object.union(_lc, {
	"requirement": "wages.no_disciplinary_deductions",
	"value": true,
	"article": "Art. 127(2)",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": ["Fines and wage cuts in place of labour discipline are prohibited; the only disciplinary measures are reprimand, deferral of a pay rise, demotion and dismissal (Art. 124)."],
})

# METADATA
# title: No deductions for obtaining employment
sources contains object.union(_lc, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"value": true,
	"article": "Arts. 17(2), 102(1)",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": ["Wages may be deducted only to compensate damage to the employer's property (Art. 102(1)), and the employer may not require money or property as security for the contract (Art. 17(2))."],
})

# METADATA
# title: Prohibited grounds of discrimination
sources contains object.union(_lc, {
	"requirement": "non_discrimination.grounds",
	"value": [
		"race", "colour", "national_extraction", "social_origin", "ethnic_origin", "sex", "age",
		"pregnancy", "marital_status", "religion", "political_opinion", "disability",
		"family_responsibilities", "hiv_status", "union_membership",
	],
	"article": "Arts. 3(8), 8(1)",
	"verification": "primary",
	"checked_against": array.concat(_ca_lc, [
		{"url": "https://lawnet.vn/thong-tin-phap-luat/lao-dong-tien-luong/chinh-thuc-co-dinh-nghia-ve-hanh-vi-phan-biet-doi-xu-trong-lao-dong-69267.html", "title": "LawNet, official definition of discrimination in employment (Labour Code Art. 3(8))"},
	]),
	"notes": [
		"Mapping of Art. 3(8): chủng tộc → race; màu da → colour; nguồn gốc quốc gia → national_extraction; nguồn gốc xã hội → social_origin; dân tộc → ethnic_origin; giới tính → sex; độ tuổi → age; tình trạng thai sản (maternity status) → pregnancy; tình trạng hôn nhân → marital_status; tôn giáo, tín ngưỡng (religion, belief) → religion; chính kiến → political_opinion; khuyết tật → disability; trách nhiệm gia đình → family_responsibilities; tình trạng nhiễm HIV → hiv_status (narrower than health status); founding, joining and activity in a trade union or enterprise workers' organisation → union_membership.",
		"Distinctions required by the inherent requirements of a job, and measures protecting vulnerable workers, are not discrimination.",
	],
})

# METADATA
# title: Equal pay for work of equal value
sources contains object.union(_lc, {
	"requirement": "equal_pay.equal_value",
	"value": true,
	"article": "Art. 90(3)",
	"verification": "primary",
	"checked_against": array.concat(_ca_lc, [
		{"url": "https://luatminhkhue.vn/tra-luong-cho-lao-dong-nam-cao-hon-lao-dong-nu-co-dung-luat-khong.aspx", "title": "Luat Minh Khue, paying male employees more than female employees (Labour Code Arts. 90-91)"},
	]),
	"notes": ["The employer must pay equally, without gender discrimination, employees doing work of equal value."],
})

# METADATA
# title: Right to organise (2013-2020)
sources contains {
	"requirement": "freedom_of_association.right_to_organise",
	"entry": "restriction",
	"value": false,
	"instrument": "Law on Trade Unions No. 12/2012/QH13",
	"article": "Arts. 1, 5, 7",
	"url": _vbpl,
	# In force 1 January 2013 (Art. 32).
	"effective_from": "2013-01-01",
	"effective_to": "2021-01-01",
	"binding": "law",
	"verification": "primary",
	"checked_against": _ca_tul,
	"notes": ["Vietnamese workers may form and join trade unions under the procedure of the Charter of the Vietnam Trade Union (Art. 5); the trade union is a component of the political system under the leadership of the Communist Party (Art. 1) and the union system consists of the Vietnam General Confederation of Labour (VGCL) and unions at each level under its Charter (Art. 7), so no union outside it could be formed. The law stays in force until 30 June 2025, when Law No. 50/2024/QH15 replaces it."],
}

# Verbatim copies, in the same repository, of two 2026 decrees that refer to workers'
# organisations at enterprises (crawled from the Government's portal vanban.chinhphu.vn).
_ca_nd105 := {
	"url": concat("", ["https://github.com/diepxuan/diepxuan.github.io/blob/", _commit, "/van-ban/lao-dong/nghi-dinh-105-2026-nd-cp-tai-chinh-cong-doan.md"]),
	"title": "Copy of the text of Decree No. 105/2026/ND-CP of 31 March 2026 on trade union finance (in force 16 May 2026), Arts. 2(3), 15-16",
}

_ca_nd283 := {
	"url": concat("", ["https://github.com/diepxuan/diepxuan.github.io/blob/", _commit, "/van-ban/lao-dong/nghi-dinh-283-2026-nd-cp-xu-phat-lao-dong-bhxh.md"]),
	"title": "Copy (OCR of the signed PDF) of Decree No. 283/2026/ND-CP of 15 July 2026 on administrative penalties in labour and social insurance, Arts. 26, 39-42, 66",
}

# METADATA
# title: Right to organise (Labour Code 2019)
sources contains object.union(_lc, {
	"requirement": "freedom_of_association.right_to_organise",
	"entry": "restriction",
	"value": false,
	"article": "Arts. 3(3), 170-172",
	"verification": "secondary",
	"checked_against": array.concat(_ca_lc, [
		{"url": "https://insightplus.bakermckenzie.com/bm/employment-compensation/vietnam-new-trade-union-law-enhances-trade-union-rights-and-provides-clarity-on-employees-organizations", "title": "Baker McKenzie, Vietnam: New Trade Union Law enhances trade union rights and provides clarity on employees' organizations (2024): Government regulations on employees' organizations still to be issued"},
		_ca_nd105,
		_ca_nd283,
	]),
	"notes": [
		"Workers' organisations at the enterprise outside the VGCL exist in law from 1 January 2021: workers may establish or join a grassroots trade union (VGCL) or a workers' organisation at the enterprise (Arts. 3(3), 170). Such an organisation may operate only once registered with the competent state authority (Art. 172, as reported by Baker McKenzie: the codification read reproduces Art. 3(3) but gives only the headings of Arts. 170-178, and links no implementing decree to Art. 172). No decree on the registration procedure was found up to the codification of July 2026. Decree No. 105/2026/ND-CP (in force 16 May 2026) provides for a workers' organisation \"granted registration under Art. 172\" to receive a share of trade union funds (Arts. 2(3), 15), and Decree No. 283/2026/ND-CP (Art. 66(1): in force 10 September 2026, replacing Decree No. 12/2022/ND-CP) penalises obstructing the formation of grassroots employees' representative organisations (Arts. 39-40): both presuppose registration without providing for it. Above the enterprise only the VGCL exists.",
		"The Law on Trade Unions No. 50/2024/QH15 (in force 1 July 2025; amended by Law No. 97/2025/QH15, as cited in Decree No. 283/2026/ND-CP) lets enterprise workers' organisations join the VGCL system and foreign workers with contracts of 12 months or more join grassroots unions (Baker McKenzie; the 2024 Law's text was not read). C87 is unratified. The restriction holds whether or not registration opens: no organisation outside the VGCL above the enterprise.",
	],
})

# METADATA
# title: Collective bargaining
sources contains object.union(_lc, {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"article": "Arts. 65, 67, 68",
	"verification": "primary",
	"checked_against": _ca_lc,
	"notes": ["Grassroots employees' representative organisations may require the employer to bargain collectively (Arts. 65, 68) on wages, hours, safety, gender equality, harassment and other matters (Art. 67); where several organisations qualify, the one with most members leads. In practice only VGCL grassroots unions can bargain (see the right to organise)."],
})

# METADATA
# title: Right to remove oneself from serious danger
sources contains object.union(_osh, {
	"requirement": "health_safety.right_to_remove_from_danger",
	"value": true,
	"article": "Art. 6(1)(dd)",
	"checked_against": array.concat(_ca_osh, [{"url": "http://thanhtralaodong.gov.vn/international-cooperation/national-assembly-adopt-law-on-occupational-safety-and-health-39495.html", "title": "MOLISA Inspectorate, National Assembly adopts the Law on Occupational Safety and Health (news)"}]),
	"notes": ["An employee may refuse work or leave the workplace, still receiving full wages and without breach of discipline, on clearly seeing a risk of an occupational accident seriously threatening life or health, provided the direct manager is told at once; work resumes only once the risk is remedied. Also Labour Code 2019 Art. 5(1)(d): the right to refuse work where there is a clear risk directly threatening life or health."],
})

# METADATA
# title: Protective equipment provided by the employer
sources contains object.union(_osh, {
	"requirement": "health_safety.free_protective_equipment",
	"value": true,
	"article": "Arts. 6(1)(c), 23(1), 23(3)(b)",
	"notes": ["Employees doing work with dangerous or harmful factors are provided by the employer with full personal protective equipment and must use it (Art. 23(1)); the employer may not pay cash instead of providing it, make employees buy it themselves or collect money from them for it (Art. 23(3)(b))."],
})

# METADATA
# title: Worker participation in safety and health
sources contains object.union(_osh, {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"article": "Arts. 74, 76(2)",
	"notes": ["Each production team must have at least one occupational safety and hygiene officer, a worker elected by the team, working under the guidance of the grassroots trade union (Art. 74); the employer sets up the network of OSH officers after agreeing with the grassroots union executive board (Art. 74(1)), and the annual OSH plan is drawn up after consulting that board (Art. 76(2)). An enterprise OSH council is set up according to size and risk (Art. 75), not encoded."],
})

# METADATA
# title: Workplace sexual harassment policy
sources contains object.union(_lc, {
	"requirement": "harassment.policy",
	"value": true,
	"article": "Arts. 8(3), 118(1), 118(2)(d)",
	"verification": "primary",
	"checked_against": array.concat(_ca_lc, [
		{"url": "https://sites.google.com/view/luatlaodong2019/luật-lao-động/chương-8-kỷ-luật-lao-động-trách-nhiệm-vật-chất/điều-118-nội-quy-lao-động", "title": "Unofficial copy of the Labour Code 2019, Art. 118 (luatlaodong2019, Google Sites)"},
	]),
	"conditions": {
		"employer_employees_min": 10,
		"text": "Internal labour regulations must be in writing where the employer uses 10 or more employees (Art. 118(1)); they must cover the prevention of sexual harassment and the procedure for handling it (Art. 118(2)(d)).",
	},
	"notes": ["Sexual harassment at work is prohibited for every employer (Art. 8(3)); details in Decree 145/2020/ND-CP. Covers sexual harassment, not violence and harassment generally."],
})

_normlex_vn := "https://normlex.ilo.org/dyn/normlex/en/f?p=1000:11200:0::NO:11200:P11200_COUNTRY_ID:103004"

_ca_ilo_hanoi := {"url": "http://ilo.org/hanoi/Areasofwork/international-labour-standards/lang--en/index.htm", "title": "ILO Hanoi, International labour standards in Viet Nam"}

_ca_molisa := {"url": "http://boluatlaodong2019.molisa.gov.vn/lang_en/topic/united_nations_labour_standards/index", "title": "MOLISA, Labour Code 2019 portal: international labour standards"}

_ca_osh_profile := {"url": "http://ilo.org/global/topics/safety-and-health-at-work/country-profiles/asia/vietnam/lang--en/index.htm", "title": "ILO, OSH country profile Viet Nam (C155 ratified 1994; C187 registered 16 May 2014)"}

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: |
#   url is Viet Nam's NORMLEX ratification page; the statuses were checked against the ILO
#   Hanoi and MOLISA pages named in checked_against, not against NORMLEX itself (secondary).
#   Exact dates only where a source gave them. C187 was registered on 16 May 2014 (in force
#   16 May 2015, twelve months later). The C138 declared minimum age could not be confirmed
#   and is left out.
ratifications := {
	"C29": {"status": "ratified", "verification": "secondary", "url": _normlex_vn, "checked_against": [_ca_ilo_hanoi]},
	"P29": {
		"status": "not_ratified", "verification": "unverified", "url": _normlex_vn,
		"notes": ["No ratification of the 2014 Protocol was found in the pages read; not confirmed against NORMLEX."],
	},
	"C87": {"status": "not_ratified", "verification": "secondary", "url": _normlex_vn, "checked_against": [_ca_molisa]},
	"C98": {"status": "ratified", "verification": "secondary", "url": _normlex_vn, "checked_against": [_ca_ilo_hanoi]},
	"C100": {"status": "ratified", "verification": "secondary", "url": _normlex_vn, "checked_against": [_ca_ilo_hanoi]},
	"C105": {"status": "ratified", "verification": "secondary", "url": _normlex_vn, "checked_against": [{"url": "https://en.vietnamplus.vn/na-ratifies-vietnams-membership-of-ilo-convention-against-forced-labour/174539.vnp", "title": "VietnamPlus, NA ratifies Viet Nam's membership of the ILO convention against forced labour (8 June 2020)"}]},
	"C111": {"status": "ratified", "verification": "secondary", "url": _normlex_vn, "checked_against": [_ca_ilo_hanoi]},
	"C138": {"status": "ratified", "verification": "secondary", "url": _normlex_vn, "checked_against": [{"url": "https://webapps.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2316673%2C103004", "title": "NORMLEX, CEACR comment on C138, Viet Nam"}]},
	"C182": {"status": "ratified", "verification": "secondary", "url": _normlex_vn, "checked_against": [_ca_ilo_hanoi]},
	"C155": {"status": "ratified", "verification": "secondary", "url": _normlex_vn, "checked_against": [_ca_osh_profile]},
	"C187": {"status": "ratified", "date": "2014-05-16", "verification": "secondary", "url": _normlex_vn, "checked_against": [_ca_osh_profile]},
}
