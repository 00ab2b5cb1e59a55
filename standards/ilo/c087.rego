# METADATA
# title: ILO Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)
# description: Fundamental convention (ILO Declaration 1998 as amended 2022); binds every ILO member whether or not ratified.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C087
package hrdd.standards.ilo_c087

# The article text was read in the English authentic text published in the Dutch
# treaty database (Tractatenbank), in a verbatim copy: the statengeneraal/laws-markdown
# mirror on GitHub. NORMLEX stays the url.
_text := [{"url": "https://github.com/statengeneraal/laws-markdown/blob/5734de9f401f04648c562050006c2917bf4ec5c5/verdrag/international/labour/conference/BWBV0005545/README.md", "title": "ILO C87, English authentic text from the Dutch treaty database (verbatim copy, statengeneraal/laws-markdown mirror)"}]

_base := {
	"instrument": "ILO C87",
	"instrument_code": "C87",
	"instrument_title": "Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C087",
	"checked_against": _text,
	"binding": "convention",
	"profile": "international",
	"fundamental": true,
	# Entry into force of the convention (4 July 1950).
	"effective_from": "1950-07-04",
}

# METADATA
# title: Right to organise
# description: Workers, without distinction whatsoever, may establish and join organisations of their own choosing without previous authorisation.
sources contains object.union(_base, {
	"requirement": "freedom_of_association.right_to_organise",
	"value": true,
	"article": "Art. 2",
	"verification": "primary",
	"notes": [
		"Organisations draw up their own rules and elect their representatives in full freedom (Art. 3); they may form federations and affiliate internationally (Art. 5).",
		"The law of the land shall not impair, nor be applied so as to impair, these guarantees (Art. 8(2)).",
	],
	"exceptions": [{"article": "Art. 9(1)", "text": "The extent to which the guarantees apply to the armed forces and the police is determined by national laws or regulations."}],
})
