# METADATA
# title: Thailand national rule pack
# description: |
#   Labour Protection Act B.E. 2541 (1998) as amended (Nos. 2 to 9, the last B.E. 2568 (2025))
#   and its Ministerial Regulation No. 3 on overtime, the Labour Relations Act B.E. 2518 (1975),
#   the Occupational Safety, Health and Environment Act B.E. 2554 (2011) and its Ministerial
#   Regulation of B.E. 2565 (2022) on safety officers and committees, the Royal Ordinance on
#   Managing the Employment of Foreign Workers B.E. 2560 (2017) as amended in 2018, the Social
#   Security Act B.E. 2533 (1990), and the ILO ratifications. The Labour Protection Act does not
#   apply to the civil service and state enterprises (s. 4), and ministerial regulations limit
#   its application to agriculture, home work, domestic work and sea fishing.
#
#   Every url is the Office of the Council of State (krisdika.go.th), which publishes the Acts
#   and their consolidated texts. Values marked "primary" were read in copies of those
#   consolidated texts (PyThaiNLP thai-law dataset, collected from krisdika.go.th in 2021: the
#   Labour Protection Act as amended up to Act No. 7 B.E. 2562), named in checked_against; the
#   safety-committee clause of the 2022 Ministerial Regulation was read in verbatim quotations;
#   the 2025 amendment (No. 9, in force 7 December 2025), Ministerial Regulation No. 3 and older
#   texts were checked against secondary sources only.
#
#   In-force dates follow the Thai count: an Act in force "after N days from publication" takes
#   effect on the publication date plus N days (the Labour Protection Act, gazetted on
#   20 February 1998 with 180 days, on 19 August 1998).
package hrdd.national.th

# METADATA
# title: Country name
name := "Thailand"

_krisdika := "https://www.krisdika.go.th/"

_thai_law := "https://github.com/PyThaiNLP/thai-law/blob/917f291f0d35490ab2fb8c01d0e4715dcf93449c/data/last/law"

_ca_lpa := {
	"url": concat("/", [_thai_law, "22/642571.txt"]),
	"title": "Copy of the Council of State's consolidated Thai text of the Labour Protection Act B.E. 2541 as amended up to Act No. 7 B.E. 2562 (PyThaiNLP thai-law dataset, from krisdika.go.th)",
}

_ca_lra := {
	"url": concat("/", [_thai_law, "23/304513.txt"]),
	"title": "Copy of the Council of State's Thai text of the Labour Relations Act B.E. 2518 (PyThaiNLP thai-law dataset, from krisdika.go.th)",
}

_ca_osh := {
	"url": concat("/", [_thai_law, "22/642407.txt"]),
	"title": "Copy of the Council of State's Thai text of the Occupational Safety, Health and Environment Act B.E. 2554 (PyThaiNLP thai-law dataset, from krisdika.go.th)",
}

_ca_ro := {
	"url": concat("/", [_thai_law, "22/780849.txt"]),
	"title": "Copy of the Council of State's consolidated Thai text of the Royal Ordinance on Managing the Employment of Foreign Workers B.E. 2560 as amended by Royal Ordinance (No. 2) B.E. 2561 (PyThaiNLP thai-law dataset, from krisdika.go.th)",
}

_ca_ssa := {
	"url": concat("/", [_thai_law, "22/300760.txt"]),
	"title": "Copy of the Council of State's consolidated Thai text of the Social Security Act B.E. 2533 (PyThaiNLP thai-law dataset, from krisdika.go.th)",
}

_ca_ejspa := {
	"url": concat("/", [_thai_law, "22/316918.txt"]),
	"title": "Copy of the Council of State's consolidated Thai text of the Employment and Job-Seekers Protection Act B.E. 2528 (PyThaiNLP thai-law dataset, from krisdika.go.th)",
}

_ca_no2 := {
	"url": "http://thailawforum.com/database1/Labor-Protection-Act-No2.html",
	"title": "Thailand Law Forum, Labor Protection Act (No. 2) B.E. 2551 came into force on 28 May 2008",
}

_ca_no3 := {
	"url": "http://thailawforum.com/database1/Labor-Protection-Act-No2-3.html",
	"title": "Thailand Law Forum, Labor Protection Act (No. 3) B.E. 2551 came into force on 28 February 2008",
}

_ca_no9 := [
	{"url": "https://www.tilleke.com/print-insight/?post_id=69183&print=1", "title": "Tilleke & Gibbins, Labor Protection Act (No. 9) B.E. 2568: published 7 November 2025, effective 7 December 2025; maternity leave up to 120 days, 60 days paid"},
	{"url": "https://pkfthailand.asia/labour-protection-act-no-9-b-e-2568-expanded-maternity-and-paternity-leave-rights/4", "title": "PKF Thailand, Labour Protection Act (No. 9) B.E. 2568: published 7 November 2025, in force 30 days later on 7 December 2025; expanded maternity and paternity leave rights"},
	{"url": "https://www.nationthailand.com/news/general/40059347", "title": "The Nation, the Deputy Government Spokeswoman: the Act took effect on Sunday 7 December 2025, 30 days after its publication in the Royal Gazette on 7 November; employers pay at least 60 days of maternity leave; 15 days' paid leave for fathers"},
	{"url": "https://mgronline.com/politics/detail/9680000117299", "title": "MGR Online (Thai), the Deputy Government Spokeswoman: the Act was published in the Royal Gazette on 7 November 2568 (2025) and is in force after 30 days, on 7 December 2568"},
	{"url": "https://www.grantthornton.co.th/insights/tax-and-legal-update-2--2026", "title": "Grant Thornton Thailand, Tax and Legal Updates No. 2/2026: Amendment No. 9 effective 7 December 2025; childcare leave 15 days at 50 %; leave to assist a spouse giving birth 15 days at 100 %, within 90 days of the birth"},
]

_siam_legal := "https://library.siam-legal.com/thai-law/"

_lpa := {
	"instrument": "Labour Protection Act B.E. 2541 (1998), as amended",
	"binding": "law",
	"url": _krisdika,
	# Published in the Government Gazette on 20 February 1998 and in force 180 days later (s. 2).
	"effective_from": "1998-08-19",
	"verification": "primary",
	"checked_against": [_ca_lpa],
}

# Labour Protection Act (No. 2) B.E. 2551: gazetted 27 February 2008, in force 90 days later.
_no2_from := "2008-05-28"

# Labour Protection Act (No. 6) B.E. 2560: gazetted 31 August 2017, in force the next day.
_no6_from := "2017-09-01"

# The Labour Protection Act (No. 7) B.E. 2562 was published on 5 April 2019 and took effect 30 days later.
_no7_from := "2019-05-05"

# The Labour Protection Act (No. 9) B.E. 2568 was published in the Royal Gazette on 7 November 2025
# and took effect 30 days later, on 7 December 2025: so the Deputy Government Spokeswoman (The Nation,
# MGR Online), Tilleke & Gibbins, PKF and Grant Thornton, and so the Thai count used for Act No. 7
# (published 5 April 2019, in force 5 May 2019). DFDL's "8 December 2025" is the outlier.
_no9_from := "2025-12-07"

# Ministerial Regulation No. 3 (B.E. 2541) under s. 26 of the Act, dated 19 August 1998.
_mr3 := {
	"instrument": "Labour Protection Act B.E. 2541 (1998) and Ministerial Regulation No. 3 (B.E. 2541)",
	"binding": "law",
	"url": _krisdika,
	"effective_from": "1998-08-19",
	"verification": "secondary",
	"checked_against": [
		_ca_lpa,
		{"url": "http://www.ilo.org/dyn/travail/travmain.sectionReport1?p_lang=en&p_countries=TH&p_sc_id=1001&p_year=2011&p_structure=2", "title": "ILO TRAVAIL database, Thailand, working time (2011): Ministerial Regulation No. 3 caps overtime and holiday work at 36 hours a week"},
	],
}

_lra := {
	"instrument": "Labour Relations Act B.E. 2518 (1975)",
	"binding": "law",
	"url": _krisdika,
	# Gazetted on 26 February 1975, in force 30 days later (s. 2).
	"effective_from": "1975-03-28",
	"verification": "primary",
	"checked_against": [_ca_lra],
}

_ro := {
	"instrument": "Royal Ordinance on Managing the Employment of Foreign Workers B.E. 2560 (2017), as amended by Royal Ordinance (No. 2) B.E. 2561 (2018)",
	"binding": "law",
	"url": _krisdika,
	# The sections read are as amended by Royal Ordinance (No. 2), gazetted on 27 March 2018
	# and in force the next day; the 2017 text (in force 23 June 2017) is not encoded.
	"effective_from": "2018-03-28",
	"verification": "primary",
	"checked_against": [_ca_ro],
}

_osh := {
	"instrument": "Occupational Safety, Health and Environment Act B.E. 2554 (2011)",
	"binding": "law",
	"url": _krisdika,
	# Given on 12 January 2011, gazetted on 17 January 2011, in force 180 days later (s. 2).
	"effective_from": "2011-07-16",
	"verification": "primary",
	"checked_against": [_ca_osh],
}

_six_day_week := "s. 23 allows up to 48 normal hours a week, i.e. a 6-day week of 8 hours."

# METADATA
# title: Minimum age for employment
sources contains object.union(_lpa, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "s. 44",
	"checked_against": [_ca_lpa, {"url": concat("", [_siam_legal, "labor-protection-act-young-workers-sections-44-52/"]), "title": "Siam Legal, Labour Protection Act, young workers (ss. 44-52), English translation"}],
	"notes": ["Employers must notify a labour inspector of young workers under 18 (s. 45) and may not make them work at night, overtime or on holidays (ss. 47, 48). 15 is the age Thailand declared under C138."],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_lpa, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "ss. 49, 50",
	"checked_against": [_ca_lpa, {"url": concat("", [_siam_legal, "labor-protection-act-young-workers-sections-44-52/"]), "title": "Siam Legal, Labour Protection Act, young workers (ss. 44-52), English translation"}],
	"notes": ["Young workers under 18 may not do the hazardous work listed in s. 49 (metal smelting, casting and rolling, metal pressing, hazardous heat, cold, vibration, noise or light, hazardous chemicals, toxic micro-organisms, radiation, forklifts and cranes, power saws, underground and underwater work, scaffolding above 10 metres, etc.) nor work in the places listed in s. 50 (slaughterhouses, gambling places, entertainment venues, etc.)."],
})

# METADATA
# title: Minimum age for night work
sources contains object.union(_lpa, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"article": "s. 47",
	"checked_against": [_ca_lpa, {"url": concat("", [_siam_legal, "labor-protection-act-young-workers-sections-44-52/"]), "title": "Siam Legal, Labour Protection Act, young workers (ss. 44-52), English translation"}],
	"notes": ["An employer may not make a young worker under 18 work between 22:00 and 06:00 (s. 47); nor overtime or holiday work (s. 48)."],
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
# title: No recruitment fees charged to foreign workers
sources contains object.union(_ro, {
	"requirement": "forced_labour.no_recruitment_fees",
	"value": true,
	"article": "ss. 42, 49",
	"notes": [
		"A licensed recruiter bringing foreign workers to work for employers in Thailand, and its staff, may not demand or accept money or property from the employer or the foreign worker, other than service fees and expenses charged to the employer at the items and rates set by the Director-General (s. 42); an employer bringing foreign workers to work for itself may not demand or accept from them money or property connected with bringing them in (s. 49). The Ordinance thus puts recruitment costs on the employer.",
		"The rule protects foreign (migrant) workers brought in under the Ordinance; see the exceptions for Thai job-seekers.",
	],
	"exceptions": [
		{
			"article": "s. 49",
			"text": "Costs that are the foreign worker's own responsibility and that the employer advanced (passport, health check, work permit fees and similar costs set by the Director-General), and travel costs the employer advanced without agreeing to bear them, may be deducted from pay at the actual amount, at most 10 % of the money due in a month.",
		},
		{
			"article": "Employment and Job-Seekers Protection Act B.E. 2528, ss. 26, 27",
			"text": "Licensed private employment agencies placing job-seekers within Thailand may charge them service fees or expenses up to the rates set by the Minister, and only after the employer has taken the job-seeker on and paid the first wages.",
		},
	],
	"checked_against": [_ca_ro, _ca_ejspa],
})

# METADATA
# title: No retention of identity documents (foreign workers)
sources contains object.union(_ro, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"value": true,
	"article": "s. 131",
	"conditions": {"worker_groups": ["foreign_workers"], "text": "foreign (migrant) workers: their work permits and identity documents"},
	"notes": [
		"Anyone who seizes a foreign worker's work permit or personal identity documents is liable to up to 6 months' imprisonment or a fine of 10,000 to 100,000 baht, or both (s. 131, first paragraph). The section protects foreign (migrant) workers.",
		"No statutory ban for Thai workers was checked; the Department of Labour Protection and Welfare reads the ban on demanding security from employees (Labour Protection Act s. 10) as covering the retention of their documents.",
	],
	"exceptions": [{
		"article": "s. 131, second paragraph",
		"text": "Where the foreign worker consents to someone keeping the work permit or documents, that person must let the worker have access to them at any time on request; refusing is punished as seizure.",
	}],
})

# METADATA
# title: Workers free to resign
sources contains object.union(_lpa, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "s. 17 (as amended by Act No. 2 B.E. 2551)",
	"effective_from": _no2_from,
	"checked_against": [_ca_lpa, _ca_no2],
	"notes": ["A contract of no fixed period ends on written notice by either party given at or before a wage payment date, to take effect on the next one; no more than three months' notice is required. A fixed-term contract ends when its term expires, without notice. The 1998 text is not encoded."],
})

# METADATA
# title: Regular daily hours
sources contains object.union(_lpa, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "s. 23 (as amended by Act No. 2 B.E. 2551)",
	"effective_from": _no2_from,
	"checked_against": [_ca_lpa, _ca_no2, {"url": "https://benoit-partners.com/thailand-working-hours", "title": "Benoit & Partners, Thailand working hours"}],
	"notes": [
		"Normal working hours announced by the employer may not exceed 8 a day (s. 23, first paragraph). A limit, not only a pay threshold: work beyond it is overtime, lawful only with the employee's consent given each time and within 36 hours a week (ss. 24, 26).",
		"Work that may be harmful to health or safety, as prescribed by ministerial regulation: at most 7 normal hours a day and 42 a week. Where the employer cannot fix daily start and end times, the parties agree daily hours of at most 8 (s. 23, third paragraph).",
	],
	"exceptions": [{
		"article": "s. 23, first and second paragraphs",
		"value": 9,
		"text": "Where a day's hours are under 8, employer and employee may agree to move the remainder to other working days, up to 9 hours a day within 48 a week; daily, hourly and piece-rate employees are then paid at least 1.5 times for the time beyond 8 hours.",
	}],
})

# METADATA
# title: Regular weekly hours
sources contains object.union(_lpa, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"article": "s. 23 (as amended by Act No. 2 B.E. 2551)",
	"effective_from": _no2_from,
	"checked_against": [_ca_lpa, _ca_no2, {"url": "https://benoit-partners.com/thailand-working-hours", "title": "Benoit & Partners, Thailand working hours"}],
	"notes": ["A limit on normal hours (\"shall not exceed\"); work beyond it is overtime, lawful only with consent and within 36 hours a week (ss. 24, 26). 42 hours a week for work harmful to health or safety."],
})

# METADATA
# title: Weekly hours after which overtime pay is due
sources contains object.union(_lpa, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"value": 48,
	"article": "ss. 5, 23, 61",
	"effective_from": _no2_from,
	"checked_against": [_ca_lpa, _ca_no2],
	"notes": ["Overtime work is work outside or beyond normal working hours or beyond the daily hours agreed under s. 23 (s. 5), paid at least 1.5 times the hourly wage on working days (s. 61); normal hours may not exceed 48 a week (s. 23)."],
})

# METADATA
# title: Daily hours after which overtime pay is due
sources contains object.union(_lpa, {
	"requirement": "working_hours.overtime_pay_threshold_daily",
	"value": 8,
	"article": "ss. 5, 23, 61",
	"effective_from": _no2_from,
	"checked_against": [_ca_lpa, _ca_no2],
	"notes": [
		"Overtime work (s. 5) on working days is paid at least 1.5 times the hourly wage (s. 61); normal hours may not exceed 8 a day (s. 23), so overtime pay is due at the latest beyond 8 hours a day, 7 in work harmful to health or safety.",
		"How the schedule is encoded: where the parties move unworked hours of a short day to other days (up to 9 a day, s. 23), daily, hourly and piece-rate employees are still paid 1.5 times beyond 8 hours; monthly-paid employees are not, so for them the threshold may reach 9 hours on such days. That case is an exception (reported, not applied).",
	],
	"exceptions": [{
		"article": "s. 23, first and second paragraphs",
		"value": 9,
		"text": "Monthly-paid employees whose unworked hours are moved to other days by agreement may work up to 9 normal hours on those days without the premium.",
	}],
})

# METADATA
# title: Overtime is voluntary
sources contains object.union(_lpa, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "s. 24",
	"checked_against": [_ca_lpa, {"url": "https://www.mazars.co.th/Home/Insights/Doing-Business-in-Thailand/Legal/Overtime-hours", "title": "Mazars Thailand, overtime hours"}],
	"notes": ["The employer may not make an employee work overtime on working days without the employee's prior consent given each time (s. 24). Overtime and holiday work together are capped at 36 hours a week (Ministerial Regulation No. 3 B.E. 2541), encoded as working_hours.overtime_weekly_max."],
	"exceptions": [{
		"article": "s. 24, second paragraph",
		"text": "Consent is not needed where the work must continue and stopping it would damage it, for emergency work, or for work prescribed by ministerial regulation, as far as necessary.",
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
	"checked_against": [_ca_lpa, {"url": "https://th4.ilovetranslation.com/SZygCi7b0kw=d", "title": "Translation extract of the Labour Protection Act, s. 61 (ilovetranslation)"}],
	"notes": ["At least 1.5 times the hourly wage (or piece rate) on working days (s. 61); holiday overtime at least 3 times (s. 63)."],
})

# METADATA
# title: Weekly rest
sources contains object.union(_lpa, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "s. 28",
	"checked_against": [_ca_lpa, {"url": "https://th4.ilovetranslation.com/9vQRGiyFr4b=d", "title": "Translation extract of the Labour Protection Act, ss. 28-30 (ilovetranslation)"}],
	"notes": ["At least one day a week (encoded as 24 hours), with no more than 6 days between weekly holidays; in hotels, transport, forestry, remote work and other work set by ministerial regulation the weekly holidays may be accumulated and taken within 4 consecutive weeks by prior agreement."],
})

# METADATA
# title: Annual paid leave
sources contains object.union(_lpa, {
	"requirement": "leave.annual_paid_min_days",
	"value": 5,
	"article": "s. 30",
	"checked_against": [_ca_lpa, {"url": "https://th4.ilovetranslation.com/9vQRGiyFr4b=d", "title": "Translation extract of the Labour Protection Act, ss. 28-30 (ilovetranslation)"}],
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
	"effective_to": _no7_from,
	"verification": "secondary",
	"checked_against": [{"url": "https://msnagroup.com/tag/working-hours-in-thailand/", "title": "MSNA Group, working hours in Thailand (90 days of maternity leave before 2019)"}],
	"statute": {"value": 90, "unit": "calendar days", "conversion": "90 / 7 = 12.86 weeks, rounded down to 12.85"},
	"notes": ["90 days including holidays; replaced by 98 days from 5 May 2019. The 1998 text itself was not read."],
})

# METADATA
# title: Maternity leave (as amended 2019)
sources contains object.union(_lpa, {
	"requirement": "maternity.leave_min_weeks",
	"value": 14,
	"article": "s. 41 as amended by the Labour Protection Act (No. 7) B.E. 2562",
	"effective_from": _no7_from,
	"effective_to": _no9_from,
	"checked_against": [_ca_lpa, {"url": "https://www.lawplusltd.com/2019/04/amendment-thai-labour-protection-law/", "title": "Lawplus, amendment of the Thai Labour Protection Law (2019)"}],
	"statute": {"value": 98, "unit": "calendar days", "conversion": "98 / 7 = 14 weeks"},
	"notes": ["Up to 98 days per pregnancy, including leave for prenatal examinations and holidays falling in the period."],
})

# METADATA
# title: Maternity leave (as amended 2025)
sources contains object.union(_lpa, {
	"requirement": "maternity.leave_min_weeks",
	"value": 17.14,
	"article": "s. 41 as amended by the Labour Protection Act (No. 9) B.E. 2568",
	"effective_from": _no9_from,
	"verification": "secondary",
	"checked_against": _ca_no9,
	"statute": {"value": 120, "unit": "calendar days", "conversion": "120 / 7 = 17.14 weeks"},
	"notes": [
		"Up to 120 days per pregnancy from 7 December 2025, before and after the birth; a further 15 days at 50 % pay, on a medical certificate, to care for a newborn with an illness, complication, abnormality or disability. The amending Act itself (Royal Gazette, 7 November 2025) was not read: the figures agree in five secondary sources.",
		"In force on 7 December 2025 (the Deputy Government Spokeswoman; 30 days after publication, counted as for Act No. 7); one law firm (DFDL) gives 8 December 2025.",
		"The Act also gives an employee whose spouse gives birth 15 days of leave on full pay, to be taken before or within 90 days of the birth (hrdd has no requirement id for it), and requires employers of 10 or more to file an annual employment report (Kor Ror 11).",
	],
})

_ssa_note := "Insured women (contributions for at least 5 of the 15 months before the birth, Social Security Act s. 65) also receive from the Social Security Fund a lump-sum maternity allowance of 50 % of the insured daily wage (capped) for 90 days, at most twice (s. 67, as amended)."

# METADATA
# title: Maternity cash benefit (as amended 2019)
sources contains object.union(_lpa, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"article": "s. 59 as amended by the Labour Protection Act (No. 7) B.E. 2562",
	"effective_from": _no7_from,
	"effective_to": _no9_from,
	"checked_against": [_ca_lpa, _ca_ssa],
	"notes": [
		"The employer pays wages equal to the working-day wage for the days of maternity leave, up to 45 days (s. 59): 100 % for at most 45 of the 98 days.",
		_ssa_note,
	],
})

# METADATA
# title: Maternity cash benefit (as amended 2025)
sources contains object.union(_lpa, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"article": "s. 59 as amended by the Labour Protection Act (No. 9) B.E. 2568",
	"effective_from": _no9_from,
	"verification": "secondary",
	"checked_against": array.concat(_ca_no9, [_ca_ssa]),
	"notes": [
		"The employer pays full wages for up to 60 days of the 120 days of maternity leave, up from 45 (s. 59 as amended; so Tilleke & Gibbins, PKF, DFDL and the Government Spokeswoman; the amending Act itself was not read).",
		_ssa_note,
	],
})

# METADATA
# title: Compulsory leave after childbirth (none)
sources contains object.union(_lpa, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"entry": "absence",
	"article": "s. 41",
	"effective_from": _no7_from,
	"verification": "secondary",
	"checked_against": array.concat([_ca_lpa], _ca_no9),
	"notes": ["s. 41 entitles a pregnant employee to maternity leave of up to (\"not exceeding\") 98 days, 120 from 7 December 2025, before and after the birth as she chooses; no part is compulsory and no other provision of the Act bars work after the birth. The 2025 text was checked against secondary sources only."],
})

# METADATA
# title: Pregnancy testing (not encoded)
sources contains object.union(_lpa, {
	"requirement": "maternity.no_pregnancy_testing",
	"entry": "not_encoded",
	"article": "ss. 15, 43; Gender Equality Act B.E. 2558 (2015) ss. 3, 17",
	"checked_against": [
		_ca_lpa,
		{"url": "https://www.law.cornell.edu/gender-justice/resource/%E0%B8%9E%E0%B8%A3%E0%B8%B0%E0%B8%A3%E0%B8%B2%E0%B8%8A%E0%B8%9A%E0%B8%B1%E0%B8%8D%E0%B8%8D%E0%B8%B1%E0%B8%95%E0%B8%B4_%E0%B8%84%E0%B8%A7%E0%B8%B2%E0%B8%A1%E0%B9%80%E0%B8%97%E0%B9%88%E0%B8%B2%E0%B9%80%E0%B8%97%E0%B8%B5%E0%B8%A2%E0%B8%A1%E0%B8%A3%E0%B8%B0%E0%B8%AB%E0%B8%A7%E0%B9%88%E0%B8%B2%E0%B8%87%E0%B9%80%E0%B8%9E%E0%B8%A8_%E0%B8%9E.%E0%B8%A8.%E0%B9%92%E0%B9%95%E0%B9%95%E0%B9%98_(gender_equality_act_2015)", "title": "Cornell LII Gender Justice, Gender Equality Act 2015: a general ban on unfair gender discrimination, decided on petition by the Committee on the Determination of Unfair Gender Discrimination; exceptions in s. 17, second paragraph"},
		{"url": "https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13101%3A0%3A%3ANO%3A13101%3AP13101_COMMENT_ID%3A4115897", "title": "NORMLEX, CEACR direct request on C111, Thailand (2021): no definition of discrimination in national law except the Gender Equality Act, s. 3"},
		{"url": "https://prachatai.com/english/node/4876", "title": "Prachatai (2015), Gender Equality bill enacted: translation of s. 3 (unfair gender discrimination: any act or omission that segregates, obstructs or limits a right, directly or indirectly, without legitimacy, because the person is male or female or of a different sexual expression)"},
		{"url": "https://www.thaienquirer.com/22048/thailands-gender-equality-act-five-years-on/", "title": "Thai Enquirer (2020), Thailand's Gender Equality Act five years on: s. 17, second paragraph, exempts acts to protect a person's welfare and safety, to follow religious rules or for national security; no entity punished under the Act (UNDP, 2020)"},
	],
	"reason": "The Labour Protection Act requires equal treatment of men and women in employment (s. 15) and bars dismissal for pregnancy (s. 43) but says nothing of pregnancy tests of job applicants (its consolidated text read). The Gender Equality Act B.E. 2558 (in force 9 September 2015) defines unfair gender discrimination in general terms (s. 3: any act or omission that segregates, obstructs or limits a right without legitimacy because the person is male or female) and bans it (s. 17), but names no practice such as pregnancy testing; s. 17, second paragraph, exempts acts to protect a person's welfare and safety (an exception an employer might invoke for a test), and each case is left to the Committee on the Determination of Unfair Gender Discrimination, no decision of which on pregnancy tests was found. The Act was read only in secondary translations. Neither a ban nor a cited absence can be stated.",
})

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_lpa, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "s. 90 (as amended by Act No. 3 B.E. 2551)",
	"effective_from": "2008-02-28",
	"checked_against": [_ca_lpa, _ca_no3, {"url": concat("", [_siam_legal, "labor-protection-act-wage-committee-sections-83-91/"]), "title": "Siam Legal, Labour Protection Act, Wage Committee (ss. 83-91), English translation"}],
	"notes": ["Once a minimum wage or skill-standard wage notification is in force, employers may not pay less (s. 90). Rates are set by the tripartite Wage Committee and vary by province. The 1998 text is not encoded."],
})

# METADATA
# title: Living wage (none)
sources contains object.union(_lpa, {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"article": "ss. 87, 90",
	"notes": ["The Act requires only the minimum wage (s. 90), which the Wage Committee sets considering the cost-of-living index, inflation, the standard of living, production costs, business capacity, productivity and other facts (s. 87); no living-wage requirement."],
})

# METADATA
# title: Wages paid regularly
sources contains object.union(_lpa, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "s. 70 (as amended by Act No. 7 B.E. 2562)",
	"effective_from": _no7_from,
	"checked_against": [_ca_lpa, {"url": concat("", [_siam_legal, "labor-protection-act-wages-sections-66-77/"]), "title": "Siam Legal, Labour Protection Act, wages (ss. 66-77), English translation"}],
	"notes": ["Wages calculated by the month, day, hour, other period of up to a month or by the piece are paid at least once a month unless agreed otherwise in the employee's favour; overtime and holiday pay at least once a month (s. 70). Late payment carries interest of 15 % a year (s. 9). The 1998 text is not encoded."],
})

# METADATA
# title: Deductions only as prescribed
sources contains object.union(_lpa, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "s. 76",
	"checked_against": [_ca_lpa, {"url": concat("", [_siam_legal, "labor-protection-act-wages-sections-66-77/"]), "title": "Siam Legal, Labour Protection Act, wages (ss. 66-77), English translation"}],
	"notes": ["Only income tax and other payments required by law; union dues; debts to savings cooperatives or for the employee's sole benefit, with prior consent; a security deposit under s. 10 or compensation for damage caused wilfully or by gross negligence, with consent; provident fund contributions. Each of the last four at most 10 % and together at most one fifth of the money due, unless the employee consents."],
})

# METADATA
# title: No disciplinary deductions
sources contains object.union(_lpa, {
	"requirement": "wages.no_disciplinary_deductions",
	"value": true,
	"article": "s. 76",
	"checked_against": [_ca_lpa, {"url": concat("", [_siam_legal, "labor-protection-act-wages-sections-66-77/"]), "title": "Siam Legal, Labour Protection Act, wages (ss. 66-77), English translation"}],
	"notes": ["Fines and penalties are not among the deductions s. 76 allows."],
})

# METADATA
# title: No deductions for obtaining employment
sources contains object.union(_lpa, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"value": true,
	"article": "ss. 10, 76",
	"effective_from": _no2_from,
	"checked_against": [_ca_lpa, _ca_no2, {"url": concat("", [_siam_legal, "labor-protection-act-wages-sections-66-77/"]), "title": "Siam Legal, Labour Protection Act, wages (ss. 66-77), English translation"}],
	"notes": ["s. 76 allows no deduction for getting or keeping a job; an employer may not demand or accept a work or damage security, in money, property or a guarantor, except for work where the employee is responsible for the employer's money or property (s. 10, as amended by Act No. 2)."],
	"exceptions": [{
		"article": "ss. 10, 76(4)",
		"text": "Where the nature of the work allows a security deposit, it may be deducted from wages with the employee's consent and must be returned when employment ends.",
	}],
})

# METADATA
# title: Prohibited grounds of discrimination
sources contains object.union(_lpa, {
	"requirement": "non_discrimination.grounds",
	"value": ["sex"],
	"article": "s. 15",
	"checked_against": [_ca_lpa, {"url": "https://info.muslimthaipost.com/article/11996", "title": "Muslim Thai Post, Labour Protection Act s. 15 on equal treatment of men and women"}],
	"notes": [
		"The employer must treat male and female employees equally in employment unless the nature or conditions of the work do not permit (s. 15). The Act names no other ground.",
		"Thailand ratified C111 in 2017; no statutory list implementing its other grounds was found. The Gender Equality Act B.E. 2558 (in force 9 September 2015) bans unfair gender discrimination, including against persons whose expression differs from their sex at birth (ss. 3, 17), in employment as elsewhere; it was checked only in secondary sources (Cornell LII Gender Justice; Be-Inclusive FAQ, be-inclusive.com, 2016) and is not encoded here.",
	],
})

# METADATA
# title: Equal pay (1998 text)
sources contains object.union(_lpa, {
	"requirement": "equal_pay.equal_value",
	"entry": "restriction",
	"value": false,
	"article": "s. 53 (1998 text)",
	"effective_to": _no7_from,
	"verification": "secondary",
	"checked_against": [{"url": concat("", [_siam_legal, "labor-protection-act-wages-sections-53-65"]), "title": "Siam Legal, Labour Protection Act, wages (ss. 53-65), English translation of the 1998 text"}],
	"notes": ["Equal wages for men and women only for work of the same nature and quality and equal quantity, not for work of equal value."],
})

# METADATA
# title: Equal pay for work of equal value (as amended 2019)
sources contains object.union(_lpa, {
	"requirement": "equal_pay.equal_value",
	"value": true,
	"article": "s. 53 as amended by the Labour Protection Act (No. 7) B.E. 2562",
	"effective_from": _no7_from,
	"notes": ["Equal wages, overtime pay, holiday pay and holiday overtime pay for work of the same nature, quality and quantity or of equal value, whether the employee is male or female."],
})

# METADATA
# title: Right to organise
sources contains object.union(_lra, {
	"requirement": "freedom_of_association.right_to_organise",
	"entry": "restriction",
	"value": false,
	"article": "ss. 86-89, 95, 101",
	"notes": [
		"A union exists only under the Act and must be registered (ss. 86, 87); those entitled to found one must be employees of the same employer or in the same type of business, of full age and of Thai nationality (s. 88), and at least ten of them must apply (s. 89); committee members must be Thai by birth (s. 101). Migrant workers may join a union (s. 95 requires only the same employer or business and age 15) but cannot found or lead it.",
		"The Act does not cover the civil service or state enterprises (s. 4). Thailand has ratified neither C87 nor C98.",
	],
})

# METADATA
# title: Collective bargaining
sources contains object.union(_lra, {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"article": "ss. 13, 15",
	"notes": ["Employers or employees may submit written demands for setting or amending an agreement on conditions of employment (s. 13); a registered union whose members are at least one fifth of the employees may submit them on the members' behalf (s. 15). The employer must negotiate within the statutory time limits."],
})

# METADATA
# title: Right to remove oneself from serious danger (none)
sources contains object.union(_osh, {
	"requirement": "health_safety.right_to_remove_from_danger",
	"entry": "absence",
	"article": "ss. 36, 39 (the Act as a whole)",
	"notes": [
		"The Act gives employees no right to stop work or leave in serious danger: a safety inspector who finds unsafe conditions may order the work or machinery stopped (s. 36), and employees are then paid their wages during the stoppage (s. 39); the employer must stop an employee who does not wear protective equipment (s. 22). Employees may not be dismissed for complaining or giving evidence on safety (s. 42).",
		"Ministerial regulations under the Act were not all checked for such a right.",
	],
})

# METADATA
# title: Protective equipment provided by the employer
sources contains object.union(_osh, {
	"requirement": "health_safety.free_protective_equipment",
	"value": true,
	"article": "ss. 7, 22",
	"notes": ["The employer must provide and see that employees wear personal protective equipment meeting the standards set by the Director-General; employees must wear and maintain it (s. 22). Where the Act requires the employer to do something that costs money, the employer bears the cost (s. 7), and the Labour Protection Act allows no deduction for it (s. 76)."],
})

# METADATA
# title: Worker participation in safety and health (safety committee)
sources contains object.union(_osh, {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"instrument": "Occupational Safety, Health and Environment Act B.E. 2554 (2011) and Ministerial Regulation on the Provision of Safety Officers, Personnel, Units or Bodies of Persons for Safety in Establishments B.E. 2565 (2022)",
	"article": "Act ss. 5, 13; Ministerial Regulation cl. 23",
	# Published in the Royal Gazette (Vol. 139, Part 39 Kor, p. 9) on 17 June 2022 and in force
	# 60 days later (cl. 1); it repealed the Ministerial Regulation on standards for the
	# administration and management of occupational safety, health and environment B.E. 2549
	# (2006) (cl. 2), which required a committee from 50 employees too (cl. 28; not encoded).
	"effective_from": "2022-08-16",
	"verification": "primary",
	"checked_against": [
		{"url": "https://jorporthai.com/have-a-safety-committee-under-the-law/", "title": "Jorporthai, which establishments must have a safety committee: verbatim Thai text of Chapter 2, cl. 23 of the Ministerial Regulation B.E. 2565"},
		{"url": "https://xn--c3cugh2av8euch0i4b2c.com/article_detail?article=%E0%B8%81%E0%B8%B4%E0%B8%88%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%97%E0%B8%B5%E0%B9%88%E0%B9%84%E0%B8%A1%E0%B9%88%E0%B8%A1%E0%B8%B5%E0%B8%84%E0%B8%9B%E0%B8%AD%E0%B8%A3%E0%B8%B0%E0%B8%A7%E0%B8%B1%E0%B8%87%E0%B9%82%E0%B8%94%E0%B8%99%E0%B8%9B%E0%B8%A3%E0%B8%B1%E0%B8%9A", "title": "Safety in Thai, establishments without a safety committee risk fines: the same verbatim text of cl. 23"},
		{"url": "https://jorportraining.com/law-jorpor-2566", "title": "Jorpor Training, text of the Ministerial Regulation B.E. 2565, cl. 1-3 (in force 60 days after publication, 16 August 2022; repeals the 2006 regulation)"},
		{"url": "https://anyflip.com/kdnsm/ipzs/basic/", "title": "AnyFlip, copy of the Royal Gazette print of the Ministerial Regulation B.E. 2565 (Vol. 139, Part 39 Kor, p. 9, 17 June 2022): title and publication data read"},
	],
	"conditions": {
		"workplace_workers_min": 50,
		"text": "An establishment with 50 or more employees must set up a safety, occupational health and working environment committee within 30 days of reaching 50 employees (cl. 23).",
	},
	"notes": [
		"Cl. 23: an establishment with 50 or more employees must set up a safety, occupational health and working environment committee within 30 days of the regulation taking effect or of reaching 50 employees. The committee is bipartite: the employer or an executive-level representative chairs it, with supervisory-level employer representatives and employee representatives as members, at least 5 members from 50 to 99 employees and more as the headcount rises (cl. 23(1) ff.).",
		"Primary: cl. 23 was read in two verbatim quotations of the regulation, not in the Royal Gazette print itself, whose publication data were read in a copy.",
	],
})

# METADATA
# title: Workplace harassment policy (none)
sources contains object.union(_lpa, {
	"requirement": "harassment.policy",
	"entry": "absence",
	"article": "ss. 16, 108",
	"effective_from": _no6_from,
	"checked_against": [_ca_lpa, {"url": concat("", [_siam_legal, "labor-protection-act-supervision-sections-108-115/"]), "title": "Siam Legal, Labour Protection Act, supervision (ss. 108-115), English translation"}],
	"notes": ["Employers, supervisors and inspectors may not sexually abuse, harass or cause sexual nuisance to an employee (s. 16), but the work rules employers of ten or more must issue in Thai (s. 108, as amended by Act No. 6 B.E. 2560) need not cover harassment, and no other provision requires a policy."],
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
	"C155": {
		"status": "not_ratified", "verification": "secondary", "url": _normlex_th,
		"checked_against": [{"url": "http://ilo.org/dyn/normlex/en/f?p=NORMLEXPUB%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4015450%2C102843%3ANO", "title": "NORMLEX, CEACR comment on Thailand (2019): C155 not yet ratified"}],
	},
	"C187": {
		"status": "ratified", "date": "2016-03-23", "verification": "secondary", "url": _normlex_th,
		"checked_against": [{"url": "https://mfa.go.th/en/content/5d5bcfd715e39c306001beea?menu=5d5bd3dd15e39c306002ab1d&page=5f29237ab10cf72f1d4a6547", "title": "Ministry of Foreign Affairs of Thailand: instrument of ratification of C187 deposited on 23 March 2016"}],
	},
}
