# METADATA
# title: ILO Violence and Harassment Convention, 2019 (No. 190)
# description: Technical convention; binds only ratifying States.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C190
package hrdd.standards.ilo_c190

_base := {
	"instrument": "ILO C190",
	"instrument_code": "C190",
	"instrument_title": "Violence and Harassment Convention, 2019 (No. 190)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C190",
	"binding": "convention",
	"profile": "international",
	# Entry into force of the convention (25 June 2021).
	"effective_from": "2021-06-25",
}

# METADATA
# title: Workplace policy on violence and harassment
# description: Employers adopt and implement, in consultation with workers and their representatives, a workplace policy on violence and harassment.
sources contains object.union(_base, {
	"requirement": "harassment.policy",
	"value": true,
	"article": "Art. 9(a)",
	"verification": "primary",
	"checked_against": [{"url": "https://c190guide.ilo.org/en/ratify-c190-chapters/chapter-5", "title": "ILO guide to C190, chapter 5, quoting Art. 9 (ILO)"}],
	"notes": [
		"Art. 9 also requires taking violence and harassment into account in OSH management (b), identifying hazards and assessing risks with the participation of workers and their representatives (c), and information and training (d).",
		"Violence and harassment covers single or repeated behaviours that aim at, result in or are likely to result in physical, psychological, sexual or economic harm, including gender-based violence and harassment (Art. 1(1)).",
	],
	"exceptions": [{"article": "Art. 9", "text": "The duty applies 'so far as is reasonably practicable' and commensurate with the employer's degree of control."}],
})
