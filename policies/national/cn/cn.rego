# METADATA
# title: China national rule pack
# description: |
#   People's Republic of China: Labour Law 1994 (rev. 2009, 2018), Labour Contract
#   Law 2007 (rev. 2012), State Council Provisions on Working Hours, Regulations on
#   Paid Annual Leave, Special Provisions on Labour Protection of Female Employees
#   (Decree 619), Employment Promotion Law, Work Safety Law, Trade Union Law, Law on
#   the Protection of Women's Rights and Interests (2022), and the ILO ratifications.
#
#   Texts were read in the LawRefBook/Laws copy of the National Database of Laws and
#   Regulations (flk.npc.gov.cn), snapshot of April 2025; the url of each source is
#   that database, where every text can be found by title. The Provisional Regulations on
#   Wage Payment (1994) and the State Council texts were read in the same copy.
#
#   Re-checked for 1 December 2026: no amendment of the Labour Law, Labour Contract Law,
#   Work Safety Law, Trade Union Law or Decree 619 after the texts read was found (the
#   search was limited to the copy of April 2025 and news indexes). The gradual raising
#   of the statutory retirement age from 1 January 2025 (NPC Standing Committee decision,
#   not read) touches no requirement encoded here.
#
#   Freedom of association is a restriction: the Trade Union Law places every union
#   under the leadership of the Communist Party and in the single All-China Federation
#   of Trade Unions, each union's founding needs the approval of the union above it,
#   and C87/C98 are unratified, so the law does not grant the right to organise, or
#   to bargain through unions, of workers' own choosing.
package hrdd.national.cn

# METADATA
# title: Country name
name := "China"

_flk := "https://flk.npc.gov.cn/"

_labour_law := {
	"instrument": "Labour Law of the People's Republic of China (1994, as amended 2009 and 2018)",
	"binding": "law",
	"url": _flk,
	# Art. 107: in force 1 January 1995.
	"effective_from": "1995-01-01",
	"verification": "primary",
}

_lcl := {
	"instrument": "Labour Contract Law of the People's Republic of China (2007, as amended 2012)",
	"binding": "law",
	"url": _flk,
	# Art. 98: in force 1 January 2008.
	"effective_from": "2008-01-01",
	"verification": "primary",
}

_working_hours := {
	"instrument": "State Council Provisions on the Working Hours of Employees (1994, as revised 1995)",
	"binding": "law",
	"url": _flk,
	# Art. 9: in force 1 May 1995; enterprises with difficulties could defer it, until 1 May 1997 at the latest.
	"effective_from": "1995-05-01",
	"verification": "primary",
}

_epl := {
	"instrument": "Employment Promotion Law of the People's Republic of China (2007, as amended 2015)",
	"binding": "law",
	"url": _flk,
	# Art. 69: in force 1 January 2008.
	"effective_from": "2008-01-01",
	"verification": "primary",
}

_wrpl := {
	"instrument": "Law of the People's Republic of China on the Protection of Women's Rights and Interests (as revised 30 October 2022)",
	"binding": "law",
	"url": _flk,
	# Art. 86: in force 1 January 2023.
	"effective_from": "2023-01-01",
	"verification": "primary",
}

_wsl := {
	"instrument": "Work Safety Law of the People's Republic of China (2002, as amended 2009, 2014 and 2021)",
	"binding": "law",
	"url": _flk,
	# The Law took effect on 1 November 2002; the 2021 amendment, whose numbering is cited, on 1 September 2021 (checked_against).
	"effective_from": "2021-09-01",
	"verification": "primary",
	"checked_against": [
		{"url": "https://baike.baidu.hk/item/%E4%B8%AD%E8%8F%AF%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9C%8B%E5%AE%89%E5%85%A8%E7%94%9F%E7%94%A2%E6%B3%95/397286", "title": "Baidu Baike: Work Safety Law, in force 1 November 2002; amended 2009, 2014 and 10 June 2021, latest version in force 1 September 2021"},
		{"url": "https://www.ganbingw.cn/baike/1226107.html", "title": "Work Safety Law, third amendment in force 1 September 2021 (overview)"},
	],
}

_tul := {
	"instrument": "Trade Union Law of the People's Republic of China (1992, as amended 2001, 2009 and 2021)",
	"binding": "law",
	"url": _flk,
	# Art. 58: in force on promulgation, 3 April 1992.
	"effective_from": "1992-04-03",
	"verification": "primary",
}

_ethnic_note := "民族 (minzu, often translated 'nationality' or 'ethnic community') denotes ethnic group, so it is mapped to ethnic_origin, not to nationality (citizenship)."

_lrb := "https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/"

# LawRefBook/Laws copies read (April 2025 snapshot), named in checked_against.
_lrb_seen(path, title) := {"url": concat("", [_lrb, path]), "title": title}

_wage_regs_seen := _lrb_seen("行政法规/工资支付暂行规定(1994-12-06).md", "Provisional Regulations on Wage Payment (Ministry of Labour, Lao Bu Fa [1994] No. 489, in force 1 January 1995), full text, Arts. 13, 15-16 (LawRefBook/Laws copy, verbatim)")

_decree_619_seen := _lrb_seen("行政法规/女职工劳动保护特别规定(2012-04-28).md", "Special Provisions on Labour Protection of Female Employees (State Council Decree No. 619, 2012), full text, Arts. 6-9, 13 (LawRefBook/Laws copy of the National Database of Laws and Regulations, verbatim)")

# METADATA
# title: Minimum age for employment
sources contains object.union(_labour_law, {
	"requirement": "child_labour.minimum_age",
	"value": 16,
	"article": "Art. 15",
	"notes": ["Also State Council Provisions on the Prohibition of Using Child Labour (Decree 364, 2002) Art. 2, fine of RMB 5,000 per child a month (Art. 6). 16 is the age China declared on ratifying ILO C138."],
	"exceptions": [{
		"article": "Art. 15(2); Decree 364 Art. 13",
		"text": "Literature and art, sports and special-craft units may recruit juveniles under 16 under State rules (with the guardians' consent, Decree 364), and must safeguard their compulsory education.",
	}],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_labour_law, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "Arts. 58, 64",
	"notes": ["Juvenile workers (16-17, Art. 58(2)) may not do mining or underground work, toxic or harmful work, Grade IV physical labour or other prohibited work (Art. 64); the Provisions on Special Protection of Juvenile Workers (Ministry of Labour, 1994, in force 1 January 1995) list the forbidden work in detail (Art. 3, by the national grading standards for dust, toxic, height, cold, heat and physical-intensity work, mining, logging and others; Art. 4 for juveniles with certain conditions), read in copies."],
})

# METADATA
# title: No retention of identity documents
sources contains object.union(_lcl, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"value": true,
	"article": "Arts. 9, 84",
	"notes": ["An employer may not detain a worker's resident identity card or other certificates; the labour administration orders their return (Art. 84)."],
})

# METADATA
# title: No recruitment fees charged to workers
sources contains object.union(_lcl, {
	"requirement": "forced_labour.no_recruitment_fees",
	"value": true,
	"article": "Arts. 9, 84",
	"notes": ["Binds the employer only: it may not require a guarantee or collect money or property from the worker under any name (fine RMB 500-2,000 per worker, Art. 84). No general ban on fees charged by licensed employment agencies was found."],
})

# METADATA
# title: Workers free to resign
sources contains object.union(_lcl, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "Arts. 37, 38",
	"notes": ["A worker may terminate on 30 days' written notice (3 days during probation), and at once without notice where the employer compels work by violence, threat or unlawful restriction of personal freedom."],
})

# Regular hours are a real limit, not a pay trigger (catalogue rule on hours): an
# employer may extend them only after consulting the union and the worker and within
# the caps of Labour Law Art. 41 (Arts. 41, 43), may not compel overtime (Labour
# Contract Law Art. 31), and breach is punished by a warning and fines (Art. 90):
# conditions paying cannot meet. The Art. 44 premium is due for the hours so
# extended, so the standard day and week are also the pay thresholds.

# METADATA
# title: Regular daily hours (Labour Law)
sources contains object.union(_labour_law, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Art. 36",
})

# METADATA
# title: Regular weekly hours (Labour Law)
sources contains object.union(_labour_law, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 44,
	"article": "Art. 36",
	"notes": ["Average of no more than 44 hours a week; reduced to 40 by the State Council Provisions on Working Hours from 1 May 1995."],
})

# METADATA
# title: Regular daily hours (State Council Provisions)
sources contains object.union(_working_hours, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Art. 3",
})

# METADATA
# title: Regular weekly hours (State Council Provisions)
sources contains object.union(_working_hours, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 40,
	"article": "Art. 3",
	"notes": [
		"8 hours a day, 40 a week (Art. 3); no unit may extend hours on its own authority (Art. 6).",
		"In force 1 May 1995; enterprises that had difficulty could defer it until 1 May 1997 at the latest (Art. 9).",
		"Enterprises that cannot apply the standard system may, with approval, use comprehensive or irregular working-hour systems (Labour Law Art. 39; Provisions Art. 5).",
	],
})

_art41 := "Labour Law Art. 41: after consulting the union and the workers, an employer may extend working hours as production requires, normally by at most 1 hour a day; for special reasons, and provided workers' health is safeguarded, by at most 3 hours a day, but by no more than 36 hours a month."

_art42 := {
	"article": "Art. 42",
	"text": "The limits of Art. 41 do not apply to emergencies threatening life, health or property (natural disasters, accidents), urgent repairs of production equipment, transport lines or public facilities, and other cases set by law or administrative regulation.",
}

# METADATA
# title: Maximum overtime per day
sources contains object.union(_labour_law, {
	"requirement": "working_hours.overtime_daily_max",
	"value": 1,
	"article": "Art. 41",
	"notes": [_art41],
	"exceptions": [
		{
			"article": "Art. 41",
			"value": 3,
			"text": "For special reasons, on condition that workers' health is safeguarded, up to 3 hours a day (within 36 hours a month).",
		},
		_art42,
	],
})

# METADATA
# title: Maximum overtime per month
sources contains object.union(_labour_law, {
	"requirement": "working_hours.overtime_monthly_max",
	"value": 36,
	"article": "Art. 41",
	"notes": [_art41],
	"exceptions": [_art42],
})

# METADATA
# title: Maximum overtime per week and per year (none)
sources contains object.union(_labour_law, {
	"requirement": requirement,
	"entry": "absence",
	"article": "Art. 41",
	"notes": [concat(" ", [_art41, "The Law caps overtime per day and per month only; at 36 hours a month the year's overtime cannot exceed 432 hours, a derived figure not encoded."])],
}) if some requirement in {"working_hours.overtime_weekly_max", "working_hours.overtime_yearly_max"}

# METADATA
# title: Maximum total hours per day (standard day plus the daily overtime cap)
sources contains object.union(_working_hours, {
	"requirement": "working_hours.total_daily_max",
	"value": 9,
	"statute": {
		"value": 1,
		"unit": "hour of extension a day beyond the 8-hour standard day",
		"conversion": "8 (Provisions Art. 3) + 1 (Labour Law Art. 41) = 9 hours a day",
	},
	"article": "Provisions Art. 3; Labour Law Art. 41",
	"notes": [
		"The standard day is 8 hours (Provisions Art. 3; Labour Law Art. 36) and may be extended by at most 1 hour, or 3 hours for special reasons with the workers' health safeguarded (Labour Law Art. 41), so a day may not exceed 9 hours, or 11 for special reasons. The figure is derived from the two limits, which the pack also encodes separately.",
		"In force from 1 May 1995 (Provisions Art. 9); before, the Labour Law's 8-hour day gave the same total.",
	],
	"exceptions": [
		{"article": "Labour Law Art. 41", "value": 11, "text": "For special reasons, with the workers' health safeguarded, up to 3 hours of extension: 11 hours a day (within 36 hours of overtime a month)."},
		object.union(_art42, {"article": "Labour Law Art. 42"}),
		{"article": "Labour Law Art. 39; Provisions Art. 5", "text": "Enterprises approved to use comprehensive or irregular working-hour systems are not bound by the standard day."},
	],
})

# METADATA
# title: Maximum total hours per week (none)
sources contains object.union(_labour_law, {
	"requirement": "working_hours.total_weekly_max",
	"entry": "absence",
	"article": "Arts. 36, 38, 41",
	"notes": ["The law sets no weekly total: it limits the standard week (40 hours, Provisions Art. 3), requires a day off every week (Art. 38) and caps overtime per day and per month (Art. 41), but states no limit on total weekly hours."],
})

# METADATA
# title: Daily hours after which overtime pay is due
sources contains object.union(_labour_law, {
	"requirement": "working_hours.overtime_pay_threshold_daily",
	"value": 8,
	"article": "Arts. 36, 44(1)",
	"checked_against": [
		{"url": "http://enghunan.gov.cn/hneng/Services/Work/LaborRights/202506/t20250628_33722408.html", "title": "Hunan Provincial Government, Labor rights (MOFCOM Foreign Investment Guide 2024): 8-hour days and 40-hour weeks; hours extended beyond the legal standard paid at no less than 150 %"},
		_wage_regs_seen,
	],
	"notes": [
		"An employer who arranges for workers to work extended hours must pay at least 150 % of the wage (Art. 44(1)); extended hours are hours beyond the standard day of 8 hours (Art. 36; State Council Provisions Art. 3). The Provisional Regulations on Wage Payment (Ministry of Labour, 1994) Art. 13 pay the 150 % for work beyond the statutory standard hours of the day.",
		"Not applicable to workers under an approved irregular working-hour system; under a comprehensive system the hours beyond the standard over the period count as extended (Wage Payment Regulations Art. 13, read in the LawRefBook/Laws copy).",
	],
})

# METADATA
# title: Weekly hours after which overtime pay is due
sources contains object.union(_working_hours, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"value": 40,
	"article": "Provisions Art. 3; Labour Law Art. 44",
	"verification": "secondary",
	"checked_against": [
		{"url": "http://enghunan.gov.cn/hneng/Services/Work/LaborRights/202506/t20250628_33722408.html", "title": "Hunan Provincial Government, Labor rights (MOFCOM Foreign Investment Guide 2024): standard system of 8-hour days and 40-hour weeks; hours beyond the legal standard paid at no less than 150 %, rest-day work 200 %"},
		{"url": "http://www.shanghai.gov.cn/shanghai/node23919/node24097/node24126/node24127/userobject22ai27800.html", "title": "Shanghai Municipal Government FAQ: standard working hours of 8 a day and 40 a week; extension only after negotiation with the union and employees"},
		_wage_regs_seen,
	],
	"notes": [
		"The standard week is 40 hours (Provisions Art. 3); hours extended beyond the legal standard carry at least 150 % (Labour Law Art. 44(1)), work on a rest day without time off in lieu 200 % (Art. 44(2)).",
		"The Law ties the premium to extended hours and rest days rather than naming a weekly figure. The Wage Payment Regulations (Art. 13, read in the LawRefBook/Laws copy) pay 150 % for work beyond the statutory standard hours of the day and 200 % for rest-day work without time off in lieu, and count as extended hours those beyond the statutory standard over the period under an approved comprehensive system; on the standard 5-day week of 8 hours (Provisions Arts. 3, 7) every hour beyond 40 is thus either beyond the day or on a rest day. That 40 is the weekly threshold is the reading of the Hunan and Shanghai governments' guidance (checked_against), not a sentence of the texts.",
		"40 is also a limit, encoded as working_hours.regular_weekly_max: no unit may extend hours on its own authority (Provisions Art. 6), extension needs consultation with the union and the workers and stays within Labour Law Art. 41, and breach is fined (Art. 90); paying the premium does not make longer hours lawful.",
	],
})

# METADATA
# title: Overtime is voluntary
sources contains object.union(_lcl, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "Art. 31",
	"notes": ["An employer may not compel, or in a disguised manner compel, overtime. Overtime also requires consultation with the union and the workers and is capped at 1 hour a day (3 for special reasons) and 36 hours a month (Labour Law Art. 41)."],
	"exceptions": [object.union(_art42, {"article": "Labour Law Art. 42"})],
})

# METADATA
# title: Overtime premium
sources contains object.union(_labour_law, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 150,
	"article": "Art. 44(1)",
	"notes": ["At least 150 % of wages for extended hours; 200 % for rest-day work without time off in lieu; 300 % on statutory holidays (Art. 44(2)-(3))."],
})

# METADATA
# title: Weekly rest
sources contains object.union(_labour_law, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "Art. 38",
	"notes": ["At least one day off a week, encoded as 24 hours. Under the State Council Provisions (Art. 7) state organs rest on Saturday and Sunday; enterprises may arrange weekly rest days flexibly."],
})

# METADATA
# title: Annual paid leave
sources contains {
	"requirement": "leave.annual_paid_min_days",
	"value": 5,
	"instrument": "Regulations on Paid Annual Leave of Employees (State Council Decree No. 514)",
	"article": "Arts. 2, 3",
	"url": _flk,
	"effective_from": "2008-01-01",
	"binding": "law",
	"verification": "primary",
	"conditions": {
		"service_months_min": 12,
		"text": "Owed to an employee who has worked continuously for more than one year (Art. 2; 12 months under the Implementing Measures for Enterprise Employees, Art. 3).",
	},
	"notes": [
		"5 days after 1-10 years' cumulative service, 10 days after 10-20 years, 15 days after 20 years (Art. 3(1)).",
		"Statutory holidays and rest days are not counted (Art. 3(2)), so the days are working days; on the standard 5-day week of the State Council Provisions (8 hours a day, 40 a week) 5 days are one week, so the figure is not converted.",
		"Untaken leave the employer does not allow must be paid at 300 % of the daily wage (Art. 5(3)).",
	],
}

_maternity_days := {
	"unit": "calendar days",
	"conversion": "÷ 7 = weeks",
}

# METADATA
# title: Maternity leave (Labour Law)
sources contains object.union(_labour_law, {
	"requirement": "maternity.leave_min_weeks",
	"value": 12.85,
	"statute": object.union(_maternity_days, {"value": 90, "conversion": "÷ 7 = 12.857 weeks, rounded down to 12.85 so that 90 days is not reported below the floor"}),
	"article": "Art. 62",
	"notes": ["No less than 90 days; raised to 98 days by Decree 619 from 28 April 2012."],
})

# METADATA
# title: Maternity leave (Decree 619)
sources contains {
	"requirement": "maternity.leave_min_weeks",
	"value": 14,
	"statute": object.union(_maternity_days, {"value": 98}),
	"instrument": "Special Provisions on Labour Protection of Female Employees (State Council Decree No. 619)",
	"article": "Art. 7",
	"url": _flk,
	# Art. 16: in force on promulgation, 28 April 2012.
	"effective_from": "2012-04-28",
	"binding": "law",
	"verification": "primary",
	"notes": ["98 days, of which up to 15 before the birth; +15 days for a difficult birth and +15 days for each additional infant. Provinces may grant more (not encoded)."],
}

# METADATA
# title: Maternity cash benefit (not encoded)
sources contains {
	"requirement": "maternity.cash_benefit_min_percent",
	"entry": "not_encoded",
	"instrument": "Special Provisions on Labour Protection of Female Employees (State Council Decree No. 619)",
	"article": "Art. 8",
	"url": _flk,
	"effective_from": "2012-04-28",
	"binding": "law",
	"verification": "primary",
	"reason": "For insured women the allowance is paid by the maternity insurance fund at the employer's average monthly wage of the previous year, for uninsured women by the employer at the woman's pre-leave wage (Art. 8): not a fixed share of the woman's own earnings.",
}

# METADATA
# title: Compulsory leave after childbirth (none)
sources contains {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"entry": "absence",
	"instrument": "Special Provisions on Labour Protection of Female Employees (State Council Decree No. 619)",
	"article": "Arts. 7, 13; Labour Law Art. 62",
	"url": _flk,
	"effective_from": "2012-04-28",
	"binding": "law",
	"verification": "primary",
	"checked_against": [_decree_619_seen],
	"notes": [
		"A woman 'enjoys' (享受) 98 days of maternity leave, of which she may take 15 before the birth (Art. 7); an employer who does not grant it is fined RMB 1,000 to 5,000 per woman (Art. 13). The Labour Law likewise grants 'no less than 90 days' (Art. 62). Neither text bars the woman from working during the leave or makes any part of it compulsory; at least 83 days fall after the birth only if she takes it.",
		"Other protections are compulsory: no overtime or night work from the seventh month of pregnancy (Art. 6(2); Labour Law Art. 61) or while breastfeeding a child under one (Art. 9(1); Labour Law Art. 63). Provinces may grant longer leave (not encoded).",
	],
}

# METADATA
# title: No pregnancy test required of job applicants
sources contains object.union(_wrpl, {
	"requirement": "maternity.no_pregnancy_testing",
	"value": true,
	"article": "Art. 43(3)",
	"notes": ["In recruitment an employer may not, unless the State provides otherwise, make a pregnancy test part of the pre-employment medical examination (Art. 43(3))."],
})

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_labour_law, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "Art. 48",
	"notes": ["Wages may not be lower than the local minimum wage; there is no national rate. Provinces set minimum wages and review them at least every two years (Provisions on Minimum Wages 2004, not read; China Daily)."],
})

# METADATA
# title: Living wage (none)
sources contains object.union(_labour_law, {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"article": "Arts. 48, 49",
	"notes": ["The Law sets local minimum wages, fixed having regard to the minimum living costs of workers and their dependants, average wages, productivity, employment and regional development (Art. 49); it requires no living wage."],
})

# METADATA
# title: Wages paid monthly
sources contains object.union(_labour_law, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "Art. 50",
	"notes": ["Wages must be paid in money, monthly, to the worker in person; they may not be withheld or delayed without cause. Wages must be paid on the agreed date, at least once a month (Provisional Regulations on Wage Payment, Ministry of Labour 1994, Art. 7)."],
})

# METADATA
# title: Deductions only as prescribed
sources contains object.union(_labour_law, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "Art. 50",
	"notes": [
		"Wages may not be withheld (克扣). The Provisional Regulations on Wage Payment (Ministry of Labour, 1994, in force 1 January 1995), Art. 15, allow deductions only for income tax, social insurance contributions, court-ordered maintenance and other deductions laws and regulations provide for.",
		"Art. 16 of the Regulations lets the employer deduct compensation for economic loss the worker caused, as the labour contract provides, up to 20 % of the month's wage and never below the local minimum wage.",
	],
})

# METADATA
# title: No disciplinary deductions (none in national law)
sources contains object.union(_labour_law, {
	"requirement": "wages.no_disciplinary_deductions",
	"entry": "absence",
	"article": "Art. 50; Provisional Regulations on Wage Payment Arts. 15-16",
	"verification": "secondary",
	"checked_against": [
		_wage_regs_seen,
		{"url": "https://m.ruoyo.com/falv/laogong/223813.html", "title": "Ruoyo legal Q&A: Supplementary Provisions on the Provisional Regulations on Wage Payment (Lao Bu Fa [1995] No. 226) s. 3, 'withholding' excludes reductions set by law, by the labour contract, or by the employer's lawfully adopted rules approved by the workers' congress"},
		{"url": "http://law995.infoeach.com/view-OTk1fDE0OTIzNA==.html", "title": "Li Lei, on fines after the repeal of the Regulations on Rewards and Punishments for Enterprise Employees (State Council Decree No. 516, 15 January 2008): fines lost their direct legal basis; arbitration and courts divided"},
		{"url": "https://lw33.cn/article/cb98bbadb02da9a0ab26f1de.html", "title": "Article on employers' disciplinary power: since the 1982 Regulations were repealed no legislation regulates employers' rewards and punishments; fines and pay deductions in works rules are common and contested"},
	],
	"notes": [
		"No national law or regulation bars, or authorises, deductions from wages as a disciplinary sanction. The Regulations on Rewards and Punishments for Enterprise Employees (State Council, 1982), which let state and collective enterprises fine workers, were repealed on 15 January 2008 (State Council Decree No. 516).",
		"The Labour Law bars withholding (克扣) wages (Art. 50); the Provisional Regulations on Wage Payment (Ministry of Labour, 1994) allow deductions for income tax, social insurance contributions, court-ordered maintenance and others laws and regulations provide (Art. 15), and compensation for loss the worker caused, as the labour contract provides, up to 20 % of the month's wage and not below the local minimum wage (Art. 16). But the Ministry's Supplementary Provisions of 1995 (s. 3, read in a copy) do not count as withholding reductions set in the labour contract or in the employer's lawfully adopted rules approved by the workers' congress, so fines laid down in such rules are not barred as such; arbitration bodies and courts are divided.",
		"Local wage-payment rules may allow or limit disciplinary deductions; none was read.",
	],
})

# METADATA
# title: No wage deductions to pay for getting a job (not encoded)
sources contains object.union(_lcl, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"entry": "not_encoded",
	"article": "Art. 9",
	"reason": "The employer may not collect money or property from the worker under any name when hiring (Art. 9), which may reach deductions to pay for the job; no rule aimed at such deductions was found, and that reading was not checked.",
})

# METADATA
# title: Prohibited grounds of discrimination (Labour Law)
sources contains object.union(_labour_law, {
	"requirement": "non_discrimination.grounds",
	"value": ["ethnic_origin", "race", "sex", "religion"],
	"article": "Art. 12",
	"notes": [
		"Workers shall not be discriminated against in employment on grounds of ethnic group (民族), race, sex or religious belief.",
		_ethnic_note,
	],
})

# METADATA
# title: Prohibited grounds of discrimination (Employment Promotion Law)
sources contains object.union(_epl, {
	"requirement": "non_discrimination.grounds",
	"value": ["ethnic_origin", "race", "sex", "religion", "disability", "health_status"],
	"article": "Arts. 3, 26-30",
	"notes": [
		"Art. 3: ethnic group, race, sex, religious belief 'etc.'; Art. 29: disability; Art. 30: being a carrier of an infectious-disease pathogen (mapped to health_status, but limited to that condition). Art. 31 bars discriminatory restrictions on rural workers (household registration), not encoded.",
		_ethnic_note,
		"The ILO CEACR found coverage incomplete and raised discrimination against Uyghurs and other Turkic and Muslim minorities (C111 observation 2021, NORMLEX).",
	],
})

# METADATA
# title: Prohibited grounds of discrimination (women's rights law)
sources contains object.union(_wrpl, {
	"requirement": "non_discrimination.grounds",
	"value": ["sex", "marital_status", "pregnancy"],
	"article": "Art. 43",
	"notes": ["In recruitment an employer may not limit posts to men, ask about marriage or childbearing, require a pregnancy test, or make marriage or childbearing status a condition of hiring. Applies to discrimination against women."],
})

# METADATA
# title: Equal pay for work of equal value (none)
sources contains object.union(_labour_law, {
	"requirement": "equal_pay.equal_value",
	"entry": "absence",
	"article": "Art. 46",
	"notes": ["The Law requires equal pay for equal work (同工同酬, Art. 46), as does the women's rights law for men and women (Art. 45, 2022); neither states equal pay for work of equal value."],
})

# METADATA
# title: Right to organise (restricted to the ACFTU)
sources contains object.union(_tul, {
	"requirement": "freedom_of_association.right_to_organise",
	"entry": "restriction",
	"value": false,
	"article": "Arts. 2, 4, 10, 11, 12",
	# Article numbers and wording of the Law as amended on 24 December 2021, in force 1 January 2022 (checked_against).
	"effective_from": "2022-01-01",
	"checked_against": [{"url": "https://kx.jiangmen.cn/xw/kxdt/202203/t451020.html", "title": "Jiangmen Association for Science and Technology: the amended Trade Union Law in force from 1 January 2022 (amended 24 December 2021)"}],
	"notes": [
		"Workers have the right to join and organise unions (Art. 3; Labour Law Art. 7), but only within one structure: unions are mass organisations under the leadership of the Communist Party (Art. 2) and must uphold it (Art. 4); they are built on democratic centralism, higher unions leading lower ones (Art. 10); there is one unified All-China Federation of Trade Unions (Art. 11(5)); and the founding of any union needs the approval of the union above it (Art. 12). Independent unions are not lawful.",
		"Encoded from 1 January 2022, when the 2021 text read came into force; the single federation and higher-level approval are older (1992 Law under other numbers), which was not read, so the earlier period is not encoded. China has not ratified C87 or C98.",
	],
})

# METADATA
# title: Collective bargaining (only through the ACFTU structure)
sources contains object.union(_lcl, {
	"requirement": "freedom_of_association.collective_bargaining",
	"entry": "restriction",
	"value": false,
	"article": "Art. 51; Trade Union Law Arts. 6, 21",
	"notes": [
		"Collective contracts are concluded by the union on behalf of the workers or, where there is no union, by representatives the workers elect under the guidance of the higher-level union (Art. 51; Labour Law Art. 33); the union is part of the single ACFTU structure (Trade Union Law Arts. 10-12). Bargaining through a union of the workers' own choosing is not allowed.",
		"The collective contract takes effect unless the labour administration objects within 15 days (Art. 54).",
	],
})

# METADATA
# title: Right to remove oneself from danger
sources contains object.union(_wsl, {
	"requirement": "health_safety.right_to_remove_from_danger",
	"value": true,
	"article": "Art. 55",
	"notes": ["A worker who finds an emergency directly endangering personal safety may stop work, or leave the workplace after taking possible emergency measures; wages and benefits may not be cut nor the contract ended for doing so. Labour Law Art. 56 also lets workers refuse illegal commands and forced risky operations. Encoded from the 2021 amendment whose numbering is cited (a lower bound): the earlier text was not read."],
})

# METADATA
# title: Protective equipment provided and paid for by the employer
sources contains object.union(_wsl, {
	"requirement": "health_safety.free_protective_equipment",
	"value": true,
	"article": "Arts. 45, 47",
	"notes": [
		"The unit must provide protective equipment meeting national or industry standards (Art. 45) and must budget the funds for it (Art. 47); Labour Law Art. 54 also requires the employer to provide the necessary protective equipment. No article says 'free of charge' in words.",
		"Effective date is that of the 2021 amendment, a lower bound: the duty is older.",
	],
})

# METADATA
# title: Worker participation in health and safety (through the union)
sources contains object.union(_wsl, {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"article": "Arts. 7, 60",
	"notes": [
		"The enterprise union organises workers' participation in the democratic management and supervision of work safety, and the unit must hear the union when it adopts or changes safety rules (Art. 7); the union may demand corrections and propose evacuation (Art. 60). Participation runs through the ACFTU union (see freedom of association).",
		"Effective date is that of the 2021 amendment, a lower bound.",
	],
})

# METADATA
# title: Workplace sexual harassment policy
sources contains object.union(_wrpl, {
	"requirement": "harassment.policy",
	"value": true,
	"article": "Art. 25",
	"notes": ["Employers must adopt rules prohibiting sexual harassment, designate responsible staff, train, take security measures, provide complaint channels and investigation procedures. Covers sexual harassment of women only, not violence and harassment generally."],
})

# METADATA
# title: No night work under 18 (none)
sources contains object.union(_labour_law, {
	"requirement": "child_labour.night_work_minimum_age",
	"entry": "absence",
	"article": "Arts. 58, 64, 65; Law on the Protection of Minors Art. 61",
	"verification": "secondary",
	"checked_against": [
		_lrb_seen("社会法/劳动法(2018-12-29).md", "Labour Law as amended 29 December 2018, Arts. 58-65: night work barred only for women from the seventh month of pregnancy and while breastfeeding (Arts. 61, 63), nothing on juvenile workers' night work (LawRefBook/Laws copy of the National Database, verbatim)"),
		_lrb_seen("社会法/未成年人保护法(2024-04-26).md", "Law on the Protection of Minors as amended 26 April 2024, Art. 61: employers of minors of 16-17 follow State rules on kinds of work, working time, intensity and protection (LawRefBook/Laws copy, verbatim)"),
		{"url": "http://www.cnqr.org/yanchang/2011/1016/570.html", "title": "Provisions on Special Protection of Juvenile Workers (Ministry of Labour, Lao Bu Fa [1994] No. 498), text with English translation: Arts. 1-4 list forbidden work, no night work"},
		{"url": "https://mekongmigration.org/labourlaw/index.php?option=com_content&view=article&id=102:china-&catid=50:section-7&Itemid=89", "title": "Mekong Migration Network, labour law review, China: the PRC has no law specifying different working hours for children than for other workers"},
	],
	"notes": [
		"The Labour Law protects juvenile workers (16-17, Art. 58) against mining, toxic and harmful work, Grade IV physical labour and other prohibited work (Art. 64) and requires regular health checks (Art. 65); it bars night work only for women from the seventh month of pregnancy and while breastfeeding a child under one (Arts. 61, 63). The Law on the Protection of Minors (Art. 61(3), as revised in 2020, in force 1 June 2021) refers employers of 16- and 17-year-olds to State rules on kinds of work, working time, intensity and protection; the Provisions on Special Protection of Juvenile Workers (1994) list forbidden work (Arts. 3-4, read in a copy; the later articles on health checks and registration were not read in full) and say nothing of night work.",
		"No national ban on night work by workers of 16 and 17 was found; a provincial rule may contain one (none was found in the Beijing and Shanghai regulations on the protection of minors read).",
	],
})

_rat_2022 := "http://www.chinadaily.com.cn/a/202208/13/WS62f70082a310fd2b29e71f67.html"

_silkway := "https://silkway.news/china-ratifies-two-ilo-fundamental-86884"

_normlex_cn := "https://normlex.ilo.org/dyn/normlex/en/f?p=1000:11200:0::NO:11200:P11200_COUNTRY_ID:103404"

_seen(url, title) := [{"url": url, "title": title}]

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: |
#   url is NORMLEX (the country's ratification page, or the comment page read); the pages read
#   are in checked_against. Years without a stated day (C100 1990, C111 2006, C182 2002,
#   C155 2007) are left without a date.
ratifications := {
	"C29": {"status": "ratified", "date": "2022-08-12", "verification": "secondary", "url": _normlex_cn, "checked_against": _seen(_rat_2022, "China Daily, 13 August 2022: China deposits its instruments of ratification of C29 and C105")},
	"P29": {"status": "not_ratified", "verification": "secondary", "url": _normlex_cn},
	"C87": {"status": "not_ratified", "verification": "secondary", "url": _normlex_cn, "checked_against": _seen("http://www.ictur.org/Profile_China.html", "ICTUR country profile, China: C87 and C98 not ratified")},
	"C98": {"status": "not_ratified", "verification": "secondary", "url": _normlex_cn, "checked_against": _seen("http://www.ictur.org/Profile_China.html", "ICTUR country profile, China: C87 and C98 not ratified")},
	"C100": {"status": "ratified", "verification": "secondary", "url": _normlex_cn, "checked_against": _seen(_silkway, "ILO news via Silkway, 12 August 2022: with C29 and C105 China has ratified seven fundamental conventions")},
	"C105": {"status": "ratified", "date": "2022-08-12", "verification": "secondary", "url": _normlex_cn, "checked_against": _seen(_rat_2022, "China Daily, 13 August 2022: China deposits its instruments of ratification of C29 and C105")},
	"C111": {"status": "ratified", "verification": "secondary", "url": _normlex_cn, "checked_against": _seen("http://ilo.int/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4129438%2C103404%3ANO", "NORMLEX: CEACR observation on C111, China (Ratification: 2006), adopted 2021")},
	"C138": {
		"status": "ratified",
		"date": "1999-04-28",
		"declared_minimum_age": 16,
		"verification": "secondary",
		"url": "http://ilo.ch/dyn/normlex/de/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A2295111%2Cen%3ANO",
		"checked_against": _seen("http://the-uncensored-wiki.com:20082/articles/m/i/n/Minimum_Age_Convention%2C_1973_14fb.html", "Wikipedia (archived mirror): C138 ratifications with declared minimum ages, China 28 April 1999, 16"),
		"notes": ["The NORMLEX comment (url) confirms ratification in 1999; the day and the declared age of 16 are from the archived Wikipedia list, consistent with Labour Law Art. 15."],
	},
	"C182": {"status": "ratified", "verification": "secondary", "url": _normlex_cn, "checked_against": _seen(_silkway, "ILO news via Silkway, 12 August 2022: with C29 and C105 China has ratified seven fundamental conventions")},
	"C155": {"status": "ratified", "verification": "secondary", "url": "https://normlex.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4314922%2C103404%3ANO"},
	"C187": {"status": "not_ratified", "verification": "secondary", "url": _normlex_cn, "checked_against": _seen("https://en.wikipedia.org/wiki/Promotional_Framework_for_Occupational_Safety_and_Health_Convention,_2006", "Wikipedia: C187 ratifying states (China not among them)")},
}
