# METADATA
# title: Indonesia national rule pack
# description: |
#   Manpower Law No. 13/2003 as amended by the Job Creation framework (Law 11/2020,
#   Perppu 2/2022, Law 6/2023); Government Regulation 35/2021 (working time and
#   overtime); Law 21/2000 on Trade Unions; and the ILO ratifications. Provisions
#   whose substance the Job Creation amendments kept are dated from 2003 with the
#   amended numbering in notes.
package hrdd.national.id

# METADATA
# title: Country name
name := "Indonesia"

_ml := {
	"instrument": "Manpower Law No. 13 of 2003 (as amended by Law No. 6 of 2023 on Job Creation)",
	"binding": "law",
	"url": "https://online.anyflip.com/pguqm/fpfn/files/basic-html/page226.html",
	# Enacted and in force on 25 March 2003.
	"effective_from": "2003-03-25",
}

_gr35 := {
	"instrument": "Government Regulation No. 35 of 2021 (PP 35/2021) on fixed-term work, outsourcing, working time and rest, and termination",
	"binding": "law",
	"url": "http://online.flipbuilder.com/gxlsw/nhla/files/basic-html/page17.html",
	# Promulgated and in force on 2 February 2021.
	"effective_from": "2021-02-02",
}

_law21 := {
	"instrument": "Law No. 21 of 2000 on Trade Unions",
	"binding": "law",
	"url": "http://online.flipbuilder.com/gxlsw/fwnz/files/basic-html/page4.html",
	"effective_from": "2000-08-04",
}

_six_day_week := "Art. 77(2) allows either 7 hours a day on a 6-day week or 8 hours a day on a 5-day week, 40 hours a week in both."

# METADATA
# title: Minimum age for employment
sources contains object.union(_ml, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "Arts. 68, 69",
	"url": "http://azkurs.org/pars_docs/refs/33/32341/azkurs.org/pdfview/natlex-database-isn-64764.html?page=2",
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
	"url": "https://betterwork.org/bn/reports-and-publications/1-2-protection-of-young-workers",
	"verification": "secondary",
	"notes": ["No one under 18 may be employed in the worst forms of child labour, including work harmful to health, safety or morals; list in Ministerial Decree KEP.235/MEN/2003."],
})

# METADATA
# title: Regular daily hours
sources contains object.union(_ml, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Art. 77(2)",
	"url": "https://waspada.co.id/2023/01/aturan-baru-libur-kerja-cuma-1-hari-seminggu-simak-penjelasan-kemnaker/",
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
	"url": "https://waspada.co.id/2023/01/aturan-baru-libur-kerja-cuma-1-hari-seminggu-simak-penjelasan-kemnaker/",
	"verification": "secondary",
	"notes": [_six_day_week],
})

# METADATA
# title: Overtime is voluntary (Manpower Law)
sources contains object.union(_ml, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "Art. 78(1)(a)",
	"url": "https://topcareer.id/read/2021/02/23/59432/pp-ciptaker-atur-maksimal-kerja-lembur-4-jam-uu-sebelumnya-3-jam",
	"verification": "secondary",
	"notes": ["Overtime requires the consent of the worker concerned. The original caps of 3 hours a day and 14 a week were raised to 4 and 18 by the Job Creation framework (GR 35/2021 Art. 26); the caps exclude work on rest days and public holidays."],
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
	"url": "https://bisnis.tempo.co/read/1704466/karyawan-transmart-tuntut-upah-lembur-begini-cara-menghitungnya-menurut-undang-undang?page_num=2",
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
	"notes": [
		"At least 12 working days after 12 months' continuous work.",
		"Converted: Art. 77(2) allows a 6-day week, so 12 working days guarantee at least 2 weeks = 10 working days of a 5-day week. On a 5-day week the entitlement is 12 days.",
	],
})

# METADATA
# title: Maternity leave
sources contains object.union(_ml, {
	"requirement": "maternity.leave_min_weeks",
	"value": 13,
	"article": "Art. 82(1)",
	"url": "https://chambers.com/articles/employer-obligations-under-indonesia-s-new-law-on-maternal-and-child-welfare",
	"verification": "secondary",
	"notes": [
		"1.5 months before and 1.5 months after the birth: 3 months, about 13 weeks.",
		"Law No. 4 of 2024 on Maternal and Child Welfare (2 July 2024) keeps at least 3 months and adds up to 3 more months for medical conditions, paid in full for the first 4 months and at 75 % for months 5-6.",
	],
})

# METADATA
# title: Maternity cash benefit
sources contains object.union(_ml, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"article": "Arts. 82, 84",
	"url": "https://fbeta.republika.co.id/berita/rnuhuv370/perppu-cipta-kerja-libur-mingguan-minimal-1-hari-dalam-seminggu",
	"verification": "secondary",
	"notes": ["Workers on maternity leave under Art. 82 are entitled to full wages, paid by the employer (Art. 84)."],
})

# METADATA
# title: Statutory minimum wage paid (2003 text)
sources contains object.union(_ml, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "Art. 90(1)",
	"url": "https://garuda.kemdikbud.go.id/citation/site/bib/1716769",
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
	"url": "https://pedomanrakyat.com/uu-cipta-kerja-pengusaha-bayar-upah-di-bawah-minimum-dipenjara-4-tahun",
	"effective_from": "2020-11-02",
	"verification": "secondary",
	"notes": ["Provincial (UMP) and district (UMK) minimum wages set by governors under the national formula; no national rate. Paying below the minimum wage is a criminal offence (Art. 185)."],
})

# METADATA
# title: Prohibited grounds of discrimination
sources contains object.union(_ml, {
	"requirement": "non_discrimination.grounds",
	"value": ["sex", "ethnicity", "race", "religion", "colour", "political_opinion", "disability"],
	"article": "Arts. 5, 6 and Elucidation",
	"url": "https://id.wikisource.org/wiki/Halaman:UU_13_2003.pdf/50",
	"verification": "primary",
	"notes": ["The Elucidation of Arts. 5-6 lists jenis kelamin (sex), suku (ethnicity), ras (race), agama (religion), warna kulit (colour) and aliran politik (political orientation, mapped to political_opinion), and equal treatment of persons with disabilities (penyandang cacat)."],
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
	"url": "https://id.scribd.com/document/604063228/UU-No-21-Tahun-2000-Tentang-Serikat-Pekerja",
	"verification": "secondary",
	"notes": ["Unions act as a party to collective labour agreements (perjanjian kerja bersama) and to industrial dispute settlement."],
})

_normlex_138 := "https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13101%3A0%3A%3ANO%3A13101%3AP13101_COMMENT_ID%3A4313016"

_better_work := "https://th4.ilovetranslation.com/4OPzX1flqVl=d"

_normlex_id := "https://normlex.ilo.org/dyn/normlex/en/f?p=1000:11200:0::NO:11200:P11200_COUNTRY_ID:102938"

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: C87 (Presidential Decree 83/1998) and C98 (Law 18/1956) are cited in the preamble of Law 21/2000; exact dates only where a source gave them.
ratifications := {
	"C29": {"status": "ratified", "verification": "secondary", "url": "https://antislaverylaw.ac.uk/country/indonesia/"},
	"P29": {"status": "not_ratified", "verification": "secondary", "url": _normlex_id},
	"C87": {"status": "ratified", "verification": "secondary", "url": "http://spn.or.id/prinsif-dasar-dan-dasar-hukum-pembentukan-serikat-pekerja/"},
	"C98": {"status": "ratified", "verification": "secondary", "url": "https://catatanhukum.id/?p=11925"},
	"C100": {"status": "ratified", "verification": "secondary", "url": "https://text-id.123dok.com/document/1y9nlo7lz-landasan-asas-dan-tujuan-kesempatan-dan-perlakuan-yang-sama.html"},
	"C105": {"status": "ratified", "verification": "secondary", "url": "https://discovery.researcher.life/topic/local-public-services/5575330?page=10"},
	"C111": {"status": "ratified", "verification": "secondary", "url": "https://text-id.123dok.com/document/1y9nlo7lz-landasan-asas-dan-tujuan-kesempatan-dan-perlakuan-yang-sama.html"},
	"C138": {
		"status": "ratified",
		"declared_minimum_age": 15,
		"verification": "secondary",
		"url": _normlex_138,
	},
	"C182": {"status": "ratified", "verification": "secondary", "url": _better_work},
	"C155": {"status": "not_ratified", "verification": "secondary", "url": _normlex_id},
	"C187": {"status": "ratified", "date": "2015-08-31", "verification": "secondary", "url": "https://en.wikipedia.org/wiki/Promotional_Framework_for_Occupational_Safety_and_Health_Convention,_2006"},
}
