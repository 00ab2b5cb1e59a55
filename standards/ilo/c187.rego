# METADATA
# title: ILO Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)
# description: |
#   A fundamental convention since the ILC amended the 1998 Declaration on 10 June
#   2022. Mostly State duties (national policy, system and programme); its
#   definition of a preventative safety and health culture requires the active
#   participation of workers.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C187
package hrdd.standards.ilo_c187

_base := {
	"instrument": "ILO C187",
	"instrument_code": "C187",
	"instrument_title": "Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C187",
	"binding": "convention",
	"profile": "international",
	"verification": "primary",
	"requirement": "health_safety.worker_participation",
	"value": true,
	"article": "Art. 1(d), 3(3)",
	"notes": [
		"A national preventative safety and health culture is one in which the right to a safe and healthy working environment is respected at all levels and government, employers and workers actively participate in securing it (Art. 1(d)).",
		"Art. 3(3) (State policy): assess occupational risks and hazards, combat them at source, and develop a preventative culture that includes information, consultation and training.",
		"C187 entered into force in 2009, twelve months after the second ratification, that of the Republic of Korea, which ETUI reported on 16 April 2008 as recent. The day NORMLEX is said to give (20 February 2009) was not seen, so the first period starts on 16 April 2009, the latest day entry into force can have fallen on, rather than before the Convention was in force.",
	],
	"checked_against": [
		{"url": "https://debates.parlamento.pt/catalogo/r3/dar/s2a/13/02/111/2017-05-17/134", "title": "ILO C187, English preamble and Art. 1 as published by the Portuguese Parliament (Diário da Assembleia da República, 2017)"},
		{"url": "https://gesetzefinden.at/bundesrecht/vertraege/20007338/art-3", "title": "ILO C187 Art. 3, official Austrian German translation (copy of the federal law gazette text)"},
		{"url": "http://hesa.etui-rehs.org/uk/newsevents/newsfiche.asp?pk=1039", "title": "ETUI (16 April 2008): C187 to come into force following ratification by the Republic of Korea, the second after Japan"},
		{"url": "https://en.wikipedia.org/wiki/Promotional_Framework_for_Occupational_Safety_and_Health_Convention,_2006", "title": "Promotional Framework for Occupational Safety and Health Convention, 2006: entered into force in 2009 (Wikipedia)"},
	],
}

# METADATA
# title: Worker participation in occupational safety and health
# description: Before the convention became fundamental.
sources contains object.union(_base, {"effective_from": "2009-04-16", "effective_to": "2022-06-10"})

# METADATA
# title: Worker participation in occupational safety and health (fundamental)
# description: From 10 June 2022, when the amended Declaration made C187 fundamental.
sources contains object.union(_base, {"effective_from": "2022-06-10", "fundamental": true})
