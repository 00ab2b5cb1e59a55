# METADATA
# title: ILO Private Employment Agencies Convention, 1997 (No. 181)
# description: Technical convention; binds only ratifying States.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C181
package hrdd.standards.ilo_c181

# The article text was read in the English authentic text published in the Dutch
# treaty database (Tractatenbank), in a verbatim copy: the statengeneraal/laws-markdown
# mirror on GitHub. NORMLEX stays the url.
_text := [{"url": "https://github.com/statengeneraal/laws-markdown/blob/c6b35c2af4d1db8a56fa0617b5fa0bb3b1bbb32f/verdrag/verdrag/betreffende/particuliere/bureaus/voor/arbeidsbemiddeling/BWBV0001411/README.md", "title": "ILO C181, English authentic text from the Dutch treaty database (verbatim copy, statengeneraal/laws-markdown mirror)"}]

_base := {
	"instrument": "ILO C181",
	"instrument_code": "C181",
	"instrument_title": "Private Employment Agencies Convention, 1997 (No. 181)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C181",
	"checked_against": _text,
	"binding": "convention",
	"profile": "international",
	# Entry into force of the convention (10 May 2000).
	"effective_from": "2000-05-10",
}

# METADATA
# title: No recruitment fees charged to workers
# description: Private employment agencies shall not charge directly or indirectly, in whole or in part, any fees or costs to workers.
sources contains object.union(_base, {
	"requirement": "forced_labour.no_recruitment_fees",
	"value": true,
	"article": "Art. 7(1)",
	"verification": "primary",
	"notes": ["Addressed to private employment agencies; applied to companies through their use of agencies and labour providers."],
	"exceptions": [{"article": "Art. 7(2)-(3)", "text": "In the interest of the workers concerned, and after consultation, the competent authority may authorise exceptions for certain categories of workers and specified services, to be reported with reasons."}],
})
