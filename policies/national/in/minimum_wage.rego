# India minimum wage regime. How the statutory minimum wage is set under the Code on Wages
# 2019 (in force 21 November 2025): rates fixed by the appropriate Government (Central or
# State), never below the floor wage fixed by the Central Government. No amount is encoded.
package hrdd.national.in

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "regional",
	"set_by": "The appropriate Government, Central or State, fixes the minimum rates of wages by notification (s. 6); they may not be below the floor wage fixed by the Central Government (s. 9). No employer may pay less than the notified rate (s. 5).",
	"revision": "By notification of the appropriate Government; the revision interval and procedure (s. 8) were not re-checked in this pass.",
	"instrument": "Code on Wages 2019 (Act No. 29 of 2019)",
	"article": "ss. 5, 6, 9",
	"url": _wages_url,
	"effective_from": _codes_from,
	"binding": "law",
	"verification": "primary",
	"checked_against": [_wages_text],
	"notes": [
		"Rates therefore differ by State (and the Central Government sets its own for establishments for which it is the appropriate Government): check the site's State. Amounts are not encoded.",
		"Before 21 November 2025 the Minimum Wages Act 1948 applied (rates fixed by the appropriate Government for scheduled employments); not encoded.",
	],
}
