# METADATA
# title: ILO Hours of Work (Industry) Convention, 1919 (No. 1)
# description: Technical convention; binds only ratifying States, but is the usual international benchmark for hours in industrial undertakings.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C001
package hrdd.standards.ilo_c001

_scope := "Applies to public or private industrial undertakings (mining, manufacturing, construction, transport), other than undertakings where only members of the same family are employed (Arts. 1-2)."

# C1 limits normal hours only. Overtime is allowed in the cases of Arts. 3-6; Art. 6
# leaves permanent and temporary exceptions (overtime for exceptional pressure of
# work) to regulations made by the public authority after consultation with
# employers' and workers' organisations. The Convention sets no overtime or
# total-hours number, so none of working_hours.overtime_*_max or total_*_max is
# encoded (checked against ILO supervisory (CEACR) comments on Arts. 6 and 8 and a
# historical German translation of Art. 6).
_overtime_note := "The Convention sets no cap on overtime or total hours: the 8/48 limits may be exceeded only in the cases of Arts. 3-6, and Art. 6 leaves permanent and temporary exceptions (overtime, e.g. for exceptional pressure of work) to regulations made by the public authority after consultation with employers' and workers' organisations."

_hours_exceptions := [
	{"article": "Art. 2(b)", "value": 9, "text": "Where hours on one or more days of the week are less than eight, the limit may be exceeded on the remaining days by not more than one hour."},
	{"article": "Art. 2(c)", "text": "Shift work may exceed eight hours a day and 48 a week if the average over three weeks or less does not exceed eight per day and 48 per week."},
	{"article": "Art. 3", "text": "The limit may be exceeded in case of accident, actual or threatened, urgent work to machinery or plant, or force majeure, but only so far as necessary to avoid serious interference with ordinary working."},
	{"article": "Art. 4", "value": 56, "text": "In processes required to be carried on continuously by a succession of shifts, hours may be extended to an average of 56 a week."},
]

# Art. 2 was read in a copy of the NORMLEX English text (document-sharing site) and in
# a repository note quoting it after reading NORMLEX; Art. 6(2) only in a German
# translation and in CEACR comments, hence "secondary" for the overtime premium.
_text := [
	{"url": "https://www.scribd.com/document/547241866/ILO-Convention-No-1", "title": "ILO C1, copy of the NORMLEX English text (Arts. 1-3), document-sharing site"},
	{"url": "https://digi.econbiz.de/viewer/fulltext/1828236004/4", "title": "Washingtoner Übereinkommen (C1), German translation of Arts. 5-6, historical print (econbiz)"},
]

_ceacr := {"url": "https://normlex.ilo.org/dyn/normlex/fr/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A2078828%2Cen%3ANO", "title": "CEACR comment on C1 Articles 6 and 8: regulations fix the maximum additional hours (NORMLEX)"}

_base := {
	"instrument": "ILO C1",
	"instrument_code": "C1",
	"instrument_title": "Hours of Work (Industry) Convention, 1919 (No. 1)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C001",
	"binding": "convention",
	"profile": "international",
	# Entry into force of the convention (13 June 1921, NORMLEX text header).
	"effective_from": "1921-06-13",
}

# METADATA
# title: Eight hours a day
sources contains object.union(_base, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Art. 2",
	"verification": "primary",
	"checked_against": _text,
	"notes": [_scope, _overtime_note],
	"exceptions": _hours_exceptions,
})

# METADATA
# title: Forty-eight hours a week
sources contains object.union(_base, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"article": "Art. 2",
	"verification": "primary",
	"checked_against": _text,
	"notes": [_scope, _overtime_note],
	"exceptions": _hours_exceptions,
})

# METADATA
# title: Overtime paid at not less than 125 %
# description: Where temporary exceptions allow overtime, the rate of pay is at least one and one-quarter times the regular rate.
sources contains object.union(_base, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 125,
	"article": "Art. 6(2)",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://digi.econbiz.de/viewer/fulltext/1828236004/4", "title": "Washingtoner Übereinkommen (C1), German translation of Art. 6: overtime paid at least 25 per cent higher (historical print, econbiz)"},
		_ceacr,
	],
	"notes": [
		_scope,
		"Checked against a German translation of Art. 6 ('mindestens um fünfundzwanzig vom Hundert höher bezahlt') and ILO supervisory comments (CEACR), not against the English or French authentic text: neither was found in the stored corpora (searched again in session 12), so the value stays secondary.",
	],
})
