# METADATA
# title: Bangladesh national rule pack
# description: |
#   Bangladesh Labour Act 2006 (Act No. XLII of 2006) as amended (2013, 2018,
#   Bangladesh Labour (Amendment) Ordinance 2025) and the ILO ratifications.
#   The Labour Act does not apply in export processing zones, which the Bangladesh
#   EPZ Labour Act 2019 governs: every Labour Act value carries zones_excluded
#   ["export_processing_zone"], and the EPZ Labour Act values carry zones
#   ["export_processing_zone"]. The Act also excludes some sectors (s. 1(4)), not
#   encoded as conditions. The Bangladesh Labour (Amendment) Ordinance 2025
#   (promulgated under Art. 93(1) of the Constitution and gazetted on 17 November
#   2025; its number was not found in any source read) could not be read: the
#   values as they stood before it are "primary" where the Bangla text of the Act
#   was read (a verbatim mirror of bdlaws as consolidated in July 2025) and end on
#   17 November 2025 where the Ordinance touched or may have touched the section;
#   after it, a floor that reports say it raised or left unchanged (annual leave,
#   maternity leave) is kept as a lower bound, and leave after childbirth, on which
#   reports conflict, is not encoded.
#   url is the official text on bdlaws.minlaw.gov.bd (the Act's page or a section
#   page) or the portal; the copies and English pages read are in checked_against.
package hrdd.national.bd

# METADATA
# title: Country name
name := "Bangladesh"

# Official text of the Act (Bangla, with the official English translation
# published in the Bangladesh Gazette of 28 September 2015).
_bla_url := "http://bdlaws.minlaw.gov.bd/act-952.html"

_epz := "export_processing_zone"

_bla_conditions := {
	"zones_excluded": [_epz],
	"text": "The Labour Act does not apply in export processing zones, which the Bangladesh EPZ Labour Act 2019 governs; nor to the sectors excluded by s. 1(4) (not encoded).",
}

_bla := {
	"instrument": "Bangladesh Labour Act 2006 (Act No. XLII of 2006)",
	"binding": "law",
	"url": _bla_url,
	# The Act came into force on 11 October 2006.
	"effective_from": "2006-10-11",
	"conditions": _bla_conditions,
}

# Pages read to check values (English copies or commentary of the Act, Bangla copies).
_ah_100 := {"url": "https://accountabilityhub.org/provision/ss-100-119/", "title": "Accountability Hub: Labour Act ss. 100-102 in English (8 hours ordinarily, up to 10 subject to s. 108; 48 hours ordinarily, 60 at most and 56 on average)"}

_lnj_ix := {"url": "https://www.lawyersnjurists.com/article/the-bangladesh-labour-act-2006-chapter-ix/", "title": "Lawyers & Jurists: Labour Act Chapter IX (ss. 100-102) in English, as amended"}

_hasan_102 := {"url": "https://hasanhmt.com/?p=2149", "title": "Labour Act s. 102 in Bangla (copy of the official text)"}

_hasan_108 := {"url": "https://hasanhmt.com/%e0%a7%a7%e0%a7%a6%e0%a7%ae%e0%a5%a4-%e0%a6%85%e0%a6%a7%e0%a6%bf%e0%a6%95%e0%a6%be%e0%a6%b2-%e0%a6%95%e0%a6%b0%e0%a7%8d%e0%a6%ae%e0%a7%87%e0%a6%b0-%e0%a6%9c%e0%a6%a8%e0%a7%8d%e0%a6%af-%e0%a6%85/23/08/2021", "title": "Labour Act s. 108 in Bangla (copy): overtime at twice the ordinary rate of basic wage, dearness allowance and ad hoc or interim wage; not for piece-rate workers"}

_ah_34 := {"url": "https://accountabilityhub.org/provision/ss-34-and-44/", "title": "Accountability Hub: Labour Act ss. 34 and 44 (no child under 14 employed; adolescents with a fitness certificate; light work from 12)"}

_ds_child := {"url": "https://www.thedailystar.net/law-our-rights/your-advocate/your-advocate-1307332", "title": "The Daily Star, Your Advocate (1 November 2016): adolescent 14-18 (s. 2(8)), child under 14 (s. 2(63)), s. 34"}

_mat_pages := [
	{"url": "https://www.scribd.com/presentation/501860955/Lec-03-Maternity-Welfare-Facilities", "title": "Lecture on Labour Act Chapter IV: ss. 45-46 quoted (no work in the 8 weeks after delivery; maternity benefit 8 weeks before and 8 weeks after)"},
	{"url": "http://www.reportbd.com/articles/245/1/Right-to-and-Liability-for-Payment-of-Maternity-Benefit-Part-04/Page1.html", "title": "ReportBD: s. 46 (six months' service; no benefit with two or more living children) and s. 47"},
]

_ds_wages := {"url": "https://www.thedailystar.net/law-our-rights/news/the-entitlements-the-workers-relating-wages-1892275?amp", "title": "The Daily Star (13 April 2020): wage period at most one month, payment within seven days, deductions only as listed in s. 125, final pay within 30 days of termination"}

_hasan_125 := {"url": "https://hasanhmt.com/?p=2200", "title": "Labour Act s. 125 in Bangla (copy): the deductions that may be made from wages (a closed list)"}

_natlex_2013 := {"url": "http://www.oit.org/dyn/natlex/natlex4.detail?p_lang=en&p_isn=94286", "title": "ILO NATLEX: Bangladesh Labour (Amendment) Act 2013 (Act No. 30 of 2013), summary (personal protective equipment, safety committees in establishments of 50 or more workers)"}

# Bangladesh Labour (Amendment) Act 2013 (Act No. 30 of 2013), in force on
# publication, 22 July 2013.
_amendment_2013 := "2013-07-22"

# Bangladesh Labour (Amendment) Ordinance 2025, promulgated by the President
# under Art. 93(1) of the Constitution while Parliament stood dissolved and
# gazetted by the Legislative and Parliamentary Affairs Division on Monday
# 17 November 2025 (abcnewsbd, The Business Standard). Taken as in force from
# that day: its commencement clause was not read.
_ordinance_2025 := "2025-11-17"

# Verbatim copy of the official Bangla text of the Act, as consolidated on
# bdlaws before the 2025 Ordinance.
_mirror := {"url": "https://github.com/OpenSourceBangladesh/laws/blob/f16d3db9fbfa93340e0215067752e7f783b21d73/laws/volume-38/act-952.mdx", "title": "OpenSourceBangladesh/laws (commit f16d3db, July 2025): verbatim mirror of the Bangla text of the Labour Act on bdlaws.minlaw.gov.bd (act-952), consolidated with the 2013 and 2018 amendments, before the 2025 Ordinance"}

# Pages read on the 2025 Ordinance.
_tbs_gazette := {"url": "http://103.16.74.116/bangladesh/govt-issues-gazette-allowing-trade-unions-minimum-20-workers-apparel-sector-leaders", "title": "The Business Standard (server copy): Govt issues gazette allowing trade unions with minimum 20 workers (Ordinance published by the Legislative and Parliamentary Affairs Division on 17 November 2025; union thresholds 20/40/100/300/400 by workforce; blacklisting banned; expanded maternity benefits)"}

_abc_gazette := {"url": "https://www.abcnewsbd.com/?p=53102", "title": "abcnewsbd (18 November 2025): the Ordinance gazetted on Monday 17 November under Art. 93(1) of the Constitution"}

_blf_120 := {"url": "https://www.cineplex360.com/bangladesh-allows-unions-with-min-20-workers-industry-rejects-move/?amp=1", "title": "cineplex360 (November 2025), quoting the Bangladesh Labour Foundation on the gazetted Ordinance: paid maternity leave now set at 120 days"}

_fem_120 := {"url": "https://bdfeministarchives.org/2025/10/25/revised-labor-law-expands-union-rights-maternity-leave-and-social-protections", "title": "BD Feminist Archives (25 October 2025): the Advisory Council approved the Ordinance; maternity leave from 112 to 120 days"}

_jural := {"url": "https://juralacuity.com/bangladesh-labour-law", "title": "Jural Acuity (Mostafizur Rahman): the Ordinance amends 125 sections; festival holidays 11 to 13 (s. 118(1)); minimum wage reviewed every three years instead of five (s. 139(6))"}

_jago_committee := {"url": "https://www.jagonews24.com/national/news/1086731", "title": "Jago News (22 January 2026): the Government formed a committee of five advisers to recommend revisions (পরিমার্জন) of the 2025 Ordinance"}

# What is known about the Ordinance's fate, shown on the values it touched.
_ordinance_fate := "In January 2026 the Government formed a committee of five advisers to recommend revisions of the Ordinance (Jago News, 22 January 2026). Unofficial project files seen on GitHub (not a source) name a Bangladesh Labour (Amendment) Act 2026 (Act No. 43 of 2026, act-1672 on bdlaws) that replaced the Ordinance; neither the Act nor any report on it was read, so it is not encoded."

# Scope: the Ordinance reportedly widened the Act's reach.
_scope_2025 := "The 2025 Ordinance (gazetted 17 November 2025) brought domestic workers and seafarers within the definition of \"worker\", according to The Business Standard's report on the gazette; its text was not read, and these values are not extended to them here."

# Floors the Ordinance reportedly raised or left unchanged: no report on it says
# it lowered them, so the earlier figure is kept as a lower bound.
_ordinance_floor := "The Bangladesh Labour (Amendment) Ordinance 2025 (gazetted 17 November 2025) could not be read. The reports on it say at most that it raised this floor; none says it lowered it. The earlier figure is therefore kept as a lower bound: if the Ordinance raised it, findings understate the floor but never overstate it."

# Workers' welfare associations: the CEACR's 2019 observation on C87 notes the
# adoption of the EPZ Labour Act 2019.
_ceacr_c87_2019 := "http://ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4021832%2C103500%3ANO"

_bdlaws := "http://bdlaws.minlaw.gov.bd/"

_ela := {
	"instrument": "Bangladesh EPZ Labour Act 2019 (Act No. 2 of 2019)",
	"binding": "law",
	"url": _bdlaws,
	# Assented to and published on 28 February 2019; an ordinance with the same
	# text had applied from 15 January 2019.
	"effective_from": "2019-02-28",
	"conditions": {
		"zones": [_epz],
		"text": "Export processing zones under the Bangladesh Export Processing Zones Authority (the Act was also extended to economic zones under BEZA in 2019, not encoded).",
	},
}

# METADATA
# title: Minimum age for employment
# description: No child (under 14, s. 2(63)) may be employed; adolescents 14-17 only with a fitness certificate (s. 34(2)).
sources contains object.union(_bla, {
	"requirement": "child_labour.minimum_age",
	"value": 14,
	"article": "ss. 2(63), 34",
	"verification": "secondary",
	"checked_against": [_ah_34, _ds_child, _tbs_gazette],
	"notes": [
		"14 is the age Bangladesh declared under ILO C138 Art. 2(4) on ratifying in 2022.",
		_scope_2025,
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
	"checked_against": [
		_ds_child,
		{"url": "https://www.just-style.com/news/bangladesh-takes-leap-forward-in-tackling-child-labour/", "title": "just-style (23 March 2022): the Government revised the hazardous work list prohibited to children from 38 to 43 types"},
	],
	"notes": ["Adolescents (14-17, s. 2(8)) may not be employed in work the Government declares hazardous; the list grew from 38 to 43 types of work in 2022."],
})

# METADATA
# title: Minimum age for night work
sources contains object.union(_bla, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"article": "s. 41(3)",
	"verification": "secondary",
	"checked_against": [{"url": "http://smj24.com/%e0%a6%b8%e0%a6%82%e0%a6%ac%e0%a6%bf%e0%a6%a7%e0%a6%be%e0%a6%a8%e0%a7%87-%e0%a6%ac%e0%a6%b0%e0%a7%8d%e0%a6%a8%e0%a6%bf%e0%a6%a4-%e0%a6%ac%e0%a6%be%e0%a6%82%e0%a6%b2%e0%a6%be%e0%a6%a6%e0%a7%87-4/amp", "title": "Stock Market Journal: Labour Act s. 41 in Bangla (no adolescent to work between 7 p.m. and 7 a.m.; 5 hours a day in factories and mines)"}],
	"notes": ["No adolescent (14-17) may be allowed to work in any establishment between 7 p.m. and 7 a.m. (s. 41(3)); adolescents may work at most 5 hours a day and 30 a week in factories and mines, 7 and 42 elsewhere (s. 41(1)-(2))."],
})

# METADATA
# title: Workers free to resign
sources contains object.union(_bla, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "s. 27",
	"verification": "secondary",
	"checked_against": [{"url": "http://ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2698219%2C103500", "title": "ILO CEACR observation on C29, Bangladesh (2011): s. 27 ensures all workers the freedom to terminate their employment with notice"}, _tbs_gazette],
	"notes": [
		"A worker may end employment by written notice (60 days for permanent workers); the ILO CEACR (2011) noted that s. 27 ensures all workers the freedom to terminate their employment with notice.",
		"The CEACR has asked for repeal of the Essential Services (Maintenance) Act 1952 and Essential Services (Second) Ordinance 1958, which penalise leaving employment in essential services.",
		_scope_2025,
	],
})

# METADATA
# title: Recruitment fees and identity documents (not encoded)
sources contains object.union(_bla, {
	"requirement": requirement,
	"entry": "not_encoded",
	"article": "none found",
	"reason": reason,
	"verification": "unverified",
}) if {
	some [requirement, reason] in [
		[
			"forced_labour.no_recruitment_fees",
			"The Labour Act has no ban on recruitment fees that was found; migrant workers pay migration costs capped by the Government under the Overseas Employment and Migrants Act 2013, which was not checked.",
		],
		[
			"forced_labour.no_retention_of_identity_documents",
			"No provision of the Labour Act barring employers from holding workers' identity documents was found.",
		],
	]
}

_hours_note := "Read in the Bangla text of the Act as consolidated before the 2025 Ordinance. None of the reports read on the Ordinance mentions a change to ss. 100-108; its text was not read."

# METADATA
# title: Regular daily hours (no limit apart from the overtime threshold)
sources contains object.union(_bla, {
	"requirement": "working_hours.regular_daily_max",
	"entry": "absence",
	"article": "s. 100",
	"verification": "primary",
	"checked_against": [_mirror, _ah_100, _lnj_ix],
	"notes": [
		"No adult worker shall ordinarily work more than 8 hours a day; subject to overtime pay under s. 108 a worker may work up to 10 hours a day (s. 100 proviso). The text sets no condition other than payment (no consent, permit or exceptional circumstance), so the 8 hours are the point after which overtime is paid (working_hours.overtime_pay_threshold_daily), not a limit on hours; the limit is 10 hours (working_hours.total_daily_max).",
		_hours_note,
	],
})

# METADATA
# title: Daily hours after which overtime pay is due
sources contains object.union(_bla, {
	"requirement": "working_hours.overtime_pay_threshold_daily",
	"value": 8,
	"article": "ss. 100, 108(1)",
	"verification": "primary",
	"checked_against": [_mirror, _ah_100, _lnj_ix, _hasan_108],
	"notes": [
		"No adult worker shall ordinarily work more than 8 hours a day (s. 100); hours beyond those fixed by ss. 100 and 102 are paid as overtime at twice the ordinary rate (s. 108(1)).",
		_hours_note,
	],
})

# METADATA
# title: Regular weekly hours (no limit apart from the overtime threshold)
sources contains object.union(_bla, {
	"requirement": "working_hours.regular_weekly_max",
	"entry": "absence",
	"article": "s. 102",
	"verification": "primary",
	"checked_against": [_mirror, _ah_100, _lnj_ix, _hasan_102],
	"notes": [
		"The 48 hours of s. 102(1) are the ordinary week: an adult worker may work more subject to overtime pay (s. 102(2), s. 108), so they are the overtime pay threshold (working_hours.overtime_pay_threshold_weekly), not a limit on hours. The limit is 60 hours a week, overtime included (working_hours.total_weekly_max).",
		_hours_note,
	],
})

# METADATA
# title: Weekly hours after which overtime pay is due
sources contains object.union(_bla, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"value": 48,
	"article": "ss. 102(1), 108(1)",
	"verification": "primary",
	"checked_against": [_mirror, _ah_100, _lnj_ix, _hasan_102, _hasan_108],
	"notes": [
		"No adult worker shall ordinarily work more than 48 hours a week; hours beyond those fixed by ss. 100 and 102 are paid as overtime at twice the ordinary rate (s. 108).",
		_hours_note,
	],
})

# METADATA
# title: Total daily hours, overtime included
sources contains object.union(_bla, {
	"requirement": "working_hours.total_daily_max",
	"value": 10,
	"article": "s. 100, proviso",
	"verification": "primary",
	"checked_against": [_mirror, _ah_100, _lnj_ix],
	"notes": [
		"Subject to overtime pay (s. 108) a worker may work up to 10 hours a day.",
		_hours_note,
	],
})

# METADATA
# title: Total weekly hours, overtime included
sources contains object.union(_bla, {
	"requirement": "working_hours.total_weekly_max",
	"value": 60,
	"article": "s. 102(2), first proviso",
	"verification": "primary",
	"checked_against": [_mirror, _ah_100, _lnj_ix, _hasan_102],
	"notes": [
		"Total hours may not exceed 60 in a week and must average no more than 56 a week over the year; road transport workers: at most 150 additional hours a year.",
		_hours_note,
	],
	"exceptions": [{
		"article": "s. 102(2), third proviso",
		"text": "The Government may, by written order and on conditions, relax the weekly limits for particular industries.",
	}],
})

# METADATA
# title: Overtime caps (none apart from the total-hours limits)
sources contains object.union(_bla, {
	"requirement": requirement,
	"entry": "absence",
	"article": "ss. 100, 102",
	"verification": "primary",
	"checked_against": [_mirror, _ah_100, _lnj_ix, _hasan_102],
	"notes": [
		"The Act caps total hours, not overtime as such: at most 10 hours a day (s. 100) and 60 hours a week, averaging no more than 56 a week over a year (s. 102(2)); so at most 2 hours of overtime a day and 12 a week follow from the total-hours limits.",
		"Road transport workers: total additional hours at most 150 a year (s. 102(2), second proviso), not encoded because sector conditions are free text.",
		_hours_note,
	],
}) if some requirement in {
	"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max",
	"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
}

# METADATA
# title: Overtime is voluntary (not encoded)
sources contains object.union(_bla, {
	"requirement": "working_hours.overtime_voluntary",
	"entry": "not_encoded",
	"article": "ss. 100, 102, 108, 109",
	"reason": "The Act (ss. 100 and 102, read in Bangla) lets an adult worker work beyond the ordinary hours subject only to overtime pay under s. 108, and asks for consent only for women's work between 10 p.m. and 6 a.m. (s. 109); whether the Bangladesh Labour Rules 2015 require the worker's consent to overtime was not checked: their text could not be found in any source read.",
	"notes": ["Women workers may not be made to work between 10 p.m. and 6 a.m. without their consent (s. 109)."],
	"verification": "unverified",
})

# METADATA
# title: Overtime premium
sources contains object.union(_bla, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 200,
	"article": "s. 108(1)",
	"verification": "primary",
	"checked_against": [
		_mirror,
		_hasan_108,
		{"url": "https://www.lawyersnjurists.com/doclit/vetting-of-the-%E2%80%9Covertime-policy%E2%80%9D-of-the-company/", "title": "Lawyers & Jurists: vetting of a company overtime policy against Labour Act s. 108 (twice the ordinary rate)"},
	],
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
	"verification": "secondary",
	"checked_against": [{"url": "https://intekhabandassociates.com/labour-issue/", "title": "Intekhab & Associates: Labour Act s. 103 (factories one day a week, shops one and a half days, road transport 24 consecutive hours)"}],
	"notes": ["Factories: one day a week (encoded as 24 hours); shops, commercial and industrial establishments: one and a half days; road transport: 24 consecutive hours. A worker deprived of a weekly holiday gets compensatory holidays (s. 104)."],
})

_annual_leave := object.union(_bla, {
	"requirement": "leave.annual_paid_min_days",
	"value": 13.3,
	"statute": {
		"value": 16,
		"unit": "working days on a six-day week (one day for every 18 days of work in the preceding 12 months)",
		"conversion": "a full year on a six-day week taken as about 288 days worked (312 days less holidays and leave): 288 / 18 = 16 days, x 5/6 = 13.3 working days on a five-day week (rounded down)",
	},
	"article": "s. 117(1)(a)",
	"conditions": object.union(_bla_conditions, {
		"service_months_min": 12,
		"text": concat(" ", [
			"Owed to an adult worker who has completed one year of continuous service in the establishment (s. 117(1)).",
			_bla_conditions.text,
		]),
	}),
})

_annual_leave_rates := "Adults: shops, commercial and industrial establishments, factories and road transport one day for every 18 days of work; tea plantations one for every 22 days (10.9 working days on a five-day week on the same assumption); newspaper workers one for every 11 days (s. 117(1)). Adolescents: factories one day for every 15 days, tea plantations one for every 18, shops, commercial and industrial establishments one for every 14 (s. 117(2)). Casual leave (10 days, s. 115), sick leave (14 days, s. 116) and festival holidays (11 days, s. 118(1)) come on top."

# METADATA
# title: Annual paid leave (until the 2025 Ordinance)
sources contains object.union(_annual_leave, {
	"effective_to": _ordinance_2025,
	"verification": "primary",
	"checked_against": [
		_mirror,
		{"url": "https://worksuite.com/glossary/labour-act-section-117-annual-vacation-and-holidays/", "title": "Worksuite glossary: Labour Act s. 117 (one day for every 18 days of work after one year of continuous service; tea plantations 22, newspapers 11)"},
	],
	"notes": [_annual_leave_rates],
})

# METADATA
# title: Annual paid leave (a lower bound after the 2025 Ordinance)
sources contains object.union(_annual_leave, {
	"article": "s. 117(1)(a) (the Ordinance's amendments to s. 117, if any, not read)",
	"effective_from": _ordinance_2025,
	"verification": "secondary",
	"checked_against": [_jural, _tbs_gazette, _abc_gazette],
	"notes": [
		_annual_leave_rates,
		"The part of the commentary read on the Ordinance (Jural Acuity) reports festival holidays raised from 11 to 13 days (s. 118(1)) and names no change to the annual leave rate. A report that annual leave became one day for every 14 days of work could not be traced to the Ordinance; one for every 14 days was already the rate for adolescents in shops, commercial and industrial establishments (s. 117(2)(c)). For adults it would be 20.6 days on a six-day week, 17.1 working days on a five-day week, on the same assumption.",
		_ordinance_floor,
		_ordinance_fate,
	],
})

# METADATA
# title: Leave after childbirth after the 2025 Ordinance (not encoded)
sources contains object.union(_bla, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"entry": "not_encoded",
	"article": "s. 45 as amended by the Bangladesh Labour (Amendment) Ordinance 2025 (not read)",
	"reason": "The Bangladesh Labour (Amendment) Ordinance 2025 (gazetted 17 November 2025) could not be read. Reports say it raised maternity leave to 120 days; reports on the 2023 Bill, which was never enacted, said the 120 days could be taken before or after the birth as the worker chooses while no woman may work in the 60 days after it. Whether the Ordinance kept, lengthened or shortened the eight weeks after delivery of s. 45 is not known, so the earlier figure could overstate the floor.",
	"effective_from": _ordinance_2025,
	"verification": "unverified",
	"notes": [_ordinance_fate],
})

# METADATA
# title: Workplace harassment policy (High Court guidelines of 2009)
sources contains {
	"requirement": "harassment.policy",
	"value": true,
	"instrument": "High Court Division guidelines in Bangladesh National Women Lawyers Association v Government of Bangladesh (Writ Petition No. 5916 of 2008), judgment of 14 May 2009",
	"binding": "law",
	"url": "https://www.supremecourt.gov.bd/",
	"effective_from": "2009-05-14",
	"article": "guidelines 1-11 (prevention, complaint committee, disciplinary action)",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://compendium.itcilo.org/en/compendium-decisions/supreme-court-of-bangladesh-bnwla-vs.-government-of-bangladesh-14-may-2009-petition-no.-5916-of-2008?set_language=en", "title": "ITCILO Compendium of court decisions: BNWLA v Government of Bangladesh, 14 May 2009 (guidelines binding on all workplaces and educational institutions until a law is enacted)"},
		{"url": "https://www.globalhealthrights.org/bangladesh-national-women-lawyers-association-bnwla-v-government-of-bangladesh-ors/", "title": "Global Health and Human Rights Database: BNWLA v Government of Bangladesh (2009)"},
		{"url": "https://bdpil.org/2008/08/06/202/", "title": "bdpil.org: the writ petition on sexual harassment (2008)"},
	],
	"conditions": {"text": "All workplaces and educational institutions, public and private, including export processing zones; the guidelines apply until Parliament enacts a law on the subject."},
	"notes": [
		"The High Court Division, under Art. 111 of the Constitution, declared guidelines binding on employers until legislation is enacted: employers must take effective measures to prevent sexual harassment, raise awareness, and set up a complaint committee of at least five members, a majority of them women and headed by a woman, with at least two members from outside the organisation.",
		"The Labour Act has no duty to adopt a harassment policy; s. 332 forbids indecent or disrespectful conduct towards women workers. The 2025 Ordinance reportedly added definitions of gender-based violence and sexual harassment; its text was not checked.",
	],
}

_maternity_leave := object.union(_bla, {
	"requirement": "maternity.leave_min_weeks",
	"value": 16,
	"article": "s. 46(1)",
	"conditions": object.union(_bla_conditions, {
		"service_months_min": 6,
		"text": concat(" ", [
			"Owed to a woman who has worked for the employer for at least six months immediately before the delivery (s. 46(1) proviso); not to a woman with two or more living children at the time of the delivery, who keeps any other leave due (s. 46(2)).",
			_bla_conditions.text,
		]),
	}),
})

# METADATA
# title: Maternity leave (until the 2025 Ordinance)
sources contains object.union(_maternity_leave, {
	"effective_to": _ordinance_2025,
	"verification": "primary",
	"checked_against": array.concat([_mirror], _mat_pages),
	"notes": ["Maternity benefit for the eight weeks immediately before the expected delivery and the eight weeks immediately after it (s. 46(1)); the employer lets the woman stay away for those periods (s. 47(3))."],
})

# METADATA
# title: Maternity leave (a lower bound after the 2025 Ordinance)
sources contains object.union(_maternity_leave, {
	"article": "s. 46(1) (as amended by the 2025 Ordinance, not read)",
	"effective_from": _ordinance_2025,
	"verification": "secondary",
	"checked_against": [_tbs_gazette, _abc_gazette, _blf_120, _fem_120],
	"notes": [
		"The reports read on the Ordinance say it expanded maternity benefits (The Business Standard) and set paid maternity leave at 120 days, 17.1 weeks (Bangladesh Labour Foundation; at the Advisory Council's approval in October 2025: from 112 to 120 days). An earlier report cited in the research notes said the 16 weeks were unchanged. Whether the service and two-children conditions changed was not checked.",
		_ordinance_floor,
		_ordinance_fate,
	],
})

# METADATA
# title: Compulsory leave after childbirth (until the 2025 Ordinance)
sources contains object.union(_bla, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"value": 8,
	"article": "s. 45(1)-(2)",
	"effective_to": _ordinance_2025,
	"verification": "primary",
	"checked_against": array.concat([_mirror], _mat_pages),
	"notes": ["No employer may knowingly employ a woman, and no woman may work, in an establishment during the eight weeks immediately following her delivery."],
})

# METADATA
# title: Maternity cash benefit
sources contains object.union(_bla, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"article": "ss. 46, 48",
	"verification": "secondary",
	"checked_against": array.concat(array.concat([_mirror, _tbs_gazette], _mat_pages), [{"url": "http://mdm.wageindicator.org/chart/maternity/50", "title": "WageIndicator: maternity benefit in Bangladesh paid by the employer at 100 % of the average wage"}]),
	"conditions": object.union(_bla_conditions, {
		"service_months_min": 6,
		"text": concat(" ", [
			"Owed to a woman who has worked for the employer for at least six months immediately before the delivery (s. 46(1) proviso) and has fewer than two living children at the time of the delivery (s. 46(2)).",
			_bla_conditions.text,
		]),
	}),
	"notes": [
		"Paid by the employer wholly in cash at the worker's average daily, weekly or monthly wage, computed from the wages of the three months before the notice divided by the days actually worked (s. 48, Bangla text as consolidated before the 2025 Ordinance).",
		"The 2025 Ordinance (gazetted 17 November 2025) reportedly expanded maternity benefits; whether it changed the way the average wage is computed was not read. No report says the benefit became less than a full wage.",
		_ordinance_fate,
	],
})

# METADATA
# title: No pregnancy testing (not encoded)
sources contains object.union(_bla, {
	"requirement": "maternity.no_pregnancy_testing",
	"entry": "not_encoded",
	"article": "Chapter IV",
	"reason": "No provision of the Labour Act barring pregnancy tests of job applicants was found.",
	"verification": "unverified",
})

# Pages read on the ready-made garments minimum wage of 2023.
_ds_rmg := {"url": "https://www.thedailystar.net/business/news/govt-publishes-gazette-new-rmg-wage-3468181", "title": "The Daily Star (12 November 2023): gazette of the garment minimum wage, Tk 12,500 a month for grade 5 (basic Tk 6,700), five grades, in effect from 1 December"}

_tbs_rmg := {"url": "https://www.tbsnews.net/bangladesh/labour-ministry-publishes-gazette-minimum-wage-rmg-set-tk12500-738286", "title": "The Business Standard (12 November 2023): the Minimum Wage Board's gazette for ready-made garments, Tk 12,500 for grade 5, objections within 14 days, 5 % annual increment"}

_rmg_note := "Ready-made garments: Tk 12,500 a month for grade 5 (entry level; basic wage Tk 6,700) up to Tk 14,750 for grade 1, in effect from 1 December 2023, according to the Minimum Wage Board's gazette of 12 November 2023 as reported by The Daily Star and The Business Standard (that gazette invited objections within 14 days; the Government's final declaration under s. 140 was not read). Later revisions were not checked. hrdd does not compare wage amounts."

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_bla, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "ss. 138-149 (Ch. XI)",
	"verification": "primary",
	"checked_against": [
		_mirror,
		{"url": "https://accountabilityhub.org/provision/s-149/", "title": "Accountability Hub: Labour Act s. 149 (no employer shall pay less than the minimum wage declared under s. 140)"},
		{"url": "https://www.lawyersnjurists.com/article/the-bangladesh-labour-act-2006-chapter-xi/", "title": "Lawyers & Jurists: Labour Act Chapter XI (Minimum Wage Board, ss. 138-149) in English"},
		_ds_rmg,
		_tbs_rmg,
	],
	"notes": [
		"No national minimum wage: the Minimum Wage Board recommends rates for the workers of an industry (s. 139), the Government declares them by gazette notification (s. 140), and no employer may pay less than a declared rate (s. 149(1)).",
		_rmg_note,
		"Rates are to be revised every five years (s. 139(6) as consolidated before the 2025 Ordinance); the Ordinance reportedly shortened this to three years (Jural Acuity), not checked against its text.",
	],
})

# METADATA
# title: Living wage (no legal obligation)
sources contains {
	"instrument": "Constitution of the People's Republic of Bangladesh (1972); Bangladesh Labour Act 2006",
	"binding": "law",
	"url": _bdlaws,
	"effective_from": "2006-10-11",
	"requirement": "wages.living_wage",
	"entry": "absence",
	"article": "ss. 138-149 (Ch. XI); Constitution Arts. 8(2), 15(b)",
	"verification": "secondary",
	"checked_against": [
		{"url": "http://constitutions.unwomen.org/en/countries/asia/bangladesh?provisioncategory=9384156a97ee452daa42471df50fafe6&f%5B0%5D=provisioncategory%3A681", "title": "UN Women Constitutional Database: Constitution of Bangladesh Art. 15 (right to work at a reasonable wage, a fundamental principle of state policy)"},
		{"url": "https://en.banglapedia.org/index.php?title=Fundamental_Principles_of_State_Policy&oldid=2376", "title": "Banglapedia: Fundamental Principles of State Policy (not judicially enforceable, Art. 8(2))"},
	],
	"conditions": {"text": "Applies everywhere, export processing zones included."},
	"notes": ["Employers owe only the sector minimum wages declared under the Labour Act (s. 149). The Constitution makes work at a reasonable wage a fundamental principle of state policy (Art. 15(b)), which is not judicially enforceable (Art. 8(2)) and binds no employer."],
}

# METADATA
# title: Wages paid regularly
sources contains object.union(_bla, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "ss. 122, 123",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://www.lawyersnjurists.com/article/the-bangladesh-labour-act-2006-chapter-x/", "title": "Lawyers & Jurists: Labour Act Chapter X (wages, ss. 120-137) in English"},
		_ds_wages,
	],
	"notes": ["No wage period may exceed one month (s. 122(2)); wages are paid before the end of the seventh working day after the wage period (s. 123(1)), and within 30 working days after the employment ends (s. 123(2))."],
})

# METADATA
# title: Deductions only as the Act allows
sources contains object.union(_bla, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "s. 125",
	"verification": "secondary",
	"checked_against": [_hasan_125, _ds_wages],
	"notes": ["Deductions may be made only as the Act allows (s. 125): fines (s. 25), absence, damage or loss, services, advances and loans, income tax, union subscriptions and other listed items (ss. 126-130)."],
})

# METADATA
# title: Disciplinary deductions (fines allowed)
sources contains object.union(_bla, {
	"requirement": "wages.no_disciplinary_deductions",
	"entry": "restriction",
	"value": false,
	"article": "s. 25",
	"verification": "secondary",
	"checked_against": [{"url": "https://accountabilityhub.org/provision/s-25-2/", "title": "Accountability Hub: Labour Act s. 25 (fines up to one-tenth of the wages of a wage period)"}],
	"notes": ["Fines may be imposed up to one-tenth of the wages of a wage period; none on workers under 15, none by instalments or after 60 days, all recorded and spent for the workers' benefit (s. 25)."],
})

# METADATA
# title: No deductions for obtaining employment
sources contains object.union(_bla, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"value": true,
	"article": "s. 125",
	"verification": "secondary",
	"checked_against": [_hasan_125, _ds_wages],
	"notes": ["Only the deductions listed in s. 125 may be made from wages (fines, absence, damage or loss, housing and services, advances and loans, income tax, court orders, provident fund, union subscriptions and the like); no payment for obtaining or keeping employment is among them."],
})

# METADATA
# title: Prohibited grounds of discrimination (before 2013)
sources contains object.union(_bla, {
	"requirement": "non_discrimination.grounds",
	"value": ["sex"],
	"article": "s. 345 (original text)",
	"url": "http://bdlaws.minlaw.gov.bd/act-952/section-26399.html",
	"effective_to": _amendment_2013,
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
	"effective_from": _amendment_2013,
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
	"verification": "secondary",
	"checked_against": [
		{"url": "https://www.lawyersnjurists.com/article/the-bangladesh-labour-act-2006-chapter-xiii/", "title": "Lawyers & Jurists: Labour Act Chapter XIII (trade unions, s. 176: workers have the right to form and join trade unions without distinction)"},
		_mirror,
		_tbs_gazette,
		_jago_committee,
	],
	"notes": [
		"Until the 2025 Ordinance a union could be registered only if at least 20 % of the workers of the establishment were members (s. 179(2), Bangla text; establishments of one employer in the same industry count as one).",
		"The Ordinance gazetted on 17 November 2025 replaced the percentage with fixed numbers by workforce, according to The Business Standard's report on the gazette: 20 members in establishments of 20-300 workers, 40 for 301-500, 100 for 501-1,500, 300 for 1,501-3,000 and 400 above 3,000; it also banned blacklisting workers (not checked against its text). The Government then set up a committee to revise the Ordinance (January 2026); the thresholds in force now were not checked.",
		_ordinance_fate,
		"Many public-sector workers are excluded. An ILO article 26 complaint on C87 and C98 remains open.",
	],
})

# METADATA
# title: Collective bargaining
sources contains object.union(_bla, {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"article": "s. 202",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://issuu.com/lawjuris/docs/the_economy_of_bangladesh_is_depend/17", "title": "Lawyers & Jurists (Issuu): Labour Act s. 202, collective bargaining agent"},
		{"url": "https://www.ituc-csi.org/spip.php?page=legal_info&cc=BGD&lang=en", "title": "ITUC: legal information on Bangladesh (collective bargaining through the CBA)"},
	],
	"notes": ["Only a registered trade union determined as the collective bargaining agent (CBA) of the establishment may bargain."],
})

# METADATA
# title: Right to remove oneself from danger (none; duty to report only)
sources contains object.union(_bla, {
	"requirement": "health_safety.right_to_remove_from_danger",
	"entry": "absence",
	"article": "s. 86",
	"url": "http://bdlaws.minlaw.gov.bd/act-952/section-29945.html",
	"verification": "primary",
	"notes": [
		"If a worker finds a building, machinery or plant in an establishment dangerous to human life or safety, the worker informs the employer in writing, who must act within three days (s. 86); the Act gives no right to stop work or leave the place of danger.",
		"The 2025 Ordinance was not checked for a change to this section.",
	],
})

# METADATA
# title: Personal protective equipment supplied by the employer
sources contains object.union(_bla, {
	"requirement": "health_safety.free_protective_equipment",
	"value": true,
	"article": "s. 78A (inserted by Act No. 30 of 2013)",
	"effective_from": _amendment_2013,
	"verification": "secondary",
	"checked_against": [
		{"url": "https://ctgcomplianceinitiative.blogspot.com/2019/11/ppe.html", "title": "CTG Compliance Initiative: Labour Act s. 78A in Bangla (the employer shall supply personal safety equipment to every worker and ensure its use)"},
		_natlex_2013,
	],
	"notes": ["The employer must supply personal safety equipment to every worker as prescribed by rules and ensure it is used (s. 78A). The Act does not say \"free of charge\", but it places the supply on the employer, and the closed list of wage deductions (s. 125) names no charge for it."],
})

# METADATA
# title: Worker participation in health and safety (safety committees)
sources contains object.union(_bla, {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"article": "s. 90A (inserted by Act No. 30 of 2013)",
	"url": "http://bdlaws.minlaw.gov.bd/act-print-952/section-print-43726.html",
	"effective_from": _amendment_2013,
	"verification": "primary",
	"conditions": object.union(_bla_conditions, {
		"workplace_workers_min": 50,
		"text": concat(" ", [
			"Every establishment where 50 or more workers are employed (s. 90A(1)).",
			_bla_conditions.text,
		]),
	}),
	"notes": ["Establishments with 50 or more workers must set up and run a safety committee as prescribed by rules; it informs the employer of identified risks, accidents, dangerous occurrences and diseases (s. 90A). Its composition with workers' representatives is in the Labour Rules 2015 (not checked)."],
})

# METADATA
# title: Freedom of association in export processing zones (restricted)
sources contains object.union(_ela, {
	"requirement": requirement,
	"entry": "restriction",
	"value": false,
	"article": "ss. 96-114",
	"verification": "secondary",
	"checked_against": [{"url": _ceacr_c87_2019, "title": "ILO CEACR observation on C87 (2019) noting the EPZ Labour Act 2019"}],
	"notes": [
		"Workers in export processing zones may not form trade unions, only workers' welfare associations (WWAs) whose formation and registration the EPZ authority controls (ss. 96-114), as under the EPZ Workers Welfare Association and Industrial Relations Act 2010 before. The ILO CEACR has found the Act falls short of C87 and C98.",
		"Local commentators report that WWAs have not acted as collective bargaining agents.",
	],
}) if some requirement in {"freedom_of_association.right_to_organise", "freedom_of_association.collective_bargaining"}

# METADATA
# title: Maternity leave in export processing zones
sources contains object.union(_ela, {
	"requirement": "maternity.leave_min_weeks",
	"value": 16,
	"article": "s. 30",
	"verification": "secondary",
	"checked_against": [{"url": "https://learningmaterils.blogspot.com/2020/01/blog-post_0.html", "title": "Unofficial Bangla copy of EPZ Labour Act 2019 s. 30 (maternity benefit)"}],
	"conditions": object.union(_ela.conditions, {
		"service_months_min": 6,
		"text": concat(" ", [
			_ela.conditions.text,
			"Owed to a woman who has worked for the employer for at least six months before the delivery.",
		]),
	}),
	"notes": ["Maternity benefit for the eight weeks before the expected delivery and the eight weeks after it, as under the Labour Act (law-firm summary of the Act); the six months' service condition is from an unofficial copy of s. 30."],
})

# METADATA
# title: Compulsory leave after childbirth in export processing zones
sources contains object.union(_ela, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"value": 8,
	"article": "s. 29(1)-(2)",
	"verification": "secondary",
	"checked_against": [{"url": "https://learningmaterils.blogspot.com/2020/01/blog-post_66.html", "title": "Unofficial Bangla copy of EPZ Labour Act 2019 s. 29 (no work in the eight weeks after delivery)"}],
	"notes": ["No employer may make a woman work, and no woman may work, during the eight weeks immediately following her delivery."],
})

# Every other workplace requirement: the EPZ Labour Act governs export
# processing zones and has not been encoded for it.
_ela_encoded := {
	"freedom_of_association.right_to_organise", "freedom_of_association.collective_bargaining",
	"maternity.leave_min_weeks", "maternity.compulsory_postnatal_weeks",
	"harassment.policy", "wages.living_wage",
}

_workplace_ids := {
	"child_labour.minimum_age", "child_labour.hazardous_work_minimum_age", "child_labour.night_work_minimum_age",
	"forced_labour.no_recruitment_fees", "forced_labour.no_retention_of_identity_documents",
	"forced_labour.free_to_resign",
	"working_hours.regular_daily_max", "working_hours.regular_weekly_max",
	"working_hours.total_daily_max", "working_hours.total_weekly_max",
	"working_hours.overtime_pay_threshold_daily", "working_hours.overtime_pay_threshold_weekly", "working_hours.overtime_daily_max",
	"working_hours.overtime_weekly_max", "working_hours.overtime_monthly_max",
	"working_hours.overtime_yearly_max", "working_hours.overtime_voluntary",
	"working_hours.overtime_premium_min_percent", "rest.weekly_rest_min_hours",
	"leave.annual_paid_min_days", "maternity.leave_min_weeks", "maternity.cash_benefit_min_percent",
	"maternity.no_pregnancy_testing", "maternity.compulsory_postnatal_weeks",
	"wages.minimum_wage_paid", "wages.living_wage", "wages.paid_regularly",
	"wages.deductions_only_as_prescribed", "wages.no_disciplinary_deductions",
	"wages.no_deductions_for_obtaining_employment", "non_discrimination.grounds",
	"equal_pay.equal_value", "freedom_of_association.right_to_organise",
	"freedom_of_association.collective_bargaining", "health_safety.right_to_remove_from_danger",
	"health_safety.free_protective_equipment", "health_safety.worker_participation", "harassment.policy",
}

# METADATA
# title: EPZ Labour Act (not encoded for the other requirements)
sources contains object.union(_ela, {
	"requirement": requirement,
	"entry": "not_encoded",
	"article": "whole Act",
	"reason": "In export processing zones the Bangladesh EPZ Labour Act 2019 applies instead of the Labour Act 2006; its provision on this requirement has not been checked (it mirrors the Labour Act on many matters, e.g. 10 days' casual leave and one day of annual leave for every 18 days of work, according to unofficial copies).",
	"verification": "unverified",
}) if {
	some requirement in (_workplace_ids - _ela_encoded)
}

_normlex := "https://normlex.ilo.org/"

_tbs := {"url": "https://www.tbsnews.net/bangladesh/bangladesh-complete-ilo-ratification-eliminate-child-labour-389298", "title": "The Business Standard (March 2022): Bangladesh ratifies C138 (minimum age 14) and has now ratified all eight fundamental conventions; P29 ratified in January 2022"}

_silkway := {"url": "https://silkway.news/bangladesh-ratifies-minimum-age-63627", "title": "Silk Way News: Bangladesh ratifies the Minimum Age Convention; C182 ratified in 2001"}

_bhrrc := {"url": "https://www.business-humanrights.org/en/latest-news/bangladesh-bangladesh-ratifies-ilo-minimum-wage-convention/", "title": "Business and Human Rights Resource Centre: Bangladesh ratifies ILO C138, declaring a minimum age of 14"}

# Bangladesh's 2014-2017 CEACR comments record that it has not ratified the OSH instruments.
_osh := "http://ilo.ch/dyn/normlex/de/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A3337191%2C103500"

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: url is the ILO's NORMLEX (ILO comments where one was read); the news pages read are in checked_against. Years before 2022 (1972 for C29, C87, C98, C105, C111) are from NORMLEX comment headers; exact dates are given only where a source stated them.
ratifications := {
	"C29": {"status": "ratified", "verification": "secondary", "url": "http://ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2698219%2C103500"},
	"P29": {"status": "ratified", "date": "2022-01-20", "verification": "secondary", "url": _normlex, "checked_against": [{"url": "https://50forfreedom.org/blog/news/bangladesh-ratification/", "title": "50 for Freedom: Bangladesh ratifies the Forced Labour Protocol (20 January 2022)"}, _tbs]},
	"C87": {"status": "ratified", "verification": "secondary", "url": _ceacr_c87_2019, "checked_against": [_tbs]},
	"C98": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": [_tbs]},
	"C100": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": [_tbs]},
	"C105": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": [_tbs]},
	"C111": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": [_tbs]},
	"C138": {
		"status": "ratified",
		"date": "2022-03-22",
		"declared_minimum_age": 14,
		"verification": "secondary",
		"url": _normlex,
		"checked_against": [_tbs, _bhrrc, _silkway],
	},
	"C182": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": [_tbs, _silkway]},
	"C155": {"status": "not_ratified", "verification": "secondary", "url": _osh},
	"C187": {"status": "not_ratified", "verification": "secondary", "url": _osh},
}
