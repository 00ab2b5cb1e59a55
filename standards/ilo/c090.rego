# METADATA
# title: ILO Night Work of Young Persons (Industry) Convention (Revised), 1948 (No. 90)
# description: |
#   Technical convention; binds only ratifying States. Covers industrial undertakings
#   only (mines, manufacturing, construction, transport by road or rail: Art. 1(1)).
#   Article text checked against the English authentic text (Dutch treaty database).
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C090
package hrdd.standards.ilo_c090

# The article text was read in the English authentic text published in the Dutch
# treaty database (Tractatenbank), in a verbatim copy: the statengeneraal/laws-markdown
# mirror on GitHub. NORMLEX stays the url.
_text := [{"url": "https://github.com/statengeneraal/laws-markdown/blob/5734de9f401f04648c562050006c2917bf4ec5c5/verdrag/international/labour/conference/BWBV0005479/README.md", "title": "ILO C90, English authentic text from the Dutch treaty database (verbatim copy, statengeneraal/laws-markdown mirror)"}]

_base := {
	"instrument": "ILO C90",
	"instrument_code": "C90",
	"instrument_title": "Night Work of Young Persons (Industry) Convention (Revised), 1948 (No. 90)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C090",
	"checked_against": _text,
	"binding": "convention",
	"profile": "international",
	"verification": "primary",
	# Entry into force of the convention (12 June 1951, ILO Office for Japan list of
	# conventions; twelve months after the second ratification, Art. 12(2)).
	"effective_from": "1951-06-12",
}

# METADATA
# title: No night work under 18 in industry
# description: Young persons under 18 shall not be employed or work during the night in any public or private industrial undertaking (Art. 3(1)).
sources contains object.union(_base, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"article": "Art. 3(1)",
	"notes": [
		"Night: at least 12 consecutive hours, including 10 p.m. to 6 a.m. for those under 16 and an interval of at least 7 consecutive hours between 10 p.m. and 7 a.m. for those aged 16 and 17 (Art. 2).",
		"Applies to industrial undertakings only; the ILO classes the convention as an instrument to be revised. Night work of young persons in non-industrial occupations is covered by C79 (1946), not encoded.",
	],
	"exceptions": [
		{"article": "Art. 1(3)", "text": "National law may exempt work not harmful, prejudicial or dangerous to young persons in family undertakings employing only parents and their children or wards."},
		{"article": "Art. 3(2)-(3)", "value": 16, "text": "For apprenticeship or vocational training in specified industries or occupations carried on continuously, the competent authority may, after consulting employers' and workers' organisations, authorise night work from 16, with a rest of at least 13 consecutive hours between two working periods."},
		{"article": "Art. 4(2); Art. 5", "value": 16, "text": "From 16, in emergencies that could not be controlled or foreseen and are not periodical, or when the government suspends the prohibition in a serious emergency in the public interest."},
		{"article": "Art. 7", "value": 16, "text": "A Member whose earlier law used a lower age may declare on ratification an age limit below 18, but not below 16."},
	],
})
