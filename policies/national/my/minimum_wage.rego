# Malaysia minimum wage regime. How the statutory minimum wage is set under the National
# Wages Consultative Council Act 2011 (Act 732): minimum wages orders made by the Minister on
# the Council's recommendation, reviewed at least every two years; the Orders of 2022 and 2024
# set one national rate. Sections read in the Bill as passed (D.R. 17/2011, Parliament of
# Malaysia, klrkdekira/BillWatcher mirror), not the Act as in force: secondary. No amount is
# encoded as a value.
package hrdd.national.my

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "national",
	"set_by": "the Minister of Human Resources by minimum wages order in the Gazette, on the recommendation of the tripartite National Wages Consultative Council as agreed or determined by the Government (ss. 22-23)",
	"revision": "at least once every two years, when the Council must review the order (s. 25(1)), and at any time of its own accord or at the Government's direction (s. 25(2))",
	"instrument": "National Wages Consultative Council Act 2011 (Act 732) and the Minimum Wages Order 2024",
	"article": "ss. 5, 22-25, 43",
	# The first order setting one rate for the whole country, the Minimum Wages Order 2022
	# (P.U. (A) 140/2022), came into force on 1 May 2022 (the my pack); the Act's own
	# commencement date was not checked.
	"url": "https://lom.agc.gov.my/",
	"effective_from": "2022-05-01",
	"binding": "law",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://www.parlimen.gov.my/files/billindex/pdf/2011/DR172011E.pdf", "title": "National Wages Consultative Council Bill 2011, D.R. 17/2011, passed 30 June 2011, cls. 5, 22-25, 43 (Parliament of Malaysia; read in the klrkdekira/BillWatcher mirror); a bill is not the Act as in force"},
		{"url": "https://anyflip.com/rxehx/tbfi/basic", "title": "Copy of the Federal Gazette P.U. (A) 140, Perintah Gaji Minimum 2022 / Minimum Wages Order 2022 (as read for the my pack)"},
		{"url": "https://thesun.my/opinion-news/pros-and-cons-of-minimum-wage-order-LH13416379", "title": "The Sun, Pros and cons of Minimum Wage Order (Order 2024: RM1,700 from 1 February 2025, 1 August 2025 for fewer than five employees) (as read for the my pack)"},
	],
	"notes": [
		"The Council has a chairman, a deputy chairman, a secretary and at least 5 members each from public officers, employees' and employers' representatives and others, appointed by the Minister (s. 5). Its recommendation covers the rates and their coverage or exclusion by sector, type of employment and regional area (s. 22(1)); if the Government disagrees, it may order a fresh recommendation and then decide itself (s. 22(2)-(4)).",
		"The Act allows rates by sector and region; the Minimum Wages Orders 2022 and 2024 set one national monthly rate (RM1,500 from 1 May 2022; RM1,700 from 1 February 2025, and from 1 August 2025 for employers with fewer than five employees), as read for the my pack and not re-read in this pass. Amounts are not encoded as values.",
		"A contractual basic wage below the order's rate is replaced by it (s. 24(2)); failing to pay it is an offence (s. 43). Enforcement officers are those of the Employment Act 1955 and the Sabah and Sarawak Labour Ordinances (s. 2).",
	],
}
