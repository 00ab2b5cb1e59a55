# METADATA
# title: Indonesia national rule pack
# description: |
#   Manpower Law No. 13/2003 as amended by the Job Creation framework (Law 11/2020,
#   Perppu 2/2022, Law 6/2023); Government Regulations 35/2021 (working time, overtime,
#   termination) and 36/2021 (wages); Law 1/1970 on Work Safety; Law 21/2000 on Trade
#   Unions; Law 4/2024 on Maternal and Child Welfare; Ministry of Manpower guidance; and the
#   ILO ratifications. Provisions whose
#   substance the Job Creation amendments kept are dated from 2003 with the amended
#   numbering in notes.
#
#   Every url is an official legal database (peraturan.bpk.go.id, jdih.kemnaker.go.id); the
#   pages hrdd read are in checked_against. "primary" marks values read in a copy of the
#   text itself (the Ministry of Manpower legal bureau's compilation of the Job Creation Law,
#   copies of Government Regulation 35/2021 and of Law 21/2000); "secondary" values were
#   checked against the named articles, law-firm or news pages.
package hrdd.national.id

# METADATA
# title: Country name
name := "Indonesia"

_bpk := "https://peraturan.bpk.go.id/"

_jdih := "https://jdih.kemnaker.go.id/"

_ca_kemnaker := {"url": "https://online.anyflip.com/pguqm/fpfn/files/basic-html/page226.html", "title": "Ministry of Manpower legal bureau (Biro Hukum Kemnaker), compilation of the labour cluster of the Job Creation Law, pp. 226-228: copy of the amended text of the Manpower Law (Arts. 77-88A)"}

_ca_gr35 := {"url": "http://online.flipbuilder.com/gxlsw/nhla/files/basic-html/page17.html", "title": "Copy of the text of Government Regulation No. 35 of 2021 (working time and overtime, Arts. 21-31)"}

_ca_topcareer := {"url": "https://topcareer.id/read/2021/02/23/59432/pp-ciptaker-atur-maksimal-kerja-lembur-4-jam-uu-sebelumnya-3-jam", "title": "Topcareer, GR 35/2021 caps overtime at 4 hours a day and 18 a week; quotes the 2003 Art. 78 (3 hours a day, 14 a week)"}

_ca_wages := [
	{"url": "https://money.kompas.com/copy/2021/10/08/173246826/ini-aturan-pemotongan-upah-di-pp-36-tahun-2021", "title": "Kompas, wage deduction rules in GR 36/2021 (Arts. 63-65)"},
	{"url": "https://sulsel.fajar.co.id/2022/02/07/perusahaan-yang-telat-gaji-karyawan-dapat-didenda", "title": "Fajar, GR 36/2021 Arts. 55, 59-61: payment on the agreed date, fines, late-payment surcharges"},
]

_ml := {
	"instrument": "Manpower Law No. 13 of 2003 (as amended by Law No. 6 of 2023 on Job Creation)",
	"binding": "law",
	"url": _bpk,
	"checked_against": [_ca_kemnaker],
	# Enacted and in force on 25 March 2003.
	"effective_from": "2003-03-25",
}

_gr35 := {
	"instrument": "Government Regulation No. 35 of 2021 (PP 35/2021) on fixed-term work, outsourcing, working time and rest, and termination",
	"binding": "law",
	"url": _bpk,
	"checked_against": [_ca_gr35],
	# Promulgated and in force on 2 February 2021.
	"effective_from": "2021-02-02",
}

_law21 := {
	"instrument": "Law No. 21 of 2000 on Trade Unions",
	"binding": "law",
	"url": _bpk,
	"checked_against": [{"url": "http://online.flipbuilder.com/gxlsw/fwnz/files/basic-html/page4.html", "title": "Copy of the text of Law No. 21 of 2000 on Trade Unions"}],
	"effective_from": "2000-08-04",
}

# Law No. 11 of 2020 on Job Creation was signed and promulgated on 2 November 2020.
_job_creation_from := "2020-11-02"

_gr36 := {
	"instrument": "Government Regulation No. 36 of 2021 (PP 36/2021) on Wages, as amended by GR 51/2023",
	"binding": "law",
	"url": _bpk,
	# Promulgated and in force on 2 February 2021.
	"effective_from": "2021-02-02",
	"verification": "secondary",
	"checked_against": _ca_wages,
}

_ca_k3_text := [
	{"url": "https://www.slideshare.net/lorcosafety/undangundang-nomor-1-tahun-1970-tentang-keselamatan-kerja", "title": "Slideshare (safetysign.co.id), copy of the Indonesian text of Law No. 1 of 1970 on Work Safety"},
	{"url": "https://temanindustri.com/landasan-hukum-penggunaan-apd", "title": "Teman Industri, legal basis of PPE: quotes Law No. 1 of 1970 Arts. 12(b), 12(e), 13 and 14(c) in Indonesian (after the Depnaker 2005 edition)"},
]

_k3 := {
	"instrument": "Law No. 1 of 1970 on Work Safety (Keselamatan Kerja)",
	"binding": "law",
	"url": _bpk,
	# Enacted on 12 January 1970 and in force on promulgation (Art. 18).
	"effective_from": "1970-01-12",
	"verification": "secondary",
	"checked_against": array.concat(
		[{"url": "https://konsulhiperkes.wordpress.com/2009/01/13/undang-undang-keselamatan-kerja-english-version/", "title": "English translation of Act No. 1 of 1970 on Safety (State Gazette No. 1 of 1970)"}],
		_ca_k3_text,
	),
}

_six_day_week := "Art. 77(2) allows either 7 hours a day on a 6-day week or 8 hours a day on a 5-day week, 40 hours a week in both."

# METADATA
# title: Minimum age for employment
sources contains object.union(_ml, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "Arts. 68, 69",
	"checked_against": [{"url": "http://azkurs.org/pars_docs/refs/33/32341/azkurs.org/pdfview/natlex-database-isn-64764.html?page=2", "title": "Copy of the ILO NATLEX text of Act No. 13 of 2003 (azkurs mirror), p. 2"}],
	"verification": "secondary",
	"notes": [
		"Art. 68 bars employing children, defined as persons under 18 (Art. 1(26)), save the exceptions of Arts. 69-71; the Government told the ILO that in practice 15-17 year-olds may work outside hazardous work. 15 is the age declared under C138 (ratified by Law No. 20 of 1999) and the minimum age for regular employment in the Better Work labour law guide.",
		"The Manpower Law does not reach children working outside an employment relationship (CEACR).",
	],
	"exceptions": [
		{
			"article": "Art. 69",
			"value": 13,
			"text": "Children aged 13 to 15 may do light work with written parental permission and contract, at most 3 hours a day, in the daytime and without disturbing school.",
		},
		{
			"article": "Art. 70",
			"value": 14,
			"text": "Children of at least 14 may work as part of a school curriculum or an approved training programme.",
		},
	],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_ml, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "Arts. 1(26), 74",
	"checked_against": [{"url": "https://betterwork.org/bn/reports-and-publications/1-2-protection-of-young-workers", "title": "Better Work, Indonesia labour law guide 1.2: protection of young workers (Arts. 69, 70, 74; KEP.235/MEN/2003)"}],
	"verification": "secondary",
	"notes": ["No one under 18 may be employed in the worst forms of child labour, including work harmful to health, safety or morals; list in Ministerial Decree KEP.235/MEN/2003."],
})

# METADATA
# title: Regular daily hours
sources contains object.union(_ml, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Art. 77(2)",
	"checked_against": [{"url": "https://waspada.co.id/2023/01/aturan-baru-libur-kerja-cuma-1-hari-seminggu-simak-penjelasan-kemnaker/", "title": "Waspada, new rules on weekly rest (Ministry of Manpower explanation of Art. 77-79 as amended, 2023)"}],
	"verification": "secondary",
	"notes": [
		"8 hours on a 5-day week; 7 hours on a 6-day week.",
		_six_day_week,
	],
})

# METADATA
# title: Regular weekly hours
sources contains object.union(_ml, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 40,
	"article": "Art. 77(2)",
	"checked_against": [{"url": "https://waspada.co.id/2023/01/aturan-baru-libur-kerja-cuma-1-hari-seminggu-simak-penjelasan-kemnaker/", "title": "Waspada, new rules on weekly rest (Ministry of Manpower explanation of Art. 77-79 as amended, 2023)"}],
	"verification": "secondary",
	"notes": [
		_six_day_week,
		"A limit on normal hours: every employer must apply it (Art. 77(1)) and may exceed it only as overtime with the worker's consent and within the caps of Art. 78. Certain sectors or jobs may have other working time (Art. 77(3); GR 35/2021 Arts. 23-25), not encoded.",
	],
})

# METADATA
# title: Overtime is voluntary (Manpower Law)
sources contains object.union(_ml, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "Art. 78(1)(a)",
	"checked_against": [_ca_topcareer],
	"verification": "secondary",
	"notes": ["Overtime requires the consent of the worker concerned. The caps of Art. 78(1)(b) are encoded under working_hours.overtime_daily_max and overtime_weekly_max."],
})

# METADATA
# title: Overtime is voluntary (GR 35/2021)
sources contains object.union(_gr35, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "Art. 28(1)",
	"verification": "primary",
	"notes": ["Overtime needs an order from the employer and the written (or digital) consent of the worker concerned."],
})

# METADATA
# title: Overtime premium
sources contains object.union(_gr35, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 150,
	"article": "Art. 31(1)(a)",
	"checked_against": [{"url": "https://bisnis.tempo.co/read/1704466/karyawan-transmart-tuntut-upah-lembur-begini-cara-menghitungnya-menurut-undang-undang?page_num=2", "title": "Tempo, overtime pay under GR 35/2021 (Art. 31)"}],
	"verification": "secondary",
	"notes": ["1.5 times the hourly wage for the first overtime hour and 2 times for each further hour; higher rates (2-4 times) on weekly rest days and public holidays (Art. 31(2))."],
})

# METADATA
# title: Weekly rest
sources contains object.union(_ml, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "Art. 79(2)(b)",
	"verification": "primary",
	"notes": ["One rest day for six working days a week, encoded as 24 hours. The 2003 text also gave two days for a 5-day week; the amended text names only the 6-day case, though the Ministry of Manpower reads it as keeping two days for a 5-day week."],
})

# METADATA
# title: Annual paid leave
sources contains object.union(_ml, {
	"requirement": "leave.annual_paid_min_days",
	"value": 10,
	"article": "Art. 79(3) (Art. 79(2)(c) in the 2003 text)",
	"verification": "primary",
	"statute": {
		"value": 12,
		"unit": "working days on a 6-day week",
		"conversion": "Art. 77(2) allows a 6-day week, on which 12 working days are 2 weeks = 10 working days of a 5-day week (x 5/6); on a 5-day week the entitlement is 12 days",
	},
	"conditions": {
		"service_months_min": 12,
		"text": "At least 12 working days after 12 months' continuous work.",
	},
})

# METADATA
# title: Maternity leave
sources contains object.union(_ml, {
	"requirement": "maternity.leave_min_weeks",
	"value": 13,
	"article": "Art. 82(1)",
	"checked_against": [{"url": "https://chambers.com/articles/employer-obligations-under-indonesia-s-new-law-on-maternal-and-child-welfare", "title": "Chambers, employer obligations under Indonesia's new Law on Maternal and Child Welfare (Manpower Law Art. 82: 1.5 + 1.5 months)"}],
	"verification": "secondary",
	"statute": {
		"value": 3,
		"unit": "months (1.5 before and 1.5 after the birth)",
		"conversion": "3 months x 52/12 = 13 weeks",
	},
	"notes": [
		"1.5 months before and 1.5 months after the birth, as calculated by the obstetrician or midwife.",
		"Law No. 4 of 2024 on Maternal and Child Welfare (2 July 2024) keeps the floor at 3 months and adds up to 3 more months for medical conditions: see the entry from that Law.",
	],
})

_kia := {
	"instrument": "Law No. 4 of 2024 on Maternal and Child Welfare in the First Thousand Days of Life (UU KIA)",
	"binding": "law",
	"url": _bpk,
	# Signed and promulgated on 2 July 2024 (State Gazette 2024 No. 98); in force on
	# promulgation as Indonesian laws are unless they say otherwise (the closing article was
	# not read).
	"effective_from": "2024-07-02",
	"verification": "secondary",
}

_ca_kia := [
	{"url": "https://www.kaltenglima.com/nasional/35112836162/uu-kia-resmi-disahkan-dpr-ibu-melahirkan-bisa-cuti-selama-6-bulan-apa-gaji-tetap-dibayar-saat-cuti", "title": "Kaltenglima, quotes UU KIA Art. 4(3)(a): maternity leave of at least the first 3 months and at most 3 further months on a doctor's certificate of special conditions"},
	{"url": "https://www.realitasonline.id/nusantara/102413159289/pemerintah-resmi-tetapkan-cuti-melahirkan-maksimal-6-bulan", "title": "Realitas Online, quotes UU KIA Art. 4(4): the leave of Art. 4(3)(a) must be granted by the employer; signed 2 July 2024"},
	{"url": "https://www.inews.id/amp/news/nasional/7-poin-penting-uu-kesejahteraan-ibu-dan-anak-cuti-ayah-berapa-lama/2", "title": "iNews, UU KIA Arts. 4(3), 5(1)-(2), 6(2): full wages for the first 3 months and the 4th month, 75 % for the 5th and 6th; no dismissal during the leave; 2 + 3 days for the husband"},
	{"url": "https://jambiindependent.disway.id./amp/687068/tok-pemerintah-resmikan-uu-cuti-melahirkan-6-bulan", "title": "Jambi Independent, UU KIA Art. 4(4) quoted and the pay scale of Art. 5(2): 100 % for months 1-3, 100 % for month 4, 75 % for months 5-6"},
	{"url": "https://teropongmedia.id/jokowi-sahkan-uu-kia-kementrian-pppa-buat-turunannya", "title": "Teropong Media, UU KIA signed on 2 July 2024, State Gazette 2024 No. 98"},
]

# METADATA
# title: Maternity leave (Maternal and Child Welfare Law)
sources contains object.union(_kia, {
	"requirement": "maternity.leave_min_weeks",
	"value": 13,
	"article": "Art. 4(3)(a), (4)",
	"checked_against": _ca_kia,
	"statute": {
		"value": 3,
		"unit": "months (the first 3 months)",
		"conversion": "3 months x 52/12 = 13 weeks",
	},
	"notes": [
		"Every working mother is entitled to maternity leave of at least the first 3 months, and of at most 3 further months where special conditions are shown by a doctor's certificate; the employer must grant the leave (Art. 4(3)(a), (4)). A mother on maternity leave may not be dismissed (Art. 5(1)). The Manpower Law's 1.5 + 1.5 months (Art. 82(1)) stand beside it.",
		"The husband is entitled to 2 days of leave to accompany his wife at the birth, and up to 3 more days or as agreed (Art. 6(2)); hrdd has no requirement id for it.",
		"Checked against news quotations of the articles; the Law's text was not read.",
	],
	"exceptions": [{
		"article": "Art. 4(3)(a)(2)",
		"value": 26,
		"text": "Up to 3 further months (26 weeks in all) where the mother has a health problem, disorder or complication after the birth or a miscarriage, or the child has a health problem, disorder or complication, shown by a doctor's certificate.",
	}],
})

# METADATA
# title: Maternity cash benefit (Maternal and Child Welfare Law)
sources contains object.union(_kia, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"article": "Art. 5(2)",
	"checked_against": _ca_kia,
	"notes": ["A mother on maternity leave is paid in full for the first 3 months and for the 4th month, and at 75 % of her wage for the 5th and 6th months (Art. 5(2)); the 100 % covers the whole of the obligatory 3 months. Checked against news quotations; the Law's text was not read."],
	"exceptions": [{
		"article": "Art. 5(2)",
		"value": 75,
		"text": "75 % of the wage for the 5th and 6th months of a leave extended for special conditions.",
	}],
})

# METADATA
# title: Maternity cash benefit
sources contains object.union(_ml, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"article": "Arts. 82, 84",
	"checked_against": [{"url": "https://fbeta.republika.co.id/berita/rnuhuv370/perppu-cipta-kerja-libur-mingguan-minimal-1-hari-dalam-seminggu", "title": "Republika, Perppu Cipta Kerja: weekly rest and paid leave (Arts. 79, 84)"}],
	"verification": "secondary",
	"notes": ["Workers on maternity leave under Art. 82 are entitled to full wages, paid by the employer (Art. 84)."],
})

# METADATA
# title: Statutory minimum wage paid (2003 text)
sources contains object.union(_ml, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "Art. 90(1)",
	"checked_against": [{"url": "https://garuda.kemdikbud.go.id/citation/site/bib/1716769", "title": "Garuda (Ministry of Education journal index), article citing Manpower Law Art. 90(1)"}],
	"effective_to": "2020-11-02",
	"verification": "secondary",
	"notes": ["Employers may not pay wages below the minimum wage. Replaced by Art. 88E(2) under the Job Creation Law (Law 11/2020, in force 2 November 2020)."],
})

# METADATA
# title: Statutory minimum wage paid (Job Creation text)
sources contains object.union(_ml, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "Art. 88E(2), inserted by Law 11/2020 and re-enacted by Perppu 2/2022 and Law 6/2023",
	"checked_against": [{"url": "https://pedomanrakyat.com/uu-cipta-kerja-pengusaha-bayar-upah-di-bawah-minimum-dipenjara-4-tahun", "title": "Pedoman Rakyat, Job Creation Law: paying below the minimum wage punishable by up to 4 years (Arts. 88E, 185)"}],
	"effective_from": "2020-11-02",
	"verification": "secondary",
	"notes": ["Provincial (UMP) and district (UMK) minimum wages, and since the Constitutional Court's decision 168/PUU-XXI/2023 (31 October 2024) and GR 49/2025 (17 December 2025) provincial and district sectoral minimum wages (UMSP, UMSK), set by governors under the national formula; no national rate (see minimum_wage_regime). Paying below the minimum wage is a criminal offence (Art. 185)."],
})

# METADATA
# title: Prohibited grounds of discrimination
sources contains object.union(_ml, {
	"requirement": "non_discrimination.grounds",
	"value": ["sex", "ethnic_origin", "race", "religion", "colour", "political_opinion", "disability"],
	"article": "Arts. 5, 6 and Elucidation",
	"checked_against": [{"url": "https://id.wikisource.org/wiki/Halaman:UU_13_2003.pdf/50", "title": "Wikisource, scan of Law No. 13 of 2003, p. 50 (Elucidation of Arts. 5-6)"}],
	"verification": "primary",
	"notes": ["The Elucidation of Arts. 5-6 lists jenis kelamin (sex), suku (ethnic group, mapped to ethnic_origin), ras (race), agama (religion), warna kulit (colour) and aliran politik (political orientation, mapped to political_opinion), and equal treatment of persons with disabilities (penyandang cacat)."],
})

# METADATA
# title: Right to organise
sources contains object.union(_law21, {
	"requirement": "freedom_of_association.right_to_organise",
	"value": true,
	"article": "Arts. 5(1), 9, 28",
	"verification": "primary",
	"notes": ["Every worker may form and join a union; a union needs at least 10 members (Art. 5(2)) and is formed freely without interference (Art. 9); obstructing union activity is a crime (Arts. 28, 43). Also Manpower Law Art. 104."],
})

# METADATA
# title: Collective bargaining
sources contains object.union(_law21, {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"article": "Art. 4(2)(a)",
	"checked_against": [{"url": "https://id.scribd.com/document/604063228/UU-No-21-Tahun-2000-Tentang-Serikat-Pekerja", "title": "Scribd, text of Law No. 21 of 2000 on Trade Unions"}],
	"verification": "secondary",
	"notes": ["Unions act as a party to collective labour agreements (perjanjian kerja bersama) and to industrial dispute settlement."],
})

# METADATA
# title: Weekly hours after which overtime pay is due
sources contains object.union(_gr35, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"value": 40,
	"article": "Arts. 21(2), 27(1); Manpower Law Art. 78(2)",
	"verification": "primary",
	"notes": ["An employer employing a worker beyond the working time of Art. 21(2) (7 hours a day and 40 a week on a 6-day week, 8 and 40 on a 5-day week) must pay overtime; workers in certain senior positions may be excluded by the contract, company regulations or collective agreement (Art. 27(2)-(5))."],
})

# METADATA
# title: Daily hours after which overtime pay is due
sources contains object.union(_gr35, {
	"requirement": "working_hours.overtime_pay_threshold_daily",
	"value": 8,
	"article": "Arts. 21(2), 27(1); Manpower Law Arts. 77(2), 78(2)",
	"verification": "primary",
	"checked_against": [_ca_gr35, _ca_kemnaker, {"url": "https://www.idntimes.com/business/economy/aturan-jam-kerja-dan-upah-lembur-di-uu-ketenagakerjaan-pahami-yuk-00-4kt37-rwz04b/amp", "title": "IDN Times, under GR 35/2021 overtime is work beyond 7 hours a day on a 6-day week or 8 on a 5-day week"}],
	"notes": [
		"Overtime, for which pay is due (Art. 27(1); Manpower Law Art. 78(2)), is work beyond the working time of Art. 21(2): 7 hours a day and 40 a week on a 6-day week, 8 hours a day and 40 a week on a 5-day week.",
		"How the schedule is encoded: the threshold depends on the schedule and no condition can tell it, so hrdd encodes 8, the figure that holds on either schedule; on a 6-day week overtime pay is already due beyond 7 hours a day, which hrdd does not test (check it by hand). Work on weekly rest days and public holidays is overtime whatever the hours.",
		"Workers in certain senior positions may be excluded by the contract, company regulations or collective agreement (Art. 27(2)-(5)).",
	],
})

# METADATA
# title: Maximum overtime per day (2003 text)
sources contains object.union(_ml, {
	"requirement": "working_hours.overtime_daily_max",
	"value": 3,
	"article": "Art. 78(1)(b) (2003 text)",
	"checked_against": [_ca_topcareer, {"url": "https://betterwork.org/id/reports-and-publications/8-2-overtime/", "title": "Better Work Indonesia, 8.2 Overtime (before 2021: at most 3 hours a day and 14 a week, Art. 78)"}],
	"url": _bpk,
	"effective_to": _job_creation_from,
	"verification": "secondary",
	"notes": ["At most 3 hours of overtime a day and 14 a week."],
})

# METADATA
# title: Maximum overtime per day (Job Creation text)
sources contains object.union(_ml, {
	"requirement": "working_hours.overtime_daily_max",
	"value": 4,
	"article": "Art. 78(1)(b) as amended by Law No. 11 of 2020 (re-enacted by Perppu 2/2022 and Law 6/2023)",
	"checked_against": [_ca_kemnaker, _ca_topcareer],
	"url": _bpk,
	"effective_from": _job_creation_from,
	"verification": "secondary",
	"notes": ["At most 4 hours of overtime a day and 18 a week, up from 3 and 14."],
})

# METADATA
# title: Maximum overtime per day (GR 35/2021)
sources contains object.union(_gr35, {
	"requirement": "working_hours.overtime_daily_max",
	"value": 4,
	"article": "Art. 26",
	"verification": "primary",
	"notes": ["At most 4 hours of overtime a day and 18 a week; overtime on weekly rest days and public holidays is not counted (Art. 26(2))."],
})

# METADATA
# title: Maximum overtime per week (2003 text)
sources contains object.union(_ml, {
	"requirement": "working_hours.overtime_weekly_max",
	"value": 14,
	"article": "Art. 78(1)(b) (2003 text)",
	"checked_against": [_ca_topcareer, {"url": "https://betterwork.org/id/reports-and-publications/8-2-overtime/", "title": "Better Work Indonesia, 8.2 Overtime (before 2021: at most 3 hours a day and 14 a week, Art. 78)"}],
	"url": _bpk,
	"effective_to": _job_creation_from,
	"verification": "secondary",
	"notes": ["At most 3 hours of overtime a day and 14 a week."],
})

# METADATA
# title: Maximum overtime per week (Job Creation text)
sources contains object.union(_ml, {
	"requirement": "working_hours.overtime_weekly_max",
	"value": 18,
	"article": "Art. 78(1)(b) as amended by Law No. 11 of 2020 (re-enacted by Perppu 2/2022 and Law 6/2023)",
	"checked_against": [_ca_kemnaker, _ca_topcareer],
	"url": _bpk,
	"effective_from": _job_creation_from,
	"verification": "secondary",
	"notes": ["At most 4 hours of overtime a day and 18 a week, up from 3 and 14."],
})

# METADATA
# title: Maximum overtime per week (GR 35/2021)
sources contains object.union(_gr35, {
	"requirement": "working_hours.overtime_weekly_max",
	"value": 18,
	"article": "Art. 26",
	"verification": "primary",
	"notes": ["At most 4 hours of overtime a day and 18 a week; overtime on weekly rest days and public holidays is not counted (Art. 26(2))."],
})

# METADATA
# title: Maximum overtime per month (none)
sources contains object.union(_gr35, {
	"requirement": "working_hours.overtime_monthly_max",
	"entry": "absence",
	"article": "Art. 26; Manpower Law Art. 78(1)(b)",
	"verification": "primary",
	"notes": ["Overtime is capped per day and per week only."],
})

# METADATA
# title: Maximum overtime per year (none)
sources contains object.union(_gr35, {
	"requirement": "working_hours.overtime_yearly_max",
	"entry": "absence",
	"article": "Art. 26; Manpower Law Art. 78(1)(b)",
	"verification": "primary",
	"notes": ["Overtime is capped per day and per week only."],
})

# METADATA
# title: Maximum total hours per day (none)
sources contains object.union(_gr35, {
	"requirement": "working_hours.total_daily_max",
	"entry": "absence",
	"article": "Arts. 21, 26",
	"verification": "primary",
	"notes": ["No cap on normal plus overtime hours as such: 7 or 8 normal hours (Art. 21(2)) plus at most 4 hours of overtime (Art. 26(1)) on working days; overtime on rest days and holidays is not capped."],
})

# METADATA
# title: Maximum total hours per week (none)
sources contains object.union(_gr35, {
	"requirement": "working_hours.total_weekly_max",
	"entry": "absence",
	"article": "Arts. 21, 26",
	"verification": "primary",
	"notes": ["No cap on normal plus overtime hours as such: 40 normal hours (Art. 21(2)) plus at most 18 hours of overtime (Art. 26(1)), overtime on rest days and holidays not counted."],
})

# METADATA
# title: Minimum age for night work (not encoded)
sources contains object.union(_ml, {
	"requirement": "child_labour.night_work_minimum_age",
	"entry": "not_encoded",
	"article": "Arts. 68, 69, 76(1)",
	"verification": "unverified",
	"reason": "Female workers under 18 may not work between 23:00 and 07:00 (Art. 76(1)) and children of 13-15 may do light work only in the daytime (Art. 69), but no rule found covers boys aged 15-17, whose employment the Act treats as child work (Arts. 1(26), 68); one figure would misstate the law.",
})

# METADATA
# title: Recruitment fees
sources contains object.union(_ml, {
	"requirement": "forced_labour.no_recruitment_fees",
	"value": true,
	"article": "Art. 38",
	"checked_against": [{"url": "https://text-id.123dok.com/document/rz3nm1jdq-perluasan-kesempatan-kerja-penggunaan-tenaga-kerja-asing.html", "title": "123dok, copy of Law No. 13 of 2003 Chapter VI (Arts. 37-38: placement fees)"}],
	"url": _bpk,
	"verification": "secondary",
	"notes": [
		"Government placement services may not charge placement fees, directly or indirectly, to workers or users (Art. 38(1)); breach of Art. 38(2) is a criminal offence (Art. 188).",
		"Workers placed abroad are covered by Law No. 18 of 2017 on the Protection of Indonesian Migrant Workers (not encoded).",
	],
	"exceptions": [{
		"article": "Art. 38(2)-(3); Ministerial Decree KEP.230/MEN/2003",
		"text": "Private placement agencies may charge placement fees to users and to workers in the categories and positions set by ministerial decree.",
	}],
})

# METADATA
# title: No retention of identity documents (ministerial circular)
sources contains {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"value": true,
	"instrument": "Circular of the Minister of Manpower No. M/5/HK.04.00/V/2025 on the prohibition of retaining workers' diplomas and personal documents",
	"article": "whole circular",
	"checked_against": [{"url": "https://www.metrotvnews.com/read/NG9CQwBJ-menaker-resmi-terbitkan-se-larangan-penahanan-ijazah-ini-poin-pentingnya", "title": "Metro TV News, Minister issues circular M/5/HK.04.00/V/2025 banning retention of diplomas and personal documents (20 May 2025)"}, {"url": "https://www.tebarberita.id/kemnaker-larang-perusahaan-menahan-ijazah-dan-dokumen-pribadi-pekerja/", "title": "Tebarberita (Kemnaker press release), the ban and its exception for employer-funded training"}],
	"url": _jdih,
	"effective_from": "2025-05-20",
	"binding": "soft_law",
	"verification": "secondary",
	"notes": ["Employers may not require or retain original diplomas, competence certificates, passports, birth or marriage certificates or vehicle ownership books as a guarantee of work; a diploma may be held only where the employer paid for the training under a written agreement, and must then be kept safe. A circular to governors, not a statute: guidance."],
}

# METADATA
# title: No retention of identity documents (statute not encoded)
sources contains object.union(_ml, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"entry": "not_encoded",
	"article": "the Act as a whole (no provision identified)",
	"url": _bpk,
	"verification": "unverified",
	"reason": "hrdd found no statutory ban on retaining workers' documents (the 2025 circular is guidance) but did not verify that none exists, e.g. in regional regulations.",
})

# METADATA
# title: Workers free to resign
sources contains object.union(_ml, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "Art. 162(3) (2003 text); Art. 154A(1)(i) as amended by the Job Creation Law",
	"verification": "secondary",
	"notes": ["A worker may resign of his or her own will by written request at least 30 days before the resignation date, unless bound by a service commitment (ikatan dinas), working until that date; no decision of the industrial relations dispute body is needed. GR 35/2021 Arts. 36(i), 50."],
})

# METADATA
# title: Compulsory leave after childbirth (not encoded)
sources contains object.union(_ml, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"entry": "not_encoded",
	"article": "Art. 82(1)",
	"verification": "unverified",
	"checked_against": [{"url": "https://chambers.com/articles/employer-obligations-under-indonesia-s-new-law-on-maternal-and-child-welfare", "title": "Chambers, employer obligations under Indonesia's new Law on Maternal and Child Welfare"}],
	"reason": "Art. 82(1) entitles (\"berhak\") women to 1.5 months of rest after the birth, a right rather than a ban on work; Law No. 4 of 2024 on Maternal and Child Welfare likewise entitles working mothers to at least 3 months of maternity leave, which the employer must grant (Art. 4(3)(a), (4), in news quotations), but its text was not read to establish that no part of the leave is compulsory for the mother.",
})

# METADATA
# title: Pregnancy testing (not encoded)
sources contains object.union(_ml, {
	"requirement": "maternity.no_pregnancy_testing",
	"entry": "not_encoded",
	"article": "Arts. 5, 6, 153(1)(e)",
	"verification": "secondary",
	"checked_against": [
		{"url": "http://ilo.org/dyn/normlex/en/f?p=1000%3A13101%3A0%3A%3ANO%3A13101%3AP13101_COMMENT_ID%3A4057680", "title": "NORMLEX, CEACR direct request on C111, Indonesia (2020): Manpower Act ss. 5-6 name no specific grounds and define neither direct nor indirect discrimination; the Equal Employment Opportunity Guidelines (2005) are guidance"},
		{"url": "https://betterwork.org/uz/reports-and-publications/maternity-protection-at-work-guidelines", "title": "Better Work Indonesia, Guidelines for employers on maternity protection at work (2014): one assessed factory required a pregnancy test for recruitment (2012)"},
		{"url": "https://goodnewsfromindonesia.pages.dev/short/kemnaker-resmi-keluarkan-larangan-diskriminasi-tenaga-kerja-termasuk-tinggi-badan-dan-status-pernikahan", "title": "Good News From Indonesia (2025), Minister of Manpower circular M/6/HK.04/V/2025 on discriminatory recruitment requirements (age, appearance, height, marital status)"},
	],
	"reason": "The Act guarantees equal opportunity and treatment without discrimination (Arts. 5-6) and bars dismissal for pregnancy (Art. 153(1)(e)), but names no grounds and no practice such as a pregnancy test (CEACR, 2020); no statute or government regulation read bars tests of applicants. The ministry's guidance (Equal Employment Opportunity Guidelines 2005; circular M/6/HK.04/V/2025 on discriminatory recruitment requirements, reported as covering age, appearance, height and marital status) is not binding law and was read only in summaries that do not mention tests, and Law No. 4 of 2024 on Maternal and Child Welfare was not read for recruitment. A practice the ILO's Better Work found in a garment factory (2012) is thus neither clearly barred nor clearly lawful.",
})

# METADATA
# title: Living wage (none)
sources contains object.union(_ml, {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"article": "Arts. 88, 88E",
	"checked_against": [{"url": "https://online.anyflip.com/pguqm/fpfn/files/basic-html/page227.html", "title": "Ministry of Manpower legal bureau compilation of the Job Creation Law, p. 227 (Art. 88 as amended)"}, {"url": "https://www.tribunnews.com/nasional/2023/01/02/ini-aturan-baru-soal-gaji-dalam-perppu-cipta-kerja-yang-baru-diterbitkan-presiden-jokowi", "title": "Tribunnews, wage provisions of Perppu 2/2022 (Arts. 88-88F)"}],
	"url": _bpk,
	"verification": "secondary",
	"notes": ["Every worker has the right to an income meeting a decent living (Art. 88(1)); the Act gives it effect through wage policy and provincial and district minimum wages (Arts. 88-88E; GR 36/2021), and requires no living wage beyond the minimum wage."],
})

# METADATA
# title: Wages paid regularly
sources contains object.union(_gr36, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "Arts. 55(1), 61",
	"notes": ["Wages must be paid at the time agreed between employer and worker (Art. 55(1)); late payment from the fourth day carries a surcharge of 5 % a day, then 1 % a day (Art. 61). The maximum pay period was not checked."],
})

# METADATA
# title: Deductions only as prescribed
sources contains object.union(_gr36, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "Arts. 63-65",
	"notes": ["Deductions only for fines, compensation, wage advances, rent of company housing or goods, debts to the employer and overpaid wages (Art. 63(1)), under the contract, company regulations or collective agreement or the worker's written agreement; deductions for third parties need a revocable power of attorney (Art. 64); together at most 50 % of each wage payment (Art. 65)."],
})

# METADATA
# title: Disciplinary deductions (allowed)
sources contains object.union(_gr36, {
	"requirement": "wages.no_disciplinary_deductions",
	"entry": "restriction",
	"value": false,
	"article": "Arts. 59, 60, 63(1)(a)",
	"notes": ["Workers who breach the contract, company regulations or collective agreement wilfully or negligently may be fined where those instruments expressly provide for it (Art. 59); the fines may be deducted from wages (Art. 63(1)(a)) and must be used for the workers' benefit (Art. 60)."],
})

# METADATA
# title: Deductions for obtaining employment (not encoded)
sources contains object.union(_gr36, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"entry": "not_encoded",
	"article": "Art. 63",
	"verification": "unverified",
	"reason": "Art. 63 lists the deductions allowed and does not name placement costs, but whether debts owed to the employer (Art. 63(1)(e)) may include recruitment or placement costs was not checked.",
})

# METADATA
# title: Equal pay for work of equal value
sources contains object.union(_ml, {
	"requirement": "equal_pay.equal_value",
	"value": true,
	"article": "Art. 88A(2), inserted by Law No. 11 of 2020 (re-enacted by Perppu 2/2022 and Law 6/2023)",
	"effective_from": _job_creation_from,
	"verification": "primary",
	"checked_against": [
		{"url": "https://online.anyflip.com/pguqm/fpfn/files/basic-html/page228.html", "title": "Ministry of Manpower legal bureau compilation of the Job Creation Law, p. 228 (Art. 88A(2))"},
		{"url": "https://m.tribunnews.com/nasional/2023/01/02/ini-aturan-baru-soal-gaji-dalam-perppu-cipta-kerja-yang-baru-diterbitkan-presiden-jokowi?page=2", "title": "Tribunnews, Art. 88A of Perppu 2/2022"},
	],
	"notes": ["Every worker has the right to equal wages for work of equal value (Art. 88A(2)); GR 36/2021 Art. 2 repeats it (not read). Indonesia has ratified C100."],
})

# METADATA
# title: Right to remove oneself from serious danger
sources contains object.union(_k3, {
	"requirement": "health_safety.right_to_remove_from_danger",
	"value": true,
	"article": "Art. 12(e)",
	"notes": ["Workers may state their objection to working (menyatakan keberatan kerja) where the required safety and health conditions and protective equipment are in doubt, save special cases set otherwise by the labour inspector within justifiable limits. The provision is framed as a right to be regulated by implementing rules (\"Dengan peraturan perundangan diatur kewajiban dan atau hak tenaga kerja untuk ...\"). The Indonesian wording of Art. 12(e) was checked in the copies named in checked_against, not in the State Gazette."],
})

# METADATA
# title: Protective equipment free of charge
sources contains object.union(_k3, {
	"requirement": "health_safety.free_protective_equipment",
	"value": true,
	"article": "Art. 14(c)",
	"notes": ["The management (pengurus) must provide free of charge (secara cuma-cuma) all required personal protective equipment to the workers under it and to others entering the workplace, with the necessary instructions. The Indonesian wording of Art. 14(c) was checked in the copies named in checked_against, not in the State Gazette."],
})

# METADATA
# title: Worker participation in safety and health
sources contains object.union(_k3, {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"article": "Art. 10; Minister of Manpower Regulation PER.04/MEN/1987 Art. 2 (now Permenaker No. 13 of 2025 Art. 3)",
	"checked_against": [
		{"url": "https://pasal.id/en/peraturan/permen/permenaker-no-13-tahun-2025/koreksi/9420295", "title": "Pasal.id, Permenaker No. 13 of 2025 on P2K3, Art. 3 (100 workers or high risk)"},
		{"url": "https://groupnusantara.com/?p=7607", "title": "Group Nusantara, Permenaker 13/2025 (set 17 November 2025) replaces PER.04/MEN/1987"},
		{"url": "https://mawisaranasamawi.com/19261-2", "title": "Summary of Permenaker 13/2025: P2K3 of worker and employer members"},
	],
	"url": _jdih,
	# The 1987 regulation was issued in 1987 (day not checked): a lower bound.
	"effective_from": "1988-01-01",
	"conditions": {
		"workplace_workers_min": 100,
		"text": "A bipartite OSH committee (P2K3) of employer and worker members is required in workplaces employing 100 or more workers, or fewer where the risk is high (explosion, fire, poisoning, radiation; under the 2025 regulation, a high risk level under business licensing rules).",
	},
	"notes": ["hrdd cannot test the high-risk alternative: smaller high-risk workplaces also need a P2K3. Effective date is a lower bound (the 1987 regulation's exact date was not checked); the 100-worker threshold was checked in the 2025 regulation only."],
})

# METADATA
# title: Sexual violence prevention at work (ministerial guideline)
sources contains {
	"requirement": "harassment.policy",
	"value": true,
	"instrument": "Decision of the Minister of Manpower No. 88 of 2023 on Guidelines for the Prevention and Handling of Sexual Violence in the Workplace",
	"article": "Guideline (Ch. V: task force)",
	"checked_against": [{"url": "https://legalcentric.com/content/view/185145", "title": "Legalcentric, Decision of the Minister of Manpower No. 88 of 2023 (stipulated 29 May 2023)"}, {"url": "https://bisnis.tempo.co/read/1732440/aturan-baru-perusahaan-wajib-miliki-satgas-pencegahan-dan-penangangan-kekerasan-seksual", "title": "Tempo, companies to form sexual-violence task forces under Ch. V of Kepmenaker 88/2023"}],
	"url": _jdih,
	"effective_from": "2023-05-29",
	"binding": "soft_law",
	"verification": "secondary",
	"notes": ["Companies are to regulate the prevention and handling of sexual violence in their company regulations or collective agreements and to form a task force of management and worker or union representatives. A ministerial guideline: guidance, not a statutory duty."],
}

# METADATA
# title: Harassment policy (statute not encoded)
sources contains object.union(_ml, {
	"requirement": "harassment.policy",
	"entry": "not_encoded",
	"article": "the Act as a whole (no provision identified)",
	"url": _bpk,
	"verification": "unverified",
	"reason": "No statutory duty to adopt a harassment policy was found; Law No. 12 of 2022 on Sexual Violence Crimes was not checked for employer duties.",
})

_normlex_id := "https://normlex.ilo.org/dyn/normlex/en/f?p=1000:11200:0::NO:11200:P11200_COUNTRY_ID:102938"

_ca_123dok := {"url": "https://text-id.123dok.com/document/1y9nlo7lz-landasan-asas-dan-tujuan-kesempatan-dan-perlakuan-yang-sama.html", "title": "123dok, thesis chapter listing Indonesia's ratifications of C100 and C111"}

_ca_better_work := {"url": "https://th4.ilovetranslation.com/4OPzX1flqVl=d", "title": "Extract of the Better Work Indonesian labour law guide: C138 and C182 ratified, minimum age 15"}

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: |
#   url is Indonesia's NORMLEX ratification page; the statuses were checked against the pages
#   named in checked_against, not against NORMLEX itself (secondary). C87 (Presidential Decree
#   83/1998) and C98 (Law 18/1956) are cited in the preamble of Law 21/2000; exact dates only
#   where a source gave them.
ratifications := {
	"C29": {"status": "ratified", "verification": "secondary", "url": _normlex_id, "checked_against": [{"url": "https://antislaverylaw.ac.uk/country/indonesia/", "title": "Antislavery in Domestic Legislation database, Indonesia"}]},
	"P29": {
		"status": "not_ratified", "verification": "unverified", "url": _normlex_id,
		"notes": ["No ratification of the 2014 Protocol was found in the pages read; not confirmed against NORMLEX."],
	},
	"C87": {"status": "ratified", "verification": "secondary", "url": _normlex_id, "checked_against": [{"url": "http://spn.or.id/prinsif-dasar-dan-dasar-hukum-pembentukan-serikat-pekerja/", "title": "SPN (union), legal basis for forming unions: C87 ratified by Presidential Decree 83/1998"}]},
	"C98": {"status": "ratified", "verification": "secondary", "url": _normlex_id, "checked_against": [{"url": "https://catatanhukum.id/?p=11925", "title": "Catatan Hukum, C98 ratified by Law 18/1956"}]},
	"C100": {"status": "ratified", "verification": "secondary", "url": _normlex_id, "checked_against": [_ca_123dok]},
	"C105": {"status": "ratified", "verification": "secondary", "url": _normlex_id, "checked_against": [{"url": "https://discovery.researcher.life/topic/local-public-services/5575330?page=10", "title": "Researcher.life excerpt (International Union Rights) listing C105 ratifiers including Indonesia (1999)"}]},
	"C111": {"status": "ratified", "verification": "secondary", "url": _normlex_id, "checked_against": [_ca_123dok]},
	"C138": {
		"status": "ratified",
		"declared_minimum_age": 15,
		"verification": "secondary",
		"url": _normlex_id,
		"checked_against": [
			{"url": "https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13101%3A0%3A%3ANO%3A13101%3AP13101_COMMENT_ID%3A4313016", "title": "NORMLEX, CEACR direct request and observation on C138, Indonesia (adopted 2022)"},
			_ca_better_work,
		],
	},
	"C182": {"status": "ratified", "verification": "secondary", "url": _normlex_id, "checked_against": [_ca_better_work]},
	"C155": {
		"status": "not_ratified", "verification": "unverified", "url": _normlex_id,
		"notes": ["Not found among Indonesia's ratifications in the pages read; not confirmed against NORMLEX."],
	},
	"C187": {"status": "ratified", "date": "2015-08-31", "verification": "secondary", "url": _normlex_id, "checked_against": [{"url": "https://en.wikipedia.org/wiki/Promotional_Framework_for_Occupational_Safety_and_Health_Convention,_2006", "title": "Wikipedia, C187 ratification table (Indonesia, 31 August 2015)"}]},
}
