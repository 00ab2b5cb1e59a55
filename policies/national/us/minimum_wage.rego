# United States minimum wage regime (federal law only). How the statutory minimum wage is
# set: one federal hourly minimum wage fixed in the FLSA itself, changed only by Act of
# Congress; States and localities may set higher rates. No amount is encoded as a value.
package hrdd.national.us

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "national",
	"set_by": "Congress, by amending the rate written into FLSA s. 6(a) (most recently the Fair Minimum Wage Act of 2007, in three steps to USD 7.25 from 24 July 2009).",
	"revision": "No periodic revision or indexation: the rate changes only when Congress amends the Act.",
	"instrument": "Fair Labor Standards Act of 1938 (29 U.S.C. 201 ff.)",
	"article": "s. 6(a), 29 U.S.C. 206(a)",
	"url": "https://www.law.cornell.edu/uscode/text/29/206",
	"effective_from": "1938-10-24",
	"binding": "law",
	"verification": "secondary",
	"checked_against": [
		_page("https://www.louisianalawblog.com/labor-and-employment-law/final-increase-to-federal-minimum-wage-in-effect-pursuant-to-the-fair-minimum-wage-act-of-2007/", "Louisiana Law Blog: USD 7.25 from 24 July 2009, the third step of the Fair Minimum Wage Act of 2007; history of the federal rate"),
		_page("http://www.jjkeller.com/learn/fair-labor-standards-act-flsa-faqs", "J. J. Keller FLSA FAQs: federal minimum wage USD 7.25 since 24 July 2009; many States and localities set their own; covered employees receive the higher rate"),
	],
	"notes": [
		"Federal minimum wage USD 7.25 an hour since 24 July 2009 (not encoded). Many States and cities set higher minimum wages, and the higher rate applies (FLSA s. 18, not read); not encoded.",
		"Federal contractors are subject to higher executive-order minimum wages (29 C.F.R. Part 23); not encoded.",
	],
}
