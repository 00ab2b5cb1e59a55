# METADATA
# title: United States national rule pack (federal law only)
# description: |
#   Fair Labor Standards Act, Family and Medical Leave Act, National Labor Relations
#   Act, Title VII of the Civil Rights Act, ADEA, ADA, GINA, OSHA standards and the
#   Thirteenth Amendment, with the two fundamental ILO conventions the United States
#   has ratified. State law is often more protective and is not covered.
#   Federal law sets no daily hours limit, no cap on total hours for adults, no
#   weekly rest day, no paid annual leave and no paid maternity leave.
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
}

# METADATA
# title: Minimum age for employment
sources contains object.union(_flsa, {
	"requirement": "child_labour.minimum_age",
	"value": 16,
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
	"article": "s. 3(l), 29 U.S.C. 203(l); 29 C.F.R. 570.120, Subpart E",
	"url": "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-V/subchapter-A/part-570/subpart-E",
	"notes": ["18 for the 17 non-agricultural Hazardous Occupations Orders (29 C.F.R. 570.50-570.68)."],
	"exceptions": [{"article": "29 U.S.C. 213(c)(2); 29 C.F.R. 570.71", "value": 16, "text": "Agriculture: hazardous farm occupations are barred only below 16; none on farms owned or operated by the parents."}],
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
	"notes": [
		"Neither slavery nor involuntary servitude may exist, except as a punishment for crime: compulsory prison labour is permitted.",
		"Forced labour is a federal crime (18 U.S.C. 1589); imports made with forced labour are barred (19 U.S.C. 1307).",
	],
}

# METADATA
# title: Maximum regular hours per week (overtime threshold)
sources contains object.union(_flsa, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 40,
	"article": "s. 7(a)(1), 29 U.S.C. 207(a)(1); 29 C.F.R. 778.101",
	"url": "https://www.law.cornell.edu/uscode/text/29/207",
	# The threshold fell from 44 (1938) and 42 (1939) to 40 hours on 24 October 1940.
	"effective_from": "1940-10-24",
	"notes": [
		"40 hours is the maximum of non-overtime hours (29 C.F.R. 778.101): every hour beyond 40 in a workweek is overtime payable at 1.5 times the regular rate. It is not a limit on hours: the FLSA caps neither daily nor weekly hours of workers aged 16 or over.",
		"Executive, administrative, professional and other exempt employees (29 U.S.C. 213) are not covered.",
	],
})

# METADATA
# title: Minimum overtime pay rate
sources contains object.union(_flsa, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 150,
	"article": "s. 7(a)(1), 29 U.S.C. 207(a)(1)",
	"url": "https://www.law.cornell.edu/uscode/text/29/207",
	"notes": ["At least one and one-half times the regular rate for hours over 40 in a workweek; exempt employees (29 U.S.C. 213) excluded."],
})

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_flsa, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "s. 6(a), 29 U.S.C. 206(a)",
	"url": "https://www.law.cornell.edu/uscode/text/29/206",
	"notes": ["Federal minimum wage USD 7.25 an hour since 24 July 2009; many States set higher rates."],
})

# METADATA
# title: Minimum maternity leave (FMLA, unpaid)
sources contains {
	"requirement": "maternity.leave_min_weeks",
	"value": 12,
	"instrument": "Family and Medical Leave Act of 1993",
	"article": "29 U.S.C. 2612(a)(1)(A)",
	"url": "https://www.law.cornell.edu/uscode/text/29/2612",
	"binding": "law",
	"effective_from": "1993-08-05",
	"verification": "secondary",
	"notes": [
		"12 workweeks of unpaid, job-protected leave in a 12-month period for the birth of a child; there is no federal paid maternity leave and no federal maternity cash benefit.",
		"Only eligible employees: employer with 50 or more employees within 75 miles of the worksite, 12 months' service and 1,250 hours in the previous 12 months (29 U.S.C. 2611(2), (4)).",
	],
}

_title_vii := {
	"instrument": "Civil Rights Act of 1964, Title VII",
	"url": "https://www.law.cornell.edu/uscode/text/42/2000e-2",
	"binding": "law",
	"verification": "secondary",
}

# METADATA
# title: Prohibited grounds of discrimination (Title VII)
sources contains object.union(_title_vii, {
	"requirement": "non_discrimination.grounds",
	"value": ["race", "colour", "religion", "sex", "national_extraction"],
	"article": "s. 703(a), 42 U.S.C. 2000e-2(a)",
	"effective_from": "1965-07-02",
	"notes": [
		"Mapping: national origin -> national_extraction. Employers with 15 or more employees (42 U.S.C. 2000e(b)).",
		"Sex includes sexual orientation and gender identity under Bostock v. Clayton County (2020); encoded only as the statute's word, sex.",
	],
})

# METADATA
# title: Prohibited grounds of discrimination (Pregnancy Discrimination Act)
sources contains object.union(_title_vii, {
	"requirement": "non_discrimination.grounds",
	"value": ["pregnancy"],
	"article": "s. 701(k), 42 U.S.C. 2000e(k)",
	"url": "https://www.law.cornell.edu/uscode/text/42/2000e",
	"effective_from": "1978-10-31",
	"notes": ["Sex includes pregnancy, childbirth and related medical conditions (Pregnancy Discrimination Act of 1978)."],
})

# METADATA
# title: Prohibited grounds of discrimination (ADEA)
sources contains {
	"requirement": "non_discrimination.grounds",
	"value": ["age"],
	"instrument": "Age Discrimination in Employment Act of 1967",
	"article": "29 U.S.C. 623(a), 631(a)",
	"url": "https://www.law.cornell.edu/uscode/text/29/623",
	"binding": "law",
	"effective_from": "1968-06-12",
	"verification": "secondary",
	"notes": ["Protects persons aged 40 or over only; employers with 20 or more employees."],
}

# METADATA
# title: Prohibited grounds of discrimination (ADA)
sources contains {
	"requirement": "non_discrimination.grounds",
	"value": ["disability"],
	"instrument": "Americans with Disabilities Act of 1990, Title I",
	"article": "42 U.S.C. 12112(a)",
	"url": "https://www.law.cornell.edu/uscode/text/42/12112",
	"binding": "law",
	"effective_from": "1992-07-26",
	"verification": "secondary",
	"notes": ["Employers with 25 or more employees from 26 July 1992, 15 or more from 26 July 1994."],
}

# METADATA
# title: Prohibited grounds of discrimination (GINA)
sources contains {
	"requirement": "non_discrimination.grounds",
	"value": ["genetic_information"],
	"instrument": "Genetic Information Nondiscrimination Act of 2008, Title II",
	"article": "42 U.S.C. 2000ff-1(a)",
	"url": "https://www.law.cornell.edu/uscode/text/42/2000ff-1",
	"binding": "law",
	"effective_from": "2009-11-21",
	"verification": "secondary",
	"notes": ["Employers with 15 or more employees."],
}

_nlra := {
	"instrument": "National Labor Relations Act (29 U.S.C. 151 ff.)",
	"binding": "law",
	"effective_from": "1935-07-05",
	"verification": "secondary",
}

_nlra_scope := "The NLRA excludes agricultural labourers, domestic workers, supervisors, independent contractors, railway and airline workers (Railway Labor Act) and all public-sector employees (s. 2(2)-(3)); federal employees may not strike."

# METADATA
# title: Prohibited grounds of discrimination (NLRA)
sources contains object.union(_nlra, {
	"requirement": "non_discrimination.grounds",
	"value": ["union_membership"],
	"article": "s. 8(a)(3), 29 U.S.C. 158(a)(3)",
	"url": "https://www.law.cornell.edu/uscode/text/29/158",
	"notes": ["Discrimination in hire, tenure or any term of employment to encourage or discourage membership in a labour organisation is an unfair labor practice.", _nlra_scope],
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
# title: Protective equipment free of charge
sources contains {
	"requirement": "health_safety.free_protective_equipment",
	"value": true,
	"instrument": "OSHA General Industry Standards (29 C.F.R. Part 1910)",
	"article": "29 C.F.R. 1910.132(h)(1)",
	"url": "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-XVII/part-1910/subpart-I/section-1910.132",
	"binding": "law",
	"effective_from": "2008-02-13",
	"verification": "secondary",
	"notes": ["Protective equipment required by OSHA standards must be provided at no cost to employees (final rule 72 FR 64342, effective 13 February 2008); parallel rules for shipyards, marine terminals, longshoring and construction."],
	"exceptions": [{"article": "29 C.F.R. 1910.132(h)(2)-(6)", "text": "Non-specialty safety-toe footwear and prescription safety eyewear worn off the job, everyday and weather clothing, and replacement of PPE the employee lost or damaged."}],
}

_ilab := "https://www.dol.gov/ilab/diplomacy/PC-ILO-page2.htm"

_not_ratified := {"status": "not_ratified", "verification": "secondary", "url": _ilab}

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: The United States has ratified only C105 and C182 of the fundamental conventions (US DOL ILAB).
ratifications := {
	"C29": _not_ratified,
	"P29": _not_ratified,
	"C87": _not_ratified,
	"C98": _not_ratified,
	"C100": _not_ratified,
	"C105": {"status": "ratified", "verification": "secondary", "url": _ilab},
	"C111": _not_ratified,
	"C138": _not_ratified,
	"C182": {"status": "ratified", "verification": "secondary", "url": _ilab},
	"C155": _not_ratified,
	"C187": _not_ratified,
}
