# Indonesia minimum wage regime. How the statutory minimum wage is set under the Manpower
# Law as amended by the Job Creation framework and Government Regulation 36/2021 on Wages as
# amended by GR 51/2023: provincial (UMP) and district or city (UMK) minimum wages set by
# governors under a national formula. No text could be read in this pass (no look-ups left):
# the regime is labelled unverified. No amount is encoded.
package hrdd.national.id

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "regional_and_sectoral",
	"set_by": "the provincial governors: a provincial minimum wage (UMP) in every province and, where its conditions are met, a district or city minimum wage (UMK), by the national formula (Manpower Law Art. 88C as amended; GR 36/2021 as amended by GR 51/2023)",
	"revision": "every year, by the formula of GR 36/2021 as amended by GR 51/2023 (inflation, economic growth and an index), the new rates taking effect on 1 January (not checked)",
	"instrument": "Manpower Law No. 13 of 2003 as amended by Law No. 6 of 2023 on Job Creation; Government Regulation No. 36 of 2021 on Wages as amended by GR No. 51 of 2023",
	"article": "Manpower Law Arts. 88C-88E; GR 36/2021, minimum wage part (articles not checked)",
	"url": "https://peraturan.bpk.go.id/",
	# Arts. 88C-88E were inserted by Law No. 11 of 2020 (2 November 2020) and re-enacted by
	# Perppu 2/2022 and Law 6/2023, as the id pack records.
	"effective_from": "2020-11-02",
	"binding": "law",
	"verification": "unverified",
	"checked_against": [],
	"notes": [
		"No national rate. The id pack's wages.minimum_wage_paid entry records provincial (UMP) and district (UMK) minimum wages set by governors under the national formula, and that paying below the minimum wage is a criminal offence (Arts. 88E(2), 185; secondary, Pedoman Rakyat). Check the rate of the site's province and district or city. Amounts are not encoded.",
		"Sectoral minimum wages: the Constitutional Court's decision No. 168/PUU-XXI/2023 (31 October 2024) is understood to read Art. 88C as requiring governors to set sectoral minimum wages as well, hence the level region and sector; whether and where sectoral rates are in force, and any further amendment of GR 36/2021 for later years' wages, were not checked. Check also any sectoral rate for the site's sector.",
	],
}
