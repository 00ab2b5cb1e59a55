# METADATA
# title: Japan national rule pack
# description: |
#   Labour Standards Act (Act No. 49 of 1947) as amended, Employment Security Act,
#   Equal Employment Opportunity Act, Minimum Wage Act, Health Insurance Act,
#   Industrial Safety and Health Act and the Constitution, with Japan's ratifications
#   of the fundamental ILO conventions. Size and sector rules (the LSA Art. 40 special
#   measure, the health committee from 50 workers, the construction postponement of the
#   overtime caps) are conditions; the pack reads no input.context.
#   LSA and ISHA texts were read in a copy of the e-Gov XML of the Acts retrieved on
#   24 September 2025 (kaz-under-the-bridge/appi-related-laws, sources/), with the
#   supplementary provisions of every amending act, which date the amendments; an
#   official English translation is on japaneselawtranslation.go.jp (law 2236).
#   Pages read to check other values are named in checked_against; url is always
#   the e-Gov text (laws.e-gov.go.jp) or, for the ratifications, the ILO.
package hrdd.national.jp

# METADATA
# title: Country name
name := "Japan"

_egov_lsa := {
	"url": "https://github.com/kaz-under-the-bridge/appi-related-laws/blob/main/sources/labor-standards-law/content.xml",
	"title": "Labour Standards Act, e-Gov XML retrieved 24 September 2025 (verbatim copy of the official text, with the supplementary provisions of the amending acts)",
}

_lsa := {
	"instrument": "Labour Standards Act (Act No. 49 of 1947)",
	"url": "https://elaws.e-gov.go.jp/document?lawid=322AC0000000049",
	"binding": "law",
	# The Act was promulgated on 7 April 1947 and came into force on 1 September 1947.
	"effective_from": "1947-09-01",
}

# METADATA
# title: Minimum age for employment
sources contains object.union(_lsa, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "Art. 56(1)",
	# Art. 56(1) in its present wording: Act No. 112 of 1998, Suppl. Prov. Art. 1, in force 1 April 2000 (read).
	"effective_from": "2000-04-01",
	"verification": "primary",
	"checked_against": [
		_egov_lsa,
		{"url": "http://jca.apc.org/nojukusha/nojiren/nojiren-old/inoken/text/law/roukihou/ch6.html", "title": "Labour Standards Act, Chapter VI as worded before the 1998 amendment (copy)"},
	],
	"notes": [
		"No child may be employed until the end of the first 31 March after the child's 15th birthday (end of compulsory schooling).",
		"Encoded from 1 April 2000, when the present wording and the age of 13 for light work took effect (Act No. 112 of 1998, Suppl. Prov. Art. 1). The earlier text barred employing children under 15 full years (12 for light work; pre-1998 copy); the date of its first entry into force was not checked, so the earlier period is not encoded.",
	],
	"exceptions": [{
		"article": "Art. 56(2)",
		"value": 13,
		"text": "With permission of the administrative agency (Labour Standards Inspection Office), children of 13 or over may do light work, not harmful to their health and welfare, outside school hours in businesses other than those of Appended Table 1 nos. 1-5 (industry, mining, construction, transport, cargo handling); under 13 only in film production and theatre.",
	}],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_lsa, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "Arts. 62, 63",
	"verification": "primary",
	"notes": ["Persons under 18 may not do dangerous work (cleaning, oiling or repairing running machinery, operating power cranes and other work listed by ordinance), handle heavy loads or harmful, explosive or flammable materials (Art. 62, list in the Ordinance on Labour Standards for Minors), nor work underground (Art. 63)."],
})

_free_to_resign := object.union(_lsa, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "Art. 5",
	"verification": "primary",
})

_free_to_resign_notes := [
	"Art. 5: an employer must not force a worker to work against their will by violence, intimidation, confinement or any other means unjustly restricting mental or physical freedom (penal sanction Art. 117).",
	"Art. 16 bars penalties or liquidated damages for breach of the labour contract.",
]

# The Employment for Skill Development system (育成就労) replaces the Technical
# Intern Training Program from 1 April 2027: Act No. 60 of 2024 (promulgated
# 21 June 2024) amends and renames the Technical Intern Training Act (Act No. 89
# of 2016). The LSA value does not change; the notes on migrant workers do, so the
# source is split at that date.

# METADATA
# title: Workers free to resign (prohibition of forced labour), before 1 April 2027
sources contains object.union(_free_to_resign, {
	"effective_to": "2027-04-01",
	"notes": array.concat(_free_to_resign_notes, [
		"Technical Intern Training Program (外国人の技能実習の適正な実施及び技能実習生の保護に関する法律, Act No. 89 of 2016): trainees cannot in principle change employer; transfer is allowed only for unavoidable circumstances such as harassment or the employer's bankruptcy (secondary sources).",
		"Pending: the Employment for Skill Development system replaces the programme from 1 April 2027 (Act No. 60 of 2024, promulgated 21 June 2024) and lets workers transfer at their own wish after 1-2 years (secondary sources).",
	]),
})

# METADATA
# title: Workers free to resign (prohibition of forced labour), from 1 April 2027
sources contains object.union(_free_to_resign, {
	"effective_from": "2027-04-01",
	"notes": array.concat(_free_to_resign_notes, [
		"Employment for Skill Development system (育成就労) from 1 April 2027: Act No. 60 of 2024 (出入国管理及び難民認定法及び外国人の技能実習の適正な実施及び技能実習生の保護に関する法律の一部を改正する法律, promulgated 21 June 2024) renames Act No. 89 of 2016 外国人の育成就労の適正な実施及び育成就労外国人の保護に関する法律 (Act on Employment for Skill Development of Foreign Nationals, unofficial translation); Enforcement Regulations: MOJ/MHLW Ordinance No. 4 of 2025 (30 September 2025).",
		"A worker may transfer to another employer at their own wish after a restriction period set per field between 1 and 2 years, within the same job category, after passing a basic-grade skills test and a Japanese-language test, through the Organization for Employment for Skill Development of Foreign Nationals (外国人育成就労機構), a supervising-support organisation (監理支援機関) or Hello Work, not a private placement agency; transfer for unavoidable reasons (violence, harassment, serious breach of contract or law) is allowed at any time (secondary sources, some citing the ISA Q&A on the system).",
		"The article of Act No. 89 of 2016 as amended that provides for transfer was not verified and is not cited; the entry-into-force date is from ISA and secondary sources, the Cabinet Order fixing it was not checked.",
		"Technical intern trainees already in Japan on 1 April 2027 continue under their approved plans (transitional measures), where change of employer remains restricted.",
	]),
})

# METADATA
# title: Recruitment fees (Employment Security Act)
sources contains {
	"requirement": "forced_labour.no_recruitment_fees",
	"value": true,
	"instrument": "Employment Security Act (Act No. 141 of 1947)",
	"article": "Art. 32-3(2)",
	"url": "https://laws.e-gov.go.jp/law/322AC0000000141",
	"binding": "law",
	# Art. 32-3 in its present structure results from Act No. 85 of 1999 (promulgated 7 July 1999), in force on
	# a day set by Cabinet Order within six months (Suppl. Prov. Art. 1); that day was not found, so the source
	# starts on 7 January 2000, the latest day it can have been.
	"effective_from": "2000-01-07",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://iuris.jp/職業安定法-第三十二条の三-手数料/jpn/a/37617", "title": "iuris: Employment Security Act Art. 32-3 (text as in force from 1 October 2022)"},
		{"url": "https://iuris.jp/職業安定法-附則-平成一一年七月七日法律第八五号/jpn/ps/11657", "title": "iuris: Employment Security Act, Supplementary Provisions of Act No. 85 of 1999"},
		{"url": "https://www.jil.go.jp/jil/kisya/daijin/991012_02_d/991012_02_d_bessi3.html", "title": "JIL: Act No. 85 of 1999 amending the Employment Security Act (summary)"},
		{"url": "https://www8.cao.go.jp/kisei-kaikaku/oto/otodb/japanese/houseido/hou/lh_9999-61.html", "title": "Cabinet Office: Employment Security Act outline (fees not to be collected from job seekers, Art. 32-3)"},
	],
	"notes": [
		"Fee-charging employment placement businesses may not collect fees from job seekers, save where an ordinance allows it in the job seeker's interest (Art. 32-3(2)).",
		"Reaches licensed placement agencies in Japan only, not employers' own recruitment nor sending agencies abroad used for Technical Intern Training Program trainees.",
		"Encoded from 7 January 2000: the 1999 amending act came into force within six months of 7 July 1999 on a day set by Cabinet Order, which was not found.",
	],
	"exceptions": [{
		"article": "Art. 32-3(2); Enforcement Regulation Art. 20",
		"text": "Fees may be collected from job seekers placed as artists, models, or managers and specialist technical workers above an income threshold set by ministerial ordinance.",
	}],
}

_tita := {
	"instrument": "Technical Intern Training Act (Act No. 89 of 2016)",
	"url": "https://laws.e-gov.go.jp/law/428AC0000000089",
	"binding": "law",
}

# METADATA
# title: No retention of trainees' passports and residence cards (Technical Intern Training Act)
# description: |
#   The only statutory ban found protects technical intern trainees (a condition on the group of
#   workers); the Labour Standards Act says nothing of identity documents (an absence for others).
sources contains object.union(_tita, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"value": true,
	"article": "Art. 48(1)",
	"conditions": {"worker_groups": ["technical_intern_trainees"], "text": "technical intern trainees (Art. 48(1))"},
	# The Act came into force on 1 November 2017 (MHLW, reported by JSBB).
	"effective_from": "2017-11-01",
	"effective_to": "2027-04-01",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://iuris.jp/外国人の技能実習の適正な実施及び技能実習生の保護に関する法律-第三節-技能実習生の保護/jpn/s/1402", "title": "iuris: Technical Intern Training Act, Part III Section 3 (protection of trainees), Arts. 46-49"},
		{"url": "https://happier.work/2021/08/%e3%80%90%e6%8a%80%e8%83%bd%e5%ae%9f%e7%bf%92%e3%80%91q54%e6%8a%80%e8%83%bd%e5%ae%9f%e7%bf%92%e7%94%9f%e3%81%ab%e9%a0%bc%e3%81%be%e3%82%8c%e3%81%a6%e3%83%91%e3%82%b9%e3%83%9d%e3%83%bc%e3%83%88.html/", "title": "Happier Work Q54: trainees' passports and residence cards may not be kept, even at their request"},
		{"url": "https://jsbb.jp/news/cate09/40119", "title": "JSBB: the Technical Intern Training Act comes into force on 1 November 2017 (MHLW)"},
	],
	"notes": [
		"Anyone who has trainees do technical intern training, or supervises it, and their officers and staff, must not keep a trainee's passport or residence card (Art. 48(1)), even at the trainee's request; keeping them against the trainee's will is an offence (Art. 111(v)).",
		"Protects technical intern trainees only. No statutory ban on keeping the identity documents of other workers, Japanese or foreign, was found: the Labour Standards Act bars forced labour (Art. 5) and compulsory savings (Art. 18) but says nothing of identity documents.",
		"Act No. 60 of 2024 turns the Act into the Act on Employment for Skill Development from 1 April 2027; whether the ban keeps its place there was not checked, so this source ends on that day.",
	],
})

# METADATA
# title: Identity documents of other workers (no rule)
sources contains object.union(_lsa, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"entry": "absence",
	"article": "Arts. 5, 18 (no rule on identity documents)",
	"verification": "primary",
	"conditions": {"unless": {"worker_groups": ["technical_intern_trainees"]}, "text": "workers other than technical intern trainees"},
	"notes": ["No statutory ban on keeping the identity documents of workers other than technical intern trainees, Japanese or foreign, was found: the Labour Standards Act bars forced labour (Art. 5) and compulsory savings or the employer's management of savings against the worker's will (Art. 18) but says nothing of identity documents. Keeping them may still be evidence of forced labour under Art. 5."],
})

# METADATA
# title: No retention of identity documents from 1 April 2027 (not encoded)
sources contains object.union(_tita, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"entry": "not_encoded",
	"instrument": "Act on Employment for Skill Development of Foreign Nationals (Act No. 89 of 2016 as amended by Act No. 60 of 2024)",
	"article": "Art. 48(1) as amended",
	"effective_from": "2027-04-01",
	"verification": "unverified",
	"reason": "Act No. 60 of 2024 replaces technical intern training by employment for skill development from 1 April 2027; the amended text of the passport and residence-card ban was not read.",
})

# The statutory hours of Art. 32 are limits, not pay triggers (catalogue rule on
# hours): Art. 32 says the employer "must not" have a worker work beyond them, and
# work beyond them is lawful only under a written agreement with the majority union
# or majority representative filed with the Labour Standards Inspection Office
# (Art. 36(1)) or in emergencies with permission (Art. 33) -- conditions paying
# cannot meet. Breach is an offence (Art. 119(i)). The Art. 37(1) premium is due
# for the hours so extended, so the same figures are also the pay thresholds.

# Art. 32 in its present form (a weekly limit in paragraph 1, the 8-hour day in
# paragraph 2) dates from Act No. 99 of 1987, in force 1 April 1988, whose
# Suppl. Prov. Arts. 1-2 name the new Arts. 32 and 37 (read).
_art32_from := "1988-04-01"

# METADATA
# title: Maximum regular hours per day
sources contains object.union(_lsa, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Art. 32(2)",
	"effective_from": _art32_from,
	"verification": "primary",
	"checked_against": [_egov_lsa],
	"notes": [
		"Encoded from 1 April 1988, when Act No. 99 of 1987 gave Art. 32 its present form (Suppl. Prov. Arts. 1-2); the 8-hour day of the original Act is not encoded, its text not having been read.",
		"Hours beyond 8 a day are lawful only under a written labour-management agreement filed with the Labour Standards Inspection Office (Art. 36) and attract the Art. 37 premium; variable working-hour schemes (Arts. 32-2 to 32-5) allow averaging.",
		"The Art. 40 special measure (44 hours a week) keeps the 8-hour day.",
	],
})

# The statutory hours of Art. 32 (and of the Art. 40 special measure) are a real
# limit, not a pay trigger: work beyond them is unlawful (penal sanction Art. 119(i))
# unless a written Art. 36 agreement has been filed, and even then the Art. 36 caps
# apply. They are encoded as regular_weekly_max; the Art. 37 premium is due from the
# same figure, so it is also the overtime pay threshold.

# Workplaces under the special measure of LSA Art. 40 and Enforcement Ordinance
# Art. 25-2: commerce, cinema and theatre (not film production), health and
# hygiene, and hospitality and entertainment businesses (Appended Table 1 nos. 8,
# 10, 13, 14) normally employing fewer than 10 workers. Sector names are those a
# document may use for these businesses.
_art40_sectors := [
	"baths", "commerce", "entertainment", "food_service", "hairdressing_and_beauty", "healthcare",
	"hospitality", "retail", "social_welfare", "warehousing", "wholesale",
]

_art40 := {"sectors": _art40_sectors, "workplace_workers_below": 10}

_art40_text := "commerce, cinema and theatre (not film production), health and hygiene, and hospitality and entertainment workplaces normally employing fewer than 10 workers, part-timers included (LSA Art. 40; Enforcement Ordinance Art. 25-2(1))"

_weekly_notes := ["Hours beyond the weekly limit are lawful only under a written Art. 36 agreement and attract the Art. 37 premium; since 1 April 2019 (SMEs 1 April 2020) overtime is capped at 45 h a month and 360 h a year, with a special-clause ceiling of 720 h a year, under 100 h a month and 80 h average over 2-6 months including holiday work (Art. 36(3)-(6))."]

_general_week := object.union(_lsa, {
	"value": 40,
	"effective_from": "1997-04-01",
	"verification": "primary",
	"conditions": {
		"unless": _art40,
		"text": concat("", ["Every workplace except ", _art40_text, "."]),
	},
})

_special_week := object.union(_lsa, {
	"value": 44,
	"article": "Art. 40; Enforcement Ordinance Art. 25-2(1)",
	"effective_from": "2001-04-01",
	"verification": "secondary",
	"checked_against": [
		{"url": "http://miyagi-roudoukyoku.jsite.mhlw.go.jp/hourei_seido_tetsuzuki/roudoukijun_keiyaku/hourei_seido/business_3_1_2.html", "title": "Miyagi Labour Bureau (MHLW): special measure of 44 hours from 1 April 2001 (46 hours before)"},
		{"url": "http://www.roumu.com/jouhou/mol990309_2.html", "title": "Ministry of Labour, draft ordinance of 9 March 1999: 44 hours a week and 8 a day from 1 April 2001 for commerce, cinema and theatre, health and hospitality workplaces under 10 workers"},
	],
	"conditions": object.union(_art40, {"text": concat("", ["Special measure: ", _art40_text, "."])}),
})

# METADATA
# title: Maximum regular hours per week (general case)
# description: 40 hours for every workplace since 1 April 1997, when the transitional longer weeks ended, unless the Art. 40 special measure applies.
sources contains object.union(_general_week, {
	"requirement": "working_hours.regular_weekly_max",
	"article": "Art. 32(1)",
	"notes": array.concat(
		["The 40-hour week applies to all workplaces from 1 April 1997 (Miyagi Labour Bureau, MHLW); the 1987 amendment set 40 hours with transitional 46/44-hour weeks."],
		_weekly_notes,
	),
})

# METADATA
# title: Maximum regular hours per week (LSA Art. 40 special measure)
# description: 44 hours for small commerce, cinema/theatre, health and hospitality workplaces with fewer than 10 workers, since 1 April 2001 (46 hours before).
sources contains object.union(_special_week, {
	"requirement": "working_hours.regular_weekly_max",
	"notes": array.concat(
		["Special measure: 44 hours a week, 8 a day; 46 hours before 1 April 2001 (Miyagi Labour Bureau, MHLW; JETRO, Legislation on Working Hours). The Ordinance was not read; Art. 40 itself only empowers the Ministry."],
		_weekly_notes,
	),
})

# METADATA
# title: Weekly hours after which overtime pay is due (general case)
sources contains object.union(_general_week, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"article": "Arts. 32(1), 37(1)",
	"notes": ["The Art. 37 premium is due for hours extended under Art. 33 or 36 beyond the statutory hours of Arts. 32 to 32-5 or 40."],
})

# METADATA
# title: Weekly hours after which overtime pay is due (LSA Art. 40 special measure)
sources contains object.union(_special_week, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"article": "Arts. 37(1), 40; Enforcement Ordinance Art. 25-2(1)",
	"notes": ["Under the special measure the statutory week is 44 hours, so the Art. 37 premium is due from the 45th hour."],
})

# METADATA
# title: Daily hours after which overtime pay is due
# description: The Art. 37(1) premium is due for hours extended under Art. 33 or 36 beyond the statutory hours, which are 8 a day for every workplace, the Art. 40 special measure included.
sources contains object.union(_lsa, {
	"requirement": "working_hours.overtime_pay_threshold_daily",
	"value": 8,
	"article": "Arts. 32(2), 36(1), 37(1)",
	"effective_from": _art32_from,
	"verification": "primary",
	"checked_against": [_egov_lsa],
	"notes": [
		"Art. 37(1): an employer who extends working hours under Art. 33 or Art. 36(1) must pay a premium for the extended hours; Art. 36(1) extends the hours of Arts. 32 to 32-5 and 40, i.e. beyond 8 hours a day (Art. 32(2)).",
		"Under the variable-hours schemes of Arts. 32-2 to 32-5 the daily threshold is the scheduled hours where these exceed 8 on a specified day; such schemes are not encoded.",
		"Encoded from 1 April 1988, when Act No. 99 of 1987 gave Arts. 32 and 37 their present structure (Suppl. Prov. Arts. 1-2).",
	],
})

# Overtime caps of LSA Art. 36(3)-(6), introduced by the Work Style Reform Act
# (Act No. 71 of 2018). Supplementary Provisions of that Act: in force 1 April 2019
# (Art. 1), for agreements covering only periods from that date (Art. 2); for small
# and medium-sized employers from 1 April 2020 (Art. 3(1)). SMEs are employers with
# capital of at most JPY 300 million (retail and services 50 million, wholesale 100
# million) or at most 300 regular workers (retail 50, wholesale and services 100):
# a capital test conditions cannot express, so the caps are encoded from 1 April
# 2020 for every employer and the 2019 date is a note. Construction was outside the
# caps until 31 March 2024 (postponement under former Art. 139), a sector condition.
_caps_notes := [
	"Large employers from 1 April 2019, small and medium-sized employers (capital of at most JPY 300 million, retail and services 50 million, wholesale 100 million, or at most 300 regular workers, retail 50, wholesale and services 100) from 1 April 2020 (Act No. 71 of 2018, Suppl. Provisions Arts. 1-3); an agreement covering 31 March of that year stays under the old rules until one year from its start (Suppl. Art. 2).",
	"The limits count overtime only, not work on statutory days off; the special-clause limits count both (Art. 36(5)-(6)).",
	"Not applicable to research and development of new technologies, products or services (Art. 36(11)); managers and supervisors are outside the hours rules (Art. 41).",
	"Before April 2019 overtime limits were set only in a Ministry of Labour notice (No. 154 of 1998) without binding force (Innovation Law, secondary).",
]

_caps_2020 := object.union(_lsa, {
	"article": "Art. 36(3)-(4)",
	"effective_from": "2020-04-01",
	"effective_to": "2024-04-01",
	"verification": "primary",
	"conditions": {
		"sectors_excluded": ["construction"],
		"text": "Every workplace except the construction business (works of construction, establishments of enterprises whose main business is construction, and traffic-control security for construction works), for which the caps were postponed until 31 March 2024 (former Art. 139; MHLW construction overtime portal). Motor-vehicle driving and physicians were also postponed (jobs, not sectors), and sugar manufacturing in Kagoshima and Okinawa was exempt from the under-100-hours and 80-hour-average limits (Art. 142, until 31 March 2024): notes only.",
	},
})

_caps_2024 := object.union(_lsa, {
	"article": "Art. 36(3)-(4)",
	"effective_from": "2024-04-01",
	"verification": "primary",
})

_caps_2024_notes := [
	"From 1 April 2024 the caps apply to construction; disaster recovery and reconstruction works are exempt from the under-100-hours and 80-hour-average limits (Art. 139). Motor-vehicle drivers may agree up to 960 h a year under a special clause, without the 100/80-hour limits (Art. 140); physicians have limits set by ordinance (Art. 141).",
]

_monthly_exception := {
	"article": "Art. 36(5), (6)(ii)-(iii)",
	"value": 100,
	"text": "A special clause for temporary, unforeseeable increases in work may allow more overtime in up to 6 months a year, provided overtime plus holiday work stays under 100 hours in any month and averages at most 80 hours over every 2- to 6-month period (Art. 36(6) is penal, Art. 119(i)). 100 is an exclusive limit.",
}

_yearly_exception := {
	"article": "Art. 36(5)",
	"value": 720,
	"text": "A special clause may allow up to 720 hours of overtime a year (holiday work not counted).",
}

# METADATA
# title: Maximum overtime per month (Art. 36 limit), 2020-2024
sources contains object.union(_caps_2020, {
	"requirement": "working_hours.overtime_monthly_max",
	"value": 45,
	"notes": array.concat(["45 hours a month (42 where a variable-hours scheme of more than 3 months applies under Art. 32-4)."], _caps_notes),
	"exceptions": [_monthly_exception],
})

# METADATA
# title: Maximum overtime per month (Art. 36 limit), from 1 April 2024
sources contains object.union(_caps_2024, {
	"requirement": "working_hours.overtime_monthly_max",
	"value": 45,
	"notes": array.concat(array.concat(["45 hours a month (42 where a variable-hours scheme of more than 3 months applies under Art. 32-4)."], _caps_2024_notes), _caps_notes),
	"exceptions": [_monthly_exception],
})

# METADATA
# title: Maximum overtime per year (Art. 36 limit), 2020-2024
sources contains object.union(_caps_2020, {
	"requirement": "working_hours.overtime_yearly_max",
	"value": 360,
	"notes": array.concat(["360 hours a year (320 where a variable-hours scheme of more than 3 months applies under Art. 32-4)."], _caps_notes),
	"exceptions": [_yearly_exception],
})

# METADATA
# title: Maximum overtime per year (Art. 36 limit), from 1 April 2024
sources contains object.union(_caps_2024, {
	"requirement": "working_hours.overtime_yearly_max",
	"value": 360,
	"notes": array.concat(array.concat(["360 hours a year (320 where a variable-hours scheme of more than 3 months applies under Art. 32-4)."], _caps_2024_notes), _caps_notes),
	"exceptions": [_yearly_exception],
})

# METADATA
# title: Maximum overtime per day (none)
sources contains object.union(_lsa, {
	"requirement": "working_hours.overtime_daily_max",
	"entry": "absence",
	"article": "Art. 36(2)(iv), (6)(i)",
	"verification": "primary",
	"notes": [
		"The Act sets no daily limit on overtime: the Art. 36 agreement must state how many hours a day may be worked beyond the statutory hours (Art. 36(2)(iv)), within the monthly and yearly limits.",
		"Exception for jobs, not encoded: underground work and other work especially harmful to health, at most 2 hours of overtime a day (Art. 36(6)(i)).",
	],
})

# METADATA
# title: Maximum overtime per week (none)
sources contains object.union(_lsa, {
	"requirement": "working_hours.overtime_weekly_max",
	"entry": "absence",
	"article": "Art. 36(2)(iv), (4)",
	"verification": "primary",
	"notes": ["The Art. 36 limits are per month and per year; the Act sets no weekly overtime limit."],
})

# METADATA
# title: Maximum total hours per day (none)
sources contains object.union(_lsa, {
	"requirement": "working_hours.total_daily_max",
	"entry": "absence",
	"article": "Arts. 32, 36",
	"verification": "primary",
	"notes": ["No limit on total daily hours: beyond the 8 statutory hours, the day's overtime is what the Art. 36 agreement allows (break rules, Art. 34)."],
})

# METADATA
# title: Maximum total hours per week (none)
sources contains object.union(_lsa, {
	"requirement": "working_hours.total_weekly_max",
	"entry": "absence",
	"article": "Arts. 32, 36",
	"verification": "primary",
	"notes": ["No limit on total weekly hours: beyond the 40 statutory hours (44 under Art. 40), hours are limited through the monthly and yearly overtime caps of Art. 36(3)-(6)."],
})

# METADATA
# title: Overtime not voluntary (a workplace agreement and the rules of employment bind the worker)
sources contains object.union(_lsa, {
	"requirement": "working_hours.overtime_voluntary",
	"entry": "restriction",
	"value": false,
	"article": "Art. 36(1); Supreme Court, 28 November 1991 (Hitachi Musashi)",
	"verification": "secondary",
	"checked_against": [
		_egov_lsa,
		{"url": "https://zenkiren.com/Portals/0/html/jinji/hannrei/shoshi/05831.html", "title": "Zenkiren case database: Hitachi Musashi Works, Supreme Court First Petty Bench, 28 November 1991 (Showa 61 (o) 840)"},
		{"url": "https://www.kisoku.jp/sakusei/hitachi.html", "title": "Hitachi Musashi Works judgment: summary of the holding"},
	],
	"notes": [
		"Overtime is lawful under a written agreement with the majority union or majority representative, filed with the Labour Standards Inspection Office (Art. 36(1)); the individual worker's consent is not required.",
		"The Supreme Court held that where such an agreement is filed and the rules of employment provide, within it, that the employer may extend working hours for stated business reasons, the rule, if reasonable, is part of the labour contract and the worker must work the overtime ordered (Hitachi Musashi, 28 November 1991): a worker may be disciplined for refusing.",
	],
	"exceptions": [
		{"article": "Art. 66(2)", "text": "A pregnant woman or a woman within a year after childbirth who so requests may not be made to work overtime or on days off."},
		{"article": "Art. 60(1)", "text": "Art. 36 does not apply to workers under 18, who may not be made to work overtime under an agreement."},
	],
})

# METADATA
# title: Minimum overtime premium
sources contains object.union(_lsa, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 125,
	"article": "Art. 37(1); Cabinet Order on the Minimum Rate of Premium Wages (Cabinet Order No. 5 of 1994)",
	# The Cabinet Order (25 % for overtime, 35 % for work on days off) is in force from 1 April 1994 (its Suppl. Prov.).
	"effective_from": "1994-04-01",
	"verification": "primary",
	"checked_against": [
		_egov_lsa,
		{"url": "https://jplaws.app/d/406CO0000000005-m.html", "title": "Cabinet Order No. 5 of 1994 on the minimum premium rates (verbatim copy of the e-Gov text)"},
		{"url": "https://rodo.co.jp/laws/121447", "title": "Cabinet Order No. 5 of 1994, main provision and supplementary provisions (in force 1 April 1994)"},
	],
	"notes": [
		"At least 25 % extra for overtime: Art. 37(1) sets a range of 25 to 50 % fixed by Cabinet Order, and Cabinet Order No. 5 of 1994 sets 25 % for overtime and 35 % for work on statutory days off; 25 % extra for night work 22:00-05:00 (Art. 37(4)).",
		"Overtime beyond 60 hours in a month: at least 50 % extra (150 % of base, Art. 37(1) proviso) since 1 April 2010 (Act No. 89 of 2008, Suppl. Prov. Art. 1); small and medium-sized employers were exempt under Art. 138 until it was repealed on 1 April 2023 (Act No. 71 of 2018, Suppl. Prov. Art. 1(iii)); both read in the e-Gov text.",
	],
})

# METADATA
# title: Minimum weekly rest
sources contains object.union(_lsa, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "Art. 35(1)",
	"verification": "primary",
	"notes": ["At least one day off each week; a day off is a calendar day (midnight to midnight), encoded as 24 consecutive hours."],
	"exceptions": [{
		"article": "Art. 35(2)",
		"text": "The employer may instead give four days off in every four-week period, so a week without a day off is lawful.",
	}],
})

# METADATA
# title: Minimum annual paid leave
sources contains object.union(_lsa, {
	"requirement": "leave.annual_paid_min_days",
	"value": 10,
	"article": "Art. 39(1)-(2)",
	"effective_from": "1994-04-01",
	"verification": "primary",
	"checked_against": [_egov_lsa],
	"conditions": {
		"service_months_min": 6,
		"text": "Owed to a worker with 6 months' continuous service from hiring who attended at least 80 % of all working days (Art. 39(1)).",
	},
	"notes": [
		"10 working days (労働日) after 6 months, rising by 1, 2, 4, 6, 8 and 10 days to 20 days after 6.5 years (Art. 39(2)). Days are the worker's own working days, whatever the week: for a worker on a 5-day week 10 days are two weeks, so the figure is not converted; part-timers working 4 days a week or less get proportionally fewer days (Art. 39(3)).",
		"Since 1 April 2019 the employer must ensure that at least 5 days are taken each year where 10 or more are granted (Art. 39(7)).",
		"Six-month qualifying period since Act No. 79 of 1993, in force 1 April 1994 (its Suppl. Prov. Arts. 1 and 3 apply the new Art. 39(1)-(2) to workers completing six months' service from that day); 10 days for every workplace from the same day, the smaller workplaces' transitional 6 and 8 days ending on 31 March 1994 (Suppl. Prov. Art. 134 of the Act). Read in the e-Gov text.",
	],
})

# METADATA
# title: Minimum maternity leave
sources contains object.union(_lsa, {
	"requirement": "maternity.leave_min_weeks",
	"value": 14,
	"article": "Art. 65(1)-(2)",
	"effective_from": "1986-04-01",
	"verification": "primary",
	"notes": [
		"6 weeks before childbirth on the woman's request (14 weeks for a multiple pregnancy) and 8 weeks after; after 6 weeks she may return at her request with a doctor's approval. The statute counts in weeks: no conversion.",
		"Eight weeks after childbirth (six before) since Act No. 45 of 1985, in force 1 April 1986: its Suppl. Prov. Art. 2(2)-(3) exclude from the new Art. 65(2) women whose six weeks after childbirth ended before that day (read in the e-Gov text).",
	],
	"checked_against": [_egov_lsa],
})

# METADATA
# title: Minimum maternity cash benefit
sources contains {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 66.67,
	"statute": {
		"value": 2,
		"unit": "thirds of the daily standard remuneration",
		"conversion": "x 100/3 = 66.67 %, rounded as ILO C183 Art. 6(3)'s two thirds is, so that the two compare equal",
	},
	"instrument": "Health Insurance Act (Act No. 70 of 1922)",
	"article": "Art. 102",
	"url": "https://laws.e-gov.go.jp/law/211AC0000000070",
	"binding": "law",
	"effective_from": "2007-04-01",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://roumu.com/archives/50724259.html", "title": "Roumu.com: from April 2007 the childbirth and sickness allowances rise from 60 % to about two thirds of the daily standard remuneration"},
		{"url": "https://profile.ne.jp/w/c-1046/", "title": "2006 health insurance reform: childbirth allowance two thirds of the daily standard remuneration from April 2007"},
	],
	"notes": [
		"Childbirth allowance of two thirds of the daily standard remuneration (average of the last 12 months' standard monthly remuneration / 30) for 42 days before (98 for multiple births) and 56 days after childbirth.",
		"Paid by employees' health insurance only; members of National Health Insurance (self-employed, many non-regular workers) have no such allowance.",
		"Two thirds (previously 60 %) from 1 April 2007 (roumu.com; profile.ne.jp). Art. 102 itself was not read.",
	],
}

_mwa := {
	"instrument": "Minimum Wage Act (Act No. 137 of 1959)",
	"url": "https://laws.e-gov.go.jp/law/334AC0000000137",
	"binding": "law",
	# The 2007 amendment (Act No. 129 of 2007), making regional minimum wages compulsory in every prefecture, came into force on 1 July 2008.
	"effective_from": "2008-07-01",
	"verification": "secondary",
	"checked_against": [{"url": "https://www.mhlw.go.jp/bunya/roudoukijun/saiteichingin02/", "title": "MHLW: the Act amending the Minimum Wage Act (Act No. 129 of 2007) in force from 1 July 2008"}],
}

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_mwa, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "Arts. 4(1), 9",
	"notes": [
		"No national rate: a regional minimum wage for each prefecture (amounts not encoded).",
		"Effective date is that of Act No. 129 of 2007, in force 1 July 2008 (MHLW), which gave the Act its present form; the duty to pay the minimum wage is older and not encoded before that day.",
	],
})

# METADATA
# title: Living wage (none)
sources contains object.union(_mwa, {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"article": "Art. 9",
	"notes": ["The Act sets regional minimum wages, fixed having regard to workers' cost of living, wages and employers' ability to pay (and consistency with public assistance); no law requires a living wage."],
})

# METADATA
# title: Prohibited grounds of discrimination (Labour Standards Act)
sources contains object.union(_lsa, {
	"requirement": "non_discrimination.grounds",
	"value": ["nationality", "creed", "social_status"],
	"article": "Art. 3",
	"verification": "primary",
	"notes": [
		"Art. 3 bars differential treatment in wages, working hours and other working conditions because of nationality, creed (信条) or social status (社会的身分); it does not reach hiring.",
		"No general statutory ban on discrimination by race, colour or political opinion in employment; Japan has not ratified C111.",
		"Employment Security Act Art. 3 (race, nationality, creed, sex, social status, family origin, union membership) covers placement and vocational guidance only, not employers, and is not encoded here.",
	],
})

# METADATA
# title: Prohibited grounds of discrimination (Equal Employment Opportunity Act)
sources contains {
	"requirement": "non_discrimination.grounds",
	"value": ["sex", "pregnancy"],
	"instrument": "Equal Employment Opportunity Act (Act No. 113 of 1972)",
	"article": "Arts. 5, 6, 9",
	"url": "https://laws.e-gov.go.jp/law/347AC0000000113",
	"binding": "law",
	"effective_from": "2007-04-01",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://www8.cao.go.jp/shoushi/shoushika/whitepaper/measures/w-2007/19webgaiyoh/html/i2250000.html", "title": "Cabinet Office white paper 2007: the amended Equal Employment Opportunity Act (disadvantageous treatment for pregnancy or childbirth barred) in force from April 2007"},
		{"url": "http://www.city.sapporo.jp/keizai/koyo/koyo/information/hokaisei/danjo.html", "title": "Sapporo City: points of the Equal Employment Opportunity Act amendment in force 1 April 2007"},
	],
	"notes": [
		"Sex discrimination in recruitment, hiring, assignment, promotion, training, benefits, retirement and dismissal (Arts. 5-6); dismissal or disadvantageous treatment because of marriage, pregnancy or childbirth (Art. 9).",
		"Form in force since Act No. 82 of 2006, effective 1 April 2007 (Cabinet Office; Sapporo City). The Act's text was not read.",
	],
}

# METADATA
# title: Prohibited grounds of discrimination (Trade Union Act)
sources contains {
	"requirement": "non_discrimination.grounds",
	"value": ["union_membership"],
	"instrument": "Labour Union Act (Act No. 174 of 1949)",
	"article": "Art. 7(i)",
	"url": "https://laws.e-gov.go.jp/law/324AC0000000174",
	"binding": "law",
	"effective_from": "1949-06-10",
	"verification": "secondary",
	"checked_against": [{"url": "https://ja.wikipedia.org/wiki/%E5%8A%B4%E5%83%8D%E7%B5%84%E5%90%88%E6%B3%95", "title": "Wikipedia (ja): Labour Union Act, Act No. 174 of 1949, promulgated 1 June 1949, in force 10 June 1949"}],
	"notes": ["Dismissal or disadvantageous treatment because a worker is a union member, joins or forms a union is an unfair labour practice. In force 10 June 1949 (Wikipedia); the Act's text was not read."],
}

# METADATA
# title: Right to organise and to bargain collectively
sources contains {
	"requirement": requirement,
	"value": true,
	"instrument": "Constitution of Japan",
	"article": "Art. 28",
	"url": "https://japan.kantei.go.jp/constitution_and_government_of_japan/constitution_e.html",
	"binding": "law",
	"effective_from": "1947-05-03",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://wdic.org/wm/CUL/%e6%97%a5%e6%9c%ac%e5%9b%bd%e6%86%b2%e6%b3%95%e7%ac%ac28%e6%9d%a1;do=xb", "title": "WDIC: Constitution of Japan Art. 28, Japanese text and the Prime Minister's Office English translation"},
		{"url": "https://www.justcarmen.de/2024/08/19/article-28/", "title": "Constitution of Japan Art. 28 (text from japaneselawtranslation.go.jp)"},
	],
	"notes": [
		"The right of workers to organise and to bargain and act collectively is guaranteed; refusal to bargain is an unfair labour practice (Labour Union Act Art. 7(ii)).",
		"Public servants may not strike; firefighters and penal-institution staff are denied the right to organise (CEACR observations on C87; ILC Committee cases 2018, 2024).",
	],
} if some requirement in {"freedom_of_association.right_to_organise", "freedom_of_association.collective_bargaining"}

# METADATA
# title: Equal pay for work of equal value (not in the law)
sources contains object.union(_lsa, {
	"requirement": "equal_pay.equal_value",
	"entry": "absence",
	"article": "Art. 4",
	"verification": "secondary",
	"checked_against": [
		_egov_lsa,
		{"url": "http://ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A3342965%2C102729", "title": "NORMLEX: CEACR observation on C100, Japan, adopted 2017"},
		{"url": "https://normlex.ilo.org/dyn/normlex/fr/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A4049871%2Cen%3ANO", "title": "NORMLEX: CEACR observation on C100, Japan, adopted 2020"},
	],
	"notes": [
		"Art. 4 bars an employer from treating a woman differently from a man in wages because she is a woman (equal pay by sex); no statute states the principle of equal pay for work of equal value.",
		"The ILO Committee of Experts has for years found that Art. 4 does not fully reflect the principle of C100 and urged the Government to ensure a legislative framework clearly establishing the right to equal remuneration for work of equal value (observations 2017, 2020); the Government reads Art. 4 as covering it.",
	],
})

_isha := {
	"instrument": "Industrial Safety and Health Act (Act No. 57 of 1972)",
	"url": "https://laws.e-gov.go.jp/law/347AC0000000057",
	"binding": "law",
	"effective_from": "1972-10-01",
}

_egov_isha := {
	"url": "https://github.com/kaz-under-the-bridge/appi-related-laws/blob/main/sources/labor-safety-law/content.xml",
	"title": "Industrial Safety and Health Act, e-Gov XML retrieved 24 September 2025 (verbatim copy of the official text)",
}

# METADATA
# title: Right to remove oneself from serious danger (not encoded)
sources contains object.union(_isha, {
	"requirement": "health_safety.right_to_remove_from_danger",
	"entry": "not_encoded",
	"article": "Arts. 25, 97",
	"verification": "primary",
	"checked_against": [
		_egov_isha,
		{"url": "https://www.jilaf.or.jp/en/news/20250611-5487/", "title": "JILAF, 11 June 2025: the Diet approved ratification of ILO C155 on 23 May 2025; the Convention recognises the worker's right to remove himself from imminent danger without undue consequences"},
	],
	"reason": "Art. 25 (read) obliges the employer to stop work at once and withdraw workers when an industrial accident is imminent, and Arts. 98-99 let the labour inspectorate order work stopped; no article read gives the worker a right to withdraw on his own judgment or protects one who does (Art. 97(2) protects only a worker who reports a violation to the inspectorate). The Diet approved ratification of ILO C155, whose Art. 13 requires that protection, on 23 May 2025 (JILAF), so the Government will have stated how Japanese law meets it; that statement, and the MHLW enforcement notice on Art. 25 (18 September 1972, Kihatsu No. 602), which may address a worker's own withdrawal, were not found in the sources searched (December 2026). Protection would otherwise rest on the general rule against abusive dismissal (Labour Contract Act Art. 16), which names no such case.",
})

# METADATA
# title: Protective equipment provided by the employer, but not by law free of charge
sources contains object.union(_isha, {
	"requirement": "health_safety.free_protective_equipment",
	"entry": "restriction",
	"value": false,
	"article": "Arts. 20-22, 26; Labour Standards Act Art. 89(v)",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://github.com/kaz-under-the-bridge/appi-related-laws/blob/main/sources/labor-safety-law/content.xml", "title": "Industrial Safety and Health Act, e-Gov XML retrieved 24 September 2025 (verbatim copy of the official text)"},
		_egov_lsa,
		{"url": "https://sharo-shi.gifu.jp/caseStudy/detail_369_5.html", "title": "Gifu labour and social security attorney (2024): must the company bear the full cost of safety shoes? The law requires the wearing, not the employer's payment"},
	],
	"notes": [
		"The employer must take measures against dangers and health hazards (Arts. 20-22) and workers must observe them (Art. 26); the Ordinance on Industrial Safety and Health requires the employer to provide and have workers wear protective equipment for listed work (not read).",
		"No provision found makes the equipment free: the duty is to provide and have it worn, not to bear its cost, and the Labour Standards Act expects rules of employment to state any charge made to workers for work supplies (Art. 89(v)). A charge is therefore lawful if set out in the rules of employment (labour and social security attorney's reading, checked_against).",
	],
})

# METADATA
# title: Worker participation in health and safety
sources contains object.union(_isha, {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"article": "Arts. 17-19; Enforcement Order Art. 9",
	"verification": "secondary",
	"checked_against": [{"url": "http://bosei-navi.mhlw.go.jp/glossary/relevance08.html", "title": "MHLW maternity health glossary: safety committee and health committee (health committee in every workplace of 50 or more workers, all industries)"}],
	"conditions": {
		"workplace_workers_min": 50,
		"text": "Workplaces normally employing 50 or more workers, in every industry, must set up a health committee (Art. 18; Enforcement Order Art. 9; MHLW maternity health glossary); a safety committee too from 50 or 100 workers in listed industries (Art. 17).",
	},
	"notes": [
		"Half of the committee members other than the chair are nominated on the recommendation of the union organised by a majority of the workers or, failing one, of the person representing the majority (Art. 17(4), applied by Arts. 18(4), 19(4); read in the Act).",
		"Smaller workplaces must only give workers an opportunity to state their views on safety and health (Ordinance on Industrial Safety and Health Art. 23-2, not read); not encoded.",
	],
})

# METADATA
# title: Workplace harassment measures
sources contains {
	"requirement": "harassment.policy",
	"value": true,
	"instrument": "Act on Comprehensive Promotion of Labour Policies (Act No. 132 of 1966)",
	"article": "Art. 30-2(1)",
	"url": "https://laws.e-gov.go.jp/law/341AC0000000132",
	"binding": "law",
	"effective_from": "2022-04-01",
	"verification": "secondary",
	"checked_against": [
		{"url": "http://www.pref.fukushima.lg.jp/sec/32011c/pawaharabousi.html", "title": "Fukushima Prefecture (MHLW notice): power harassment prevention measures compulsory for SMEs from 1 April 2022; the amended Act in force 1 June 2020"},
		{"url": "https://www.city.maebashi.gunma.jp/soshiki/sangyokeizai/sangyoseisaku/gyomu/4/2/5/32284.html", "title": "Maebashi City: power harassment measures an employer's duty (amended Act in force 1 June 2020; SMEs from 1 April 2022)"},
	],
	"notes": [
		"Employers must take employment-management measures against power harassment; the MHLW guideline requires them to clarify and publicise a policy that harassment is not permitted, set up a consultation desk and respond after the fact.",
		"Large employers from 1 June 2020, all employers (SMEs included) from 1 April 2022.",
		"Parallel duties for sexual harassment (Equal Employment Opportunity Act Art. 11) and pregnancy or childcare harassment (Art. 11-3; Childcare and Family Care Leave Act Art. 25).",
	],
}

# METADATA
# title: No night work under 18
sources contains object.union(_lsa, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"article": "Art. 61(1)",
	"effective_from": "1986-04-01",
	"verification": "primary",
	"checked_against": [
		_egov_lsa,
		{"url": "https://roukihou-2023.hatenablog.com/entry/2023/06/14/225037", "title": "Labour Standards Act Art. 61 with its amendment history (1952; 1985, former Art. 62 moved up; 1997, 1998, 1999)"},
	],
	"notes": [
		"Persons under 18 may not be employed between 10 p.m. and 5 a.m. (11 p.m. to 6 a.m. where the Minister so decides for an area or period, Art. 61(2)); children employed under Art. 56(2) not between 8 p.m. and 5 a.m. (Art. 61(5)).",
		"Art. 61 was Art. 62 of the original Act, moved up by Act No. 45 of 1985 (amendment history in a copy of the annotated text); encoded from 1 April 1986, when that Act came into force (its Suppl. Prov. Art. 1, read). The wording of the original Art. 62 was not read.",
	],
	"exceptions": [
		{"article": "Art. 61(1) proviso", "value": 16, "text": "Males aged 16 or over employed in a shift system."},
		{"article": "Art. 61(3)", "text": "In businesses working in shifts, with the permission of the administrative agency, work until 10.30 p.m. or from 5.30 a.m."},
		{"article": "Art. 61(4)", "text": "Not applicable to overtime or holiday work in emergencies under Art. 33(1), nor to agriculture and forestry, livestock, sericulture and fisheries, health and hygiene businesses (Appended Table 1 nos. 6, 7, 13), or telephone exchange work."},
	],
})

# METADATA
# title: No pregnancy test required of job applicants (not encoded)
sources contains {
	"requirement": "maternity.no_pregnancy_testing",
	"entry": "not_encoded",
	"instrument": "Equal Employment Opportunity Act (Act No. 113 of 1972)",
	"article": "Arts. 5, 7, 9",
	"url": "https://laws.e-gov.go.jp/law/347AC0000000113",
	"binding": "law",
	"effective_from": "2007-04-01",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://jmk-okada.com/information/2024/202407-2", "title": "JMK Okada (labour and social security attorneys), 1 July 2024: the MHLW guideline on sex discrimination (2006 MHLW Notice No. 614) on Art. 5, measures barred in recruitment and hiring (excluding one sex, different conditions by sex)"},
		{"url": "http://wlb.tk-sr.jp/business/01/02/page01.html", "title": "Tada International labour and social security attorneys, EEO Act Q&A: questions put only to women (e.g. whether they will keep working after childbirth) and different selection methods or standards by sex breach Art. 5"},
		{"url": "https://730841.pixocialhk.tech/kurashi/roudou/koyo/danjo_bosyu-saiyo.html", "title": "Copy of a local government page (updated 9 August 2023): Art. 5 bars sex discrimination in recruitment and hiring; Art. 7 bars requiring height, weight or strength, or nationwide transfer, without need"},
	],
	"reason": "No provision or guideline read names pregnancy tests. Art. 5 bars sex discrimination in recruitment and hiring, and the MHLW guideline (2006 MHLW Notice No. 614, read in secondary pages) counts as such setting different conditions for women and men or judging them by different selection methods or standards, e.g. asking only women whether they will keep working after childbirth; a test required only of women would seem to fall under it, but no MHLW text or decision saying so was found. The indirect-discrimination rules under Art. 7 name height, weight or strength and transfer requirements, not health; Art. 9 (disadvantageous treatment because of pregnancy) was not re-read for whether it reaches applicants. Whether requiring a pregnancy test of applicants is barred therefore has no text to cite.",
}

# METADATA
# title: Compulsory leave after childbirth
sources contains object.union(_lsa, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"value": 8,
	"article": "Art. 65(2)",
	"effective_from": "1986-04-01",
	"verification": "primary",
	"checked_against": [_egov_lsa],
	"notes": ["The employer must not employ a woman within 8 weeks after childbirth. Eight weeks (six before) since Act No. 45 of 1985, in force 1 April 1986 (Suppl. Prov. Art. 2(2)-(3), read in the e-Gov text)."],
	"exceptions": [{"article": "Art. 65(2) proviso", "value": 6, "text": "After six weeks the woman may return to work at her request, in work a doctor finds does not harm her."}],
})

# METADATA
# title: Wages paid at least monthly on a fixed date
sources contains object.union(_lsa, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "Art. 24(2)",
	"verification": "primary",
	"notes": ["Wages must be paid at least once a month on a fixed date."],
	"exceptions": [{"article": "Art. 24(2) proviso", "text": "Extraordinary wages, bonuses and similar wages specified by ordinance of the Ministry of Health, Labour and Welfare."}],
})

# METADATA
# title: Wages paid in full; deductions only by law or written agreement
sources contains object.union(_lsa, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "Art. 24(1)",
	"verification": "primary",
	"notes": ["Wages must be paid in full; part may be deducted only where laws and regulations provide, or under a written agreement with a union organised by a majority of the workers at the workplace or, failing one, a person representing the majority (a workplace agreement, not a collective agreement in the C95 sense)."],
})

# METADATA
# title: Disciplinary pay reductions limited, not banned
sources contains object.union(_lsa, {
	"requirement": "wages.no_disciplinary_deductions",
	"entry": "restriction",
	"value": false,
	"article": "Art. 91",
	"verification": "primary",
	"checked_against": [
		_egov_lsa,
		{"url": "https://kitelab.jp/glossary/seisaikitei-seigen", "title": "Kitelab glossary: limits on disciplinary pay reductions, LSA Art. 91, with the circular of 20 September 1948 (Kishu No. 1789)"},
	],
	"notes": [
		"Rules of employment may provide for a pay reduction as a sanction: at most half a day's average wage for one instance and a tenth of the total wages of one pay period (Art. 91). The law allows disciplinary deductions within these limits.",
		"Art. 91 stands in the original Act: Ministry of Labour circulars of 1948 (Kishu No. 1789, 20 September 1948) and 1950 interpret its limits.",
	],
})

# METADATA
# title: No wage deductions to pay for getting a job (not encoded)
sources contains object.union(_lsa, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"entry": "not_encoded",
	"article": "Arts. 6, 17, 24(1)",
	"verification": "primary",
	"reason": "No rule aimed at deductions to pay for obtaining or keeping a job: the Act bars profiting from intervening in another's employment (Art. 6), setting off advances against wages (Art. 17) and deductions without law or workplace agreement (Art. 24(1)), which together may reach such deductions; that reading was not checked.",
})

_normlex := "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:11200:0::NO::P11200_COUNTRY_ID:102729"

_ilo_tokyo_list := "http://www.ilo.org/tokyo/ilo-japan/conventions-ratified-by-japan/lang--ja/index.htm"

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: |
#   From ILO Tokyo and NORMLEX pages; dates are given only where a source was checked.
#   Dates of C29, C98, C105, C138 and C187 checked against ILO Tokyo pages; the C138
#   declared minimum age was not found in a checked source and is not encoded.
ratifications := {
	"C29": {"status": "ratified", "date": "1932-11-21", "verification": "primary", "url": _ilo_tokyo_list},
	"P29": {"status": "not_ratified", "verification": "secondary", "url": "http://www.oit.org/tokyo/standards/list-of-conventions/WCMS_315011/lang--ja/index.htm"},
	"C87": {"status": "ratified", "verification": "secondary", "url": _normlex},
	"C98": {"status": "ratified", "date": "1953-10-20", "verification": "primary", "url": _ilo_tokyo_list},
	"C100": {
		"status": "ratified", "verification": "secondary",
		"url": "http://ilo.ch/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2236002%2C102729",
		"notes": ["NORMLEX comments on C100 give Japan's ratification as 1967 (day not encoded)."],
	},
	"C105": {
		"status": "ratified", "date": "2022-07-19", "verification": "primary",
		"url": "http://www.oit.org/tokyo/information/pr/WCMS_851878/lang--ja/index.htm",
		"notes": ["Instrument deposited 19 July 2022; in force for Japan from 19 July 2023 (ILO Tokyo press release, 20 July 2022)."],
	},
	"C111": {"status": "not_ratified", "verification": "secondary", "url": "http://www.ilo.org/tokyo/standards/list-of-conventions/WCMS_239068/lang--ja/index.htm"},
	"C138": {
		"status": "ratified", "date": "2000-06-05", "verification": "primary",
		"url": "http://www.oit.org/tokyo/standards/list-of-conventions/WCMS_239041/lang--ja/index.htm",
		"notes": ["Unverified: the minimum age Japan declared under Art. 2(1) was not found in a checked source and is not encoded. The ratification date is from the ILO Tokyo page."],
	},
	"C182": {"status": "ratified", "verification": "secondary", "url": _normlex},
	"C155": {
		"status": "not_ratified", "verification": "secondary",
		"url": "http://www.oit.org/tokyo/standards/list-of-conventions/WCMS_239024/lang--ja/index.htm",
		"checked_against": [{"url": "https://www.jilaf.or.jp/en/news/20250611-5487/", "title": "JILAF (11 June 2025): the Diet approved the ratification of C155 on 23 May 2025"}],
		"notes": ["The Diet approved ratification on 23 May 2025 (JILAF); the deposit of the instrument with the ILO and its registration date were not found, so C155 is still treated as not ratified."],
	},
	"C187": {"status": "ratified", "date": "2007-07-24", "verification": "primary", "url": "http://www.oit.org/tokyo/helpdesk/WCMS_239181/lang--ja/index.htm"},
}
