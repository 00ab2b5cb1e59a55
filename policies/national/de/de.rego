# METADATA
# title: Germany national rule pack
# description: |
#   Jugendarbeitsschutzgesetz, Arbeitszeitgesetz, Bundesurlaubsgesetz,
#   Mutterschutzgesetz, Mindestlohngesetz, Allgemeines Gleichbehandlungsgesetz,
#   Entgelttransparenzgesetz, Arbeitsschutzgesetz, Betriebsverfassungsgesetz and the
#   Grundgesetz, with Germany's ratifications of the fundamental ILO conventions.
#   Statute texts were read in the bundestag/gesetze mirror of gesetze-im-internet.de.
package hrdd.national.de

# METADATA
# title: Country name
name := "Germany"

_gii := "https://www.gesetze-im-internet.de"

_jarbschg := {
	"instrument": "Jugendarbeitsschutzgesetz (JArbSchG)",
	"url": concat("", [_gii, "/jarbschg_1976/"]),
	"binding": "law",
}

# METADATA
# title: Minimum age for employment
sources contains object.union(_jarbschg, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "§§ 2(1), 2(3), 5(1)",
	# The child age of 15 (14 in the 1976 text) came with the Second Act amending the JArbSchG of 24 February 1997.
	"effective_from": "1997-03-01",
	"verification": "primary",
	"notes": [
		"Employment of children (under 15) is prohibited; young persons still in full-time compulsory schooling are treated as children (§ 2(3)).",
		"Effective date of the 1997 amendment raising the age from 14 to 15 from secondary knowledge, not checked.",
	],
	"exceptions": [
		{"article": "§ 5(3)", "value": 13, "text": "Children over 13 may do light work suitable for children with parental consent, at most 2 hours a day (3 on family farms), not between 18:00 and 08:00 nor before or during school."},
		{"article": "§ 5(4)", "text": "Young persons in full-time schooling may work up to four weeks a year during school holidays."},
		{"article": "§ 6", "text": "The supervisory authority may authorise children over 3 to take part in performances, broadcasts and recordings."},
	],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_jarbschg, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "§§ 22(1), 24(1)",
	# The JArbSchG of 12 April 1976 came into force on 1 May 1976.
	"effective_from": "1976-05-01",
	"verification": "primary",
	"notes": ["Young persons (15-17) may not do work beyond their capacity, with accident risks they cannot recognise, exposure to heat, cold, noise, vibration, radiation, hazardous substances or biological agents (§ 22(1)), nor work underground (§ 24(1))."],
	"exceptions": [
		{"article": "§ 22(2)", "value": 15, "text": "§ 22(1) nos. 3-7 do not apply where needed to reach a training objective, under the supervision of a competent person and below exposure limits."},
		{"article": "§ 24(2)", "value": 16, "text": "Underground work from 16 where needed for training, under supervision."},
	],
})

# METADATA
# title: Workers free to resign (no forced labour)
sources contains {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"instrument": "Grundgesetz (Basic Law)",
	"article": "Art. 12(2)-(3)",
	"url": concat("", [_gii, "/gg/art_12.html"]),
	"binding": "law",
	"effective_from": "1949-05-24",
	"verification": "primary",
	"notes": [
		"No one may be compelled to perform a particular kind of work except within a traditional duty of community service applying generally and equally to all; forced labour is permissible only on persons deprived of liberty by court order.",
		"Forced labour is an offence under StGB § 232b.",
	],
}

_arbzg := {
	"instrument": "Arbeitszeitgesetz (ArbZG)",
	"url": concat("", [_gii, "/arbzg/"]),
	"binding": "law",
	# The ArbZG (Art. 1 of the Act of 6 June 1994) came into force on 1 July 1994.
	"effective_from": "1994-07-01",
	"verification": "primary",
}

# METADATA
# title: Maximum regular hours per day
sources contains object.union(_arbzg, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "§ 3",
	"notes": ["Working time on working days (Monday to Saturday) may not exceed 8 hours; it may be extended to 10 hours only if an average of 8 hours is kept over 6 calendar months or 24 weeks."],
	"exceptions": [{"article": "§ 7", "text": "Collective agreements, or works agreements based on them, may extend daily hours (beyond 10 where on-call time is substantial) and set other reference periods; § 7(8) caps the average at 48 hours a week."}],
})

# METADATA
# title: Maximum regular hours per week
sources contains object.union(_arbzg, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"article": "§§ 3, 9(1)",
	"notes": ["Derived: 8 hours on each of the six working days Monday-Saturday (Sunday work is prohibited, § 9); the Act states no separate weekly norm. There is no statutory overtime premium."],
})

# METADATA
# title: Maximum total hours per week
sources contains object.union(_arbzg, {
	"requirement": "working_hours.total_weekly_max",
	"value": 60,
	"article": "§ 3",
	"notes": ["Derived: at most 10 hours on each of six working days, and only if the average falls back to 48 hours a week (8 a day) within 6 calendar months or 24 weeks."],
	"exceptions": [
		{"article": "§ 7", "text": "Collective agreements may allow longer days where on-call time is substantial."},
		{"article": "§ 14", "text": "Emergencies and exceptional cases."},
	],
})

# METADATA
# title: Minimum weekly rest
sources contains object.union(_arbzg, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "§§ 9(1), 11",
	"notes": ["Employees may not work on Sundays and public holidays from 0:00 to 24:00 (§ 9(1)); where Sunday work is allowed (§ 10) a substitute rest day must be given (§ 11(3)), as a rule together with the 11-hour daily rest (§ 11(4))."],
	"exceptions": [{"article": "§ 10", "text": "Sunday work is permitted in listed activities (emergency services, hospitals, hospitality, transport, continuous processes, etc.) where the work cannot be done on working days."}],
})

# METADATA
# title: Minimum annual paid leave
sources contains {
	"requirement": "leave.annual_paid_min_days",
	"value": 20,
	"instrument": "Bundesurlaubsgesetz (BUrlG)",
	"article": "§ 3",
	"url": concat("", [_gii, "/burlg/__3.html"]),
	"binding": "law",
	# 24 working days (previously 18) since 1 January 1995, by Art. 2 of the Arbeitszeitrechtsgesetz of 6 June 1994.
	"effective_from": "1995-01-01",
	"verification": "primary",
	"notes": [
		"At least 24 Werktage a year; Werktage are all calendar days other than Sundays and public holidays, i.e. a six-day week. 24 days of a six-day week = 4 weeks = 20 days of a five-day week.",
		"Full entitlement after six months' employment (§ 4). Increase from 18 to 24 days on 1 January 1995 from secondary knowledge, not checked.",
	],
}

_muschg := {
	"instrument": "Mutterschutzgesetz (MuSchG 2018)",
	"url": concat("", [_gii, "/muschg_2018/"]),
	"binding": "law",
	# The recast Act of 23 May 2017 came into force (in these provisions) on 1 January 2018.
	"effective_from": "2018-01-01",
	"verification": "primary",
}

# METADATA
# title: Minimum maternity leave
sources contains object.union(_muschg, {
	"requirement": "maternity.leave_min_weeks",
	"value": 14,
	"article": "§ 3(1)-(2)",
	"notes": [
		"Protective period of 6 weeks before childbirth (the woman may declare herself willing to work) and 8 weeks after (12 weeks for premature or multiple births or a child with a disability).",
		"The same 6 + 8 weeks applied under the MuSchG of 1952 before the 2018 recast.",
	],
})

# METADATA
# title: Minimum maternity cash benefit
sources contains object.union(_muschg, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"article": "§§ 19, 20",
	"notes": ["Maternity benefit from statutory health insurance (up to EUR 13 a day) plus an employer's supplement equal to the difference to the woman's average net calendar-daily pay of the last three months: 100 % of net (not gross) earnings."],
})

# METADATA
# title: Statutory minimum wage paid
sources contains {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"instrument": "Mindestlohngesetz (MiLoG)",
	"article": "§§ 1, 20",
	"url": concat("", [_gii, "/milog/"]),
	"binding": "law",
	"effective_from": "2015-01-01",
	"verification": "secondary",
	"notes": ["National minimum wage since 1 January 2015; EUR 13.90 an hour from 1 January 2026 and EUR 14.60 from 1 January 2027 (Fifth Minimum Wage Adjustment Ordinance, MiLoV5 § 1)."],
}

# METADATA
# title: Prohibited grounds of discrimination (AGG)
sources contains {
	"requirement": "non_discrimination.grounds",
	"value": ["race", "ethnic_origin", "sex", "pregnancy", "religion", "creed", "disability", "age", "sexual_orientation"],
	"instrument": "Allgemeines Gleichbehandlungsgesetz (AGG)",
	"article": "§§ 1, 3(1), 7(1)",
	"url": concat("", [_gii, "/agg/"]),
	"binding": "law",
	# The AGG (Art. 1 of the Act of 14 August 2006) came into force on 18 August 2006.
	"effective_from": "2006-08-18",
	"verification": "primary",
	"notes": [
		"Mapping: Rasse -> race; ethnische Herkunft -> ethnic_origin; Geschlecht -> sex; Religion -> religion; Weltanschauung (belief) -> creed; Behinderung -> disability; Alter -> age; sexuelle Identität -> sexual_orientation (case law extends sex/sexual identity to trans persons; not encoded as gender_identity).",
		"Less favourable treatment of a woman because of pregnancy or maternity is direct sex discrimination (§ 3(1)) -> pregnancy.",
		"Nationality as such, political opinion and union membership are not AGG grounds; § 75 BetrVG and Art. 9(3) GG protect union activity.",
	],
}

# METADATA
# title: Equal pay for work of equal value
sources contains {
	"requirement": "equal_pay.equal_value",
	"value": true,
	"instrument": "Entgelttransparenzgesetz (EntgTranspG)",
	"article": "§§ 3(1), 7",
	"url": concat("", [_gii, "/entgtranspg/"]),
	"binding": "law",
	"effective_from": "2017-07-06",
	"verification": "secondary",
	"notes": [
		"No lower pay for equal or equivalent work (gleiche oder gleichwertige Arbeit) because of sex; before 2017 the AGG (§§ 7(1), 8(2)) already covered pay for equal or equivalent work.",
		"Effective date of the EntgTranspG from secondary knowledge, not checked.",
	],
}

_gg9 := {
	"instrument": "Grundgesetz (Basic Law)",
	"article": "Art. 9(3)",
	"url": concat("", [_gii, "/gg/art_9.html"]),
	"binding": "law",
	"effective_from": "1949-05-24",
	"verification": "primary",
}

# METADATA
# title: Right to organise
sources contains object.union(_gg9, {
	"requirement": "freedom_of_association.right_to_organise",
	"value": true,
	"notes": [
		"The right to form associations to safeguard and improve working and economic conditions is guaranteed to everyone and to all occupations; agreements restricting it are void.",
		"Career civil servants (Beamte) may not strike (Art. 33(5) GG; BVerfG 2018; ECtHR Humpert 2023); CEACR asks for the right to strike of civil servants not exercising authority in the name of the State.",
	],
})

# METADATA
# title: Right to collective bargaining
sources contains object.union(_gg9, {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"notes": ["Collective bargaining autonomy (Tarifautonomie) is protected by Art. 9(3) GG and given effect by the Tarifvertragsgesetz; Art. 9(3) sentence 3 protects industrial action."],
})

_arbschg := {
	"instrument": "Arbeitsschutzgesetz (ArbSchG)",
	"url": concat("", [_gii, "/arbschg/"]),
	"binding": "law",
	# The ArbSchG (Art. 1 of the Act of 7 August 1996) came into force on 21 August 1996.
	"effective_from": "1996-08-21",
	"verification": "primary",
}

# METADATA
# title: Right to remove oneself from serious danger
sources contains object.union(_arbschg, {
	"requirement": "health_safety.right_to_remove_from_danger",
	"value": true,
	"article": "§ 9(3)",
	"notes": ["The employer must enable employees facing immediate and substantial danger to leave the workplace at once; they may suffer no disadvantage, and may be asked to resume work while the danger persists only in exceptional cases."],
})

# METADATA
# title: Protective equipment free of charge
sources contains object.union(_arbschg, {
	"requirement": "health_safety.free_protective_equipment",
	"value": true,
	"article": "§ 3(3)",
	"notes": ["The employer may not charge employees the cost of occupational safety and health measures under the Act, which include personal protective equipment (PSA-Benutzungsverordnung § 2)."],
})

# METADATA
# title: Worker participation in health and safety
sources contains {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"instrument": "Betriebsverfassungsgesetz (BetrVG)",
	"article": "§§ 87(1) no. 7, 89",
	"url": concat("", [_gii, "/betrvg/"]),
	"binding": "law",
	"effective_from": "1972-01-19",
	"verification": "secondary",
	"notes": [
		"Where a works council exists (employees may elect one in establishments with at least five employees) it co-determines rules on health and safety and takes part in inspections and accident investigations.",
		"Employers with more than 20 employees must also set up an occupational safety committee (Arbeitssicherheitsgesetz § 11). Effective date of the BetrVG 1972 from secondary knowledge, not checked.",
	],
}

# METADATA
# title: No night work under 18
sources contains object.union(_jarbschg, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"article": "§ 14(1)",
	# The JArbSchG of 12 April 1976 came into force on 1 May 1976.
	"effective_from": "1976-05-01",
	"verification": "primary",
	"notes": [
		"Young persons (15-17) may be employed only between 6 a.m. and 8 p.m.",
		"The 1976 text allowed work from 7 a.m.; the 6 a.m. start dates from the amending Act of 15 October 1984 (secondary source); under-18s have been barred from night work throughout.",
	],
	"exceptions": [
		{"article": "§ 14(2)", "value": 16, "text": "Over 16: until 10 p.m. in hotels, restaurants and fairgrounds, until 11 p.m. in multi-shift plants, from 5 a.m. or until 9 p.m. in agriculture, from 5 a.m. in bakeries and confectioneries."},
		{"article": "§ 14(3)", "value": 17, "text": "Over 17: from 4 a.m. in bakeries."},
		{"article": "§ 14(5)-(7)", "text": "Until 9 p.m. (multi-shift plants over 16: from 5.30 a.m. or until 11.30 p.m.) after notice to the authority to avoid waiting times; from 5 a.m. in hot seasons in plants with exceptional heat; until 11 p.m. in performances and recordings."},
		{"article": "§ 21(1)", "text": "Temporary work that cannot be postponed in emergencies where no adult workers are available."},
	],
})

# METADATA
# title: Compulsory leave after childbirth
sources contains object.union(_muschg, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"value": 8,
	"article": "§ 3(2)",
	"notes": [
		"The employer may not employ a woman until eight weeks after childbirth; twelve weeks after premature or multiple births, or, on her request, when a disability of the child is diagnosed within eight weeks.",
		"Unlike the prenatal period (§ 3(1)), the woman cannot waive it.",
	],
	"exceptions": [
		{"article": "§ 3(3)", "text": "Students and trainees may take part in school or university training during the period at their express request."},
		{"article": "§ 3(4)", "value": 2, "text": "After the death of the child, from two weeks after childbirth at the woman's express request if a doctor's certificate raises no objection."},
	],
})

_normlex := "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:11200:0::NO::P11200_COUNTRY_ID:102643"

_a87 := "https://www.alliance87.org/pathfinders/germany"

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: |
#   Dates checked against the Alliance 8.7 Pathfinder page for Germany (ILO instrument
#   table); the C138 declared minimum age was not found in a checked source and is not encoded.
ratifications := {
	"C29": {"status": "ratified", "date": "1956-06-13", "verification": "secondary", "url": _a87},
	"P29": {"status": "ratified", "date": "2019-06-19", "verification": "secondary", "url": _a87},
	"C87": {"status": "ratified", "date": "1957-03-20", "verification": "secondary", "url": _a87},
	"C98": {"status": "ratified", "date": "1956-06-08", "verification": "secondary", "url": _a87},
	"C100": {"status": "ratified", "date": "1956-06-08", "verification": "secondary", "url": _a87},
	"C105": {"status": "ratified", "date": "1959-06-22", "verification": "secondary", "url": _a87},
	"C111": {"status": "ratified", "verification": "secondary", "url": _a87},
	"C138": {
		"status": "ratified", "date": "1976-04-08", "verification": "secondary", "url": _a87,
		"notes": ["Unverified: the minimum age Germany declared under Art. 2(1) was not found in a checked source and is not encoded. The ratification date is from the Alliance 8.7 page."],
	},
	"C182": {"status": "ratified", "date": "2002-04-18", "verification": "secondary", "url": _a87},
	"C155": {"status": "not_ratified", "verification": "secondary", "url": "https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13101%3A0%3A%3ANO%3A13101%3AP13101_COMMENT_ID%3A2192040"},
	"C187": {"status": "ratified", "verification": "secondary", "url": _normlex},
}
