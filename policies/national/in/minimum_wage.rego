# India minimum wage regime. How the statutory minimum wage is set under the Code on Wages
# 2019 (in force 21 November 2025): rates fixed by the appropriate Government (Central or
# State), never below the floor wage fixed by the Central Government. Read in the verbatim
# text of the Gazette PDF named in checked_against (ss. 5, 6, 9); s. 8 (revision) was not
# read. No amount is encoded.
package hrdd.national.in

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "regional",
	"set_by": "The appropriate Government, Central or State, fixes the minimum rates of wages by notification (s. 6); they may not be below the floor wage fixed by the Central Government (s. 9). No employer may pay less than the notified rate (s. 5).",
	"revision": "By notification of the appropriate Government; the review interval that s. 8 sets was not read in this pass, so no interval is stated here.",
	"instrument": "Code on Wages 2019 (Act No. 29 of 2019)",
	"article": "ss. 5, 6, 9",
	"url": _wages_url,
	"effective_from": _codes_from,
	"binding": "law",
	"verification": "primary",
	"checked_against": [_wages_text],
	"notes": [
		"Rates therefore differ by State (and the Central Government sets its own for establishments for which it is the appropriate Government): check the site's State. Amounts, and the floor wage, are not encoded.",
		"Before 21 November 2025 the Minimum Wages Act 1948 applied (rates fixed by the appropriate Government for scheduled employments); that regime is not encoded, and the 1948 Act was not re-read in this pass.",
		"Not read in this pass: s. 8 (procedure and interval for fixing and revising rates) and the factors s. 6 lists (skill, geographical area); they are not encoded.",
	],
}
