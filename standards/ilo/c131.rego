# METADATA
# title: ILO Minimum Wage Fixing Convention, 1970 (No. 131)
# description: Technical convention; binds only ratifying States.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C131
package hrdd.standards.ilo_c131

_base := {
	"instrument": "ILO C131",
	"instrument_code": "C131",
	"instrument_title": "Minimum Wage Fixing Convention, 1970 (No. 131)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C131",
	"binding": "convention",
	"profile": "international",
	# Entry into force of the convention (29 April 1972, NORMLEX text header).
	"effective_from": "1972-04-29",
}

# METADATA
# title: Statutory minimum wage paid
# description: Minimum wages have the force of law, are not subject to abatement, and failure to apply them makes the person concerned liable to sanctions.
sources contains object.union(_base, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "Art. 2(1)",
	"verification": "primary",
	"notes": [
		"The level takes into account the needs of workers and their families as well as economic factors (Art. 3).",
		"Freedom of collective bargaining is fully respected (Art. 2(2)).",
	],
	"exceptions": [{"article": "Art. 1(2)-(3)", "text": "The groups of wage earners covered are determined nationally, in agreement or after consultation with employers' and workers' organisations."}],
})
