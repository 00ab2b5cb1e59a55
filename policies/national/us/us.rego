# METADATA
# title: United States national rule pack (federal law only)
# description: |
#   Fair Labor Standards Act, Family and Medical Leave Act, National Labor Relations
#   Act, Title VII of the Civil Rights Act, ADEA, ADA, GINA, the Equal Pay Act, OSHA
#   regulations and the Thirteenth Amendment, with the two fundamental ILO conventions
#   the United States has ratified. State law is often more protective and is not
#   covered. Federal law sets no limit on the hours of adults, no weekly rest day, no
#   paid annual leave and no paid maternity leave: those are cited absences. Employer-size
#   thresholds of the anti-discrimination statutes and of the FMLA are conditions.
package hrdd.national.us

# METADATA
# title: Country name
name := "United States"

_flsa := {
	"instrument": "Fair Labor Standards Act of 1938 (29 U.S.C. 201 ff.)",
	"binding": "law",
	# The FLSA came into force on 24 October 1938.
	"effective_from": "1938-10-24",
	"verification": "secondary",
	"checked_against": _flsa_hours_pages,
}

_s207 := "https://www.law.cornell.edu/uscode/text/29/207"

_page(url, title) := {"url": url, "title": title}

# Pages read for the FLSA hours rules (DOL text quoted; CFR copies).
_flsa_hours_pages := [
	_page("https://www.premierfoodsafety.com/blog/labor-department-battling-overtime-rules-injunction/", "Premier Food Safety, quoting the DOL: no limit in the Act on the hours employees aged 16 and older may work in any workweek; no overtime pay required for Saturdays, Sundays, holidays or rest days unless overtime is worked"),
	_page("http://www.erieri.com/glossary/term/overtime/1785", "ERI glossary, Overtime: no FLSA limit on hours, daily or weekly; 1.5 times the regular rate beyond the maximum hours in a workweek"),
	_page("https://law.lawstack.com/laws/29-cfr_s_778-101_maximum-nonovertime-hours-c38faaa4-2ced-4155-9933-2648adba0f1c", "LawStack: 29 C.F.R. 778.101, maximum nonovertime hours (40 in a workweek), text"),
	_page("https://webarchive.library.unt.edu/eot2008/20081106042818/http://www.dol.gov/dol/allcfr/ESA/Title_29/Part_778/29CFR778.103.htm", "DOL page (archived 2008): 29 C.F.R. 778.103, the workweek as the basis for applying section 7(a), text"),
]

_child_pages := [
	_page("https://dol.gov/agencies/whd/fact-sheets/43-child-labor-non-agriculture", "US DOL WHD Fact Sheet #43 (rev. 2016): federal youth employment provisions do not restrict the hours or times of day of workers 16 and older; minimum age standards"),
	_page("https://dol.gov/agencies/whd/child-labor/short-guide-to-child-labor-non-ag", "US DOL WHD: hours of 14- and 15-year-olds (after 7 a.m., before 7 p.m., 9 p.m. from 1 June to Labor Day); occupations prohibited for all minors"),
	_page("https://www.dol.gov/whd/stateandlocalgovernment/ca_tutorial/CA_Tutorial_files/v3_slide0011.htm", "US DOL WHD tutorial: basic minimum age 16; 17 Hazardous Occupations Orders for 16- and 17-year-olds"),
]

_eeoc_coverage := _page("https://eeoc.gov/coverage-businessprivate-employers", "EEOC: Coverage of Business/Private Employers (15 or more employees for race, color, religion, sex incl. pregnancy, national origin, disability, genetic information; 20 for age)")

_deduction_pages := [
	_page("https://coffieldlaw.com/flsa-free-and-clear-rules-employees-must-receive-minimum-and-overtime-wages-finally-and-unconditionally/", "Coffield Law: FLSA 'free and clear' rule (29 C.F.R. 531.35); fees, equipment and other charges for the employer's benefit may not cut into minimum or overtime wages"),
	_page("http://peningo.com/clientresources/flsa_Section510.html", "Peningo: in most cases the FLSA does not prohibit deductions from wage payments"),
	_page("https://ecfr.io/Title-29/Part-531", "ecfr.io: 29 C.F.R. Part 531, table of sections (531.35 'Free and clear' payment; 'kickbacks')"),
]

_far_pages := [
	_page("https://www.cleat.ai/free-govcon-tools/far-navigator/52-solicitation-provisions-and-contract-clauses/52-2-text-of-provisions-and-clauses/52-222-reserved/52-222-50-combating-trafficking-in-persons", "Cleat FAR Navigator: FAR 52.222-50 bars contractors, their employees and agents from charging recruitment fees and destroying or withholding identity documents"),
	_page("https://casetext.com/federal-register/federal-acquisition-regulation-ending-trafficking-in-persons", "Federal Register, 80 FR 4967 (29 January 2015): FAR final rule, Ending Trafficking in Persons, effective 2 March 2015"),
]

# US DOL statements read for the absences below (Wage and Hour Division,
# employer.gov "Overtime" and the FLSA Advisor FAQ): there is no limit on the
# number of hours employees aged 16 and older may work in any workweek, nor per
# day, and the FLSA does not require overtime pay for work on Saturdays, Sundays,
# holidays or regular days of rest unless hours exceed 40.
_no_limit := "The FLSA does not limit the number of hours per day or per week, or the days in a week, that employees aged 16 or over may be required to work; it only requires overtime pay (US DOL Wage and Hour Division, employer.gov Overtime page and FLSA Advisor)."

_young := "Workers of 14 and 15 are limited to 3 hours on a school day, 18 in a school week, 8 on a non-school day and 40 in a non-school week (29 C.F.R. 570.35(a)); not a rule for adults."

_other_rules := "Hours-of-service rules for particular occupations (e.g. commercial drivers, 49 C.F.R. Part 395) and State law are not encoded."

_absence_hours := object.union(_flsa, {
	"entry": "absence",
	"article": "s. 7(a), 29 U.S.C. 207(a)",
	"url": _s207,
})

# METADATA
# title: Minimum age for employment
sources contains object.union(_flsa, {
	"requirement": "child_labour.minimum_age",
	"value": 16,
	"checked_against": _child_pages,
	"article": "s. 3(l), 29 U.S.C. 203(l); 29 C.F.R. 570.2(a)",
	"url": "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-V/subchapter-A/part-570/subpart-A/section-570.2",
	"notes": ["16 is the basic minimum age for non-agricultural employment (US DOL WHD Fact Sheet #43)."],
	"exceptions": [
		{"article": "29 C.F.R. 570.2(a)(1)(i); 570.33-570.35", "value": 14, "text": "14- and 15-year-olds may work outside school hours in listed non-manufacturing, non-mining, non-hazardous occupations, at most 3 hours on a school day and 18 in a school week (8 and 40 outside school time)."},
		{"article": "29 U.S.C. 213(c)(1)", "text": "Agriculture: 14 outside school hours, 12-13 with parental consent or on the parents' farm, any age on a farm owned or operated by the parents."},
		{"article": "29 U.S.C. 203(l)", "text": "Children employed by their parents outside manufacturing, mining and hazardous occupations."},
	],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_flsa, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"checked_against": _child_pages,
	"article": "s. 3(l), 29 U.S.C. 203(l); 29 C.F.R. 570.120, Subpart E",
	"url": "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-V/subchapter-A/part-570/subpart-E",
	"notes": ["18 for the 17 non-agricultural Hazardous Occupations Orders (29 C.F.R. 570.50-570.68)."],
	"exceptions": [{"article": "29 U.S.C. 213(c)(2); 29 C.F.R. 570.71", "value": 16, "text": "Agriculture: hazardous farm occupations are barred only below 16; none on farms owned or operated by the parents."}],
})

# METADATA
# title: Minimum age for night work
sources contains object.union(_flsa, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 16,
	"checked_against": _child_pages,
	"article": "s. 3(l), 29 U.S.C. 203(l); 29 C.F.R. 570.35(a)(6)",
	"url": "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-V/subchapter-A/part-570/subpart-C",
	"notes": [
		"Federal law bars no night work from 16: the FLSA sets no time-of-day limit for workers of 16 and 17. 14- and 15-year-olds (who may work only under the exception of 29 C.F.R. Subpart C) may work only between 7 a.m. and 7 p.m., 9 p.m. from 1 June to Labor Day (29 C.F.R. 570.35(a)(6), text checked in the GPO edition of 2006).",
		"State laws often restrict night work of 16- and 17-year-olds; not encoded.",
	],
	"exceptions": [{"article": "29 U.S.C. 213(c)(1)", "text": "The time-of-day limits of 29 C.F.R. 570.35 govern non-agricultural work (Child Labor Regulation No. 3); they do not apply in agriculture."}],
})

# METADATA
# title: Workers free to resign (prohibition of involuntary servitude)
sources contains {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"instrument": "Constitution of the United States",
	"article": "Amendment XIII, s. 1",
	"url": "https://constitution.congress.gov/constitution/amendment-13/",
	"binding": "law",
	"effective_from": "1865-12-06",
	"verification": "secondary",
	"checked_against": [
		_page("http://www.justice.gov/crt/about/crm/1581fin.php", "US DOJ: involuntary servitude, forced labor and trafficking statutes enforced (18 U.S.C. 1581 ff., TVPA 2000)"),
		_page("https://accountabilityhub.org/provision/18-usc-%C2%A7-1592/", "Accountability Hub: 18 U.S.C. 1592, text"),
	],
	"notes": [
		"Neither slavery nor involuntary servitude may exist, except as a punishment for crime: compulsory prison labour is permitted.",
		"Forced labour is a federal crime (18 U.S.C. 1589); imports made with forced labour are barred (19 U.S.C. 1307).",
	],
}

# METADATA
# title: No recruitment fees (no general federal rule)
# description: |
#   Federal law bars charging workers recruitment fees only for particular workers: employees of
#   federal contractors (FAR 52.222-50) and H-2A/H-2B visa workers. Conditions cannot express
#   "federal contractor" or a visa status, so the general rule for private employers is encoded as
#   an absence and the special rules are named in the notes.
sources contains {
	"requirement": "forced_labour.no_recruitment_fees",
	"entry": "absence",
	"instrument": "Fair Labor Standards Act of 1938 (29 U.S.C. 201 ff.); Federal Acquisition Regulation 52.222-50",
	"article": "no general provision; FAR 52.222-50(b); 29 C.F.R. 531.35",
	"url": "https://www.ecfr.gov/current/title-29/part-531",
	"binding": "law",
	"effective_from": "1938-10-24",
	"verification": "secondary",
	"checked_against": array.concat(_far_pages, [_deduction_pages[0]]),
	"notes": [
		"No federal statute bars employers in general from charging workers recruitment fees. Fees the worker pays for the employer's benefit count against wages: they may not cut into the minimum wage or overtime due in the workweek (29 C.F.R. 531.35, wages.no_deductions_for_obtaining_employment).",
		"Federal contractors and subcontractors, their employees and agents may not charge employees or potential employees recruitment fees (FAR 52.222-50(b), in this form since 2 March 2015, 80 FR 4967); a contract clause, not a rule for private employers generally.",
		"H-2A and H-2B employers and their agents may not seek or receive payment from workers for recruitment (20 C.F.R. 655.135(j)-(k), 655.20; not read). State law may add rules; not encoded.",
	],
}

# METADATA
# title: No retention of identity documents (no general federal rule)
# description: |
#   18 U.S.C. 1592 punishes confiscating or possessing another person's passport or other
#   government identification document only in the course of, or to further, peonage, slavery,
#   forced labour or trafficking, or to restrict a trafficking victim's freedom to move in order to
#   keep their labour. There is no general ban on an employer holding a worker's documents,
#   except for federal contractors (FAR 52.222-50). Encoded as an absence with these notes.
sources contains {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"entry": "absence",
	"instrument": "18 U.S.C. 1592 (Trafficking Victims Protection Act of 2000, s. 112)",
	"article": "18 U.S.C. 1592(a)",
	"url": "https://www.law.cornell.edu/uscode/text/18/1592",
	"binding": "law",
	# Added by Pub. L. 106-386, div. A, s. 112(a)(2), of 28 October 2000 (casetext, read).
	"effective_from": "2000-10-28",
	"verification": "secondary",
	"checked_against": array.concat(
		[
			_page("https://casetext.com/statute/united-states-code/title-18-crimes-and-criminal-procedure/part-i-crimes/chapter-77-peonage-slavery-and-trafficking-in-persons/section-1592-unlawful-conduct-with-respect-to-documents-in-furtherance-of-trafficking-peonage-slavery-involuntary-servitude-or-forced-labor", "casetext: 18 U.S.C. 1592, text and history (added by Pub. L. 106-386, 28 October 2000)"),
			_page("https://uscode.house.gov/view.xhtml;jsessionid=7B43D14CF2FD7C7643C89ACD983F7C60?edition=2000&req=granuleid%3AUSC-2000-title18-chapter77&saved=%7CZ3JhbnVsZWlkOlVTQy0yMDAwLXRpdGxlMTgtc2VjdGlvbjE1ODk%3D%7C%7C%7C0%7Cfalse%7C2000", "US Code (uscode.house.gov), 2000 edition, 18 U.S.C. chapter 77 (s. 1592 added in 2000)"),
		],
		_far_pages,
	),
	"notes": [
		"Whoever knowingly destroys, conceals, removes, confiscates or possesses another person's passport, immigration document or other government identification document in the course of or with intent to commit peonage, slavery, forced labour or trafficking, or to restrict a trafficking victim's liberty to move or travel in order to maintain their labour, commits a crime (up to 5 years). Outside these cases federal law does not bar an employer from holding a worker's documents.",
		"Federal contractors and subcontractors, their employees and agents may not destroy, conceal, confiscate or otherwise deny an employee access to identity or immigration documents (FAR 52.222-50(b)); a contract clause that conditions cannot express.",
	],
}

# METADATA
# title: Maximum regular hours per day (none for adults)
sources contains object.union(_absence_hours, {
	"requirement": "working_hours.regular_daily_max",
	"notes": [_no_limit, "There is no federal daily norm of regular hours: overtime is counted by the workweek only.", _young, _other_rules],
})

# METADATA
# title: Maximum regular hours per week (none for adults)
sources contains object.union(_absence_hours, {
	"requirement": "working_hours.regular_weekly_max",
	"notes": [_no_limit, "The 40 hours of s. 7(a) are the threshold after which overtime pay is due (working_hours.overtime_pay_threshold_weekly), not a limit on hours.", _young, _other_rules],
})

# METADATA
# title: Maximum total hours per day and per week (none for adults)
sources contains object.union(_absence_hours, {
	"requirement": requirement,
	"notes": [_no_limit, _young, _other_rules],
}) if some requirement in {"working_hours.total_daily_max", "working_hours.total_weekly_max"}

# METADATA
# title: Maximum overtime per day, week, month and year (none)
sources contains object.union(_absence_hours, {
	"requirement": requirement,
	"notes": [_no_limit, "Overtime is paid at 1.5 times the regular rate (s. 7(a)(1)) but is not capped.", _other_rules],
}) if some requirement in {
	"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max",
	"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
}

# METADATA
# title: Overtime is voluntary (no federal rule)
sources contains object.union(_absence_hours, {
	"requirement": "working_hours.overtime_voluntary",
	"notes": [_no_limit, "Federal law gives no right to refuse overtime: an employer may require it (employment at will), subject to collective agreements."],
})

# METADATA
# title: Daily hours after which overtime pay is due (none, overtime is counted by the workweek)
sources contains object.union(_absence_hours, {
	"requirement": "working_hours.overtime_pay_threshold_daily",
	"article": "s. 7(a)(1), 29 U.S.C. 207(a)(1); 29 C.F.R. 778.103",
	"notes": [
		"Overtime is owed only for hours beyond 40 in a workweek: the employer totals the hours worked in the workweek (29 C.F.R. 778.103). The FLSA requires no overtime pay for hours beyond 8 in a day, nor for work on Saturdays, Sundays, holidays or rest days unless the weekly hours exceed 40 (DOL statements read).",
		"Some States (e.g. California) require daily overtime; not encoded.",
	],
})

# METADATA
# title: Weekly hours after which overtime pay is due
sources contains object.union(_flsa, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"value": 40,
	"article": "s. 7(a)(1), 29 U.S.C. 207(a)(1); 29 C.F.R. 778.101",
	"url": _s207,
	# The threshold fell from 44 (1938) and 42 (1939) to 40 hours on 24 October 1940.
	"effective_from": "1940-10-24",
	"notes": [
		"40 hours is the maximum of non-overtime hours (29 C.F.R. 778.101): every hour beyond 40 in a workweek is overtime payable at 1.5 times the regular rate. It is not a limit on hours.",
		"Executive, administrative, professional and other exempt employees (29 U.S.C. 213) are not covered. The 44- and 42-hour thresholds of 1938-1940 are not encoded.",
	],
})

# METADATA
# title: Minimum overtime pay rate
sources contains object.union(_flsa, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 150,
	"article": "s. 7(a)(1), 29 U.S.C. 207(a)(1)",
	"url": _s207,
	"notes": ["At least one and one-half times the regular rate for hours over 40 in a workweek; exempt employees (29 U.S.C. 213) excluded."],
})

# METADATA
# title: Minimum weekly rest (none)
sources contains object.union(_absence_hours, {
	"requirement": "rest.weekly_rest_min_hours",
	"notes": [
		_no_limit,
		"Federal law requires no day of rest: work on Saturdays, Sundays, holidays or regular days of rest is ordinary hours worked, paid at the overtime rate only beyond 40 hours in the workweek.",
		"Some States require a day of rest in seven; not encoded.",
	],
})

# METADATA
# title: Minimum annual paid leave (none)
sources contains object.union(_flsa, {
	"requirement": "leave.annual_paid_min_days",
	"entry": "absence",
	"article": "ss. 6-7, 29 U.S.C. 206-207",
	"url": "https://www.dol.gov/general/topic/benefits-leave/personal_leave",
	"checked_against": [
		_page("https://www.dol.gov/general/topic/benefits-leave/personal_leave", "US DOL, Personal Leave: the FLSA does not require payment for time not worked, such as vacations, sick leave or holidays"),
		_page("http://webapps.dol.gov/elaws/faq/esa/flsa/006.htm", "US DOL FLSA Advisor: vacation, sick and holiday pay are a matter of agreement"),
	],
	"notes": ["The FLSA does not require payment for time not worked, such as vacations, sick leave or holidays; these are a matter of agreement between employer and employee (US DOL, Personal Leave page). No other federal law grants paid annual leave to private-sector workers."],
})

_fmla := {
	"instrument": "Family and Medical Leave Act of 1993 (29 U.S.C. 2601 ff.)",
	"binding": "law",
	# Enacted on 5 February 1993 (Pub. L. 103-3); in force six months later.
	"effective_from": "1993-08-05",
	"verification": "secondary",
	"checked_against": [
		_page("https://webapps.dol.gov/dolfaq/go-dol-faq.asp?faqid=44&faqtop=Agencies+%26+Offices&theagencyid=WB", "US DOL FAQ: FMLA, 12 weeks of unpaid job-protected leave; private employers with 50 or more employees in 20 or more workweeks; 12 months, 1,250 hours, 50 employees within 75 miles"),
		_page("https://wfrn.org/glossary/family-and-medical-leave-act/", "Work and Family Researchers Network, quoting 29 C.F.R. 825.800: FMLA, Pub. L. 103-3 of 5 February 1993; up to 12 workweeks of unpaid leave"),
	],
}

_fmla_employer := "Employers with 50 or more employees for each working day in each of 20 or more calendar workweeks in the current or preceding calendar year (29 U.S.C. 2611(4)(A)(i))"

# METADATA
# title: Minimum maternity leave (FMLA, unpaid)
sources contains object.union(_fmla, {
	"requirement": "maternity.leave_min_weeks",
	"value": 12,
	"article": "29 U.S.C. 2612(a)(1)(A); 2611(2), (4)",
	"url": "https://www.law.cornell.edu/uscode/text/29/2612",
	"conditions": {
		"employer_employees_min": 50,
		"service_months_min": 12,
		"text": concat("", [
			_fmla_employer,
			"; eligible employees only: employed for at least 12 months by the employer and for at least 1,250 hours of service in the previous 12 months, and not employed at a worksite where the employer employs fewer than 50 employees within 75 miles (29 U.S.C. 2611(2)). Public agencies are covered whatever their size.",
		]),
	},
	"notes": ["12 workweeks of unpaid, job-protected leave in a 12-month period for the birth of a son or daughter and to care for the child; the entitlement expires 12 months after the birth. There is no federal paid maternity leave."],
})

# METADATA
# title: Minimum maternity leave (none for employers below 50 employees)
sources contains object.union(_fmla, {
	"requirement": "maternity.leave_min_weeks",
	"entry": "absence",
	"article": "29 U.S.C. 2611(4)(A)(i)",
	"url": "https://www.law.cornell.edu/uscode/text/29/2611",
	"conditions": {
		"employer_employees_below": 50,
		"text": "Private employers with fewer than 50 employees are not covered by the FMLA; federal law then grants no maternity leave (the Pregnancy Discrimination Act only requires pregnancy to be treated like other temporary disabilities, from 15 employees).",
	},
})

# METADATA
# title: Minimum maternity cash benefit (none)
sources contains object.union(_fmla, {
	"requirement": "maternity.cash_benefit_min_percent",
	"entry": "absence",
	"article": "29 U.S.C. 2612(c)",
	"url": "https://www.law.cornell.edu/uscode/text/29/2612",
	"notes": ["FMLA leave may consist of unpaid leave (s. 102(c)); there is no federal maternity cash benefit. Some States run paid family leave insurance; not encoded."],
})

# METADATA
# title: Compulsory leave after childbirth (none)
sources contains object.union(_fmla, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"entry": "absence",
	"article": "29 U.S.C. 2612(a)(1)(A)",
	"url": "https://www.law.cornell.edu/uscode/text/29/2612",
	"notes": ["FMLA leave is an entitlement of the employee, not a prohibition on employment: federal law sets no period after childbirth during which a woman may not work."],
})

_ada_exam := {
	"requirement": "maternity.no_pregnancy_testing",
	"value": true,
	"instrument": "Americans with Disabilities Act of 1990, Title I; 29 C.F.R. Part 1630",
	"article": "42 U.S.C. 12112(d)(2)(A); 29 C.F.R. 1630.13(a)",
	"url": "https://www.law.cornell.edu/uscode/text/42/12112",
	"binding": "law",
	"verification": "secondary",
	"checked_against": [
		_page("https://biotech.law.lsu.edu/map/PreemploymentMedicalExaminations.html", "LSU Law Center, Medical and Public Health Law Site: Preemployment Medical Examinations, quoting 29 C.F.R. 1630.13(a): unlawful to conduct a medical examination of an applicant before an offer"),
		_page("https://www.ohioemployerlawblog.com/2018/11/do-you-know-pre-employment-medical.html", "Ohio Employer Law Blog (J. Hyman), 15 November 2018, quoting EEOC guidance: before an offer the ADA prohibits all medical examinations, even job-related ones; after a conditional offer only if given to all entering employees in the same job category"),
		_page("https://www.hivlawandpolicy.org/resources/ada-enforcement-guidance-preemployment-disability-related-questions-and-medical", "Summary of the EEOC ADA Enforcement Guidance: Preemployment Disability-Related Questions and Medical Examinations (1995): a medical examination is a procedure or test that seeks information about an applicant's physical or mental impairments or health"),
		_page("https://cld.bz/Kyrqbao/50", "Privacy Issues in the Community College Workplace (training handbook): the EEOC's factors for a medical examination, among them whether it is invasive (drawing of blood, urine or breath) and administered or interpreted by a health care professional"),
		_page("https://www.ohioemployerlawblog.com/2022/09/pre-employment-pregnancy-testing.html?m=1", "Ohio Employer Law Blog, 15 September 2022, Pre-employment pregnancy testing: the PDA may not bar a test as such; testing women but not men is sex discrimination; the ADA allows pre-employment medical testing only after a conditional offer"),
		_page("https://www.globalhealthrights.org/norman-bloodsaw-v-lawrence-berkeley-laboratory/", "Global Health Rights: Norman-Bloodsaw v. Lawrence Berkeley Laboratory, 135 F.3d 1260 (9th Cir. 1998), blood and urine of post-offer pre-placement examinations tested for syphilis, sickle cell trait and pregnancy; ADA claims dismissed, Title VII and privacy claims revived"),
		_eeoc_coverage,
	],
	"notes": [
		"Before a conditional job offer an employer may not conduct any medical examination of an applicant, whether or not related to the job (42 U.S.C. 12112(d)(2)(A); 29 C.F.R. 1630.13(a)). EEOC guidance (1995) defines a medical examination as a procedure or test that seeks information about an individual's physical or mental impairments or health; whether it is invasive (drawing of blood, urine or breath) and administered or interpreted by a health care professional are among its factors.",
		"A pregnancy test (a urine or blood test) is read by hrdd as such an examination: no EEOC text read names pregnancy tests, but in Norman-Bloodsaw v. Lawrence Berkeley Laboratory, 135 F.3d 1260 (9th Cir. 1998), pregnancy tests run on the blood and urine of post-offer entrance examinations were dealt with as part of those examinations.",
		"After a conditional offer the ADA allows examinations given to all entering employees in the same job category (42 U.S.C. 12112(d)(3)), so a post-offer pregnancy test is not barred by the ADA; testing women only is open to a Title VII sex-discrimination claim (Norman-Bloodsaw, where such a claim was revived), and the EEOC says federal law does not forbid asking about pregnancy, only acting on it (Title VII as amended by the PDA, 42 U.S.C. 2000e(k)).",
		"Employers below the ADA threshold are not covered; State laws are not encoded.",
	],
}

# METADATA
# title: No pregnancy test of job applicants before a conditional offer (ADA, 25 employees)
sources contains object.union(_ada_exam, {
	"effective_from": "1992-07-26",
	"effective_to": "1994-07-26",
	"conditions": {"employer_employees_min": 25, "text": sprintf(_ada_employer, [25])},
})

# METADATA
# title: No pregnancy test of job applicants before a conditional offer (ADA, 15 employees)
sources contains object.union(_ada_exam, {
	"effective_from": "1994-07-26",
	"conditions": {"employer_employees_min": 15, "text": sprintf(_ada_employer, [15])},
})

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_flsa, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "s. 6(a), 29 U.S.C. 206(a)",
	"url": "https://www.law.cornell.edu/uscode/text/29/206",
	"notes": [
		"Federal minimum wage USD 7.25 an hour since 24 July 2009; many States set higher rates.",
		"Coverage: enterprises with an annual gross volume of sales or business of at least USD 500,000, and employees individually engaged in interstate commerce (29 U.S.C. 203(s)); a turnover condition that conditions cannot express.",
	],
})

# METADATA
# title: Living wage paid (no federal rule)
sources contains object.union(_flsa, {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"article": "s. 6(a), 29 U.S.C. 206(a)",
	"url": "https://www.law.cornell.edu/uscode/text/29/206",
	"notes": ["Federal law sets a minimum wage, not a living wage; some cities and States have living-wage ordinances, not encoded."],
})

_wages_531 := object.union(_flsa, {
	"article": "s. 6(a), 29 U.S.C. 206(a); 29 C.F.R. 531.35",
	"url": "https://www.ecfr.gov/current/title-29/part-531",
	"checked_against": _deduction_pages,
})

# METADATA
# title: Wages paid regularly (no federal pay-frequency rule)
sources contains object.union(_flsa, {
	"requirement": "wages.paid_regularly",
	"entry": "absence",
	"article": "s. 6(a), 29 U.S.C. 206(a); 29 C.F.R. 778.106",
	"url": "https://www.ecfr.gov/",
	"checked_against": [
		_page("https://legalclarity.org/pay-frequency-requirements-by-state-for-employers", "LegalClarity: the FLSA does not mandate a minimum frequency of payment; State law sets pay frequency"),
		_page("https://blog.paymaster.com/pay-frequency-timing-matters/", "PayMaster: the US DOL specifies no pay frequency; FLSA wages are due on the regular payday for the pay period covered"),
		_page("http://www.jjkeller.com/learn/fair-labor-standards-act-flsa-faqs", "J. J. Keller FLSA FAQs: wages due on the regular payday; State laws generally dictate the frequency of paydays"),
	],
	"notes": [
		"Federal law sets no pay frequency: minimum wage and overtime are due on the regular payday for the workweek or pay period covered (29 C.F.R. 778.106), whatever period the employer sets. Pay frequency is set by State law (most States require weekly, bi-weekly, semi-monthly or monthly pay); not encoded.",
		"Federal service and construction contracts have their own rules (29 C.F.R. 4.165; Copeland Act); not encoded.",
	],
})

_wage_rules := "29 C.F.R. 531.35 requires minimum wage and overtime to be paid finally and unconditionally ('free and clear'): a deduction or kickback for the employer's benefit is unlawful only insofar as it cuts into the minimum wage or overtime due in the workweek. Otherwise the FLSA does not prohibit deductions; State wage-payment laws often do."

# METADATA
# title: Wage deductions (allowed above the minimum wage)
sources contains object.union(_wages_531, {
	"requirement": "wages.deductions_only_as_prescribed",
	"entry": "restriction",
	"value": false,
	"notes": [_wage_rules, "Federal law has no list of permitted deductions: deductions that leave at least the minimum wage and overtime due are not regulated by the FLSA."],
})

# METADATA
# title: Disciplinary deductions (not barred above the minimum wage)
sources contains object.union(_wages_531, {
	"requirement": "wages.no_disciplinary_deductions",
	"entry": "restriction",
	"value": false,
	"notes": [_wage_rules, "Fines and penalties are not barred as such; a deduction for a disciplinary reason is unlawful under the FLSA only if it reduces pay below the minimum wage or overtime due (exempt employees: salary-basis rules of 29 C.F.R. 541.602, not read)."],
})

# METADATA
# title: Deductions for obtaining employment (barred only below the minimum wage)
sources contains object.union(_wages_531, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"entry": "restriction",
	"value": false,
	"notes": [
		_wage_rules,
		"Fees or costs an employer requires a worker to pay for being employed (recruitment, equipment, uniforms) are for the employer's benefit: they may not bring the worker's pay below the minimum wage or overtime due, but are not otherwise barred by federal law. Federal contractors may not charge recruitment fees at all (FAR 52.222-50, forced_labour.no_recruitment_fees).",
	],
})

# METADATA
# title: Equal pay for work of equal value (no federal rule)
sources contains {
	"requirement": "equal_pay.equal_value",
	"entry": "absence",
	"instrument": "Equal Pay Act of 1963 (FLSA s. 6(d))",
	"article": "29 U.S.C. 206(d)(1)",
	"url": "https://www.law.cornell.edu/uscode/text/29/206",
	"binding": "law",
	# Pub. L. 88-38 of 10 June 1963; in force one year after enactment.
	"effective_from": "1964-06-11",
	"verification": "secondary",
	"checked_against": [
		_eeoc_coverage,
		_page("https://webarchive.library.unt.edu/eot2008/20090509124625/http:/www.eeoc.gov/employers/overview.html", "EEOC (archived 2009): the Equal Pay Act prohibits wage discrimination between men and women in substantially equal jobs within the same establishment"),
	],
	"notes": ["The Equal Pay Act requires equal pay for women and men only for equal work on jobs requiring equal skill, effort and responsibility under similar working conditions in the same establishment; federal law does not require equal pay for different work of equal value (comparable worth). Title VII also bars sex discrimination in pay (15 or more employees)."],
}

_title_vii := {
	"instrument": "Civil Rights Act of 1964, Title VII",
	"url": "https://www.law.cornell.edu/uscode/text/42/2000e-2",
	"binding": "law",
	"verification": "secondary",
	"checked_against": [
		_eeoc_coverage,
		_page("https://eeocdeadline.us/learn/employer-coverage-thresholds", "EEOC Deadline: federal coverage thresholds (Title VII, ADA, GINA 15+; ADEA 20+; s. 701(b) counting rule)"),
	],
}

_title_vii_employer := "Employers engaged in an industry affecting commerce with %d or more employees for each working day in each of 20 or more calendar weeks in the current or preceding calendar year (s. 701(b), 42 U.S.C. 2000e(b))."

_title_vii_history := [
	_page("https://books.google.com.mx/books?id=N-rLB4qxFpgC&pg=RA1-PA123&focus=viewport&vq=parties&dq=editions:UOM39015005477503&lr=&output=html_text", "Legislative history of Title VII (1964 Act): in force 2 July 1965; 100 employees to 1 July 1966, 75 to 1 July 1967, 50 to 1 July 1968, then 25"),
	_page("https://www.eeoc.gov/eeoc/history/35th/milestones/1972.html", "EEOC, Milestones 1972: the Equal Employment Opportunity Act of 1972 reduces the number of employees needed for coverage from 25 to 15"),
	_page("https://books.google.lv/books?id=t9UHAAAAIAAJ&pg=RA4-PP1&vq=meet&dq=editions:ISBN0123704901&lr=&hl=lv&output=html_text&source=gbs_toc_r&cad=3", "Senate Committee on Labor and Public Welfare, committee print: Title VII showing changes made by Public Law 92-261, approved 24 March 1972"),
]

# Title VII's employer threshold: 100 employees from 2 July 1965, 75 from 2 July
# 1966, 50 from 2 July 1967, 25 from 2 July 1968 (s. 701(b) as enacted, Pub. L.
# 88-352; legislative history read). The Equal Employment Opportunity Act of 1972
# (Pub. L. 92-261, approved 24 March 1972) lowered it to 15 (EEOC, read). That the
# 15 applied only after a first year, i.e. from 24 March 1973, comes from a proviso
# to s. 701(b) as amended in 1972 that was not read: the year between is unverified.
_title_vii_periods := [
	{"effective_from": "1965-07-02", "effective_to": "1966-07-02", "min": 100, "verification": "secondary"},
	{"effective_from": "1966-07-02", "effective_to": "1967-07-02", "min": 75, "verification": "secondary"},
	{"effective_from": "1967-07-02", "effective_to": "1968-07-02", "min": 50, "verification": "secondary"},
	{"effective_from": "1968-07-02", "effective_to": "1972-03-24", "min": 25, "verification": "secondary"},
	{"effective_from": "1972-03-24", "effective_to": "1973-03-24", "min": 25, "verification": "unverified"},
	{"effective_from": "1973-03-24", "min": 15, "verification": "secondary"},
]

_title_vii_period_note(p) := "Unverified period: the Equal Employment Opportunity Act of 1972 was approved on 24 March 1972; that employers with fewer than 25 employees stayed outside Title VII during its first year (a proviso to s. 701(b) as amended) was not read in the session law." if {
	p.verification == "unverified"
}

_title_vii_period_note(p) := "Thresholds: 100, 75, 50 and 25 employees from 2 July 1965, 1966, 1967 and 1968 (legislative history of the 1964 Act); 15 under the Equal Employment Opportunity Act of 1972 (EEOC), from 24 March 1973." if {
	p.verification != "unverified"
}

# METADATA
# title: Prohibited grounds of discrimination (Title VII)
sources contains object.union(_title_vii, object.union(object.remove(p, ["min"]), {
	"requirement": "non_discrimination.grounds",
	"value": ["race", "colour", "religion", "sex", "national_extraction"],
	"article": "s. 703(a), 42 U.S.C. 2000e-2(a); s. 701(b), 42 U.S.C. 2000e(b)",
	"checked_against": array.concat(_title_vii.checked_against, _title_vii_history),
	"conditions": {"employer_employees_min": p.min, "text": sprintf(_title_vii_employer, [p.min])},
	"notes": [
		"Mapping: national origin -> national_extraction.",
		"Sex includes sexual orientation and gender identity under Bostock v. Clayton County (2020); encoded only as the statute's word, sex.",
		_title_vii_period_note(p),
	],
})) if some p in _title_vii_periods

# METADATA
# title: Prohibited grounds of discrimination (Pregnancy Discrimination Act)
sources contains object.union(_title_vii, {
	"requirement": "non_discrimination.grounds",
	"value": ["pregnancy"],
	"article": "s. 701(k), 42 U.S.C. 2000e(k)",
	"url": "https://www.law.cornell.edu/uscode/text/42/2000e",
	"effective_from": "1978-10-31",
	"conditions": {"employer_employees_min": 15, "text": sprintf(_title_vii_employer, [15])},
	"notes": ["Sex includes pregnancy, childbirth and related medical conditions (Pregnancy Discrimination Act of 1978)."],
})

_adea := {
	"requirement": "non_discrimination.grounds",
	"value": ["age"],
	"instrument": "Age Discrimination in Employment Act of 1967",
	"article": "29 U.S.C. 623(a), 630(b), 631(a)",
	"url": "https://www.law.cornell.edu/uscode/text/29/623",
	"binding": "law",
	"verification": "secondary",
	"checked_against": [
		_eeoc_coverage,
		_page("https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_88_Part_1.djvu/118", "Statutes at Large, 88 Stat. (Wikisource transcription of the page image): Pub. L. 93-259 of 8 April 1974, s. 28(a)(1), strikes out 'twenty-five' and inserts 'twenty' in s. 11(b) of the ADEA"),
		_page("https://webarchive.library.unt.edu/eot2008/20081105162616/https://www.dol.gov/esa/minwage/chart.htm", "US DOL WHD (archived 2008): History of Federal Minimum Wage Rates, the rates of the 1974 Amendments effective 1 May 1974"),
	],
	"notes": ["Protects persons aged 40 or over only."],
}

_adea_employer := "Employers engaged in an industry affecting commerce with %d or more employees for each working day in each of 20 or more calendar weeks in the current or preceding calendar year (s. 11(b), 29 U.S.C. 630(b))."

# METADATA
# title: Prohibited grounds of discrimination (ADEA, 25 employees)
sources contains object.union(_adea, {
	# In force 180 days after enactment on 15 December 1967.
	"effective_from": "1968-06-12",
	# The Fair Labor Standards Amendments of 1974 (Pub. L. 93-259 of 8 April 1974, s. 28(a)(1),
	# read in the Statutes at Large) replaced twenty-five by twenty. The Act's amendments took
	# effect on 1 May 1974 (s. 29(a), not read; the date on which its minimum-wage rates took
	# effect in the DOL's table).
	"effective_to": "1974-05-01",
	"conditions": {"employer_employees_min": 25, "text": sprintf(_adea_employer, [25])},
})

# METADATA
# title: Prohibited grounds of discrimination (ADEA, 20 employees)
sources contains object.union(_adea, {
	"effective_from": "1974-05-01",
	"conditions": {"employer_employees_min": 20, "text": sprintf(_adea_employer, [20])},
})

_ada := {
	"requirement": "non_discrimination.grounds",
	"value": ["disability"],
	"instrument": "Americans with Disabilities Act of 1990, Title I",
	"article": "42 U.S.C. 12112(a), 12111(5)",
	"url": "https://www.law.cornell.edu/uscode/text/42/12111",
	"binding": "law",
	"verification": "secondary",
	"checked_against": [
		_eeoc_coverage,
		_page("https://www.justia.com/dictionary/americans-with-disabilities-act-ada.html", "Justia, from the US DOL: Title I effective for employers with 25 or more employees on 26 July 1992 and for employers with 15 or more on 26 July 1994"),
		_page("https://heinonline.org/HOL/LandingPage?div=6&handle=hein.journals%2Fjnaa11", "R. B. Fitzpatrick, Americans With Disabilities Act of 1990, 11 J. Nat'l Ass'n Admin. L. Judges 13 (1991): Title I effective 26 July 1992; 25 or more employees for the first two years, then 15"),
	],
	"notes": ["Title I took effect 24 months after enactment on 26 July 1990; for its first two years only employers of 25 or more employees were covered (42 U.S.C. 12111(5)(A))."],
}

_ada_employer := "Employers engaged in an industry affecting commerce with %d or more employees for each working day in each of 20 or more calendar weeks in the current or preceding year (42 U.S.C. 12111(5)(A); 29 C.F.R. 1630.2(e))."

# METADATA
# title: Prohibited grounds of discrimination (ADA, 25 employees)
sources contains object.union(_ada, {
	"effective_from": "1992-07-26",
	"effective_to": "1994-07-26",
	"conditions": {"employer_employees_min": 25, "text": sprintf(_ada_employer, [25])},
})

# METADATA
# title: Prohibited grounds of discrimination (ADA, 15 employees)
sources contains object.union(_ada, {
	"effective_from": "1994-07-26",
	"conditions": {"employer_employees_min": 15, "text": sprintf(_ada_employer, [15])},
})

# METADATA
# title: Prohibited grounds of discrimination (GINA)
sources contains {
	"requirement": "non_discrimination.grounds",
	"value": ["genetic_information"],
	"instrument": "Genetic Information Nondiscrimination Act of 2008, Title II",
	"article": "42 U.S.C. 2000ff-1(a); 2000ff(2)(B)(i)",
	"url": "https://www.law.cornell.edu/uscode/text/42/2000ff-1",
	"binding": "law",
	"effective_from": "2009-11-21",
	"verification": "secondary",
	"checked_against": [_eeoc_coverage],
	"conditions": {"employer_employees_min": 15, "text": concat(" ", [sprintf(_title_vii_employer, [15]), "GINA takes the definition of employer from Title VII (42 U.S.C. 2000ff(2)(B)(i))."])},
}

_nlra := {
	"instrument": "National Labor Relations Act (29 U.S.C. 151 ff.)",
	"binding": "law",
	"effective_from": "1935-07-05",
	"verification": "secondary",
	"checked_against": [
		_page("http://codes.lp.findlaw.com/uscode/29/7/II/157", "FindLaw: 29 U.S.C. 157, text"),
		_page("https://ebookreading.net/view/book/Navigating+Social+Media+Legal+Risks%3A+Safeguarding+Your+Business-EB9780133033656_38.html", "NLRA (Pub. L. 74-198, 49 Stat. 449) appendix: ss. 157 and 158(a)(1), text"),
		_page("http://recordsofrights.org/records/106/national-labor-relations-act", "National Archives, Records of Rights: National Labor Relations Act 1935"),
	],
}

_nlra_scope := "The NLRA excludes agricultural labourers, domestic workers, supervisors, independent contractors, railway and airline workers (Railway Labor Act) and all public-sector employees (s. 2(2)-(3)); federal employees may not strike."

# METADATA
# title: Prohibited grounds of discrimination (NLRA)
sources contains object.union(_nlra, {
	"requirement": "non_discrimination.grounds",
	"value": ["union_membership"],
	"article": "s. 8(a)(3), 29 U.S.C. 158(a)(3)",
	"url": "https://www.law.cornell.edu/uscode/text/29/158",
	"notes": ["Discrimination in hire, tenure or any term of employment to encourage or discourage membership in a labour organisation is an unfair labor practice; the Act sets no employer-size threshold.", _nlra_scope],
})

# METADATA
# title: Right to organise and to bargain collectively
sources contains object.union(_nlra, {
	"requirement": requirement,
	"value": true,
	"article": "s. 7, 29 U.S.C. 157",
	"url": "https://www.law.cornell.edu/uscode/text/29/157",
	"notes": ["Employees have the right to self-organisation, to form, join or assist labour organisations and to bargain collectively through representatives of their own choosing.", _nlra_scope],
}) if some requirement in {"freedom_of_association.right_to_organise", "freedom_of_association.collective_bargaining"}

# METADATA
# title: Right to remove oneself from serious danger
sources contains {
	"requirement": "health_safety.right_to_remove_from_danger",
	"value": true,
	"instrument": "Occupational Safety and Health Act of 1970, s. 11(c); 29 C.F.R. Part 1977",
	"article": "29 U.S.C. 660(c)(1); 29 C.F.R. 1977.12(b)(2)",
	"url": "https://www.ecfr.gov/current/title-29/part-1977",
	"binding": "law",
	# The regulation predates 1976; the date encoded is that of Whirlpool Corp. v.
	# Marshall, 445 U.S. 1 (26 February 1980), which upheld it: a later date than its own
	# (not found), so the rule is encoded from the latest day it can have been in force.
	"effective_from": "1980-02-26",
	"verification": "secondary",
	"checked_against": [
		_page("https://self-law.org/code/us/cfr/t29/s%C2%A7%201977.12", "Marginalia research copy: 29 C.F.R. 1977.12, text (no general right to walk off the job, (b)(1); protected refusal, (b)(2))"),
		_page("https://stepo.ai/osha/1977/1977.12", "Stepo: elements of a protected refusal to work under 29 C.F.R. 1977.12(b)(2)"),
	],
	"notes": [
		"An employee may refuse to perform an assigned task, without discharge or discrimination, where a reasonable person would conclude that there is a real danger of death or serious injury, there is insufficient time to eliminate it through regular enforcement channels and, where possible, the employer was asked and failed to correct it; the employee need not be paid for the time not worked.",
		"There is no general right to walk off the job because of potentially unsafe conditions (29 C.F.R. 1977.12(b)(1)); s. 502 of the Labor Management Relations Act (29 U.S.C. 143) also protects stopping work in good faith because of abnormally dangerous conditions.",
	],
}

# METADATA
# title: Protective equipment free of charge
sources contains {
	"requirement": "health_safety.free_protective_equipment",
	"value": true,
	"instrument": "OSHA General Industry Standards (29 C.F.R. Part 1910)",
	"article": "29 C.F.R. 1910.132(h)(1)",
	"url": "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-XVII/part-1910/subpart-I/section-1910.132",
	"binding": "law",
	# Final rule "Employer Payment for Personal Protective Equipment", 72 FR 64342 (15 November 2007),
	# effective 13 February 2008 (MHL News); the Federal Register summary was read.
	"effective_from": "2008-02-13",
	"verification": "secondary",
	"checked_against": [
		_page("http://regulations.justia.com/view/94952/", "Federal Register, 72 FR 64341-64430 (15 November 2007), OSHA final rule 'Employer Payment for Personal Protective Equipment' (GPO text, copy): summary, employers must pay for PPE with exceptions"),
		_page("https://70esafety.com/?p=220", "70E Safety: quotes 29 C.F.R. 1910.132(h)(1), PPE used to comply with this part shall be provided by the employer at no cost to employees"),
		_page("https://mhlnews.com/labor-management/article/22046079/protective-equipment-osha-clarifies-employers-duty", "MHL News (2011): the employer payment standard (1910.132(h), 1926.95(d)) became effective on 13 February 2008; exceptions for non-specialty safety-toe footwear, prescription safety eyewear and everyday clothing"),
		_page("https://ehsdailyadvisor.blr.com/2010/11/who-pays-for-which-ppe-getting-a-grip-on-the-quot-employer-pays-quot-rule/", "BLR EHS Daily Advisor: 1910.132(h), employers pay for required PPE and its replacement; not for PPE the employee lost through negligence or damaged intentionally"),
	],
	"notes": [
		"Protective equipment, including personal protective equipment, used to comply with OSHA's general industry standards must be provided by the employer at no cost to employees (1910.132(h)(1), as quoted in the pages read); parallel rules for shipyards, marine terminals, longshoring and construction (for construction 29 C.F.R. 1926.95(d)).",
		"The full text of 1910.132(h) on eCFR was not read in this pass; the rule is checked against the Federal Register summary and secondary pages. Whether the final rule gave employers a later date to implement the payment requirement was not checked.",
	],
	"exceptions": [{"article": "29 C.F.R. 1910.132(h)(2)-(6)", "text": "Non-specialty safety-toe footwear and prescription safety eyewear the employer allows to be worn off the job, everyday and ordinary weather clothing, PPE the employee owns and chooses to use, and replacement of PPE the employee lost or intentionally damaged."}],
}

# METADATA
# title: Worker participation in health and safety (no federal requirement)
sources contains {
	"requirement": "health_safety.worker_participation",
	"entry": "absence",
	"instrument": "Occupational Safety and Health Act of 1970",
	"article": "s. 8(e)-(f), 29 U.S.C. 657(e)-(f)",
	"url": "https://www.law.cornell.edu/uscode/text/29/657",
	"binding": "law",
	"effective_from": "1971-04-28",
	"verification": "secondary",
	"checked_against": [
		_page("https://prod.safety.blr.com/workplace-safety-topics/safety-administration/safety-committees", "BLR Safety: there is no federal OSHA requirement for safety committees; many States require them"),
		_page("https://labor.mo.gov/content/chapter-4", "Missouri Department of Labor, OSHA small-business handbook chapter 4: the Act encourages joint labor-management efforts (29 U.S.C. 651(b)(13)); committees recommended, not required"),
	],
	"notes": [
		"Federal law requires no safety committee or safety representative: OSHA encourages joint labor-management committees but does not require them. Employees may request an inspection (s. 8(f)) and an employee representative may accompany the OSHA inspector (s. 8(e)); rights in enforcement, not participation in the employer's safety management.",
		"Several States require joint safety committees; not encoded. Employer-dominated committees in non-union workplaces may raise issues under NLRA s. 8(a)(2) (Electromation, 1992).",
	],
}

# METADATA
# title: Workplace violence and harassment policy (no federal requirement)
sources contains object.union(_title_vii, {
	"requirement": "harassment.policy",
	"entry": "absence",
	"article": "s. 703(a), 42 U.S.C. 2000e-2(a)",
	"effective_from": "1965-07-02",
	"notes": [
		"Title VII bars harassment because of a protected ground but no federal law requires an employer to adopt an anti-harassment policy. An employer without one may lose the affirmative defence to liability for a supervisor's harassment (Burlington Industries v. Ellerth and Faragher v. City of Boca Raton, 1998).",
		"Several States (e.g. California, New York) require policies or training; not encoded.",
	],
})

_normlex := "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:11200:0::NO::P11200_COUNTRY_ID:102871"

_ilab := [_page("https://www.dol.gov/ilab/diplomacy/PC-ILO-page2.htm", "US DOL ILAB: International Labor Standards and the ILO (the United States has ratified 14 conventions, of the fundamental ones only C105 and C182)")]

_not_ratified := {"status": "not_ratified", "verification": "secondary", "url": _normlex, "checked_against": _ilab}

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: The United States has ratified only C105 and C182 of the fundamental conventions (US DOL ILAB). Ratification dates were not found in a page read and are not encoded.
ratifications := {
	"C29": _not_ratified,
	"P29": _not_ratified,
	"C87": _not_ratified,
	"C98": _not_ratified,
	"C100": _not_ratified,
	"C105": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": _ilab},
	"C111": _not_ratified,
	"C138": _not_ratified,
	"C182": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": _ilab},
	"C155": _not_ratified,
	"C187": _not_ratified,
}
