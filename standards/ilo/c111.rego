# METADATA
# title: ILO Discrimination (Employment and Occupation) Convention, 1958 (No. 111)
# description: Fundamental convention (ILO Declaration 1998 as amended 2022); binds every ILO member whether or not ratified.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C111
package hrdd.standards.ilo_c111

# The article text was read in the English authentic text published in the Dutch
# treaty database (Tractatenbank), in a verbatim copy: the statengeneraal/laws-markdown
# mirror on GitHub. NORMLEX stays the url.
_text := [{"url": "https://github.com/statengeneraal/laws-markdown/blob/ba1c4df99446ce60dd776adf5d704b950424d8af/verdrag/verdrag/betreffende/discriminatie/in/arbeid/en/beroep/BWBV0004947/README.md", "title": "ILO C111, English authentic text from the Dutch treaty database (verbatim copy, statengeneraal/laws-markdown mirror)"}]

_base := {
	"instrument": "ILO C111",
	"instrument_code": "C111",
	"instrument_title": "Discrimination (Employment and Occupation) Convention, 1958 (No. 111)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C111",
	"checked_against": _text,
	"binding": "convention",
	"profile": "international",
	"fundamental": true,
	# Entry into force of the convention (15 June 1960).
	"effective_from": "1960-06-15",
}

# METADATA
# title: Prohibited grounds of discrimination
# description: The seven minimum grounds of Art. 1(1)(a); Members may add grounds after consultation (Art. 1(1)(b)).
sources contains object.union(_base, {
	"requirement": "non_discrimination.grounds",
	"value": ["race", "colour", "sex", "religion", "political_opinion", "national_extraction", "social_origin"],
	"article": "Art. 1(1)(a)",
	"verification": "primary",
	"notes": [
		"Covers access to vocational training, access to employment and to particular occupations, and terms and conditions of employment (Art. 1(3)).",
		"Further grounds may be added by the Member after consultation with employers' and workers' organisations (Art. 1(1)(b)).",
	],
	"exceptions": [
		{"article": "Art. 1(2)", "text": "A distinction, exclusion or preference based on the inherent requirements of a particular job is not discrimination."},
		{"article": "Art. 4", "text": "Measures affecting a person justifiably suspected of, or engaged in, activities prejudicial to the security of the State, with a right of appeal."},
		{"article": "Art. 5", "text": "Special measures of protection or assistance (e.g. on grounds of sex, age, disablement, family responsibilities or social or cultural status) are not discrimination."},
	],
})
