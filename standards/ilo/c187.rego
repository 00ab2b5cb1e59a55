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
		"Entry into force in 2009 is confirmed by secondary sources; the day (20 February 2009) follows NORMLEX and was not re-checked.",
	],
}

# METADATA
# title: Worker participation in occupational safety and health
# description: Before the convention became fundamental.
sources contains object.union(_base, {"effective_from": "2009-02-20", "effective_to": "2022-06-10"})

# METADATA
# title: Worker participation in occupational safety and health (fundamental)
# description: From 10 June 2022, when the amended Declaration made C187 fundamental.
sources contains object.union(_base, {"effective_from": "2022-06-10", "fundamental": true})
