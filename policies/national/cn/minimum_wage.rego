# China minimum wage regime. How the statutory minimum wage is set under the Labour Law
# (Art. 48): no national rate; each province, autonomous region and municipality fixes its
# own and reports it to the State Council. Arts. 48-49 read in the LawRefBook/Laws copy of
# the National Database of Laws and Regulations (April 2025). The Provisions on Minimum
# Wages 2004 were not read. No amount is encoded.
package hrdd.national.cn

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "regional",
	"set_by": "the people's governments of the provinces, autonomous regions and municipalities directly under the central government, which report the rates to the State Council for the record (Art. 48)",
	"revision": "with no interval fixed in the Labour Law, which lists the factors for setting and adjusting the rates (Art. 49); at least once every two years under the Provisions on Minimum Wages 2004 (as the cn pack records; the Provisions were not read)",
	"instrument": "Labour Law of the People's Republic of China (1994, as amended 2009 and 2018)",
	"article": "Arts. 48, 49",
	"url": "https://flk.npc.gov.cn/",
	# Art. 107: in force 1 January 1995; Arts. 48-49 as read in the text as amended on 29 December 2018.
	"effective_from": "1995-01-01",
	"binding": "law",
	"verification": "primary",
	"checked_against": [{
		"url": "https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/社会法/劳动法(2018-12-29).md",
		"title": "Labour Law as amended 29 December 2018, Arts. 48-49: text of the National Database of Laws and Regulations (LawRefBook/Laws copy, April 2025 snapshot, verbatim)",
	}],
	"notes": [
		"The State applies a minimum wage guarantee system; the specific standards are fixed by the provincial-level governments and reported to the State Council, and employers may not pay less than the local minimum wage (Art. 48). Factors: the minimum living costs of workers and their dependants, the average wage, labour productivity, employment and regional differences in development (Art. 49).",
		"Check the rate of the site's province, and of its city or county where the province sets tiers (practice, not checked). Under the Provisions on Minimum Wages 2004 (MOLSS Order No. 21) there is a monthly rate for full-time and an hourly rate for part-time workers (not read in this pass). Amounts are not encoded.",
	],
}
