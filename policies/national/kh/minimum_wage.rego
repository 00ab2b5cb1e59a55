# Cambodia minimum wage regime. How the statutory minimum wage is set: the guaranteed
# minimum wage of the Labour Law is fixed by Prakas of the Ministry of Labour and Vocational
# Training, and the only rates the pages read show are for the textile, garment, footwear,
# travel goods and bag industries. The Law on Minimum Wage 2018 (tripartite National Council
# on Minimum Wage) was not read. Facts as read for the pack's wages.minimum_wage_paid entry,
# in the pages named in checked_against. No amount is encoded.
package hrdd.national.kh

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "sectoral",
	"set_by": "The Ministry of Labour and Vocational Training, by Prakas (Labour Law Art. 107): in practice for the textile, garment, footwear, travel goods and bag industries; the Law on Minimum Wage 2018 set up a tripartite National Council on Minimum Wage (not read).",
	"revision": "In practice yearly: the National Council for Minimum Wage votes in September, the Prime Minister has added to its figure, and a Prakas fixes the rate for the next calendar year from 1 January (2025: US$208; 2026: US$210, Prakas No. 214 of 17 September 2025); the interval the Law on Minimum Wage 2018 may set was not read, so none is stated as law here.",
	"instrument": "Labour Law 1997 (Kram CS/RKM/0397/01)",
	"article": "Arts. 104-105, 107",
	"url": _mlvt,
	"effective_from": "1997-03-13",
	"binding": "law",
	"verification": "secondary",
	"checked_against": _ca_minimum_wage,
	"notes": [
		"Wages must be at least the guaranteed minimum wage (Art. 104), which must ensure a decent standard of living; agreements below it are void (Art. 105). Art. 107 lets the Prakas vary the rate by region but not by profession.",
		"The minimum wage in force applies to the textile, garment, footwear, travel goods and bag industries: check whether the site is in them. No rate for other sectors was found in the pages read (not checked further). Amounts are not encoded.",
		"The Law on Minimum Wage 2018 (National Council on Minimum Wage) was not read; its scope and procedure are not encoded.",
		"Rate for 2026 in the textile, garment, footwear, travel goods and bag sectors: US$210 a month from 1 January 2026, set by Prakas No. 214 of 17 September 2025 after the Council's final meeting of 17 September 2025 (Open Development Mekong record of the Prakas; press); US$208 in 2025. Benefits (attendance, transport and rent, seniority) come on top. Not encoded as an amount.",
	],
}

# Pages read for the regime and for the pack's wages.minimum_wage_paid entry.
_ca_minimum_wage := [_ca_ch6, _ca_wi_wages, _ca_gmac, _ca_gm_2025, _ca_odm_214, _ca_wage_2026]
