# METADATA
# title: China national rule pack
# description: |
#   People's Republic of China: Labour Law 1994 (rev. 2009, 2018), Labour Contract
#   Law 2007, State Council Provisions on Working Hours, Regulations on Paid Annual
#   Leave, Special Provisions on Labour Protection of Female Employees (Decree 619),
#   Employment Promotion Law, Work Safety Law, Law on the Protection of Women's
#   Rights and Interests (2022), and the ILO ratifications.
#
#   Freedom of association is deliberately not encoded: the Trade Union Law places
#   every union under the All-China Federation of Trade Unions, independent unions
#   are not lawful and C87/C98 are unratified, so the law does not guarantee the
#   right to organise (or bargain through unions) of workers' own choosing.
package hrdd.national.cn

# METADATA
# title: Country name
name := "China"

_labour_law := {
	"instrument": "Labour Law of the People's Republic of China (1994, as amended 2009 and 2018)",
	"binding": "law",
	"url": "https://neixun.cn/peixun/ldbj/china/labor_law_006.htm",
	"effective_from": "1995-01-01",
}

_lcl := {
	"instrument": "Labour Contract Law of the People's Republic of China (2007, as amended 2012)",
	"binding": "law",
	"url": "https://english.court.gov.cn/2015-08/17/c_761484_5.htm",
	"effective_from": "2008-01-01",
}

_working_hours := {
	"instrument": "State Council Provisions on the Working Hours of Employees (1994, as revised 1995)",
	"binding": "law",
	"url": "http://www.plnmw.com/CompanyRegistration/bqdmgyflnk.html",
	# The revision introducing the 40-hour week took effect on 1 May 1995.
	"effective_from": "1995-05-01",
}

_epl := {
	"instrument": "Employment Promotion Law of the People's Republic of China (2007, as amended 2015)",
	"binding": "law",
	"url": "https://english.court.gov.cn/2015-07/17/c_761483_4.htm",
	"effective_from": "2008-01-01",
}

_wrpl := {
	"instrument": "Law of the People's Republic of China on the Protection of Women's Rights and Interests (as revised 30 October 2022)",
	"binding": "law",
	"effective_from": "2023-01-01",
}

_ethnicity_note := "民族 (minzu, often translated 'nationality' or 'ethnic community') denotes ethnic group, so it is mapped to ethnicity, not to nationality (citizenship)."

# METADATA
# title: Minimum age for employment
sources contains object.union(_labour_law, {
	"requirement": "child_labour.minimum_age",
	"value": 16,
	"article": "Art. 15",
	"url": "https://kbdemo.mosaicrsr.com/hc/en-us/articles/15476473973005-Labour-Law-of-the-People-s-Republic-of-China-Article-15",
	"verification": "secondary",
	"notes": ["Also State Council Provisions on the Prohibition of Using Child Labour (Decree 364, 2002) Art. 2. 16 is the age China declared on ratifying ILO C138."],
	"exceptions": [{
		"article": "Art. 15(2)",
		"text": "Literature and art, physical culture and special-craft units may recruit juveniles under 16 with approval, and must safeguard their compulsory education.",
	}],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_labour_law, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "Arts. 58, 64",
	"url": "https://max.book118.com/html/2017/0310/94931983.shtm",
	"verification": "secondary",
	"notes": ["Juvenile workers (16-17, Art. 58) may not do mining or underground work, toxic or harmful work, Grade IV physical labour or other work the State prohibits; see also the Provisions on Special Protection of Juvenile Workers (1994)."],
})

# METADATA
# title: No retention of identity documents
sources contains object.union(_lcl, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"value": true,
	"article": "Arts. 9, 84",
	"url": "http://m.dybbs8.com/doc-393752179.html",
	"verification": "secondary",
	"notes": ["An employer may not detain a worker's resident identity card or other certificates; the labour administration orders their return (Art. 84)."],
})

# METADATA
# title: No recruitment fees charged to workers
sources contains object.union(_lcl, {
	"requirement": "forced_labour.no_recruitment_fees",
	"value": true,
	"article": "Arts. 9, 84",
	"url": "http://m.dybbs8.com/doc-393752179.html",
	"verification": "secondary",
	"notes": ["Binds the employer only: it may not require a guarantee or collect money or property from the worker under any name (fine RMB 500-2,000 per worker, Art. 84). No general ban on fees charged by licensed employment agencies was found."],
})

# METADATA
# title: Workers free to resign
sources contains object.union(_lcl, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "Arts. 37, 38",
	"url": "http://www.dybbs8.com/doc-329138740.html",
	"verification": "secondary",
	"notes": ["A worker may terminate on 30 days' written notice (3 days during probation), and at once without notice where the employer compels work by violence, threat or unlawful restriction of personal freedom."],
})

# METADATA
# title: Regular daily hours (Labour Law)
sources contains object.union(_labour_law, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Art. 36",
	"url": "http://cuoac.com/legalaid/iyhqsmxqwe.html",
	"verification": "secondary",
})

# METADATA
# title: Regular weekly hours (Labour Law)
sources contains object.union(_labour_law, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 44,
	"article": "Art. 36",
	"url": "http://cuoac.com/legalaid/iyhqsmxqwe.html",
	"verification": "secondary",
	"notes": ["Average of no more than 44 hours a week; reduced to 40 by the State Council Provisions on Working Hours from 1 May 1995."],
})

# METADATA
# title: Regular daily hours (State Council Provisions)
sources contains object.union(_working_hours, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Art. 3",
	"verification": "secondary",
})

# METADATA
# title: Regular weekly hours (State Council Provisions)
sources contains object.union(_working_hours, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 40,
	"article": "Art. 3",
	"verification": "secondary",
	"notes": ["Enterprises that cannot apply the standard system may, with approval, use comprehensive or irregular working-hour systems (Labour Law Art. 39)."],
})

# METADATA
# title: Overtime is voluntary
sources contains object.union(_lcl, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "Art. 31",
	"url": "http://www.dybbs8.com/doc-329138740.html",
	"verification": "secondary",
	"notes": ["An employer may not compel, or in a disguised manner compel, overtime. Overtime also requires consultation with the union and the worker and is capped at 1 hour a day (3 in special cases) and 36 hours a month (Labour Law Art. 41)."],
	"exceptions": [{
		"article": "Labour Law Art. 42",
		"text": "The limits of Art. 41 do not apply to emergencies threatening life, health or property, urgent repairs of equipment or public facilities, and other cases set by law.",
	}],
})

# METADATA
# title: Overtime premium
sources contains object.union(_labour_law, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 150,
	"article": "Art. 44(1)",
	"url": "http://enghunan.gov.cn/hneng/Services/Work/LaborRights/202506/t20250628_33722408.html",
	"verification": "secondary",
	"notes": ["At least 150 % of wages for extended hours; 200 % for rest-day work without time off in lieu; 300 % on statutory holidays (Art. 44(2)-(3))."],
})

# METADATA
# title: Weekly rest
sources contains object.union(_labour_law, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "Art. 38",
	"verification": "secondary",
	"notes": ["At least one day off a week, encoded as 24 hours. Under the State Council Provisions (Art. 7) state organs rest on Saturday and Sunday; enterprises may arrange weekly rest days flexibly."],
})

# METADATA
# title: Annual paid leave
sources contains {
	"requirement": "leave.annual_paid_min_days",
	"value": 5,
	"instrument": "Regulations on Paid Annual Leave of Employees (State Council Decree No. 514)",
	"article": "Arts. 2, 3",
	"url": "https://wodefinance.com/TianTianFund/gvxgnalkte.html",
	"effective_from": "2008-01-01",
	"binding": "law",
	"verification": "secondary",
	"notes": [
		"5 days after 1-10 years' cumulative service, 10 days after 10-20 years, 15 days after 20 years; none before one year of continuous work (Art. 2).",
		"Statutory holidays and rest days are not counted (Art. 3), so the days are working days of China's standard 5-day week.",
	],
}

# METADATA
# title: Maternity leave (Labour Law)
sources contains object.union(_labour_law, {
	"requirement": "maternity.leave_min_weeks",
	"value": 12.85,
	"article": "Art. 62",
	"url": "https://jamieandrick.com/legal-regulations-on-maternity-leave/",
	"verification": "secondary",
	"notes": ["No less than 90 days (12 6/7 weeks, encoded as 12.85); raised to 98 days by Decree 619 from 28 April 2012."],
})

# METADATA
# title: Maternity leave (Decree 619)
sources contains {
	"requirement": "maternity.leave_min_weeks",
	"value": 14,
	"instrument": "Special Provisions on Labour Protection of Female Employees (State Council Decree No. 619)",
	"article": "Art. 7",
	"url": "https://chinalawandpractice.com/2012/07/11/state-council-special-provisions-for-the-work-protection-of-female-employees",
	"effective_from": "2012-04-28",
	"binding": "law",
	"verification": "secondary",
	"notes": [
		"98 days, of which up to 15 before the birth; +15 days for a difficult birth and +15 days for each additional infant. Many provinces grant more (e.g. Beijing 158 days).",
		"Not encoded: the maternity allowance. For insured women it is paid by the maternity insurance fund at the employer's average monthly wage of the previous year, for uninsured women by the employer at the woman's pre-leave wage (Art. 8), so it is not a fixed share of the woman's own earnings.",
	],
}

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_labour_law, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "Art. 48",
	"url": "https://covid-19.chinadaily.com.cn/business/2016-12/14/content_27661898.htm",
	"verification": "secondary",
	"notes": ["Wages may not be lower than the local minimum wage; there is no national rate. Provinces set minimum wages and review them at least every two years (Provisions on Minimum Wages 2004)."],
})

# METADATA
# title: Prohibited grounds of discrimination (Labour Law)
sources contains object.union(_labour_law, {
	"requirement": "non_discrimination.grounds",
	"value": ["ethnicity", "race", "sex", "religion"],
	"article": "Art. 12",
	"url": "https://www.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4129438%2C103404%3ANO",
	"verification": "secondary",
	"notes": [
		"Workers shall not be discriminated against in employment on grounds of ethnic group (民族), race, sex or religious belief.",
		_ethnicity_note,
	],
})

# METADATA
# title: Prohibited grounds of discrimination (Employment Promotion Law)
sources contains object.union(_epl, {
	"requirement": "non_discrimination.grounds",
	"value": ["ethnicity", "race", "sex", "religion", "disability", "health_status"],
	"article": "Arts. 3, 26-30",
	"verification": "secondary",
	"notes": [
		"Art. 3: ethnic group, race, sex, religious belief 'etc.'; Art. 29: disability; Art. 30: being a carrier of an infectious-disease pathogen (mapped to health_status, but limited to that condition). Art. 31 bars discriminatory restrictions on rural workers (household registration), not encoded.",
		_ethnicity_note,
		"The ILO CEACR found coverage incomplete and raised discrimination against Uyghurs and other Turkic and Muslim minorities (C111 observation 2021).",
	],
})

# METADATA
# title: Prohibited grounds of discrimination (women's rights law)
sources contains object.union(_wrpl, {
	"requirement": "non_discrimination.grounds",
	"value": ["sex", "marital_status", "pregnancy"],
	"article": "Art. 43",
	"url": "https://wechat.estsglobal.com/wechat/law_contents/85",
	"verification": "secondary",
	"notes": ["In recruitment an employer may not limit posts to men, ask about marriage or childbearing, require a pregnancy test, or make marriage or childbearing status a condition of hiring. Applies to discrimination against women."],
})

# METADATA
# title: Right to remove oneself from danger
sources contains {
	"requirement": "health_safety.right_to_remove_from_danger",
	"value": true,
	"instrument": "Work Safety Law of the People's Republic of China (2002, as amended 2009, 2014 and 2021)",
	"article": "Art. 55",
	"url": "https://www.lawparks.com/ask/what-to-do-in-danger-under-safety-law",
	# The right has been in the Law since it took effect on 1 November 2002; Art. 55 is the 2021 numbering.
	"effective_from": "2002-11-01",
	"binding": "law",
	"verification": "secondary",
	"notes": ["A worker who finds an emergency directly endangering personal safety may stop work, or leave the workplace after taking possible emergency measures; wages and benefits may not be cut nor the contract ended for doing so. Labour Law Art. 56 also lets workers refuse illegal commands and forced risky operations."],
}

# METADATA
# title: Workplace sexual harassment policy
sources contains object.union(_wrpl, {
	"requirement": "harassment.policy",
	"value": true,
	"article": "Art. 25",
	"url": "https://kw-legal.com/en/2022/12/01/12303en",
	"verification": "secondary",
	"notes": ["Employers must adopt rules prohibiting sexual harassment, designate responsible staff, train, provide complaint channels and investigation procedures. Covers sexual harassment of women only, not violence and harassment generally."],
})

_rat_2022 := "http://www.chinadaily.com.cn/a/202208/13/WS62f70082a310fd2b29e71f67.html"

_normlex_cn := "https://normlex.ilo.org/dyn/normlex/en/f?p=1000:11200:0::NO:11200:P11200_COUNTRY_ID:103404"

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: Years without a stated day (C100 1990, C111 2006, C182 2002, C155 2007) are left without a date.
ratifications := {
	"C29": {"status": "ratified", "date": "2022-08-12", "verification": "secondary", "url": _rat_2022},
	"P29": {"status": "not_ratified", "verification": "secondary", "url": _normlex_cn},
	"C87": {"status": "not_ratified", "verification": "secondary", "url": "http://www.ictur.org/Profile_China.html"},
	"C98": {"status": "not_ratified", "verification": "secondary", "url": "http://www.ictur.org/Profile_China.html"},
	"C100": {"status": "ratified", "verification": "secondary", "url": "https://silkway.news/china-ratifies-two-ilo-fundamental-86884"},
	"C105": {"status": "ratified", "date": "2022-08-12", "verification": "secondary", "url": _rat_2022},
	"C111": {"status": "ratified", "verification": "secondary", "url": "http://ilo.int/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4129438%2C103404%3ANO"},
	"C138": {
		"status": "ratified",
		"date": "1999-04-28",
		"declared_minimum_age": 16,
		"verification": "secondary",
		"url": "http://the-uncensored-wiki.com:20082/articles/m/i/n/Minimum_Age_Convention%2C_1973_14fb.html",
	},
	"C182": {"status": "ratified", "verification": "secondary", "url": "https://silkway.news/china-ratifies-two-ilo-fundamental-86884"},
	"C155": {"status": "ratified", "verification": "secondary", "url": "https://normlex.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4314922%2C103404%3ANO"},
	"C187": {"status": "not_ratified", "verification": "secondary", "url": "https://en.wikipedia.org/wiki/Promotional_Framework_for_Occupational_Safety_and_Health_Convention,_2006"},
}
