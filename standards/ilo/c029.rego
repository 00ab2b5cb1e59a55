# METADATA
# title: ILO Forced Labour Convention, 1930 (No. 29)
# description: |
#   Fundamental convention (ILO Declaration 1998 as amended 2022); binds every ILO
#   member whether or not ratified. Art. 2(1) defines forced labour as work exacted
#   under the menace of a penalty and not offered voluntarily.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C029
package hrdd.standards.ilo_c029

# The article text was read in the English authentic text published in the Dutch
# treaty database (Tractatenbank), in a verbatim copy: the statengeneraal/laws-markdown
# mirror on GitHub. NORMLEX stays the url.
_text := [{"url": "https://github.com/statengeneraal/laws-markdown/blob/5734de9f401f04648c562050006c2917bf4ec5c5/verdrag/convention/concerning/forced/or/compulsory/labour/BWBV0006218/README.md", "title": "ILO C29, English authentic text from the Dutch treaty database (verbatim copy, statengeneraal/laws-markdown mirror)"}]

_base := {
	"instrument": "ILO C29",
	"instrument_code": "C29",
	"instrument_title": "Forced Labour Convention, 1930 (No. 29)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C029",
	"checked_against": _text,
	"binding": "convention",
	"profile": "international",
	"fundamental": true,
	# Entry into force of the convention (1 May 1932, NORMLEX; OHCHR).
	"effective_from": "1932-05-01",
}

# METADATA
# title: Workers free to resign
# description: |
#   Work is forced labour unless offered voluntarily (Art. 2(1)); a worker held at
#   work under the menace of a penalty has not offered it voluntarily. The Art. 2(2)
#   exclusions are reported as exceptions, never applied.
sources contains object.union(_base, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "Art. 2(1)",
	"verification": "primary",
	"notes": [
		"Art. 2(1): forced or compulsory labour is all work or service exacted from any person under the menace of any penalty and for which the person has not offered himself voluntarily.",
		"Reading Art. 2(1) as requiring that workers can leave without penalty follows the ILO supervisory bodies; the Convention does not use the word 'resign'.",
		"Prison labour is excluded only if supervised by a public authority and not hired to or placed at the disposal of private companies (Art. 2(2)(c)).",
	],
	"exceptions": [
		{"article": "Art. 2(2)(a)", "text": "Work exacted under compulsory military service laws for work of a purely military character."},
		{"article": "Art. 2(2)(b)", "text": "Normal civic obligations of the citizens of a fully self-governing country."},
		{"article": "Art. 2(2)(c)", "text": "Work exacted as a consequence of a conviction in a court of law, supervised and controlled by a public authority, the person not being hired to or placed at the disposal of private individuals, companies or associations."},
		{"article": "Art. 2(2)(d)", "text": "Work exacted in cases of emergency (war, calamity or threatened calamity)."},
		{"article": "Art. 2(2)(e)", "text": "Minor communal services performed by members of the community in its direct interest."},
	],
})
