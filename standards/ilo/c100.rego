# METADATA
# title: ILO Equal Remuneration Convention, 1951 (No. 100)
# description: Fundamental convention (ILO Declaration 1998 as amended 2022); binds every ILO member whether or not ratified.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C100
package hrdd.standards.ilo_c100

# The article text was read in the English authentic text published in the Dutch
# treaty database (Tractatenbank), in a verbatim copy: the statengeneraal/laws-markdown
# mirror on GitHub. NORMLEX stays the url.
_text := [{"url": "https://github.com/statengeneraal/laws-markdown/blob/4f1cfdc64ad797f0b0c6230648c5edc7d0da0565/verdrag/convention/concerning/equal/remuneration/for/men/and/women/workers/for/etc/BWBV0004933/README.md", "title": "ILO C100, English authentic text from the Dutch treaty database (verbatim copy, statengeneraal/laws-markdown mirror)"}]

_base := {
	"instrument": "ILO C100",
	"instrument_code": "C100",
	"instrument_title": "Equal Remuneration Convention, 1951 (No. 100)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C100",
	"checked_against": _text,
	"binding": "convention",
	"profile": "international",
	"fundamental": true,
	# Entry into force of the convention (23 May 1953).
	"effective_from": "1953-05-23",
}

# METADATA
# title: Equal pay for work of equal value
# description: Rates of remuneration established without discrimination based on sex, for work of equal value (wider than 'same work').
sources contains object.union(_base, {
	"requirement": "equal_pay.equal_value",
	"value": true,
	"article": "Art. 1(b), 2(1)",
	"verification": "primary",
	"notes": ["'Remuneration' covers the basic or minimum wage or salary and any additional emoluments, in cash or in kind, paid directly or indirectly (Art. 1(a))."],
	"exceptions": [{"article": "Art. 3(3)", "text": "Differential rates that correspond, without regard to sex, to differences in the work performed as determined by objective appraisal are not contrary to the principle."}],
})
