# METADATA
# title: ILO Night Work Convention, 1990 (No. 171)
# description: |
#   Technical convention; binds only ratifying States. No catalogue requirement
#   covers night work yet, so it contributes no source values; `proposed` holds the
#   values it would support under new requirement ids.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C171
package hrdd.standards.ilo_c171

_base := {
	"instrument": "ILO C171",
	"instrument_code": "C171",
	"instrument_title": "Night Work Convention, 1990 (No. 171)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C171",
	"binding": "convention",
	"profile": "international",
	"verification": "primary",
	# Pages the research notes read the text in (reproductions of the English text and
	# the French authentic text published by the Portuguese Parliament); not re-read.
	"checked_against": [
		{"url": "http://areaseg.com/normas/convencoes/ilo171.html", "title": "ILO C171, reproduction of the English text (areaseg.com)"},
		{"url": "https://debates.parlamento.pt/catalogo/r3/dar/s2a/06/03/053/1994-07-14/920", "title": "ILO C171, French authentic text published in the Diário da Assembleia da República (1994)"},
	],
	# Entry into force of the convention (4 January 1995, NORMLEX text header).
	"effective_from": "1995-01-04",
	"notes": [
		"Night work: work during a period of not less than seven consecutive hours including the interval from midnight to 5 a.m. (Art. 1(a)).",
		"Agriculture, stock raising, fishing, maritime transport and inland navigation are excluded (Art. 2(1)).",
	],
}

# METADATA
# title: Source values
# description: None; see `proposed`.
sources := set()

# METADATA
# title: Free health assessment for night workers
# description: Not composed by hrdd.main; listed for the catalogue owner.
proposed contains object.union(_base, {
	"requirement": "night_work.free_health_assessment",
	"value": true,
	"article": "Art. 4(1)",
})

# METADATA
# title: Alternative to night work around childbirth
# description: At least 16 weeks, of which at least 8 before the expected date of childbirth (Art. 7(1)(a)).
proposed contains object.union(_base, {
	"requirement": "maternity.night_work_alternative_min_weeks",
	"value": 16,
	"article": "Art. 7(1)(a)",
})
