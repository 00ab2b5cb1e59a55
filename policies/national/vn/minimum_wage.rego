# Viet Nam minimum wage regime. How the statutory minimum wage is set under the Labour Code
# 2019 (Arts. 91-92): regional monthly and hourly minimum wages, decided by the Government by
# decree on the National Wage Council's recommendation; for 2026, Decree No. 293/2025/ND-CP
# (four regions). Read in the verbatim copy of the Bo phap dien (official codification,
# topic 20.2 Lao dong, July 2026). No amount is encoded as a value.
package hrdd.national.vn

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "regional",
	"set_by": "the Government by decree, on the recommendation of the tripartite National Wage Council (Labour Code Arts. 91(4), 92; Decree No. 145/2020/ND-CP Arts. 49-51)",
	"revision": "with no interval fixed in the Code (Art. 91(3) lists the factors); each year the National Wage Council negotiates and recommends an adjustment (Decree No. 145/2020/ND-CP Art. 50(4)), and the Government decides it by decree",
	"instrument": "Labour Code No. 45/2019/QH14",
	"article": "Arts. 90(2), 91, 92; Decree No. 145/2020/ND-CP Arts. 49-51; Decree No. 293/2025/ND-CP Arts. 3-4",
	"url": "https://vbpl.vn/",
	# Labour Code in force 1 January 2021; Decree No. 293/2025/ND-CP (10 November 2025) in force 1 January 2026.
	"effective_from": "2021-01-01",
	"binding": "law",
	"verification": "primary",
	"checked_against": [{
		"url": "https://github.com/diepxuan/diepxuan.github.io/blob/fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048/van-ban/lao-dong/lao-dong.md",
		"title": "Verbatim copy of the Bo phap dien topic 20.2 Lao dong: Labour Code Arts. 90-92, Decree No. 145/2020/ND-CP Arts. 49-51 and Decree No. 293/2025/ND-CP Arts. 1-4 (read 2026)",
	}],
	"notes": [
		"Minimum wages are set by region, per month and per hour (Art. 91(2)); the wage for the job or title may not be lower (Art. 90(2)). Decree No. 293/2025/ND-CP of 10 November 2025, in force 1 January 2026, sets four regions listed by locality in its Appendix: VND 5,310,000 a month and 25,500 an hour (Region I), 4,730,000 and 22,700 (II), 4,140,000 and 20,000 (III), 3,700,000 and 17,800 (IV) (Art. 3(1)). Check the region of the site's locality. Amounts are not encoded as values.",
		"The rate is that of the area where the employer, or its unit or branch, operates; in an industrial park, export processing zone, high-tech zone or digital technology zone spanning areas with different rates, the highest applies (Decree No. 293/2025/ND-CP Art. 3(3)). Weekly, daily, piece-rate and lump-sum pay converted to a month or an hour may not fall below the monthly or hourly rate (Art. 4(3)).",
		"The National Wage Council has 17 members: 5 from the labour ministry, 5 from the Viet Nam General Confederation of Labour, 5 from central employers' organisations and 2 independent experts (Decree No. 145/2020/ND-CP Art. 51(1)). The codification copy read dates from July 2026; a decree for 2027 wages, if any, was not checked.",
	],
}
