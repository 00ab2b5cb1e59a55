# Indonesia minimum wage regime. How the statutory minimum wage is set under the Manpower
# Law as amended by the Job Creation framework (Art. 88C, as read by the Constitutional Court
# in decision No. 168/PUU-XXI/2023 of 31 October 2024) and Government Regulation 36/2021 on
# Wages as amended by GR 51/2023 and GR 49/2025: provincial (UMP) and district or city (UMK)
# minimum wages and provincial and district or city sectoral minimum wages (UMSP, UMSK), all
# set by the Governor's decree under a national formula. GR 49/2025 was read in a copy of the
# State Secretariat's certified copy (Arts. 27, 35C, II); the rest in named secondary sources.
# No amount is encoded.
package hrdd.national.id

_ca_pp49 := "https://pasal.id/en/peraturan/pp/pp-no-49-tahun-2025/koreksi/"

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "regional_and_sectoral",
	"set_by": "the provincial governors, by decree: a provincial minimum wage (UMP) every year in every province (obligatory); a district or city minimum wage (UMK) where its computed value is higher than the UMP (optional); and sectoral minimum wages, provincial (UMSP, higher than the UMP) and district or city (UMSK), computed by the wage councils (Manpower Law Art. 88C as amended and as read by the Constitutional Court in decision 168/PUU-XXI/2023; GR 36/2021 Arts. 25, 27, 35A-35C as amended by GR 51/2023 and GR 49/2025)",
	"revision": "every year, by the formula inflation + (economic growth x alpha), alpha between 0.50 and 0.90 under GR 49/2025 (0.10 to 0.30 under GR 51/2023) chosen by the wage council; the 2026 rates were to be decreed and announced by 24 December 2025 and apply from 1 January 2026 (GR 49/2025 Arts. 26, 27, II)",
	"instrument": "Manpower Law No. 13 of 2003 as amended by Law No. 6 of 2023 on Job Creation (Art. 88C as read by Constitutional Court decision No. 168/PUU-XXI/2023); Government Regulation No. 36 of 2021 on Wages as amended by GR No. 51 of 2023 and GR No. 49 of 2025",
	"article": "Manpower Law Arts. 88C-88E; GR 36/2021 Arts. 25-27, 35A-35C as amended by GR 49/2025; GR 49/2025 Art. II",
	"url": "https://peraturan.bpk.go.id/",
	# GR 49/2025 was set and promulgated on 17 December 2025 (State Gazette 2025 No. 187) and
	# is in force on promulgation (Art. II, last paragraph), as read in the pasal.id copy.
	"effective_from": "2025-12-17",
	"binding": "law",
	"verification": "primary",
	"checked_against": [
		{"url": concat("", [_ca_pp49, "5837108"]), "title": "Pasal.id, text of GR 49/2025 (OCR of the State Secretariat's certified copy), Art. 27 as amended: the Governor must set the UMP every year, by the formula of Art. 26(4)-(5)"},
		{"url": concat("", [_ca_pp49, "5837146"]), "title": "Pasal.id, text of GR 49/2025, Art. 35C: the UMSP must be higher than the UMP and is computed by the formula of Art. 26, its alpha set by the provincial wage council"},
		{"url": concat("", [_ca_pp49, "5837156"]), "title": "Pasal.id, text of GR 49/2025, Art. II: UMP, UMSP, UMK and UMSK for 2026 decreed by the Governor and announced by 24 December 2025, in force from 1 January 2026; the GR in force on promulgation, 17 December 2025 (State Gazette 2025 No. 187)"},
		{"url": "https://babeindonesia.com/read?id=6451801", "title": "Bisnis.com (via Babe), GR 49/2025: Art. 25(1) restores sectoral minimum wages (UMP, UMK with conditions, UMSP, UMSK); Art. 26(6) alpha 0.50-0.90 (was 0.10-0.30); signed and promulgated 17 December 2025"},
		{"url": "https://spkep-spsi.org/2024/12/02/ketentuan-kenaikan-upah-minimum-2024-yang-ditetapkan-presiden-belum-mempunyai-landasan-hukum", "title": "SP KEP SPSI (union), text of Manpower Law Art. 88C as amended by Law 6/2023 with the words added by decision 168/PUU-XXI/2023: the Governor must set a sectoral minimum wage in the province and may for districts and cities"},
		{"url": "https://www.koranperdjoeangan.com/gubernur-wajib-menetapkan-upah-minimum-sektoral-provinsi", "title": "Koran Perdjoeangan (KSPI), point 12 of the operative part of decision 168/PUU-XXI/2023: the Governor must set the UMSP; Minister of Manpower Regulation No. 16 of 2024 set the 2025 minimum wages"},
		{"url": "https://www.serbukindonesia.org/2024/11/pasca-putusan-mk-no-168puu-xxi2023-apa.html", "title": "Serbuk Indonesia (union), the Constitutional Court read out decision 168/PUU-XXI/2023 on Thursday 31 October 2024"},
	],
	"notes": [
		"No national rate. Check the UMP of the site's province, any UMK of its district or city and any sectoral rate (UMSP, UMSK) for its sector; paying below the minimum wage is a criminal offence (Manpower Law Arts. 88E(2), 185; the id pack's wages.minimum_wage_paid). Amounts are not encoded.",
		"History: from 2 November 2020 (Law 11/2020, GR 36/2021) the Job Creation framework knew only the UMP and a conditional UMK, sectoral minimum wages being abolished; the Constitutional Court (decision 168/PUU-XXI/2023, 31 October 2024) read Art. 88C as obliging the Governor to set a provincial sectoral minimum wage (and allowing district or city ones), required the minimum wage to consider decent living needs, and gave the legislature two years to enact a new Manpower Law. Ministerial Regulation No. 16 of 2024 set the 2025 rates; GR 49/2025 brought the four levels into the Wages Regulation for 2026 onwards.",
		"Primary for GR 49/2025 Arts. 27, 35C and II, read in the pasal.id copy of the certified copy; Art. 25(1), the alpha range of Art. 26 and Manpower Law Art. 88C as read by the Court were read in the quotations named in checked_against. Whether the new Manpower Law that the Court required by about October 2026 has been enacted, and whether it changes this regime, was not checked (in February 2026 the House of Representatives aimed at October 2026).",
	],
}
