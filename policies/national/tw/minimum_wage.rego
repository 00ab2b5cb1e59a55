# Taiwan minimum wage regime. How the statutory minimum wage is set: one national monthly and hourly minimum wage
# under the Minimum Wage Act (in force 1 January 2024), which replaced the basic wage of
# Labor Standards Act Art. 21. Read in the Laws & Regulations Database open data (update
# of 11 October 2024, kong0107/mojLawSplitJSON mirror). No amount is encoded.
package hrdd.national.tw

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "national",
	"set_by": "The Ministry of Labor, on review by the Minimum Wage Deliberation Committee (21 members: ministers' delegates, 7 labour and 7 employer representatives, 4 experts), with the Executive Yuan's approval (Minimum Wage Act Arts. 6-7, 13).",
	"revision": "Yearly: the committee meets in the third quarter, taking the rise of the consumer price index as the basis (Arts. 9-10); the approved wage takes effect on 1 January of the next year unless another date is approved (Art. 14).",
	"instrument": "Minimum Wage Act (最低工資法)",
	"article": "Arts. 3-7, 9-10, 13-15",
	"url": _en("N0030028"),
	# Promulgated 27 December 2023; in force 1 January 2024 by Executive Yuan order of 29 December 2023.
	"effective_from": "2024-01-01",
	"binding": "law",
	"verification": "primary",
	"checked_against": _moj("N0030028", "Minimum Wage Act"),
	"notes": [
		"A monthly and an hourly minimum wage (Art. 4), binding for workers covered by the Labor Standards Act (Art. 3); a lower agreed wage is replaced by it (Art. 5).",
		"Until the first minimum wage was announced, the basic wage fixed under Labor Standards Act Art. 21 (Basic Wage Deliberation Committee, Executive Yuan approval) stayed in force, and the first minimum wage could not be lower (Art. 15). Amounts are not encoded.",
	],
}
