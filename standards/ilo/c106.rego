# METADATA
# title: ILO Weekly Rest (Commerce and Offices) Convention, 1957 (No. 106)
# description: Technical convention; binds only ratifying States.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C106
package hrdd.standards.ilo_c106

# The article text was read in the English authentic text published in the Dutch
# treaty database (Tractatenbank), in a verbatim copy: the statengeneraal/laws-markdown
# mirror on GitHub. NORMLEX stays the url.
_text := [{"url": "https://github.com/statengeneraal/laws-markdown/blob/88cbdb24184c9a8e2d90b51053b634217967c60b/verdrag/convention/concerning/weekly/rest/in/commerce/and/offices/BWBV0004946/README.md", "title": "ILO C106, English authentic text from the Dutch treaty database (verbatim copy, statengeneraal/laws-markdown mirror)"}]

_base := {
	"instrument": "ILO C106",
	"instrument_code": "C106",
	"instrument_title": "Weekly Rest (Commerce and Offices) Convention, 1957 (No. 106)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C106",
	"checked_against": _text,
	"binding": "convention",
	"profile": "international",
	# Entry into force of the convention (4 March 1959).
	"effective_from": "1959-03-04",
}

# METADATA
# title: Uninterrupted rest of at least 24 hours in every seven days
sources contains object.union(_base, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "Art. 6(1)",
	"verification": "primary",
	"notes": ["Applies to trading establishments and offices (Art. 2)."],
	"exceptions": [
		{"article": "Art. 5", "text": "Establishments employing only family members, and persons in high managerial positions, may be excluded."},
		{"article": "Art. 7", "text": "Special weekly rest schemes may apply where the nature of the work requires, but they must give a total rest at least equivalent to 24 hours per seven days."},
		{"article": "Art. 8", "text": "Temporary total or partial exemptions (accident or force majeure, abnormal pressure of work, prevention of loss of perishable goods) require compensatory rest at least equivalent (Art. 8(3))."},
	],
})
