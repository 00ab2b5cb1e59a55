# METADATA
# title: Republic of Korea national rule pack
# description: |
#   Labor Standards Act (Act No. 5309 of 1997, wholly amended by Act No. 8372 of 2007)
#   and related acts, with Korea's ratifications of the fundamental ILO conventions.
#   The LSA applies in full only to workplaces regularly employing 5 or more workers
#   (Art. 11); the 40-hour week, the 52-hour cap and 15 days' annual leave were phased
#   in by workplace size. The pack therefore reads input.context.workers; with no
#   workers count it assumes a covered workplace and the latest phase-in date.
#   LSA texts were read in the legalize-kr mirror of law.go.kr.
package hrdd.national.kr

# METADATA
# title: Country name
name := "Republic of Korea"

# METADATA
# title: Context attributes read by this pack
reads := {"workers"}

# METADATA
# title: Workforce sizes at which rules change
# description: LSA coverage (5), rules of employment (10) and the phase-in bands of the 40-hour week and the 52-hour cap; the engine evaluates the rules once per size band.
workers_thresholds := {5, 10, 20, 50, 100, 300, 1000}

_url := "https://www.law.go.kr/법령/근로기준법"

_lsa := {
	"instrument": "Labor Standards Act (근로기준법)",
	"url": _url,
	"binding": "law",
	# The Labor Standards Act (Act No. 5309) came into force on 13 March 1997; articles were renumbered by the 2007 whole amendment.
	"effective_from": "1997-03-13",
	"verification": "primary",
}

_workers := input.context.workers if is_number(input.context.workers)

# Workplaces regularly employing fewer than 5 workers: the LSA applies only in part
# (Art. 11(2); Enforcement Decree Art. 7 and Table 1): not Arts. 50, 53, 56, 60, 76-2, 76-3.
_under_five if _workers < 5

# Rules of employment are compulsory only from 10 workers (Art. 93).
_under_ten if _workers < 10

# 40-hour week and 15 days' annual leave (amendment of 2003, Act No. 6974): phased in by
# workplace size from 1 July 2004 (1,000 or more, and public, financial, insurance and
# hospital businesses) to 1 July 2011 (5-19 workers).
_forty_from := "2004-07-01" if {
	_workers >= 1000
} else := "2005-07-01" if {
	_workers >= 300
} else := "2006-07-01" if {
	_workers >= 100
} else := "2007-07-01" if {
	_workers >= 50
} else := "2008-07-01" if {
	_workers >= 20
} else := "2011-07-01"

# 52-hour weekly cap (Art. 2(1)7 "one week = 7 days including holidays", Act No. 15513
# of 20 March 2018): 300 or more from 1 July 2018, 50-299 from 1 January 2020, 5-49
# from 1 July 2021.
_fifty_two_from := "2018-07-01" if {
	_workers >= 300
} else := "2020-01-01" if {
	_workers >= 50
} else := "2021-07-01"

_phase_note := "40-hour week and 15 days' leave phased in by workplace size: 1,000+ workers (and public, financial, insurance and hospital businesses) 1 Jul 2004, 300+ 2005, 100+ 2006, 50+ 2007, 20+ 1 Jul 2008, 5-19 workers 1 Jul 2011; effective_from follows input.context.workers (latest date when unknown)."

_small_note := "Does not apply to workplaces regularly employing fewer than 5 workers (LSA Art. 11; Enforcement Decree Table 1)."

# METADATA
# title: Minimum age for employment
sources contains object.union(_lsa, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "Art. 64(1)",
	"notes": ["Persons under 15, and persons under 18 attending middle school, may not be employed (Art. 62 of the 1997 Act, renumbered Art. 64 in 2007)."],
	"exceptions": [{
		"article": "Art. 64(1) proviso; Enforcement Decree Art. 35",
		"value": 13,
		"text": "With an employment permit certificate from the Minister of Employment and Labor, for a designated job not hindering compulsory education, from 13 (under 13 only for art performances).",
	}],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_lsa, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "Arts. 65(1), 72",
	"notes": ["Persons under 18 may not be employed in work harmful or dangerous to morals or health (list in Enforcement Decree Art. 40 and Table 4) nor underground in mines (Art. 72); working hours of 15-17-year-olds are limited to 7 a day and 35 a week (Art. 69)."],
})

# METADATA
# title: Workers free to resign (prohibition of forced labour)
sources contains object.union(_lsa, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "Arts. 7, 20, 21",
	"notes": ["An employer may not force work against the worker's will by violence, intimidation, confinement or other unjust restraint of mental or physical freedom (Art. 7); penalties for breach of contract (Art. 20) and set-off of advances against wages (Art. 21) are prohibited. Korea has not ratified C105 (alternative military service)."],
})

# METADATA
# title: Maximum regular hours per day
sources contains object.union(_lsa, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Art. 50(2)",
	"verification": "secondary",
	"notes": ["8 hours a day excluding rest periods (Art. 49(2) of the 1997 Act)."],
}) if not _under_five

# METADATA
# title: Maximum regular hours per week (44 before the 40-hour phase-in)
sources contains object.union(_lsa, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 44,
	"article": "Art. 49(1) of the 1997 Act",
	"effective_to": _forty_from,
	"verification": "secondary",
	"notes": ["44 hours a week under the 1997 Act until the 40-hour week reached the workplace.", _phase_note],
}) if not _under_five

# METADATA
# title: Maximum regular hours per week
sources contains object.union(_lsa, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 40,
	"article": "Art. 50(1)",
	"effective_from": _forty_from,
	"verification": "secondary",
	"notes": ["40 hours a week excluding rest periods.", _phase_note, _small_note],
}) if not _under_five

# METADATA
# title: Maximum total hours per week
sources contains object.union(_lsa, {
	"requirement": "working_hours.total_weekly_max",
	"value": 52,
	"article": "Arts. 2(1)7, 50(1), 53(1)",
	"effective_from": _fifty_two_from,
	"notes": [
		"40 regular hours plus at most 12 hours of extended work a week by agreement; since one week means seven days including holidays, holiday work counts (previously up to 68 hours by administrative interpretation).",
		"Phased in: 300+ workers 1 Jul 2018 (300+ in formerly special industries 1 Jul 2019), 50-299 workers 1 Jan 2020, 5-49 workers 1 Jul 2021; effective_from follows input.context.workers (latest date when unknown).",
		"Overtime is by agreement of the parties (Art. 53(1)).",
		_small_note,
	],
	"exceptions": [
		{"article": "Art. 53(3) and Addenda", "value": 60, "text": "Employers with fewer than 30 workers could add up to 8 hours a week by written agreement with the workers' representative from 1 July 2021 to 31 December 2022."},
		{"article": "Art. 53(4)", "text": "Special extended work with ministerial authorisation and the worker's consent in special circumstances (disasters, urgent repairs, etc.)."},
		{"article": "Art. 59", "text": "Land, water and air transport and health services may exceed 12 hours of extended work by written agreement, with 11 hours' rest between working days."},
	],
}) if not _under_five

# METADATA
# title: Minimum overtime pay rate
sources contains object.union(_lsa, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 150,
	"article": "Art. 56(1)",
	"verification": "primary",
	"notes": [
		"At least 50 % of the ordinary wage added for extended work; night work (22:00-06:00) +50 %; holiday work +50 % up to 8 hours and +100 % beyond (Art. 56(2)-(3), since 20 March 2018).",
		"Premium of 50 % in the LSA since the 1997 Act (date of earlier text not checked).",
		_small_note,
	],
}) if not _under_five

# METADATA
# title: Minimum weekly rest
sources contains object.union(_lsa, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "Art. 55(1)",
	"notes": ["At least one paid holiday a week on average (encoded as 24 hours); applies to workers with 15 or more contractual hours a week (Art. 18(3)) and also in workplaces with fewer than 5 workers."],
})

# METADATA
# title: Minimum annual paid leave
sources contains object.union(_lsa, {
	"requirement": "leave.annual_paid_min_days",
	"value": 15,
	"article": "Art. 60(1), (4)",
	"effective_from": _forty_from,
	"notes": [
		"15 days of paid leave after a year with at least 80 % attendance; one day per month of full attendance in the first year (Art. 60(2)); one more day every two years from the third year, up to 25 days. Days are working days; not converted.",
		_phase_note,
		_small_note,
	],
}) if not _under_five

# METADATA
# title: Minimum maternity leave
sources contains object.union(_lsa, {
	"requirement": "maternity.leave_min_weeks",
	"value": 12.86,
	"article": "Art. 74(1), (4)",
	# Leave of 90 days (previously 60) since the 2001 amendment in force 1 November 2001.
	"effective_from": "2001-11-01",
	"notes": [
		"90 days before and after childbirth (= 12.86 weeks), at least 45 after; 100 days for a premature birth and 120 days for a multiple pregnancy.",
		"The first 60 days (75 for multiple births) are paid by the employer; the employment insurance maternity benefit (ordinary wage up to a ceiling) covers the rest, and all 90 days for priority-support (smaller) enterprises. The cash benefit is not encoded because of the ceiling.",
		"Extension from 60 to 90 days in force 1 November 2001 (date from secondary knowledge, not checked).",
	],
})

# METADATA
# title: Statutory minimum wage paid
sources contains {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"instrument": "Minimum Wage Act (최저임금법)",
	"article": "Art. 6(1)",
	"url": "https://www.law.go.kr/법령/최저임금법",
	"binding": "law",
	"effective_from": "1988-01-01",
	"verification": "secondary",
	"notes": ["A single national hourly minimum wage set each year by the Minimum Wage Commission; applies to all workplaces with employees. First minimum wages applied from 1 January 1988 (secondary knowledge, not checked)."],
}

# METADATA
# title: Prohibited grounds of discrimination (LSA)
sources contains object.union(_lsa, {
	"requirement": "non_discrimination.grounds",
	"value": ["sex", "nationality", "religion", "social_status"],
	"article": "Art. 6",
	"notes": ["No discriminatory treatment on the basis of sex, and none in working conditions on the basis of nationality, faith (신앙 -> religion) or social status (Art. 5 of the 1997 Act)."],
})

_eea := {
	"instrument": "Equal Employment Opportunity and Work-Family Balance Assistance Act (남녀고용평등과 일ㆍ가정 양립 지원에 관한 법률)",
	"url": "https://www.law.go.kr/법령/남녀고용평등과일ㆍ가정양립지원에관한법률",
	"binding": "law",
	# Text read in the version in force on 8 December 2011; the provisions are older (equal value since the 1989 amendment of the Equal Employment Act), earlier dates not checked.
	"effective_from": "2011-12-08",
	"verification": "primary",
}

# METADATA
# title: Prohibited grounds of discrimination (Equal Employment Act)
sources contains object.union(_eea, {
	"requirement": "non_discrimination.grounds",
	"value": ["sex", "marital_status", "family_status", "pregnancy"],
	"article": "Arts. 2(1), 7, 10, 11",
	"notes": ["Discrimination means different conditions or unfavourable treatment without reasonable grounds because of sex, marriage (-> marital_status), status within the family (-> family_status), pregnancy or childbirth; covers recruitment, pay, benefits, training, placement, promotion, retirement and dismissal. Effective date is a lower bound (version read)."],
})

# METADATA
# title: Prohibited grounds of discrimination (TULRAA)
sources contains {
	"requirement": "non_discrimination.grounds",
	"value": ["union_membership"],
	"instrument": "Trade Union and Labor Relations Adjustment Act (노동조합 및 노동관계조정법)",
	"article": "Art. 81(1)1",
	"url": "https://www.law.go.kr/법령/노동조합및노동관계조정법",
	"binding": "law",
	"effective_from": "1997-03-13",
	"verification": "secondary",
	"notes": ["Dismissal or unfavourable treatment because a worker joined or tried to join or organise a union is an unfair labour practice."],
}

# METADATA
# title: Equal pay for work of equal value
sources contains object.union(_eea, {
	"requirement": "equal_pay.equal_value",
	"value": true,
	"article": "Art. 8",
	"notes": ["Employers must pay equal wages for work of equal value in the same business, assessed on skill, effort, responsibility and working conditions; criminally sanctioned (Art. 37(2)). Effective date is a lower bound (version read)."],
})

_const := {
	"instrument": "Constitution of the Republic of Korea",
	"article": "Art. 33(1)",
	"url": "https://www.law.go.kr/법령/대한민국헌법",
	"binding": "law",
	"effective_from": "1988-02-25",
	"verification": "secondary",
}

# METADATA
# title: Right to organise and to bargain collectively
sources contains object.union(_const, {
	"requirement": requirement,
	"value": true,
	"notes": [
		"Workers have the rights of independent association, collective bargaining and collective action to improve working conditions; given effect by the Trade Union and Labor Relations Adjustment Act.",
		"C87 and C98 ratified on 20 April 2021 (in force 20 April 2022) after TULRAA amendments allowing dismissed and unemployed workers to join enterprise unions.",
	],
}) if some requirement in {"freedom_of_association.right_to_organise", "freedom_of_association.collective_bargaining"}

# METADATA
# title: Right to remove oneself from serious danger
sources contains {
	"requirement": "health_safety.right_to_remove_from_danger",
	"value": true,
	"instrument": "Occupational Safety and Health Act (산업안전보건법)",
	"article": "Art. 52",
	"url": "https://www.law.go.kr/법령/산업안전보건법",
	"binding": "law",
	# Article of the wholly amended Act (No. 16272 of 15 January 2019), in force 16 January 2020 (previously Art. 26(2)).
	"effective_from": "2020-01-16",
	"verification": "secondary",
	"notes": ["A worker may stop work and evacuate when there is an imminent danger of an industrial accident, reporting to the supervisor; no dismissal or unfavourable treatment where the worker had reasonable grounds to believe in the danger."],
}

# METADATA
# title: Workplace harassment in the rules of employment
sources contains object.union(_lsa, {
	"requirement": "harassment.policy",
	"value": true,
	"article": "Arts. 76-2, 76-3, 93(11)",
	# Amendment by Act No. 16270 of 15 January 2019, in force six months later (16 July 2019).
	"effective_from": "2019-07-16",
	"notes": [
		"Workplace harassment is prohibited (Art. 76-2); employers must investigate, protect and act (Art. 76-3); employers regularly employing 10 or more workers must include prevention of and measures against workplace harassment in their rules of employment (Art. 93(11)).",
		"Sexual harassment prevention training is compulsory for all employers (Equal Employment Act Art. 13).",
		"Entry into force on 16 July 2019 from secondary knowledge, not checked.",
	],
}) if not _under_ten

_moel := "https://www.moel.go.kr/english/poli/poliNewsnews_view.jsp?idx=1597"

_ilo_kr := "http://www.ilo.org/asia/countries/korea/lang--en/index.htm"

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: |
#   C29, C87 and C98 deposited on 20 April 2021 (MOEL); C100, C111, C138 and C182 ratified
#   earlier, C155 and C187 in 2008 (ILO Asia page); C105 not ratified (KBS, 2021); P29
#   not ratified (no source lists it). C138 ratified in 1999 (NORMLEX); its exact date and
#   the declared minimum age were not found in a checked source and are not encoded.
ratifications := {
	"C29": {"status": "ratified", "date": "2021-04-20", "verification": "secondary", "url": _moel},
	"P29": {"status": "not_ratified", "verification": "secondary", "url": _ilo_kr},
	"C87": {"status": "ratified", "date": "2021-04-20", "verification": "secondary", "url": _moel},
	"C98": {"status": "ratified", "date": "2021-04-20", "verification": "secondary", "url": _moel},
	"C100": {"status": "ratified", "verification": "secondary", "url": _ilo_kr},
	"C105": {"status": "not_ratified", "verification": "secondary", "url": "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=160977"},
	"C111": {"status": "ratified", "verification": "secondary", "url": _ilo_kr},
	"C138": {
		"status": "ratified", "verification": "primary",
		"url": "http://ilo.ch/dyn/normlex/en/f?p=1000%3A13101%3A0%3A%3ANO%3A13101%3AP13101_COMMENT_ID%3A4342254",
		"notes": ["Ratified in 1999 (NORMLEX). Unverified: the exact ratification date and the minimum age declared under Art. 2(1), not encoded; CEACR comments note that the Labour Standards Act bars employment of persons under 15."],
	},
	"C182": {"status": "ratified", "verification": "secondary", "url": _ilo_kr},
	"C155": {"status": "ratified", "verification": "secondary", "url": _ilo_kr},
	"C187": {"status": "ratified", "verification": "secondary", "url": _ilo_kr},
}
