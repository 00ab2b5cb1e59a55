# France minimum wage regime. How the statutory minimum wage is set: the SMIC (salaire
# minimum interprofessionnel de croissance), one national hourly rate (lower in Mayotte),
# revalued by decree. Checked against the pages named; no amount is encoded as a value.
package hrdd.national.fr

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "national",
	"set_by": "The Government, by decree (e.g. Décret n° 2025-1228 of 17 December 2025), applying the statutory indexation formula and, at its discretion, a further increase; the group of experts on the SMIC and the social partners are consulted.",
	"revision": "Every 1 January, by the formula (inflation for the 20 % of households with the lowest incomes plus half the rise in the purchasing power of workers' and employees' basic hourly wage); automatically during the year if prices rise by 2 % or more since the last revaluation.",
	"instrument": "Code du travail",
	"article": "L3231-1 to L3231-12",
	"url": "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050/",
	"effective_from": "2008-05-01",
	"binding": "law",
	"verification": "secondary",
	"checked_against": [
		_page("https://www.simulation-impots.net/au-1er-janvier-2026-le-smic-seleve-a-1202-e-brut-de-lheure-ce-quil-faut-savoir", "Simulation-impots: SMIC EUR 12.02 from 1 January 2026; the legal formula (inflation of the 20 % lowest-income households, half of the purchasing-power gain of workers' hourly wage); Mayotte"),
		_page("https://www.lagazettedescommunes.com/1016493/revalorisation-du-smic-les-fonctionnaires-vont-etres-alignes", "La Gazette des communes: the SMIC is adjusted every 1 January; automatic early revaluation if inflation exceeds 2 % during the year; decree of 17 December 2025"),
		_page("https://www.cabinet-oreco.fr/actualites/actualites-social/le-smic-horaire-a-1202-e-en-2026", "Cabinet Oreco: Décret n° 2025-1228 of 17 December 2025 (SMIC EUR 12.02; Mayotte EUR 9.33)"),
	],
	"notes": [
		"One national hourly SMIC (EUR 12.02 gross from 1 January 2026; EUR 9.33 in Mayotte). Collective agreements set higher minimum pay scales by branch; not encoded. Amounts are not encoded.",
		"The articles setting the indexation (within L3231-1 to L3231-12) were not read article by article; the mechanism is from the pages named.",
	],
}
