# METADATA
# title: France national rule pack
# description: |
#   Code du travail (recodified, in force 1 May 2008; working-time articles renumbered
#   by Loi n° 2016-1088 of 8 August 2016, in force 10 August 2016) and France's
#   ratifications of the fundamental ILO conventions. Where an article was renumbered
#   without a change of substance, effective_from is the date of the rule and the
#   article cites both numbers. The 35-hour legal duration only triggers overtime pay
#   (overtime_pay_threshold_weekly); the caps are 10 hours a day and 48 a week, overtime
#   included. The annual overtime quota is not a cap (hours beyond it earn compulsory rest).
package hrdd.national.fr

# METADATA
# title: Country name
name := "France"

_ct := {
	"instrument": "Code du travail",
	"binding": "law",
	# The recodified Code du travail (Ordonnance n° 2007-329, Loi n° 2008-67) came into force on 1 May 2008.
	"effective_from": "2008-05-01",
	"verification": "secondary",
}

_code := "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050/"

_page(url, title) := {"url": url, "title": title}

# Pages read (secondary unless on legifrance.gouv.fr).
_lf_2013 := _page("https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006072050/LEGISCTA000006189631/2013-10-14", "Légifrance: Code du travail, durées maximales (L3121-33 to L3121-37), version in force on 14 October 2013")

_md_ordre_public := _page("https://www.maitredata.com/app/code/travail/sous-section-1-ordre-public", "maitredata: Code du travail L3121-27 to L3121-31 (durée légale, heures supplémentaires), text")

_jo_2016 := _page("https://www.fichier-pdf.fr/2017/01/20/joe-20160809-0003/preview/page/5/", "Journal officiel of 9 August 2016, Loi n° 2016-1088 (copy): new L3121-21 to L3121-24")

_doctrine_3121_27 := _page("https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072050/articles/LEGIARTI000006902466?source=legislation", "Doctrine: Article L3121-27, versions (in force 1 May 2008; renumbered by Loi n° 2016-1088, 10 August 2016)")

_overtime_pages := [
	_page("https://efl.fr/actualite/recours-systematique-aux-heures-supplementaires-constituer-modification-contrat-travail_fd024cf7a-d8c6-4381-8d76-7f58bdefa66d", "Éditions Francis Lefebvre: overtime within the quota is part of the employer's management power (Cass. soc. 9 March 1999, 26 November 2003); systematic overtime modifies the contract (Cass. soc. 8 September 2021)"),
	_page("https://batirama.com/article/45459-eviter-le-recours-systematique-aux-heures-supplementaires.html", "Batirama (F. Taquet): an employee cannot refuse overtime demanded lawfully (Cass. soc. 9 March 1999, 26 November 2003, 8 September 2021)"),
]

# METADATA
# title: Minimum age for employment
sources contains object.union(_ct, {
	"requirement": "child_labour.minimum_age",
	"value": 16,
	"article": "L4153-1",
	"url": _code,
	"checked_against": [
		_page("https://french-business-law.com/french-legislation-art/article-l4153-1-of-the-french-labour-code/", "French Business Law: Article L4153-1, French text and translation"),
		_page("https://juriblio.fr/codes/code-du-travail/partie-legislative/quatrieme-partie/livre-ier/titre-v/chapitre-iii/section-1", "juriblio: Code du travail L4153-1 to L4153-3, text"),
	],
	"notes": ["Young people may not be employed before 16, the end of compulsory schooling."],
	"exceptions": [
		{"article": "L4153-1; L6222-1", "value": 15, "text": "Apprentices from 15 once they have completed the first cycle of secondary education."},
		{"article": "L4153-3; D4153-2 ff.", "value": 14, "text": "From 14, light work suited to their age during school holidays of at least 14 days, with effective rest for at least half of each holiday."},
		{"article": "L7124-1", "text": "Children in performing arts, modelling and advertising with prefectoral authorisation."},
	],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_ct, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "L4153-8",
	"url": _code,
	"checked_against": [_page("https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072050/articles/LEGIARTI000006903187?version=LEGIARTI000006903187&date=2018-01-01&sourcePage=LegislationText&source=legislation-text", "Doctrine: Article L4153-8, in force since 1 May 2008, text")],
	"notes": ["Workers under 18 may not do work that exposes them to risks to their health, safety, morality or that exceeds their strength; the list is in R4153-15 ff."],
	"exceptions": [{
		"article": "L4153-9; R4153-38 to R4153-52",
		"value": 15,
		"text": "Derogations ('travaux réglementés') for young workers and trainees from 15 for vocational training under supervision; the CEACR (2024) finds this inconsistent with C138 Art. 3(3), which allows such exceptions only from 16.",
	}],
})

# METADATA
# title: Workers free to resign
sources contains object.union(_ct, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "L1231-1",
	"url": _code,
	"verification": "primary",
	"checked_against": [_page("https://circulaire.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006072050/LEGISCTA000006177857/2022-06-28/", "Légifrance: Code du travail, L1231-1 ff., version in force on 28 June 2022")],
	"notes": ["An open-ended employment contract may be terminated at the initiative of the employee (resignation, subject to any notice period); Code civil Art. 1780 bars engaging one's services for life. Forced labour is an offence (Code pénal 225-14-1)."],
})

# METADATA
# title: No recruitment fees
sources contains object.union(_ct, {
	"requirement": "forced_labour.no_recruitment_fees",
	"value": true,
	"article": "L5321-3",
	"url": _code,
	"checked_against": [_page("https://www.sas-feapol.fr/news/activite-de-placement-article-l-5321-1-%C3%A0-5325-1-/", "SAS Feapol: Activité de placement, L5321-1 to L5325-1 (no payment may be demanded of job seekers, L5321-3)")],
	"notes": ["No direct or indirect payment may be demanded of job seekers for placement services; criminally sanctioned (L5324-1)."],
	"exceptions": [{"article": "L5321-3", "text": "Exceptions for the placement of performing artists and for sports agents (Code du sport), within limits."}],
})

_wt_notes := "Working-time articles were renumbered by Loi n° 2016-1088 (in force 10 August 2016) without change to these limits."

# METADATA
# title: Maximum regular hours per day (no daily norm)
sources contains object.union(_ct, {
	"requirement": "working_hours.regular_daily_max",
	"entry": "absence",
	"article": "L3121-18, L3121-27",
	"url": _code,
	"checked_against": [_md_ordre_public, _lf_2013],
	"notes": [
		"The legal duration of work (L3121-27) is weekly; the Code sets no daily norm of regular hours, only the daily maximum of 10 hours of actual work, overtime included (working_hours.total_daily_max).",
		_wt_notes,
	],
})

# METADATA
# title: Maximum total hours per day
sources contains object.union(_ct, {
	"requirement": "working_hours.total_daily_max",
	"value": 10,
	"article": "L3121-18 (L3121-34 before 10 Aug 2016)",
	"url": _code,
	"checked_against": [
		_lf_2013,
		_page("https://www.info-tpe.fr/faqs/salaire-temps-de-travail/duree-du-travail-horaires-pause-astreintes/article/agent-de-securite-et-vacations-au-dela-de-10-heures-de-suite", "info-tpe (Ministry of Labour FAQ): maximum of 10 hours a day, derogations up to 12"),
		_page("https://www.cse-guide.fr/contrat-de-travail/duree-maximale-de-travail/", "CSE Guide: durée maximale quotidienne de 10 heures (L3121-18), 12 by agreement"),
	],
	"notes": [
		"Daily actual working time may not exceed 10 hours, overtime included (text of L3121-34 read on Legifrance in its 2013 version; unchanged in substance by the 2016 renumbering).",
		_wt_notes,
	],
	"exceptions": [
		{"article": "L3121-18; D3121-4 ff.", "text": "The labour inspector may authorise longer days for a temporary surge of activity; in an emergency the employer may exceed the limit on its own responsibility and seek regularisation."},
		{"article": "L3121-18; L3121-19", "value": 12, "text": "A company or, failing that, branch agreement may allow up to 12 hours for increased activity or organisational reasons."},
	],
})

# METADATA
# title: Maximum regular hours per week (no cap; the legal duration triggers overtime)
sources contains object.union(_ct, {
	"requirement": "working_hours.regular_weekly_max",
	"entry": "absence",
	"article": "L3121-27 (L3121-10 before 10 Aug 2016)",
	"url": _code,
	"checked_against": [_md_ordre_public, _doctrine_3121_27],
	"notes": [
		"The legal duration of 35 hours a week is a reference threshold above which hours are overtime (working_hours.overtime_pay_threshold_weekly); it is neither a minimum nor a maximum (Ministry of Labour, fiche 'La durée légale du travail'). The caps are the total-hours maxima: 48 hours in a week, 44 on average over 12 weeks.",
		"Workers under 18 may not work more than 35 hours a week (L3162-1); not encoded here.",
		_wt_notes,
	],
})

# METADATA
# title: Weekly hours after which overtime pay is due
sources contains object.union(_ct, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"value": 35,
	"article": "L3121-27, L3121-28 (L3121-10, L3121-22 before 10 Aug 2016)",
	"url": _code,
	"checked_against": [_md_ordre_public, _doctrine_3121_27],
	"notes": [
		"Every hour worked beyond the legal weekly duration of 35 hours (or an equivalent duration) is overtime, giving a right to a pay premium or equivalent compensatory rest (L3121-28).",
		"Only the recodified Code (from 1 May 2008) is encoded; the 35-hour duration is older.",
		_wt_notes,
	],
})

# METADATA
# title: Maximum total hours per week
sources contains object.union(_ct, {
	"requirement": "working_hours.total_weekly_max",
	"value": 48,
	"article": "L3121-20 (L3121-35 before 10 Aug 2016); L3121-22",
	"url": _code,
	"checked_against": [_lf_2013, _jo_2016],
	"notes": [
		"At most 48 hours in any single week, overtime included (L3121-20), the value encoded; and at most 44 hours on average over any 12 consecutive weeks (L3121-22), 46 by agreement (L3121-23), not encoded: one value per requirement.",
		"Text of L3121-35 and L3121-36 read on Legifrance in their 2013 version; unchanged in substance by the 2016 renumbering.",
		_wt_notes,
	],
	"exceptions": [{"article": "L3121-21", "value": 60, "text": "In exceptional circumstances, with administrative authorisation, up to 60 hours a week for the duration of the circumstances."}],
})

# METADATA
# title: Daily hours after which overtime pay is due (none, overtime is counted by the week)
sources contains object.union(_ct, {
	"requirement": "working_hours.overtime_pay_threshold_daily",
	"entry": "absence",
	"article": "L3121-29 (L3121-20 before 10 Aug 2016); L3121-28",
	"url": _code,
	"checked_against": [_md_ordre_public, _doctrine_3121_27],
	"notes": [
		"Overtime is counted by the week (L3121-29: 'Les heures supplémentaires se décomptent par semaine'): only hours beyond the legal weekly duration of 35 hours are overtime (L3121-28). Long days within a week of 35 hours or less earn no overtime pay; the daily limit of 10 hours (L3121-18) caps work but triggers no premium.",
		_wt_notes,
	],
})

_overtime_caps := "French law caps overtime only through the maximum durations of work, overtime included: 10 hours a day (L3121-18), 48 hours in a week (L3121-20) and 44 hours on average over 12 weeks (L3121-22). There is no separate cap on overtime hours per day, week or month."

# METADATA
# title: Maximum overtime per day, week and month (no separate cap)
sources contains object.union(_ct, {
	"requirement": requirement,
	"entry": "absence",
	"article": "L3121-18, L3121-20, L3121-22",
	"url": _code,
	"checked_against": [_lf_2013, _jo_2016, _md_ordre_public],
	"notes": [_overtime_caps, _wt_notes],
}) if some requirement in {"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max", "working_hours.overtime_monthly_max"}

# METADATA
# title: Maximum overtime per year (the annual quota is not a cap)
sources contains object.union(_ct, {
	"requirement": "working_hours.overtime_yearly_max",
	"entry": "absence",
	"article": "L3121-30; L3121-33; L3121-38; D3121-24",
	"url": _code,
	"checked_against": [
		_md_ordre_public,
		_page("http://www.le-code-du-travail.fr/article-D3121-24-a33509251.html", "le-code-du-travail.fr: Article D3121-24 (quota of 220 hours absent an agreement), in force since 1 January 2017"),
		_page("https://legal.tricoteuses.fr/articles/LEGIARTI000033020330", "Tricoteuses (LEGI): Article L3121-39, decree fixes the quota and the compulsory rest absent an agreement"),
	],
	"notes": [
		"Overtime is worked within an annual quota (contingent annuel) set by collective agreement or, failing one, at 220 hours per employee (D3121-24). Hours beyond the quota are lawful: they require consulting the CSE and give a right to a compulsory rest counterpart (contrepartie obligatoire en repos: absent an agreement, 50 % of the hours beyond the quota in companies of up to 20 employees, 100 % above 20), in addition to the pay premium. The quota is therefore not encoded as a cap.",
		_overtime_caps,
		_wt_notes,
	],
})

# METADATA
# title: Overtime is not voluntary within the annual quota
sources contains object.union(_ct, {
	"requirement": "working_hours.overtime_voluntary",
	"entry": "restriction",
	"value": false,
	"article": "L3121-30; Cass. soc. 9 March 1999, n° 96-43.718; Cass. soc. 26 November 2003, n° 01-43.140",
	"url": _code,
	"checked_against": _overtime_pages,
	"notes": [
		"Overtime decided by the employer within the annual quota and for the needs of the business falls within its management power and does not modify the contract: refusing it without a legitimate reason is a real and serious cause for dismissal, even serious misconduct (case law of the Cour de cassation, read in secondary sources).",
		"Systematic overtime that raises the contractual weekly hours is a change to the contract that the employee may refuse (Cass. soc. 8 September 2021, n° 19-16.908).",
	],
})

# METADATA
# title: Minimum overtime pay rate
sources contains object.union(_ct, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 125,
	"article": "L3121-36 (L3121-22 before 10 Aug 2016)",
	"url": "https://www.legifrance.gouv.fr/codes/id/LEGIARTI000033020337/",
	"verification": "primary",
	"checked_against": [_page("https://juriblio.fr/codes/code-du-travail/partie-legislative/troisieme-partie/livre-ier/titre-ii/chapitre-ier/section-3/sous-section-3", "juriblio: Code du travail L3121-35 to L3121-37 (25 % for the first eight overtime hours, 50 % beyond), text")],
	"notes": [
		"Absent an agreement, +25 % for each of the first 8 overtime hours (36th-43rd) and +50 % beyond.",
		"Overtime within the annual quota (220 hours by default, D3121-24) is not voluntary: the employee cannot refuse it.",
		_wt_notes,
	],
	"exceptions": [{"article": "L3121-33", "value": 110, "text": "A company or, failing that, branch agreement may set a lower premium, not below 10 %, or replace payment by compensatory rest."}],
})

# METADATA
# title: Minimum weekly rest
sources contains object.union(_ct, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 35,
	"article": "L3132-1, L3132-2",
	"url": _code,
	"checked_against": [_page("http://www.sni2a.fr/travail-le-dimanche-que-dit-la-loi/", "SNI2A: repos hebdomadaire, no more than six days a week (L3132-1), 24 consecutive hours plus 11 hours of daily rest (L3132-2), Sunday (L3132-3)")],
	"notes": ["No more than six days' work a week; weekly rest of at least 24 consecutive hours plus the 11 consecutive hours of daily rest (L3131-1), i.e. 35 consecutive hours, in principle on Sunday (L3132-3)."],
	"exceptions": [{"article": "L3132-4 ff.; L3132-12 ff.", "text": "Suspension for urgent work and rotating rest days or Sunday work in authorised sectors."}],
})

# METADATA
# title: Minimum annual paid leave
sources contains object.union(_ct, {
	"requirement": "leave.annual_paid_min_days",
	"value": 25,
	"statute": {
		"value": 30,
		"unit": "working days (jours ouvrables) a year on a 6-day week: 2.5 a month of actual work",
		"conversion": "30 x 5/6 = 25 working days on a 5-day week (5 weeks)",
	},
	"article": "L3141-3",
	"url": "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033020826",
	"checked_against": [
		_page("https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072050/articles/LEGIARTI000006902640?source=decisionPageLink", "Doctrine: Article L3141-3, versions of 1 May 2008, 22 August 2008, 24 March 2012 and 10 August 2016; text in force"),
		_page("https://konubinix.eu/braindump/posts/regle_des_12_jours_ouvrables_consecutifs_conge/", "Extracts of L3141-1 and L3141-3 with their Légifrance links"),
	],
	"notes": ["2.5 jours ouvrables (every day of the week except the weekly rest day and public holidays: a six-day week) per month of actual work with the same employer, at most 30 jours ouvrables a year = 5 weeks = 25 days of a five-day week. The entitlement accrues from the first month: no qualifying period."],
})

# METADATA
# title: Minimum maternity leave
sources contains object.union(_ct, {
	"requirement": "maternity.leave_min_weeks",
	"value": 16,
	"article": "L1225-17",
	"url": _code,
	"checked_against": [
		_page("https://www.preventionbtp.fr/droit-de-la-prevention/article-l1225-17-du-code-du-travail_ady2DrJTeC9jADwSmo8QK4", "PréventionBTP: Article L1225-17, text (updated 1 June 2022)"),
		_page("https://tricoteuses.fr/legifrance/articles/JORFARTI000002472583", "Tricoteuses (JORF): Ordonnance n° 2007-329, Article L. 1225-17 as enacted"),
	],
	"notes": ["6 weeks before and 10 weeks after childbirth for the first and second child; 26 weeks (8 + 18) from the third child (L1225-19); longer for multiple births. No qualifying period and no employer-size threshold."],
})

_css := "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073189/"

# METADATA
# title: Minimum maternity cash benefit
# description: |
#   The daily maternity allowance of health insurance equals the basic daily wage: gross
#   pay of the last three months, capped at the social security ceiling, less a flat-rate
#   deduction for employee contributions (21 %, set by ministerial order). Encoded as 79 %
#   of gross earnings up to the ceiling; the statute field keeps the Code's own measure.
sources contains {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 79,
	"statute": {
		"value": 100,
		"unit": "% of the basic daily wage (gain journalier de base): gross pay of the last 3 months / 91.25, capped at the monthly social security ceiling, less a flat rate of 21 % for employee contributions",
		"conversion": "100 x (1 - 0.21) = 79 % of gross earnings up to the ceiling",
	},
	"instrument": "Code de la sécurité sociale",
	"article": "L331-3; R331-5; R323-4",
	"url": _css,
	"binding": "law",
	# R331-5 in its wording of Décret n° 2021-428 (in force 14 April 2021, text read on Doctrine) leaves the
	# flat rate to a ministerial order, not read; the rate of 21 % was read in a page on the 2025 figures.
	# When the rate became 21 % (20.80 % from 1 January 1996, ASH) was not found: encoded from 1 January
	# 2025, the earliest day the value is confirmed; earlier periods are not encoded.
	"effective_from": "2025-01-01",
	"verification": "secondary",
	"checked_against": [
		_page("https://www.doctrine.fr/l/texts/codes/LEGITEXT000006073189/articles/LEGIARTI000006749291", "Doctrine: Code de la sécurité sociale, Article R331-5, version in force from 14 April 2021 (Décret n° 2021-428), text: the allowance is determined under R323-4 and R323-8 within the ceiling; pay less a flat rate for employee contributions set by order"),
		_page("https://www.juritravail.com/Modele-Lettre-Type/conge-maternite", "Juritravail (2025): the maternity allowance equals the basic daily wage, 1/91.25 of gross pay of the last 3 months within the monthly social security ceiling (EUR 3,925 in 2025), less a flat rate of 21 %; at least EUR 11.02 and at most EUR 101.94 a day"),
		_page("https://ash.tm.fr/hebdo/1965/le-social-en-textes/montant-maximal-de-lindemnite-journaliere-maternite-393579.php", "ASH: since 1 January 1996 the maternity allowance equals 100 % of the net basic daily wage within the ceiling (flat rate of contributions 20.80 % in 1996)"),
		_page("https://www.ameli.fr/assure/remboursements/indemnites-journalieres-maladie-maternite-paternite/conge-maternite-salariee", "Assurance Maladie (ameli.fr): conditions for maternity daily allowances of employees (6 months insured, 150 hours in 3 months or 1,015 x the hourly SMIC in 6 months)"),
	],
	"notes": [
		"The daily allowance (indemnité journalière de repos) is paid by health insurance, not by the employer, for the maternity leave (at least 8 weeks off work); it equals the basic daily wage: gross pay of the 3 months before leave divided by 91.25, each pay taken within the monthly social security ceiling, less a flat rate of 21 % representing the employee's statutory and compulsory contributions, i.e. about the net wage (79 % of gross earnings up to the ceiling). Earnings above the ceiling are not covered (maximum EUR 101.94 a day in 2025).",
		"Eligibility: 6 months' insurance as an employee and 150 hours of work in the last 3 months (or 600 hours, or contributions on 1,015 / 2,030 times the hourly SMIC) before the pregnancy or the leave (ameli.fr); not a service condition with the employer. Collective agreements often require the employer to top up to full pay; not encoded.",
	],
}

# METADATA
# title: Compulsory leave after childbirth
sources contains object.union(_ct, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"value": 6,
	"article": "L1225-29",
	"url": _code,
	"checked_against": [_page("https://archive.nossenateurs.fr/intervention/297842", "NosSénateurs: Senate debate, the Minister on the ban on employment of eight weeks before and after childbirth, of which at least six after")],
	"notes": ["The employer may not employ a woman for a total of 8 weeks before and after childbirth, of which at least 6 weeks after it (read in a Senate debate; the article text itself was not read)."],
})

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_ct, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "L3231-1 to L3231-12",
	"url": _code,
	"checked_against": [
		_page("https://www.cabinet-oreco.fr/actualites/actualites-social/le-smic-horaire-a-1202-e-en-2026", "Cabinet Oreco (Les Echos Publishing): SMIC EUR 12.02 an hour from 1 January 2026, Décret n° 2025-1228 of 17 December 2025"),
		_page("https://lejournaldemayotte.yt/2025/12/18/a-compter-du-1er-janvier-2026-le-smic-va-augmenter-de-39-a-mayotte", "Le Journal de Mayotte: decree of 17 December 2025, SMIC EUR 12.02 (EUR 1,823.03 a month for 35 hours)"),
	],
	"notes": ["SMIC of EUR 12.02 gross an hour from 1 January 2026 (EUR 1,823.03 a month for 35 hours)."],
})

# METADATA
# title: Living wage paid (no rule)
sources contains object.union(_ct, {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"article": "L3231-1 to L3231-12",
	"url": _code,
	"checked_against": [
		_page("https://www.cabinet-oreco.fr/actualites/actualites-social/le-smic-horaire-a-1202-e-en-2026", "Cabinet Oreco (Les Echos Publishing): SMIC EUR 12.02 an hour from 1 January 2026, Décret n° 2025-1228 of 17 December 2025"),
		_page("https://lejournaldemayotte.yt/2025/12/18/a-compter-du-1er-janvier-2026-le-smic-va-augmenter-de-39-a-mayotte", "Le Journal de Mayotte: decree of 17 December 2025, SMIC EUR 12.02 (EUR 1,823.03 a month for 35 hours)"),
	],
	"notes": ["The law sets a minimum wage (SMIC), not a living wage."],
})

# METADATA
# title: Prohibited grounds of discrimination
sources contains object.union(_ct, {
	"requirement": "non_discrimination.grounds",
	"value": [
		"national_extraction", "sex", "morals", "sexual_orientation", "gender_identity", "age",
		"family_status", "pregnancy", "genetic_information", "economic_vulnerability",
		"ethnic_origin", "nationality", "race", "political_opinion", "union_membership",
		"elected_office", "religion", "physical_appearance", "surname", "place_of_residence",
		"bank_domiciliation", "health_status", "loss_of_autonomy", "disability", "language",
		"whistleblower_status",
	],
	"article": "L1132-1",
	"url": "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006900787",
	# Version as amended by Loi n° 2022-401 of 21 March 2022 (art. 10), in force 1 September 2022.
	"effective_from": "2022-09-01",
	"verification": "primary",
	"notes": [
		"Mapping: origine -> national_extraction; sexe -> sex; mœurs -> morals; situation de famille -> family_status; caractéristiques génétiques -> genetic_information; appartenance à une ethnie, une nation ou une prétendue race -> ethnic_origin, nationality, race; activités syndicales ou mutualistes -> union_membership; convictions religieuses -> religion; état de santé -> health_status; capacité à s'exprimer dans une langue autre que le français -> language; statut de lanceur d'alerte -> whistleblower_status.",
		"Colour is not named as such; it falls under origin, ethnicity and race. Earlier versions of L1132-1 (since 1 May 2008) listed fewer grounds and are not encoded.",
	],
})

# METADATA
# title: Equal pay for work of equal value
sources contains object.union(_ct, {
	"requirement": "equal_pay.equal_value",
	"value": true,
	"article": "L3221-2",
	"url": _code,
	"checked_against": [
		_page("https://mercator-ocean.eu/a-propos/societe/egalite-professionnelle", "Mercator Ocean: extract of the Code du travail, L3221-1 to L3221-6 (text)"),
		_page("https://www.cfdt-construction-bois.fr/vos-droits/egalite-salariale.html", "CFDT Construction Bois: L3221-2, equal pay for the same work or work of equal value"),
	],
	"notes": ["Every employer ensures equal pay between women and men for the same work or work of equal value (travail de valeur égale, defined in L3221-4)."],
})

# METADATA
# title: Right to organise
sources contains object.union(_ct, {
	"requirement": "freedom_of_association.right_to_organise",
	"value": true,
	"article": "L2141-1",
	"url": _code,
	"checked_against": [
		_page("https://www.handicap-info.fr/droit-du-travail/droits-syndicaux/", "handicap-info (from service-public.fr): every employee may freely join the union of their choice"),
		_page("http://www.syndicat-7s.fr/index.php?option=com_content&view=article&id=1486:liberte-se-syndiquer&catid=43&Itemid=216", "Syndicat 7S: liberté de se syndiquer (L2141-1 ff.)"),
	],
	"notes": ["Every employee may freely join the trade union of their choice; Preamble of the 1946 Constitution para. 6. Statutory exclusions for the police and the military."],
})

# METADATA
# title: Right to collective bargaining
sources contains object.union(_ct, {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"article": "L2221-1",
	"url": _code,
	"checked_against": [_page("https://codes-et-lois.fr/code-du-travail/article-l2221-1", "codes-et-lois.fr: Article L2221-1, text")],
	"notes": ["Employees have the right to collective bargaining of their conditions of employment, training and social guarantees; Preamble of the 1946 Constitution para. 8."],
})

# METADATA
# title: Right to remove oneself from serious danger
sources contains object.union(_ct, {
	"requirement": "health_safety.right_to_remove_from_danger",
	"value": true,
	"article": "L4131-1, L4131-3",
	"url": _code,
	"checked_against": [
		_page("https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072050/articles/LEGIARTI000006903155?source=decisionPageLink", "Doctrine: Article L4131-1, in force since 1 May 2008, text"),
		_page("https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072050/articles/LEGIARTI000006903157?version=LEGIARTI000006903157&date=2017-09-29&sourcePage=LegislationText&source=legislation-text", "Doctrine: Article L4131-3, in force since 1 May 2008, text"),
	],
	"notes": ["A worker may withdraw from any work situation they reasonably believe presents a serious and imminent danger to life or health (droit de retrait), after alerting the employer; no sanction or pay deduction may follow."],
})

# METADATA
# title: Protective equipment free of charge
sources contains object.union(_ct, {
	"requirement": "health_safety.free_protective_equipment",
	"value": true,
	"article": "L4122-2; R4323-95",
	"url": _code,
	"checked_against": [
		_page("https://premisse.app/code-du-travail/article-L4122-2", "Prémisse: Article L4122-2, official text and explanation"),
		_page("https://www.editions-tissot.fr/actualite/sante-securite/peut-on-imposer-aux-salaries-la-prise-en-charge-de-leurs-equipements-de-securite-personnels", "Éditions Tissot: PPE is supplied free of charge by the employer"),
	],
	"notes": ["Health and safety measures may entail no financial charge for workers; personal protective equipment is supplied free of charge by the employer."],
})

# METADATA
# title: Worker participation in health and safety
sources contains object.union(_ct, {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"article": "L2311-2, L2312-5, L2315-36",
	"url": "https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006072050/LEGISCTA000006145399/",
	# The social and economic committee (CSE) replaced the CHSCT under Ordonnance n° 2017-1386, in force 1 January 2018.
	"effective_from": "2018-01-01",
	"verification": "primary",
	"conditions": {
		"employer_employees_min": 11,
		"text": "A social and economic committee (CSE) is set up in undertakings (entreprises) of at least 11 employees; it is compulsory only once that headcount has been reached for 12 consecutive months (L2311-2).",
	},
	"notes": [
		"The CSE contributes to health, safety and working conditions (L2312-5 for undertakings of 11 to 49 employees); from 300 employees it must have a health, safety and working conditions commission (CSSCT, L2315-36).",
		"L2311-2 read on Legifrance (version in force 26 May 2022). Before 2018 the CHSCT (L4611-1) had this role in establishments of 50 or more; not encoded.",
	],
})

# METADATA
# title: No night work under 18
sources contains object.union(_ct, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"article": "L3163-1; L3163-2",
	"url": _code,
	"checked_against": [
		_page("https://www.info-tpe.fr/faqs/apprenti-e/jai-17-ans-et-je-suis-en-apprentissage-dans-la-restauration-il-parait-que-le-travail-de-nuit-est-interdit-pour-les-jeunes-travailleurs-est-ce-que-cest-le-cas-parce-que-mon-employeu", "info-tpe (Ministry of Labour FAQ): night work banned under 18, 8 p.m.-6 a.m. under 16 and 10 p.m.-6 a.m. from 16; derogations (R3163-2)"),
		_page("https://code.travail.gouv.fr/fiche-service-public/travail-de-nuit-dun-jeune-de-moins-de-18-ans", "Code du travail numérique (Ministry of Labour): Travail de nuit d'un jeune de moins de 18 ans (L3163-1 to L3163-3)"),
	],
	"notes": ["Night work is prohibited for young workers (under 18): any work between 10 p.m. and 6 a.m. for those aged 16 and 17, between 8 p.m. and 6 a.m. for those under 16."],
	"exceptions": [{"article": "L3163-2; R3163-1 ff.", "text": "By way of exception the labour inspector may authorise night work in hotels, restaurants, bakeries, pastry-making, performing arts and horse racing, within hours set by decree (in bakeries from 4 a.m.)."}],
})

# METADATA
# title: No pregnancy test for job applicants
sources contains object.union(_ct, {
	"requirement": "maternity.no_pregnancy_testing",
	"value": true,
	"article": "L1225-1",
	"url": _code,
	"verification": "primary",
	"checked_against": [
		_page("https://code.travail.gouv.fr/code-du-travail/l1225-1", "Code du travail numérique (Ministry of Labour): Article L1225-1, official text"),
		_page("https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072050/articles/LEGIARTI000006900880?version=LEGIARTI000006900880&date=2014-07-10&source=legislation-text", "Doctrine: Article L1225-1, in force since 1 May 2008 (formerly L122-25)"),
	],
	"notes": [
		"The employer may not take pregnancy into account to refuse to hire, and is therefore forbidden to seek, or have sought, any information about the pregnancy of the person concerned; a pregnancy test is read as such a search.",
		"A candidate or employee is not obliged to reveal her pregnancy (L1225-2).",
	],
})

# METADATA
# title: Wages paid monthly
sources contains object.union(_ct, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "L3242-1",
	"url": _code,
	"verification": "secondary",
	"checked_against": [
		_page("https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072050/articles/LEGIARTI000006902858", "Doctrine: Article L3242-1, in force since 1 May 2008, text"),
		_page("https://www.maitredata.com/app/code/travail/l3242-1", "maitredata: Article L3242-1, text (source DILA)"),
	],
	"notes": ["Pay is monthly and paid once a month, with a half-month advance on request; home workers, seasonal, intermittent and temporary workers are paid at least twice a month, at most 16 days apart (L3242-3)."],
})

# METADATA
# title: No fines or other pecuniary sanctions
sources contains object.union(_ct, {
	"requirement": "wages.no_disciplinary_deductions",
	"value": true,
	"article": "L1331-2",
	"url": _code,
	"verification": "secondary",
	"checked_against": [
		_page("https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072050/articles/LEGIARTI000006901446", "Doctrine: Article L1331-2, in force since 1 May 2008, text"),
		_page("https://www2.unsa.org/Interdire-les-sanctions-pecuniaires.html", "UNSA: L1331-2, pecuniary sanctions banned; case law on deductions as disguised fines"),
	],
	"notes": ["Fines and other pecuniary sanctions are prohibited; any contrary provision or stipulation is deemed unwritten."],
})

# METADATA
# title: Wage deductions only as the law allows
sources contains object.union(_ct, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "L3251-1 to L3251-3",
	"url": "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006902875/",
	"checked_against": [_page("https://juriblio.fr/codes/code-du-travail/partie-legislative/troisieme-partie/livre-ii/titre-v/chapitre-ier", "juriblio: Code du travail, Retenues, L3251-1 to L3251-4, text")],
	"notes": [
		"The employer may not withhold wages to set off sums owed for supplies of any kind (L3251-1), except for tools and instruments needed for the work, materials in the worker's charge and sums advanced to buy them (L3251-2); cash advances may be recovered only by successive deductions of at most one tenth of the wages due (L3251-3, read on Legifrance). Other claims may be set off only within the attachable fraction of wages (L3252-1 ff., case law).",
		"Fines are barred altogether (L1331-2).",
	],
})

# METADATA
# title: No deductions for obtaining employment (not encoded)
sources contains object.union(_ct, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"entry": "not_encoded",
	"reason": "No general provision naming deductions for getting or keeping a job was found: placement services may not charge job seekers (L5321-3, forced_labour.no_recruitment_fees), set-offs against wages are limited (L3251-1 ff.), and R3255-1 punishes imposing payments or deductions as 'fees' on hiring, in the normal course of work or on termination only in the sectors named in L3251-4 (not read). Whether these together bar such deductions was not checked.",
	"article": "L3251-1; L3251-4; R3255-1; L5321-3",
	"url": _code,
	"checked_against": [
		_page("https://code.travail.gouv.fr/code-du-travail/r3255-1", "Code du travail numérique (Ministry of Labour): Article R3255-1, text"),
		_page("https://juriblio.fr/codes/code-du-travail/partie-legislative/troisieme-partie/livre-ii/titre-v/chapitre-ier", "juriblio: Code du travail, Retenues, L3251-1 to L3251-4, text"),
	],
})

# METADATA
# title: No retention of identity documents (not encoded)
sources contains object.union(_ct, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"entry": "not_encoded",
	"reason": "No provision of the Code du travail, the Code pénal or the CESEDA on employers keeping workers' identity documents was found (searched again in this pass, in French secondary sources and the Ministry of Labour's pages); confiscation may fall under the criminal offences of trafficking and forced labour (Code pénal 225-4-1, 225-14-1) or the general rule against unjustified restrictions of rights (L1121-1), not checked. Whether French law bars it, as a rule or as a cited absence, stays open.",
	"article": "L1121-1",
	"url": _code,
	"verification": "unverified",
})

_ri_text := "The internal rules (règlement intérieur), a written document the employer must draw up in undertakings or establishments of at least %s employees (L1311-2), must restate the Code's provisions on moral and sexual harassment (and, since 2016, sexist conduct) (L1321-2)."

_harassment_pages := [
	_page("https://fr-www.bdo.global/fr-fr/blog/l-entreprise-a-360°/fevrier-2022/mettez-a-jour-votre-reglement-interieur", "BDO: since 1 January 2020 internal rules are compulsory only from 50 employees (reached for 12 consecutive months), before that from 20; they must contain the provisions on moral and sexual harassment and sexist conduct"),
	_page("https://www.aequitas.fr/un-nouveau-seuil-deffectif-pour-le-reglement-interieur/", "Aequitas: Loi PACTE of 22 May 2019, internal rules from 50 employees from 1 January 2020 (previously 20)"),
	_page("http://sist24.org/espace-employeurs/reglement-interieur.html", "SIST 24: L1311-2 as worded before 2020 (at least twenty employees), L1321-1"),
]

_harassment_notes := [
	"Every employer, whatever its size, must take all measures needed to prevent moral and sexual harassment (L1152-4, L1153-5), put an end to sexual harassment and sanction it, and inform workers and job applicants by any means of the criminal-law text on sexual harassment (Code pénal 222-33) and the remedies; that is a duty of prevention and information, not a written policy, and is not encoded as one.",
	"Thresholds: 20 employees until 31 December 2019, 50 (reached for 12 consecutive months) from 1 January 2020 (Loi n° 2019-486 of 22 May 2019, PACTE); read in the pages named in checked_against.",
]

# METADATA
# title: Harassment policy (internal rules), from 20 employees until 2019
sources contains object.union(_ct, {
	"requirement": "harassment.policy",
	"value": true,
	"article": "L1311-2, L1321-2",
	"url": _code,
	# Loi n° 2019-486 of 22 May 2019 (PACTE) raised the threshold to 50 from 1 January 2020.
	"effective_to": "2020-01-01",
	"checked_against": _harassment_pages,
	"conditions": {"employer_employees_min": 20, "text": sprintf(_ri_text, ["20"])},
	"notes": _harassment_notes,
})

# METADATA
# title: Harassment policy (internal rules), from 50 employees
sources contains object.union(_ct, {
	"requirement": "harassment.policy",
	"value": true,
	"article": "L1311-2, L1321-2",
	"url": _code,
	"effective_from": "2020-01-01",
	"checked_against": _harassment_pages,
	"conditions": {
		"employer_employees_min": 50,
		"text": concat(" ", [sprintf(_ri_text, ["50"]), "The obligation applies once the threshold of 50 has been reached for 12 consecutive months."]),
	},
	"notes": _harassment_notes,
})

_normlex := "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:11200:0::NO::P11200_COUNTRY_ID:102632"

_a87_fr := [_page("https://alliance87.org/fr/node/41", "Alliance 8.7 Pathfinder country page, France: ILO instruments ratified (as read for the research notes)")]

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: |
#   url is the NORMLEX country page. C155: ratification authorised by Loi n° 2025-983 of
#   22 October 2025 (JO 23 October 2025); no registration with the ILO found (the CEACR's
#   2025 direct request on C187 notes only the Act authorising it), so recorded as not
#   ratified. P29 and C187 dates from ILO and French government pages; C138 and C182 dates
#   and the C138 declared minimum age were not confirmed in a page read and are not encoded.
ratifications := {
	"C29": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": _a87_fr},
	"P29": {
		"status": "ratified", "date": "2016-06-07", "verification": "primary", "url": _normlex,
		"checked_against": [_page("http://www.ilo.int/global/standards/subjects-covered-by-international-labour-standards/forced-labour/WCMS_488330/lang--fr/index.htm", "ILO news, 7 June 2016: France deposits its instrument of ratification of the 2014 Protocol to C29")],
	},
	"C87": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": _a87_fr},
	"C98": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": _a87_fr},
	"C100": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": _a87_fr},
	"C105": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": _a87_fr},
	"C111": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": _a87_fr},
	"C138": {
		"status": "ratified", "verification": "primary", "url": _normlex,
		"checked_against": [_page("https://normlex.ilo.org/dyn/nrmlx_fr/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2164839%2C102632", "NORMLEX, CEACR comment on C138, France (Ratification: 1990)")],
		"notes": ["Ratified in 1990 (NORMLEX; ratification authorised by Loi n° 90-356 of 20 April 1990). Unverified: the exact ratification date and the minimum age declared under Art. 2(1), not encoded."],
	},
	"C182": {
		"status": "ratified", "verification": "secondary", "url": _normlex,
		"checked_against": array.concat(_a87_fr, [_page("https://altantogro.com/un-record-la-proteccion-contra-peores-formas-de-trabajo-infantil-oit", "Altantogro: C182 ratified by all 187 ILO member States (universal ratification, 2020)")]),
		"notes": ["Ratified by all 187 ILO member States by 2020 (universal ratification, reported December 2020). Unverified: France's exact ratification date, not encoded."],
	},
	"C155": {
		"status": "not_ratified", "verification": "secondary", "url": _normlex,
		"checked_against": [
			_page("https://travail-emploi.gouv.fr/un-engagement-historique-pour-la-protection-des-travailleurs-apres-le-senat-le-13-fevrier-ladoption-par-lassemblee-nationale-du-projet-de-loi-autorisant-la-ratification-de-la-convention-ndeg155-de-loit-sur-la-securite-et-la-sante-des-travailleurs", "Ministère du Travail: adoption of the bill authorising the ratification of C155 (2025)"),
			_page("https://www.faceaurisque.com/2025/10/31/sst-loi-n-2025-983-autorise-la-france-ratifier-convention-n-155-oit", "Face au risque (31 October 2025): Loi n° 2025-983 of 22 October 2025 (JO 23 October) authorises the ratification of C155"),
			_page("https://wwwex.ilo.org/dyn/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A4462966%2Cen%3ANO", "NORMLEX, CEACR direct request on C187, France, adopted 2025, published 114th ILC session (2026): notes the Act of 22 October 2025 authorising the ratification of C155 and asks for new developments"),
		],
		"notes": ["Ratification authorised by Loi n° 2025-983 of 22 October 2025. No registration of the instrument of ratification with the ILO was found in the pages read (searched again in this pass); the CEACR's direct request adopted in 2025 still treats ratification as pending."],
	},
	"C187": {
		"status": "ratified", "date": "2014-10-29", "verification": "primary", "url": _normlex,
		"checked_against": [
			_page("http://www.ilo.org/global/standards/subjects-covered-by-international-labour-standards/occupational-safety-and-health/WCMS_316807/lang--fr/index.htm", "ILO news: France ratifies C187 (29 October 2014)"),
			_page("https://onu-geneve.delegfrance.org/Depot-de-l-instrument-de", "Permanent Mission of France in Geneva: deposit of the instrument of ratification of C187 with the ILO Director-General on 29 October"),
			_page("https://wwwex.ilo.org/dyn/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A4462966%2Cen%3ANO", "NORMLEX, CEACR direct request on C187, France (Ratification: 2014), adopted 2025"),
		],
	},
}
