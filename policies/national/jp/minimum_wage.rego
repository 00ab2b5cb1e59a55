# Japan minimum wage regime. How the statutory minimum wage is set under the Minimum Wage
# Act (Act No. 137 of 1959, as amended by Act No. 129 of 2007): a regional minimum wage for
# every prefecture, and specific (industry) minimum wages above it. Arts. 3, 4, 6, 15 and 16
# were read verbatim (a law database copy and an MHLW Labour Bureau page), Arts. 9, 10 and 12
# only as quoted or summarised in the secondary pages named in checked_against, hence
# "secondary". No amount is encoded.
package hrdd.national.jp

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "regional_and_sectoral",
	"set_by": "the Director of each Prefectural Labour Bureau (or the Minister of Health, Labour and Welfare), after study and deliberation by the Local (or Central) Minimum Wages Council of workers', employers' and public-interest members (Art. 10(1)); specific (industry) minimum wages likewise, on application by the parties concerned (workers' or employers' representatives) (Art. 15)",
	"revision": "whenever the Director or Minister finds it necessary, with no interval fixed in the Act (Art. 12); in practice every year: the Councils review the rates each summer and the new rates take effect prefecture by prefecture from about October (practice, not law)",
	"instrument": "Minimum Wage Act (Act No. 137 of 1959)",
	"article": "Arts. 3, 4, 6, 9, 10, 12, 15, 16",
	"url": "https://laws.e-gov.go.jp/law/334AC0000000137",
	# Act No. 129 of 2007, which made a regional minimum wage compulsory for every region, in
	# force 1 July 2008 (the jp pack, checked against MHLW).
	"effective_from": "2008-07-01",
	"binding": "law",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://wageindicator.org/salary/minimum-wage/japan/japan-minimum-wage-frequently-asked-questions", "title": "WageIndicator: Japan minimum wage FAQ (Minimum Wages Act No. 137 of 1959; 47 regional minimum wages and specific minimum wages set on application of interested parties; Art. 10(1) quoted: the Minister or the Director of the Prefectural Labour Bureau decides regional minimum wages after study and deliberation by the Central or Local Minimum Wage Council)"},
		{"url": "https://wageindicator.org/labour-laws/labour-law-around-the-world/minimum-wages-regulations/minimum-wages-regulations-japan", "title": "WageIndicator: minimum wages regulations in Japan (regional minimum wages for every region, having regard to workers' living expenses, wages and ordinary businesses' ability to pay; tripartite councils)"},
		{"url": "https://www.jil.go.jp/english/archives/emm/2007/no.85/85_si.html", "title": "JILPT (2007): the statutory minimum wage is reviewed every summer by a council of labour and management and revised in October each year"},
		{"url": "http://financedocbox.com/Retirement_Planning/77137689-A-new-departure-in-the-japanese-minimum-wage-legislation.html", "title": "H. Nakakubo, 'A New Departure in the Japanese Minimum Wage Legislation' (Japan Labor Review): the 2007 revision puts the prefectures' regional minimum wages at the core, consistent with public assistance; specified minimum wages without criminal sanction"},
		{"url": "https://f-navigation.net/2019/04/05/minimum-wages-law", "title": "Minimum Wages Law summary: employer to pay at least the minimum wage, lower contractual wage void (Art. 4); where regional and specified minimum wages both apply, the higher one (Art. 6)"},
		{"url": "https://iuris.jp/最低賃金法-第十五条-特定最低賃金の決定等/jpn/a/7088", "title": "iuris.jp law database: Minimum Wage Act Art. 15 (as amended by Act No. 68 of 2022), verbatim: workers' or employers' representatives may apply to the Minister or the Prefectural Labour Bureau Director for a specific minimum wage for a business or occupation, decided after the Minimum Wages Council's study and deliberation"},
		{"url": "https://iuris.jp/最低賃金法-第二章-最低賃金/jpn/c/298", "title": "iuris.jp law database: Minimum Wage Act Chapter II, verbatim: the minimum wage is fixed by the hour (Art. 3); duty to pay it, lower contractual wage void (Art. 4); where two or more minimum wages apply, the highest (Art. 6)"},
		{"url": "https://jsite.mhlw.go.jp/hyogo-roudoukyoku/hourei_seido_tetsuzuki/chingin_kanairoudou/saiteichingin/about_specific_mw.html", "title": "Hyogo Labour Bureau (MHLW): specific (industry) minimum wages under Art. 15(1), which must exceed the regional minimum wage of the place (Art. 16, quoted)"},
		{"url": "https://www.kougisrsemi.com/労働一般/最低賃金法/", "title": "Study notes on the Minimum Wage Act, by article: regional minimum wage principle (Art. 9), decision (Art. 10), revision and abolition (Arts. 12, 14); specific minimum wages (Arts. 15, 16)"},
	],
	"notes": [
		"Regional minimum wages must be fixed for regions covering the whole country, one for each prefecture (Art. 9(1)), having regard to workers' cost of living, wages and the ordinary ability of businesses to pay, and consistently with public assistance (Art. 9(2)-(3)). Check the rate of the site's prefecture. Amounts are not encoded.",
		"Specific (industry) minimum wages (特定最低賃金) are fixed for particular industries, mostly by prefecture, above the regional minimum wage of the place (Art. 16); where both apply the higher one is due (Art. 6). Unlike the regional minimum wage, paying less than a specific minimum wage carries no criminal penalty under the Act (Nakakubo). Check also whether the site's industry has one.",
		"Verification: Arts. 3, 4, 6, 15 and 16 were read verbatim (iuris.jp copy; the MHLW Hyogo Labour Bureau quoting Art. 16); Art. 10(1) as quoted by WageIndicator; the numbers and subjects of Arts. 9 and 12 from the article-by-article study notes; the yearly practice from JILPT. The minimum wage is fixed by the hour (Art. 3).",
	],
}
