# METADATA
# title: ILO Hours of Work (Commerce and Offices) Convention, 1930 (No. 30)
# description: Technical convention; binds only ratifying States, but sets the international benchmark of 48 hours a week and eight a day for commerce and offices.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C030
package hrdd.standards.ilo_c030

_notes := [
	"Applies to commercial or trading establishments and to offices, public or private (Art. 1).",
	"The 48/8 limits are confirmed by ILO and ETI summaries; the article number (Art. 3) rests on secondary sources.",
	"The Convention allows the weekly hours to be redistributed and temporary exceptions; those provisions were not checked and are not encoded.",
]

_base := {
	"instrument": "ILO C30",
	"instrument_code": "C30",
	"instrument_title": "Hours of Work (Commerce and Offices) Convention, 1930 (No. 30)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C030",
	"binding": "convention",
	"profile": "international",
	"verification": "secondary",
	"article": "Art. 3",
	"notes": _notes,
	# Entry into force of the convention (29 August 1933, NORMLEX text header).
	"effective_from": "1933-08-29",
}

# METADATA
# title: Eight hours a day
sources contains object.union(_base, {"requirement": "working_hours.regular_daily_max", "value": 8})

# METADATA
# title: Forty-eight hours a week
sources contains object.union(_base, {"requirement": "working_hours.regular_weekly_max", "value": 48})
