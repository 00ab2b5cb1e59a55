# METADATA
# title: ILO Worst Forms of Child Labour Convention, 1999 (No. 182)
# description: Fundamental convention (ILO Declaration 1998 as amended 2022); binds every ILO member whether or not ratified.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C182
package hrdd.standards.ilo_c182

# The article text was read in the English authentic text published in the Dutch
# treaty database (Tractatenbank), in a verbatim copy: the statengeneraal/laws-markdown
# mirror on GitHub. NORMLEX stays the url.
_text := [{"url": "https://github.com/statengeneraal/laws-markdown/blob/09cafe5b35d34121b26a1e00a3ec409dd7a0c97e/verdrag/convention/concerning/the/prohibition/and/immediate/action/for/the/etc/BWBV0001522/README.md", "title": "ILO C182, English authentic text from the Dutch treaty database (verbatim copy, statengeneraal/laws-markdown mirror)"}]

_base := {
	"instrument": "ILO C182",
	"instrument_code": "C182",
	"instrument_title": "Worst Forms of Child Labour Convention, 1999 (No. 182)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C182",
	"checked_against": _text,
	"binding": "convention",
	"profile": "international",
	"fundamental": true,
	# Entry into force of the convention (19 November 2000).
	"effective_from": "2000-11-19",
}

# METADATA
# title: No hazardous work under 18
# description: A child is every person under 18 (Art. 2); work likely to harm the health, safety or morals of children is a worst form of child labour (Art. 3(d)). No exception.
sources contains object.union(_base, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "Art. 2, 3(d)",
	"verification": "primary",
	"notes": [
		"The types of hazardous work are determined nationally after consultation, taking into account Paragraphs 3 and 4 of Recommendation No. 190 (Art. 4(1)).",
		"C182 allows no exception for 16- and 17-year-olds; C138 Art. 3(3) does, under strict conditions.",
		"The other worst forms (slavery and similar practices, commercial sexual exploitation, illicit activities) are banned for every person under 18 (Art. 3(a)-(c)).",
	],
})
