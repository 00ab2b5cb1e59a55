# METADATA
# title: Republic of Korea national rule pack
# description: |
#   Labor Standards Act (Act No. 5309 of 1997, wholly amended by Act No. 8372 of 2007)
#   and related acts, with Korea's ratifications of the fundamental ILO conventions.
#   The LSA applies in full only to workplaces regularly employing 5 or more workers
#   (Art. 11); the 40-hour week, 15 days' annual leave and the 52-hour cap were phased
#   in by workplace size. Both are conditions on the sources (one source per size band
#   and date), so the pack reads no input.context. LSA texts were read in the
#   legalize-kr mirror of law.go.kr (version in force 23 October 2025, with the
#   addenda of the amending acts).
package hrdd.national.kr

# METADATA
# title: Country name
name := "Republic of Korea"

_url := "https://www.law.go.kr/법령/근로기준법"

# Copies of the law.go.kr texts read (legalize-kr mirrors), named in checked_against.
_mirror(law, file, title) := {
	"url": sprintf("https://github.com/9bow/legalize-kr/blob/HEAD/kr/%s/%s", [law, file]),
	"title": sprintf("%s: text from law.go.kr (legalize-kr mirror, verbatim copy)", [title]),
}

_moel_2011 := [
	{"url": "https://lkyehong.tistory.com/6992075?category=788402", "title": "MOEL press release (copy), 8 June 2011: the 40-hour week reaches workplaces of 5-19 workers on 1 July 2011; workplaces under 5 are outside the hours and leave rules; table of the phase-in dates"},
	{"url": "https://www.kmib.co.kr/article/view_amp.asp?arcid=0004457844", "title": "Kukmin Ilbo, 21 December 2010: Cabinet approves the Enforcement Decree extending the 40-hour week to workplaces of 5-19 workers from July 2011"},
]

_lsa := {
	"instrument": "Labor Standards Act (근로기준법)",
	"url": _url,
	"binding": "law",
	# The Labor Standards Act (Act No. 5309) came into force on 13 March 1997; articles were renumbered by the 2007 whole amendment.
	"effective_from": "1997-03-13",
	"verification": "primary",
}

# The whole amendment (Act No. 8372) came into force on its promulgation, 11 April
# 2007 (Addenda Art. 1); used as the first day of rules whose 1997 numbering and
# wording were not checked.
_lsa_2007 := object.union(_lsa, {"effective_from": "2007-04-11"})

_five := "Workplaces regularly employing 5 or more workers (LSA Art. 11(1)); below 5 the Act applies only in the parts listed in Enforcement Decree Art. 7 and Table 1."

_small := {
	"workplace_workers_below": 5,
	"text": "Workplaces regularly employing 4 or fewer workers: the LSA applies only in the parts listed in Enforcement Decree Art. 7 and Table 1 (Art. 11(2)).",
}

# 40-hour week and 15 days' annual leave (amendment of 2003, Act No. 6974): in force
# by workplace size from 1 July 2004 to 2011 (Addenda Art. 4 of Act No. 8372, read);
# the last band's date, 1 July 2011, was set by Presidential Decree (secondary).
_forty_bands := [
	{"min": 1000, "from": "2004-07-01", "verification": "primary", "text": "Workplaces regularly employing 1,000 or more workers: from 1 July 2004 (Addenda Art. 4(1) of Act No. 8372)."},
	{"min": 300, "from": "2005-07-01", "verification": "primary", "text": "Workplaces regularly employing 300 or more workers: from 1 July 2005 (Addenda Art. 4(2) of Act No. 8372)."},
	{"min": 100, "from": "2006-07-01", "verification": "primary", "text": "Workplaces regularly employing 100 or more workers: from 1 July 2006 (Addenda Art. 4(3) of Act No. 8372)."},
	{"min": 50, "from": "2007-07-01", "verification": "primary", "text": "Workplaces regularly employing 50 or more workers: from 1 July 2007 (Addenda Art. 4(4) of Act No. 8372)."},
	{"min": 20, "from": "2008-07-01", "verification": "primary", "text": "Workplaces regularly employing 20 or more workers: from 1 July 2008 (Addenda Art. 4(5) of Act No. 8372)."},
	{"min": 5, "from": "2011-07-01", "verification": "secondary", "text": "Workplaces regularly employing 5 or more workers: from 1 July 2011, the date fixed by Presidential Decree within the 2011 limit of Addenda Art. 4(6) of Act No. 8372 (MOEL press release of 8 June 2011)."},
]

# Finance and insurance businesses came under the 40-hour week on 1 July 2004 whatever their size (Addenda Art. 4(1)).
_forty_finance := {
	"sectors": ["finance"],
	"workplace_workers_min": 5,
	"text": "Finance and insurance businesses regularly employing 5 or more workers: from 1 July 2004 whatever their size (Addenda Art. 4(1) of Act No. 8372).",
}

_phase_note := "Phased in by workplace size (Addenda Art. 4 of Act No. 8372): 1,000+ workers and finance, insurance and public businesses 1 Jul 2004, 300+ 2005, 100+ 2006, 50+ 2007, 20+ 1 Jul 2008, 5-19 workers 1 Jul 2011; public institutions (any size) are not expressible as a condition."

# 52-hour weekly cap: Art. 2(1)7 ("one week" means 7 days including holidays), Act
# No. 15513 of 20 March 2018, in force by size (its Addenda Art. 1(2), read).
_week_bands := [
	{"min": 300, "from": "2018-07-01", "text": "Workplaces regularly employing 300 or more workers: from 1 July 2018 (Addenda Art. 1(2)1 of Act No. 15513); industries that lost the Art. 59 special status from 1 July 2019, and public institutions of any size from 1 July 2018, which conditions cannot express."},
	{"min": 50, "from": "2020-01-01", "text": "Workplaces regularly employing 50 or more workers: from 1 January 2020 (Addenda Art. 1(2)2 of Act No. 15513)."},
	{"min": 5, "from": "2021-07-01", "text": "Workplaces regularly employing 5 or more workers: from 1 July 2021 (Addenda Art. 1(2)3 of Act No. 15513)."},
]

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
# title: No retention of identity documents (Immigration Act)
sources contains {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"value": true,
	"instrument": "Immigration Act (출입국관리법)",
	"article": "Art. 33-3(1)",
	"conditions": {"worker_groups": ["foreign_workers"], "text": "foreign workers (passports and alien registration cards)"},
	"url": "https://www.law.go.kr/법령/출입국관리법",
	"binding": "law",
	"effective_from": "2026-10-02",
	"verification": "primary",
	"notes": [
		"No one may receive a foreigner's passport or alien registration card as security for an employment contract or the performance of a debt, or force or arrange its handing over (Art. 33-3(1)); foreigners in breach may be deported (Art. 46(1)12-2).",
		"Covers foreign workers' passports and registration cards only; no general rule for Korean workers' identity cards was found.",
		"Effective date is a lower bound: the version read is in force from 2 October 2026; the article was amended on 29 March 2016 and 13 June 2023 and is older (first date not checked).",
	],
}

# Regular hours of Art. 50 are a real limit, not a pay trigger (catalogue rule on
# hours): working beyond them is lawful only by the agreement of the parties of
# Art. 53(1) (the worker's consent) and within its caps, which paying cannot replace,
# and breach is an offence (Art. 110(1)). The Art. 56(1) premium is due from the same
# figures, so they are also the overtime pay thresholds (daily and weekly).

# METADATA
# title: Daily hours after which overtime pay is due
sources contains object.union(_lsa_2007, {
	"requirement": "working_hours.overtime_pay_threshold_daily",
	"value": 8,
	"article": "Arts. 50(2), 53(1), 56(1)",
	"checked_against": [_mirror("근로기준법", "법률.md", "Labor Standards Act")],
	"conditions": {"workplace_workers_min": 5, "text": _five},
	"notes": [
		"The Art. 56(1) premium of at least 50 % of the ordinary wage is due for extended work (연장근로) under Art. 53, i.e. work beyond the hours of Art. 50: 8 a day or 40 a week. Under flexible schemes (Arts. 51, 51-2) the threshold is the hours scheduled for the day, up to 12.",
		"Effective date is that of the 2007 whole amendment, a lower bound.",
	],
})

# METADATA
# title: Maximum regular hours per day
sources contains object.union(_lsa, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Art. 50(2)",
	"conditions": {"workplace_workers_min": 5, "text": _five},
	"checked_against": [
		_mirror("근로기준법", "법률.md", "Labor Standards Act"),
		{"url": "https://www.archives.go.kr/next/newsearch/listSubjectDescription.do?id=010336&pageFlag=&sitePage=", "title": "National Archives of Korea: history of statutory working hours (8 hours a day since 1953; the Act re-enacted on 13 March 1997)"},
	],
	"notes": ["8 hours a day excluding rest periods (Art. 50(2)); the 8-hour day has stood since the 1953 Act and was kept by the Act re-enacted in 1997 (National Archives of Korea)."],
})

# METADATA
# title: Weekly hours before the 40-hour week (1997 Act, 44 hours)
sources contains object.union(_lsa, {
	"requirement": requirement,
	"value": 44,
	"article": "Art. 49(1) of the 1997 Act",
	"effective_to": "2011-07-01",
	"verification": "secondary",
	"checked_against": [{"url": "https://www.archives.go.kr/next/newsearch/listSubjectDescription.do?id=010336&pageFlag=&sitePage=", "title": "National Archives of Korea: history of statutory working hours (48 hours from 1953, 44 hours from the 1989 amendment, kept by the Act re-enacted on 13 March 1997, 40 hours from 2004)"}],
	"conditions": {"workplace_workers_min": 5, "text": _five},
	"notes": [
		"44 hours a week under the 1997 Act until the 40-hour week reached the workplace; the stricter 40-hour sources below apply from each band's date, this one ends when the last band was reached.",
		_phase_note,
	],
}) if some requirement in {"working_hours.regular_weekly_max", "working_hours.overtime_pay_threshold_weekly"}

# What each band's date was checked against: the Addenda read in the mirror, or, for
# the last band, the MOEL press release.
_band_checked := {
	"primary": [_mirror("근로기준법", "법률.md", "Labor Standards Act with the Addenda of Act No. 8372")],
	"secondary": _moel_2011,
}

_forty_notes := {
	"working_hours.regular_weekly_max": ["40 hours a week excluding rest periods (Art. 50(1)); extended work only by agreement within Art. 53.", _phase_note],
	"working_hours.overtime_pay_threshold_weekly": ["The Art. 56(1) premium is due for extended work (연장근로) under Arts. 53, 59 and 69, i.e. beyond the hours of Art. 50: 40 a week or 8 a day.", _phase_note],
}

_forty_articles := {
	"working_hours.regular_weekly_max": "Art. 50(1)",
	"working_hours.overtime_pay_threshold_weekly": "Arts. 50(1), 56(1)",
}

# METADATA
# title: Maximum regular hours per week and overtime pay threshold (40 hours, by size band)
sources contains object.union(_lsa, {
	"requirement": requirement,
	"value": 40,
	"article": _forty_articles[requirement],
	"effective_from": band.from,
	"verification": band.verification,
	"checked_against": _band_checked[band.verification],
	"conditions": {"workplace_workers_min": band.min, "text": band.text},
	"notes": _forty_notes[requirement],
}) if {
	some requirement, _ in _forty_articles
	some band in _forty_bands
}

# METADATA
# title: Maximum regular hours per week and overtime pay threshold (40 hours, finance and insurance)
sources contains object.union(_lsa, {
	"requirement": requirement,
	"value": 40,
	"article": _forty_articles[requirement],
	"effective_from": "2004-07-01",
	"conditions": _forty_finance,
	"notes": _forty_notes[requirement],
}) if some requirement, _ in _forty_articles

_week_notes := [
	"Since one week means seven days including holidays (Art. 2(1)7), holiday work counts towards the 12 hours of extended work; before the amendment reached the workplace it did not (administrative interpretation), allowing 68 hours.",
	"Extended work needs the agreement of the parties (Art. 53(1)).",
]

_week_exceptions := [
	{"article": "Art. 53(3); Addenda Art. 2 of Act No. 15513", "value": 60, "text": "Employers regularly employing fewer than 30 workers could add up to 8 hours a week by written agreement with the workers' representative from 1 July 2021 to 31 December 2022 (not for workers under 18)."},
	{"article": "Art. 53(4)", "text": "Special extended work with ministerial authorisation and the worker's consent in special circumstances (disasters, urgent repairs, etc.)."},
	{"article": "Art. 59", "text": "Land transport (except scheduled buses), water and air transport, other transport-related services and health services may exceed 12 hours of extended work by written agreement with the workers' representative, with 11 hours' rest between working days."},
	{"article": "Arts. 51(2), 51-2(1)", "text": "Flexible working-hour schemes averaging 40 hours over up to 3 or 6 months allow up to 52 regular hours in a week (12 in a day) before extended work."},
]

# METADATA
# title: Maximum total hours per week (52 hours, by size band)
sources contains object.union(_lsa, {
	"requirement": "working_hours.total_weekly_max",
	"value": 52,
	"article": "Arts. 2(1)7, 50(1), 53(1)",
	"effective_from": band.from,
	"conditions": {"workplace_workers_min": band.min, "text": band.text},
	"notes": array.concat(["40 regular hours plus at most 12 hours of extended work a week by agreement."], _week_notes),
	"exceptions": _week_exceptions,
}) if some band in _week_bands

# METADATA
# title: Maximum overtime per week (12 hours, by size band)
sources contains object.union(_lsa, {
	"requirement": "working_hours.overtime_weekly_max",
	"value": 12,
	"article": "Arts. 2(1)7, 53(1)",
	"effective_from": band.from,
	"conditions": {"workplace_workers_min": band.min, "text": band.text},
	"notes": array.concat(
		[
			"At most 12 hours of extended work a week, holiday work included; encoded from the week's redefinition, as before it holiday work was not counted.",
			"For three years after the 40-hour week reached a workplace (2004-2014) the limit was 16 hours (Addenda Art. 6 of Act No. 8372); not encoded.",
		],
		_week_notes,
	),
	"exceptions": _week_exceptions,
}) if some band in _week_bands

# METADATA
# title: Overtime only by agreement of the parties
sources contains object.union(_lsa_2007, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "Art. 53(1)",
	"conditions": {"workplace_workers_min": 5, "text": _five},
	"notes": [
		"Hours may be extended only if the parties (employer and worker) agree (Art. 53(1)); extended work beyond 12 hours in special circumstances also needs the worker's consent (Art. 53(4)). Whether the agreement may be given in advance in the employment contract or a collective agreement (case law) was not checked.",
		"Pregnant women may not do overtime at all (Art. 74(5)); women within a year after childbirth at most 2 hours a day, 6 a week and 150 a year even under a collective agreement (Art. 71); workers of 15-17 at most 1 hour a day and 5 a week by agreement (Art. 69).",
		"Effective date is that of the 2007 whole amendment (Art. 53); the 1997 text was not checked.",
	],
})

# METADATA
# title: Minimum overtime pay rate
sources contains object.union(_lsa, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 150,
	"article": "Art. 56(1)",
	"conditions": {"workplace_workers_min": 5, "text": _five},
	"notes": [
		"At least 50 % of the ordinary wage added for extended work; night work (22:00-06:00) +50 %; holiday work +50 % up to 8 hours and +100 % beyond (Art. 56(2)-(3), since 20 March 2018).",
		"Premium of 50 % in the LSA since the 1997 Act (date of earlier text not checked).",
	],
	"exceptions": [{
		"article": "Addenda Art. 6(2) of Act No. 8372",
		"value": 125,
		"text": "For three years after the 40-hour week reached the workplace (2004-2014 by size), the first 4 hours of extended work a week carried a premium of 25 %.",
	}],
})

# METADATA
# title: Hours rules that do not apply below 5 workers
sources contains object.union(_lsa_2007, {
	"requirement": requirement,
	"entry": "absence",
	"article": "Art. 11(2); Enforcement Decree Art. 7 and Table 1",
	"verification": "secondary",
	"checked_against": array.concat(_moel_2011, [{"url": "http://www.healthfocus.co.kr/news/articleView.html?idxno=4231", "title": "Health Focus, 2010: workplaces under 5 workers are outside the LSA rules on working hours and leave, so the 40-hour week does not apply to them (MOEL)"}]),
	"conditions": _small,
	"notes": ["Table 1 does not list Arts. 50, 53, 56 and 60 (working hours, extended work, premiums, annual leave) among the provisions that apply below 5 workers, so the law sets nothing there (MOEL: the hours and leave rules do not apply below 5 workers; the Decree was not read). Effective date is that of the 2007 whole amendment (Art. 11), a lower bound."],
}) if some requirement in {
	"working_hours.regular_daily_max",
	"working_hours.regular_weekly_max",
	"working_hours.overtime_pay_threshold_daily",
	"working_hours.overtime_pay_threshold_weekly",
	"working_hours.overtime_weekly_max",
	"working_hours.total_weekly_max",
	"working_hours.overtime_voluntary",
	"working_hours.overtime_premium_min_percent",
	"leave.annual_paid_min_days",
}

# METADATA
# title: Maximum overtime per day, month and year, total hours per day (none)
sources contains object.union(_lsa_2007, {
	"requirement": requirement,
	"entry": "absence",
	"article": "Arts. 50, 53",
	"notes": [
		"The Act limits extended work per week only (Art. 53(1)); it sets no daily, monthly or yearly cap and no total daily hours for the standard schedule (flexible schemes cap the regular day at 12 hours, Arts. 51(2), 51-2(1)).",
		"Women within a year after childbirth: at most 2 hours of overtime a day, 6 a week and 150 a year (Art. 71), a worker-level rule not encoded.",
	],
}) if some requirement in {
	"working_hours.overtime_daily_max",
	"working_hours.overtime_monthly_max",
	"working_hours.overtime_yearly_max",
	"working_hours.total_daily_max",
}

# METADATA
# title: Minimum weekly rest
sources contains object.union(_lsa, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "Art. 55(1)",
	"notes": ["At least one paid holiday a week on average (encoded as 24 hours); applies to workers with 15 or more contractual hours a week (Art. 18(3)) and also in workplaces with fewer than 5 workers."],
})

# METADATA
# title: Minimum annual paid leave (by size band)
sources contains object.union(_lsa, {
	"requirement": "leave.annual_paid_min_days",
	"value": 15,
	"article": "Art. 60(1), (4)",
	"effective_from": band.from,
	"verification": band.verification,
	"checked_against": _band_checked[band.verification],
	"conditions": {
		"workplace_workers_min": band.min,
		"service_months_min": 12,
		"text": concat(" ", [band.text, "Owed to a worker who attended at least 80 % of the working days of a year of service (Art. 60(1))."]),
	},
	"notes": [
		"15 days of paid leave after a year with at least 80 % attendance; one day per month of full attendance in the first year or below 80 % attendance (Art. 60(2)); one more day every two years from the third year, up to 25 days (Art. 60(4)).",
		"Days are the worker's own working days (소정근로일), whatever the week: for a worker on a 5-day week 15 days are three weeks, so the figure is not converted. Workers with fewer than 15 contractual hours a week have no annual leave (Art. 18(3)).",
		_phase_note,
	],
}) if some band in _forty_bands

# METADATA
# title: Minimum annual paid leave (finance and insurance, from 1 July 2004)
sources contains object.union(_lsa, {
	"requirement": "leave.annual_paid_min_days",
	"value": 15,
	"article": "Art. 60(1), (4)",
	"effective_from": "2004-07-01",
	"conditions": object.union(_forty_finance, {"service_months_min": 12}),
	"notes": [
		"15 days of paid leave after a year with at least 80 % attendance (Art. 60(1)); days are the worker's working days, not converted.",
		_phase_note,
	],
})

# METADATA
# title: Minimum maternity leave
sources contains object.union(_lsa, {
	"requirement": "maternity.leave_min_weeks",
	"value": 12.85,
	"statute": {
		"value": 90,
		"unit": "calendar days before and after childbirth",
		"conversion": "÷ 7 = 12.857 weeks, rounded down to 12.85 so that 90 days is not reported below the floor",
	},
	"article": "Art. 74(1), (4)",
	# Leave of 90 days (previously 60) since the 2001 amendment in force 1 November 2001.
	"effective_from": "2001-11-01",
	"notes": [
		"90 days before and after childbirth, at least 45 after; 100 days for a premature birth (since 23 February 2025) and 120 days for a multiple pregnancy, at least 60 after (Art. 74(1)).",
		"The first 60 days (75 for multiple births) are paid by the employer; the employment insurance maternity benefit (ordinary wage up to a ceiling) covers the rest, and all 90 days for priority-support (smaller) enterprises.",
		"Extension from 60 to 90 days in force 1 November 2001 (the 2001 maternity-protection amendments, Hankyung/Yonhap 26 June 2001; MOEL).",
	],
	"checked_against": [
		_mirror("근로기준법", "법률.md", "Labor Standards Act"),
		{"url": "https://www.hankyung.com/politics/article/2001062682058", "title": "Hankyung (Yonhap), 26 June 2001: maternity leave extended from 60 to 90 days from 1 November 2001"},
		{"url": "https://moel.go.kr/policy/policydata/view.do?bbs_seq=7410", "title": "MOEL: guidelines on the amended maternity-protection laws (2001 amendment extended maternity leave to 90 days, 60 paid by the employer)"},
	],
})

# METADATA
# title: Compulsory leave after childbirth
sources contains object.union(_lsa_2007, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"value": 6.42,
	"statute": {
		"value": 45,
		"unit": "calendar days after childbirth",
		"conversion": "÷ 7 = 6.43 weeks, rounded down to 6.42",
	},
	"article": "Art. 74(1)-(2)",
	"verification": "secondary",
	"checked_against": [
		_mirror("근로기준법", "법률.md", "Labor Standards Act"),
		{"url": "https://a-ha.io/questions/49a208939697fe7ba4e65121ccd55862", "title": "Aha, labour attorney's answer: Art. 74(1) is mandatory, the leave must be given once the employer knows of the birth even without a request (MOEL 여성고용정책과-3391, 29 August 2017)"},
	],
	"notes": [
		"The employer must give 90 days' leave of which at least 45 (60 for a multiple pregnancy) fall after the birth, taken continuously (Art. 74(1)-(2), read).",
		"That the leave is mandatory, to be given even without the woman's request, is the Ministry of Employment and Labor's interpretation (평정 68240-173, 5 September 2002; 여성고용정책과-3391, 29 August 2017), read in labour-attorney pages (노무법인 두레; a-ha.io), not the Act's wording.",
		"Effective date is that of the 2007 whole amendment (Art. 74), a lower bound.",
	],
})

_eia_mirror := _mirror("고용보험법", "법률.md", "Employment Insurance Act (version with amendments to 17 March 2026; Arts. 75, 75-2, 76)")

# METADATA
# title: Maternity pay (the ordinary wage for the first 60 days, paid by the employer)
sources contains object.union(_lsa, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"statute": {
		"value": 100,
		"unit": "% of the ordinary wage (통상임금) for the first 60 days of the leave (75 for a multiple pregnancy)",
		"conversion": "taken as % of earnings: the ordinary wage is the base on which Korean law computes maternity pay, the earnings 'taken into account for the purpose of computing benefits' of ILO C183 Art. 6(3); it leaves out overtime pay, bonuses and other irregular pay",
	},
	"article": "Art. 74(4)",
	# The 2001 amendment (in force 1 November 2001) made the leave 90 days, of which
	# the first 60 paid (the whole 60-day leave was paid before); encoded from then.
	"effective_from": "2001-11-01",
	"verification": "secondary",
	"checked_against": [
		_mirror("근로기준법", "법률.md", "Labor Standards Act (Art. 74(4))"),
		_eia_mirror,
		_mirror("남녀고용평등과일ㆍ가정양립지원에관한법률", "법률.md", "Equal Employment Opportunity and Work-Family Balance Assistance Act, version of 8 December 2011 (Art. 18)"),
		{"url": "https://a-ha.io/questions/4d1d769e5476ba70a34ac0d714d27359", "title": "Aha, labour attorney's answer: the first 60 days are paid at 100 % of the ordinary wage (LSA Art. 74(4)); for priority-support enterprises the insurance benefit covers them up to its ceiling (2,100,000 won a month from 1 January 2023) and the employer pays the rest; the insurance pays the last 30 days"},
	],
	"notes": [
		"The first 60 days (75 for a multiple pregnancy) of the 90-day leave are paid (Art. 74(4)); an employment-insurance maternity benefit paid for those days counts as paid by the employer up to its amount (Art. 74(4) proviso; Equal Employment Act Art. 18(2)). The Act says only 'paid'; that the employer owes the full ordinary wage is the reading given by a labour attorney (a-ha.io), consistent with the insurance benefit being the ordinary wage (Employment Insurance Act Art. 76(1)).",
		"The rest of the leave (30 days; 45 for a multiple pregnancy, 40 after a premature birth) is paid by employment insurance at the ordinary wage up to a ceiling set by Presidential Decree (Employment Insurance Act Art. 76(1)-(2); the Decree was not read), to women with 180 days of insured employment (Art. 75, item 1); for priority-support (smaller) enterprises the insurance pays the whole leave up to the ceiling, the employer making up the ordinary wage for the first 60 days. After day 60 a woman earning above the ceiling may therefore receive less than 100 %, and one without the insured period nothing.",
	],
})

_mwa := {
	"instrument": "Minimum Wage Act (최저임금법)",
	"url": "https://www.law.go.kr/법령/최저임금법",
	"binding": "law",
	# The Act (No. 3927) came into force on promulgation, 31 December 1986 (Addenda Art. 1); the first minimum
	# wage was to be set by 15 December 1987 (Addenda Art. 3), and a minimum wage takes effect on 1 January of
	# the next year (Art. 10(2)): the duty to pay it runs from 1 January 1988.
	"effective_from": "1988-01-01",
	"verification": "primary",
	"checked_against": [_mirror("최저임금법", "법률.md", "Minimum Wage Act with its Addenda")],
}

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_mwa, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "Art. 6(1)",
	"notes": ["A single national minimum wage decided each year on the Minimum Wage Commission's proposal (Art. 8); the Act applies to every business employing workers except those employing only relatives living together and domestic workers (Art. 3(1)). First minimum wage in force 1 January 1988 (Addenda Arts. 1, 3 of Act No. 3927; Art. 10(2))."],
})

# METADATA
# title: Living wage (none)
sources contains object.union(_mwa, {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"article": "Arts. 4, 6",
	"notes": ["The Act sets a minimum wage, fixed having regard to workers' cost of living, similar workers' wages, labour productivity and the income distribution ratio (Art. 4(1)); no law requires a living wage."],
})

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
	"checked_against": [{"url": "https://github.com/9bow/legalize-kr/blob/HEAD/kr/노동조합및노동관계조정법/법률.md", "title": "Trade Union and Labor Relations Adjustment Act, Act No. 5244 of 1996 (law.go.kr text, legalize-kr mirror): Art. 81(1), unfair labour practices"}],
	"notes": ["Dismissal or unfavourable treatment because a worker joined or tried to join or organise a union is an unfair labour practice (Art. 81(1)1). The text read is that of Act No. 5244 of 1996, repealed and re-enacted with the same article on 13 March 1997; the re-enacted and current texts were not read."],
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
	# Addenda Art. 1: in force 25 February 1988 (read).
	"effective_from": "1988-02-25",
	"verification": "primary",
	"checked_against": [_mirror("대한민국헌법", "헌법.md", "Constitution of the Republic of Korea")],
}

# METADATA
# title: Right to organise and to bargain collectively
sources contains object.union(_const, {
	"requirement": requirement,
	"value": true,
	"notes": [
		"Workers have the rights of independent association, collective bargaining and collective action to improve working conditions (Art. 33(1)); given effect by the Trade Union and Labor Relations Adjustment Act. Public officials have these rights only as the law provides (Art. 33(2)), and collective action in major defence industries may be restricted (Art. 33(3)).",
		"C87 and C98 ratified on 20 April 2021 (in force 20 April 2022) after TULRAA amendments allowing dismissed and unemployed workers to join enterprise unions.",
	],
}) if some requirement in {"freedom_of_association.right_to_organise", "freedom_of_association.collective_bargaining"}

_osha := {
	"instrument": "Occupational Safety and Health Act (산업안전보건법)",
	"url": "https://www.law.go.kr/법령/산업안전보건법",
	"binding": "law",
	# Articles of the wholly amended Act (No. 16272 of 15 January 2019), in force 16 January 2020.
	"effective_from": "2020-01-16",
}

# METADATA
# title: Right to remove oneself from serious danger
sources contains object.union(_osha, {
	"requirement": "health_safety.right_to_remove_from_danger",
	"value": true,
	"article": "Art. 52",
	"verification": "primary",
	"checked_against": [_mirror("산업안전보건법", "법률.md", "Occupational Safety and Health Act (version in force 8 January 2027; Art. 52 unamended since 2020)")],
	"notes": ["A worker may stop work and evacuate when there is an imminent danger of an industrial accident, reporting to the supervisor without delay (Art. 52(1)-(2)); no dismissal or other unfavourable treatment where the worker had reasonable grounds to believe in the danger (Art. 52(4)). Previously Art. 26(2); encoded from the wholly amended Act."],
})

# METADATA
# title: Protective equipment issued by the employer
sources contains {
	"requirement": "health_safety.free_protective_equipment",
	"value": true,
	"instrument": "Rules on Occupational Safety and Health Standards (산업안전보건기준에 관한 규칙)",
	"article": "Art. 32(1)",
	"url": "https://www.law.go.kr/법령/산업안전보건기준에관한규칙",
	"binding": "law",
	# Lower bound: the date of the Ministry's reply read; the Rule is older.
	"effective_from": "2021-08-30",
	"verification": "secondary",
	"checked_against": [{"url": "https://hansoo3.webmaker21.kr/_subpage/kor/board/administration.php?idx=573&page=38&viewMode=view", "title": "MOEL reply 산업안전기준과-542 (30 August 2021): under Art. 32 of the Rules the employer must issue (지급) protective equipment suited to the work, to at least as many workers as do it; construction workers' own equipment may be compensated from the safety budget"}],
	"notes": [
		"For listed dangerous work (falls, falling objects, electric shock, flying particles, welding, cold, etc.) the employer must issue protective equipment suited to the working conditions to at least as many workers as do the work and have them wear it (Art. 32(1)); the employer's duty to take safety measures is in Acts Arts. 38-39.",
		"The Rule says 'issue' (지급), not 'free of charge'; the Ministry reads it as the employer's duty to supply the equipment, a worker's own equipment not discharging it. The Rule's text was not read.",
		"Effective date is a lower bound (the Ministry's reply of 30 August 2021).",
	],
}

_osh_committee_text := "Businesses regularly employing the number of workers set for their industry must set up an occupational safety and health committee of equal numbers of worker and employer members (Act Art. 24; Enforcement Decree Art. 34 and Table 9)."

_osh_committee_notes := [
	"The committee deliberates and decides on the workplace's safety and health plans, rules, training, working-environment checks, health checks and serious accidents (Art. 24(2)); employer and workers must carry out its decisions (Art. 24(4)); members may not be treated unfavourably for their work (Art. 24(6)).",
	"Thresholds by industry (Enforcement Decree Table 9, read in a copy, not in the Decree): 50 workers for quarrying, wood products, chemicals (not pharmaceuticals), non-metallic mineral products, basic metals, fabricated metal products, motor vehicles, other machinery and other transport equipment; 300 for agriculture, fishing, software, computer programming and information services, finance and insurance, rental, professional services (not R&D), business support and social welfare services; construction from KRW 12 billion of works; 100 for every other business.",
	"Below these sizes workers' participation runs through the labour-management council of the Act on the Promotion of Workers' Participation and Cooperation (businesses of 30 or more workers), not encoded. Effective date is that of the wholly amended Act, a lower bound.",
]

_osh_committee_checked := [
	_mirror("산업안전보건법", "법률.md", "Occupational Safety and Health Act (Art. 24)"),
	{"url": "https://yespr.net/%EC%82%B0%EC%97%85%EC%95%88%EC%A0%84%EB%B3%B4%EA%B1%B4%EC%9C%84%EC%9B%90%ED%9A%8C/", "title": "Occupational safety and health committee: Enforcement Decree Art. 34 and Table 9 (industries and thresholds), reproduced"},
]

# Industries of Table 9 with the 50-worker threshold, as a document may name them.
_osh_committee_50 := [
	"quarrying", "wood_products", "chemicals", "non_metallic_minerals", "basic_metals",
	"metal_products", "automotive", "machinery", "transport_equipment", "shipbuilding",
]

# Industries of Table 9 with the 300-worker threshold, and construction (by value of works).
_osh_committee_300 := [
	"agriculture", "fishing", "information_technology", "finance", "rental",
	"professional_services", "business_services", "social_welfare",
]

# METADATA
# title: Worker participation in health and safety (occupational safety and health committee, 100 workers)
sources contains object.union(_osha, {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"article": "Art. 24; Enforcement Decree Art. 34 and Table 9",
	"verification": "secondary",
	"checked_against": _osh_committee_checked,
	"conditions": {
		"workplace_workers_min": 100,
		"sectors_excluded": array.concat(_osh_committee_300, ["construction"]),
		"text": concat(" ", [_osh_committee_text, "Every business not listed in Table 9: 100 or more workers."]),
	},
	"notes": _osh_committee_notes,
})

# METADATA
# title: Worker participation in health and safety (committee from 50 workers in listed manufacturing)
sources contains object.union(_osha, {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"article": "Art. 24; Enforcement Decree Art. 34 and Table 9",
	"verification": "secondary",
	"checked_against": _osh_committee_checked,
	"conditions": {
		"workplace_workers_min": 50,
		"sectors": _osh_committee_50,
		"text": concat(" ", [_osh_committee_text, "Quarrying, wood products, chemicals, non-metallic mineral products, basic metals, fabricated metal products, motor vehicles, other machinery and other transport equipment: 50 or more workers."]),
	},
	"notes": _osh_committee_notes,
})

# METADATA
# title: Worker participation in health and safety (committee from 300 workers in listed services)
sources contains object.union(_osha, {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"article": "Art. 24; Enforcement Decree Art. 34 and Table 9",
	"verification": "secondary",
	"checked_against": _osh_committee_checked,
	"conditions": {
		"workplace_workers_min": 300,
		"sectors": _osh_committee_300,
		"text": concat(" ", [_osh_committee_text, "Agriculture, fishing, software, IT and information services, finance and insurance, rental, professional, business-support and social welfare services: 300 or more workers."]),
	},
	"notes": _osh_committee_notes,
})

# METADATA
# title: Workplace harassment in the rules of employment
sources contains object.union(_lsa, {
	"requirement": "harassment.policy",
	"value": true,
	"article": "Arts. 76-2, 76-3, 93(11)",
	# Amendment by Act No. 16270 of 15 January 2019, in force six months after promulgation (Addenda Art. 1), i.e. 16 July 2019.
	"effective_from": "2019-07-16",
	"conditions": {
		"employer_employees_min": 10,
		"text": "Employers regularly employing 10 or more workers (상시 10명 이상의 근로자를 사용하는 사용자) must adopt rules of employment (Art. 93), which must cover the prevention of and measures against workplace harassment (Art. 93(11)).",
	},
	"notes": [
		"Workplace harassment is prohibited (Art. 76-2); employers must investigate, protect and act (Art. 76-3); the policy requirement is the rules-of-employment duty of Art. 93(11).",
		"Sexual harassment prevention training is compulsory for all employers (Equal Employment Act Art. 13).",
	],
})

# METADATA
# title: No night work under 18
sources contains object.union(_lsa_2007, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"article": "Art. 70(2)",
	"notes": [
		"Persons under 18 and pregnant or post-natal women may not work between 10 p.m. and 6 a.m. or on holidays (Art. 70(2)); breach is an offence (Art. 110(1)).",
		"Whether Art. 70 applies to workplaces of fewer than 5 workers (Enforcement Decree Table 1) was not checked. Effective date is that of the 2007 whole amendment, a lower bound.",
	],
	"exceptions": [{
		"article": "Art. 70(2) proviso, (3)",
		"text": "With the consent of the person under 18 and the authorisation of the Minister of Employment and Labor, after consulting the workers' representative in good faith.",
	}],
})

# METADATA
# title: No pregnancy test required of job applicants (not encoded)
sources contains object.union(_eea, {
	"requirement": "maternity.no_pregnancy_testing",
	"entry": "not_encoded",
	"article": "Arts. 2(1), 7",
	"checked_against": [
		_mirror("남녀고용평등과일ㆍ가정양립지원에관한법률", "법률.md", "Equal Employment Opportunity and Work-Family Balance Assistance Act, version of 8 December 2011 (Arts. 2, 7)"),
		_mirror("남녀고용평등과일ㆍ가정양립지원에관한법률", "시행규칙.md", "Enforcement Rule of the Equal Employment Act, version of 1 October 2025"),
		_mirror("채용절차의공정화에관한법률", "법률.md", "Fair Hiring Procedure Act, version of 26 May 2020 (Arts. 3, 4-3)"),
		{"url": "https://lawnews.tistory.com/232", "title": "Lawnews: Framework Act on Employment Policy Art. 7(1) (as amended 21 January 2014) bars discrimination in recruitment and hiring on grounds including marriage, pregnancy and medical history"},
	],
	"reason": "No text read names pregnancy tests. Art. 7(2) forbids requiring of women applicants physical conditions such as appearance, height or weight, or being unmarried, that the job does not need, and other conditions set by Ministry ordinance; the Enforcement Rule (version of 1 October 2025, read) sets none. Discrimination in recruitment because of pregnancy is barred (Arts. 2(1), 7(1); Framework Act on Employment Policy Art. 7(1), secondary), and the Fair Hiring Procedure Act (workplaces of 30 or more) bars collecting applicants' physical conditions, birthplace, marital status or property the job does not need (Art. 4-3), not their health or pregnancy. No Ministry interpretation or National Human Rights Commission decision on pregnancy tests of applicants was found (searched December 2026), so whether requiring one is itself a barred condition or discrimination cannot be stated.",
})

# METADATA
# title: Wages paid at least monthly on a fixed date
sources contains object.union(_lsa, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "Art. 43(2)",
	# Art. 43 of the 2007 whole amendment came into force on 1 July 2007 (Addenda Art. 1 of Act No. 8372).
	"effective_from": "2007-07-01",
	"notes": ["Wages must be paid at least once a month on a fixed date; breach is an offence (Art. 109(1))."],
	"exceptions": [{"article": "Art. 43(2) proviso", "text": "Extraordinary wages, allowances and similar payments, and wages set by Presidential Decree."}],
})

# METADATA
# title: Wages paid in full; deductions only by law or collective agreement
sources contains object.union(_lsa, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "Art. 43(1)",
	"effective_from": "2007-07-01",
	"notes": ["Wages must be paid in currency, directly and in full; part may be deducted only where laws and regulations or a collective agreement so provide (Art. 43(1)). Advances may not be set off against wages (Art. 21)."],
})

# METADATA
# title: Disciplinary pay reductions limited, not banned
sources contains object.union(_lsa_2007, {
	"requirement": "wages.no_disciplinary_deductions",
	"entry": "restriction",
	"value": false,
	"article": "Art. 95",
	"notes": ["Rules of employment may provide for a pay reduction as a sanction: at most half a day's average wage for one instance and a tenth of the total wages of one pay period (Art. 95). The law allows disciplinary deductions within these limits. Effective date is that of the 2007 whole amendment, a lower bound."],
})

# METADATA
# title: No wage deductions to pay for getting a job (not encoded)
sources contains object.union(_lsa_2007, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"entry": "not_encoded",
	"article": "Arts. 9, 21, 43(1)",
	"reason": "No rule aimed at deductions to pay for obtaining or keeping a job: the Act bars profiting from intervening in another's employment (Art. 9), setting off advances against wages (Art. 21) and deductions not provided by law or collective agreement (Art. 43(1)), which together may reach such deductions; that reading was not checked.",
})

# METADATA
# title: No money taken from applicants by recruiters (Employment Security Act)
sources contains {
	"requirement": "forced_labour.no_recruitment_fees",
	"value": true,
	"instrument": "Employment Security Act (직업안정법)",
	"article": "Art. 32",
	"url": "https://www.law.go.kr/법령/직업안정법",
	"binding": "law",
	# Present wording from Act No. 9795 of 9 October 2009, in force three months after promulgation (Addenda Art. 1).
	"effective_from": "2010-01-10",
	"verification": "primary",
	"checked_against": [_mirror("직업안정법", "법률.md", "Employment Security Act with the Addenda of the amending acts")],
	"notes": [
		"Anyone recruiting workers, and anyone engaged in the recruitment, may not take money or any other benefit from applicants in connection with the recruitment, under any name (Art. 32); breach is punishable by up to 5 years' imprisonment or a fine of KRW 50 million (Art. 47(5)). The ban was in the Act before 2009 without the proviso (1999 wording).",
		"Proviso: a registered fee-charging placement agency that recruits at an employer's request and places the person is not bound by Art. 32; such agencies may take only the fees set and notified by the Minister of Employment and Labor (Art. 19(3)), and for senior or professional staff a fee agreed with the employer. Job seekers may thus be charged by agencies within the notified rates (not read).",
		"The LSA also bars profiting from intervening in another's employment other than as a law permits (LSA Art. 9).",
	],
}

_moel := "https://www.moel.go.kr/english/poli/poliNewsnews_view.jsp?idx=1597"

_ilo_kr := "http://www.ilo.org/asia/countries/korea/lang--en/index.htm"

_normlex_kr := "https://www.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:11200:0::NO::P11200_COUNTRY_ID:103123"

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
	"C105": {
		"status": "not_ratified", "verification": "secondary", "url": _normlex_kr,
		"checked_against": [{"url": "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=160977", "title": "KBS World, 2021: Korea ratifies C29, C87 and C98; C105 not ratified"}],
	},
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
