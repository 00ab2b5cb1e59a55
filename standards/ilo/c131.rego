# METADATA
# title: ILO Minimum Wage Fixing Convention, 1970 (No. 131)
# description: Technical convention; binds only ratifying States.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C131
package hrdd.standards.ilo_c131

# The article text was read in the English authentic text published in the Dutch
# treaty database (Tractatenbank), in a verbatim copy: the statengeneraal/laws-markdown
# mirror on GitHub. NORMLEX stays the url.
_text := [{"url": "https://github.com/statengeneraal/laws-markdown/blob/79a8c95bce0819172a7720b306df3d8d9ce1ffe9/verdrag/convention/concerning/minimum/wage/fixing/with/special/reference/to/etc/BWBV0004655/README.md", "title": "ILO C131, English authentic text from the Dutch treaty database (verbatim copy, statengeneraal/laws-markdown mirror)"}]

_base := {
	"instrument": "ILO C131",
	"instrument_code": "C131",
	"instrument_title": "Minimum Wage Fixing Convention, 1970 (No. 131)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C131",
	"checked_against": _text,
	"binding": "convention",
	"profile": "international",
	# Entry into force of the convention (29 April 1972, NORMLEX text header).
	"effective_from": "1972-04-29",
}

# METADATA
# title: Statutory minimum wage paid
# description: |
#   Minimum wages have the force of law, are not subject to abatement, and failure to
#   apply them makes the person concerned liable to sanctions (Art. 2(1)). The
#   Convention sets no amount: the minimum wage is the one fixed nationally through
#   the machinery of Art. 4, for the groups determined under Art. 1. A company meets
#   it by paying the national minimum, so the value defers to national law; where no
#   national minimum applies, a "local_law" policy commits to nothing.
sources contains object.union(_base, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "Art. 2(1)",
	"verification": "primary",
	"defers_to_national_law": true,
	"notes": [
		"The level takes into account the needs of workers and their families as well as economic factors (Art. 3).",
		"Freedom of collective bargaining is fully respected (Art. 2(2)).",
	],
	"exceptions": [{"article": "Art. 1(2)-(3)", "text": "The groups of wage earners covered are determined nationally, in agreement or after consultation with employers' and workers' organisations."}],
})
