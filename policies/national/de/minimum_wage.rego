# Germany minimum wage regime. How the statutory minimum wage is set: one national hourly
# minimum wage under the Mindestlohngesetz, adjusted by government ordinance on the proposal
# of the Minimum Wage Commission. Read in the verbatim copy of gesetze-im-internet.de
# (bundestag/gesetze, March 2022). No amount is encoded as a value.
package hrdd.national.de

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "national",
	"set_by": "The Federal Government, by ordinance without the Bundesrat's consent, making binding the adjustment proposed by the Minimum Wage Commission (Mindestlohnkommission) of employer and union representatives (MiLoG §§ 1(2), 4-5, 11).",
	"revision": "Every two years: the Commission decides on an adjustment (in the text read, first by 30 June 2016 for 1 January 2017, then every two years), guided in arrears by collectively agreed wages (§ 9(1)-(2)); the ordinance takes effect on the day the Commission names (§ 11(1)).",
	"instrument": "Mindestlohngesetz (MiLoG)",
	"article": "§§ 1, 9, 11",
	"url": "https://www.gesetze-im-internet.de/milog/",
	"effective_from": "2015-01-01",
	"binding": "law",
	"verification": "primary",
	"checked_against": [
		_copy("m/milog", "MiLoG"),
		_page("https://www.buzer.de/Mindestlohn_2026.htm", "buzer.de: Fünfte Mindestlohnanpassungsverordnung (MiLoV5) of 5 November 2025: EUR 13.90 from 1 January 2026, EUR 14.60 from 1 January 2027"),
	],
	"notes": [
		"One hourly minimum wage for all employees in Germany (§ 1(1), § 20); EUR 8.50 from 1 January 2015 (§ 1(2)); EUR 13.90 from 1 January 2026 and EUR 14.60 from 1 January 2027 (MiLoV5 § 1). Amounts are not encoded.",
		"Higher sectoral minimum wages under the Arbeitnehmer-Entsendegesetz and the Arbeitnehmerüberlassungsgesetz take precedence where they exceed it (§ 1(3)); not encoded.",
		"The text read is that of March 2022. A 2022 amending Act raised the rate by statute and moved the Commission's next decision (§§ 1(2), 9(1)); that amended wording was not read, so the dates in § 9(1) above are those of the March 2022 text. The Fifth Minimum Wage Adjustment Ordinance of 5 November 2025 (buzer.de page) shows the ordinance procedure of § 11 still in use.",
	],
}
