# METADATA
# title: Taiwan national rule pack
# description: |
#   Labor Standards Act (1984) as amended, Minimum Wage Act (2023), Gender Equality in
#   Employment Act (2002), Employment Service Act (1992, wholly amended 2002) and its
#   rules on private employment services and foreign workers, Occupational Safety and
#   Health Act (wholly amended 2013), Labor Union Act (wholly amended 2010, in force
#   2011), Collective Agreement Act (wholly amended 2008, in force 2011) and the HIV
#   Infection Control and Patient Rights Protection Act.
#
#   Texts were read in the open data of the Laws & Regulations Database of the Republic
#   of China (law.moj.gov.tw), update of 11 October 2024, as mirrored verbatim by
#   kong0107/mojLawSplitJSON (Chinese text, the official English translation, and each
#   law's amendment history, which dates the changes). Laws "in force from promulgation"
#   take effect on the third day counted from promulgation (Central Regulation Standard
#   Act Art. 13), so the dates below are promulgation + 2 days unless an order fixed them.
#   Where only the current wording was read, effective_from is the day it came into force,
#   a lower bound noted as such. Texts of 1984 and 2000 read on the Ministry of Labor's
#   database of historical versions (laws.mol.gov.tw) date the earlier weekly hours.
#   Later amendments were checked in the amendment histories of the database's open data
#   of 21 August 2026 (verbatim extract in xs1128/boundkeeper): the Labor Standards Act
#   was last amended on 31 July 2024 (Art. 54, retirement), the Gender Equality in
#   Employment Act on 16 August 2023, the Employment Service Act on 20 January 2025
#   (Art. 46, eligibility to employ foreign household caregivers), and the Occupational
#   Safety and Health Act by the amendment promulgated on 19 December 2025 and in force
#   from 1 July 2026 (workplace bullying, Arts. 22-1 to 22-3), which is encoded.
#   Amendments after 21 August 2026 were not checked.
#
#   Taiwan is not a member of the ILO and cannot ratify its conventions: `ratifications`
#   lists the eleven fundamental instruments as not_member, so that the engine holds
#   companies to them as the international baseline. Taiwan gave the ICCPR and ICESCR
#   domestic legal status by the Act to Implement the International Covenant on Civil and
#   Political Rights and the International Covenant on Economic, Social and Cultural Rights
#   (promulgated 22 April 2009, in force 10 December 2009, Arts. 2, 9), cited in notes
#   where the Covenants reach a requirement (forced labour, equal pay, unions).
#
#   Size rules (sexual-harassment and workplace-violence measures by number of employees)
#   are conditions; the pack reads no input.context.
package hrdd.national.tw

# METADATA
# title: Country name
name := "Taiwan"

# Commit of the mirror read (UpdateDate 20241011).
_commit := "0d26e6c7c759821bbb6465162ffe149af5aed203"

_en(pcode) := sprintf("https://law.moj.gov.tw/Eng/LawClass/LawAll.aspx?pcode=%s", [pcode])

_zh(pcode) := sprintf("https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=%s", [pcode])

# The mirrored database records read, named in checked_against.
_moj(pcode, title) := [
	{
		"url": sprintf("https://github.com/kong0107/mojLawSplitJSON/blob/%s/FalVMingLing/%s.json", [_commit, pcode]),
		"title": sprintf("%s: Chinese text and amendment history from the Laws & Regulations Database open data, update of 11 October 2024 (kong0107/mojLawSplitJSON mirror, verbatim copy)", [title]),
	},
	{
		"url": sprintf("https://github.com/kong0107/mojLawSplitJSON/blob/%s/Eng_FalVMingLing/%s.json", [_commit, pcode]),
		"title": sprintf("%s: official English translation from the same database update (mirror, verbatim copy)", [title]),
	},
]

_moj_zh(pcode, title) := [{
	"url": sprintf("https://github.com/kong0107/mojLawSplitJSON/blob/%s/FalVMingLing/%s.json", [_commit, pcode]),
	"title": sprintf("%s: Chinese text and amendment history from the Laws & Regulations Database open data, update of 11 October 2024 (kong0107/mojLawSplitJSON mirror, verbatim copy; no English translation)", [title]),
}]

# The LSA was promulgated on 30 July 1984 and is in force from promulgation (Art. 86(1)),
# i.e. from 1 August 1984 (Central Regulation Standard Act Art. 13; zh.wikipedia gives the
# same date). Articles never amended since (Arts. 5, 6, 15, 22, 26, 42, 48, 50, per the
# amendment history) are encoded from that day.
_lsa := {
	"instrument": "Labor Standards Act (勞動基準法)",
	"url": _en("N0030001"),
	"binding": "law",
	"effective_from": "1984-08-01",
	"verification": "primary",
	"checked_against": _moj("N0030001", "Labor Standards Act"),
}

# Amendment promulgated 31 January 2018, in force 1 March 2018 (Art. 86(3)): Arts. 24, 32,
# 34, 36-38, 32-1. Used as a lower bound where the earlier wording was not read.
_lsa_2018 := object.union(_lsa, {"effective_from": "2018-03-01"})

_lsa_scope := "The Act applies to every employment relationship, save industries or workers the Ministry of Labor has designated as unsuited to it (Art. 3(3)); those designations were not read and are not encoded as conditions."

# METADATA
# title: Minimum age for employment
sources contains object.union(_lsa, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "Art. 45(1)",
	# Art. 45 as amended on 11 December 2013 (in force 13 December 2013); earlier wording not read.
	"effective_from": "2013-12-13",
	"notes": [
		"No employer may employ a person under 15 (Art. 45(1)); a worker of 15 but under 16 is a child worker (Art. 44(1)) with limited hours (8 a day, 40 a week, no work on regular leave days, Art. 47) and no night work (Art. 48). The employer must keep the legal representative's consent and proof of age for workers under 18 (Art. 46).",
		"Effective date is that of the 2013 amendment of Art. 45, a lower bound.",
		_lsa_scope,
	],
	"exceptions": [{
		"article": "Art. 45(1) proviso, (2)-(3)",
		"text": "A person under 15 may be employed if a junior high school graduate, or where the competent authority has found and authorised that the nature and environment of the work do not harm the child's physical and mental health (criteria set by the Ministry by age, kind of work and compulsory schooling); child-worker protections then apply.",
	}],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_lsa, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "Art. 44(2)",
	# Art. 44 as amended on 16 December 2015 (in force 18 December 2015).
	"effective_from": "2015-12-18",
	"notes": [
		"Child workers (15 but under 16) and persons of 16 but under 18 may not do dangerous or harmful work (Art. 44(2)); the work is listed by the Ministry of Labor (criteria not read).",
		"Effective date is that of the 2015 amendment of Art. 44, a lower bound.",
	],
})

# METADATA
# title: No night work for child workers (15 but under 16)
sources contains object.union(_lsa, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 16,
	"article": "Arts. 44(1), 48",
	"notes": [
		"Child workers, i.e. persons of 15 but under 16 (Art. 44(1)), may not work between 8 p.m. and 6 a.m. (Art. 48). The Act sets no night-work limit for workers of 16 and 17, so the minimum age for night work is 16.",
		"The ban on night work by women (Art. 49(1)) was held unconstitutional and void from 20 August 2021 (Judicial Yuan Interpretation No. 807); a woman who cannot work between 10 p.m. and 6 a.m. for health or other proper reasons may not be forced to (Art. 49(3)).",
	],
	"checked_against": array.concat(_moj("N0030001", "Labor Standards Act"), [
		{"url": "https://cons.judicial.gov.tw/docdata.aspx?fid=100&id=310988&rn=-379", "title": "Constitutional Court: J.Y. Interpretation No. 807 (20 August 2021), LSA Art. 49(1) void from the date of the Interpretation"},
		{"url": "https://www.sllaw.com.tw/post/110091301", "title": "Sheng Lang law office: Interpretation No. 807 declares LSA Art. 49(1) unconstitutional, void from 20 August 2021"},
	]),
})

_free_to_resign_notes := [
	"No employer may compel a worker to work by force, coercion, detention or other illegal means (Art. 5; penal sanction Art. 75). A worker may end an indefinite contract on the notice of Art. 16(1) (10 to 30 days by length of service, Art. 15(2)) and any contract without notice on the grounds of Art. 14; no one may interfere in another's labour contract for illegal gain (Art. 6).",
	"Fixed-term contracts for specific work of more than three years can be ended by the worker only after three years, on 30 days' notice (Art. 15(1)); minimum-service clauses are void unless the employer paid for professional training or gives reasonable compensation (Art. 15-1, since 18 December 2015).",
	"Migrant workers in manufacturing, construction, fishing, care and domestic work (Employment Service Act Art. 46(1)(viii)-(x)) are hired on fixed-term contracts (Art. 46(3)) and may not change employer except with the Ministry of Labor's approval where the employer died, closed, failed to pay wages or for other reasons not attributable to the worker (Arts. 53(4), 59); leaving the job otherwise ends the permit. Forcing a foreign worker to work by coercion or other illegal means is barred again in Art. 57(vii). Art. 46 was amended on 20 January 2025 (eligibility to employ foreign household caregivers, amendment history); its paragraph numbering after that amendment was not re-read.",
	"The ICCPR, whose Art. 8 bars forced labour, has domestic legal status (Act to Implement the ICCPR and ICESCR, Art. 2, in force 10 December 2009).",
]

# METADATA
# title: Workers free to resign (prohibition of forced labour)
sources contains object.union(_lsa, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "Arts. 5, 14, 15",
	"notes": _free_to_resign_notes,
})

_esa := {
	"instrument": "Employment Service Act (就業服務法)",
	"url": _en("N0090001"),
	"binding": "law",
	"verification": "primary",
	"checked_against": _moj("N0090001", "Employment Service Act"),
}

# METADATA
# title: Recruitment fees charged to workers within set limits (restriction)
sources contains {
	"requirement": "forced_labour.no_recruitment_fees",
	"entry": "restriction",
	"value": false,
	"instrument": "Employment Service Act (就業服務法); Standards for Fee-charging Items and Amounts of the Private Employment Services Institution",
	"article": "ESA Arts. 35(2), 40(1)(v), 66; Standards Arts. 4-6",
	"url": _en("N0090028"),
	"binding": "law",
	# Standards Art. 6 as amended on 6 April 2017, in force from issue (Art. 8), i.e. 8 April 2017.
	"effective_from": "2017-04-08",
	"verification": "primary",
	"checked_against": array.concat(
		array.concat(_moj("N0090028", "Standards for Fee-charging Items and Amounts of the Private Employment Services Institution"), _moj("N0090001", "Employment Service Act")),
		[{"url": "https://www.cna.com.tw/news/ahel/202510210171.aspx", "title": "CNA, 21 October 2025: brokers may charge migrant workers only the service fee; 'job-buying fees' are illegal, fined 10 to 20 times the excess (Ministry of Labor)"}],
	),
	"notes": [
		"Private employment services may charge fees set by the Ministry (ESA Art. 35(2)); anything beyond the standard is barred (Art. 40(1)(v)) and fined 10 to 20 times the excess (Art. 66).",
		"The standard lets them charge workers: domestic job seekers registration and placement fees up to 5 % of the first month's wage, counselling and testing fees (Art. 4); foreign professionals up to the first month's wage and NT$2,000 a year (Art. 5); migrant workers in manufacturing, construction, fishing, care and domestic work a monthly service fee of at most NT$1,800 in the first year, 1,700 in the second and 1,500 from the third, not charged in advance (Art. 6). Workers therefore pay for placement, which ILO C181 Art. 7 and the ILO fair-recruitment principles bar.",
		"Fees charged by recruiters in the sending countries are outside Taiwan's law; employers keep an affidavit of the costs the worker paid to come to Taiwan (Regulations on the Permission and Administration of the Employment of Foreign Workers Art. 66(3)).",
		"Effective date is that of the 2017 amendment of the fee standard, a lower bound (the standard dates from 2004).",
	],
}

# METADATA
# title: No retention of identity documents (all job seekers and employees)
sources contains object.union(_esa, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"value": true,
	"article": "Arts. 5(2)(ii), 67",
	# Art. 5 as amended on 28 November 2018 (in force 30 November 2018); earlier wording not read.
	"effective_from": "2018-11-30",
	"notes": [
		"In recruiting or employing, an employer may not keep a job seeker's or employee's national identity card, work certificate or other identity documents against his or her will (Art. 5(2)(ii)); fine NT$60,000 to 300,000 (Art. 67). Keeping them with the worker's consent is not barred by the letter of the Act.",
		"Effective date is that of the 2018 amendment of Art. 5, a lower bound.",
	],
})

# METADATA
# title: No retention of foreign workers' passports and residence permits
sources contains object.union(_esa, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"value": true,
	"article": "Arts. 54(1)(viii), 57(viii), 67",
	# Art. 57 stands as in the whole amendment promulgated on 21 January 2002 (in force 23 January 2002).
	"effective_from": "2002-01-23",
	"notes": [
		"An employer may not illegally withhold a foreign worker's passport or residence certificate or take the worker's property (Art. 57(viii)); fine NT$60,000 to 300,000 (Art. 67); recruitment and employment permits are refused where it happened in the two years before the application (Art. 54(1)(viii), (2)). Private employment services may not keep identity documents against the worker's will (Art. 40(1)(x)).",
		"Art. 57 is unamended since the 2002 whole amendment (amendment history).",
	],
})

# Hours: the regular hours of Art. 30 are a limit under the catalogue rule: work beyond
# them needs the consent of the union or, failing one, of the labour-management meeting
# (Art. 32(1)) and, the Ministry holds, of the worker; paying the Art. 24 premium does not
# make it lawful, and breach is an offence (Art. 79(1)(i)). The same figures are the
# thresholds of the Art. 24 premium (Enforcement Rules Art. 20-1).

_flex_hours := [
	{"article": "Art. 30(2)-(4)", "text": "In industries designated by the Ministry, with the consent of the union or labour-management meeting, regular hours may be redistributed over two weeks (up to 2 more hours a day, 48 a week) or eight weeks (8 a day, 48 a week)."},
	{"article": "Art. 30-1", "text": "In designated industries, four-week schemes may put up to 2 more regular hours on a day (10), with at most 2 hours of overtime on such a day."},
	{"article": "Art. 84-1", "text": "Supervisory, managerial and designated professional workers, monitoring or intermittent work and other special work approved by the Ministry may agree other hours in writing, filed with the local authority, outside Arts. 30, 32, 36, 37 and 49."},
]

# METADATA
# title: Maximum regular hours per day
sources contains object.union(_lsa, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Art. 30(1)",
	"checked_against": array.concat(_moj("N0030001", "Labor Standards Act"), [{"url": _mol_1984, "title": "Ministry of Labor database: Labor Standards Act as promulgated 30 July 1984, Art. 30 (8 hours a day, 48 a week)"}]),
	"notes": [
		"Regular working time may not exceed 8 hours a day (Art. 30(1)), as since the 1984 Act (original Art. 30 read on the Ministry of Labor's database).",
		_lsa_scope,
	],
	"exceptions": _flex_hours,
})

_mol_1984 := "https://laws.mol.gov.tw/FINT/FINTQRY05.aspx?ecode=N00000&edate=19910608&ecase=%EF%BC%8880%EF%BC%89%E5%8F%B0%E5%8B%9E%E5%8B%95%E4%BA%8C&eno=14217&tbl=Ferela&til=%EF%BC%8880%EF%BC%89%E5%8F%B0%E5%8B%9E%E5%8B%95%E4%BA%8C%E5%AD%97%E7%AC%AC%2014217%20%E8%99%9F%20%E5%87%BD&id=FL014930&ldate=19840730&nh=H"

_mol_2000 := "https://laws.mol.gov.tw/FLAW/PrintFLAWDAT0801.aspx?id=FL014930&ldate=20000628&modify=1"

# METADATA
# title: Maximum regular hours per week, 1984-2000 (48 hours)
sources contains object.union(_lsa, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"article": "Art. 30(1) of the 1984 Act",
	"url": _mol_1984,
	"effective_to": "2001-01-01",
	"checked_against": [{"url": _mol_1984, "title": "Ministry of Labor database: Labor Standards Act as promulgated 30 July 1984, Art. 30 (8 hours a day, 48 a week)"}],
	"notes": ["Regular working time of 8 hours a day and 48 a week (Art. 30(1) as promulgated in 1984, read on the Ministry of Labor's database of historical versions)."],
})

# METADATA
# title: Maximum regular hours per week, 2001-2015 (84 hours per two weeks)
sources contains object.union(_lsa, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 42,
	"statute": {
		"value": 84,
		"unit": "hours per two weeks",
		"conversion": "÷ 2 = 42 hours a week on average over the two weeks; a single week could hold more (up to 44 a week under the 2000 wording, 48 from the 2002 amendment, where hours were redistributed)",
	},
	"article": "Art. 30(1) as amended on 28 June 2000",
	"url": _mol_2000,
	# Art. 30(1)-(2) as amended on 28 June 2000 took effect on 1 January 2001 (Art. 86(2)).
	"effective_from": "2001-01-01",
	"effective_to": "2016-01-01",
	"checked_against": array.concat([{"url": _mol_2000, "title": "Ministry of Labor database: Labor Standards Act Art. 30 as amended 28 June 2000 (8 hours a day, 84 per two weeks, from 1 January 2001)"}], _moj("N0030001", "Labor Standards Act (Art. 86(2) and amendment history)")),
	"notes": ["Regular working time of 8 hours a day and 84 per two weeks from 1 January 2001 until the 40-hour week of 1 January 2016 (Art. 86(2)); read on the Ministry of Labor's database of historical versions."],
})

# METADATA
# title: Maximum regular hours per week (40 hours, from 2016)
sources contains object.union(_lsa, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 40,
	"article": "Art. 30(1)",
	# Amendment promulgated 3 June 2015, in force 1 January 2016 (Art. 86(2)).
	"effective_from": "2016-01-01",
	"notes": [
		"Regular working time may not exceed 40 hours a week (Art. 30(1)); overtime only with the consent of the union or labour-management meeting (Art. 32(1)) and within the caps of Art. 32(2).",
		_lsa_scope,
	],
	"exceptions": _flex_hours,
})

# METADATA
# title: Overtime pay thresholds (8 hours a day, 40 a week)
sources contains object.union(_lsa, {
	"requirement": requirement,
	"value": value,
	"article": "Arts. 24, 30(1); Enforcement Rules Art. 20-1",
	# 1 January 2016, the 40-hour week; the Ministry's order of 21 June 2016 defines overtime from that day as hours beyond 8 a day or 40 a week.
	"effective_from": "2016-01-01",
	"checked_against": array.concat(_moj("N0030001", "Labor Standards Act"), _moj("N0030002", "Enforcement Rules of the Labor Standards Act (Art. 20-1 and the Ministry's order of 21 June 2016 in the amendment history)")),
	"notes": [
		"Overtime is work beyond 8 hours a day or 40 a week, or beyond the rescheduled hours under Arts. 30(2)-(3) and 30-1(1)(i), and work on a rest day (Enforcement Rules Art. 20-1); it carries the Art. 24 premium.",
		"Encoded from 1 January 2016, the day of the 40-hour week, from which the Ministry's order of 21 June 2016 applies the definition; the earlier thresholds are not encoded.",
	],
}) if some [requirement, value] in [
	["working_hours.overtime_pay_threshold_daily", 8],
	["working_hours.overtime_pay_threshold_weekly", 40],
]

# METADATA
# title: Overtime with collective consent and the worker's consent
sources contains object.union(_lsa_2018, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "Arts. 32(1), 42",
	"verification": "secondary",
	"checked_against": array.concat(_moj("N0030001", "Labor Standards Act"), [{"url": "https://tplu.org.tw/2017/05/28/%e5%88%86%e4%ba%ab-%e5%bb%b6%e9%95%b7%e5%b7%a5%e6%99%82%e5%90%8c%e6%84%8f%e7%a8%8b%e5%ba%8f/", "title": "Taipei Confederation of Labor Unions (2017): overtime needs the union's or labour-management meeting's consent and the individual worker's consent (Council of Labor Affairs letter 勞動2字第1000070102號, 2 May 2011)"}]),
	"notes": [
		"An employer may extend working hours only with the consent of the union or, where the business has none, of the labour-management meeting (Art. 32(1)); the Council of Labor Affairs held in 2011 that the individual worker's consent is needed as well (letter of 2 May 2011, as reported), which may be given in the labour contract in advance.",
		"An employer may not compel a worker who cannot work beyond regular hours for health or other proper reasons (Art. 42). In emergencies (acts of God, accidents, unexpected events) hours may be extended with notice to the union or authority within 24 hours (Art. 32(4)).",
		"Effective date is that of the current Art. 32 (1 March 2018), a lower bound; the consent requirement of Art. 32(1) dates from the 2002 amendment.",
	],
})

# METADATA
# title: Minimum overtime premium
sources contains object.union(_lsa_2018, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 133.33,
	"statute": {
		"value": 1,
		"unit": "third of the regular hourly wage added for the first two hours of overtime",
		"conversion": "100 + 100/3 = 133.33 % of the regular hourly wage, rounded down so that exactly one third is not reported below",
	},
	"article": "Art. 24(1)",
	"notes": [
		"At least one third of the regular hourly wage added for the first 2 hours of overtime on a working day and two thirds for the next 2 (Art. 24(1)(i)-(ii)); double pay for hours extended in emergencies under Art. 32(4) (Art. 24(1)(iii)).",
		"Work on a rest day: at least an additional 1 1/3 of the regular hourly wage for the first 2 hours and 1 2/3 after (Art. 24(2)); work on a regular leave day or holiday: double pay (Arts. 39, 40). Compensatory time off instead of pay at the worker's choice, hour for hour, and pay if not taken (Art. 32-1).",
		"Effective date is that of the current Art. 24 (1 March 2018), a lower bound.",
	],
})

_caps_notes := [
	"Overtime plus regular hours may not exceed 12 hours a day; overtime may not exceed 46 hours a month, or, with the consent of the union or labour-management meeting, 54 hours a month and 138 in each three months (Art. 32(2)); employers of 30 or more workers using the higher cap must report it to the local authority (Art. 32(3)). Rest-day work counts towards these caps (Art. 36(3)). The three months run in consecutive calendar cycles agreed by the parties (Enforcement Rules Art. 22).",
	"Not in mines' underground work, where hours may not be extended except for supervisory work or emergencies (Art. 32(5)). Work in emergencies under Art. 32(4) is outside the caps.",
	"Effective date is that of the 2018 amendment (1 March 2018), a lower bound: the 12-hour day and 46-hour month date from the 2002 amendment (wording not read).",
]

# METADATA
# title: Maximum total hours per day (12 hours)
sources contains object.union(_lsa_2018, {
	"requirement": "working_hours.total_daily_max",
	"value": 12,
	"article": "Art. 32(2)",
	"notes": _caps_notes,
	"exceptions": [{"article": "Art. 32(4)", "text": "In acts of God, accidents or unexpected events hours may be extended beyond the caps, with notice to the union (or report to the authority) within 24 hours and compensatory rest afterwards."}],
})

# METADATA
# title: Maximum overtime per month (46 hours)
sources contains object.union(_lsa_2018, {
	"requirement": "working_hours.overtime_monthly_max",
	"value": 46,
	"article": "Art. 32(2)",
	"notes": _caps_notes,
	"exceptions": [
		{"article": "Art. 32(2) proviso, (3)", "value": 54, "text": "With the consent of the union or, failing one, the labour-management meeting: up to 54 hours of overtime a month, and at most 138 hours in each three-month cycle; employers of 30 or more workers report it to the local authority."},
		{"article": "Art. 32(4)", "text": "Emergency extensions (acts of God, accidents, unexpected events) are outside the cap."},
	],
})

# METADATA
# title: Maximum overtime per day, week and year, total hours per week (none)
sources contains object.union(_lsa_2018, {
	"requirement": requirement,
	"entry": "absence",
	"article": "Arts. 30, 32(2), 36",
	"notes": [
		"The Act caps total hours at 12 a day and overtime at 46 a month (54, and 138 per three months, by agreement), Art. 32(2); it sets no separate daily, weekly or yearly overtime cap and no weekly total. On an 8-hour day overtime is at most 4 hours; on a rest day, which has no regular hours, up to 12 hours of overtime are possible.",
		"The monthly and three-month caps keep a year's overtime near 552 hours (46 x 12 = 138 x 4), a figure the Act does not state.",
	],
}) if some requirement in {
	"working_hours.overtime_daily_max",
	"working_hours.overtime_weekly_max",
	"working_hours.overtime_yearly_max",
	"working_hours.total_weekly_max",
}

# METADATA
# title: Minimum weekly rest
sources contains object.union(_lsa_2018, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "Arts. 36(1), 40",
	"notes": [
		"Two days off in every seven: one regular leave day (例假) and one rest day (休息日) (Art. 36(1)). Only the regular leave day is protected rest: work on it is allowed only in acts of God, accidents or unexpected events, with double pay and a compensatory day (Art. 40); the rest day may be worked as overtime with the Art. 24(2) premium. Encoded as one day, 24 hours.",
		"Effective date is that of the 2018 amendment of Art. 36 (1 March 2018), a lower bound; the two-days-off rule dates from the amendment of 21 December 2016.",
	],
	"exceptions": [
		{"article": "Art. 36(2)", "text": "Under the flexible schemes of Arts. 30(2)-(3) at least one regular leave day in seven; under Art. 30-1 at least two regular leave days in two weeks, so up to 12 consecutive working days."},
		{"article": "Art. 36(4)-(5)", "text": "In industries designated by the Ministry with the consent of the sector authority, the regular leave day may be moved within each seven-day cycle (up to 12 consecutive working days), with union or labour-management meeting consent; employers of 30 or more workers report it."},
	],
})

# METADATA
# title: Minimum annual paid leave
sources contains object.union(_lsa_2018, {
	"requirement": "leave.annual_paid_min_days",
	"value": 7,
	"article": "Art. 38(1)",
	"conditions": {
		"service_months_min": 12,
		"text": "Owed to a worker with one year or more of continuous service with the same employer or business entity (Art. 38(1)(ii)); 3 days after six months (Art. 38(1)(i)).",
	},
	"notes": [
		"Annual paid leave by length of service: 3 days after 6 months, 7 after 1 year, 10 after 2, 14 after 3, 15 after 5, and one more day a year after 10 up to 30 (Art. 38(1)); the worker schedules the days (Art. 38(2)); unused days are paid at the end of the year or contract unless deferred by agreement to the next year (Art. 38(4)).",
		"Days are working days of the worker; on the two-days-off week of Art. 36 seven days are a week and two days, so the figure is not converted.",
		"Effective date is that of the 2018 amendment of Art. 38 (1 March 2018), a lower bound: the schedule with 3 days after six months took effect on 1 January 2017 (Art. 86(2)).",
	],
})

# METADATA
# title: Minimum maternity leave (Labor Standards Act)
sources contains object.union(_lsa, {
	"requirement": "maternity.leave_min_weeks",
	"value": 8,
	"article": "Art. 50(1)",
	"notes": [
		"A woman shall stop work and be given 8 weeks' maternity leave before and after childbirth (4 weeks after a miscarriage after three months of pregnancy) (Art. 50(1)); unamended since 1984. The statute counts in weeks: no conversion.",
		"Pregnant workers may ask for lighter work without loss of pay (Art. 51); breastfeeding breaks twice a day of 30 minutes for a child under one (Art. 52), 60 minutes a day for a child under two under the Gender Equality in Employment Act (Art. 18).",
	],
})

# METADATA
# title: Minimum maternity leave (Gender Equality in Employment Act)
sources contains {
	"requirement": "maternity.leave_min_weeks",
	"value": 8,
	"instrument": "Gender Equality in Employment Act (性別平等工作法)",
	"article": "Art. 15(1)",
	"url": _en("N0030014"),
	"binding": "law",
	# Art. 15 as amended on 12 January 2022, in force 18 January 2022 by Executive Yuan order.
	"effective_from": "2022-01-18",
	"verification": "primary",
	"checked_against": _moj("N0030014", "Gender Equality in Employment Act"),
	"notes": [
		"The employer shall stop a woman working and give her 8 weeks' maternity leave before and after childbirth; 4 weeks, 1 week or 5 days after a miscarriage by length of pregnancy (Art. 15(1)); 7 days' paid leave for prenatal check-ups (Art. 15(4)). Applies also to workers outside the Labor Standards Act.",
		"Effective date is that of the 2022 amendment of Art. 15, a lower bound: maternity leave of 8 weeks stands in the Act since 2002.",
	],
}

# METADATA
# title: Maternity pay
sources contains object.union(_lsa, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"article": "Art. 50(2)",
	"conditions": {
		"service_months_min": 6,
		"text": "Full wages during maternity leave for a woman employed for six months or more; half wages if employed for less (Art. 50(2)).",
	},
	"notes": [
		"Wages are paid in full during the 8 weeks' leave if the woman has been employed six months or more, half if less (Art. 50(2)), by the employer.",
		"Labour Insurance also pays insured women lump sums of 30 days (childbirth) and 60 days (maternity subsidy) of the average monthly insured salary (Labor Insurance Act Art. 32, as in the database update read, not encoded), on top of the employer's pay.",
	],
	"exceptions": [{"article": "Art. 50(2)", "value": 50, "text": "Half wages for a woman employed less than six months."}],
})

# METADATA
# title: Compulsory leave after childbirth (not encoded)
sources contains object.union(_lsa, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"entry": "not_encoded",
	"article": "Art. 50(1)",
	"verification": "secondary",
	"checked_against": [{"url": "https://pyes.chc.edu.tw/posts/779", "title": "Changhua school notice relaying Ministry of Labor letter 勞動條4字第1110140681號 (25 July 2022): maternity leave under LSA Art. 50 and GEEA Art. 15 starts at the latest on the day of childbirth"}],
	"reason": "Art. 50(1) (and Gender Equality in Employment Act Art. 15(1)) require the employer to make the woman stop work for 8 weeks 'before and after childbirth' taken together, so the whole leave is compulsory, and the Ministry of Labor holds that it starts at the latest on the day of childbirth (letter of 25 July 2022). Neither Act fixes how much of it must fall after the birth, and no Ministry reading on how much may be taken before it was found (searched again in December 2026), so the weeks that must follow the birth cannot be stated.",
})

_wage_notes := "Wages shall be paid in legal tender, in full and directly to the worker, unless laws or regulations provide otherwise or the employer and worker agree otherwise (Art. 22); no advance deduction of wages as a penalty for breach of contract or as compensation (Art. 26)."

# METADATA
# title: Wages paid at least twice a month unless agreed otherwise
sources contains object.union(_lsa, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "Art. 23(1)",
	# Art. 23 as amended on 21 December 2016 (in force 23 December 2016).
	"effective_from": "2016-12-23",
	"notes": [
		"Unless otherwise agreed or paid monthly in advance, wages are paid regularly at least twice a month, with a statement of how each item is computed; also for piece rates (Art. 23(1)); the employer keeps a payroll for five years (Art. 23(2)).",
		"Effective date is that of the 2016 amendment of Art. 23, a lower bound.",
	],
})

# METADATA
# title: Wages paid in full; deductions only by law or the parties' agreement
sources contains object.union(_lsa, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "Art. 22(2)",
	"notes": [
		_wage_notes,
		"The exception for the parties' agreement is an individual agreement, which ILO C95 Art. 8 leaves to national law. Foreign workers in manufacturing, construction, care and domestic work must be paid in full in cash save the deductions listed: health and labour insurance premiums, income tax, board and lodging, welfare fund, court attachments and deductions other laws allow (Regulations on the Permission and Administration of the Employment of Foreign Workers Art. 66).",
	],
})

# METADATA
# title: No deductions from wages as a disciplinary measure
sources contains object.union(_lsa, {
	"requirement": "wages.no_disciplinary_deductions",
	"value": true,
	"article": "Arts. 22(2), 26",
	"verification": "secondary",
	"checked_against": array.concat(_moj("N0030001", "Labor Standards Act"), [
		{"url": "https://web.tainan.gov.tw/labor/news_content.aspx?n=27690&s=7920524&sms=21979", "title": "Tainan City Labor Affairs Bureau: wages must be paid in full (LSA Art. 22(2)); employers may set rules of discipline but may not use pay deductions as a sanction"},
		{"url": "https://judgment.judicial.gov.tw/FJUD/data.aspx?id=KSBA%2C108%2C%E8%A8%B4%2C41%2C20190627%2C1&ty=JD", "title": "Kaohsiung High Administrative Court 108 Su 41 (27 June 2019): a fine for lateness deducted beyond the pay for the time not worked breaches LSA Art. 22(2)"},
	]),
	"notes": [
		_wage_notes,
		"Labour authorities and courts treat fines deducted from wages as a breach of full payment (Art. 22(2)): only pay for time not worked may be withheld (Tainan City Labor Affairs Bureau; Kaohsiung High Administrative Court, 2019). Fine NT$20,000 to 1,000,000 (Art. 79(1)(i)).",
	],
})

# METADATA
# title: No wage deductions to pay for getting the job (foreign workers)
sources contains {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"value": true,
	"instrument": "Regulations on the Permission and Administration of the Employment of Foreign Workers (雇主聘僱外國人許可及管理辦法)",
	"article": "Art. 66(1), (5)-(6)",
	"url": _en("N0090027"),
	"binding": "law",
	# Art. 66 as amended on 30 May 2023, in force from issue (Art. 73(2)), i.e. 1 June 2023.
	"effective_from": "2023-06-01",
	"verification": "primary",
	"checked_against": array.concat(_moj("N0090027", "Regulations on the Permission and Administration of the Employment of Foreign Workers"), [{"url": "https://homaster.pixnet.net/blog/post/32610116", "title": "Blog relaying the Council of Labor Affairs (October 2009): overseas loans are collected by the creditor; the employer pays the foreign worker's wages in full and may not deduct them; brokers may not collect them in Taiwan"}]),
	"notes": [
		"Employers of foreign workers in manufacturing, construction, care and domestic work (types B and C) pay wages in full, in cash and directly, less only the listed items: health and labour insurance premiums, income tax, board and lodging, welfare fund, court attachments and deductions other laws allow (Art. 66(1), (5)); placement fees and overseas recruitment loans are not among them. The authority may order payment of what was withheld (Art. 66(6)).",
		"Scope: these foreign workers only. Other workers are protected by the full-payment rule of LSA Art. 22(2), which yields to the parties' agreement, and by LSA Art. 6 (no one may interfere in another's labour contract for illegal gain).",
		"Effective date is that of the 2023 amendment of Art. 66, a lower bound (the rule stood in former Art. 43).",
	],
}

_mwa := {
	"instrument": "Minimum Wage Act (最低工資法)",
	"url": _en("N0030028"),
	"binding": "law",
	# Promulgated 27 December 2023; in force 1 January 2024 by Executive Yuan order of 29 December 2023.
	"effective_from": "2024-01-01",
	"verification": "primary",
	"checked_against": _moj("N0030028", "Minimum Wage Act"),
}

# METADATA
# title: Statutory minimum wage paid (basic wage, until 2024)
sources contains object.union(_lsa, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "Art. 21(1)",
	# Art. 21 as amended on 12 June 2002 (in force 14 June 2002); the basic wage is older.
	"effective_from": "2002-06-14",
	"effective_to": "2024-01-01",
	"notes": [
		"Wages are agreed by the parties but may not fall below the basic wage set on the proposal of the Basic Wage Deliberation Committee and approved by the Executive Yuan (Art. 21).",
		"Effective date is that of the 2002 amendment of Art. 21, a lower bound. Replaced by the Minimum Wage Act from 1 January 2024.",
	],
})

# METADATA
# title: Statutory minimum wage paid (Minimum Wage Act)
sources contains object.union(_mwa, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "Arts. 3, 5, 15",
	"notes": [
		"Wages agreed may not be lower than the monthly and hourly minimum wages; a lower agreed wage is replaced by the minimum wage (Art. 5). Applies to workers covered by the Labor Standards Act (Art. 3). Fine NT$20,000 to 1,000,000 (Art. 17).",
		"Until the first minimum wage was announced the basic wage under the Labor Standards Act stayed in force (Art. 15(1)); other laws' references to the basic wage now mean the minimum wage (Art. 18).",
	],
})

# METADATA
# title: Living wage (none)
sources contains object.union(_mwa, {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"article": "Art. 9",
	"notes": ["The minimum wage is reviewed yearly by reference to the rise of the consumer price index, and may take account of productivity, average wages, economic conditions, household income and expenditure and the minimum cost of living (Art. 9); no law requires a living wage."],
})

# METADATA
# title: Living wage (none, basic wage until 2024)
sources contains object.union(_lsa, {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"article": "Art. 21",
	"effective_from": "2002-06-14",
	"effective_to": "2024-01-01",
	"notes": ["Only the basic wage of Art. 21 applied; no law required a living wage."],
})

# METADATA
# title: Prohibited grounds of discrimination (Employment Service Act)
sources contains object.union(_esa, {
	"requirement": "non_discrimination.grounds",
	"value": [
		"race", "social_origin", "language", "creed", "religion", "political_opinion",
		"national_extraction", "sex", "sexual_orientation", "age", "marital_status",
		"physical_appearance", "disability", "union_membership",
	],
	"article": "Arts. 5(1), 65",
	# Art. 5 as amended on 28 November 2018 (in force 30 November 2018), which added horoscope and blood type.
	"effective_from": "2018-11-30",
	"notes": [
		"An employer may not discriminate against job seekers or employees on the ground of race, class (階級 -> social_origin), language, thought (思想 -> creed), religion, political party (黨派 -> political_opinion), place of origin and place of birth (籍貫, 出生地 -> national_extraction), gender, sexual orientation, age, marital status, appearance and facial features (容貌, 五官 -> physical_appearance), disability, horoscope, blood type or past union membership (以往工會會員身分 -> union_membership) (Art. 5(1)); fine NT$300,000 to 1,500,000 and publication (Art. 65). Horoscope and blood type have no word in the vocabulary.",
		"Effective date is that of the 2018 amendment of Art. 5, a lower bound: the list without horoscope and blood type is older.",
	],
})

_geea := {
	"instrument": "Gender Equality in Employment Act (性別平等工作法)",
	"url": _en("N0030014"),
	"binding": "law",
	# Arts. 7-11 as amended on 16 January 2008 (in force 18 January 2008), adding sexual orientation; the Act dates from 8 March 2002.
	"effective_from": "2008-01-18",
	"verification": "primary",
	"checked_against": _moj("N0030014", "Gender Equality in Employment Act"),
}

# METADATA
# title: Prohibited grounds of discrimination (Gender Equality in Employment Act)
sources contains object.union(_geea, {
	"requirement": "non_discrimination.grounds",
	"value": ["sex", "sexual_orientation", "pregnancy", "maternity", "family_responsibilities", "marital_status"],
	"article": "Arts. 7-11",
	"verification": "secondary",
	"checked_against": array.concat(_moj("N0030014", "Gender Equality in Employment Act"), [{"url": "https://nabi.104.com.tw/posts/nabi_post_a4fbf0b7-711a-42b9-932b-0db3e53561d0", "title": "104 Nabi (HR column): Ministry of Labor letter 勞動條4字第1050132108號 (29 September 2016) treats pregnancy discrimination as sex discrimination under GEEA Art. 11"}]),
	"notes": [
		"No differential treatment because of gender or sexual orientation in recruitment, selection, hiring, placement, assessment, promotion, training, welfare, pay, retirement and dismissal (Arts. 7-11). Work rules, contracts and collective agreements may not require a worker to resign or take unpaid leave on marriage, pregnancy, childbirth or child-rearing (婚姻, 懷孕, 分娩, 育兒 -> marital_status, pregnancy, maternity, family_responsibilities), nor make them grounds for dismissal (Art. 11(2)).",
		"The Ministry of Labor treats discrimination because of pregnancy as sex discrimination (letter of 29 September 2016, as reported). Gender identity is not named; whether the Act's 'gender' reaches it was not checked.",
		"Effective date is that of the 2008 amendment, which added sexual orientation, a lower bound for the other grounds.",
	],
})

# METADATA
# title: Prohibited grounds of discrimination (HIV Act)
sources contains {
	"requirement": "non_discrimination.grounds",
	"value": ["hiv_status"],
	"instrument": "HIV Infection Control and Patient Rights Protection Act (人類免疫缺乏病毒傳染防治及感染者權益保障條例)",
	"article": "Arts. 4(1), 23(3)",
	"url": _en("L0050004"),
	"binding": "law",
	# Whole amendment promulgated 11 July 2007, in force from promulgation, i.e. 13 July 2007; Art. 4 unamended since.
	"effective_from": "2007-07-13",
	"verification": "primary",
	"checked_against": _moj("L0050004", "HIV Infection Control and Patient Rights Protection Act"),
	"notes": ["Persons with HIV may not be discriminated against or refused employment or otherwise treated unfairly (Art. 4(1)); fine NT$300,000 to 1,500,000 (Art. 23(3))."],
}

_lua := {
	"instrument": "Labor Union Act (工會法)",
	"url": _en("N0020001"),
	"binding": "law",
	# Whole amendment promulgated 23 June 2010; in force 1 May 2011 by Executive Yuan order of 26 April 2011 (Art. 38 from 25 December 2010).
	"effective_from": "2011-05-01",
	"verification": "primary",
	"checked_against": _moj("N0020001", "Labor Union Act"),
}

# METADATA
# title: Prohibited grounds of discrimination (Labor Union Act)
sources contains object.union(_lua, {
	"requirement": "non_discrimination.grounds",
	"value": ["union_membership"],
	"article": "Art. 35(1)(i)-(ii), (2)",
	"notes": ["An employer may not refuse to hire, dismiss, demote, cut pay or otherwise treat unfavourably a worker for forming or joining a union, taking part in its activities or holding union office, nor make not joining a condition of hiring (Art. 35(1)(i)-(ii)); such dismissals, demotions and pay cuts are void (Art. 35(2))."],
})

# METADATA
# title: Right to organise
sources contains object.union(_lua, {
	"requirement": "freedom_of_association.right_to_organise",
	"value": true,
	"article": "Arts. 4, 6, 35",
	"notes": [
		"All workers have the right to organise and join unions (Art. 4(1)) of three kinds: enterprise, industrial and professional unions (Art. 6(1)); anti-union discrimination and interference are unfair labour practices (Art. 35), decided under the Labor-Management Dispute Act.",
		"Restrictions: active military personnel and employees of the munitions industry under the Ministry of National Defense may not organise (Art. 4(2)); teachers may join only industrial and professional unions (Arts. 4(3), 6(1)); civil servants associate under other laws (Art. 4(4)). Only one enterprise union per enterprise (Art. 9(1)) and one professional union of a kind per city or county (Art. 9(2)); employees shall join the enterprise union (Art. 7); a union needs 30 founding workers (Art. 11(1)).",
		"The ICCPR (Art. 22) and ICESCR (Art. 8) have domestic legal status (Act to Implement the ICCPR and ICESCR, Art. 2, in force 10 December 2009).",
	],
})

# METADATA
# title: Right to collective bargaining
sources contains {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"instrument": "Collective Agreement Act (團體協約法)",
	"article": "Arts. 6, 32",
	"url": _en("N0020006"),
	"binding": "law",
	# Art. 6 as amended on 4 June 2014, in force 1 July 2014 by Executive Yuan order; the wholly amended Act is in force from 1 May 2011.
	"effective_from": "2014-07-01",
	"verification": "primary",
	"checked_against": _moj("N0020006", "Collective Agreement Act"),
	"notes": [
		"Both sides shall bargain in good faith and may not refuse a qualified party's proposal without justifiable reason: rejecting reasonable terms of bargaining, not answering a written proposal with a counter-proposal within 60 days, or withholding necessary information (Art. 6(1)-(2)); refusal found in an adjudication under the Labor-Management Dispute Act is fined NT$100,000 to 500,000 (Art. 32).",
		"Qualified to bargain on the workers' side: an enterprise union, or an industrial or professional union (or several together) whose members are more than half of the employer's workers (of the same skills for professional unions), or a union so found in an adjudication (Art. 6(3)).",
		"Effective date is that of the 2014 amendment of Art. 6, a lower bound; the wholly amended Act took effect on 1 May 2011.",
	],
}

# METADATA
# title: Equal pay for work of equal value
sources contains object.union(_geea, {
	"requirement": "equal_pay.equal_value",
	"value": true,
	"article": "Art. 10",
	"notes": [
		"An employer may not pay differently because of gender or sexual orientation; workers doing the same work or work of equal value shall receive equal pay, save differences based on seniority, rewards and discipline, performance or other proper grounds unrelated to gender or sexual orientation; pay may not be lowered to comply (Art. 10).",
		"The Labor Standards Act also requires equal pay for women and men doing the same work with the same efficiency (Art. 25, not encoded); ICESCR Art. 7(a)(i) (equal remuneration for work of equal value) has domestic legal status since 10 December 2009.",
		"Effective date is that of the 2008 amendment of Art. 10, a lower bound.",
	],
})

_osha := {
	"instrument": "Occupational Safety and Health Act (職業安全衛生法)",
	"url": _en("N0060001"),
	"binding": "law",
	# Whole amendment promulgated 3 July 2013; in force 3 July 2014 by Executive Yuan order of 20 June 2014, save Arts. 7-9, 11, 13-15 and 31 (1 January 2015).
	"effective_from": "2014-07-03",
	"verification": "primary",
	"checked_against": _moj("N0060001", "Occupational Safety and Health Act"),
}

# The amendment promulgated on 19 December 2025 and its commencement, read in the
# database's open data of 21 August 2026 (amendment history, verbatim extract).
_osha_2025_read := [{
	"url": "https://github.com/xs1128/boundkeeper/blob/9f4609e7b419300343d07ac5ed5f4a33b90adad4/assets/legal/sources/moj-selected-2026-09-04.json",
	"title": "Occupational Safety and Health Act Arts. 22-1 to 22-3 and amendment history, extracted verbatim from the Laws & Regulations Database open data (law.moj.gov.tw XML, UpdateDate 21 August 2026, archive SHA-256 recorded) in xs1128/boundkeeper",
}]

_osha_2025_art18 := [{
	"url": "https://github.com/xs1128/boundkeeper/blob/cbd5c831b4cb9fa5a560c02d6d02e38ddb7738b3/assets/legal/sources/moj-expansion-2026-09-04.json",
	"title": "Occupational Safety and Health Act Art. 18 and amendment history, extracted verbatim from the Laws & Regulations Database open data (UpdateDate 21 August 2026) in xs1128/boundkeeper: Art. 18 wording unchanged",
}]

_osha_2025 := "Amended by Presidential order of 19 December 2025 (Hua-Zong-Yi-Yi No. 11400130481; third reading 2 December 2025): Arts. 2, 6, 9, 22-24, 26, 27, 32, 39-41, 43-46, 48, 49 and 51 amended, Arts. 15-1, 22-1 to 22-3 (new chapter 2-1 on workplace bullying), 27-1 and 51-1 added; in force from 1 July 2026 by Executive Yuan order of 9 June 2026 (amendment history in the database's open data of 21 August 2026). Art. 18 is unchanged."

# METADATA
# title: Right to remove oneself from serious danger
sources contains object.union(_osha, {
	"requirement": "health_safety.right_to_remove_from_danger",
	"value": true,
	"article": "Art. 18(2)-(3)",
	"checked_against": array.concat(
		array.concat(_moj("N0060001", "Occupational Safety and Health Act"), _osha_2025_art18),
		[{"url": "https://www.shrm.org/resourcesandtools/hr-topics/risk-management/pages/taiwan-workplace-safety-law.aspx", "title": "SHRM, 23 July 2014: Taiwan's OSH Act in force 3 July 2014 gives workers the right to evacuate in emergencies"}],
	),
	"notes": [
		"A worker who finds an imminent danger may, without endangering other workers, stop work and withdraw to a safe place, reporting at once to the direct supervisor (Art. 18(2)); the employer may not dismiss, transfer, withhold wages for the stoppage or otherwise treat the worker unfavourably, unless it proves abuse confirmed by the authority (Art. 18(3)). The employer must itself stop work and withdraw workers from imminent danger (Art. 18(1)).",
		_osha_2025,
	],
})

# METADATA
# title: Protective equipment free of charge (not encoded)
sources contains object.union(_osha, {
	"requirement": "health_safety.free_protective_equipment",
	"entry": "not_encoded",
	"article": "Art. 6(1); Occupational Safety and Health Facilities Rules Arts. 277, 281",
	"reason": "The employer must have the necessary safety and health equipment (Art. 6(1)) and, under the Facilities Rules, provide (置備, 供給) protective equipment and have workers use it; no provision, Ministry of Labor reading or court decision on who bears its cost was found (searched again in December 2026). Art. 6 was amended with effect from 1 July 2026; its new wording was not read.",
})

# METADATA
# title: Worker participation in health and safety
sources contains object.union(_osha, {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"article": "Art. 34; Occupational Safety and Health Management Regulations Arts. 2-1, 10, 11",
	"checked_against": array.concat(_moj("N0060001", "Occupational Safety and Health Act"), _moj_zh("N0060027", "Occupational Safety and Health Management Regulations")),
	"notes": [
		"Every employer shall draw up safety and health work rules together with labour representatives, file them with the labour inspection agency and post them (Art. 34(1)). Workers may complain to the employer or authorities of breaches or of physical or mental harm without reprisal (Art. 39).",
		"An occupational safety and health committee of at least 7 members, one third or more labour representatives chosen by the union, the labour side of the labour-management meeting or the workers, is required in significant-risk (first-category) businesses of 100 or more workers and medium-risk (second-category) businesses of 300 or more (Management Regulations Arts. 2-1, 10, 11; read in Chinese, no English translation); the categories follow an annexed table and are not encoded as conditions.",
		"Every business entity must also hold labour-management meetings (Labor Standards Act Art. 83), not encoded.",
	],
})

# METADATA
# title: Sexual harassment prevention measures (employers of 30 or more), 2002-2024
sources contains {
	"requirement": "harassment.policy",
	"value": true,
	"instrument": "Gender Equality in Employment Act (兩性工作平等法, renamed 性別工作平等法 in 2008)",
	"article": "Art. 13(1) as in force until 7 March 2024",
	"url": _en("N0030014"),
	"binding": "law",
	# The Act took effect on 8 March 2002 (Art. 40(1)); Art. 13 was first amended in 2023, with effect from 8 March 2024.
	"effective_from": "2002-03-08",
	"effective_to": "2024-03-08",
	"verification": "secondary",
	"checked_against": array.concat(_moj("N0030014", "Gender Equality in Employment Act (amendment history)"), [{"url": "https://www.justlaw.com.tw/ViewLawTxt.php?id=474", "title": "Justlaw: Act of Gender Equality in Employment Arts. 12-13 before the 2023 amendment (employers of 30 or more employees shall adopt sexual harassment prevention measures, complaint and disciplinary rules and post them)"}]),
	"conditions": {
		"employer_employees_min": 30,
		"text": "Employers employing 30 or more employees (Art. 13(1) as then in force).",
	},
	"notes": ["Employers shall prevent sexual harassment; those employing 30 or more shall adopt sexual harassment prevention measures, complaint and disciplinary rules and post them in the workplace (former Art. 13(1)). Art. 13 was not amended between 2002 and 2023 (amendment history); its earlier wording was read in a copy."],
}

# METADATA
# title: Sexual harassment prevention measures (employers of 30 or more), from 8 March 2024
sources contains object.union(_geea, {
	"requirement": "harassment.policy",
	"value": true,
	"article": "Art. 13(1)(ii)",
	# Art. 13 as amended on 16 August 2023, in force 8 March 2024 (Art. 40(2)).
	"effective_from": "2024-03-08",
	"conditions": {
		"employer_employees_min": 30,
		"text": "Employers employing 30 or more employees shall adopt sexual harassment prevention measures, complaint and disciplinary rules and post them in the workplace (Art. 13(1)(ii)).",
	},
	"notes": [
		"Every employer shall take appropriate measures to prevent sexual harassment; employers of 10 to 29 employees shall set up a complaint channel and post it; employers of 30 or more shall adopt prevention measures, complaint and disciplinary rules and post them (Art. 13(1)); the content is set by the Regulations for Establishing Measures on Prevention of Sexual Harassment in the Workplace (Art. 13(6)). On learning of harassment the employer must take immediate corrective and remedial measures and notify the local authority (Art. 13(2), (4)).",
		_osha_2025,
	],
})

# METADATA
# title: Workplace violence prevention plan (100 or more workers)
sources contains {
	"requirement": "harassment.policy",
	"value": true,
	"instrument": "Occupational Safety and Health Act (職業安全衛生法); Occupational Safety and Health Facilities Rules (職業安全衛生設施規則)",
	"article": "Act Art. 6(2)(iii); Facilities Rules Art. 324-3",
	"url": _zh("N0060009"),
	"binding": "law",
	# Facilities Rules Art. 324-3 as amended on 30 April 2019, in force from issue, i.e. 2 May 2019.
	"effective_from": "2019-05-02",
	"verification": "primary",
	"checked_against": array.concat(_moj_zh("N0060009", "Occupational Safety and Health Facilities Rules"), _moj("N0060001", "Occupational Safety and Health Act")),
	"conditions": {
		"employer_employees_min": 100,
		"text": "Business entities with 100 or more workers shall adopt a plan to prevent unlawful harm in the performance of duties; smaller ones may keep records instead (Facilities Rules Art. 324-3(2)).",
	},
	"notes": [
		"Employers must plan and take measures to prevent physical or mental harm to workers from others' conduct in the course of work (Act Art. 6(2)(iii)): identify and assess hazards, arrange workplaces and staffing, set rules of conduct, train, establish a procedure for incidents and review (Facilities Rules Art. 324-3(1)); entities of 100 or more workers put them in a written prevention plan following the Ministry's guidelines (Art. 324-3(2)).",
		_osha_2025,
		"Act Art. 6 is among the articles amended with effect from 1 July 2026; its new wording, and any later amendment of Facilities Rules Art. 324-3, were not read, so the Act is cited in its wording before that day. Bullying by people of the employer's own undertaking is now governed by Arts. 22-1 to 22-3 (separate entry).",
	],
}

# METADATA
# title: Workplace bullying prevention measures (employers of 30 or more), from 1 July 2026
sources contains object.union(_osha, {
	"requirement": "harassment.policy",
	"value": true,
	"instrument": "Occupational Safety and Health Act (職業安全衛生法), as amended on 19 December 2025",
	"article": "Art. 22-1(2)(ii)",
	"url": _zh("N0060001"),
	# Promulgated 19 December 2025; in force 1 July 2026 by Executive Yuan order of 9 June 2026.
	"effective_from": "2026-07-01",
	"checked_against": array.concat(_osha_2025_read, [{"url": "https://tw.news.yahoo.com/%E8%81%B7%E5%AE%89%E6%B3%95%E4%BF%AE%E6%B3%95%E4%B8%89%E8%AE%80-%E5%8B%9E%E5%8B%95%E9%83%A8-%E5%BC%B7%E5%8C%96%E8%81%B7%E5%A0%B4%E9%9C%B8%E5%87%8C%E9%98%B2%E6%B2%BB%E5%8F%8A%E5%B7%A5%E5%AE%89-043914621.html", "title": "CNA (via Yahoo News), 2 December 2025: third reading of the OSH Act amendment, new chapter on workplace bullying (Ministry of Labor press release)"}]),
	"conditions": {
		"employer_employees_min": 30,
		"text": "Employers employing 30 or more workers shall adopt workplace bullying prevention measures, complaint and disciplinary rules and post them in the workplace (Art. 22-1(2)(ii)).",
	},
	"notes": [
		"Workplace bullying is conduct by people of the worker's undertaking who use their position or power beyond what the work reasonably requires, persistently offending, threatening, ignoring, isolating or insulting the worker so as to harm physical or mental health; a serious single act suffices (Art. 22-1(1)). Every employer shall take the necessary measures to prevent it; employers of 10 or more workers shall set up and post a complaint channel, employers of 30 or more adopt and post prevention measures, complaint and disciplinary rules (Art. 22-1(2)).",
		"On learning of bullying the employer must protect and assist the complainant, investigate (with a panel at least half external above a size the Ministry sets), discipline the perpetrator and register complaints and outcomes on the Ministry's website (Art. 22-2); complaints against the highest-ranking officer go to the city or county authority (Art. 22-3). The content of the measures is set by the Ministry's Guidelines for Workplace Bullying Prevention Measures (Art. 22-2(4)), not read.",
		_osha_2025,
	],
})

# METADATA
# title: No pregnancy test required of job applicants
sources contains object.union(_esa, {
	"requirement": "maternity.no_pregnancy_testing",
	"value": true,
	"article": "Arts. 5(2)(ii), 67; Enforcement Rules Art. 1-1",
	"effective_from": "2018-11-30",
	"verification": "secondary",
	"checked_against": array.concat(_moj("N0090006", "Enforcement Rules of the Employment Service Act (Art. 1-1)"), [{"url": "https://news-demo.cts.com.tw/cts/life/202412/202412162415351.html", "title": "CTS News, 16 December 2024: Taipei labour department fines an employer under ESA Art. 5(2)(ii); private information includes medical tests and pregnancy plans"}]),
	"notes": [
		"An employer may not require job seekers or employees to provide private information not needed for the job (Art. 5(2)(ii)); private information includes physiological information such as medical tests and personal-life information such as pregnancy plans (Enforcement Rules Art. 1-1, added 2013), and may be asked only within what a specific economic or public-interest purpose requires. Fine NT$60,000 to 300,000 (Art. 67).",
		"No rule names pregnancy tests as such: the ban follows from these provisions (labour departments apply them to medical tests and pregnancy plans) and from the ban on sex and pregnancy discrimination in hiring (Gender Equality in Employment Act Art. 7).",
		"Effective date is that of the 2018 amendment of Art. 5, a lower bound.",
	],
})

_mol_ilo := "https://english.mol.gov.tw/21004/21015/21105/21288/post"

_not_member := {
	"status": "not_member",
	"verification": "secondary",
	"url": _mol_ilo,
	"checked_against": [
		{"url": "https://scribd.com/document/494447676/ITUC-Report-Internationally-Recognised-Core-Labour-Standards-in-Chinese-Taipei", "title": "ITUC, Internationally recognised core labour standards in Chinese Taipei (WTO trade policy review, July 2010): not an ILO member since 1971, so not entitled to ratify conventions"},
		{"url": "https://www.taiwannews.com.tw/en/news/3180268", "title": "Taiwan News, 2017: Taiwan, not a UN member, excluded from the International Labour Conference"},
	],
}

_not_member_note := "Taiwan has not been a member of the ILO since 1971, when the People's Republic of China took China's seat, and cannot ratify ILO conventions (ITUC 2010; the Ministry of Labor seeks 'meaningful participation' in the ILO). The convention applies as the international baseline."

_pre_1971 := "The Republic of China ratified this convention before 1971 (ITUC 2010); hrdd does not treat that ratification as binding on Taiwan today."

# METADATA
# title: ILO fundamental conventions (Taiwan is not a member)
# description: |
#   Every fundamental instrument is not_member. The pre-1971 ratifications of C98, C100,
#   C105 and C111 by the Republic of China are noted, as reported by the ITUC (2010).
ratifications := {code: object.union(_not_member, {"notes": _ratification_notes(code)}) |
	some code in ["C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"]
}

_ratification_notes(code) := [_not_member_note, _pre_1971] if code in {"C98", "C100", "C105", "C111"}

_ratification_notes(code) := [_not_member_note] if not code in {"C98", "C100", "C105", "C111"}
