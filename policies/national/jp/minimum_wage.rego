# Japan minimum wage regime. How the statutory minimum wage is set under the Minimum Wage
# Act (Act No. 137 of 1959, as amended by Act No. 129 of 2007): a regional minimum wage for
# every prefecture, and specific (industry) minimum wages above it. The Act's text could not
# be read in this pass (no look-ups left): the articles are cited from knowledge of the Act
# and the regime is labelled unverified. No amount is encoded.
package hrdd.national.jp

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "regional_and_sectoral",
	"set_by": "the Director of each Prefectural Labour Bureau after hearing the Local Minimum Wages Council (the Act also allows the Minister of Health, Labour and Welfare on the Central Council's advice) (Art. 10); specific (industry) minimum wages likewise, on application by workers' or employers' representatives (Art. 15)",
	"revision": "whenever the Director or Minister finds it necessary, with no interval fixed in the Act (Art. 12); in practice every year, on the Central Minimum Wages Council's guideline, with new rates from about October (practice, not law; not checked)",
	"instrument": "Minimum Wage Act (Act No. 137 of 1959)",
	"article": "Arts. 9, 10, 12, 15, 16",
	"url": "https://laws.e-gov.go.jp/law/334AC0000000137",
	# Act No. 129 of 2007, which made a regional minimum wage compulsory for every region, in
	# force 1 July 2008 (the jp pack, checked against MHLW).
	"effective_from": "2008-07-01",
	"binding": "law",
	"verification": "unverified",
	"checked_against": [{
		"url": "https://github.com/kaz-under-the-bridge/appi-related-laws/blob/9369b9937b85d727521c917f2dc8c377c6a26e20/sources/labor-standards-law/content.xml",
		"title": "Labour Standards Act Art. 28 (minimum standards of wages are governed by the Minimum Wage Act, Act No. 137 of 1959): e-Gov XML text (kaz-under-the-bridge/appi-related-laws mirror, verbatim copy)",
	}],
	"notes": [
		"Regional minimum wages must be fixed for regions covering the whole country, one for each prefecture (Art. 9(1)), having regard to workers' cost of living, wages and the ordinary ability of businesses to pay, and consistently with public assistance (Art. 9(2)-(3)). Check the rate of the site's prefecture. Amounts are not encoded.",
		"Specific (industry) minimum wages (特定最低賃金) are fixed for particular industries, mostly by prefecture, and must exceed the regional minimum wage of the place (Art. 16): check also whether the site's industry has one.",
		"Verification: the jp pack's wages.minimum_wage_paid entry records the prefectural regional minimum wages (Arts. 4(1), 9; secondary, MHLW). Who fixes the rates, how often, and the specific minimum wages were not checked against the text in this pass.",
	],
}
