# Bangladesh minimum wage regime. How the statutory minimum wage is set under the Labour Act
# 2006 (Chapter XI): no national minimum wage; the Minimum Wage Board recommends rates for
# an industry and the Government declares them. ss. 138-140 and 149 were read in the Bangla
# text of the Act as consolidated before the 2025 Ordinance (a verbatim mirror of bdlaws);
# the Ordinance's change to the revision interval was not read. No amount is encoded: the
# garment rate of 2023 is stated in a note, dated and with the pages read.
package hrdd.national.bd

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "sectoral",
	"set_by": "When the Government considers it necessary for the workers of an industry, it directs the Minimum Wage Board (s. 138) to recommend minimum rates of wages for them, which the Board does within six months (s. 139(1)-(2)); the Government declares the rates by gazette notification (s. 140), and no employer may pay less (s. 149(1)).",
	"revision": "The rates fixed for an industry are revised every five years on the Government's direction (s. 139(6), text as consolidated before the Bangladesh Labour (Amendment) Ordinance 2025). The Ordinance, gazetted on 17 November 2025, reportedly shortened the interval to three years (Jural Acuity); that change is not stated as law here because the Ordinance's text was not read.",
	"instrument": "Bangladesh Labour Act 2006 (Act No. XLII of 2006)",
	"article": "ss. 138-149 (Ch. XI)",
	"url": _bla_url,
	"effective_from": "2006-10-11",
	"binding": "law",
	"verification": "primary",
	"checked_against": [
		_mirror,
		{"url": "https://accountabilityhub.org/provision/s-149/", "title": "Accountability Hub: Labour Act s. 149 (no employer shall pay less than the minimum wage declared under s. 140)"},
		{"url": "https://www.lawyersnjurists.com/article/the-bangladesh-labour-act-2006-chapter-xi/", "title": "Lawyers & Jurists: Labour Act Chapter XI (Minimum Wage Board, ss. 138-149) in English"},
		_jural,
		_ds_rmg,
		_tbs_rmg,
	],
	"notes": [
		"Rates differ by industry (e.g. ready-made garments): check the site's sector.",
		_rmg_note,
		"The Labour Act does not apply in export processing zones, where the EPZ Labour Act 2019 governs wages (its minimum-wage provisions were not checked).",
	],
}
