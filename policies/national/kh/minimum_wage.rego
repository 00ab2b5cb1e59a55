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
	"revision": "In practice a Prakas fixes the rate for a calendar year (e.g. a 2021 Prakas for 2022, GMAC); the interval the Law on Minimum Wage 2018 may set was not read, so none is stated as law here.",
	"instrument": "Labour Law 1997 (Kram CS/RKM/0397/01)",
	"article": "Arts. 104-105, 107",
	"url": _mlvt,
	"effective_from": "1997-03-13",
	"binding": "law",
	"verification": "secondary",
	"checked_against": [_ca_ch6, _ca_wi_wages, _ca_gmac],
	"notes": [
		"Wages must be at least the guaranteed minimum wage (Art. 104), which must ensure a decent standard of living; agreements below it are void (Art. 105). Art. 107 lets the Prakas vary the rate by region but not by profession.",
		"The minimum wage in force applies to the textile, garment, footwear, travel goods and bag industries: check whether the site is in them. No rate for other sectors was found in the pages read (not checked further). Amounts are not encoded.",
		"The Law on Minimum Wage 2018 (National Council on Minimum Wage) was not read; its scope and procedure are not encoded.",
	],
}
