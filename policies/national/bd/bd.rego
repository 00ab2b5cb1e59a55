# METADATA
# title: Bangladesh national rule pack
# description: |
#   Bangladesh Labour Act 2006 (Act No. XLII of 2006) as amended (2013, 2018,
#   Bangladesh Labour (Amendment) Ordinance 2025) and the ILO ratifications.
#   The Act excludes some sectors (s. 1(4)); EPZs fall under the EPZ Labour Act 2019.
package hrdd.national.bd

# METADATA
# title: Country name
name := "Bangladesh"

_bla := {
	"instrument": "Bangladesh Labour Act 2006 (Act No. XLII of 2006)",
	"binding": "law",
	"url": "http://bdlaws.minlaw.gov.bd/act-952.html",
	# The Act came into force on 11 October 2006.
	"effective_from": "2006-10-11",
}

_scope_note := "The Act does not reach the sectors excluded by s. 1(4); export processing zones are governed by the separate EPZ Labour Act 2019."

# METADATA
# title: Minimum age for employment
# description: No child (under 14, s. 2(63)) may be employed; adolescents 14-17 only with a fitness certificate (s. 34(2)).
sources contains object.union(_bla, {
	"requirement": "child_labour.minimum_age",
	"value": 14,
	"article": "ss. 2(63), 34",
	"url": "https://accountabilityhub.org/provision/ss-34-and-44/",
	"verification": "secondary",
	"notes": [
		"14 is the age Bangladesh declared under ILO C138 Art. 2(4) on ratifying in 2022.",
		_scope_note,
	],
	"exceptions": [{
		"article": "s. 44",
		"value": 12,
		"text": "Children of 12 may do light work that does not endanger their health and development or interfere with their education.",
	}],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_bla, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "ss. 2(8), 39",
	"verification": "secondary",
	"notes": ["Adolescents (14-17, s. 2(8)) may not be employed in work the Government declares hazardous; the list grew from 38 to 43 types of work in 2022."],
})

# METADATA
# title: Workers free to resign
sources contains object.union(_bla, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "s. 27",
	"url": "http://ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2698219%2C103500",
	"verification": "secondary",
	"notes": [
		"A worker may end employment by written notice (60 days for permanent workers); the ILO CEACR (2011) noted that s. 27 ensures all workers the freedom to terminate their employment with notice.",
		"The CEACR has asked for repeal of the Essential Services (Maintenance) Act 1952 and Essential Services (Second) Ordinance 1958, which penalise leaving employment in essential services.",
	],
})

# METADATA
# title: Regular daily hours
sources contains object.union(_bla, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "s. 100",
	"url": "https://www.lawyersnjurists.com/article/the-bangladesh-labour-act-2006-chapter-ix/",
	"verification": "secondary",
	"notes": ["Up to 10 hours a day with overtime paid under s. 108 (s. 100 proviso)."],
})

# METADATA
# title: Regular weekly hours
sources contains object.union(_bla, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"article": "s. 102(1)",
	"url": "https://www.lawyersnjurists.com/article/the-bangladesh-labour-act-2006-chapter-ix/",
	"verification": "secondary",
})

# METADATA
# title: Total weekly hours, overtime included
sources contains object.union(_bla, {
	"requirement": "working_hours.total_weekly_max",
	"value": 60,
	"article": "s. 102(2), first proviso",
	"url": "https://www.lawyersnjurists.com/article/the-bangladesh-labour-act-2006-chapter-ix/",
	"verification": "secondary",
	"notes": ["Total hours may not exceed 60 in a week and must average no more than 56 a week over the year; road transport workers: at most 150 additional hours a year."],
	"exceptions": [{
		"article": "s. 102(2), third proviso",
		"text": "The Government may, by written order and on conditions, relax the weekly limits for particular industries.",
	}],
})

# METADATA
# title: Overtime premium
sources contains object.union(_bla, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 200,
	"article": "s. 108(1)",
	"url": "https://hasanhmt.com/%e0%a7%a7%e0%a7%a6%e0%a7%ae%e0%a5%a4-%e0%a6%85%e0%a6%a7%e0%a6%bf%e0%a6%95%e0%a6%be%e0%a6%b2-%e0%a6%95%e0%a6%b0%e0%a7%8d%e0%a6%ae%e0%a7%87%e0%a6%b0-%e0%a6%9c%e0%a6%a8%e0%a7%8d%e0%a6%af-%e0%a6%85/23/08/2021",
	"verification": "secondary",
	"notes": [
		"Twice the ordinary rate of basic wage plus dearness allowance and ad hoc or interim wage, if any (Bangla text of s. 108(1)).",
		"Does not apply to piece-rate workers (s. 108(2)).",
	],
})

# METADATA
# title: Weekly rest
sources contains object.union(_bla, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "s. 103",
	"url": "https://intekhabandassociates.com/labour-issue/",
	"verification": "secondary",
	"notes": ["Factories: one day a week (encoded as 24 hours); shops, commercial and industrial establishments: one and a half days; road transport: 24 consecutive hours. A worker deprived of a weekly holiday gets compensatory holidays (s. 104)."],
})

# METADATA
# title: Maternity leave
sources contains object.union(_bla, {
	"requirement": "maternity.leave_min_weeks",
	"value": 16,
	"article": "s. 46(1)",
	"url": "http://www.reportbd.com/articles/245/1/Right-to-and-Liability-for-Payment-of-Maternity-Benefit-Part-04/Page1.html",
	"verification": "secondary",
	"notes": [
		"Eight weeks before the expected delivery and eight weeks after it.",
		"Maternity benefit requires six months' service with the employer before the expected delivery, and is not payable to a woman with two or more living children (who keeps any other leave due).",
		"Reports of an extension to 120 days (2023 amendment bill; 2025 Ordinance) could not be confirmed in a gazetted text; 16 weeks is encoded.",
	],
})

# METADATA
# title: Maternity cash benefit
sources contains object.union(_bla, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"article": "ss. 46, 48",
	"url": "http://www.reportbd.com/articles/243/1/Maternity-Benefit-in-Bangladesh-Maternity-Welfare-Facilities-Part-03/Page1.html",
	"verification": "secondary",
	"notes": ["Paid by the employer at the rate of the worker's average daily wage for the period of actual absence, under the conditions of s. 46."],
})

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_bla, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "ss. 138-149 (Ch. XI)",
	"url": "https://www.tbsnews.net/bangladesh/labour-ministry-publishes-gazette-minimum-wage-rmg-set-tk12500-738286",
	"verification": "secondary",
	"notes": ["No national minimum wage: the Minimum Wage Board fixes sector rates (e.g. ready-made garments Tk 12,500 a month from 1 December 2023); the 2025 Ordinance shortened the review cycle from five to three years."],
})

# METADATA
# title: Prohibited grounds of discrimination (before 2013)
sources contains object.union(_bla, {
	"requirement": "non_discrimination.grounds",
	"value": ["sex"],
	"article": "s. 345 (original text)",
	"url": "http://bdlaws.minlaw.gov.bd/act-952/section-26399.html",
	"effective_to": "2013-07-22",
	"verification": "primary",
	"notes": ["Only in fixing wages and minimum wage rates: equal wages for women and men, no discrimination on that ground. The Act has no general anti-discrimination provision."],
})

# METADATA
# title: Prohibited grounds of discrimination (from 2013)
sources contains object.union(_bla, {
	"requirement": "non_discrimination.grounds",
	"value": ["sex", "disability"],
	"article": "s. 345 as amended by Act No. 30 of 2013, s. 86",
	"url": "http://bdlaws.minlaw.gov.bd/act-952/section-26399.html",
	"effective_from": "2013-07-22",
	"verification": "primary",
	"notes": [
		"Only in fixing wages and minimum wage rates: equal wages for women, men and workers with disabilities (প্রতিবন্ধী), no discrimination on those grounds.",
		"The 2025 Ordinance substituted s. 345 with the same three groups (male, female and disabled workers).",
	],
})

# METADATA
# title: Equal pay for work of equal value
sources contains object.union(_bla, {
	"requirement": "equal_pay.equal_value",
	"value": true,
	"article": "s. 345",
	"url": "http://bdlaws.minlaw.gov.bd/act-952/section-26399.html",
	"verification": "primary",
	"notes": ["The principle of equal wages applies to work of the same nature or of the same standard or value (একই প্রকৃতির বা একই মান বা মূল্যের কাজ)."],
})

# METADATA
# title: Right to organise
sources contains object.union(_bla, {
	"requirement": "freedom_of_association.right_to_organise",
	"value": true,
	"article": "s. 176",
	"url": "https://www.lawyersnjurists.com/article/the-bangladesh-labour-act-2006-chapter-xiii/",
	"verification": "secondary",
	"notes": [
		"Registration thresholds (s. 179) were 20 % of the workforce; the 2025 Ordinance replaced them with absolute numbers by establishment size (20 workers in establishments of 20-300).",
		"Many public-sector workers are excluded; EPZ workers may form only workers' welfare associations under the EPZ Labour Act 2019. An ILO article 26 complaint on C87 and C98 remains open.",
	],
})

# METADATA
# title: Collective bargaining
sources contains object.union(_bla, {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"article": "s. 202",
	"url": "https://www.lawyersnjurists.com/article/the-bangladesh-labour-act-2006-chapter-xiii/",
	"verification": "secondary",
	"notes": ["Only a registered trade union determined as the collective bargaining agent (CBA) of the establishment may bargain."],
})

_tbs := "https://www.tbsnews.net/bangladesh/bangladesh-complete-ilo-ratification-eliminate-child-labour-389298"

# Bangladesh's 2014-2017 CEACR comments record that it has not ratified the OSH instruments.
_osh := "http://ilo.ch/dyn/normlex/de/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A3337191%2C103500"

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: Years before 2022 (1972 for C29, C87, C98, C105, C111) are from NORMLEX comment headers; exact dates are given only where a source stated them.
ratifications := {
	"C29": {"status": "ratified", "verification": "secondary", "url": "http://ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2698219%2C103500"},
	"P29": {"status": "ratified", "date": "2022-01-20", "verification": "secondary", "url": "https://50forfreedom.org/blog/news/bangladesh-ratification/"},
	"C87": {"status": "ratified", "verification": "secondary", "url": _tbs},
	"C98": {"status": "ratified", "verification": "secondary", "url": _tbs},
	"C100": {"status": "ratified", "verification": "secondary", "url": _tbs},
	"C105": {"status": "ratified", "verification": "secondary", "url": _tbs},
	"C111": {"status": "ratified", "verification": "secondary", "url": _tbs},
	"C138": {
		"status": "ratified",
		"date": "2022-03-22",
		"declared_minimum_age": 14,
		"verification": "secondary",
		"url": _tbs,
	},
	"C182": {"status": "ratified", "verification": "secondary", "url": _tbs},
	"C155": {"status": "not_ratified", "verification": "secondary", "url": _osh},
	"C187": {"status": "not_ratified", "verification": "secondary", "url": _osh},
}
