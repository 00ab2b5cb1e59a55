# METADATA
# title: Philippines national rule pack
# description: |
#   Labor Code of the Philippines (Presidential Decree No. 442 of 1974, as amended), cited
#   by the article numbers of the renumbered Code issued by DOLE Department Advisory No. 1,
#   s. 2015 (after RA 10151 repealed old Arts. 130-131), with the former number in brackets;
#   RA 7610 as amended by RA 9231 (child labour), RA 11210 (105-Day Expanded Maternity Leave
#   Law), RA 11058 (OSH law), RA 11313 (Safe Spaces Act), RA 10911 (Anti-Age Discrimination in
#   Employment Act), the 1987 Constitution and the ILO ratifications.
#
#   Every url is an official host (the DOLE portal or a DOLE page read, the Official Gazette
#   portal, NORMLEX); the pages actually read are in checked_against. "primary" marks values read
#   in the DOLE text of the renumbered Labor Code (a DOLE page, or the DOLE edition of the Code
#   on flipbuilder, a verbatim copy); other values are "secondary".
#
#   Dates. Labor Code provisions that keep their 1974 wording date from 1 November 1974 (the
#   Code, promulgated 1 May 1974, took effect six months later, Art. 2). Where the first day in
#   force of a Republic Act could not be checked (most take effect fifteen days after a
#   publication whose date was not found), effective_from is the earliest checked date by which
#   the Act was in force (the date of its implementing rules), stated in the notes: the value
#   then starts late, never early. RA 11210 (11 March 2019) and the rules implementing it
#   (18 May 2019), RA 11058 (7 September 2018), RA 11313 (3 August 2019), RA 9481 (14 June
#   2007) and the Constitution (2 February 1987) carry their checked dates of entry into force
#   (a Republic Act published on day D takes effect on D + 16, fifteen clear days after
#   publication, as RA 11210 did: published 23 February, in force 11 March 2019).
package hrdd.national.ph

# METADATA
# title: Country name
name := "Philippines"

_dole := "https://www.dole.gov.ph/"

_og := "https://www.officialgazette.gov.ph/"

_normlex := "https://normlex.ilo.org/"

_renumbered := "Article numbers are those of the Labor Code as renumbered by DOLE Department Advisory No. 1, s. 2015; the former number is in brackets."

# The DOLE edition of the renumbered Labor Code (2016), read page by page in its
# flipbuilder copy: a verbatim copy of the DOLE text.
_ca_dole_edition(page, what) := {
	"url": sprintf("http://online.flipbuilder.com/awdz/onjr/files/basic-html/page%d.html", [page]),
	"title": sprintf("Labor Code of the Philippines, 2016 DOLE edition (renumbered), verbatim copy, p. %d: %s", [page, what]),
}

_ca_lc_1974 := {
	"url": "https://it.scribd.com/document/410046666/Law-and-Development-Class",
	"title": "Ting, The Laboring Labor Force (2018): P.D. 442 enacted 1 May 1974, effectivity deferred to 1 November 1974 (citing Azucena)",
}

_ca_renumbering := {
	"url": "https://scribd.com/document/413713604/Department-Advisory-No-1-2015-Labor-Code-of-the-Philippines-Renumbered",
	"title": "DOLE Department Advisory No. 1, s. 2015, Renumbering of the Labor Code, comparative matrix of old and renumbered articles (copy)",
}

_lc := {
	"instrument": "Labor Code of the Philippines (Presidential Decree No. 442, as amended)",
	"url": _dole,
	"binding": "law",
	# Promulgated 1 May 1974; "This Code shall take effect six (6) months after its promulgation" (Art. 2).
	"effective_from": "1974-11-01",
}

_lc_1974_note := "In force since the Code took effect on 1 November 1974 (Art. 2: six months after its promulgation on 1 May 1974); no amendment of this article is noted in the copies read."

# RA 9231 (approved 19 December 2003) amended RA 7610; its first day in force was
# not checked. Its implementing rules, DOLE Department Order No. 65-04, are dated
# 26 July 2004: the Act was in force by then.
_ra9231_from := "2004-07-26"

_ra9231_date_note := "RA 9231 was approved on 19 December 2003; its first day in force was not checked, so hrdd dates the value from its implementing rules, DOLE Department Order No. 65-04 of 26 July 2004. The 15-year minimum is older (Labor Code Art. 139(a), applied in the Secretary of Labor's opinion of 3 September 1991; RA 7658 of 1993)."

_ca_do_65 := {
	"url": "https://es.scribd.com/document/330429947/DOLE-ORDER-NO-65-04",
	"title": "DOLE Department Order No. 65-04 of 26 July 2004, Rules implementing RA 9231 (copy)",
}

_ca_bwsc := {
	"url": "https://bwsc.dole.gov.ph/policy-issuances/compilationoflaws/233-laws-on-child-and-young-workers.html",
	"title": "DOLE Bureau of Workers with Special Concerns, Laws on child and young workers: Labor Code Arts. 137-138 (verbatim)",
}

_ca_child_hours := {
	"url": "https://www.negroschronicle.com/child-labor/",
	"title": "Negros Chronicle, Law each week: Child labor (RA 9231: hours and night work of working children)",
}

# METADATA
# title: Minimum age for employment
sources contains object.union(_lc, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "Art. 137(a) [139(a)]; RA 7610 Sec. 12 as amended by RA 9231",
	"url": "https://bwsc.dole.gov.ph/policy-issuances/compilationoflaws/233-laws-on-child-and-young-workers.html",
	"effective_from": _ra9231_from,
	"verification": "primary",
	"checked_against": [
		_ca_dole_edition(57, "Arts. 137 [139] and 138 [140], with RA 9231 Sec. 12 in a footnote"),
		_ca_do_65,
		{"url": "http://ipecphils.tripod.com/phillaws/opinion.htm", "title": "ILO-IPEC Philippines, Opinion of the Secretary of Labor of 3 September 1991 on Art. 139 of the Labor Code"},
	],
	"notes": [
		"No child below 15 may be employed (Art. 137(a); RA 7610 Sec. 12 as amended by RA 9231). Children of 15 to under 18 may work for the hours and periods the Secretary of Labor sets, at most 8 hours a day and 40 a week (RA 7610 Sec. 12-A).",
		_renumbered,
		_ra9231_date_note,
	],
	"exceptions": [
		{
			"article": "RA 7610 Sec. 12(1) as amended by RA 9231",
			"text": "A child below 15 may work directly under the sole responsibility of a parent or legal guardian where only members of the family are employed, if the work does not endanger the child's life, safety, health or morals nor impair the child's normal development, and the child receives the prescribed schooling.",
		},
		{
			"article": "RA 7610 Sec. 12(2) as amended by RA 9231",
			"text": "A child below 15 may take part in public entertainment or information (cinema, theatre, radio, television, other media) where essential, under a contract concluded by a parent or guardian, with a DOLE work permit; at most 4 hours a day and 20 hours a week (Sec. 12-A).",
		},
	],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_lc, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "Art. 137(c) [139(c)]; RA 7610 Sec. 12-D as inserted by RA 9231",
	"url": "https://bwsc.dole.gov.ph/policy-issuances/compilationoflaws/233-laws-on-child-and-young-workers.html",
	"effective_from": _ra9231_from,
	"verification": "primary",
	"checked_against": [
		_ca_dole_edition(57, "Art. 137(c) [139(c)]"),
		_ca_do_65,
		{"url": "https://jur.ph/law/facts/anti-child-labor-law", "title": "Jur.ph, Q&A on RA 9231: worst forms of child labour include hazardous work harmful to children's health, safety or morals"},
	],
	"notes": [
		"No person below 18 may be employed in an undertaking which is hazardous or deleterious in nature as determined by the Secretary of Labor and Employment (Art. 137(c)); hazardous work is also a worst form of child labour (RA 7610 Sec. 12-D). The list of hazardous work is in DOLE Department Order No. 149, s. 2016 (not read).",
		_renumbered,
		"RA 9231 was approved on 19 December 2003; its first day in force was not checked, so hrdd dates the value from its implementing rules, DOLE Department Order No. 65-04 of 26 July 2004.",
	],
})

# METADATA
# title: Minimum age for night work
sources contains {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"instrument": "Special Protection of Children Against Child Abuse, Exploitation and Discrimination Act (RA 7610), as amended by RA 9231",
	"article": "Sec. 12-A",
	"url": _og,
	"binding": "law",
	"effective_from": _ra9231_from,
	"verification": "secondary",
	"checked_against": [
		_ca_child_hours,
		{"url": "https://de.scribd.com/document/251680247/Article-83", "title": "Copy of RA 9231 Sec. 3 inserting Secs. 12-A to 12-D into RA 7610 (hours of work of a working child)"},
		_ca_do_65,
	],
	"notes": [
		"A child of 15 to under 18 may not work between 10 p.m. and 6 a.m. of the following day; a child below 15 not between 8 p.m. and 6 a.m. (RA 7610 Sec. 12-A as inserted by RA 9231 Sec. 3).",
		"RA 10151 (2011) allows the employment of adult night workers and repealed the former bans on women's night work (old Labor Code Arts. 130-131).",
		"RA 9231 was approved on 19 December 2003; its first day in force was not checked, so hrdd dates the value from its implementing rules, DOLE Department Order No. 65-04 of 26 July 2004.",
	],
}

# METADATA
# title: Workers free to resign
sources contains object.union(_lc, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "Art. 300 [285]",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://www.scribd.com/document/557614805/Article-284-Di", "title": "Copy of Labor Code Arts. 284-286 (old numbering): Art. 285, termination by employee"},
		{"url": "https://www.scribd.com/document/677301132/Module-3-Labor-Code-Part-II", "title": "Module 3, Labor Code (II): renumbered Arts. 293 ff. (old 278 ff.) on termination of employment"},
		_ca_lc_1974,
	],
	"notes": [
		"An employee may end the employment without just cause by written notice served on the employer at least one month in advance (the employer may claim damages if none is served), and without notice for serious insult, inhuman and unbearable treatment, a crime against the employee or family, or analogous causes (Art. 300 [285]).",
		_renumbered,
		_lc_1974_note,
	],
})

# METADATA
# title: Recruitment fees (not encoded)
sources contains object.union(_lc, {
	"requirement": "forced_labour.no_recruitment_fees",
	"entry": "not_encoded",
	"article": "Art. 32",
	"verification": "secondary",
	"checked_against": [
		_ca_dole_edition(21, "Art. 32, fees to be paid by workers"),
		{"url": "https://attylaserna.blogspot.com/2015/03/simple-illegal-recruitment-is-defined.html", "title": "Atty. Laserna, quoting G.R. No. 178337 on RA 8042 Sec. 6 (illegal recruitment)"},
		{"url": "https://jur.ph/law/facts/revised-rules-and-regulations-governing-recruitment-and-placement-for-local-employment", "title": "Jur.ph, Q&A on DOLE Department Order No. 141-14 (local recruitment and placement): illegal recruitment includes charging fees to workers"},
		{"url": "https://jur.ph/law/summary/revised-rules-and-regulations-governing-recruitment-and-placement-for-local-employment", "title": "Jur.ph, summary of DOLE Department Order No. 141-14, dated 20 November 2014"},
		{"url": "https://respicio.ph/commentaries/can-an-employment-agency-charge-an-applicant-before-issuing-a-job-order-in-the-philippines", "title": "Respicio & Co., Can an employment agency charge an applicant: no fees for local employment under DOLE regulations"},
	],
	"reason": "Labor Code Art. 32 (read) lets a private fee-charging employment agency charge a worker once he has obtained employment through it, within a schedule of allowable fees set by the Secretary of Labor. DOLE Department Order No. 141-14 of 20 November 2014 (Revised Rules on Recruitment and Placement for Local Employment, issued under Arts. 25-39) is summarised as counting the charging of fees to workers among the acts of illegal recruitment (Jur.ph, an AI-written digest; Respicio), but the section and its wording, and the Order's first day in force, were not read, so hrdd states neither a ban nor a restriction. Overseas recruitment (RA 8042 as amended by RA 10022, now administered by the Department of Migrant Workers) lets licensed agencies charge placement fees within a schedule, except where the destination or category bars them; it governs Filipinos deployed abroad, not workplaces in the Philippines.",
})

# METADATA
# title: No retention of identity documents (not encoded)
sources contains object.union(_lc, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"entry": "not_encoded",
	"article": "Book III (conditions of employment): no provision found",
	"verification": "secondary",
	"checked_against": [{"url": "https://ja.scribd.com/document/386014507/RA-8042-Illegal-Recruitment", "title": "RA 8042, illegal recruitment under the Migrant Workers Act: punishable acts (summary)"}],
	"reason": "No rule of the Labor Code barring an employer from keeping a worker's passport or identity papers was found. For overseas recruitment, withholding or denying travel documents is reported among the acts of illegal recruitment of the Migrant Workers and Overseas Filipinos Act (RA 8042 Sec. 6, as amended by RA 10022), and the anti-trafficking law covers confiscation of documents in furtherance of trafficking; neither provision was read, and both reach particular contexts only.",
})

# METADATA
# title: Maximum regular hours per day
sources contains object.union(_lc, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Arts. 83, 89",
	"verification": "primary",
	"checked_against": [
		_ca_dole_edition(36, "Arts. 82-83, coverage and normal hours of work"),
		{"url": "https://legal.forumtl.com/t3418-labor-code", "title": "Omnibus Rules Implementing the Labor Code, Book III, Rule I, Sec. 10 (compulsory overtime work), as quoted"},
		_ca_lc_1974,
	],
	"notes": [
		"The normal hours of work of any employee shall not exceed eight hours a day (Art. 83). A limit, not only a pay trigger: the employer may require work beyond eight hours only in the cases of Art. 89 (emergencies, urgent work, perishable goods, work begun before the eighth hour); otherwise \"no employee may be made to work beyond eight hours a day against his will\" (Omnibus Rules, Book III, Rule I, Sec. 10).",
		"Hours rules do not cover government employees, managerial employees, field personnel, dependent family members of the employer, domestic helpers, persons in the personal service of another and workers paid by results (Art. 82).",
		"Health personnel in cities of at least one million inhabitants or in hospitals and clinics of at least 100 beds: 8 hours a day, 5 days a week, with at least 30 % extra for a sixth day (Art. 83, second paragraph); not encoded as a condition.",
		_lc_1974_note,
	],
})

# METADATA
# title: Daily hours after which overtime pay is due
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_pay_threshold_daily",
	"value": 8,
	"article": "Arts. 83, 87",
	"verification": "secondary",
	"checked_against": [
		_ca_dole_edition(36, "Art. 83, normal hours of work"),
		{"url": "https://negroschronicle.com/overtime/", "title": "Negros Chronicle, Law each week: Overtime (Arts. 83, 87 and 89 of the Labor Code)"},
		{"url": "https://www.businessphilippines.eu/employment", "title": "Business Philippines (EU), Employment: work hours and overtime"},
	],
	"notes": [
		"Work beyond eight hours a day is overtime and is paid at least 25 % extra (Art. 87). Undertime on one day may not be offset by overtime on another (Art. 88).",
		_lc_1974_note,
	],
})

# METADATA
# title: Maximum regular hours per week (none)
sources contains object.union(_lc, {
	"requirement": "working_hours.regular_weekly_max",
	"entry": "absence",
	"article": "Arts. 83, 91",
	"verification": "primary",
	"checked_against": [_ca_dole_edition(36, "Art. 83, normal hours of work")],
	"notes": ["The Code limits normal hours per day (Art. 83), not per week. With a 24-hour rest after every six normal work days (Art. 91) a six-day week of 48 normal hours results, but no weekly figure is set; health personnel in large cities or large hospitals work 5 days a week (Art. 83, second paragraph)."],
})

# METADATA
# title: Weekly hours after which overtime pay is due (none)
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"entry": "absence",
	"article": "Art. 87",
	"verification": "secondary",
	"checked_against": [{"url": "https://negroschronicle.com/overtime/", "title": "Negros Chronicle, Law each week: Overtime (Arts. 83, 87 and 89 of the Labor Code)"}],
	"notes": ["Overtime pay is due for work beyond eight hours a day (Art. 87); the Code sets no weekly threshold."],
})

_ot_absence_ca := [
	{"url": "https://lexaelianamarie.blogspot.com/2023/09/labor-code-book-iii-conditions-of_19.html", "title": "Labor Code Book III, Title I, Chapter I, Hours of Work, Arts. 83-90, with notes (12-hour shift of 8 regular and 4 overtime hours by agreement)"},
	{"url": "https://www.lawyer-philippines.com/articles/maximum-overtime-hours-allowed-per-month-in-the-philippines", "title": "Lawyer Philippines, Maximum overtime hours allowed per month: the Labor Code sets no numerical cap"},
]

# METADATA
# title: Maximum overtime and total hours (none)
sources contains object.union(_lc, {
	"requirement": requirement,
	"entry": "absence",
	"article": "Arts. 83, 87, 89",
	"verification": "secondary",
	"checked_against": _ot_absence_ca,
	"notes": ["The Code sets no limit on overtime per day, week, month or year, nor on total hours: beyond eight hours a day it requires the worker's consent outside the cases of Art. 89 and the premium of Art. 87, and a weekly rest of 24 hours (Art. 91)."],
}) if some requirement in {
	"working_hours.overtime_daily_max",
	"working_hours.overtime_weekly_max",
	"working_hours.overtime_monthly_max",
	"working_hours.overtime_yearly_max",
	"working_hours.total_daily_max",
	"working_hours.total_weekly_max",
}

# METADATA
# title: Overtime is voluntary
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "Art. 89; Omnibus Rules Implementing the Labor Code, Book III, Rule I, Sec. 10",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://legal.forumtl.com/t3418-labor-code", "title": "Omnibus Rules Implementing the Labor Code, Book III, Rule I, Sec. 10 (compulsory overtime work), as quoted"},
		{"url": "https://negroschronicle.com/overtime/", "title": "Negros Chronicle, Law each week: Overtime (\"as a rule, the rendering of work beyond the eight-hour period shall be voluntary only\")"},
	],
	"notes": [
		"Outside the cases of Art. 89, \"no employee may be made to work beyond eight hours a day against his will\" (Omnibus Rules, Book III, Rule I, Sec. 10).",
		_lc_1974_note,
	],
	"exceptions": [{
		"article": "Art. 89; Omnibus Rules, Book III, Rule I, Sec. 10",
		"text": "The employer may require overtime when the country is at war or a national or local emergency has been declared; to prevent loss of life or property or in imminent danger to public safety from an actual or impending emergency; for urgent work on machines, installations or equipment to avoid serious loss or damage; to prevent loss or damage to perishable goods; where completing work started before the eighth hour is necessary to prevent serious obstruction or prejudice to the business; and (Rules) to avail of favourable weather or environmental conditions.",
	}],
})

# METADATA
# title: Minimum overtime premium
sources contains object.union(_lc, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 125,
	"article": "Art. 87",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://negroschronicle.com/overtime/", "title": "Negros Chronicle, Law each week: Overtime (Art. 87: regular wage plus at least 25 %)"},
		{"url": "https://www.businessphilippines.eu/employment", "title": "Business Philippines (EU), Employment: overtime pay of the applicable wage rate plus at least 25 %"},
	],
	"notes": [
		"Overtime is paid at the regular wage plus at least 25 %; overtime on a holiday or rest day at the rate of the first eight hours of that day plus at least 30 % (Art. 87). Night shift differential: at least 10 % for each hour between 10 p.m. and 6 a.m. (Art. 86, not read).",
		_lc_1974_note,
	],
})

# METADATA
# title: Minimum weekly rest
sources contains object.union(_lc, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "Art. 91(a)",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://www.respicio.ph/commentaries/legal-limits-on-maximum-working-hours-and-forced-overtime", "title": "Respicio & Co., Legal limits on maximum working hours: weekly rest day under Art. 91"},
		{"url": "https://www.respicio.ph/commentaries/philippine-labor-laws-on-weekly-rest-days-and-daily-work-hours", "title": "Respicio & Co., Philippine labor laws on weekly rest days and daily work hours"},
	],
	"notes": [
		"Every employer must give each employee a rest period of not less than 24 consecutive hours after every six consecutive normal work days (Art. 91(a)); the employer sets the rest day but must respect the employee's preference based on religious grounds (Art. 91(b)).",
		_lc_1974_note,
	],
	"exceptions": [{
		"article": "Arts. 92-93",
		"text": "The employer may require work on a rest day in emergencies and other cases listed in Art. 92 (urgent work, abnormal pressure of work, perishable goods and analogous cases), paying at least 30 % extra (Art. 93); the list was not read in full.",
	}],
})

# METADATA
# title: Service incentive leave (minimum annual paid leave)
sources contains object.union(_lc, {
	"requirement": "leave.annual_paid_min_days",
	"value": 5,
	"article": "Art. 95",
	"verification": "secondary",
	"statute": {
		"value": 5,
		"unit": "days with pay a year (the worker's own working days)",
		"conversion": "not converted: 5 days of the worker's own schedule are 5 working days on a 5-day week, and 5/6 of a week (4.17 days of a 5-day week) on the 6-day week the Code allows (Art. 91); hrdd keeps 5, the stricter reading, which never understates the leave owed",
	},
	"checked_against": [
		{"url": "http://attylaserna.blogspot.com/2014/02/service-incentive-leave.html", "title": "Atty. Laserna, Service incentive leave (quoting Art. 95)"},
		{"url": "https://www.affordablecebu.com/load/legal_advice/after_a_year_of_service_worker_entitled_to_five_day_service_incentive_leave_with_pay/45-1-0-32066", "title": "After a year of service, worker entitled to five-day service incentive leave with pay (Art. 95; Omnibus Rules, Book III, Rule V)"},
		{"url": "https://www.scribd.com/document/581242538/5-HOLIDAYS", "title": "Holidays, service incentive leaves and service charges: Arts. 94-96 (copy)"},
	],
	"conditions": {
		"workplace_workers_min": 10,
		"service_months_min": 12,
		"text": "Every employee who has rendered at least one year of service, except in establishments regularly employing fewer than ten employees, those already enjoying vacation leave with pay of at least five days, and establishments exempted by the Secretary of Labor after considering their viability or financial condition (Art. 95).",
	},
	"notes": [
		"Five days of leave with pay a year after one year of service (Art. 95); one year of service is 12 months, continuous or broken (Omnibus Rules, Book III, Rule V, Sec. 3); unused leave is commutable to cash at the end of the year (Rule V, Sec. 5). The Code grants no other annual vacation leave.",
		"Not owed to government employees, domestic helpers, managerial employees and field personnel (Omnibus Rules, Book III, Rule V, Sec. 1).",
		_lc_1974_note,
	],
})

_ra11210 := {
	"instrument": "105-Day Expanded Maternity Leave Law (RA 11210)",
	"url": _og,
	"binding": "law",
	# Published 23 February 2019; in force 15 days later, on 11 March 2019
	# (joint statement of the CSC, DOLE and SSS).
	"effective_from": "2019-03-11",
	"verification": "secondary",
}

_ca_ra11210_in_force := {
	"url": "https://www.philippinesnewsgazette.com/csc-clarifies-105-day-maternity-leave/",
	"title": "Philippines News Gazette, CSC clarifies 105-day maternity leave: RA 11210 took effect on 11 March 2019 (CSC, DOLE and SSS joint statement; published 23 February 2019)",
}

_ca_lockton := {
	"url": "https://globalnews.lockton.com/philippines-increases-maternity-leave/",
	"title": "Lockton Global News, Philippines increases maternity leave: 105 days fully paid, postnatal leave at least 60 days, salary differential paid by the employer",
}

_ra11210_before := "Before RA 11210, maternity leave was 60 days (78 for caesarean delivery) under the Social Security Act, for the first four deliveries; not encoded."

# METADATA
# title: Minimum maternity leave
sources contains object.union(_ra11210, {
	"requirement": "maternity.leave_min_weeks",
	"value": 15,
	"article": "Sec. 3",
	"statute": {"value": 105, "unit": "days", "conversion": "105 days / 7 = 15 weeks"},
	"checked_against": [
		_ca_ra11210_in_force,
		{"url": "https://www.divinalaw.com/dose-of-law/working-mothers-time-off/", "title": "Divina Law, Working mothers' time off: 105 days (15 weeks) maternity leave with full pay"},
		{"url": "https://lpr.adb.org/resource/105-day-expanded-maternity-leave-law-republic-act-no-11210-philippines", "title": "ADB Law and Policy Reform, RA 11210 summary: 105 days with full pay, option of 30 more days without pay, 15 more days for solo mothers"},
		_ca_lockton,
	],
	"notes": [
		"105 days with full pay for every live childbirth, whatever the mode of delivery, civil status or frequency; 15 more paid days for solo mothers; an option of 30 more days without pay; 60 days with full pay for miscarriage or emergency termination of pregnancy; up to 7 days may be allocated to the child's father or an alternate caregiver.",
		_ra11210_before,
	],
})

# METADATA
# title: Compulsory leave after childbirth
# description: |
#   The 60 days are in the implementing rules (Rule IV), not in Sec. 3 of the Act as read
#   in the copies named; hrdd dates the value from the rules' entry into force.
sources contains object.union(_ra11210, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"value": 8.57,
	"instrument": "Implementing Rules and Regulations of the 105-Day Expanded Maternity Leave Law (RA 11210), issued by the CSC, DOLE and SSS on 1 May 2019",
	"article": "Rule IV",
	# Signed 1 May 2019, published in the Philippine Daily Inquirer and Bulgar on
	# 2 May 2019, in force fifteen days after publication: 18 May 2019.
	"effective_from": "2019-05-18",
	"statute": {"value": 60, "unit": "days after childbirth", "conversion": "60 days / 7 = 8.571 weeks, rounded down to 8.57"},
	"checked_against": [
		{"url": "https://thephilippineforum.com/how-to-enjoy-the-105-day-expanded-maternity-benefit-under-ra-11210/", "title": "The Philippine Forum, How to enjoy the 105-day expanded maternity benefit: Rule IV of the IRR, leave availed of before or after delivery in a continuous and uninterrupted manner; in no case shall postnatal care be less than sixty (60) days"},
		_ca_lockton,
		{"url": "https://fr.scribd.com/presentation/433831563/Expanded-Maternity-Leave-Law", "title": "RA 11210 and its IRR (presentation): Act published in the Manila Bulletin 23 February 2019, in force 11 March 2019; IRR signed 1 May 2019, published in the Philippine Daily Inquirer and Bulgar 2 May 2019"},
		{"url": "https://rmn.ph/irr-ng-expanded-maternity-leave-pirmado-na-ng-dole", "title": "RMN, IRR ng Expanded Maternity Leave pirmado na ng DOLE: the IRR takes effect 15 days after publication in the newspapers"},
	],
	"notes": [
		"Maternity leave is taken before or after delivery in a continuous and uninterrupted manner, as a combination of prenatal and postnatal leave, but the postnatal part may in no case be less than 60 days (IRR, Rule IV; Philippine Forum, Lockton). The Act (Sec. 3) is not read as setting the 60 days itself.",
		"In force from 18 May 2019: the IRR were published on 2 May 2019 and took effect fifteen days later. Between 11 March and 17 May 2019 the Act applied without this rule.",
	],
})

# METADATA
# title: Maternity cash benefit
sources contains object.union(_ra11210, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"article": "Secs. 3, 5",
	"checked_against": [
		{"url": "https://lpr.adb.org/resource/105-day-expanded-maternity-leave-law-republic-act-no-11210-philippines", "title": "ADB Law and Policy Reform, RA 11210 summary: 105 days maternity leave with full pay"},
		_ca_lockton,
		_ca_ra11210_in_force,
	],
	"notes": [
		"Full pay: the employer advances the full payment within 30 days; the Social Security System reimburses its maternity benefit up to the monthly salary credit ceiling, and the private employer pays the salary differential up to the worker's regular wages (Lockton).",
		"Paid to female workers who are members of the Social Security System meeting its contribution conditions (not read).",
	],
	"exceptions": [{
		"article": "Sec. 5",
		"text": "Some employers may be exempted from paying the salary differential (reportedly distressed establishments and small retail, service and micro enterprises); the categories were not checked. The woman then receives the SSS benefit, capped by the salary credit ceiling.",
	}],
})

# METADATA
# title: No pregnancy test required of job applicants (not encoded)
sources contains object.union(_lc, {
	"requirement": "maternity.no_pregnancy_testing",
	"entry": "not_encoded",
	"article": "Arts. 133-135 [135-137]",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://wwwex.ilo.org/dyn/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A4459307%2Cen%3ANO", "title": "NORMLEX, CEACR observation on C100 and C111, Philippines (adopted 2025): the Labor Code gives no effective protection against sex discrimination in hiring"},
		{"url": "https://normlex.ilo.org/dyn/normlex/es/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A2328668%2Cen%3ANO", "title": "NORMLEX, CEACR observation on C111, Philippines (adopted 2010): the Magna Carta of Women (RA 9710) is a framework law requiring specific laws, regulations and guidelines; quotes ss. 5 and 22 (decent work standards for women)"},
		{"url": "https://www.respicio.ph/commentaries/are-pre-employment-pregnancy-tests-legal-in-the-philippines-employment-discrimination-rules", "title": "Respicio & Co. commentary, Are pre-employment pregnancy tests legal in the Philippines: calls them illegal under RA 9710 and its IRR and DOLE Department Order No. 174-17, quoting as \"Section 35\" of the IRR a clause on refusing to hire for pregnancy, not on tests"},
		{"url": "https://www.respicio.ph/commentaries/pregnant-applicant-medical-clearance-rules-magna-carta-philippines-1", "title": "Respicio & Co. commentary, Pregnant applicant medical clearance rules: attributes a ban on pregnancy tests to RA 9710 s. 13 (written, it says, without external search)"},
		{"url": "https://pdfslide.net/download/link/employment-immigration-update-and-immigration-update-employment-immigration", "title": "SyCip Salazar, Employment & Immigration Update, January-March 2017: DOLE Department Order No. 174-17 governs contracting and subcontracting (Labor Code Arts. 106-109)"},
		{"url": "https://www.arabnews.com/node/307962", "title": "Arab News (20 January 2008): POEA Memorandum Circular No. 4 (2007) requires household service workers hired directly for work abroad to pass a pregnancy test"},
	],
	"reason": "The Labor Code bars dismissing a woman because of pregnancy (Art. 135 [137]) and stipulations against marriage (Art. 134 [136]) but no provision read bars requiring a pregnancy test of applicants, and the ILO Committee of Experts notes (2025) that the Code gives no effective protection against sex discrimination in hiring. Commentaries that call pre-employment tests illegal (Respicio & Co.) attribute the ban variously to s. 13 of the Magna Carta of Women (RA 9710), to a \"Section 35\" of its IRR that they quote as barring refusal to hire for pregnancy (not tests), and to DOLE Department Order No. 174-17, which in fact governs contracting; the attributions disagree and none was confirmed; in 2007 the POEA itself required tests of household service workers hired directly for work abroad. RA 9710 was read only as the ILO Committee of Experts quotes it (2010): a framework law needing specific laws, regulations and guidelines, whose s. 22 commits the State to decent work standards for women in general terms; its IRR and any DOLE issuance on pre-employment medical examinations were not read, so neither a ban nor an absence can be stated.",
})

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_lc, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "Art. 99, as amended by RA 6727",
	"verification": "secondary",
	"checked_against": _ca_minimum_wage,
	"notes": [
		"The minimum wage rates for agricultural and non-agricultural employees in each region are those prescribed by the Regional Tripartite Wages and Productivity Boards (Art. 99, as amended by RA 6727 of 9 June 1989); rates differ by region and between agricultural and non-agricultural work.",
		"hrdd dates the duty from the Code's entry into force on 1 November 1974: RA 6727 amended an existing minimum-wage article (\"Article 99 of Presidential Decree No. 442, as amended, is hereby amended\"), whose earlier wording was not read; the regional system dates from RA 6727.",
		"No change in 2025: the legislated across-the-board increase (House Bill 11376, P200 a day; Senate Bill 2534, P100) died when the 19th Congress ended in June 2025 without a bicameral agreement, and was refiled in the 20th Congress (Manila Bulletin, 1 July 2025); the regional boards kept issuing wage orders (Metro Manila, P50 from 18 July 2025). Later bills were not checked.",
	],
})

# METADATA
# title: Living wage (none)
sources contains {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"instrument": "Constitution of the Republic of the Philippines (1987)",
	"article": "Art. XIII Sec. 3",
	"url": _og,
	"binding": "law",
	"effective_from": "1987-02-02",
	"verification": "secondary",
	"checked_against": [
		{"url": "http://www.pressreader.com/philippines/businessmirror/20221222/281711208711820", "title": "BusinessMirror (Ofreneo), Labor Code silent on the rights of the most numerous: quoting Art. XIII Sec. 3 of the Constitution"},
		{"url": "https://ja.scribd.com/document/271608349/RA-6727", "title": "RA 6727 (Wage Rationalization Act), Sec. 2: minimum wages to ensure a decent standard of living"},
	],
	"notes": ["The Constitution states that workers \"shall be entitled to ... a living wage\", but no statute sets a living wage or requires employers to pay one: the enforceable floor is the regional minimum wage (Labor Code Art. 99; RA 6727)."],
}

# METADATA
# title: Wages paid regularly
sources contains object.union(_lc, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "Art. 103",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://dsac.ecop.org.ph/guide/", "title": "Employers Confederation of the Philippines, DSAC guide: wages paid not less than once every two weeks or twice a month at intervals not exceeding 16 days"},
		{"url": "https://www.businessphilippines.eu/employment", "title": "Business Philippines (EU), Employment: wages paid at least once every two weeks or twice a month at intervals not exceeding 16 days"},
	],
	"notes": [
		"Wages shall be paid at least once every two weeks or twice a month at intervals not exceeding 16 days (Art. 103).",
		_lc_1974_note,
	],
})

_deductions_ca := [
	{"url": "https://lexaelianamarie.blogspot.com/2023/10/labor-law-title-ii-wages-chapter-iv.html", "title": "Labor Code Title II, Chapter IV, Prohibitions regarding wages, Arts. 112-119, with notes"},
	{"url": "https://legal.forumtl.com/t34863-deductions", "title": "Labor Code Arts. 113-115 (wage deduction; deposits for loss or damage; limitations), as quoted"},
]

# METADATA
# title: Deductions only as prescribed
sources contains object.union(_lc, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "Art. 113",
	"verification": "secondary",
	"checked_against": _deductions_ca,
	"notes": [
		"No employer shall make any deduction from wages except insurance premiums where the worker is insured with his consent, union dues where check-off is recognised or authorised in writing, and deductions authorised by law or by regulations of the Secretary of Labor (Art. 113).",
		_lc_1974_note,
	],
})

# METADATA
# title: No disciplinary deductions
sources contains object.union(_lc, {
	"requirement": "wages.no_disciplinary_deductions",
	"value": true,
	"article": "Arts. 113-115",
	"verification": "secondary",
	"checked_against": _deductions_ca,
	"notes": [
		"Art. 113 lists the only deductions allowed, and a fine or penalty is not among them. Deductions for loss of or damage to the employer's tools or materials are compensation, not discipline: allowed only in trades where the practice is recognised or the Secretary of Labor allows it (Art. 114), and only after the employee has been heard and his responsibility clearly shown (Art. 115).",
		_lc_1974_note,
	],
})

# METADATA
# title: No deductions for obtaining or keeping employment
sources contains object.union(_lc, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"value": true,
	"article": "Arts. 116-117",
	"verification": "secondary",
	"checked_against": array.concat(_deductions_ca, [{"url": "https://de.scribd.com/document/435248554/Christian-John-Michael-Panisa-BSIT", "title": "Labor Code Arts. 117-119 with notes: deduction to ensure employment"}]),
	"notes": [
		"It is unlawful to make any deduction from wages for the benefit of the employer or his representative or intermediary as consideration of a promise of employment or retention in employment (Art. 117), or to withhold wages or induce a worker to give up part of them by force, stealth, intimidation or threat without the worker's consent (Art. 116).",
		_lc_1974_note,
	],
})

# METADATA
# title: Prohibited grounds of discrimination (Labor Code)
sources contains object.union(_lc, {
	"requirement": "non_discrimination.grounds",
	"value": ["sex", "marital_status", "pregnancy", "union_membership"],
	"article": "Arts. 133-135 [135-137], 257 [246]",
	"verification": "secondary",
	"checked_against": [
		{"url": "http://www.chanrobles.com/republicactno6725.htm", "title": "Chan Robles, RA 6725 (1989) amending Art. 135: discrimination against women on account of sex"},
		{"url": "https://www.scribd.com/doc/24634497/Labor-Special-Groups-of-Workers", "title": "Labor: special groups of workers, women (Arts. 135-137 old numbering; PT&T v. NLRC on the stipulation against marriage)"},
		{"url": "https://de.scribd.com/document/445290358/Labor-Law-2-Reviewer-RTSO", "title": "Labor law reviewer, right to self-organization: Arts. 243 and 246 (old numbering)"},
		{"url": "https://wwwex.ilo.org/dyn/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A4459307%2Cen%3ANO", "title": "NORMLEX, CEACR observation on C100 and C111, Philippines (adopted 2025)"},
	],
	"notes": [
		"Sex: an employer may not discriminate against a woman employee in terms and conditions of employment solely on account of her sex (Art. 133 [135], as amended by RA 6725 of 1989). Marital status: a condition that a woman shall not marry, or dismissal because of her marriage, is unlawful (Art. 134 [136]). Pregnancy: dismissing a woman on account of her pregnancy or while on leave or in confinement due to it is unlawful (Art. 135 [137]). Union membership: no one may discriminate against workers in their exercise of the right to self-organization (Art. 257 [246]).",
		"The ILO Committee of Experts notes that the Code gives no effective protection against sex discrimination in hiring and has no general list of grounds (CEACR, C111, 2025). Race, colour, religion, political opinion and national or social origin are not prohibited grounds in any statute read; the Code's policy of \"equal work opportunities regardless of sex, race or creed\" (Art. 3) is a declaration of policy.",
		"Special laws not encoded (first days in force not checked): disability (RA 7277 Sec. 32), HIV status (RA 11166), descent of indigenous peoples (RA 8371), solo parents (RA 8972, now RA 11861).",
		"Renumbering: Arts. 133-135 [135-137] follow from the shift of two articles that the DOLE edition shows in this Title (Arts. 137-140 [139-142]); Art. 257 [246] is inferred from the renumbering (Art. 255 [245] read in a renumbered copy), not read in the DOLE edition.",
		"In force since the Code took effect on 1 November 1974; Art. 133 [135] was reworded by RA 6725 (approved 12 May 1989) and Art. 257 [246] by Batas Pambansa Blg. 70 (1980) without changing the ground.",
	],
})

# METADATA
# title: Prohibited grounds of discrimination (age)
sources contains {
	"requirement": "non_discrimination.grounds",
	"value": ["age"],
	"instrument": "Anti-Age Discrimination in Employment Act (RA 10911)",
	"article": "Sec. 5",
	"url": _og,
	"binding": "law",
	# The Act lapsed into law on 21 July 2016; its first day in force was not checked.
	# Its implementing rules took effect on 28 February 2017.
	"effective_from": "2017-02-28",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://scribd.com/document/449145338/RA-No-10911", "title": "RA 10911, Anti-Age Discrimination in Employment Act (copy): Secs. 1-5"},
		{"url": "https://legal.forumtl.com/t36920-anti-age-discrimination-law", "title": "Office of Rep. Pia S. Cayetano (principal author), FAQ on RA 10911: prohibited acts and exceptions"},
		{"url": "https://pdfslide.net/download/link/employment-immigration-update-and-immigration-update-employment-immigration", "title": "SyCip Salazar Hernandez & Gatmaitan, Employment & Immigration Update Jan-Mar 2017: the IRR of RA 10911 took effect on 28 February 2017"},
		{"url": "http://diversitynowbyegloballearning.blogspot.com/2016/08/anti-age-discrimination-bill-28-other.html", "title": "GMA News (2 August 2016, reproduced): RA 10911 and 28 other measures lapsed into law in July 2016"},
	],
	"notes": [
		"Employers may not publish job advertisements suggesting age preferences, require applicants to declare their age or birth date, decline applications, discriminate in pay or terms, deny promotion or training, or forcibly lay off or retire workers because of age (Sec. 5); exceptions for bona fide occupational qualifications, seniority systems, retirement plans and other reasonable factors (Sec. 6).",
		"RA 10911 lapsed into law on 21 July 2016 (reported by GMA on 2 August 2016); the day of its publication, and so its first day in force, was not found, so hrdd dates it from 28 February 2017, when its implementing rules (signed 2 February 2017) took effect: a lower bound.",
	],
}

# METADATA
# title: Equal pay for work of equal value (restriction)
sources contains object.union(_lc, {
	"requirement": "equal_pay.equal_value",
	"entry": "restriction",
	"value": false,
	"article": "Art. 133(a) [135(a)], as amended by RA 6725; Rules implementing RA 6725 (1990)",
	# The restriction comes from the 1990 implementing rules (CEACR); their exact date
	# was not checked, so hrdd dates it from 1 February 1991, when rules of 1990 were in force.
	"effective_from": "1991-02-01",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4295605%2C102970%3ANO", "title": "NORMLEX, CEACR observation on C100, Philippines (adopted 2022): work of equal value read as identical or substantially identical work"},
		{"url": "http://www.chanrobles.com/republicactno6725.htm", "title": "Chan Robles, RA 6725 (1989) amending Art. 135"},
	],
	"notes": [
		"Art. 133(a) [135(a)] bars paying a woman less than a man \"for work of equal value\", but the 1990 Rules implementing RA 6725 define work of equal value as activities, jobs, tasks, duties or services which are identical or substantially identical; the ILO Committee of Experts has asked for years that the definition cover work of an entirely different nature but of equal value (CEACR 2022). The law guarantees equal pay for the same or similar work only.",
		"The restriction dates from the 1990 implementing rules, whose exact date was not checked: hrdd dates it from 1 February 1991.",
	],
})

_ca_constitution := [
	{"url": "http://www.pressreader.com/philippines/businessmirror/20221222/281711208711820", "title": "BusinessMirror (Ofreneo), quoting Art. XIII Sec. 3 of the 1987 Constitution"},
	{"url": "https://hronlineph.com/resources/domestic/1987-constitution-of-the-republic-of-the-philippines/", "title": "HR Online PH, 1987 Constitution: ratified in the plebiscite of 2 February 1987 (De Leon v. Esguerra)"},
	{"url": "https://vdocument.in/de-leon-vs-esguerra-gr-no-78059.html", "title": "Supreme Court, De Leon v. Esguerra, G.R. No. 78059, 31 August 1987 (copy): the Constitution took effect on 2 February 1987"},
]

_ca_foa := [
	{"url": "https://www.scribd.com/document/255024146/Labor1", "title": "Labor Code Art. 243 (old numbering), coverage and employees' right to self-organization, as amended by BP 70"},
	{"url": "https://www.scribd.com/document/378200604/LABOR-Excluded-EEs", "title": "Labor Code Art. 255 [245], ineligibility of managerial employees to join any labor organization"},
	{"url": "https://www.scribd.com/document/102153753/9481", "title": "RA 9481 (2007) amending Art. 234: requirements of registration, 20 % of the bargaining unit for an independent union"},
	{"url": "https://www.scribd.com/document/327269858/Labor-Laws", "title": "Chan Robles, new laws affecting labor: RA 9481 lapsed into law on 25 May 2007 and took effect on 14 June 2007"},
	{"url": "https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A3284584%2C102970", "title": "NORMLEX, Conference Committee case on C87, Philippines (2016)"},
]

# METADATA
# title: Right to organise
sources contains {
	"requirement": "freedom_of_association.right_to_organise",
	"value": true,
	"instrument": "Constitution of the Republic of the Philippines (1987)",
	"article": "Art. XIII Sec. 3",
	"url": _og,
	"binding": "law",
	"effective_from": "1987-02-02",
	"verification": "secondary",
	"checked_against": array.concat(_ca_constitution, _ca_foa),
	"notes": [
		"The State shall guarantee the rights of all workers to self-organization, collective bargaining and negotiations, and peaceful concerted activities, including the right to strike in accordance with law (Art. XIII Sec. 3). All persons employed in commercial, industrial and agricultural enterprises and in religious, charitable, medical or educational institutions may form, join or assist labor organizations of their own choosing (Labor Code Art. 253 [243]).",
		"Limits: managerial employees may not join, assist or form any labor organization, and supervisors only unions separate from the rank and file (Labor Code Art. 255 [245]). A union gains legal personality and the rights of a legitimate labor organization, including bargaining, only on registration; an independent union must list members making up at least 20 % of the employees in the bargaining unit (Labor Code Art. 240 [234](c), as amended by RA 9481, in force 14 June 2007).",
		"The ILO Conference Committee has discussed the Philippines under C87 in 2016, 2019, 2023 and 2024 for killings of and violence against trade unionists, and a high-level tripartite mission visited in January 2023 (NORMLEX).",
		"Renumbering: Art. 255 [245] as printed in a renumbered copy and Art. 247 [239] as cited by the ILO Committee of Experts (2022); Arts. 253 [243] and 240 [234] are inferred from them, not read in the DOLE edition.",
	],
}

# METADATA
# title: Right to collective bargaining
sources contains {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"instrument": "Constitution of the Republic of the Philippines (1987)",
	"article": "Art. XIII Sec. 3",
	"url": _og,
	"binding": "law",
	"effective_from": "1987-02-02",
	"verification": "secondary",
	"checked_against": _ca_constitution,
	"notes": [
		"The State guarantees the rights of all workers to collective bargaining and negotiations (Art. XIII Sec. 3). Under the Labor Code, only a legitimate (registered) labor organization chosen as exclusive bargaining agent, by voluntary recognition or certification election, may bargain for a unit; the employer's duty to bargain and the procedure are in Book V (not read).",
	],
}

_ra11058 := {
	"instrument": "Occupational Safety and Health Standards Act (RA 11058)",
	"url": _og,
	"binding": "law",
	# Signed 17 August 2018 and published in the Manila Bulletin on 22 August 2018
	# (People360); in force fifteen days after publication, i.e. on 7 September 2018
	# (Respicio gives 5 September: hrdd keeps the later day).
	"effective_from": "2018-09-07",
	"verification": "secondary",
}

_ra11058_date_note := "RA 11058 was signed on 17 August 2018 and published in the Manila Bulletin on 22 August 2018 (People360); it took effect fifteen days after publication, on 7 September 2018 (Respicio: 5 September; hrdd keeps the later day). Its first implementing rules, DOLE Department Order No. 198-18 (signed 6 December 2018, published 9 January 2019, in force 25 January 2019), were replaced by the Revised Implementing Rules, DOLE Department Order No. 252, s. 2025 (issued 29 April 2025, in force 16 May 2025), which restate the workers' rights of Secs. 5-8 (Alburo; L&E Global); no change to the rights encoded here was reported."

_ca_ra11058 := [
	{"url": "https://alpha.people360.com.ph/news-blogs/360-safety/176-info-series-on-ra11058-and-d-o-198-18.html", "title": "People360, Info series on RA 11058 and D.O. 198-18: workers' rights under Sections 5-8 (know, refuse unsafe work, report, PPE)"},
	{"url": "https://www.scribd.com/document/620193627/03-Workers-Right-RA-11058-Rev-1", "title": "Workers' rights (RA 11058): right to refuse unsafe work; PPE provided free of charge"},
	{"url": "https://jur.ph/law/facts/strengthening-compliance-with-occupational-safety-and-health-standards-and-providing-penalties-for-violations-thereof", "title": "Jur.ph, Q&A on RA 11058"},
	{"url": "https://www.scribd.com/document/495441533/Republic-Act-No-Occupational-Safety", "title": "RA 11058 summary: approved 17 August 2018"},
	{"url": "http://people360.com.ph/news-blogs/360-safety/160-the-osh-info-series-on-ra-11058-and-do-198-18-an-introduction.html", "title": "People360, OSH Info Series No. 1: RA 11058 signed 17 August 2018, published in the Manila Bulletin 22 August 2018; DO 198-18 signed 6 December 2018, published 9 January 2019, effective 25 January 2019"},
	{"url": "https://www.respicio.ph/commentaries/overview-of-ra-11058-the-philippine-occupational-safety-and-health-standards-law", "title": "Respicio & Co., Overview of RA 11058: signed 17 August 2018, took effect 5 September 2018"},
	{"url": "https://leglobal.law/2025/06/24/philippines-stricter-rules-safer-workplaces-tightening-of-occupational-safety-and-health-standards-under-do-252-25-or-the-revised-implementing-rules-and-regulations-of-r-a-no-11058", "title": "L&E Global (Pomoy and Paras), DO 252-25, the Revised IRR of RA 11058, took effect on 16 May 2025, replacing DO 198-18"},
	{"url": "https://www.alburolaw.com/salient-points-of-the-revised-irr-of-r-a-no-11058-strengthening-workplace-safety-under-dole-department-order-no-252-series-of-2025", "title": "Alburo Alburo and Associates, Salient points of the Revised IRR of RA 11058 (DO 252, s. 2025, released 29 April 2025)"},
]

# METADATA
# title: Right to remove oneself from serious danger
sources contains object.union(_ra11058, {
	"requirement": "health_safety.right_to_remove_from_danger",
	"value": true,
	"article": "Sec. 6",
	"checked_against": _ca_ra11058,
	"notes": [
		"A worker may refuse to work without threat or reprisal from the employer where an imminent danger situation exists; affected workers may be temporarily assigned elsewhere (Sec. 6). Where a work stoppage results from the employer's violation or fault, the workers are paid during it (DO 198-18, reported).",
		_ra11058_date_note,
	],
})

# METADATA
# title: Protective equipment free of charge
sources contains object.union(_ra11058, {
	"requirement": "health_safety.free_protective_equipment",
	"value": true,
	"article": "Sec. 8",
	"checked_against": _ca_ra11058,
	"notes": [
		"Every employer, contractor or subcontractor shall provide workers, free of charge, with personal protective equipment appropriate for any part of the body exposed to hazards (Sec. 8).",
		_ra11058_date_note,
	],
})

# METADATA
# title: Worker participation in safety and health
sources contains object.union(_ra11058, {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"article": "Sec. 13",
	"checked_against": array.concat(
		[
			{"url": "https://source.gosupra.com/widget/provision/264169", "title": "Supra, RA 11058 Sec. 13, Occupational Safety and Health Committee (verbatim)"},
			{"url": "https://www.scribd.com/document/544757903/Ra-11058-Chapter-IV-2", "title": "RA 11058, Chapter IV, covered workplaces: Secs. 12-13 (copy)"},
			{"url": "https://elegal.ph/strengthened-occupational-safety-and-health-standards-in-the-workplace-under-ra-11058/", "title": "eLegal.ph, Strengthened OSH standards under RA 11058: covered workplaces"},
		],
		_ca_ra11058,
	),
	"notes": [
		"Covered workplaces must organise a safety and health committee that plans, develops, oversees and monitors the safety and health program; its members include workers' representatives, who come from the union where the workers are organised or are elected by simple majority where they are not (Sec. 13). The safety and health program is prepared in consultation with the workers and their representatives (Sec. 12).",
		"Covered workplaces are those that the number of employees, the nature of operations and the risk, as determined by the Secretary of Labor, bring under the Act (eLegal.ph); the committee's composition by size and risk is set by the implementing rules, DO 198-18 and since 16 May 2025 DO 252-25 (not read).",
		_ra11058_date_note,
	],
})

# METADATA
# title: Workplace sexual harassment policy
sources contains {
	"requirement": "harassment.policy",
	"value": true,
	"instrument": "Safe Spaces Act (RA 11313)",
	"article": "Art. III (gender-based sexual harassment in the workplace)",
	"url": _og,
	"binding": "law",
	# Signed 17 April 2019, released 15 July 2019; in force 3 August 2019
	# (Villaraza & Angangco). Implementing rules of 28 October 2019.
	"effective_from": "2019-08-03",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://www.fnslaw.com.ph/5-things-that-employers-need-to-know-about-the-safe-spaces-act/", "title": "Fortun Narvasa & Salazar, 5 things that employers need to know about the Safe Spaces Act"},
		{"url": "https://thephilippineforum.com/republic-act-no-11313-the-safe-spaces-act-of-2019/", "title": "The Philippine Forum, RA 11313: signed 17 April 2019, released 15 July 2019"},
		{"url": "https://dev.lawyerly.ph/laws/view/96805", "title": "Lawyerly, Implementing Rules and Regulations of RA 11313, 28 October 2019"},
		{"url": "https://jur.ph/law/facts/anti-sexual-harassment-act-of-1995", "title": "Jur.ph, Q&A on RA 7877 (Anti-Sexual Harassment Act of 1995): duties of the employer"},
		{"url": "https://thefirmva.com/updates.do?id=26422", "title": "Villaraza & Angangco (Fajardo), Getting comfortable with the Safe Spaces Act: RA 11313 took effect on 3 August 2019; IRR approved 28 October 2019"},
	],
	"notes": [
		"Employers must prevent, deter and punish gender-based sexual harassment in the workplace: disseminate or post the Act, take preventive measures such as seminars, create a committee on decorum and investigation or other independent internal mechanism, and develop and disseminate a code of conduct or workplace policy prohibiting gender-based sexual harassment and setting out the procedure and penalties (FNS Law).",
		"Since 1995 the Anti-Sexual Harassment Act (RA 7877, approved 14 February 1995) has required employers to promulgate rules against sexual harassment with their employees and to create a committee on decorum and investigation (Sec. 4); not encoded, its first day in force not having been checked.",
		"RA 11313 was signed on 17 April 2019 and released on 15 July 2019; it took effect on 3 August 2019 (Villaraza & Angangco). Its implementing rules are dated 28 October 2019; the employer's duties read here are in the Act (Art. III).",
	],
}

_ca_ratification_list := {
	"url": "https://es.scribd.com/document/236602217/International-Labor-Conventions-Ratified-by-the-Philippines",
	"title": "International labor conventions ratified by the Philippines: list of conventions with ratification dates in NORMLEX format (copy)",
}

_ca_antislavery := {
	"url": "https://antislaverylaw.ac.uk/country/philippines/",
	"title": "Antislavery in Domestic Legislation (University of Nottingham), Philippines: C29 15 July 2005, P29 not party, C105 17 November 1960, C182 28 November 2000",
}

_ca_ils_c190 := {
	"url": "https://ils.dole.gov.ph/policy-advocacies/media-resources/news/statement-of-undersecretary-benedicto-ernesto-r-bitonio-jr-philippine-department-of-labor-and-employment-deposit-ceremony-of-instrument-of-ratification-of-violence-and-harassment-convention-no-190",
	"title": "DOLE Institute for Labor Studies, statement at the deposit of C190 (20 February 2024): 39 conventions ratified, including nine of the fundamental Conventions",
}

_ca_ils_c155 := {
	"url": "https://ils.dole.gov.ph/policy-advocacies/media-resources/news/ils-study-on-osh-policy-review-aids-in-tripartite-partners-endorsement-of-the-ratification-of-ilo-convention-no-155",
	"title": "DOLE Institute for Labor Studies: the National Tripartite Industrial Peace Council endorsed the ratification of C155 on 14 May 2025",
}

_normlex_c29 := "https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A3138887%2C102970"

_normlex_c87 := "https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A3284584%2C102970"

_normlex_c100 := "https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4295605%2C102970%3ANO"

_normlex_c105 := "https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2173510%2C102970"

_normlex_c111 := "https://wwwex.ilo.org/dyn/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A4459307%2Cen%3ANO"

_normlex_c138 := "https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2222497%2C102970"

_normlex_c187 := "http://ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4296739%2C102970"

_year_note(code, year) := sprintf("NORMLEX comments on %s give the year of ratification as %d (checked); the day is from the list named in checked_against.", [code, year])

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: |
#   url is a NORMLEX page on the convention and the Philippines read by hrdd (a
#   CEACR or Conference Committee comment, headed with the year of ratification),
#   or NORMLEX itself where no such page was read. Exact dates are from a list of
#   the Philippines' ratifications in NORMLEX format and other pages named in
#   checked_against (secondary). Nine of the eleven fundamental instruments were
#   ratified as of February 2024 (DOLE); P29 and C155 were not. The C138 declared
#   minimum age could not be confirmed and is left out.
ratifications := {
	"C29": {
		"status": "ratified", "date": "2005-07-15", "verification": "secondary", "url": _normlex_c29,
		"checked_against": [_ca_ratification_list, _ca_antislavery],
		"notes": [_year_note("C29", 2005)],
	},
	"P29": {
		"status": "not_ratified", "verification": "secondary", "url": _normlex,
		"checked_against": [_ca_antislavery, _ca_ils_c190],
		"notes": ["Not a party (Antislavery in Domestic Legislation); DOLE counted nine ratified fundamental Conventions in February 2024, which leaves out P29 and C155. No later ratification was found in the pages read; NORMLEX's ratification page itself was not read."],
	},
	"C87": {
		"status": "ratified", "date": "1953-12-29", "verification": "secondary", "url": _normlex_c87,
		"checked_against": [_ca_ratification_list, {"url": "https://elibrary.judiciary.gov.ph/thebookshelf/showdocsfriendly/7/92343", "title": "Proclamation No. 243 of 16 January 1956 making public Conventions 87, 98 and 100 (Supreme Court E-Library)"}],
		"notes": [_year_note("C87", 1953)],
	},
	"C98": {
		"status": "ratified", "date": "1953-12-29", "verification": "secondary", "url": _normlex,
		"checked_against": [_ca_ratification_list, {"url": "https://elibrary.judiciary.gov.ph/thebookshelf/showdocsfriendly/7/92343", "title": "Proclamation No. 243 of 16 January 1956 making public Conventions 87, 98 and 100 (Supreme Court E-Library)"}],
	},
	"C100": {
		"status": "ratified", "date": "1953-12-29", "verification": "secondary", "url": _normlex_c100,
		"checked_against": [_ca_ratification_list],
		"notes": [_year_note("C100", 1953)],
	},
	"C105": {
		"status": "ratified", "date": "1960-11-17", "verification": "secondary", "url": _normlex_c105,
		"checked_against": [_ca_ratification_list, _ca_antislavery],
		"notes": [_year_note("C105", 1960)],
	},
	"C111": {
		"status": "ratified", "date": "1960-11-17", "verification": "secondary", "url": _normlex_c111,
		"checked_against": [_ca_ratification_list],
		"notes": [_year_note("C111", 1960)],
	},
	"C138": {
		"status": "ratified", "date": "1998-06-04", "verification": "secondary", "url": _normlex_c138,
		"checked_against": [_ca_ratification_list, {"url": "http://ipecphils.tripod.com/philfram/ratif138.htm", "title": "ILO-IPEC Philippines, instrument of ratification of C138"}],
		"notes": [
			_year_note("C138", 1998),
			"The minimum age declared under Art. 2(1) was not found in a checked source and is not encoded; the CEACR (2001) found the Labour Code's 15 years consistent with the age declared.",
		],
	},
	"C182": {
		"status": "ratified", "date": "2000-11-28", "verification": "secondary", "url": _normlex,
		"checked_against": [_ca_antislavery],
	},
	"C155": {
		"status": "not_ratified", "verification": "secondary", "url": _normlex,
		"checked_against": [_ca_ils_c155, _ca_ils_c190],
		"notes": ["The National Tripartite Industrial Peace Council endorsed ratification on 14 May 2025; no ratification was found after that date in the pages read."],
	},
	"C187": {
		"status": "ratified", "date": "2019-06-17", "verification": "secondary", "url": _normlex_c187,
		"checked_against": [{"url": "https://www.dole.gov.ph/news/ph-ratifies-intl-framework-on-work-safety-and-health/", "title": "DOLE news release of 19 June 2019: the instrument of ratification of C187 was presented to the ILO Director-General on Monday (17 June 2019) in Geneva"}],
		"notes": ["NORMLEX comments give the year of ratification as 2019 (checked); the day is that of the deposit ceremony reported by DOLE (Monday before its release of Wednesday 19 June 2019), not read in NORMLEX."],
	},
}
