# METADATA
# title: Germany national rule pack
# description: |
#   Jugendarbeitsschutzgesetz, Arbeitszeitgesetz, Bundesurlaubsgesetz,
#   Mutterschutzgesetz, Mindestlohngesetz, Allgemeines Gleichbehandlungsgesetz,
#   Entgelttransparenzgesetz, Arbeitsschutzgesetz, Arbeitssicherheitsgesetz,
#   Betriebsverfassungsgesetz, SGB III (private placement) and the Grundgesetz, with
#   Germany's ratifications of the fundamental ILO conventions. The ArbZG counts hours
#   per working day (Werktag, six a week): weekly values are converted (statute field).
#   It knows no overtime, so overtime pay, premium and caps are cited absences.
#   Statute texts were read in the bundestag/gesetze mirror of gesetze-im-internet.de
#   (snapshot of March 2022); "primary" below means checked against that copy.
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

_werktage := "Working time is set per working day (Werktag): every day except Sundays and public holidays, i.e. six days a week (Monday to Saturday); Sunday and holiday work is prohibited save for the exceptions of § 10 (§ 9(1))."

# METADATA
# title: Maximum regular hours per day
sources contains object.union(_arbzg, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "§ 3 sentence 1",
	"notes": [
		"Working time on working days may not exceed 8 hours (§ 3 sentence 1); it may be extended to 10 hours only if an average of 8 hours per working day is kept over 6 calendar months or 24 weeks (working_hours.total_daily_max).",
		_werktage,
	],
	"exceptions": [{"article": "§ 7", "text": "Collective agreements, or works agreements based on them, may extend daily hours (beyond 10 where on-call time is substantial) and set other reference periods; § 7(8) caps the average at 48 hours a week."}],
})

# METADATA
# title: Maximum total hours per day
sources contains object.union(_arbzg, {
	"requirement": "working_hours.total_daily_max",
	"value": 10,
	"article": "§ 3 sentence 2",
	"notes": [
		"Daily working time may be extended from 8 to at most 10 hours, and only if the average over 6 calendar months or 24 weeks does not exceed 8 hours per working day. The Act knows no separate category of overtime: 10 hours is the limit on all hours worked in a day.",
		"Night workers: the same 8/10 hours, averaged over one calendar month or 4 weeks (§ 6(2)).",
	],
	"exceptions": [
		{"article": "§ 7(1) no. 1(a), (2a)", "text": "Collective agreements may allow more than 10 hours a day where working time regularly includes substantial on-call time (with the employee's written consent under § 7(2a), § 7(7))."},
		{"article": "§ 14", "text": "Emergencies and exceptional cases."},
	],
})

# METADATA
# title: Maximum regular hours per week
sources contains object.union(_arbzg, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"statute": {"value": 8, "unit": "hours per working day (Werktag), six working days a week", "conversion": "8 x 6 working days = 48 hours/week"},
	"article": "§§ 3, 9(1)",
	"notes": [
		"Derived: the Act sets no weekly norm; 8 hours on each of the six working days Monday to Saturday.",
		_werktage,
	],
})

# METADATA
# title: Maximum total hours per week
sources contains object.union(_arbzg, {
	"requirement": "working_hours.total_weekly_max",
	"value": 60,
	"statute": {"value": 10, "unit": "hours per working day (Werktag), six working days a week", "conversion": "10 x 6 working days = 60 hours/week"},
	"article": "§§ 3, 9(1)",
	"notes": [
		"Derived: at most 10 hours on each of six working days in any single week, and only if the average falls back to 8 hours per working day (48 hours a week) within 6 calendar months or 24 weeks. The single-week maximum is encoded; the 48-hour average is not (one value per requirement).",
		_werktage,
	],
	"exceptions": [
		{"article": "§ 7", "text": "Collective agreements may allow longer days where on-call time is substantial; § 7(8) then caps the average at 48 hours a week over 12 calendar months."},
		{"article": "§ 14", "text": "Emergencies and exceptional cases."},
	],
})

_no_overtime := "The ArbZG limits working time as a whole (8 hours per working day, up to 10 within the 6-month average); it knows no separate category of overtime, no overtime cap and no overtime pay. Whether and how overtime is paid is left to contracts and collective agreements."

# METADATA
# title: Maximum overtime per day, week, month and year (no separate cap)
sources contains object.union(_arbzg, {
	"requirement": requirement,
	"entry": "absence",
	"article": "§ 3",
	"notes": [_no_overtime],
}) if some requirement in {
	"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max",
	"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
}

# METADATA
# title: Weekly hours after which overtime pay is due (none)
sources contains object.union(_arbzg, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"entry": "absence",
	"article": "§ 3",
	"notes": [_no_overtime],
})

# METADATA
# title: Minimum overtime pay rate (none)
sources contains object.union(_arbzg, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"entry": "absence",
	"article": "§ 3",
	"notes": [
		_no_overtime,
		"Night work gives a right to an appropriate number of paid days off or an appropriate pay supplement, unless a collective agreement provides otherwise (§ 6(5)); not an overtime premium.",
	],
})

# METADATA
# title: Overtime is voluntary (not encoded)
sources contains object.union(_arbzg, {
	"requirement": "working_hours.overtime_voluntary",
	"entry": "not_encoded",
	"reason": "No statute governs an obligation to work overtime: it depends on the employment contract, collective or works agreements (co-determined by the works council, BetrVG § 87(1) no. 3) and, in emergencies, the employee's duty of loyalty; not checked.",
	"article": "§ 3",
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
	"statute": {"value": 24, "unit": "working days (Werktage) a year on a 6-day week", "conversion": "24 x 5/6 = 20 working days on a 5-day week (4 weeks)"},
	"conditions": {
		"service_months_min": 6,
		"text": "The full entitlement is first acquired after the employment relationship has lasted six months (§ 4); before that, and on leaving within the first six months, one twelfth of the annual leave for each full month (§ 5).",
	},
	"instrument": "Bundesurlaubsgesetz (BUrlG)",
	"article": "§§ 3, 4",
	"url": concat("", [_gii, "/burlg/__3.html"]),
	"binding": "law",
	# 24 working days (previously 18) since 1 January 1995, by Art. 2 of the Arbeitszeitrechtsgesetz of 6 June 1994.
	"effective_from": "1995-01-01",
	"verification": "primary",
	"notes": [
		"At least 24 Werktage a year (§ 3(1)); Werktage are all calendar days other than Sundays and public holidays (§ 3(2)), i.e. a six-day week. 24 days of a six-day week = 4 weeks = 20 days of a five-day week.",
		"§ 3(1) cannot be derogated from even by collective agreement (§ 13(1)). Increase from 18 to 24 days on 1 January 1995 from secondary knowledge, not checked.",
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
	"value": ["race", "ethnic_origin", "sex", "pregnancy", "maternity", "religion", "creed", "disability", "age", "sexual_orientation"],
	"instrument": "Allgemeines Gleichbehandlungsgesetz (AGG)",
	"article": "§§ 1, 3(1), 7(1)",
	"url": concat("", [_gii, "/agg/"]),
	"binding": "law",
	# The AGG (Art. 1 of the Act of 14 August 2006) came into force on 18 August 2006.
	"effective_from": "2006-08-18",
	"verification": "primary",
	"notes": [
		"Mapping: Rasse -> race; ethnische Herkunft -> ethnic_origin; Geschlecht -> sex; Religion -> religion; Weltanschauung (belief) -> creed; Behinderung -> disability; Alter -> age; sexuelle Identität -> sexual_orientation (case law extends sex/sexual identity to trans persons; not encoded as gender_identity).",
		"Less favourable treatment of a woman because of pregnancy or maternity (Schwangerschaft oder Mutterschaft) is direct sex discrimination (§ 3(1) sentence 2) -> pregnancy, maternity.",
		"The AGG applies to all employers, whatever their size. Nationality as such and political opinion are not AGG grounds. § 75(1) BetrVG obliges employer and works council to see that no one in the establishment is disadvantaged because of, among others, descent or other origin, nationality, or political or trade-union activity or attitude; a duty of supervision where the BetrVG applies, not encoded as grounds.",
	],
}

# METADATA
# title: Prohibited grounds of discrimination (freedom of association, Art. 9(3) GG)
sources contains object.union(_gg9, {
	"requirement": "non_discrimination.grounds",
	"value": ["union_membership"],
	"article": "Art. 9(3) sentence 2",
	"notes": ["Agreements that restrict or seek to impair the right to form associations to safeguard working and economic conditions are void, and measures directed to that end are unlawful: a rule binding private employers directly, which bars discrimination for union membership or activity."],
})

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
# title: Worker participation in health and safety (works council)
sources contains {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"instrument": "Betriebsverfassungsgesetz (BetrVG)",
	"article": "§§ 1(1), 87(1) no. 7, 89",
	"url": concat("", [_gii, "/betrvg/"]),
	"binding": "law",
	"effective_from": "1972-01-19",
	"verification": "primary",
	"conditions": {
		"workplace_workers_min": 5,
		"text": "Works councils are elected in establishments (Betriebe) normally employing at least five permanent employees entitled to vote, three of whom are eligible (§ 1(1)); the rights apply where the employees have elected one.",
	},
	"notes": [
		"The works council co-determines rules on the prevention of occupational accidents and diseases and on health protection (§ 87(1) no. 7) and takes part in inspections and accident investigations (§ 89).",
		"Effective date of the BetrVG 1972 from secondary knowledge, not checked; text read in the current version.",
	],
}

# METADATA
# title: Worker participation in health and safety (occupational safety committee)
sources contains {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"instrument": "Arbeitssicherheitsgesetz (ASiG)",
	"article": "§ 11",
	"url": concat("", [_gii, "/asig/"]),
	"binding": "law",
	# The ASiG of 12 December 1973 came into force on 1 December 1974 (§ 23, quoted in secondary sources).
	"effective_from": "1974-12-01",
	"verification": "primary",
	"conditions": {
		"workplace_workers_min": 21,
		"text": "The employer must form an occupational safety committee (Arbeitsschutzausschuss) in establishments with more than 20 employees; part-timers count 0.5 (up to 20 hours a week) or 0.75 (up to 30 hours) (§ 11).",
	},
	"notes": [
		"The committee brings together the employer, two members designated by the works council, the company doctors, the safety specialists and the safety representatives (Sicherheitsbeauftragte, SGB VII § 22); it meets at least quarterly to advise on occupational safety and accident prevention.",
		"Text read in its current version; whether the 1973 text had the same threshold was not checked.",
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

# METADATA
# title: No recruitment fees (fees allowed within a cap)
sources contains {
	"requirement": "forced_labour.no_recruitment_fees",
	"entry": "restriction",
	"value": false,
	"instrument": "Sozialgesetzbuch Drittes Buch (SGB III)",
	"article": "§§ 296, 296a, 297",
	"url": concat("", [_gii, "/sgb_3/__296.html"]),
	"binding": "law",
	# § 296 was recast with effect from 27 March 2002 (Act of 23 March 2002), allowing placement agreements with fees payable by job seekers.
	"effective_from": "2002-03-27",
	"verification": "secondary",
	"notes": [
		"A private placement agent may agree a fee with a job seeker in a written contract, payable only if the placement leads to an employment contract and not in advance (§ 296(1)-(2)); the fee, VAT included, may not exceed EUR 2,000 unless a placement voucher or an ordinance provides otherwise (§ 296(3), text of 2022 read in the bundestag/gesetze copy of gesetze-im-internet.de). The cap has changed over time; the dates are from a commentary (Haufe).",
		"No fee may be charged for placing someone in marginal employment (§ 296(3)) or to apprenticeship seekers (§ 296a); temporary agency workers may not be made to pay a placement fee to the agency (AÜG § 9(1) no. 5).",
	],
}

# METADATA
# title: No retention of identity documents (not encoded)
sources contains {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"entry": "not_encoded",
	"reason": "No labour-law provision on employers keeping workers' identity documents was found; confiscation may be part of the offences of forced labour and labour exploitation (StGB §§ 232b, 233, in this form since 15 October 2016) or of suppressing documents (StGB § 274), not checked.",
	"instrument": "Strafgesetzbuch (StGB)",
	"article": "§§ 232b, 233, 274",
	"url": concat("", [_gii, "/stgb/"]),
	"binding": "law",
	"effective_from": "2016-10-15",
	"verification": "secondary",
}

# METADATA
# title: No pregnancy test for job applicants (not encoded)
sources contains {
	"requirement": "maternity.no_pregnancy_testing",
	"entry": "not_encoded",
	"reason": "No statute names pregnancy tests; refusing to hire because of pregnancy is direct sex discrimination (AGG § 3(1) sentence 2) and case law bars asking applicants about pregnancy, but a rule on tests was not checked.",
	"instrument": "Allgemeines Gleichbehandlungsgesetz (AGG)",
	"article": "§§ 3(1), 7(1)",
	"url": concat("", [_gii, "/agg/"]),
	"binding": "law",
	"effective_from": "2006-08-18",
	"verification": "secondary",
}

# METADATA
# title: Living wage paid (no rule)
sources contains {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"instrument": "Mindestlohngesetz (MiLoG)",
	"article": "§ 1",
	"url": concat("", [_gii, "/milog/"]),
	"binding": "law",
	"effective_from": "2015-01-01",
	"verification": "secondary",
	"notes": ["The law sets a statutory minimum wage, not a living wage."],
}

# METADATA
# title: Wages paid regularly
sources contains {
	"requirement": "wages.paid_regularly",
	"value": true,
	"instrument": "Mindestlohngesetz (MiLoG); Bürgerliches Gesetzbuch (BGB)",
	"article": "MiLoG § 2(1); BGB § 614",
	"url": concat("", [_gii, "/milog/__2.html"]),
	"binding": "law",
	"effective_from": "2015-01-01",
	"verification": "primary",
	"notes": [
		"The minimum wage must be paid when agreed and at the latest on the last bank working day (Frankfurt am Main) of the month following the month in which the work was done (MiLoG § 2(1)); hours banked on a written working-time account are compensated within 12 months (§ 2(2)).",
		"Without agreement, pay measured by periods is due at the end of each period (BGB § 614), a default rule that contracts may change. Pay is calculated and paid in euro (GewO § 107(1)).",
	],
}

_deductions := "German law has no general list of permitted deductions: payment in kind and goods credited against pay may not exceed the attachable part of wages (GewO § 107(2)), set-off against the non-attachable part is barred (BGB § 394 with ZPO § 850c), and contractual penalties and works-agreement fines are judged by the courts (BGB §§ 307, 309 no. 6; BetrVG § 87(1) no. 1)."

# METADATA
# title: Wage deductions, disciplinary deductions and deductions for getting a job (not encoded)
sources contains {
	"requirement": requirement,
	"entry": "not_encoded",
	"reason": concat(" ", [_deductions, "Whether this meets the requirement was not checked."]),
	"instrument": "Gewerbeordnung (GewO)",
	"article": "§ 107",
	"url": concat("", [_gii, "/gewo/__107.html"]),
	"binding": "law",
	"effective_from": "2003-01-01",
	"verification": "secondary",
} if some requirement in {
	"wages.deductions_only_as_prescribed", "wages.no_disciplinary_deductions",
	"wages.no_deductions_for_obtaining_employment",
}

# METADATA
# title: Workplace harassment (protective measures and complaints)
sources contains {
	"requirement": "harassment.policy",
	"value": true,
	"instrument": "Allgemeines Gleichbehandlungsgesetz (AGG)",
	"article": "§§ 3(3)-(4), 12, 13",
	"url": concat("", [_gii, "/agg/"]),
	"binding": "law",
	"effective_from": "2006-08-18",
	"verification": "primary",
	"notes": [
		"Every employer must take the measures needed to protect employees against discrimination, harassment and sexual harassment (§ 3(3)-(4)), including preventive measures such as training (§ 12(1)-(2)), act against harassment by colleagues or third parties (§ 12(3)-(4)), make the Act and the competent complaints office known in the establishment (§ 12(5)), and examine complaints (§ 13). The Act requires these measures, not a written policy document.",
		"The AGG covers harassment linked to its grounds and sexual harassment; other violence and bullying fall under the general duty to assess and prevent risks, including psychological stress (ArbSchG § 5(3) no. 6), not encoded.",
	],
}

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
