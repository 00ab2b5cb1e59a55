# Philippines minimum wage regime. How the statutory minimum wage is set: no national rate;
# the Regional Tripartite Wages and Productivity Board of each region prescribes minimum
# wage rates for agricultural and non-agricultural employees in its region (Labor Code
# Art. 99 as amended by RA 6727, the Wage Rationalization Act). Facts as read for the pack's
# wages.minimum_wage_paid entry, in the pages named in checked_against. No amount is encoded.
package hrdd.national.ph

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "regional_and_sectoral",
	"set_by": "The Regional Tripartite Wages and Productivity Board (RTWPB) of each region, which prescribes the minimum wage rates for agricultural and non-agricultural employees and workers in its region (Art. 99, as amended by RA 6727, Sec. 3), by wage order.",
	"revision": "No interval is set in the provision read (Art. 99): each Board issues wage orders for its region; the rules on when a Board may act or a wage order may be revised (Arts. 120-124 as amended by RA 6727) were not read in this pass.",
	"instrument": "Labor Code of the Philippines (Presidential Decree No. 442, as amended), as amended by Republic Act No. 6727 (Wage Rationalization Act)",
	"article": "Art. 99, as amended by RA 6727, Sec. 3",
	"url": _og,
	# RA 6727 is dated 9 June 1989 (the pack's reading); its first day in force, after
	# publication, was not checked.
	"effective_from": "1989-06-09",
	"binding": "law",
	"verification": "secondary",
	"checked_against": _ca_minimum_wage,
	"notes": [
		"Rates differ by region and, within a region, between agricultural and non-agricultural work: check the site's region and sector. Amounts are not encoded.",
		"effective_from is the date of RA 6727 (9 June 1989), which created the regional system; the Act took effect after publication, on a day not checked. Before it, Art. 99 of P.D. 442 was already a minimum-wage article, whose earlier wording was not read.",
		"Not read in this pass: the powers of the National Wages and Productivity Commission and of the Boards (Arts. 120-127) and the wage orders in force.",
		"Unchanged as of the pages read (July 2025): the bills for a legislated across-the-board increase (P200 House, P100 Senate) lapsed with the 19th Congress in June 2025 and were refiled in the 20th, one of them (House Bill 94) proposing a single national minimum wage in place of the regional system; none was found enacted. The Boards kept setting rates by wage order (Metro Manila, P50 a day from 18 July 2025). Later developments were not checked.",
	],
}

# Pages read for the regime and for the pack's wages.minimum_wage_paid entry.
_ca_minimum_wage := [
	{"url": "https://ja.scribd.com/document/271608349/RA-6727", "title": "RA 6727 (Wage Rationalization Act, 9 June 1989), Sec. 3 amending Art. 99 (copy)"},
	{"url": "https://dsac.ecop.org.ph/guide/", "title": "Employers Confederation of the Philippines, DSAC guide: regional minimum wages (NWPC)"},
	{"url": "https://mb.com.ph/2025/07/01/20th-congress-solons-pursue-wage-hike-bills-anew", "title": "Manila Bulletin, 1 July 2025: 20th Congress solons pursue wage hike bills anew (P200 bill failed at the bicameral stage of the 19th Congress; HB 94 would abolish the regional wage system)"},
	{"url": "https://malaya.com.ph/news/national-news/p200-wage-hike-bill-refiled/", "title": "Malaya, 19 July 2025: P200 wage hike bill refiled; RTWPB-NCR approved a P50 increase effective 18 July 2025"},
]
