# METADATA
# title: ILO Weekly Rest (Industry) Convention, 1921 (No. 14)
# description: Technical convention; binds only ratifying States.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C014
package hrdd.standards.ilo_c014

# The article text was read in the English authentic text published in the Dutch
# treaty database (Tractatenbank), in a verbatim copy: the statengeneraal/laws-markdown
# mirror on GitHub. NORMLEX stays the url.
_text := [{"url": "https://github.com/statengeneraal/laws-markdown/blob/adfee75a3f781108ba977109c1a0a4828f64cd17/verdrag/verdrag/betreffende/de/toepassing/van/de/wekelijkse/rustdag/in/de/etc/BWBV0006190/README.md", "title": "ILO C14, English authentic text from the Dutch treaty database (verbatim copy, statengeneraal/laws-markdown mirror)"}]

_base := {
	"instrument": "ILO C14",
	"instrument_code": "C14",
	"instrument_title": "Weekly Rest (Industry) Convention, 1921 (No. 14)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C014",
	"checked_against": _text,
	"binding": "convention",
	"profile": "international",
	# Entry into force of the convention (19 June 1923).
	"effective_from": "1923-06-19",
}

# METADATA
# title: Twenty-four consecutive hours of rest in every seven days
sources contains object.union(_base, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "Art. 2(1)",
	"verification": "primary",
	"notes": [
		"Applies to industrial undertakings.",
		"Wherever possible the rest is granted to all staff at the same time and on days established by tradition or custom (Art. 2(2)-(3)).",
	],
	"exceptions": [
		{"article": "Art. 3", "text": "Undertakings in which only members of the same family are employed may be exempted."},
		{"article": "Art. 4-5", "text": "Total or partial exceptions may be authorised with regard to economic and humanitarian considerations, after consultation; compensatory periods of rest are provided as far as possible."},
	],
})
