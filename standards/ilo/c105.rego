# METADATA
# title: ILO Abolition of Forced Labour Convention, 1957 (No. 105)
# description: Fundamental convention (ILO Declaration 1998 as amended 2022); binds every ILO member whether or not ratified.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C105
package hrdd.standards.ilo_c105

# The article text was read in the English authentic text published in the Dutch
# treaty database (Tractatenbank), in a verbatim copy: the statengeneraal/laws-markdown
# mirror on GitHub. NORMLEX stays the url.
_text := [{"url": "https://github.com/statengeneraal/laws-markdown/blob/d147cf7f6717d5adb38519b15278c398799dddb5/verdrag/convention/concerning/the/abolition/of/forced/labour/BWBV0004945/README.md", "title": "ILO C105, English authentic text from the Dutch treaty database (verbatim copy, statengeneraal/laws-markdown mirror)"}]

_base := {
	"instrument": "ILO C105",
	"instrument_code": "C105",
	"instrument_title": "Abolition of Forced Labour Convention, 1957 (No. 105)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C105",
	"checked_against": _text,
	"binding": "convention",
	"profile": "international",
	"fundamental": true,
	# Entry into force of the convention (17 January 1959).
	"effective_from": "1959-01-17",
}

# METADATA
# title: No forced labour as labour discipline
# description: |
#   Art. 1(c) bans forced or compulsory labour as a means of labour discipline; the
#   preamble recalls C95's ban on payment methods that deprive the worker of a
#   genuine possibility of terminating employment.
sources contains object.union(_base, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "Preamble; Art. 1(c)",
	"verification": "primary",
	"notes": [
		"Mapping Art. 1(c) to the freedom to resign is an interpretation: the article bans compulsory labour as a means of labour discipline (e.g. penal sanctions that hold workers to their jobs).",
		"Art. 1 also bans forced labour as political coercion, for economic development, as punishment for strikes, and as racial, social, national or religious discrimination.",
	],
})
