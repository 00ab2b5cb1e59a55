# Bangladesh minimum wage regime. How the statutory minimum wage is set under the Labour Act
# 2006 (Chapter XI): no national minimum wage; the Minimum Wage Board recommends rates for
# an industry and the Government declares them. No amount is encoded.
package hrdd.national.bd

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "sectoral",
	"set_by": "The Minimum Wage Board (ss. 138-139) recommends minimum rates of wages for workers of an industry; the Government declares them by gazette notification (s. 140), and no employer may pay less (s. 149).",
	"revision": "The rates are reviewed periodically by the Board; the interval (five years under the Act, reportedly three after the 2025 Ordinance) was not re-checked in this pass.",
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
		"Rates differ by industry (e.g. ready-made garments): check the site's sector. In export processing zones the EPZ authority fixes wages under the EPZ Labour Act 2019 (not checked). Amounts are not encoded.",
	],
}
