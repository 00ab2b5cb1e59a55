# METADATA
# title: Mexico national rule pack
# description: |
#   Constitution Art. 123 Apartado A (private sector), as amended incl. DOF 17 Jun 2014
#   (minimum age) and DOF 3 Mar 2026 (phased 40-hour week, overtime: fractions IV and XI),
#   and the Ley Federal del Trabajo (LFT, in force 1 May 1970) as amended, incl. the
#   decree on the reduction of working time published in the DOF on 1 May 2026 (evening
#   edition) and in force that day (transitory art. 1): Arts. 59, 61, 66, 68, 69, 71
#   reformed, Art. 58 second paragraph, Art. 132 (XXXIV) and Art. 994 (IV Bis) added, Art.
#   67 second paragraph repealed; weekly hours 48 in 2026, 46 in 2027, 44 in 2028, 42 in
#   2029, 40 from 2030 (transitory art. 2) and weekly overtime 9, 9, 10, 11, 12 (transitory
#   art. 4), each from 1 January. The LFT applies to every workplace: no conditions.
#   The daily and weekly maxima are real limits (overtime is allowed only for
#   extraordinary circumstances, Art. 66), and the daily maximum is also the point after
#   which overtime is paid. Leave counted in the LFT's working days (six-day week) is
#   converted to a five-day week. Every workplace requirement of the catalogue has an
#   entry: a value, a cited absence, a restriction or a reasoned not_encoded.
#   url is the official text on diputados.gob.mx (consolidated LFT and Constitution,
#   the 2026 reform decree) or the DOF. The 2026 reform (Arts. 58-68 and the decree's
#   transitory articles) was read in verbatim transcriptions of the consolidated LFT and
#   of the decree, and the minimum-wage articles in a copy of the consolidated LFT PDF
#   (last reform DOF 27 Dec 2022): those values are "primary"; the rest was read through
#   the copies and commentaries named in checked_against and is "secondary".
package hrdd.national.mx

# METADATA
# title: Country name
name := "Mexico"

_lft := {
	"instrument": "Ley Federal del Trabajo (LFT)",
	"url": "https://www.diputados.gob.mx/LeyesBiblio/pdf/LFT.pdf",
	"binding": "law",
	# The LFT of 1970 came into force on 1 May 1970.
	"effective_from": "1970-05-01",
	"verification": "secondary",
}

_cpeum := {
	"instrument": "Constitución Política de los Estados Unidos Mexicanos",
	"url": "https://www.diputados.gob.mx/LeyesBiblio/pdf/CPEUM.pdf",
	"binding": "law",
	"verification": "secondary",
}

# The LFT reform on working time: DOF 1 May 2026 (evening edition), in force that day
# ("El presente Decreto entrará en vigor el día 1 de mayo de 2026", transitory art. 1).
_reform_2026 := "2026-05-01"

# Verbatim transcriptions of the 2026 texts (read for this pack).
_p_dof2026 := [
	{"url": "https://github.com/juanpablofibo5/klokk-skills-leyes/blob/13e6e1f56ba5df0b72ca0495cd24a39f8b5541fe/skills/lft/modulos/jornada-laboral/texto-legal.md", "title": "LFT Arts. 58-64 and 68 as in force (consolidated LFT, diputados.gob.mx, last reform DOF 14 May 2026, pp. 21-22) and transitory arts. 1, 2 and 7 of the decree of DOF 1 May 2026 (LFT_ref52_01may26.pdf, pp. 3-4): verbatim transcription of the official PDFs"},
	{"url": "https://github.com/juanpablofibo5/klokk-skills-leyes/blob/ff4c5cb32401bdcac98469dac99c1e22666b45b7/specs/horas-extra-spec.md", "title": "LFT Arts. 65-68 as in force (consolidated LFT, last reform DOF 14 May 2026, p. 22) and transitory arts. 1 and 4 of the decree of DOF 1 May 2026: verbatim transcription of the official PDFs"},
	{"url": "https://github.com/paolabramlett/Reloj-Checador/blob/93dc1d58bbf19c11711bfc0baebf24152f05394f/docs/research/reforma-40-horas-reloj-checador.md", "title": "Research note (10 July 2026): Const. Art. 123 A (IV), (XI) as amended by the decree of DOF 3 March 2026 (transcribed, in force on publication) and the LFT decree of DOF 1 May 2026 (articles amended, transitory arts. 1-7)"},
]

_lft_2026 := object.union(_lft, {
	"instrument": "Ley Federal del Trabajo (LFT), as reformed by decree published in the DOF on 1 May 2026",
	"url": "https://www.diputados.gob.mx/LeyesBiblio/ref/lft/LFT_ref52_01may26.pdf",
	"effective_from": _reform_2026,
	"verification": "primary",
	"checked_against": array.concat(_p_dof2026, _p_2026),
})

# Pages read to check values.
_p_art133 := {"url": "https://juristas.mx/en/laws/ley-federal-del-trabajo/articulo-133", "title": "LFT Art. 133 (prohibitions on employers: (III) demanding or accepting money for hiring or conditions of work; (XIV) certificates of non-pregnancy; (XV) dismissal for pregnancy)"}

_p_1917 := {"url": "https://vlex.com.mx/vid/verdadera-constitucion-1917-586831238", "title": "vLex: transitory art. 1 of the 1917 Constitution quoted (in force from 1 May 1917)"}

_p_lft1970 := {"url": "https://cursodeamparo.com/lft-transitorios/", "title": "LFT transitory articles: the Act in force on 1 May 1970 (Arts. 71 and 87 on 1 July, Art. 80 on 1 September 1970)"}

_p_const123 := {"url": "https://ojosciudadanos1.blogspot.com/2017/10/art-123-de-la-constitucion-que-habla.html", "title": "Text of Constitution Art. 123 A (I)-(XI): 8-hour day, work of under-15s prohibited, night work under 16, one rest day per six, six weeks before and after childbirth"}

_p_hours := [
	{"url": "http://buscaruntrabajo.com.mx/pago-horas-extras.html", "title": "LFT Arts. 61, 66-68 quoted (before the 2026 reform): 8/7/7.5-hour day, overtime at most 3 hours a day and 3 times a week, paid +100 %, beyond 9 a week +200 %"},
	{"url": "https://www.buenastareas.com/ensayos/Jornada-De-Trabajo/1923827.html", "title": "Essay quoting LFT Arts. 58-68 on the working day and overtime (before the 2026 reform)"},
]

# Press on the 2026 reform (read before the decree's text was found).
_p_2026 := [
	{"url": "https://elpuntero.com.mx/?p=59373", "title": "El Puntero: STPS explains the 2026 reform (overtime at most 4 hours a day, 12 a day in all, hours beyond the weekly overtime limit at triple pay; minimum wage 2026 MXN 315.04 and 440.87)"},
	{"url": "https://www.notisistema.com/noticias/detallan-reforma-para-reducir-la-jornada-laboral-a-40-horas-asi-funcionaran-las-horas-extra", "title": "Notisistema: the Labour Secretary presents the 40-hour reform; overtime 'seguirán siendo voluntarias', 12 hours a day in all"},
]

# A copy of the official consolidated LFT (the text before the 2026 reform).
_p_lft2022 := {"url": "https://github.com/tepachelabs/mitrabajo/blob/e903f62831512c6528413435d0f9f0553b7b1ab1/public/ley-federal-del-trabajo.pdf", "title": "Consolidated LFT, Cámara de Diputados PDF 'Última Reforma DOF 27-12-2022' (copy of diputados.gob.mx/LeyesBiblio/pdf/LFT.pdf, verbatim copy), read for Arts. 3, 58-71, 76-78, 86-110, 133, 170, 509 and 551-574"}

# A copy of the Constitution as amended up to 2024 (before the 2026 reform of Art. 123 A (IV), (XI)).
_p_cpeum_copy := {"url": "https://github.com/ceyusa/constitucion-mexicana/blob/e06dea5e7fd085d387dff2e03029b924787d5e1e/CPEUM/123.rst", "title": "Constitution Art. 123, text as amended to 2024 (constitucion-mexicana, one commit per DOF reform; verbatim copy): A (I) eight-hour maximum day, (IV) one rest day per six, (VI) general and professional minimum wages fixed by a national tripartite commission, (XI) overtime at most 3 hours a day and 3 times in a row"}

# LFT text before the 2026 reform, read in the copy above.
_lft_1970 := object.union(_lft, {"verification": "primary"})

_p_2015 := [
	{"url": "https://estatico.jornada.com.mx/2015/06/13/sociedad/029n2soc", "title": "La Jornada (13 June 2015): reform raising the minimum working age to 15 published and in force"},
	{"url": "https://littler.com/publication-press/publication/m%C3%A9xico-reforma-la-edad-m%C3%ADnima-para-trabajar", "title": "Littler: Mexico reforms the minimum working age (LFT Arts. 22, 22 Bis, 175-176, DOF 12 June 2015)"},
]

_p_2012 := [
	{"url": "https://www.marcoschavezyabogados.com.mx/salarios-vencidos-e-intereses/", "title": "Law-firm note: the LFT reform published on 30 November 2012 came into force on 1 December 2012"},
	{"url": "https://cadefi.mx/leyes/2b743cad-3397-4d18-8d88-a62ed8f4095b/libro?remand=13+de+Noviembre+de+2012", "title": "CADEFI: LFT with the list of articles amended by the 2012 reform (incl. Arts. 3, 56, 133, 170, 175-176)"},
]

_p_mat := [
	{"url": "https://launion.com.mx/opinion/miradas-al-mundo-del-trabajo/noticias/57017-las-madres-trabajadoras.html", "title": "La Unión: LFT Art. 170 (six weeks before and six after childbirth on full wage; transfer of up to four weeks)"},
	{"url": "http://www.ulm.edu.mx/revistaulm/publicaciones/revistas/revista12/files/basic-html/page47.html", "title": "Revista ULM: maternity rights under LFT Art. 170"},
]

_p_2026_notes := [
	"Constitutional reform published in the DOF on 3 March 2026, in force the same day (Art. 123 A (IV): 'La jornada laboral será de cuarenta horas semanales en los términos que establezca la Ley'), and LFT reform published in the DOF on 1 May 2026, in force the same day (transitory art. 1): the maximum ordinary week of Art. 59 ('cuarenta horas semanales') is reached step by step, from 1 January of each year: 48 hours in 2026, 46 in 2027, 44 in 2028, 42 in 2029 and 40 in 2030 (transitory art. 2), without any cut in wages or benefits (transitory art. 7); 1 May to 31 December 2026 is a period of adjustment (transitory art. 3). One paid rest day per six days worked remains (Art. 69).",
	"Overtime under the reform: only for extraordinary circumstances, paid +100 %, at most 12 hours a week, spread over at most 4 hours a day on at most 4 days (Art. 66); the weekly figure is reached step by step from 1 January: 9 hours in 2026 and 2027, 10 in 2028, 11 in 2029, 12 in 2030 (transitory art. 4). Overtime beyond the limit of Art. 66 may not exceed 4 hours a week and is paid +200 % (Art. 68, second paragraph); ordinary and extraordinary hours together never more than 12 a day (Art. 68, third paragraph); none for under-18s (Const. Art. 123 A (XI)). Workers are not obliged to work longer than the chapter permits (Art. 68, first paragraph, unchanged in substance).",
]

# METADATA
# title: Minimum age for employment (Constitution)
sources contains object.union(_cpeum, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "Art. 123 A (III)",
	"checked_against": [
		_p_const123,
		{"url": "https://idconline.mx/laboral/2015/08/26/cuidado-con-las-reformas-al-trabajo-de-menores?internal_source=PLAYLIST", "title": "IDC: Const. Art. 123 A (III) as amended in 2014 (work of under-15s prohibited) and the 2015 LFT reform"},
		{"url": "https://ogletree.mx/?lang=en&p=3396", "title": "Ogletree Deakins: constitutional reform raising the minimum working age to 15, in force since 17 June 2014"},
	],
	# Amendment published in the DOF on 17 June 2014, in force the next day (14 before).
	"effective_from": "2014-06-18",
	"notes": ["The use of the work of children under 15 is prohibited; persons of 15 and under 16 may work at most 6 hours a day. Raised from 14 by the amendment published in the DOF on 17 June 2014; encoded from 18 June 2014 (the day after publication), although one law-firm page says in force from 17 June 2014; the decree's transitory article was not read."],
})

# METADATA
# title: Minimum age for employment (LFT)
sources contains object.union(_lft, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "Arts. 22, 22 Bis",
	"effective_from": "2015-06-13",
	"checked_against": _p_2015,
	"notes": [
		"Work by children under 15 is prohibited (reform published in the DOF on 12 June 2015, raising the age from 14, in force the next day according to La Jornada of 13 June 2015). Workers of 15-17 who have not finished compulsory basic education may work only with authorisation and need a medical certificate.",
		"Under-18s may not work overtime, on Sundays or on public holidays (Art. 178; Const. Art. 123 A (XI) as amended in 2026).",
	],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_lft, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "Arts. 175, 176",
	"effective_from": "2015-06-13",
	"checked_against": _p_2015,
	"notes": ["Under-18s may not be employed in the dangerous or unhealthy work listed in Arts. 175-176 (e.g. mining, construction, underground and underwater work, night work in industry), as amended by the reform published in the DOF on 12 June 2015."],
})

# METADATA
# title: Workers free to resign
sources contains object.union(_cpeum, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "Art. 5",
	"effective_from": "1917-05-01",
	"checked_against": [
		{"url": "https://mexico.leyderecho.org/el-articulo-5o-constitucional/", "title": "Text and commentary of Constitution Art. 5 (no personal work without fair pay and full consent; contract binding at most one year; civil liability only)"},
		_p_1917,
	],
	"notes": ["No one may be compelled to perform personal work without fair pay and full consent, save work imposed as a judicial penalty; a labour contract binds the worker for at most one year to the worker's detriment and may never entail waiver or loss of civil or political rights; breach by the worker gives rise only to civil liability, never to coercion of the person."],
})

# METADATA
# title: Maximum regular hours per day (until the 2026 reform)
sources contains object.union(_lft_1970, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Art. 61; Const. Art. 123 A (I)",
	"effective_to": _reform_2026,
	"checked_against": array.concat([_p_lft2022, _p_cpeum_copy], _p_hours),
	"notes": [
		"'La duración máxima de la jornada será: ocho horas la diurna, siete la nocturna y siete horas y media la mixta' (Art. 61); day shift 06:00-20:00 (Art. 60). The day shift is encoded.",
		"A limit, not only a pay threshold: the working day may be extended only for extraordinary circumstances (Art. 66), so paying overtime does not make longer days lawful; the same 8 hours are the overtime pay threshold (working_hours.overtime_pay_threshold_daily).",
	],
})

# METADATA
# title: Maximum regular hours per day (from the 2026 reform)
sources contains object.union(_lft_2026, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Art. 61 as reformed; Const. Art. 123 A (I)",
	"checked_against": array.concat(_p_dof2026, [_p_cpeum_copy]),
	"notes": [
		"'La duración de la jornada diaria será de ocho horas la diurna, siete la nocturna y siete horas y media la mixta' (Art. 61 as reformed, DOF 1 May 2026); the Constitution keeps 'La duración de la jornada máxima será de ocho horas' (Art. 123 A (I), not amended in 2026). The day shift is encoded.",
		"A limit: the working day may be extended only for extraordinary circumstances (Art. 66), and never beyond 12 hours with overtime (Art. 68); the same 8 hours are the overtime pay threshold.",
	],
})

# METADATA
# title: Daily hours after which overtime pay is due (until the 2026 reform)
sources contains object.union(_lft_1970, {
	"requirement": "working_hours.overtime_pay_threshold_daily",
	"value": 8,
	"article": "Arts. 61, 66, 67",
	"effective_to": _reform_2026,
	"checked_against": array.concat([_p_lft2022], _p_hours),
	"notes": [
		"Hours by which the working day of Art. 61 (8 hours by day, 7 by night, 7.5 mixed; the day shift is encoded) is extended for extraordinary circumstances (Art. 66) are paid at 100 % more than ordinary hours (Art. 67, second paragraph).",
		"Where employer and workers distribute the weekly hours to allow a free Saturday afternoon or similar (Art. 59, second paragraph), longer days within the week are not overtime; this is not encoded.",
	],
})

# METADATA
# title: Daily hours after which overtime pay is due (from the 2026 reform)
sources contains object.union(_lft_2026, {
	"requirement": "working_hours.overtime_pay_threshold_daily",
	"value": 8,
	"article": "Arts. 61, 66 as reformed",
	"notes": [
		"Where the working day of Art. 61 (8 hours by day, 7 by night, 7.5 mixed; the day shift is encoded) is extended for extraordinary circumstances, 'se abonará como salario por este tiempo un cien por ciento más de lo fijado para las horas ordinarias' (Art. 66 as reformed; the second paragraph of Art. 67 was repealed).",
		"The working day may be distributed by agreement of employer and workers (Art. 58, second paragraph, added in 2026); longer days within such a distribution are not encoded.",
	],
})

# METADATA
# title: Maximum regular hours per week (48, until the 2026 reform)
sources contains object.union(_lft_1970, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"article": "Arts. 59, 61, 69; Const. Art. 123 A (I), (IV)",
	"effective_to": _reform_2026,
	"checked_against": array.concat([_p_lft2022, _p_cpeum_copy], _p_hours),
	"notes": ["Derived: the working day may not exceed the legal maxima (Art. 59), 8 hours by day (Art. 61), with one rest day per six days worked (Art. 69) = 48 hours a week; the LFT stated no weekly figure before 2026."],
})

# Maximum ordinary week of Art. 59 (40 hours) phased in by transitory art. 2 of the 2026 LFT decree.
_phase := [
	{"value": 48, "from": _reform_2026, "to": "2027-01-01"},
	{"value": 46, "from": "2027-01-01", "to": "2028-01-01"},
	{"value": 44, "from": "2028-01-01", "to": "2029-01-01"},
	{"value": 42, "from": "2029-01-01", "to": "2030-01-01"},
]

_week_article := "Art. 59 as reformed, transitory art. 2 (DOF 1 May 2026); Const. Art. 123 A (IV) as amended (DOF 3 Mar 2026)"

_week_note := "'La duración máxima de la jornada ordinaria de trabajo será de cuarenta horas semanales' (Art. 59 as reformed), reached 'de manera gradual, a partir del 1 de enero del año que corresponda': 48 hours in 2026, 46 in 2027, 44 in 2028, 42 in 2029, 40 in 2030 (transitory art. 2). A limit: hours beyond it are lawful only as overtime for extraordinary circumstances (Art. 66)."

# METADATA
# title: Maximum regular hours per week (phased reduction 2026-2029)
sources contains object.union(_lft_2026, {
	"requirement": "working_hours.regular_weekly_max",
	"value": step.value,
	"article": _week_article,
	"effective_from": step.from,
	"effective_to": step.to,
	"notes": array.concat([_week_note], _p_2026_notes),
}) if some step in _phase

# METADATA
# title: Maximum regular hours per week (40 from 2030)
sources contains object.union(_lft_2026, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 40,
	"article": _week_article,
	"effective_from": "2030-01-01",
	"notes": array.concat([_week_note], _p_2026_notes),
})

# METADATA
# title: Minimum overtime pay rate (until the 2026 reform)
sources contains object.union(_lft_1970, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 200,
	"article": "Arts. 67, 68; Const. Art. 123 A (XI)",
	"effective_to": _reform_2026,
	"checked_against": array.concat([_p_lft2022, _p_cpeum_copy], _p_hours),
	"notes": ["Overtime is paid 'con un ciento por ciento más' than ordinary hours (200 % of base, Art. 67, second paragraph); overtime beyond nine hours a week at 200 % more (300 % of base), 'sin perjuicio de las sanciones establecidas en esta Ley' (Art. 68)."],
})

# METADATA
# title: Minimum overtime pay rate (from the 2026 reform)
sources contains object.union(_lft_2026, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 200,
	"article": "Arts. 66, 68 as reformed; Const. Art. 123 A (XI)",
	"notes": ["Overtime is paid at 'un cien por ciento más de lo fijado para las horas ordinarias' (Art. 66; the second paragraph of Art. 67 was repealed); overtime beyond the weekly limit of Art. 66, at most 4 hours a week, at 'doscientos por ciento más' (Art. 68, second paragraph)."],
})

# METADATA
# title: Minimum weekly rest
sources contains object.union(_lft_1970, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "Art. 69; Const. Art. 123 A (IV)",
	"checked_against": array.concat([_p_lft2022, _p_cpeum_copy], _p_dof2026),
	"notes": [
		"At least one day of rest with full pay for every six days of work (Art. 69; encoded as 24 hours), preferably Sunday; Sunday work attracts a premium of at least 25 % (Art. 71).",
		"The 2026 reforms keep the rule: 'Por cada seis días de trabajo las personas trabajadoras deberán disfrutar por lo menos de un día de descanso con goce de salario íntegro' (Const. Art. 123 A (IV) as amended, DOF 3 March 2026; Art. 69 reformed, DOF 1 May 2026, read only in a summary).",
	],
})

_leave_conditions := {
	"service_months_min": 12,
	"text": "Owed to workers with more than one year of service (Art. 76).",
}

# The LFT counts leave in the worker's working days (dias laborables); its
# standard week has six working days (one rest day per six days of work, Art. 69).
_six_day_week := "working days (dias laborables) on the six-day week of Art. 69"

# METADATA
# title: Minimum annual paid leave (until 2022)
sources contains object.union(_lft, {
	"requirement": "leave.annual_paid_min_days",
	"value": 5,
	"statute": {
		"value": 6,
		"unit": _six_day_week,
		"conversion": "x 5/6 = 5 working days on a five-day week (one week of leave)",
	},
	"article": "Art. 76",
	"checked_against": [_p_lft1970],
	"effective_to": "2023-01-01",
	"conditions": _leave_conditions,
	"notes": ["6 working days after more than one year of service, rising by 2 days a year to 12, then by 2 days every 5 years. A worker on a five-day week was owed 6 of his own working days."],
})

# METADATA
# title: Minimum annual paid leave (from 2023)
sources contains object.union(_lft, {
	"requirement": "leave.annual_paid_min_days",
	"value": 10,
	"statute": {
		"value": 12,
		"unit": _six_day_week,
		"conversion": "x 5/6 = 10 working days on a five-day week (two weeks of leave)",
	},
	"article": "Arts. 76, 78 (reform DOF 27 Dec 2022)",
	"checked_against": [
		_p_lft2022,
		{"url": "https://nacion321.com/gobierno/ya-es-oficial-d-o-f-publica-decreto-sobre-vacaciones-dignas", "title": "Nación321: DOF publishes the 'vacaciones dignas' decree (12 days after one year, rising to 20; in force 1 January 2023)"},
		{"url": "https://www.lajornadamaya.mx/nacional/208387/se-publica-en-dof-decreto-sobre-vacaciones-dignas", "title": "La Jornada Maya: the 'vacaciones dignas' decree published in the DOF"},
	],
	"effective_from": "2023-01-01",
	"conditions": _leave_conditions,
	"notes": [
		"12 working days (dias laborables) after more than one year of service, rising by 2 days a year to 20 in year 5, then by 2 days every 5 years; 12 days must be continuous unless the worker chooses otherwise. A worker on a five-day week is owed 12 of his own working days, more than the converted value.",
		"Vacation premium of at least 25 % of wages for the vacation period (Art. 80).",
	],
})

# METADATA
# title: Minimum maternity leave
sources contains object.union(_lft, {
	"requirement": "maternity.leave_min_weeks",
	"value": 12,
	"article": "Art. 170 (II)",
	"checked_against": array.concat(_p_mat, [_p_lft2022, _p_lft1970]),
	"notes": [
		"6 weeks before and 6 weeks after childbirth; up to 4 of the prenatal weeks may be transferred to after the birth; up to 8 weeks after birth for a child with a disability or needing hospital care.",
		"Below the 14 weeks of ILO C183, which Mexico has not ratified.",
	],
})

# METADATA
# title: Minimum maternity cash benefit
sources contains object.union(_lft, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"article": "Art. 170 (V)",
	"checked_against": array.concat(_p_mat, [_p_lft2022, _p_lft1970]),
	"notes": ["Full wage during the pre- and post-natal rest periods; for insured workers the Mexican Social Security Institute (IMSS) pays 100 % of the last registered daily base wage (Ley del Seguro Social Art. 101)."],
})

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_lft_1970, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "Arts. 90-97; Const. Art. 123 A (VI)",
	"checked_against": [_p_lft2022, _p_cpeum_copy, _p_2026[0]],
	"notes": [
		"'Salario mínimo es la cantidad menor que debe recibir en efectivo la persona trabajadora por los servicios prestados en una jornada de trabajo' (Art. 90): general minimum wages by geographic area and professional minimum wages for listed occupations, fixed yearly by the National Minimum Wage Commission (CONASAMI) (see minimum_wage_regime).",
		"From 1 January 2026: MXN 315.04 a day (general) and MXN 440.87 a day in the Northern Border Free Zone (El Puntero; the CONASAMI resolution was not read). Amounts are not encoded.",
	],
})

# METADATA
# title: Prohibited grounds of discrimination (LFT Art. 3)
sources contains object.union(_lft, {
	"requirement": "non_discrimination.grounds",
	"value": [
		"ethnic_origin", "national_extraction", "sex", "age", "disability", "social_status",
		"health_status", "religion", "migration_status", "political_opinion", "sexual_orientation",
		"marital_status",
	],
	"article": "Art. 3, second paragraph",
	"checked_against": array.concat(_p_2012, [_p_lft2022, {"url": "http://www5-diputados-gob-mx-visual.inklusion.incluirt.com/index.php/esl/Comunicacion/Agencia-de-Noticias/2016/04-Abril/28/2968-Aprueban-diputados-reforma-a-fin-de-que-los-trabajadores-no-sean-discriminados-para-el-ingreso-permanencia-promocion-y-ascenso-en-el-empleo", "title": "Chamber of Deputies news (28 April 2016, accessible mirror) quoting LFT Art. 3 on non-discrimination"}]),
	# Wording introduced by the reform published in the DOF on 30 November 2012, in force 1 December 2012.
	"effective_from": "2012-12-01",
	"notes": [
		"No conditions may discriminate between workers by ethnic or national origin, gender, age, disability, social condition, health conditions, religion, migration status, opinions, sexual preferences, civil status or any other ground harming human dignity.",
		"Mapping: origen étnico o nacional -> ethnic_origin and national_extraction; género -> sex; condición social -> social_status; condiciones de salud -> health_status; condición migratoria -> migration_status; opiniones -> political_opinion; preferencias sexuales -> sexual_orientation; estado civil -> marital_status.",
		"The 2012 reform, published in the DOF on 30 November 2012, came into force on 1 December 2012 (law-firm note in checked_against).",
	],
})

# METADATA
# title: Prohibited grounds of discrimination (LFT Art. 56)
sources contains object.union(_lft, {
	"requirement": "non_discrimination.grounds",
	"value": ["sex", "pregnancy", "family_status"],
	"article": "Art. 56",
	"checked_against": array.concat(_p_2012, [{"url": "https://recursosjuridicosmexico.blogspot.com/2020/06/condiciones-de-trabajo.html", "title": "LFT Art. 56 quoted (working conditions without distinction by sex, pregnancy, family responsibilities and other grounds)"}]),
	"effective_from": "2012-12-01",
	"notes": ["Working conditions may not differ by, among others, sex, pregnancy (condiciones de embarazo) or family responsibilities (-> family_status); Art. 133 (XIV)-(XV) bar pregnancy certificates and dismissal for pregnancy."],
})

# METADATA
# title: Right to organise
sources contains object.union(_cpeum, {
	"requirement": "freedom_of_association.right_to_organise",
	"value": true,
	"article": "Art. 123 A (XVI)",
	"effective_from": "1917-05-01",
	"checked_against": [
		{"url": "https://revistas.juridicas.unam.mx/index.php/hechos-y-derechos/article/download/16505/17172?inline=1", "title": "UNAM Hechos y Derechos: Const. Art. 123 A (XVI) and freedom of association"},
		_p_1917,
	],
	"notes": [
		"Workers and employers have the right to combine in defence of their interests by forming unions and professional associations; LFT Art. 357: unions may be formed without prior authorisation.",
		"2019 reform (DOF 1 May 2019): free, personal, direct and secret votes on union leadership and on collective agreements, labour courts and the Federal Centre for Conciliation and Labour Registration; employer 'protection contracts' remain a concern (USMCA Rapid Response Mechanism cases).",
	],
})

# METADATA
# title: Right to collective bargaining
sources contains object.union(_lft, {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"article": "Arts. 386, 387",
	"checked_against": [
		{"url": "http://lena.mx/v/trabajo/a:386", "title": "LFT Art. 386 (collective agreement defined)"},
		{"url": "https://ijpc245.juridicas.unam.mx/index.php/hechos-y-derechos/article/download/16301/17015?inline=1", "title": "UNAM Hechos y Derechos: collective bargaining after the 2019 reform (Art. 387, majority approval)"},
	],
	"notes": ["An employer of union members must conclude a collective agreement with the union when it asks; since the 2019 reform agreements need majority approval by personal, free, direct and secret vote."],
})

# METADATA
# title: Worker participation in health and safety
sources contains object.union(_lft, {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"article": "Art. 509",
	"checked_against": [_p_lft2022, {"url": "https://www.buenastareas.com/ensayos/Monooo/26408978.html", "title": "Essay quoting LFT Art. 509 (joint safety and hygiene commissions in every enterprise)"}],
	"notes": ["Every enterprise or establishment must organise joint safety and hygiene commissions with equal numbers of workers' and employer's representatives."],
})

# METADATA
# title: Workplace violence and harassment protocol
sources contains object.union(_lft, {
	"requirement": "harassment.policy",
	"value": true,
	"article": "Art. 132 (XXXI)",
	# Added by the reform published in the DOF on 1 May 2019; encoded from the next day.
	"effective_from": "2019-05-02",
	"verification": "unverified",
	"checked_against": [
		{"url": "https://idconline.mx/laboral/2019/09/20/alcances-del-protocolo-contra-la-violencia-y-labores-infantiles", "title": "IDC (20 September 2019): scope of the protocol of LFT Art. 132 (XXXI)"},
		{"url": "https://www.nande.com.mx/protocoloviolencialaboral", "title": "Nande: the workplace violence protocol required by LFT Art. 132 (XXXI)"},
	],
	"notes": [
		"The employer must implement, in agreement with the workers, a protocol to prevent gender discrimination and deal with cases of violence and sexual harassment, and to eradicate forced and child labour.",
		"Unverified: the date of entry into force of the 2019 reform (published in the DOF on 1 May 2019; encoded as the next day), which was not found in the pages read. NOM-035-STPS-2018 adds a policy on psychosocial risks and workplace violence.",
	],
})

# METADATA
# title: Minimum age for night work (Constitution)
sources contains object.union(_cpeum, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 16,
	"article": "Art. 123 A (II)",
	"effective_from": "1917-05-01",
	"checked_against": [_p_const123, _p_1917],
	"notes": ["Unhealthy or dangerous work, industrial night work and all other work after ten at night are prohibited for persons under sixteen. The 1917 text already barred industrial night work below 16 (and commercial work after ten at night); the present wording dates from a later reform whose date was not checked."],
})

# METADATA
# title: Minimum age for night work (LFT)
sources contains object.union(_lft, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"article": "Arts. 175, 176",
	"effective_from": "2015-06-13",
	"checked_against": _p_2015,
	"notes": ["Under-18s may not work in non-industrial establishments after ten at night (Art. 175), and industrial night work is among the dangerous or unhealthy work barred to them (Art. 176), as amended by the reform published in the DOF on 12 June 2015."],
})

# METADATA
# title: No recruitment fees (employer)
sources contains object.union(_lft, {
	"requirement": "forced_labour.no_recruitment_fees",
	"value": true,
	"article": "Art. 133 (III)",
	"checked_against": [_p_lft2022, _p_art133, _p_lft1970],
	"notes": [
		"Employers and their representatives may not demand or accept money from workers as a gratuity for being hired or for any other reason relating to the conditions of work.",
		"Private placement agencies may not charge job seekers any fee (Reglamento de Agencias de Colocacion de Trabajadores Art. 10, as amended 2018; not checked against its text).",
	],
})

# METADATA
# title: No retention of identity documents (not encoded)
sources contains object.union(_lft, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"entry": "not_encoded",
	"article": "Art. 133",
	"reason": "No LFT provision barring employers from holding workers' identity documents was found; the placement-agency regulation (Reglamento de Agencias de Colocacion Art. 10 (II bis)) reportedly bars agencies from keeping them, but was not checked.",
	"verification": "unverified",
})

# METADATA
# title: Maximum overtime per day and per week (until the 2026 reform)
sources contains object.union(_lft_1970, {
	"requirement": requirement,
	"value": value,
	"article": "Art. 66; Const. Art. 123 A (XI)",
	"effective_to": _reform_2026,
	"checked_against": array.concat([_p_lft2022, _p_cpeum_copy], _p_hours),
	"notes": [
		note,
		"Overtime only for extraordinary circumstances (Art. 66); overtime beyond nine hours a week obliges the employer to pay 200 % more, 'sin perjuicio de las sanciones establecidas en esta Ley' (Art. 68). Under-18s may not work overtime (Art. 178).",
	],
}) if {
	some [requirement, value, note] in [
		["working_hours.overtime_daily_max", 3, "'Podrá también prolongarse la jornada de trabajo por circunstancias extraordinarias, sin exceder nunca de tres horas diarias ni de tres veces en una semana' (Art. 66)."],
		["working_hours.overtime_weekly_max", 9, "Derived: at most three hours a day and at most three times a week (Art. 66) = 9 hours a week, the figure of Art. 68."],
	]
}

_overtime_cap_note := "The weekly figure is encoded as the cap: the Constitution and Art. 66 say overtime 'no excederá' it. Art. 68 lets the employer exceed it by at most 4 hours a week, paid at 200 % more; unlike the former Art. 68 it no longer says 'sin perjuicio de las sanciones', so those hours may be read as allowed at triple pay (an absolute weekly ceiling of the yearly figure + 4); that reading is not encoded."

# METADATA
# title: Maximum overtime per day (from the 2026 reform)
sources contains object.union(_lft_2026, {
	"requirement": "working_hours.overtime_daily_max",
	"value": 4,
	"article": "Art. 66 as reformed; Const. Art. 123 A (XI)",
	"notes": array.concat(
		["'El trabajo extraordinario no excederá de doce horas en una semana, las cuales podrán distribuirse en hasta cuatro horas diarias, en un máximo de cuatro días en ese periodo' (Art. 66 as reformed). Transitory art. 4 phases in only the weekly total, so the 4 hours a day on at most 4 days apply from 1 May 2026."],
		_p_2026_notes,
	),
})

# The weekly overtime maximum of Art. 66 (12 hours) phased in by transitory art. 4 of the 2026 LFT decree.
_overtime_phase := [
	{"value": 9, "from": _reform_2026, "to": "2028-01-01"},
	{"value": 10, "from": "2028-01-01", "to": "2029-01-01"},
	{"value": 11, "from": "2029-01-01", "to": "2030-01-01"},
]

_overtime_week_note := "'La duración de la jornada extraordinaria a que se refiere el artículo 66 de la Ley Federal del Trabajo se alcanzará de manera gradual, a partir del 1 de enero del año correspondiente': 9 hours a week in 2026 and 2027, 10 in 2028, 11 in 2029, 12 in 2030 (transitory art. 4)."

# METADATA
# title: Maximum overtime per week (2026 reform, phased 2026-2029)
sources contains object.union(_lft_2026, {
	"requirement": "working_hours.overtime_weekly_max",
	"value": step.value,
	"article": "Art. 66 as reformed, transitory art. 4; Const. Art. 123 A (XI)",
	"effective_from": step.from,
	"effective_to": step.to,
	"notes": array.concat([_overtime_week_note, _overtime_cap_note], _p_2026_notes),
}) if some step in _overtime_phase

# METADATA
# title: Maximum overtime per week (2026 reform, from 2030)
sources contains object.union(_lft_2026, {
	"requirement": "working_hours.overtime_weekly_max",
	"value": 12,
	"article": "Art. 66 as reformed, transitory art. 4; Const. Art. 123 A (XI)",
	"effective_from": "2030-01-01",
	"notes": array.concat(
		["Overtime 'no excederá de doce horas en una semana' (Const. Art. 123 A (XI); Art. 66), reached on 1 January 2030 (transitory art. 4).", _overtime_cap_note],
		_p_2026_notes,
	),
})

# METADATA
# title: Overtime per month and per year, total weekly hours (no separate limit, until the 2026 reform)
sources contains object.union(_lft_1970, {
	"requirement": requirement,
	"entry": "absence",
	"article": "Arts. 61, 66, 68",
	"effective_to": _reform_2026,
	"checked_against": array.concat([_p_lft2022], _p_hours),
	"notes": ["The LFT capped the working day (Art. 61: 8 hours by day, 7 by night, 7.5 mixed) and overtime (Art. 66: 3 hours a day, 3 times a week); it set no monthly or yearly overtime limit and no separate cap on total weekly hours (they follow from the two)."],
}) if some requirement in {
	"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
	"working_hours.total_weekly_max",
}

# METADATA
# title: Overtime per month and per year, total weekly hours (no separate limit, from the 2026 reform)
sources contains object.union(_lft_2026, {
	"requirement": requirement,
	"entry": "absence",
	"article": "Arts. 59, 61, 66, 68 as reformed",
	"notes": ["The reformed LFT caps the ordinary week (Art. 59, phased), the working day (Art. 61), overtime per day and per week (Art. 66, phased) and ordinary plus extraordinary hours at 12 a day (Art. 68, encoded as total_daily_max); it sets no monthly or yearly overtime limit and no separate cap on total weekly hours."],
}) if some requirement in {
	"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
	"working_hours.total_weekly_max",
}

# METADATA
# title: Total daily hours (no separate limit before the 2026 reform)
sources contains object.union(_lft_1970, {
	"requirement": "working_hours.total_daily_max",
	"entry": "absence",
	"article": "Arts. 61, 66",
	"effective_to": _reform_2026,
	"checked_against": array.concat([_p_lft2022], _p_hours),
	"notes": ["No separate cap on total daily hours: day shift 8 + 3 = 11 hours a day followed from Arts. 61 and 66."],
})

# METADATA
# title: Total daily hours, overtime included (from the 2026 reform)
sources contains object.union(_lft_2026, {
	"requirement": "working_hours.total_daily_max",
	"value": 12,
	"article": "Art. 68 as reformed, third paragraph",
	"notes": ["'La suma de las jornadas ordinaria y extraordinaria, en ningún caso podrá ser mayor a doce horas diarias' (Art. 68 as reformed, DOF 1 May 2026)."],
})

# METADATA
# title: Weekly overtime pay threshold (not encoded)
sources contains object.union(_lft, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"entry": "not_encoded",
	"article": "Arts. 59, 61, 66",
	"reason": "Overtime is paid for the hours by which the working day is extended (Art. 66; encoded as overtime_pay_threshold_daily). Neither the former Art. 59 nor Art. 59 as reformed in 2026 (a weekly maximum of ordinary hours, phased 48 to 40) says whether hours above the weekly maximum but within the daily maximum are overtime paid +100 %; case law and STPS guidance on it were not checked.",
	"verification": "unverified",
})

# METADATA
# title: Overtime voluntary (not encoded)
sources contains object.union(_lft, {
	"requirement": "working_hours.overtime_voluntary",
	"entry": "not_encoded",
	"article": "Art. 68, first paragraph; Const. Art. 123 A (XI)",
	"reason": "The text, before and after the 2026 reform (read in the copies named in the pack), says only that workers are not obliged to work longer than the chapter permits ('no están obligados a prestar sus servicios por un tiempo mayor del permitido', Art. 68) and allows overtime 'por circunstancias extraordinarias' (Art. 66; Const. Art. 123 A (XI)); it neither requires the worker's consent for overtime within the limits nor says it may be imposed. The Labour Secretary said in 2026 that overtime 'seguirán siendo voluntarias' (press), while a reading of Art. 68 a contrario makes overtime within the limits compulsory; the case law that settles it was not checked.",
	"verification": "unverified",
})

# METADATA
# title: No pregnancy testing
sources contains object.union(_lft, {
	"requirement": "maternity.no_pregnancy_testing",
	"value": true,
	"article": "Art. 133 (XIV)",
	"checked_against": array.concat(_p_2012, [
		_p_lft2022,
		_p_art133,
		{"url": "https://www.infobae.com/mexico/2025/06/10/te-pueden-pedir-un-certificado-de-no-embarazo-al-entrar-a-un-empleo-esto-dice-la-ley-federal-del-trabajo", "title": "Infobae (10 June 2025): LFT Art. 133 (XIV) forbids demanding certificates of non-pregnancy"},
	]),
	# Added by the reform published in the DOF on 30 November 2012, in force the next day.
	"effective_from": "2012-12-01",
	"notes": ["Employers may not demand certificates that a woman is not pregnant for hiring, continued employment or promotion (Art. 133 (XIV)), nor dismiss or pressure a woman to resign for being pregnant (Art. 133 (XV))."],
})

# METADATA
# title: Compulsory leave after childbirth
sources contains object.union(_lft, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"value": 6,
	"article": "Art. 170 (II); Const. Art. 123 A (V)",
	"checked_against": array.concat(_p_mat, [_p_const123, _p_lft1970]),
	"notes": ["Six weeks of rest after childbirth with full wage (Art. 170 (II), (V)); the Constitution says women 'gozaran forzosamente' (shall compulsorily have) the rest of six weeks before and six weeks after the birth, and the Supreme Court reads it as an obligatory rest. Up to four prenatal weeks may be moved to after the birth, lengthening it."],
})

# METADATA
# title: Living wage (not encoded)
sources contains object.union(_cpeum, {
	"requirement": "wages.living_wage",
	"entry": "not_encoded",
	"article": "Art. 123 A (VI); LFT Art. 90",
	"effective_from": "1917-05-01",
	"verification": "unverified",
	"reason": "The Constitution requires general minimum wages to suffice for the normal material, social and cultural needs of a head of family and the schooling of the children; whether paying that minimum amounts to a living wage is a judgement hrdd does not make.",
})

# METADATA
# title: Wages paid regularly
sources contains object.union(_lft, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "Art. 88",
	"checked_against": [
		_p_lft2022,
		{"url": "https://idconline.mx/laboral/2022/05/25/que-cuidar-en-el-pago-de-salario", "title": "IDC (25 May 2022): LFT Art. 88, wages paid at most weekly for manual work and fortnightly for others"},
		_p_lft1970,
	],
	"notes": ["Wages are paid at intervals of at most one week for manual work and fifteen days for other workers (Art. 88), on a working day at the workplace (Arts. 108, 109)."],
})

# METADATA
# title: Deductions only as the LFT allows
sources contains object.union(_lft, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "Art. 110",
	"checked_against": [
		_p_lft2022,
		{"url": "http://www.conocimientosweb.net/dcmt/ficha15760.html", "title": "LFT Arts. 107-110 and Const. Art. 123 A (XXVII)(f) on fines and deductions from wages"},
		_p_lft1970,
	],
	"notes": ["Deductions from wages are prohibited except for debts to the employer (at most 30 % of the excess over the minimum wage), housing rent, INFONAVIT loans, cooperative and savings contributions the worker freely accepts, court-ordered maintenance and other listed cases (Art. 110); the minimum wage is exempt from deductions (Const. Art. 123 A (VIII))."],
})

# METADATA
# title: No disciplinary deductions
sources contains object.union(_lft, {
	"requirement": "wages.no_disciplinary_deductions",
	"value": true,
	"article": "Art. 107; Const. Art. 123 A (XXVII)(f)",
	"checked_against": [
		_p_lft2022,
		{"url": "http://www.conocimientosweb.net/dcmt/ficha15760.html", "title": "LFT Arts. 107-110 and Const. Art. 123 A (XXVII)(f) on fines and deductions from wages"},
		_p_lft1970,
	],
	"notes": ["Fines may not be imposed on workers for any cause or under any name (Art. 107); contract terms allowing wages to be withheld as a fine are void (Const. Art. 123 A (XXVII)(f))."],
})

# METADATA
# title: No deductions for obtaining employment
sources contains object.union(_lft, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"value": true,
	"article": "Art. 133 (III)",
	"checked_against": [_p_lft2022, _p_art133, _p_lft1970],
	"notes": ["Employers may not demand or accept money from workers as a gratuity for being hired or for any other reason relating to the conditions of work."],
})

# METADATA
# title: Equal pay only for equal work
sources contains object.union(_lft, {
	"requirement": "equal_pay.equal_value",
	"entry": "restriction",
	"value": false,
	"article": "Art. 86; Const. Art. 123 A (VII)",
	"checked_against": [
		_p_lft2022,
		{"url": "https://es.scribd.com/presentation/612515645/Salario-y-Percepciones-Extra-Salariales-Derecho-1", "title": "Course slides quoting LFT Art. 86 (equal pay for equal work in equal post, working day and conditions of efficiency)"},
		_p_const123,
	],
	"notes": ["Equal work, performed in an equal post, working day and conditions of efficiency, must receive equal pay (Art. 86; Constitution: 'para trabajo igual debe corresponder salario igual, sin tener en cuenta sexo ni nacionalidad'): narrower than equal pay for work of equal value (ILO C100, which Mexico ratified). Art. 56 requires equal working conditions for equal work."],
})

# METADATA
# title: Right to remove oneself from danger (not encoded)
sources contains object.union(_lft, {
	"requirement": "health_safety.right_to_remove_from_danger",
	"entry": "not_encoded",
	"article": "Arts. 51 (VII), 132, 134; Reglamento Federal de Seguridad y Salud en el Trabajo",
	"reason": "No right of workers to stop work or leave a place of serious danger while keeping their job was found in the LFT (serious danger to the worker's safety or health is a ground for the worker to end the employment without liability, Art. 51 (VII)); the Federal Regulation on Safety and Health at Work (DOF 13 November 2014) and the NOMs were not read for one.",
	"verification": "unverified",
})

# METADATA
# title: Personal protective equipment before NOM-017-STPS-2024 (not encoded)
sources contains object.union(_lft, {
	"requirement": "health_safety.free_protective_equipment",
	"entry": "not_encoded",
	"article": "NOM-017-STPS-2008, section 5.4",
	"effective_to": "2025-09-28",
	"reason": "NOM-017-STPS-2008 already required the employer to provide personal protective equipment (section 5.4, read in a copy), but its dates of publication and entry into force, and those of the earlier rules, were not checked.",
	"verification": "unverified",
})

# METADATA
# title: Personal protective equipment supplied by the employer
sources contains {
	"requirement": "health_safety.free_protective_equipment",
	"value": true,
	"instrument": "NOM-017-STPS-2024, Equipo de protección personal - Selección, uso y manejo en los centros de trabajo",
	"binding": "law",
	"url": "https://www.dof.gob.mx/",
	# Published in the DOF on 28 March 2025; in force six months later, 28 September 2025.
	"effective_from": "2025-09-28",
	"article": "obligations of the employer; LFT Arts. 110, 132",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://www.eleconomista.com.mx/capital-humano/nom-017-conoce-nueva-regulacion-seguridad-trabajo-vigente-20250930-779263.html", "title": "El Economista (30 September 2025): the updated NOM-017 in force since 28 September, obliging employers to provide certified PPE"},
		{"url": "https://aln.com.mx/entra-en-vigor-nom-017-stps-2024-equipo-de-proteccion-personal-en-centros-de-trabajo/2", "title": "ALN: NOM-017-STPS-2024 (DOF 28 March 2025) in force, replacing NOM-017-STPS-2008"},
		{"url": "https://glzabogados.com/en/client-alert/cumplimiento-de-la-nom-017-stps-2024-nuevas-obligaciones-sobre-equipo-de-proteccion-personal-epp", "title": "GLZ Abogados: obligations of NOM-017-STPS-2024 on the PPE provided to workers"},
		{"url": "https://es.scribd.com/presentation/564907684/NOM-017-STPS-2008-Equipo-de-proteccion", "title": "NOM-017-STPS-2008 section 5 quoted (5.4: the employer provides workers with personal protective equipment)"},
	],
	"conditions": {"text": "Every workplace where personal protective equipment is needed to protect workers against the risks of their activities."},
	"notes": [
		"The employer must determine, provide and replace personal protective equipment suited to the risks of each post and train workers in its use (NOM-017-STPS-2024, replacing NOM-017-STPS-2008, whose section 5.4 already required the employer to provide it). The NOM does not say 'free of charge' in the pages read, but it places the supply on the employer, and the LFT allows no deduction from wages for it (closed list of Art. 110).",
		"Before 28 September 2025 the 2008 NOM applied; its dates were not checked and it is not encoded.",
	],
}

_normlex := "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:11200:0::NO::P11200_COUNTRY_ID:102764"

_c98 := "https://www.ilo.org/global/standards/subjects-covered-by-international-labour-standards/collective-bargaining/WCMS_651082/lang--en/index.htm"

# METADATA
# title: ILO ratifications of the fundamental conventions
# description: |
#   All eight original fundamental conventions by November 2018 (ILO news on the C98
#   deposit of 23 November 2018), C138 deposited 10 June 2015 with a minimum age of 15
#   (ILO; CEACR), P29 deposited 11 June 2023, C155 in 1984; C187 not ratified (still the
#   only missing fundamental convention per STPS/ILO dialogue; not ratified as of 2024).
#   C182: ratified in 2000 (SRE); the exact date was not verified and is not encoded.
ratifications := {
	"C29": {"status": "ratified", "verification": "secondary", "url": _c98},
	"P29": {
		"status": "ratified", "date": "2023-06-11", "verification": "secondary",
		"url": _normlex,
		"checked_against": [{"url": "https://edomexaldia.com/el-estado-mexicano-realiza-el-deposito-del-protocolo-de-2014-relativo-al-convenio-sobre-el-trabajo-forzoso", "title": "Edomex al Día: statement of the ILO Office for Mexico and Cuba on the deposit of the Protocol of 2014 (11 June 2023)"}],
		"notes": ["Instrument deposited in Geneva on 11 June 2023 (statement of the ILO Office for Mexico and Cuba); in force for Mexico from 11 June 2024 (promulgation decree, DOF 6 May 2024)."],
	},
	"C87": {"status": "ratified", "verification": "secondary", "url": _c98},
	"C98": {"status": "ratified", "date": "2018-11-23", "verification": "primary", "url": _c98},
	"C100": {"status": "ratified", "verification": "secondary", "url": _c98},
	"C105": {"status": "ratified", "verification": "secondary", "url": _c98},
	"C111": {"status": "ratified", "verification": "secondary", "url": _c98},
	"C138": {
		"status": "ratified", "date": "2015-06-10", "declared_minimum_age": 15, "verification": "primary",
		"url": "http://ilo.ch/dyn/normlex/de/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4349314%2C102764%3ANO",
		"notes": [
			"Minimum age of 15: the CEACR (2023) recalls that under Art. 2(1) no child under the minimum age (15 years) may be admitted to employment in Mexico.",
			"Instrument deposited with the ILO Director-General on 10 June 2015 (ILO news, http://www.ilo.org/americas/sala-de-prensa/WCMS_374843/lang--es/index.htm).",
		],
	},
	"C182": {
		"status": "ratified", "verification": "secondary",
		"url": "https://www.gob.mx/sre/en/articulos/mexico-reaffirms-its-commitment-to-the-eradication-of-child-labor-111741?idiom=en",
		"notes": ["Unverified: the exact ratification date. The Foreign Ministry states that Mexico has been a party since 2000."],
	},
	"C155": {"status": "ratified", "verification": "secondary", "url": _normlex},
	"C187": {"status": "not_ratified", "verification": "secondary", "url": _normlex},
}
