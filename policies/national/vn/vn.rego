# METADATA
# title: Vietnam national rule pack
# description: |
#   Labour Code No. 45/2019/QH14 (in force 1 January 2021), the Laws on Social
#   Insurance (No. 58/2014/QH13 and No. 41/2024/QH15) and the ILO ratifications.
#
#   The right to organise is deliberately not encoded: unions must belong to the
#   Vietnam General Confederation of Labour (Trade Union Law 2024), and the
#   enterprise-level workers' organisations allowed by Labour Code Arts. 170-174
#   could not yet register for want of implementing rules; C87 is unratified.
package hrdd.national.vn

# METADATA
# title: Country name
name := "Vietnam"

_lc := {
	"instrument": "Labour Code No. 45/2019/QH14",
	"binding": "law",
	"url": "https://lawnet.vn/thong-tin-phap-luat/en/lao-dong-tien-luong/regulations-on-working-hours-under-the-labor-code-in-vietnam-112275.html",
	"effective_from": "2021-01-01",
}

_lc_2012 := "The 2012 Labour Code (in force 1 May 2013 to 31 December 2020) is not encoded."

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
	"notes": ["The State encourages a 40-hour week."],
})

# METADATA
# title: Overtime is voluntary
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "Art. 107(2)(a)",
	"verification": "secondary",
	"notes": ["Overtime requires the employee's agreement and is capped at 50 % of normal daily hours, 40 hours a month and 200 hours a year (300 in listed sectors such as textiles, garments, footwear and electronics)."],
	"exceptions": [{
		"article": "Art. 108",
		"text": "In special cases (national defence and security orders, disasters, fires, epidemics) the employer may require overtime and the employee may not refuse.",
	}],
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
	"notes": [
		"The Code grants 12 working days after 12 months' work (14 for minors, disabled workers and heavy or hazardous work; 16 for especially heavy or hazardous work), +1 day per 5 years of service (Art. 114).",
		"Converted: the Code allows a 6-day, 48-hour week (Art. 105), so 12 working days guarantee at least 2 weeks = 10 working days of a 5-day week. Where the workplace works a 5-day week the entitlement is 12 days.",
	],
})

# METADATA
# title: Maternity leave
sources contains object.union(_lc, {
	"requirement": "maternity.leave_min_weeks",
	"value": 26,
	"article": "Art. 139(1)",
	"url": "https://lawnet.vn/thong-tin-phap-luat/en/tu-van-luat/regulations-on-employment-security-for-employees-after-maternity-in-vietnam-135707.html",
	"verification": "secondary",
	"notes": ["6 months (about 26 weeks), of which no more than 2 months before the birth; +1 month for each additional child in a multiple birth."],
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
# title: Prohibited grounds of discrimination
sources contains object.union(_lc, {
	"requirement": "non_discrimination.grounds",
	"value": [
		"race", "colour", "national_extraction", "social_origin", "ethnicity", "sex", "age",
		"pregnancy", "marital_status", "religion", "political_opinion", "disability",
		"family_responsibilities", "hiv_status", "union_membership",
	],
	"article": "Arts. 3(8), 8(1)",
	"url": "https://lawnet.vn/thong-tin-phap-luat/lao-dong-tien-luong/chinh-thuc-co-dinh-nghia-ve-hanh-vi-phan-biet-doi-xu-trong-lao-dong-69267.html",
	"verification": "secondary",
	"notes": [
		"Mapping of Art. 3(8): chủng tộc → race; màu da → colour; nguồn gốc quốc gia → national_extraction; nguồn gốc xã hội → social_origin; dân tộc → ethnicity; giới tính → sex; độ tuổi → age; tình trạng thai sản (maternity status) → pregnancy; tình trạng hôn nhân → marital_status; tôn giáo, tín ngưỡng (religion, belief) → religion; chính kiến → political_opinion; khuyết tật → disability; trách nhiệm gia đình → family_responsibilities; tình trạng nhiễm HIV → hiv_status (narrower than health status); founding, joining and activity in a trade union or enterprise workers' organisation → union_membership.",
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
# title: Workplace sexual harassment policy
sources contains object.union(_lc, {
	"requirement": "harassment.policy",
	"value": true,
	"article": "Arts. 8(3), 118(2)(d)",
	"url": "https://sites.google.com/view/luatlaodong2019/luật-lao-động/chương-8-kỷ-luật-lao-động-trách-nhiệm-vật-chất/điều-118-nội-quy-lao-động",
	"verification": "secondary",
	"notes": ["Sexual harassment at work is prohibited (Art. 8(3)); internal labour regulations, written where the employer has 10 or more employees, must cover prevention of sexual harassment and the procedure for handling it (details in Decree 145/2020/ND-CP). Covers sexual harassment, not violence and harassment generally."],
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
