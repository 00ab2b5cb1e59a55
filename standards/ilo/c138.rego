# METADATA
# title: ILO Minimum Age Convention, 1973 (No. 138)
# description: Fundamental convention (ILO Declaration 1998 as amended 2022); binds every ILO member whether or not ratified.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C138
package hrdd.standards.ilo_c138

# The article text was read in the English authentic text published in the Dutch
# treaty database (Tractatenbank), in a verbatim copy: the statengeneraal/laws-markdown
# mirror on GitHub. NORMLEX stays the url.
_text := [{"url": "https://github.com/statengeneraal/laws-markdown/blob/41f494ff05c6e370419575bc7eb5636eb019bda6/verdrag/convention/concerning/minimum/age/for/admission/to/employment/BWBV0003701/README.md", "title": "ILO C138, English authentic text from the Dutch treaty database (verbatim copy, statengeneraal/laws-markdown mirror)"}]

_base := {
	"instrument": "ILO C138",
	"instrument_code": "C138",
	"instrument_title": "Minimum Age Convention, 1973 (No. 138)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C138",
	"checked_against": _text,
	"binding": "convention",
	"profile": "international",
	"fundamental": true,
	# Entry into force of the convention (19 June 1976).
	"effective_from": "1976-06-19",
}

# METADATA
# title: General minimum age
# description: Not less than the end of compulsory schooling and never under 15; Art. 2(4) allows 14 initially for declared developing economies, reported as a note, never applied.
sources contains object.union(_base, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "Art. 2(3)",
	"verification": "primary",
	"notes": ["The minimum age may not be less than the age of completion of compulsory schooling; 15 is the floor."],
	"exceptions": [
		{
			"article": "Art. 2(4)",
			"value": 14,
			"text": "A Member whose economy and educational facilities are insufficiently developed may, after consultation, initially specify 14 years by declaration.",
		},
		{
			"article": "Art. 4",
			"text": "After consultation, limited categories of employment or work may be excluded where special and substantial problems arise; never work covered by Art. 3 (hazardous work).",
		},
		{
			"article": "Art. 5",
			"text": "A Member whose economy and administrative facilities are insufficiently developed may initially limit the scope of application; mining, manufacturing, construction, utilities, sanitary services, transport, storage and communication, and commercial plantations must always be covered.",
		},
		{
			"article": "Art. 6",
			"value": 14,
			"text": "Work in schools or training institutions, or by persons of at least 14 in undertakings as an integral part of an approved education, training or orientation programme, is outside the Convention.",
		},
		{
			"article": "Art. 7(1)",
			"value": 13,
			"text": "National laws may permit light work by persons aged 13 to 15 that is not harmful and does not prejudice school attendance or training.",
		},
		{
			"article": "Art. 7(4)",
			"value": 12,
			"text": "Where Art. 2(4) is used, the light-work ages are 12 and 14 instead of 13 and 15.",
		},
		{
			"article": "Art. 8",
			"text": "Individual permits may allow exceptions, for purposes such as participation in artistic performances, limiting hours and prescribing conditions.",
		},
	],
})

# METADATA
# title: Minimum age for hazardous work
# description: 18; Art. 3(3) allows 16 under strict conditions of protection and training, reported as a note.
sources contains object.union(_base, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "Art. 3(1)",
	"verification": "primary",
	"notes": ["The types of hazardous work are determined nationally after consultation (Art. 3(2))."],
	"exceptions": [{
		"article": "Art. 3(3)",
		"value": 16,
		"text": "From 16 where health, safety and morals are fully protected and the young persons have received adequate specific instruction or vocational training.",
	}],
})
