# METADATA
# title: Vietnam national rule pack
# description: |
#   Labour Code No. 45/2019/QH14 (in force 1 January 2021), Resolution No. 17/2022/UBTVQH15
#   (overtime caps for 2022), the Law on Occupational Safety and Hygiene No. 84/2015/QH13,
#   the Law on Trade Unions No. 12/2012/QH13, the Laws on Social Insurance (No. 58/2014/QH13
#   and No. 41/2024/QH15) and the ILO ratifications. The 2012 Labour Code (in force 1 May 2013
#   to 31 December 2020) is not encoded, except where the right to organise is concerned.
#
#   URLs point to the official legal-document portal (vbpl.vn) where hrdd checked the text
#   against secondary sources (law-firm and LawNet translations, ILO material) rather than the
#   official text itself; verification is then "secondary".
package hrdd.national.vn

# METADATA
# title: Country name
name := "Vietnam"

_vbpl := "https://vbpl.vn/"

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
	# Adopted 25 June 2015, in force 1 July 2016.
	"effective_from": "2016-07-01",
	"verification": "secondary",
}

_res17 := {
	"instrument": "Resolution No. 17/2022/UBTVQH15 of the National Assembly Standing Committee on overtime hours",
	"binding": "law",
	"url": _vbpl,
	# Implemented until the end of 31 December 2022 unless extended by the National Assembly;
	# no extension was found, so the caps of the Labour Code apply again from 1 January 2023.
	"effective_to": "2023-01-01",
	"verification": "secondary",
}

_res17_excluded := "Not for employees aged 15 to under 18, persons with disabilities that reduce working capacity by 51 % or more or severe disabilities, employees in heavy, hazardous or dangerous work, pregnant women from the 7th month (6th in highland, remote, border or island areas), or women raising a child under 12 months (Art. 1(1)(a)-(dd))."

# Art. 107(3)(a)-(b): production and processing for export of textiles, garments, leather,
# footwear, electrical and electronic products, and processing of agricultural, forestry,
# salt and fishery products; production and supply of electricity, telecommunications, oil
# refining, water supply and drainage. Sector names are hrdd's free-text workplace sectors.
_sectors_300h := [
	"textiles", "apparel", "garments", "leather", "footwear", "electrical equipment", "electronics",
	"agricultural processing", "forestry processing", "salt", "fishery processing", "seafood processing",
	"electricity", "telecommunications", "oil refining", "water supply", "drainage",
]

_text_300h := "Up to 300 hours a year in the production and processing for export of textiles, garments, leather, footwear, electrical and electronic products and of agricultural, forestry, salt and fishery products; in electricity, telecommunications, oil refining and water supply and drainage (Art. 107(3)(a)-(b)); also for work needing highly skilled labour the market cannot supply and for urgent seasonal or unforeseen work (Art. 107(3)(c)-(d)), which hrdd cannot test. The employer must notify the provincial labour authority (Art. 107(4); Decree No. 145/2020/ND-CP Art. 62)."

_text_200h := "Overtime is capped at 200 hours a year except in the cases of Art. 107(3) (listed sectors and urgent or skilled work: up to 300)."

# METADATA
# title: Minimum age for employment
sources contains object.union(_lc, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "Arts. 3(1), 143",
	"url": "https://sites.google.com/view/luatlaodong2019/luật-lao-động/chương-11-những-quy-định-riêng-với-lao-động-chưa-thành-niên-và-lđ-khác/điều-143-lao-động-chưa-thành-niên",
	"verification": "secondary",
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
	"url": "https://sites.google.com/view/luatlaodong2019/luật-lao-động/chương-11-những-quy-định-riêng-với-lao-động-chưa-thành-niên-và-lđ-khác/điều-143-lao-động-chưa-thành-niên",
	"verification": "secondary",
})

# METADATA
# title: Minimum age for night work
sources contains object.union(_lc, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"article": "Art. 146",
	"verification": "secondary",
	"notes": ["Employees under 15 may not work overtime or at night (Art. 146(1)); employees aged 15 to under 18 may work at night only in the jobs listed by the Minister of Labour (Art. 146(2); Circular No. 09/2020/TT-BLDTBXH). Night work is 22:00 to 06:00 (Art. 106)."],
	"exceptions": [{
		"article": "Art. 146(2)",
		"value": 15,
		"text": "Employees aged 15 to under 18 may work at night in the works and jobs listed by the Minister of Labour.",
	}],
})

# METADATA
# title: Recruitment fees (not encoded)
sources contains object.union(_lc, {
	"requirement": "forced_labour.no_recruitment_fees",
	"entry": "not_encoded",
	"article": "Art. 11",
	"verification": "unverified",
	"reason": "Art. 11(2) is reported to provide that employees do not bear the cost of recruitment, but hrdd found no reliable source for its text; fees of employment-service organisations (Law on Employment) and of agencies sending workers abroad (Law No. 69/2020/QH14) were not checked.",
})

# METADATA
# title: No retention of identity documents
sources contains object.union(_lc, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"value": true,
	"article": "Art. 17(1)",
	"url": "https://lawnet.vn/thong-tin-phap-luat/en/lao-dong-tien-luong/03-prohibited-acts-of-enterprises-during-conclusion-and-performance-of-employment-contracts-in-accordance-with-vietnamese-law-106550.html",
	"verification": "secondary",
	"notes": ["The employer may not keep the employee's original identity documents, diplomas or certificates, nor require a deposit as security (Art. 17(2))."],
})

# METADATA
# title: Workers free to resign
sources contains object.union(_lc, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "Art. 35",
	"url": "https://tltlegal.com/en/quitting-your-job-while-still-in-the-notice-period-what-benefits-will-you-lose",
	"verification": "secondary",
	"notes": ["An employee may terminate without giving reasons on notice of 45 days (indefinite term), 30 days (12-36 months) or 3 working days (under 12 months), and without notice if subjected to forced labour, maltreatment or sexual harassment (Art. 35(2))."],
})

# METADATA
# title: Regular daily hours
sources contains object.union(_lc, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Art. 105(1)",
	"verification": "secondary",
	"notes": ["Where hours are set on a weekly basis, up to 10 hours a day within the 48-hour week (Art. 105(2))."],
})

# METADATA
# title: Regular weekly hours
sources contains object.union(_lc, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"article": "Art. 105(1)",
	"verification": "secondary",
	"notes": ["A limit on normal hours: work beyond it is overtime, lawful only within the caps of Art. 107. The State encourages a 40-hour week."],
})

# METADATA
# title: Weekly hours after which overtime pay is due
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"value": 48,
	"article": "Arts. 98(1), 105(1), 107(1)",
	"verification": "secondary",
	"notes": ["Overtime is work outside the normal hours set by law, collective agreement or internal rules (Art. 107(1)) and is paid at the rates of Art. 98(1); normal hours may not exceed 48 a week (Art. 105(1)), so overtime pay is due at the latest beyond 48 hours."],
})

# METADATA
# title: Overtime is voluntary
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "Art. 107(2)(a)",
	"verification": "secondary",
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
	"verification": "secondary",
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
	"article": "Art. 107(2)(b)",
	"verification": "secondary",
	"notes": ["Under a weekly schedule, normal plus overtime hours may not exceed 12 a day; under a daily schedule 8 normal hours plus 50 % overtime give the same 12. Decree No. 145/2020/ND-CP Art. 60 applies the 12-hour limit to part-time work and to work on days off (secondary source)."],
})

# METADATA
# title: Maximum overtime per week (none)
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_weekly_max",
	"entry": "absence",
	"article": "Art. 107(2)",
	"verification": "secondary",
	"notes": ["The Code caps overtime per day, month and year, not per week."],
})

# METADATA
# title: Maximum total hours per week (none)
sources contains object.union(_lc, {
	"requirement": "working_hours.total_weekly_max",
	"entry": "absence",
	"article": "Arts. 105, 107",
	"verification": "secondary",
	"notes": ["No weekly limit on normal plus overtime hours: normal hours are capped at 48 a week (Art. 105) and overtime per day, month and year (Art. 107)."],
})

# METADATA
# title: Maximum overtime per month (Labour Code, 2021)
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_monthly_max",
	"value": 40,
	"article": "Art. 107(2)(b)",
	"effective_to": "2022-04-01",
	"verification": "secondary",
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
	"verification": "secondary",
	"notes": ["The 60-hour cap of Resolution No. 17/2022/UBTVQH15 applied only until 31 December 2022."],
})

# METADATA
# title: Maximum overtime per year (Labour Code, 2021)
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_yearly_max",
	"value": 200,
	"article": "Art. 107(2)(c)",
	"effective_to": "2022-01-01",
	"verification": "secondary",
	"conditions": {"unless": {"sectors": _sectors_300h}, "text": _text_200h},
	"notes": ["Raised to 300 hours for all sectors in 2022 by Resolution No. 17/2022/UBTVQH15."],
})

# METADATA
# title: Maximum overtime per year in listed sectors
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_yearly_max",
	"value": 300,
	"article": "Art. 107(3)",
	"verification": "secondary",
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
	"verification": "secondary",
	"conditions": {"unless": {"sectors": _sectors_300h}, "text": _text_200h},
})

# METADATA
# title: Overtime premium
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 150,
	"article": "Art. 98(1)(a)",
	"url": "https://www.vietnam.vn/de/can-bo-cong-chuc-vien-chuc-nguoi-lao-dong-can-biet",
	"verification": "secondary",
	"notes": ["At least 150 % on normal working days, 200 % on weekly days off, 300 % on public holidays and paid leave days (Art. 98(1))."],
})

# METADATA
# title: Weekly rest
sources contains object.union(_lc, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "Art. 111(1)",
	"url": "https://chiaseluatlaodong.com/en/question-can-employers-apply-labour-discipline-in-the-form-of-oral-reprimand/",
	"verification": "secondary",
	"notes": ["At least 24 consecutive hours a week; where the work cycle prevents weekly rest, an average of at least 4 days a month."],
})

# METADATA
# title: Annual paid leave
sources contains object.union(_lc, {
	"requirement": "leave.annual_paid_min_days",
	"value": 10,
	"article": "Art. 113(1)",
	"url": "https://lawnet.vn/en/laws/vietnam-how-many-annual-leave-days-does-an-employee-have-if-they-have-not-worked-for-less-than-12-months-shall-unused-an-167339.html",
	"verification": "secondary",
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
	"url": "https://lawnet.vn/thong-tin-phap-luat/en/tu-van-luat/regulations-on-employment-security-for-employees-after-maternity-in-vietnam-135707.html",
	"verification": "secondary",
	"statute": {"value": 6, "unit": "months", "conversion": "6 months x 52/12 = 26 weeks"},
	"notes": ["6 months, of which no more than 2 months before the birth; +1 month for each additional child in a multiple birth."],
})

# METADATA
# title: Compulsory leave after childbirth
sources contains object.union(_lc, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"value": 8.6,
	"article": "Art. 139(1), (4)",
	"url": "https://lawnet.vn/thong-tin-phap-luat/en/tu-van-luat/regulations-on-employment-security-for-employees-after-maternity-in-vietnam-135707.html",
	"verification": "secondary",
	"statute": {
		"value": 2,
		"unit": "months after the birth",
		"conversion": "an early return needs at least 4 months of leave (Art. 139(4)), of which at most 2 before the birth (Art. 139(1)), so at least 2 months after it; 2 x 52/12 = 8.67 weeks, rounded down to 8.6",
	},
	"notes": ["An early return also needs a medical confirmation that it will not harm her health and the employer's agreement (Art. 139(4))."],
})

_si_note := "Paid by the social insurance fund to insured employees who meet the contribution conditions; the base is the average salary on which social insurance contributions were paid in the 6 months before leave."

# METADATA
# title: Maternity cash benefit (Social Insurance Law 2014)
sources contains {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"instrument": "Law on Social Insurance No. 58/2014/QH13",
	"article": "Art. 39(1)(a)",
	"url": "https://lawnet.vn/en/laws/vietnam-in-2024-what-is-the-newest-application-form-for-taking-maternity-leave-for-employees-where--147339.html",
	"effective_from": "2016-01-01",
	"effective_to": "2025-07-01",
	"binding": "law",
	"verification": "secondary",
	"notes": [_si_note],
}

# METADATA
# title: Maternity cash benefit (Social Insurance Law 2024)
sources contains {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"instrument": "Law on Social Insurance No. 41/2024/QH15",
	"article": "Art. 59(1)",
	"url": "https://lawnet.vn/en/laws/tro-cap-thai-san-tu-1-7-2025-ra-sao-thoi-gian-nghi-viec-huong-che-do-thai-san-khi-kham-thai-tu-1-7--21575-173006.html",
	"effective_from": "2025-07-01",
	"binding": "law",
	"verification": "secondary",
	"notes": [_si_note],
}

# METADATA
# title: Pregnancy testing (not encoded)
sources contains object.union(_lc, {
	"requirement": "maternity.no_pregnancy_testing",
	"entry": "not_encoded",
	"article": "Arts. 3(8), 8(1)",
	"verification": "unverified",
	"reason": "Discrimination on grounds of maternity status is prohibited (Arts. 3(8), 8(1)), but hrdd found no provision on pregnancy tests of job applicants and did not check the Law on Gender Equality or Decree No. 145/2020/ND-CP for one.",
})

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_lc, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "Arts. 90(2), 91",
	"url": "https://luatminhkhue.vn/tra-luong-cho-lao-dong-nam-cao-hon-lao-dong-nu-co-dung-luat-khong.aspx",
	"verification": "secondary",
	"notes": ["The wage for the job or title may not be lower than the regional minimum wage set by Government decree (four regions; Decree 293/2025/ND-CP from 1 January 2026)."],
})

# METADATA
# title: Living wage (none)
sources contains object.union(_lc, {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"article": "Art. 91",
	"verification": "secondary",
	"notes": ["The Code requires only the regional minimum wage, defined as the lowest wage for the simplest work under normal conditions, meant to secure the minimum living standard of employees and their families (Art. 91(1)); no living-wage requirement."],
})

# METADATA
# title: Wages paid regularly
sources contains object.union(_lc, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "Art. 97",
	"verification": "secondary",
	"notes": ["Monthly-paid employees are paid once a month or every half month at a fixed time; hourly, daily or weekly-paid employees after the hours, days or weeks worked or as agreed, at least once every 15 days; piece-rate pay as agreed with monthly advances for work spanning months. Late payment of 15 days or more carries interest (Art. 97(4))."],
})

# METADATA
# title: Deductions only as prescribed
sources contains object.union(_lc, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "Art. 102",
	"verification": "secondary",
	"notes": ["The employer may deduct from wages only to compensate damage to its equipment and property under Art. 129; the employee must be told why, and deductions may not exceed 30 % of the monthly wage net of social insurance contributions and income tax."],
})

# METADATA
# title: No disciplinary deductions
sources contains object.union(_lc, {
	"requirement": "wages.no_disciplinary_deductions",
	"value": true,
	"article": "Art. 127(2)",
	"verification": "secondary",
	"notes": ["Fines and wage cuts in place of labour discipline are prohibited; the only disciplinary measures are reprimand, deferral of a pay rise, demotion and dismissal (Art. 124)."],
})

# METADATA
# title: No deductions for obtaining employment
sources contains object.union(_lc, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"value": true,
	"article": "Arts. 17(2), 102(1)",
	"verification": "secondary",
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
	"url": "https://lawnet.vn/thong-tin-phap-luat/lao-dong-tien-luong/chinh-thuc-co-dinh-nghia-ve-hanh-vi-phan-biet-doi-xu-trong-lao-dong-69267.html",
	"verification": "secondary",
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
	"url": "https://luatminhkhue.vn/tra-luong-cho-lao-dong-nam-cao-hon-lao-dong-nu-co-dung-luat-khong.aspx",
	"verification": "secondary",
	"notes": ["The employer must pay equally, without gender discrimination, employees doing work of equal value."],
})

# METADATA
# title: Right to organise (2013-2020)
sources contains {
	"requirement": "freedom_of_association.right_to_organise",
	"entry": "restriction",
	"value": false,
	"instrument": "Law on Trade Unions No. 12/2012/QH13",
	"article": "Arts. 1, 7",
	"url": _vbpl,
	"effective_from": "2013-01-01",
	"effective_to": "2021-01-01",
	"binding": "law",
	"verification": "secondary",
	"notes": ["Workers could form and join only trade unions of the single system led by the Vietnam General Confederation of Labour (VGCL), a component of the political system under the leadership of the Communist Party (Arts. 1, 7); no union outside it could be formed. The law stays in force until 30 June 2025, when Law No. 50/2024/QH15 replaces it."],
}

# METADATA
# title: Right to organise (Labour Code 2019)
sources contains object.union(_lc, {
	"requirement": "freedom_of_association.right_to_organise",
	"entry": "restriction",
	"value": false,
	"article": "Arts. 3(3), 170-172",
	"verification": "secondary",
	"notes": [
		"Workers may establish or join a grassroots trade union (VGCL) or a workers' organisation at the enterprise outside the VGCL (Arts. 3(3), 170). A workers' organisation may operate only once registered with the competent state authority (Art. 172), and the decree on its registration had still not been issued by mid-2025, so none could lawfully operate; above the enterprise only the VGCL exists.",
		"The Law on Trade Unions No. 50/2024/QH15 (in force 1 July 2025) lets enterprise workers' organisations join the VGCL system and foreign workers with contracts of 12 months or more join grassroots unions. C87 is unratified.",
	],
})

# METADATA
# title: Collective bargaining
sources contains object.union(_lc, {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"article": "Arts. 65, 67, 68",
	"verification": "secondary",
	"notes": ["Grassroots employees' representative organisations may require the employer to bargain collectively (Arts. 65, 68) on wages, hours, safety, gender equality, harassment and other matters (Art. 67); where several organisations qualify, the one with most members leads. In practice only VGCL grassroots unions can bargain (see the right to organise)."],
})

# METADATA
# title: Right to remove oneself from serious danger
sources contains object.union(_osh, {
	"requirement": "health_safety.right_to_remove_from_danger",
	"value": true,
	"article": "Art. 6(1)(dd)",
	"url": "http://thanhtralaodong.gov.vn/international-cooperation/national-assembly-adopt-law-on-occupational-safety-and-health-39495.html",
	"notes": ["An employee may refuse work or leave the workplace, still receiving full wages and without breach of discipline, on clearly seeing a risk of an occupational accident seriously threatening life or health, provided the direct manager is told at once. Also Labour Code 2019 Art. 5(1)(dd)."],
})

# METADATA
# title: Protective equipment provided by the employer
sources contains object.union(_osh, {
	"requirement": "health_safety.free_protective_equipment",
	"value": true,
	"article": "Arts. 6(1)(c), 23(1)",
	"notes": ["Employees doing work with dangerous or harmful factors are provided by the employer with full personal protective equipment and must use it (Art. 23(1)); the cost falls on the employer, the Law does not let it be charged to the employee."],
})

# METADATA
# title: Worker participation in safety and health
sources contains object.union(_osh, {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"article": "Arts. 74, 76(2)",
	"notes": ["Each production team must have at least one occupational safety and hygiene officer, a worker elected by the team, working under the guidance of the grassroots trade union (Art. 74); the annual OSH plan must be agreed with the executive board of the grassroots trade union (Art. 76(2))."],
})

# METADATA
# title: Workplace sexual harassment policy
sources contains object.union(_lc, {
	"requirement": "harassment.policy",
	"value": true,
	"article": "Arts. 8(3), 118(1), 118(2)(d)",
	"url": "https://sites.google.com/view/luatlaodong2019/luật-lao-động/chương-8-kỷ-luật-lao-động-trách-nhiệm-vật-chất/điều-118-nội-quy-lao-động",
	"verification": "secondary",
	"conditions": {
		"employer_employees_min": 10,
		"text": "Internal labour regulations must be in writing where the employer uses 10 or more employees (Art. 118(1)); they must cover the prevention of sexual harassment and the procedure for handling it (Art. 118(2)(d)).",
	},
	"notes": ["Sexual harassment at work is prohibited for every employer (Art. 8(3)); details in Decree 145/2020/ND-CP. Covers sexual harassment, not violence and harassment generally."],
})

_ilo_hanoi := "http://ilo.org/hanoi/Areasofwork/international-labour-standards/lang--en/index.htm"

_molisa := "http://boluatlaodong2019.molisa.gov.vn/lang_en/topic/united_nations_labour_standards/index"

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: |
#   Ratified instruments per ILO Hanoi and MOLISA; exact dates only where a source gave them.
#   C187 was registered on 16 May 2014 (in force 16 May 2015, twelve months later).
#   The C138 declared minimum age could not be confirmed and is left out.
ratifications := {
	"C29": {"status": "ratified", "verification": "secondary", "url": _ilo_hanoi},
	"P29": {"status": "not_ratified", "verification": "secondary", "url": "https://normlex.ilo.org/dyn/normlex/en/f?p=1000:11200:0::NO:11200:P11200_COUNTRY_ID:103004"},
	"C87": {"status": "not_ratified", "verification": "secondary", "url": _molisa},
	"C98": {"status": "ratified", "verification": "secondary", "url": _ilo_hanoi},
	"C100": {"status": "ratified", "verification": "secondary", "url": _ilo_hanoi},
	"C105": {"status": "ratified", "verification": "secondary", "url": "https://en.vietnamplus.vn/na-ratifies-vietnams-membership-of-ilo-convention-against-forced-labour/174539.vnp"},
	"C111": {"status": "ratified", "verification": "secondary", "url": _ilo_hanoi},
	"C138": {"status": "ratified", "verification": "secondary", "url": "https://webapps.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2316673%2C103004"},
	"C182": {"status": "ratified", "verification": "secondary", "url": _ilo_hanoi},
	"C155": {"status": "ratified", "verification": "secondary", "url": "http://ilo.org/global/topics/safety-and-health-at-work/country-profiles/asia/vietnam/lang--en/index.htm"},
	"C187": {"status": "ratified", "date": "2014-05-16", "verification": "secondary", "url": "http://ilo.org/global/topics/safety-and-health-at-work/country-profiles/asia/vietnam/lang--en/index.htm"},
}
