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
#   Statute texts were read in the bundestag/gesetze repository, a verbatim copy of the
#   gesetze-im-internet.de texts (the official XML converted to Markdown), snapshot of
#   26 March 2022 (and, where said, its oldest copy of 2 August 2012); "primary" below
#   means checked against that copy, named in checked_against. url is always the
#   official portal gesetze-im-internet.de; ratification urls are NORMLEX.
package hrdd.national.de

# METADATA
# title: Country name
name := "Germany"

_gii := "https://www.gesetze-im-internet.de"

_copy_commit := "77abca2ceea3b7b89ea70afb13b5dd55415eb124"

_copy_2012 := "8e9e7a106e7b0540c99101bbc6d168db6f7b81d3"

# The text read: a verbatim copy of gesetze-im-internet.de (bundestag/gesetze, March 2022).
_copy(path, law) := {
	"url": concat("", ["https://github.com/bundestag/gesetze/blob/", _copy_commit, "/", path, "/index.md"]),
	"title": sprintf("%s, text of gesetze-im-internet.de as of 26 March 2022: verbatim copy (official XML converted to Markdown) in bundestag/gesetze", [law]),
}

# The oldest copy in the same repository (2 August 2012).
_copy_old(path, law) := {
	"url": concat("", ["https://github.com/bundestag/gesetze/blob/", _copy_2012, "/", path, "/index.md"]),
	"title": sprintf("%s, text of gesetze-im-internet.de as of 2 August 2012: verbatim copy (official XML converted to Markdown) in bundestag/gesetze", [law]),
}

_page(url, title) := {"url": url, "title": title}

_jarbschg := {
	"instrument": "Jugendarbeitsschutzgesetz (JArbSchG)",
	"url": concat("", [_gii, "/jarbschg/"]),
	"binding": "law",
	"checked_against": [_copy("j/jarbschg", "JArbSchG")],
}

# METADATA
# title: Minimum age for employment
sources contains object.union(_jarbschg, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "§§ 2(1), 2(3), 5(1)",
	# The child age of 15 (14 in the 1976 text) came with the Second Act amending the JArbSchG of
	# 24 February 1997 (BGBl. I S. 311), in force 1 March 1997 (Brauwelt, checked).
	"effective_from": "1997-03-01",
	"verification": "primary",
	"checked_against": [
		_copy("j/jarbschg", "JArbSchG"),
		_page("https://brauwelt.com/de/themen/recht/606923-aenderungen-beim-jugendarbeitsschutz", "Brauwelt: Änderungen beim Jugendarbeitsschutz (Second Amending Act of 24 February 1997, in force 1 March 1997; child age raised from 14 to 15)"),
	],
	"notes": ["Employment of children (under 15) is prohibited; young persons still in full-time compulsory schooling are treated as children (§ 2(3))."],
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
	# The JArbSchG of 12 April 1976 came into force on 1 May 1976 (buzer: "Geltung ab 01.05.1976").
	"effective_from": "1976-05-01",
	"verification": "primary",
	"checked_against": [
		_copy("j/jarbschg", "JArbSchG"),
		_page("https://www.buzer.de/s1.htm?g=JArbSchG&a=2", "buzer.de: JArbSchG, G. v. 12.04.1976, Geltung ab 01.05.1976"),
	],
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
	# Promulgated on 23 May 1949; in force at the end of that day (Art. 145(2)).
	"effective_from": "1949-05-24",
	"verification": "primary",
	"checked_against": [_copy("g/gg", "Grundgesetz")],
	"notes": [
		"No one may be compelled to perform a particular kind of work except within a traditional duty of community service applying generally and equally to all; forced labour is permissible only on persons deprived of liberty by court order.",
		"Forced labour is an offence under StGB § 232b.",
	],
}

_arbzg := {
	"instrument": "Arbeitszeitgesetz (ArbZG)",
	"url": concat("", [_gii, "/arbzg/"]),
	"binding": "law",
	# The ArbZG (Art. 1 of the Act of 6 June 1994) came into force on 1 July 1994 (Art. 21 sentence 2; lexetius).
	"effective_from": "1994-07-01",
	"verification": "primary",
	"checked_against": [
		_copy("a/arbzg", "ArbZG"),
		_page("https://www.lexetius.de/ArbZG/3", "lexetius: § 3 ArbZG, in force 1 July 1994 (Arts. 1, 21 sentence 2 of the Act of 6 June 1994)"),
	],
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
# title: Daily hours after which overtime pay is due (none)
sources contains object.union(_arbzg, {
	"requirement": "working_hours.overtime_pay_threshold_daily",
	"entry": "absence",
	"article": "§ 3",
	"notes": [
		_no_overtime,
		"The 8 hours of § 3 sentence 1 are a limit on working time (working_hours.regular_daily_max), not a threshold for overtime pay: the Act (text read) has no provision on pay for hours worked.",
	],
})

# METADATA
# title: Overtime is voluntary (no statutory rule)
sources contains object.union(_arbzg, {
	"requirement": "working_hours.overtime_voluntary",
	"entry": "absence",
	"article": "§ 3; GewO § 106",
	"verification": "secondary",
	"checked_against": [
		_copy("a/arbzg", "ArbZG"),
		_copy("g/gewo", "GewO"),
		_page("https://ihr-recht.jetzt/glossar-arbeitsrecht/ueberstunden/", "ihr-recht.jetzt, Überstunden: owed only where a collective agreement, works agreement or the contract provides for them, save in exceptional circumstances (duty of loyalty)"),
		_page("https://www.hsk-arbeitsrecht.de/arbeitsrecht-lexikon/ueberstunden/", "HSK Arbeitsrecht, Überstunden: an overtime clause in the contract is needed; otherwise only in emergencies; works council consent"),
	],
	"notes": [
		"No statute says whether overtime is voluntary. The ArbZG only caps working time (§ 3); the employer's right to direct (GewO § 106) covers the time of work only insofar as it is not fixed by the contract, a works agreement, a collective agreement or statute, so work beyond the agreed hours is owed only where the contract or a collective or works agreement provides for it (or, in emergencies, under the employee's duty of consideration).",
		"A temporary extension of the normal working time in an establishment with a works council is subject to its co-determination (BetrVG § 87(1) no. 3).",
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

_burlg := {
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
}

_burlg_notes := [
	"At least 24 Werktage a year (§ 3(1)); Werktage are all calendar days other than Sundays and public holidays (§ 3(2)), i.e. a six-day week. 24 days of a six-day week = 4 weeks = 20 days of a five-day week.",
	"§ 3(1) cannot be derogated from even by collective agreement (§ 13(1)).",
]

_anwalt24_burlg := _page("https://www.anwalt24.de/gesetze/burlg/3", "anwalt24: § 3 BUrlG, amended by the Acts of 29 October 1974 and 6 June 1994 (BGBl. I S. 1170)")

# BUrlG § 3(1) was last amended by the Arbeitszeitrechtsgesetz of 6 June 1994 (anwalt24).
# That the 24 days applied from 1 January 1995 was not confirmed by a page read: that
# period is unverified; the value is verified from the oldest copy read (2 August 2012).

# METADATA
# title: Minimum annual paid leave (from 1995, date of the 1994 amendment unverified)
sources contains object.union(_burlg, {
	"effective_from": "1995-01-01",
	"effective_to": "2012-08-02",
	"verification": "unverified",
	"checked_against": [_anwalt24_burlg],
	"notes": array.concat(_burlg_notes, ["Unverified period: § 3(1) took its present wording from the Act of 6 June 1994; the start on 1 January 1995 is from secondary knowledge and was not confirmed. Verified from 2 August 2012 (next entry)."]),
})

# METADATA
# title: Minimum annual paid leave (text read from 2012)
sources contains object.union(_burlg, {
	"effective_from": "2012-08-02",
	"verification": "primary",
	"checked_against": [_copy_old("b/burlg", "BUrlG"), _copy("b/burlg", "BUrlG"), _anwalt24_burlg],
	"notes": array.concat(_burlg_notes, ["Encoded as verified from 2 August 2012, the oldest copy of the text read; § 3 has not been amended since the Act of 6 June 1994 (anwalt24), so the rule is older."]),
})

_muschg := {
	"instrument": "Mutterschutzgesetz (MuSchG 2018)",
	"url": concat("", [_gii, "/muschg_2018/"]),
	"binding": "law",
	# The recast Act of 23 May 2017 came into force (in these provisions) on 1 January 2018 (HV Bayern, checked).
	"effective_from": "2018-01-01",
	"verification": "primary",
	"checked_against": [
		_copy("m/muschg_2018", "MuSchG 2018"),
		_page("https://www.hv-bayern.de/aktuelles/meldungen/2017-06-23-Mutterschutzgesetz-Neue-Regelungen.php", "Handelsverband Bayern: the reformed Mutterschutzgesetz comes into force in its essential parts on 1 January 2018"),
	],
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
	"verification": "primary",
	"checked_against": [
		_copy("m/milog", "MiLoG"),
		_page("https://www.buzer.de/Mindestlohn_2026.htm", "buzer.de: Fünfte Mindestlohnanpassungsverordnung (MiLoV5), V. v. 05.11.2025 BGBl. 2025 I Nr. 268, § 1"),
	],
	"notes": [
		"Every employee is entitled to at least the minimum wage (§ 1(1)), EUR 8.50 an hour from 1 January 2015 (§ 1(2)), adjusted by ordinance.",
		"EUR 13.90 an hour from 1 January 2026 and EUR 14.60 from 1 January 2027 (Fifth Minimum Wage Adjustment Ordinance of 5 November 2025, MiLoV5 § 1, text read on buzer.de; not encoded as a number).",
	],
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
	"checked_against": [_copy("a/agg", "AGG"), _agg_date],
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
	# In force 6 July 2017 (Haufe; RDV 6/2020).
	"effective_from": "2017-07-06",
	"verification": "primary",
	"checked_against": [
		_copy("e/entgtranspg", "EntgTranspG"),
		_page("https://www.haufe.de/recht/deutsches-anwalt-office-premium/3-prozessrecht-1-allgemeines_idesk_PI17574_HI14405992.html", "Haufe: the EntgTranspG in force since 6 July 2017; §§ 3(1), 7"),
		_page("https://www.rdv-online.com/print/ausgabe-6-2020/das-entgtransg-ein-gesetz-auf-dem-pruefstand/", "RDV 6/2020: EntgTranspG in force since 6 July 2017"),
	],
	"notes": ["No lower pay for equal or equivalent work (gleiche oder gleichwertige Arbeit) because of sex (§ 7), and no direct or indirect pay discrimination because of sex for equal or equivalent work (§ 3(1)); before 2017 the AGG (§§ 7(1), 8(2)) already covered pay for equal or equivalent work (not encoded)."],
}

_agg_date := _page("https://deubner-recht.de/news/miet-und-weg-recht/details/artikel/agg-in-kraft-getreten.html", "Deubner: the AGG came into force on 18 August 2006 after promulgation in BGBl. I Nr. 39 of 17 August 2006")

_gg9 := {
	"instrument": "Grundgesetz (Basic Law)",
	"article": "Art. 9(3)",
	"url": concat("", [_gii, "/gg/art_9.html"]),
	"binding": "law",
	# Promulgated on 23 May 1949; in force at the end of that day (Art. 145(2)).
	"effective_from": "1949-05-24",
	"verification": "primary",
	"checked_against": [_copy("g/gg", "Grundgesetz")],
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
	"checked_against": [
		_copy("a/arbschg", "ArbSchG"),
		_page("https://www.bfga.de/arbeitsschutz-lexikon-von-a-bis-z/fachbegriffe-a-b/arbeitsschutzgesetz-fachbegriff/", "BFGA glossary: the Arbeitsschutzgesetz came into force on 21 August 1996"),
	],
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
	# The BetrVG of 15 January 1972 came into force on 19 January 1972, replacing the BetrVG 1952.
	"effective_from": "1972-01-19",
	"verification": "primary",
	"checked_against": [
		_copy("b/betrvg", "BetrVG"),
		_copy_old("b/betrvg", "BetrVG"),
		_page("http://de.WikiPedia.org/wiki/Betriebsverfassungsgesetz_1952", "Wikipedia (de), Betriebsverfassungsgesetz 1952: replaced with effect from 19 January 1972 by the BetrVG of 15 January 1972"),
	],
	"conditions": {
		"workplace_workers_min": 5,
		"text": "Works councils are elected in establishments (Betriebe) normally employing at least five permanent employees entitled to vote, three of whom are eligible (§ 1(1)); the rights apply where the employees have elected one.",
	},
	"notes": [
		"The works council co-determines rules on the prevention of occupational accidents and diseases and on health protection (§ 87(1) no. 7) and takes part in inspections and accident investigations (§ 89).",
		"§§ 1(1), 87(1) no. 7 and 89 read in the texts of 2012 and 2022; the Act has been in force since 19 January 1972.",
	],
}

_asig := {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"instrument": "Arbeitssicherheitsgesetz (ASiG)",
	"article": "§ 11",
	"url": concat("", [_gii, "/asig/"]),
	"binding": "law",
	"conditions": {
		"workplace_workers_min": 21,
		"text": "The employer must form an occupational safety committee (Arbeitsschutzausschuss) in establishments with more than 20 employees; part-timers count 0.5 (up to 20 hours a week) or 0.75 (up to 30 hours) (§ 11).",
	},
}

_asig_note := "The committee brings together the employer, two members designated by the works council, the company doctors, the safety specialists and the safety representatives (Sicherheitsbeauftragte, SGB VII § 22); it meets at least quarterly to advise on occupational safety and accident prevention."

_anwalt24_asig := _page("https://www.anwalt24.de/gesetze/asig/11", "anwalt24: § 11 ASiG, amended by Acts of 7 August 1996 (twice), 25 September 1996 and 19 December 1998")

# The ASiG of 12 December 1973 came into force on the first day of the twelfth calendar
# month after promulgation (§ 23(1), read): 1 December 1974. § 11 was amended in 1996 and
# 1998 (anwalt24); its wording before the oldest copy read (2 August 2012) was not read.

# METADATA
# title: Worker participation in health and safety (occupational safety committee; wording before 2012 unverified)
sources contains object.union(_asig, {
	"effective_from": "1974-12-01",
	"effective_to": "2012-08-02",
	"verification": "unverified",
	"checked_against": [_anwalt24_asig],
	"notes": [_asig_note, "Unverified period: the Act is in force since 1 December 1974 (§ 23(1)), but § 11 was amended in 1996 and 1998 and its earlier wording (threshold, counting of part-timers) was not read."],
})

# METADATA
# title: Worker participation in health and safety (occupational safety committee)
sources contains object.union(_asig, {
	"effective_from": "2012-08-02",
	"verification": "primary",
	"checked_against": [_copy_old("a/asig", "ASiG"), _copy("a/asig", "ASiG"), _anwalt24_asig],
	"notes": [_asig_note, "Encoded as verified from 2 August 2012, the oldest copy of the text read (same wording in 2022); § 11 was last amended in 1998 (anwalt24), so the rule is older."],
})

# METADATA
# title: No night work under 18
sources contains object.union(_jarbschg, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"article": "§ 14(1)",
	# The JArbSchG of 12 April 1976 came into force on 1 May 1976 (buzer).
	"effective_from": "1976-05-01",
	"verification": "primary",
	"checked_against": [
		_copy("j/jarbschg", "JArbSchG"),
		_page("https://www.buzer.de/s1.htm?g=JArbSchG&a=2", "buzer.de: JArbSchG, G. v. 12.04.1976, Geltung ab 01.05.1976"),
	],
	"notes": [
		"Young persons (15-17) may be employed only between 6 a.m. and 8 p.m.",
		"Text read in its 2022 version; the night-time hours of the 1976 text (reportedly from 7 a.m., changed in 1984) were not read, and only the age limit of 18 is encoded from 1976.",
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
	# § 296 was recast with effect from 27 March 2002 (Act of 23 March 2002, BGBl. I S. 1130), allowing
	# placement agreements with fees payable by job seekers (Haufe commentary, Rechtsentwicklung).
	"effective_from": "2002-03-27",
	"verification": "primary",
	"checked_against": [
		_copy("s/sgb_3", "SGB III"),
		_page("https://haufe.de/personal/haufe-personal-office-platin/sauer-sgbiii-296-vermittlungsvertrag-zwischen-vermittlern-und-arbeitsuchenden_idesk_PI42323_HI527159.html", "Haufe, Sauer, SGB III § 296: Rechtsentwicklung (recast with effect from 27 March 2002; later amendments of paras. 2-4)"),
	],
	"notes": [
		"A private placement agent may agree a fee with a job seeker in a written contract, payable only if the placement leads to an employment contract and not in advance (§ 296(1)-(2)); the fee, VAT included, may not exceed EUR 2,000 unless a placement voucher or an ordinance provides otherwise (§ 296(3), text of 2022). Fees are allowed throughout; the cap and conditions have changed over time (Haufe) and only the restriction is encoded.",
		"No fee may be charged for placing someone in marginal employment (§ 296(3)) or to apprenticeship seekers (§ 296a); temporary agency workers may not be made to pay a placement fee to the agency (AÜG § 9(1) no. 5).",
	],
}

# METADATA
# title: No retention of identity cards (Personalausweisgesetz)
# description: |
#   A general rule, binding everyone: no one may require the holder of a German identity card
#   to deposit it or otherwise give up custody of it. It protects German nationals' cards only.
#   No statute bars an employer from holding a foreign worker's passport: the Passgesetz has
#   no such clause, AufenthG § 48(1) obliges foreigners to hand their passport only to the
#   authorities, and StGB §§ 232b, 233 (forced labour, labour exploitation) do not name
#   documents (texts read in the 2022 copy). The rule for German cards is a value for nationals
#   (a condition on the group of workers); the gap for foreign workers is an absence.
sources contains {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"value": true,
	"instrument": "Personalausweisgesetz (PAuswG)",
	"article": "§ 1(1) sentence 3",
	"conditions": {"worker_groups": ["nationals"], "text": "German nationals, holders of a German identity card"},
	"url": concat("", [_gii, "/pauswg/"]),
	"binding": "law",
	# The PAuswG of 18 June 2009 replaced the Personalausweisgesetz of 1986 from 1 November 2010 (the old
	# Act lapsed at the end of 31 October 2010, buzer). Sentence 3 is in the oldest copy read (2 August 2012,
	# amended only by the Act of 22 December 2011, which did not touch § 1: umwelt-online footnotes).
	"effective_from": "2010-11-01",
	"verification": "primary",
	"checked_against": [
		_copy("p/pauswg", "PAuswG"),
		_copy_old("p/pauswg", "PAuswG"),
		_copy("p/passg_1986", "PassG"),
		_copy("a/aufenthg_2004", "AufenthG"),
		_copy("s/stgb", "StGB"),
		_page("https://www.buzer.de/gesetz/2114/a29965.htm?setmobile=1", "buzer.de: Gesetz über Personalausweise (1986), § 1, repealed with the end of 31 October 2010 by Art. 7 of the Act of 18 June 2009"),
		_page("https://umwelt-online.de/recht/allgemei/pauswg.htm", "umwelt-online: PAuswG of 18 June 2009 with amendment footnotes (§ 1 amended 2013, 2017, 2020)"),
	],
	"notes": [
		"The holder of an identity card may not be required to deposit it or to give up custody of it in any other way; this does not apply to authorities entitled to establish identity, nor to seizure and confiscation (§ 1(1) sentences 3-4).",
		"Scope: German identity cards (Personalausweis) of German nationals only. No statute bars an employer from holding a foreign worker's passport or residence document: the Passgesetz has no rule like PAuswG § 1(1) sentence 3, and a foreigner must present, hand over and temporarily leave the passport and residence title only with the authorities enforcing the law on foreigners (AufenthG § 48(1)). Forced labour (StGB § 232b) and labour exploitation (§ 233) punish inducing or exploiting a person by taking advantage of a predicament or of the helplessness of being in a foreign country; they do not name the withholding of documents, which may be evidence of such an offence but is not an offence in itself (texts read; no case law checked).",
	],
}

# METADATA
# title: Foreign workers' passports (no rule)
sources contains {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"entry": "absence",
	"instrument": "Aufenthaltsgesetz (AufenthG); Passgesetz (PassG); Strafgesetzbuch (StGB)",
	"article": "AufenthG § 48(1); StGB §§ 232b, 233 (no rule on documents)",
	"url": concat("", [_gii, "/aufenthg_2004/"]),
	"binding": "law",
	# Dated with the PAuswG rule for nationals, the first day hrdd reads the question for Germany.
	"effective_from": "2010-11-01",
	"verification": "primary",
	"conditions": {"worker_groups": ["foreign_workers"], "text": "foreign workers (passports and residence documents)"},
	"checked_against": [
		_copy("a/aufenthg_2004", "AufenthG"),
		_copy("p/passg_1986", "PassG"),
		_copy("s/stgb", "StGB"),
	],
	"notes": ["No statute bars an employer from holding a foreign worker's passport or residence document: the Passgesetz has no rule like PAuswG § 1(1) sentence 3, and a foreigner must present, hand over and leave the passport and residence title only with the authorities (AufenthG § 48(1)). Forced labour (StGB § 232b) and labour exploitation (§ 233) do not name the withholding of documents, which may be evidence of such an offence but is not an offence in itself (no case law checked)."],
}

# METADATA
# title: No pregnancy test for job applicants (AGG, as applied by the courts)
sources contains {
	"requirement": "maternity.no_pregnancy_testing",
	"value": true,
	"instrument": "Allgemeines Gleichbehandlungsgesetz (AGG)",
	"article": "§§ 3(1) sentence 2, 7(1); BAG 6 February 2003, 2 AZR 621/01",
	"url": concat("", [_gii, "/agg/"]),
	"binding": "law",
	"effective_from": "2006-08-18",
	"verification": "secondary",
	"checked_against": [
		_copy("a/agg", "AGG"),
		_page("https://haufe.de/recht/deutsches-anwalt-office-premium/6-fragerecht-des-arbeitgebers-bei-der-einstellung-eine-vii-schwangerschaft_idesk_PI17574_HI15820391.html", "Haufe, Fragerecht des Arbeitgebers bei der Einstellung: Schwangerschaft (BAG 6.2.2003; since the AGG the question is generally inadmissible)"),
		_page("https://haufe.de/oeffentlicher-dienst/tvoed-office-professional/aerztliche-untersuchung-33-durchfuehrung-der-aerztlichen-untersuchung_idesk_PI13994_HI15554436.html", "Haufe, Ärztliche Untersuchung: in a pre-employment examination the employer may not obtain the answer to an inadmissible question, nor the doctor ask more than the employer may"),
		_page("https://www.deubner-recht.de/produkte/arbeitsrecht-sozialrecht/nav/handbucher/handbuch-arbeitsrecht/6-arbeitsvertragsrecht/6-2-anbahnung-des-arbeitsverhaltnisses/6-2-1-anbahnung-des-arbeitsvertrags/6-2-1-11-besondere-eignungs-und-untersuchungsverfahren", "Deubner, Handbuch Arbeitsrecht: pre-employment medical examinations only with the applicant's consent and limited to fitness for the job"),
	],
	"notes": [
		"Less favourable treatment of a woman because of pregnancy is direct sex discrimination (AGG § 3(1) sentence 2), barred in access to employment (§§ 2(1) no. 1, 7(1)). Following the CJEU (Dekker, C-177/88; Mahlburg, C-207/98), the Federal Labour Court holds that asking an applicant whether she is pregnant is inadmissible even where a maternity employment ban would prevent her starting work (BAG 6 February 2003, 2 AZR 621/01), and she may answer untruthfully; commentators read the AGG as making the question generally inadmissible.",
		"A pre-employment medical examination requires the applicant's consent and may not be used to obtain what the employer may not ask; a pregnancy test is read as such a search. No statute names pregnancy tests.",
	],
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
	"verification": "primary",
	"checked_against": [_copy("m/milog", "MiLoG")],
	"notes": ["The law sets a statutory minimum wage (§ 1), fixed on a proposal of the Minimum Wage Commission; no statute sets a living wage."],
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
	"checked_against": [_copy("m/milog", "MiLoG"), _copy("b/bgb", "BGB"), _copy("g/gewo", "GewO")],
	"notes": [
		"The minimum wage must be paid when agreed and at the latest on the last bank working day (Frankfurt am Main) of the month following the month in which the work was done (MiLoG § 2(1)); hours banked on a written working-time account are compensated within 12 months (§ 2(2)).",
		"Without agreement, pay measured by periods is due at the end of each period (BGB § 614), a default rule that contracts may change. Pay is calculated and paid in euro (GewO § 107(1)).",
	],
}

_lexetius_107 := _page("https://lexetius.de/GewO/107,1", "lexetius: § 107 GewO in force from 1 January 2003 (Arts. 1 no. 19, 10 of the Act of 24 August 2002)")

# METADATA
# title: Wage deductions only as the law allows (set-off within the attachable part)
sources contains {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"instrument": "Bürgerliches Gesetzbuch (BGB); Zivilprozessordnung (ZPO); Gewerbeordnung (GewO)",
	"article": "BGB § 394; ZPO §§ 850, 850c; GewO § 107(2)",
	"url": concat("", [_gii, "/bgb/__394.html"]),
	"binding": "law",
	# GewO § 107 in force 1 January 2003 (lexetius); BGB § 394 dates from 1900.
	"effective_from": "2003-01-01",
	"verification": "primary",
	"checked_against": [_copy("b/bgb", "BGB"), _copy("z/zpo", "ZPO"), _copy("g/gewo", "GewO"), _lexetius_107],
	"notes": [
		"An employer may set off its own claims against wages only insofar as the wages can be attached: no set-off against the non-attachable part (BGB § 394), whose amount ZPO § 850c fixes (e.g. EUR 1,178.59 a month for a worker without dependants in the 2022 text; adjusted every year). Payment in kind and goods credited against pay may not exceed the attachable part either (GewO § 107(2) sentence 5), and goods may not be sold to the worker on credit (sentence 2).",
		"Deductions of tax and social security contributions are prescribed by statute. The limit is the attachable part of wages, not a list of permitted deductions.",
	],
}

# METADATA
# title: Disciplinary deductions (works fines allowed by collective or works agreement)
sources contains {
	"requirement": "wages.no_disciplinary_deductions",
	"entry": "restriction",
	"value": false,
	"instrument": "Betriebsverfassungsgesetz (BetrVG); Bürgerliches Gesetzbuch (BGB)",
	"article": "BetrVG § 87(1) no. 1; BGB § 394",
	"url": concat("", [_gii, "/betrvg/__87.html"]),
	"binding": "law",
	"effective_from": "2003-01-01",
	"verification": "secondary",
	"checked_against": [
		_copy("b/betrvg", "BetrVG"),
		_page("https://haufe.de/personal/haufe-personal-office-platin/betriebsbussen-arbeitsrecht_idesk_PI42323_HI726706@HI520659.html", "Haufe, Betriebsbußen: fines and pay cuts are valid only if laid down in advance in a collective or works agreement (BetrVG § 87(1) no. 1)"),
		_page("https://www.haufe.de/recht/deutsches-anwalt-office-premium/tillmanns-heise-u-a-betrvg-87-mitbestimmungsrechte-33-betriebsbussen_idesk_PI17574_HI612658.html", "Haufe, Tillmanns/Heise, BetrVG § 87, Betriebsbußen: co-determination of the fines code and of each fine (BAG 5.12.1975, 17.10.1989); appropriate fines allowed by the prevailing view"),
	],
	"notes": [
		"No statute bars fines. The courts allow works fines (Betriebsbußen: a reprimand, a fine, a pay cut) for breaches of the order of the establishment if a collective agreement or a works agreement (BetrVG § 87(1) no. 1, co-determined) lays them down in advance; the employer may not impose them unilaterally. Contractual penalties in the employment contract are also allowed, subject to review of standard terms (BGB § 307).",
		"Any deduction by set-off stays within the attachable part of wages (BGB § 394; wages.deductions_only_as_prescribed).",
	],
}

# METADATA
# title: No deductions for obtaining employment (not encoded)
sources contains {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"entry": "not_encoded",
	"reason": "No rule aimed at deductions from wages to pay for getting or keeping a job was found. Set-off is limited to the attachable part of wages (BGB § 394), private placement agents may charge job seekers a capped success fee (SGB III § 296, forced_labour.no_recruitment_fees) and temporary-work agencies may not charge their workers a placement fee (AÜG § 9(1) no. 5, not read); whether these together bar such deductions was not checked.",
	"instrument": "Bürgerliches Gesetzbuch (BGB); Sozialgesetzbuch Drittes Buch (SGB III)",
	"article": "BGB § 394; SGB III § 296",
	"url": concat("", [_gii, "/bgb/__394.html"]),
	"binding": "law",
	"effective_from": "2003-01-01",
	"verification": "primary",
	"checked_against": [_copy("b/bgb", "BGB"), _copy("s/sgb_3", "SGB III")],
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
	"checked_against": [_copy("a/agg", "AGG"), _agg_date],
	"notes": [
		"Every employer must take the measures needed to protect employees against discrimination, harassment and sexual harassment (§ 3(3)-(4)), including preventive measures such as training (§ 12(1)-(2)), act against harassment by colleagues or third parties (§ 12(3)-(4)), make the Act and the competent complaints office known in the establishment (§ 12(5)), and examine complaints (§ 13). The Act requires these measures, not a written policy document.",
		"The AGG covers harassment linked to its grounds and sexual harassment; other violence and bullying fall under the general duty to assess and prevent risks, including psychological stress (ArbSchG § 5(3) no. 6), not encoded.",
	],
}

_normlex := "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:11200:0::NO::P11200_COUNTRY_ID:102643"

_a87 := [{"url": "https://www.alliance87.org/pathfinders/germany", "title": "Alliance 8.7 Pathfinder country page, Germany: table of ILO instruments with ratification dates"}]

_rat(date) := {"status": "ratified", "date": date, "verification": "secondary", "url": _normlex, "checked_against": _a87}

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: |
#   url is the NORMLEX country page; dates are from the Alliance 8.7 Pathfinder page for
#   Germany (named in checked_against, as read for the research notes, not re-read here).
#   The C111 date and the C138 declared minimum age were not found in a checked source and
#   are not encoded.
ratifications := {
	"C29": _rat("1956-06-13"),
	"P29": _rat("2019-06-19"),
	"C87": _rat("1957-03-20"),
	"C98": _rat("1956-06-08"),
	"C100": _rat("1956-06-08"),
	"C105": _rat("1959-06-22"),
	"C111": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": _a87},
	"C138": object.union(_rat("1976-04-08"), {"notes": ["Unverified: the minimum age Germany declared under Art. 2(1) was not found in a checked source and is not encoded. The ratification date is from the Alliance 8.7 page."]}),
	"C182": _rat("2002-04-18"),
	"C155": {
		"status": "not_ratified", "verification": "secondary", "url": _normlex,
		"checked_against": [{"url": "https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13101%3A0%3A%3ANO%3A13101%3AP13101_COMMENT_ID%3A2192040", "title": "NORMLEX, CEACR direct request (adopted 2024): Germany's assessment of ratifying C155 not yet concluded"}],
	},
	"C187": {
		"status": "ratified", "verification": "secondary", "url": _normlex,
		"checked_against": [{"url": "https://normlex.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%3A3499450%2C102643%3ANO", "title": "NORMLEX, CEACR direct request 2017 on C187, Germany (Ratification: 2010)"}],
	},
}
