# METADATA
# title: India national rule pack
# description: |
#   Central law: Child and Adolescent Labour (Prohibition and Regulation) Act 1986 as
#   amended 2016; the Bonded Labour System (Abolition) Act 1976; the four Labour Codes
#   in force from 21 November 2025 (Code on Wages 2019, Industrial Relations Code 2020,
#   Code on Social Security 2020, Occupational Safety, Health and Working Conditions
#   Code 2020), which replaced the Factories Act 1948, the Minimum Wages Act 1948, the
#   Payment of Wages Act 1936, the Equal Remuneration Act 1976 and the Maternity Benefit
#   Act 1961 (of these only the Factories Act and the Maternity Benefit Act's leave rule
#   are encoded); the Sexual Harassment of Women at Workplace Act 2013; the Constitution;
#   ILO ratifications. State law (Shops and Establishments Acts, State amendments of the
#   Factories Act) and the Central and State Rules under the Codes, which fix among
#   other things the daily overtime pay threshold and the overtime and total-hours
#   limits, are not encoded; the weekly overtime pay threshold (48 hours) follows from
#   the Code itself.
#   The Codes were read in the text the Ministry of Labour and Employment publishes
#   (labour.gov.in; url), in a verbatim extraction of those PDFs (checked_against), hence
#   verification "primary". url is otherwise India Code, the official portal of central
#   legislation, or DGFASLI's copy of the Factories Act; pages read are in checked_against.
package hrdd.national.in

# METADATA
# title: Country name
name := "India"

# The four Labour Codes took effect on 21 November 2025 (S.O. 5319(E) to 5322(E)).
_codes_from := "2025-11-21"

_codes_note := "The Labour Codes took effect on 21 November 2025 (S.O. 5319(E) to 5322(E); for the OSH Code S.O. 5321(E), https://labour.gov.in/sites/default/files/e-noti-osh-1.pdf, cited by compliance repositories but not read); Central and State Rules under them were still being notified, so practical operation is transitional."

# Official portal of central legislation.
_india_code := "https://www.indiacode.nic.in/"

# The Codes as published by the Ministry of Labour and Employment (Gazette text).
_osh_url := "https://www.labour.gov.in/static/uploads/2025/07/36fcfa5d8e6b9145e282bf7b950d6c47.pdf"

_wages_url := "https://www.labour.gov.in/static/uploads/2025/06/c328da14bbb15fc4ad571dc33e7a4ab3.pdf"

_css_url := "https://www.labour.gov.in/static/uploads/2025/07/b0620548445580767b5c0d18c95c26f7.pdf"

_irc_url := "https://www.labour.gov.in/static/uploads/2025/07/682a44b5426bff2c1f4943ee1b2fd566.pdf"

# Verbatim text of those PDFs (pypdf extraction, sha256 recorded with the source URL).
_mirror := "https://github.com/netsetostech/agentic-ai-workshop/blob/129cfbdd6467d0d7c26ecf041f781a667db249e4/deploy/evals/corpus"

_osh_text := {"url": concat("/", [_mirror, "acme/osh_code_2020.md"]), "title": "OSH Code 2020 (No. 37 of 2020): verbatim text extracted from the Gazette PDF published on labour.gov.in (retrieved 5 September 2026, sha256 recorded)"}

_wages_text := {"url": concat("/", [_mirror, "zeta/code_on_wages_2019.md"]), "title": "Code on Wages 2019 (No. 29 of 2019): verbatim text extracted from the Gazette PDF published on labour.gov.in (retrieved 5 September 2026, sha256 recorded)"}

_css_text := {"url": concat("/", [_mirror, "acme/code_on_social_security_2020.md"]), "title": "Code on Social Security 2020 (No. 36 of 2020): verbatim text extracted from the Gazette PDF published on labour.gov.in (retrieved 5 September 2026, sha256 recorded)"}

_irc_text := {"url": concat("/", [_mirror, "zeta/industrial_relations_code_2020.md"]), "title": "Industrial Relations Code 2020 (No. 35 of 2020): verbatim text extracted from the Gazette PDF published on labour.gov.in (retrieved 5 September 2026, sha256 recorded)"}

_calpra := {
	"instrument": "Child and Adolescent Labour (Prohibition and Regulation) Act 1986, as amended by Act No. 35 of 2016",
	"binding": "law",
	"url": _india_code,
	# The 2016 amendment came into force on 1 September 2016 (notification of 1.9.2016).
	"effective_from": "2016-09-01",
	"verification": "secondary",
}

_calpra_pages := [
	{"url": "https://mail.citehr.com/showthread.php?p=2320006&s=0f6f8a8b9017b75821efb798a87d0f7d", "title": "CiteHR: notification of 1.9.2016 bringing the Child Labour (Prohibition and Regulation) Amendment Act 2016 into force (children under 14 barred from all occupations, adolescents from hazardous ones)"},
	{"url": "https://business-standard.com/amp/article/news-ians/india-ratifies-two-ilo-conventions-on-child-labour-117061301429_1.html", "title": "Business Standard (IANS), 13 June 2017: the 2016 amendment prohibits work by children below 14 and hazardous work by adolescents (14-18)"},
]

# Factories Act s. 2(m): a "factory" employs 10 or more workers where a
# manufacturing process is carried on with power, 20 or more without power.
_factory_conditions := {
	"workplace_workers_min": 10,
	"text": "Factories only: premises where 10 or more workers are employed in a manufacturing process carried on with the aid of power, or 20 or more without power (Factories Act s. 2(m), not re-checked). Other workplaces were governed by State Shops and Establishments Acts, which are not encoded.",
}

_factories := {
	"instrument": "Factories Act 1948 (Act No. 63 of 1948)",
	"binding": "law",
	"url": _india_code,
	# s. 1(3): in force from 1 April 1949; repealed by the OSH Code.
	"effective_from": "1949-04-01",
	"effective_to": _codes_from,
	"conditions": _factory_conditions,
	"notes": [_fa_note],
}

_fa_note := "Applied to factories only; replaced by the Occupational Safety, Health and Working Conditions Code 2020 on 21 November 2025. State amendments of the Act (several States lengthened daily hours and raised the overtime limits) are not encoded."

# DGFASLI (Ministry of Labour and Employment) publishes the Act as amended by
# the Factories (Amendment) Act 1987; ss. 54 and 65 were read there.
_dgfasli_s65 := "http://dgfasli.nic.in/html/factyact/cvi65.htm"

_fa_s59 := {"url": "https://www.citehr.com/amp.php?t=650657", "title": "CiteHR: Factories Act s. 59 quoted (twice the ordinary rate of wages for work beyond nine hours in any day or forty-eight hours in any week)"}

# OSH Code s. 2(1)(v): an "establishment" is a place where 10 or more workers
# are employed (mines and docks whatever their size).
_osh_conditions := {
	"workplace_workers_min": 10,
	"text": "Establishments where 10 or more workers are employed (OSH Code s. 2(1)(v)); every mine and port where dock work is carried out. Smaller shops and offices remain under State Shops and Establishments Acts, which are not encoded.",
}

_osh := {
	"instrument": "Occupational Safety, Health and Working Conditions Code 2020 (Act No. 37 of 2020)",
	"binding": "law",
	"url": _osh_url,
	"effective_from": _codes_from,
	"verification": "primary",
	"checked_against": [_osh_text],
	"notes": [_codes_note],
}

_osh_rules := "The OSH Code sets no cap on overtime or on total hours: the appropriate Government 'may prescribe the total number of hours of overtime' (s. 27, second proviso) and notifies intervals and spread-over (s. 25(1)(b)). The Central Government is the appropriate Government only for establishments under its authority and for railways, mines, oil fields, major ports, air transport, telecommunications, banks, insurance companies, central public sector undertakings and the like (s. 2(1)(d)(i)); for factories and most other establishments it is the State Government (s. 2(1)(d)(ii)). The OSH (Central) Rules 2026 (G.S.R. 345(E) of 8 May 2026, in force on publication) and the State Rules (several still in draft) were not read, and hrdd has no attribute for the State or the appropriate Government, so no single figure can be encoded."

# METADATA
# title: Minimum age for employment
sources contains object.union(_calpra, {
	"requirement": "child_labour.minimum_age",
	"value": 14,
	"article": "s. 3",
	"checked_against": array.concat(_calpra_pages, [{"url": "https://www.bharatilawhouse.com/product/lexis-nexiss-the-child-and-adolescent-labour-prohibition-and-regulation-act-1986-bare-act-2025-edition/", "title": "Bharati Law House, bare act description: complete ban on employing children under 14, with the family-enterprise and audio-visual entertainment exceptions"}]),
	"notes": ["14 is the age India declared under ILO C138 Art. 2(4) on ratifying in 2017 (ILO Office for India: 'minimum age for employment starting at the age of 14'). Before the 2016 amendment the Act banned child labour only in listed occupations and processes."],
	"exceptions": [
		{
			"article": "s. 3, proviso (a)",
			"text": "A child may help the family or a family enterprise in non-hazardous occupations after school hours or in vacations.",
		},
		{
			"article": "s. 3, proviso (b)",
			"text": "A child may work as an artist in the audio-visual entertainment industry (not circus), subject to conditions and safety measures.",
		},
	],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_calpra, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "s. 3A and Schedule",
	"checked_against": _calpra_pages,
	"notes": ["Adolescents (14-17) may not work in the hazardous occupations and processes of the Schedule (mines, inflammable substances and explosives, hazardous processes)."],
})

# METADATA
# title: Minimum age for night work
sources contains object.union(_calpra, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"article": "s. 7(4)",
	"checked_against": [{"url": "https://www.bharatilawhouse.com/product/lexis-nexiss-the-child-and-adolescent-labour-prohibition-and-regulation-act-1986-bare-act-2025-edition/", "title": "Bharati Law House, bare act description: adolescents may not work between 7 p.m. and 8 a.m. nor work overtime"}],
	"notes": ["No adolescent (14-17) may be permitted or required to work between 7 p.m. and 8 a.m., nor work overtime (s. 7, Part III as amended in 2016 to read 'adolescent' for 'child'); the sub-section numbers were not re-checked."],
})

# METADATA
# title: Workers free to resign (Bonded Labour System (Abolition) Act)
sources contains {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"instrument": "Bonded Labour System (Abolition) Act 1976 (Act No. 19 of 1976)",
	"article": "ss. 2(g), 4",
	"url": _india_code,
	# s. 1(3): deemed to have come into force on 25 October 1975.
	"effective_from": "1975-10-25",
	"binding": "law",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://www.lawgratis.com/bare-acts/the-bonded-labour-system-abolition-act-1976?sequence=2", "title": "LawGratis bare act: ss. 1(3) (deemed in force 25 October 1975) and 2 (definitions, bonded labour system)"},
		{"url": "https://responsiblebiz.org/bonded-labour-system-abolition-act-1976/", "title": "Responsiblebiz: s. 4 quoted (bonded labour system abolished, every bonded labourer freed; no one may compel bonded or other forced labour)"},
	],
	"notes": [
		"The bonded labour system, which includes forfeiting the freedom of employment or the right to move freely in return for an advance (s. 2(g)), is abolished; every bonded labourer is freed of any obligation to render bonded labour, and no person may compel anyone to render bonded labour or other forced labour (s. 4). Agreements and customs requiring bonded labour are void (s. 5) and bonded debts extinguished (s. 6).",
		"The Constitution (Art. 23) prohibits begar and other forced labour. Bonded labour persists in brick kilns, agriculture and textiles (ILO CEACR observations on C29).",
		"From 21 November 2025 debts of inter-State migrant workers left unsettled with the contractor or principal employer at the end of the employment are extinguished (OSH Code s. 65).",
	],
}

# METADATA
# title: Recruitment fees (only contractors of contract labour barred)
sources contains object.union(_osh, {
	"requirement": "forced_labour.no_recruitment_fees",
	"entry": "restriction",
	"value": false,
	"article": "ss. 45, 49",
	"notes": [
		"No general ban on charging workers recruitment fees was found in central law. The OSH Code bars only the contractor from charging contract labour any fee or commission, directly or indirectly (s. 49), in the Part on contract labour, which applies to establishments employing 50 or more contract labour and to manpower supply contractors with 50 or more (s. 45). Employers hiring directly and private placement agencies are not covered.",
		"For overseas placement the Emigration Rules 1983 (r. 25) let registered recruiting agents charge workers a service charge up to a cap (Rs 30,000 from 2017; not re-checked).",
		_codes_note,
	],
})

# METADATA
# title: No retention of identity documents (not encoded)
sources contains object.union(_osh, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"entry": "not_encoded",
	"article": "none found",
	"reason": "No provision barring employers from holding workers' identity documents was found in the OSH Code (ss. 1-92, including the Part on inter-State migrant workers) or the Code on Wages (ss. 1-35); the Bonded Labour System (Abolition) Act reaches retention only as part of a bonded-labour arrangement for an advance (s. 2(g)). Indian HR practitioners disagree on whether keeping original certificates or a passport is lawful and cite no statute (CiteHR discussions). An absence cannot be stated until the Passports Act 1967 (s. 12, offences), the criminal law (Bharatiya Nyaya Sanhita 2023: criminal breach of trust, trafficking) and State law are read.",
})

# METADATA
# title: Regular daily hours (Factories Act)
sources contains object.union(_factories, {
	"requirement": "working_hours.regular_daily_max",
	"value": 9,
	"article": "s. 54",
	"url": "http://www.dgfasli.nic.in/html/factyact/cvi54.htm",
	"verification": "primary",
	"notes": [
		"A real limit: overtime beyond 9 hours a day was lawful only under exemption rules or orders (ss. 64, 65).",
		_fa_note,
	],
})

# METADATA
# title: Regular weekly hours (Factories Act)
sources contains object.union(_factories, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"article": "s. 51",
	"verification": "secondary",
	"checked_against": [{"url": "http://comply4hr.com/showsec.asp?seccode=FA51", "title": "comply4hr: Factories Act s. 51 (no adult worker to be required or allowed to work more than forty-eight hours in any week)"}],
	"notes": [
		"A real limit: no adult worker may be required or allowed to work more than 48 hours in any week (s. 51); longer hours were lawful only under exemption rules or orders (ss. 64, 65).",
		_fa_note,
	],
})

# METADATA
# title: Weekly hours after which overtime pay is due (Factories Act)
sources contains object.union(_factories, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"value": 48,
	"article": "s. 59(1)",
	"verification": "secondary",
	"checked_against": [_fa_s59],
	"notes": [
		"Overtime pay is due for work beyond 9 hours in any day or 48 hours in any week; 48 hours is also the weekly limit of s. 51.",
		_fa_note,
	],
})

# METADATA
# title: Daily hours after which overtime pay is due (Factories Act)
sources contains object.union(_factories, {
	"requirement": "working_hours.overtime_pay_threshold_daily",
	"value": 9,
	"article": "s. 59(1)",
	"verification": "secondary",
	"checked_against": [_fa_s59],
	"notes": [
		"Overtime pay at twice the ordinary rate is due for work beyond 9 hours in any day or 48 hours in any week; 9 hours is also the daily limit of s. 54, which only exemptions (ss. 64, 65) allowed to exceed.",
		_fa_note,
	],
})

# METADATA
# title: Total weekly hours, overtime included (Factories Act)
sources contains object.union(_factories, {
	"requirement": "working_hours.total_weekly_max",
	"value": 60,
	"article": "s. 65(3)(iii); s. 64(4)(iii)",
	"url": _dgfasli_s65,
	# s. 65(3) as substituted by Act 94 of 1976, s. 28, with effect from 26 October 1976.
	"effective_from": "1976-10-26",
	"verification": "primary",
	"notes": [
		"Exemptions from the weekly limit, by exemption rules for particular classes of work (s. 64(2), limits in s. 64(4)) or by order to deal with an exceptional press of work (s. 65(2)), may not raise total hours, overtime included, above 60 in any week.",
		_fa_note,
	],
})

# METADATA
# title: Total daily hours, overtime included (Factories Act)
sources contains object.union(_factories, {
	"requirement": "working_hours.total_daily_max",
	"value": 12,
	"article": "s. 65(3)(i)",
	"url": _dgfasli_s65,
	"effective_from": "1976-10-26",
	"verification": "primary",
	"notes": [
		"The outer limit of the Act: an exemption for an exceptional press of work allows at most 12 hours of work a day (spread-over 13 hours). Exemption rules for particular classes of work under s. 64 allow at most 10 hours a day (s. 64(4)(i), not checked); without an exemption the limit is 9 hours (s. 54).",
		_fa_note,
	],
})

# METADATA
# title: Overtime per year (Factories Act, from the quarterly limit)
sources contains object.union(_factories, {
	"requirement": "working_hours.overtime_yearly_max",
	"value": 300,
	"statute": {
		"value": 75,
		"unit": "hours of overtime per quarter (three months beginning 1 January, 1 April, 1 July or 1 October)",
		"conversion": "x 4 quarters = 300 hours per calendar year; an outer bound only, since no single quarter may exceed 75 hours",
	},
	"article": "s. 65(3)(iv); s. 64(4)(iv)",
	"url": _dgfasli_s65,
	"effective_from": "1976-10-26",
	"verification": "primary",
	"notes": [
		"Under an exemption for an exceptional press of work, overtime may not exceed 75 hours in any quarter, nor be worked for more than seven days at a stretch (s. 65(3)(iv)). Exemption rules for particular classes of work cap overtime at 50 hours a quarter (s. 64(4)(iv), not checked), i.e. 200 hours a year.",
		"The catalogue has no quarterly unit; the monthly cap is not encoded for the same reason.",
		_fa_note,
	],
})

# METADATA
# title: Overtime premium (Factories Act)
sources contains object.union(_factories, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 200,
	"article": "s. 59(1)",
	"verification": "secondary",
	"checked_against": [_fa_s59],
	"notes": [
		"Twice the ordinary rate of wages (basic wages plus allowances, excluding bonus) for work beyond 9 hours a day or 48 hours a week.",
		_fa_note,
	],
})

# METADATA
# title: Weekly rest (Factories Act)
sources contains object.union(_factories, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "s. 52",
	"verification": "secondary",
	"checked_against": [{"url": "https://tr.scribd.com/document/346035398/Overtime-wages-under-Factories-Act", "title": "Overtime wages under the Factories Act (Scribd): s. 52 weekly holidays (no work on the first day of the week unless a whole-day holiday is given on a substituted day)"}],
	"notes": [
		"A weekly holiday (the first day of the week or a substituted day), encoded as 24 hours.",
		_fa_note,
	],
})

# A year of work on a six-day week: 52 weeks x 6 days = 312 days, less public
# and festival holidays and leave, taken as about 288 days worked.
_year_6 := "a full year on a six-day week taken as about 288 days worked (312 days less holidays and leave)"

# METADATA
# title: Annual paid leave (Factories Act)
sources contains object.union(_factories, {
	"requirement": "leave.annual_paid_min_days",
	"value": 12,
	"statute": {
		"value": 14.4,
		"unit": "working days on a six-day week (one day for every 20 days of work in the previous calendar year)",
		"conversion": concat("", [_year_6, ": 288 / 20 = 14.4 days, x 5/6 = 12 working days on a five-day week"]),
	},
	"article": "s. 79(1)(i)",
	# s. 79 as amended by Act 94 of 1976 (w.e.f. 26 October 1976, per the footnotes
	# of the bare act read); the rate may be older and is encoded from that date only.
	"effective_from": "1976-10-26",
	"verification": "secondary",
	"checked_against": [
		{"url": "http://indianlawwatch.com/practice/annual-leave-with-wages-section-79-of-the-factories-act-2/", "title": "Indian Law Watch: Factories Act s. 79 quoted (240 days; one day for every twenty days of work)"},
		{"url": "https://scribd.com/document/426054390/EL-under-Factories-Act-doc", "title": "Factories Act s. 79 with footnotes (substitutions by Act 94 of 1976, w.e.f. 26-10-1976)"},
	],
	"conditions": object.union(_factory_conditions, {"text": concat(" ", [
		_factory_conditions.text,
		"Owed to an adult worker who worked 240 days or more in the factory in the previous calendar year (days of lay-off, up to 12 weeks of maternity leave and leave earned count towards the 240).",
	])}),
	"notes": [
		"One day of leave with wages for every 20 days of work performed in the previous calendar year (one for every 15 for a child); holidays are excluded from the leave.",
		_fa_note,
	],
})

# METADATA
# title: Regular daily hours (OSH Code)
sources contains object.union(_osh, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "s. 25(1)(a)",
	"conditions": _osh_conditions,
	"notes": [
		"No worker may be required or allowed to work more than eight hours in a day; intervals and spread-over are notified by the appropriate Government (s. 25(1)(b)). A real limit: work beyond it is overtime, which a worker may be required to work only with his consent (s. 27, first proviso).",
		_codes_note,
	],
})

# METADATA
# title: Regular weekly hours (OSH Code)
sources contains object.union(_osh, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"article": "ss. 25(1)(a), 26(1)",
	"conditions": _osh_conditions,
	"notes": [
		"Derived: at most 8 hours a day (s. 25(1)(a)) on at most 6 days in any week (s. 26(1)). Longer hours only as overtime with the worker's consent (s. 27).",
		_codes_note,
	],
})

# METADATA
# title: Overtime premium (OSH Code)
sources contains object.union(_osh, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 200,
	"article": "s. 27",
	"conditions": _osh_conditions,
	"notes": [
		"Wages at twice the rate of wages for overtime work, calculated on a daily or weekly basis, whichever is more favourable to the worker.",
		"Where a minimum wage is fixed, the Code on Wages also requires at least twice the normal rate for hours beyond the normal working day fixed by the appropriate Government (Code on Wages ss. 13-14).",
		_codes_note,
	],
})

# METADATA
# title: Overtime is voluntary (OSH Code)
sources contains object.union(_osh, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "s. 27, first proviso",
	"conditions": _osh_conditions,
	"notes": [
		"'A worker shall be required to work overtime by the employer subject to the consent of such worker for such work.'",
		_codes_note,
	],
})

# METADATA
# title: Weekly hours after which overtime pay is due (OSH Code, derived)
sources contains object.union(_osh, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"value": 48,
	"article": "ss. 25(1)(a), 26(1), 27",
	"conditions": _osh_conditions,
	"notes": [
		"Derived from the Code: overtime is paid at twice the rate of wages for work beyond the hours 'in any day or in any week' prescribed by the appropriate Government, counted on a daily or weekly basis, whichever is more favourable to the worker (s. 27). No worker may work more than eight hours in a day (s. 25(1)(a)) or more than six days in a week (s. 26(1)), so hours beyond 48 in a week exceed one of those limits and can lawfully be worked only as overtime, with the worker's consent (s. 27, first proviso), at twice the rate. Compliance checklists of the OSH (Central) Rules 2026 published on GitHub (G.S.R. 345(E), rr. 64 and 69; the Rules were not read) likewise give 48 hours a week.",
		"Not covered: workers exempted from the six-day rule by notification, who get compensatory holidays instead (s. 26(2)-(3)); motor transport workers, who may work up to ten days in a row (s. 26(1), proviso); working journalists (at most 144 hours in four weeks, s. 25(2)).",
		"Where a minimum wage is fixed, the Code on Wages also requires at least twice the normal rate for hours beyond the normal working day fixed by the appropriate Government (Code on Wages ss. 13(1)(a), 14).",
		_codes_note,
	],
})

# METADATA
# title: Daily hours after which overtime pay is due (OSH Code, not encoded)
sources contains object.union(_osh, {
	"requirement": "working_hours.overtime_pay_threshold_daily",
	"entry": "not_encoded",
	"article": "ss. 25(1)(a), 27",
	"reason": "The Code leaves the daily hours after which overtime is paid to the Rules ('such hours of work in any day ... as may be prescribed by the appropriate Government', s. 27). Its 8-hour daily limit (s. 25(1)(a)) is encoded as working_hours.regular_daily_max, but the Rules may not count every hour beyond it as overtime: compliance checklists of the OSH (Central) Rules 2026 published on GitHub (G.S.R. 345(E), rr. 64 and 69; not read) give the daily basis (8 hours) for daily-rated workers only and 48 hours a week for others, and the normal working day of the Code on Wages (ss. 13(1)(a), 14) is fixed by each Government's wage rules. Not encoded until the Central and State Rules are read.",
	"notes": [
		"The Factories Act threshold (9 hours a day, s. 59(1)) ended on 21 November 2025.",
		_codes_note,
	],
})

# METADATA
# title: Overtime and total-hours limits (OSH Code, not encoded)
sources contains object.union(_osh, {
	"requirement": requirement,
	"entry": "not_encoded",
	"article": "ss. 2(1)(d), 25(1)(b), 27",
	"reason": _osh_rules,
	"notes": [
		"s. 27: 'the appropriate Government may prescribe the total number of hours of overtime'. The Factories Act limits (60 hours a week and 75 hours of overtime a quarter at most under an exemption, s. 65(3)) ended on 21 November 2025.",
		"For occupational safety, health and working conditions in a factory, the appropriate Government is the State Government where the factory is situated (s. 2(1)(d), Explanation).",
		_codes_note,
	],
}) if some requirement in {
	"working_hours.total_daily_max", "working_hours.total_weekly_max",
	"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max",
	"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
}

# METADATA
# title: Weekly rest (OSH Code)
sources contains object.union(_osh, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "ss. 26(1), 28",
	"conditions": _osh_conditions,
	"notes": [
		"No worker may be allowed to work in an establishment for more than six days in any one week (s. 26(1)), so one day of rest, encoded as 24 hours; for a shift extending beyond midnight the weekly holiday is 24 consecutive hours from the end of the shift (s. 28). The Government may exempt workers, with compensatory holidays (s. 26(2)-(3)).",
		_codes_note,
	],
})

# METADATA
# title: Annual paid leave (OSH Code)
sources contains object.union(_osh, {
	"requirement": "leave.annual_paid_min_days",
	"value": 12,
	"statute": {
		"value": 14.4,
		"unit": "working days on a six-day week (one day for every 20 days of work in the calendar year)",
		"conversion": concat("", [_year_6, ": 288 / 20 = 14.4 days, x 5/6 = 12 working days on a five-day week"]),
	},
	"article": "s. 32(1)",
	"conditions": object.union(_osh_conditions, {"text": concat(" ", [
		_osh_conditions.text,
		"Owed to a worker who worked 180 days or more in the calendar year (days of lay-off, maternity leave and annual leave count towards the 180).",
	])}),
	"notes": [
		"One day of leave with wages for every 20 days of work (one for every 15 for adolescents and workers below ground in mines); up to 30 days may be carried forward, and leave beyond that may be encashed.",
		_codes_note,
	],
})

# METADATA
# title: Right to remove oneself from danger (none, only a right to warn)
sources contains object.union(_osh, {
	"requirement": "health_safety.right_to_remove_from_danger",
	"entry": "absence",
	"article": "ss. 14, 89",
	"notes": [
		"The Code gives no right to stop work or leave a dangerous workplace. An employee who reasonably apprehends imminent serious injury, death or danger to health may bring it to the employer's notice and simultaneously the Inspector-cum-Facilitator's; the employer must take immediate remedial action or refer the matter to the Inspector-cum-Facilitator, whose decision is final (s. 14(2)-(4)). Workers in factories with a hazardous process have the same right to warn (s. 89, formerly Factories Act s. 41H).",
		_codes_note,
	],
})

# METADATA
# title: Protective equipment free of charge (OSH Code)
sources contains object.union(_osh, {
	"requirement": "health_safety.free_protective_equipment",
	"value": true,
	"article": "s. 6(1)(g)",
	"conditions": _osh_conditions,
	"notes": [
		"Every employer must 'ensure that no charge is levied on any employee, in respect of anything done or provided for maintenance of safety and health at workplace including conduct of medical examination'. Protective equipment for dangerous operations is prescribed by Rules (s. 82(d)).",
		_codes_note,
	],
})

# METADATA
# title: Worker participation in health and safety (only where the Government orders a committee)
sources contains object.union(_osh, {
	"requirement": "health_safety.worker_participation",
	"entry": "restriction",
	"value": false,
	"article": "s. 22(1)",
	"notes": [
		"A Safety Committee of employers' and workers' representatives, with at least as many workers' as employer's representatives, is required only where the appropriate Government so orders for an establishment or class of establishments (s. 22(1)); the Rules that do so are not encoded. Factories of 500 or more workers (250 with a hazardous process), construction work of 250 or more and mines of 100 or more must appoint safety officers (s. 22(2)).",
		"Every employee may obtain health and safety information from the employer and make representations through a Safety Committee member or to the Inspector-cum-Facilitator (s. 14(1)).",
		_codes_note,
	],
})

# METADATA
# title: Maternity leave (Maternity Benefit Act)
sources contains {
	"requirement": "maternity.leave_min_weeks",
	"value": 26,
	"instrument": "Maternity Benefit Act 1961, as amended by the Maternity Benefit (Amendment) Act 2017",
	"article": "s. 5(3)",
	"url": _india_code,
	# The 2017 amendment (12 to 26 weeks) came into force on 1 April 2017.
	"effective_from": "2017-04-01",
	"effective_to": _codes_from,
	"binding": "law",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://azbpartners.com/bank/maternity-benefits-amendment-act-2017", "title": "AZB & Partners, 1 April 2017: the Amendment Act brought into force on 1 April 2017 (creche from 1 July 2017); 26 weeks, 12 weeks with two or more surviving children"},
		{"url": "http://www.mondaq.com/india/x/582670/Employee+Benefits+Compensation/Maternity+Benefit+Amendment+Act+2017+Is+Effective+From+1+April+2017", "title": "Khaitan & Co (Mondaq): notification of 31 March 2017, in force 1 April 2017; up to 8 weeks before delivery; factories, mines and shops or establishments with 10 or more employees"},
	],
	"conditions": {"text": "Every factory, mine and plantation, and every shop or establishment employing 10 or more persons (s. 2(1)); not where the Employees' State Insurance Act applies. Owed to a woman who actually worked at least 80 days for the employer in the 12 months before the expected delivery (s. 5(2) as amended in 2008; the 80 days were not re-checked in the amended text)."},
	"notes": ["26 weeks, no more than 8 before delivery; 12 weeks for a woman with two or more surviving children. Replaced by the Code on Social Security on 21 November 2025."],
}

_css := {
	"instrument": "Code on Social Security 2020 (Act No. 36 of 2020)",
	"binding": "law",
	"url": _css_url,
	"effective_from": _codes_from,
	"verification": "primary",
	"checked_against": [_css_text],
}

_css_conditions := {"text": "Chapter VI (maternity benefit) applies, as the Maternity Benefit Act did, to factories, mines and plantations and to shops and establishments employing 10 or more persons (First Schedule; threshold from the Maternity Benefit Act, not checked in the Code's text). The benefit is owed to a woman who actually worked at least 80 days for the employer in the 12 months before the expected delivery (s. 60(2)); not expressible in months of service."}

# METADATA
# title: Maternity leave (Code on Social Security)
sources contains object.union(_css, {
	"requirement": "maternity.leave_min_weeks",
	"value": 26,
	"article": "s. 60(3)",
	"conditions": _css_conditions,
	"notes": [
		"26 weeks, no more than 8 before the expected delivery; 12 weeks (6 before) for a woman with two or more surviving children; 12 weeks for an adopting or commissioning mother (s. 60(4)).",
		_codes_note,
	],
})

# METADATA
# title: Compulsory leave after childbirth (Code on Social Security)
sources contains object.union(_css, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"value": 6,
	"article": "s. 59(1)-(2)",
	"conditions": _css_conditions,
	"notes": [
		"No employer may knowingly employ a woman, and no woman may work, in any establishment during the six weeks immediately following her delivery, miscarriage or medical termination of pregnancy; the same rule was in Maternity Benefit Act s. 4 (not encoded: its commencement differed by State).",
		_codes_note,
	],
})

# METADATA
# title: Maternity cash benefit (Code on Social Security)
sources contains object.union(_css, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"article": "s. 60(1)",
	"conditions": _css_conditions,
	"notes": [
		"Paid by the employer at the rate of the average daily wage (average of the three calendar months before the absence, not below the minimum wage under the Code on Wages) for the period of actual absence.",
		"The identical rule of Maternity Benefit Act s. 5(1) before 21 November 2025 is not encoded because its commencement date could not be confirmed.",
		_codes_note,
	],
})

# METADATA
# title: Pregnancy testing of job applicants (no rule)
sources contains object.union(_css, {
	"requirement": "maternity.no_pregnancy_testing",
	"entry": "absence",
	"article": "Chapter VI (ss. 59-72)",
	"verification": "secondary",
	"checked_against": [
		_css_text,
		{"url": "https://valleyvisionnews.com/pregnancy-is-still-a-barrier-in-accessing-employment-valley-vision", "title": "Valley Vision, 'Pregnancy is still a barrier in accessing employment' (opinion on Sonu Rajput v. Union of India, Delhi High Court): 'The legislature has failed to take cognisance of the discrimination faced by pregnant persons during employment and provide a remedy for it'"},
		{"url": "https://www.internationalemploymentlawyer.com/news/indias-bias-against-pregnant-women-under-spotlight", "title": "International Employment Lawyer: a High Court held it illegal to refuse a woman a nursing post at B.D. Pandey Hospital, Nainital, because of her pregnancy"},
	],
	"notes": [
		"No statute bars employers from requiring a pregnancy test of job applicants. Chapter VI of the Code on Social Security (maternity benefit, read) protects women once employed and says nothing on recruitment; the Code on Wages bars discrimination 'on the ground of sex while recruiting any employee for the same work or work of similar nature' (s. 3(2)(ii)) without mentioning pregnancy, and no ruling applying it to pregnancy tests was found. State law was not checked.",
		"High Courts have held refusals of public employment because of pregnancy unlawful (e.g. a nursing post at a hospital in Nainital), under the equality rights of the Constitution (Arts. 14-16), which bind the State, not private employers.",
		_codes_note,
	],
})

_wages := {
	"instrument": "Code on Wages 2019 (Act No. 29 of 2019)",
	"binding": "law",
	"url": _wages_url,
	"effective_from": _codes_from,
	"verification": "primary",
	"checked_against": [_wages_text],
}

# METADATA
# title: Statutory minimum wage paid (Code on Wages)
sources contains object.union(_wages, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "ss. 5, 6, 9",
	"notes": [
		"No employer may pay any employee less than the minimum rate of wages notified by the appropriate Government (s. 5); rates are fixed by the Central and State Governments (s. 6) and may not be below the floor wage fixed by the Central Government (s. 9).",
		_codes_note,
	],
})

# METADATA
# title: Living wage (no obligation on employers)
sources contains {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"instrument": "Constitution of India",
	"article": "Arts. 37, 43",
	"url": _india_code,
	"effective_from": "1950-01-26",
	"binding": "law",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://ajinkyainnovations.com/tag/constitution-article-43", "title": "Constitution Art. 43 quoted: the State shall endeavour to secure to all workers a living wage"},
		{"url": "https://www.slideshare.net/slideshow/directive-principles-of-state-policy-229137751/229137751", "title": "Directive Principles of State Policy: Art. 37 quoted (provisions of Part IV shall not be enforced by any court)"},
	],
	"notes": ["Art. 43 directs the State to endeavour to secure a living wage for all workers, but as a Directive Principle it is not enforceable by any court (Art. 37); no statute obliges employers to pay more than the minimum wage of the Code on Wages."],
}

# METADATA
# title: Wages paid regularly (Code on Wages)
sources contains object.union(_wages, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "ss. 16, 17",
	"notes": [
		"The wage period may not exceed a month (s. 16). Wages are due at the end of the shift (daily), on the last working day of the week (weekly), before the end of the second day after the fortnight (fortnightly) or before the expiry of the seventh day of the following month (monthly); within two working days of removal, dismissal, retrenchment or resignation (s. 17).",
		_codes_note,
	],
})

# METADATA
# title: Deductions only as the Code authorises (Code on Wages)
sources contains object.union(_wages, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "s. 18(1)-(3)",
	"notes": [
		"Notwithstanding any other law, no deductions may be made from wages except those the Code authorises (s. 18(1)), for the purposes listed in s. 18(2) (fines, absence, damage or loss, housing, amenities and services, advances and loans, taxes, social security, co-operative societies, union dues with written authorisation and others), together at most 50 % of the wages of a wage period (s. 18(3)). Any payment by an employee to the employer or his agent counts as a deduction (s. 18(1), Explanation (a)).",
		_codes_note,
	],
})

# METADATA
# title: Disciplinary deductions (fines allowed by the Code on Wages)
sources contains object.union(_wages, {
	"requirement": "wages.no_disciplinary_deductions",
	"entry": "restriction",
	"value": false,
	"article": "s. 19",
	"notes": [
		"Fines may be deducted for acts and omissions specified in a notice approved by the Government, after a chance to show cause, up to 3 % of the wages of the wage period; none on employees under 15, none by instalments or after 90 days (s. 19).",
		_codes_note,
	],
})

# METADATA
# title: No deductions for obtaining employment (Code on Wages)
sources contains object.union(_wages, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"value": true,
	"article": "s. 18(1)-(2)",
	"notes": [
		"Derived: deductions are allowed only for the purposes listed in s. 18(2), none of which is a payment for getting or keeping a job, and any payment by the employee to the employer or his agent is deemed a deduction (s. 18(1), Explanation (a)).",
		_codes_note,
	],
})

# METADATA
# title: Prohibited grounds of discrimination (Code on Wages)
sources contains object.union(_wages, {
	"requirement": "non_discrimination.grounds",
	"value": ["sex"],
	"article": "s. 3",
	"notes": [
		"No discrimination on the ground of gender in wages for the same work or work of a similar nature (s. 3(1)), and none on the ground of sex in recruitment for such work and in conditions of employment (s. 3(2)(ii)); mapped to sex.",
		"Not encoded: constitutional equality rights (Arts. 14-16) bind the State, not private employers; the Rights of Persons with Disabilities Act 2016 and the Transgender Persons (Protection of Rights) Act 2019 have their own scope. There is no general ban on caste or religious discrimination by private employers.",
		_codes_note,
	],
})

# METADATA
# title: Equal pay only for the same or similar work (Code on Wages)
sources contains object.union(_wages, {
	"requirement": "equal_pay.equal_value",
	"entry": "restriction",
	"value": false,
	"article": "s. 3(1)",
	"notes": [
		"No gender discrimination in wages by the same employer 'in respect of the same work or work of a similar nature' (s. 3(1); defined by equal skill, effort, experience and responsibility, s. 2(v)), as under the Equal Remuneration Act 1976 before: narrower than equal pay for work of equal value (ILO C100, which India ratified).",
		_codes_note,
	],
})

# METADATA
# title: Right to organise
sources contains {
	"requirement": "freedom_of_association.right_to_organise",
	"value": true,
	"instrument": "Constitution of India",
	"article": "Art. 19(1)(c)",
	"url": _india_code,
	"effective_from": "1950-01-26",
	"binding": "law",
	"verification": "secondary",
	"checked_against": [{"url": "https://keralapsc.monsoonmalabar.com/2020/01/23/T-21-01-43-kerala-psc-india-year-book-page-0008.html", "title": "India Year Book extract: fundamental right to freedom of association or union (Arts. 12-35)"}],
	"notes": [
		"Fundamental right of citizens to form associations or unions, subject to reasonable restrictions (Art. 19(4)); trade unions are registered under the Industrial Relations Code 2020 (formerly the Trade Unions Act 1926).",
		"India has not ratified C87 or C98. From 21 November 2025 strikes in any industrial establishment need notice (Industrial Relations Code s. 62, not checked).",
	],
}

# METADATA
# title: Collective bargaining (Industrial Relations Code)
sources contains {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"instrument": "Industrial Relations Code 2020 (Act No. 35 of 2020)",
	"article": "s. 14",
	"url": _irc_url,
	"effective_from": _codes_from,
	"binding": "law",
	"verification": "primary",
	"checked_against": [_irc_text],
	"notes": [
		"An industrial establishment with a registered trade union must have a negotiating union or negotiating council for negotiating with the employer (s. 14(1)): a sole union is recognised as sole negotiating union; among several, the union with 51 % or more of the workers on the muster roll; otherwise a council of unions with at least 20 % each (s. 14(2)-(4)). Recognition lasts three to five years (s. 14(6)). The matters to be negotiated are prescribed by Rules (not encoded).",
		_codes_note,
	],
}

# METADATA
# title: Workplace sexual harassment policy
sources contains {
	"requirement": "harassment.policy",
	"value": true,
	"instrument": "Sexual Harassment of Women at Workplace (Prevention, Prohibition and Redressal) Act 2013 (Act No. 14 of 2013)",
	"article": "ss. 4, 19",
	"url": _india_code,
	"effective_from": "2013-12-09",
	"binding": "law",
	"verification": "secondary",
	"checked_against": [
		{"url": "http://cohereconsultants.com/the-law.html", "title": "Cohere Consultants: the Act came into force on 9 December 2013 with its Rules; employers must constitute internal committees and educate employees"},
		{"url": "https://zbook.org/read/a5de77_sexual-harrassment-of-women-act-and-rules-2013-pdf.html", "title": "Gazette scan: S.O. 3606(E) of 9 December 2013 appointing 9 December 2013 as the date the Act comes into force"},
		{"url": "https://www.normsmanagement.com/blog/?p=102", "title": "Norms Management: duties of employer under the Act (safe environment, display of penal consequences, workshops, Internal Complaints Committee)"},
	],
	"notes": ["Every employer must constitute an Internal Committee (s. 4; workplaces with fewer than 10 workers are served by the district Local Committee, not checked) and must provide a safe working environment, display the consequences of sexual harassment and run awareness programmes (s. 19). Covers sexual harassment of women only."],
}

_normlex := "https://normlex.ilo.org/"

_c29_ceacr := "http://ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2698130%2C102691"

_ilo_list_2011 := {"url": "https://indialabourstudies.blogspot.com/2011/10/ilo-ratifications-india.html", "title": "India Labour Studies: extract of the ILO database of 31 October 2011 listing the 41 conventions India had ratified (C29 on 30 November 1954; fundamentals C29, C100, C105, C111)"}

_rat_2017 := [
	{"url": "https://www.thehindubusinessline.com/economy/policy/india-ratifies-two-key-ilo-conventions-on-child-labour/article9726319.ece", "title": "The Hindu BusinessLine: India deposits its ratifications of C138 and C182 with the ILO (13 June 2017)"},
	{"url": "https://www.twn.my/title2/unsd/2017/unsd170606.htm", "title": "Third World Network, 16 June 2017: instruments of ratification of C138 and C182 deposited on Tuesday 13 June 2017"},
]

_six_of_eight := {"url": "http://pldindia.org/bi-monthly-legal-news/india-ratifies-key-ilo-conventions-to-end-child-labour/", "title": "PLD India: with C138 and C182 India has ratified six of the eight core conventions (all but C87 and C98)"}

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: After June 2017 India had ratified six of the eight original fundamentals (all but C87 and C98). P29, C155 and C187 are not ratified as far as the sources read show (absence from lists), hence unverified.
ratifications := {
	"C29": {"status": "ratified", "date": "1954-11-30", "verification": "secondary", "url": _c29_ceacr, "checked_against": [_ilo_list_2011]},
	"P29": {
		"status": "not_ratified", "verification": "unverified", "url": _normlex,
		"checked_against": [{"url": "https://www.business-standard.com/amp/article/pti-stories/cabinet-approves-ilo-protocol-to-deal-with-forced-labour-115042201302_1.html", "title": "Business Standard (PTI), 22 April 2015: Cabinet approves placing the Protocol before Parliament (not a ratification)"}],
		"notes": ["Unverified: no source read states India's current status; the Cabinet only placed the Protocol before Parliament in 2015."],
	},
	"C87": {"status": "not_ratified", "verification": "secondary", "url": _normlex, "checked_against": [_six_of_eight]},
	"C98": {"status": "not_ratified", "verification": "secondary", "url": _normlex, "checked_against": [_six_of_eight]},
	"C100": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": [_ilo_list_2011]},
	"C105": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": [_ilo_list_2011]},
	"C111": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": [_ilo_list_2011]},
	"C138": {
		"status": "ratified",
		"date": "2017-06-13",
		"declared_minimum_age": 14,
		"verification": "secondary",
		"url": _normlex,
		"checked_against": array.concat(_rat_2017, [{"url": "https://indianet.nl/170406e.html", "title": "ICN, 6 April 2017, quoting the ILO Office for India: 'minimum age for employment starting at the age of 14'"}]),
	},
	"C182": {"status": "ratified", "date": "2017-06-13", "verification": "secondary", "url": _normlex, "checked_against": _rat_2017},
	"C155": {"status": "not_ratified", "verification": "unverified", "url": _normlex, "checked_against": [_ilo_list_2011], "notes": ["Unverified: inferred from its absence from the 2011 list of ratified conventions."]},
	"C187": {"status": "not_ratified", "verification": "unverified", "url": _normlex, "checked_against": [_ilo_list_2011], "notes": ["Unverified: inferred from its absence from the 2011 list of ratified conventions."]},
}
