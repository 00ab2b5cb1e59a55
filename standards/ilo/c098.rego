# METADATA
# title: ILO Right to Organise and Collective Bargaining Convention, 1949 (No. 98)
# description: Fundamental convention (ILO Declaration 1998 as amended 2022); binds every ILO member whether or not ratified.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C098
package hrdd.standards.ilo_c098

_exceptions := [
	{"article": "Art. 5", "text": "The extent to which the guarantees apply to the armed forces and the police is determined by national laws or regulations."},
	{"article": "Art. 6", "text": "The Convention does not deal with the position of public servants engaged in the administration of the State."},
]

# The article text was read in the English authentic text published in the Dutch
# treaty database (Tractatenbank), in a verbatim copy: the statengeneraal/laws-markdown
# mirror on GitHub. NORMLEX stays the url.
_text := [{"url": "https://github.com/statengeneraal/laws-markdown/blob/8b101dfae3a08f91e99e35b13cfe1f7806fd6f67/verdrag/convention/concerning/the/application/of/the/principles/of/the/right/to/etc/BWBV0005525/README.md", "title": "ILO C98, English authentic text from the Dutch treaty database (verbatim copy, statengeneraal/laws-markdown mirror)"}]

_base := {
	"instrument": "ILO C98",
	"instrument_code": "C98",
	"instrument_title": "Right to Organise and Collective Bargaining Convention, 1949 (No. 98)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C098",
	"checked_against": _text,
	"binding": "convention",
	"profile": "international",
	"fundamental": true,
	# Entry into force of the convention (18 July 1951, NORMLEX text header).
	"effective_from": "1951-07-18",
	"exceptions": _exceptions,
}

# METADATA
# title: Collective bargaining
# description: Voluntary negotiation between employers and workers' organisations with a view to regulating terms of employment by collective agreements is to be encouraged and promoted.
sources contains object.union(_base, {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"article": "Art. 4",
	"verification": "primary",
	"notes": ["Art. 4 is framed as a State duty to encourage and promote voluntary bargaining; for a company it means recognising workers' organisations and bargaining in good faith."],
})

# METADATA
# title: Protection against anti-union discrimination and employer interference
# description: No hiring conditional on not joining a union, no dismissal or prejudice for union membership or activities (Art. 1); no employer domination or financing of workers' organisations (Art. 2).
sources contains object.union(_base, {
	"requirement": "freedom_of_association.right_to_organise",
	"value": true,
	"article": "Art. 1-2",
	"verification": "primary",
})
