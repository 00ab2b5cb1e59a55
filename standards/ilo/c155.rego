# METADATA
# title: ILO Occupational Safety and Health Convention, 1981 (No. 155)
# description: |
#   In force since 11 August 1983; a fundamental convention since the ILC amended the
#   1998 Declaration on 10 June 2022 (safe and healthy working environment). Each
#   value is therefore encoded for two periods: before 10 June 2022 without the
#   fundamental flag, and from that date with it.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C155
package hrdd.standards.ilo_c155

# The article text was read in the English authentic text published in the Dutch
# treaty database (Tractatenbank), in a verbatim copy: the statengeneraal/laws-markdown
# mirror on GitHub. NORMLEX stays the url.
_text := [{"url": "https://github.com/statengeneraal/laws-markdown/blob/c7d155224c45341c5b366c419eec6d3f786c2fda/verdrag/verdrag/betreffende/arbeidsveiligheid/gezondheid/en/het/arbeidsmilieu/BWBV0002487/README.md", "title": "ILO C155, English authentic text from the Dutch treaty database (verbatim copy, statengeneraal/laws-markdown mirror)"}]

_base := {
	"instrument": "ILO C155",
	"instrument_code": "C155",
	"instrument_title": "Occupational Safety and Health Convention, 1981 (No. 155)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C155",
	"checked_against": _text,
	"binding": "convention",
	"profile": "international",
	"verification": "primary",
}

# Entry into force (11 August 1983) and the day the amended Declaration made
# C155 fundamental (10 June 2022, ILC 110th Session).
_periods := [
	{"effective_from": "1983-08-11", "effective_to": "2022-06-10"},
	{"effective_from": "2022-06-10", "fundamental": true},
]

_values := [
	{
		"requirement": "health_safety.right_to_remove_from_danger",
		"value": true,
		"article": "Art. 13, 19(f)",
		"notes": [
			"A worker who removes himself from a work situation he reasonably believes presents an imminent and serious danger to life or health is protected from undue consequences (Art. 13).",
			"Until remedial action is taken, the employer cannot require workers to return to a work situation where there is continuing imminent and serious danger (Art. 19(f)).",
		],
		"exceptions": [{"article": "Art. 13", "text": "Protection is 'in accordance with national conditions and practice'."}],
	},
	{
		"requirement": "health_safety.free_protective_equipment",
		"value": true,
		"article": "Art. 16(3), 21",
		"notes": ["Employers provide adequate protective clothing and equipment where necessary (Art. 16(3)); occupational safety and health measures shall not involve any expenditure for the workers (Art. 21)."],
	},
	{
		"requirement": "health_safety.worker_participation",
		"value": true,
		"article": "Art. 19(b)-(e), 20",
		"notes": ["Workers' representatives cooperate, receive information and training, and are consulted on all aspects of OSH associated with their work (Art. 19); cooperation between management and workers is an essential element of OSH measures (Art. 20)."],
		"exceptions": [{"article": "Art. 19(e)", "text": "Consultation arrangements are 'in accordance with national law and practice'."}],
	},
]

# METADATA
# title: Source values
# description: Right to remove oneself from danger, free protective equipment and worker participation, each for both periods.
sources contains object.union(object.union(_base, p), v) if {
	some p in _periods
	some v in _values
}
