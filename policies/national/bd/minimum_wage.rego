# Bangladesh minimum wage regime. How the statutory minimum wage is set under the Labour Act
# 2006 (Chapter XI): no national minimum wage; the Minimum Wage Board recommends rates for
# an industry and the Government declares them. Checked against the English pages named;
# the review interval, which the 2025 Ordinance reportedly changed, was not checked. No
# amount is encoded.
package hrdd.national.bd

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "sectoral",
	"set_by": "The Minimum Wage Board (ss. 138-139) recommends minimum rates of wages for workers of an industry; the Government declares them by gazette notification (s. 140), and no employer may pay less (s. 149).",
	"revision": "The Board reviews the rates of an industry periodically; the interval in s. 139 (five years as enacted; three years after the Bangladesh Labour (Amendment) Ordinance 2025 according to a commentary cited in the research notes) was not checked in this pass, so none is stated as law here.",
	"instrument": "Bangladesh Labour Act 2006 (Act No. XLII of 2006)",
	"article": "ss. 138-149 (Ch. XI)",
	"url": _bla_url,
	"effective_from": "2006-10-11",
	"binding": "law",
	"verification": "secondary",
	"checked_against": [
		{"url": "https://accountabilityhub.org/provision/s-149/", "title": "Accountability Hub: Labour Act s. 149 (no employer shall pay less than the minimum wage declared under s. 140)"},
		{"url": "https://www.lawyersnjurists.com/article/the-bangladesh-labour-act-2006-chapter-xi/", "title": "Lawyers & Jurists: Labour Act Chapter XI (Minimum Wage Board, ss. 138-149) in English"},
	],
	"notes": [
		"Rates differ by industry (e.g. ready-made garments): check the site's sector. Amounts are not encoded.",
		"The Labour Act does not apply in export processing zones, where the EPZ Labour Act 2019 governs wages (its minimum-wage provisions were not checked).",
	],
}
