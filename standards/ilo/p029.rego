# METADATA
# title: Protocol of 2014 to the Forced Labour Convention, 1930 (P29)
# description: |
#   Fundamental instrument (ILO Declaration 1998 as amended 2022). Its duties are
#   addressed to States (prevention, protection, remedy). No catalogue requirement
#   maps onto it without stretching its text, so it contributes no source values;
#   `proposed` holds what it would support under a new requirement id.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:P029
package hrdd.standards.ilo_p029

# The article text was read in the English authentic text published in the Dutch
# treaty database (Tractatenbank), in a verbatim copy: the statengeneraal/laws-markdown
# mirror on GitHub. NORMLEX stays the url.
_text := [{"url": "https://github.com/statengeneraal/laws-markdown/blob/65ceb98242bdc650ed86dff2e17ef607182271e4/verdrag/protocol/van/2014/bij/het/verdrag/betreffende/de/gedwongen/arbeid/geneve/etc/BWBV0006447/README.md", "title": "ILO P29, English authentic text from the Dutch treaty database (verbatim copy, statengeneraal/laws-markdown mirror)"}]

_base := {
	"instrument": "ILO P29",
	"instrument_code": "P29",
	"instrument_title": "Protocol of 2014 to the Forced Labour Convention, 1930",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:P029",
	"checked_against": _text,
	"binding": "convention",
	"profile": "international",
	"fundamental": true,
	# Entry into force of the Protocol (9 November 2016).
	"effective_from": "2016-11-09",
}

# METADATA
# title: Source values
# description: |
#   None. Art. 2(d) (protection against abusive and fraudulent recruitment) does not
#   itself mention recruitment fees, so it is not encoded as a source for
#   forced_labour.no_recruitment_fees; C181 Art. 7 and C95 Art. 9 are.
sources := set()

# METADATA
# title: Values for requirement ids not yet in the catalogue
# description: Not composed by hrdd.main; listed for the catalogue owner.
proposed contains object.union(_base, {
	"requirement": "forced_labour.recruitment_due_diligence",
	"value": true,
	"article": "Art. 2(d)-(e)",
	"verification": "primary",
	"notes": ["State measures must include protecting persons, particularly migrant workers, from possibly abusive and fraudulent practices during recruitment and placement (Art. 2(d)), and supporting due diligence by both the public and private sectors (Art. 2(e))."],
})

# METADATA
# title: Victims' access to remedy regardless of status
proposed contains object.union(_base, {
	"requirement": "due_diligence.remedy_regardless_of_legal_status",
	"value": true,
	"article": "Art. 1(1), 4(1)",
	"verification": "primary",
	"notes": ["Victims of forced labour, irrespective of their presence or legal status in the territory, have access to appropriate and effective remedies such as compensation (State duty)."],
})
