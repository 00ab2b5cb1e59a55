# Thailand minimum wage regime. How the statutory minimum wage is set under the Labour
# Protection Act B.E. 2541 (ss. 78-90): the tripartite Wage Committee fixes the rates, which
# may differ by locality and by business or occupation, and the Cabinet has its notification
# published in the Government Gazette. Read in the copy of the Council of State's
# consolidated text as amended up to Act No. 7 B.E. 2562. No amount is encoded.
package hrdd.national.th

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "regional",
	"set_by": "the tripartite Wage Committee (s. 78), whose notification of minimum wage rates is put to the Cabinet for publication in the Government Gazette (ss. 79(3), 88)",
	"revision": "whenever the Wage Committee decides, with no interval fixed in the Act, weighing the cost-of-living index, inflation, the standard of living, production costs, prices, business capacity, labour productivity, GDP and economic and social conditions (s. 87)",
	"instrument": "Labour Protection Act B.E. 2541 (1998), as amended",
	"article": "ss. 78, 79, 82, 84, 87-90",
	"url": "https://www.krisdika.go.th/",
	# s. 87 as amended by Act No. 6 B.E. 2560, in force 1 September 2017; ss. 79, 82, 84, 88-90 as
	# amended by Act No. 3 B.E. 2551 (in force 28 February 2008).
	"effective_from": "2017-09-01",
	"binding": "law",
	"verification": "primary",
	"checked_against": [{
		"url": "https://github.com/PyThaiNLP/thai-law/blob/917f291f0d35490ab2fb8c01d0e4715dcf93449c/data/last/law/22/642571.txt",
		"title": "Copy of the Council of State's consolidated Thai text of the Labour Protection Act B.E. 2541 as amended up to Act No. 7 B.E. 2562, ss. 78-90 (PyThaiNLP thai-law dataset, from krisdika.go.th)",
	}],
	"notes": [
		"The Wage Committee: the Permanent Secretary of Labour as chair, 4 government and 5 employer and 5 employee representatives appointed by the Cabinet (s. 78). A meeting fixing rates needs two-thirds of the members, with at least 2 from each side, and a two-thirds vote (s. 82); the Committee may appoint sub-committees (s. 84).",
		"A rate may be fixed for any business, work or occupation and any locality (s. 87); the rates vary by province (the th pack, Siam Legal): check the rate of the site's province and any rate for its business. Skill-standard wages fixed by occupation (s. 79(4)) bind likewise. Once a notification is in force, employers may not pay less and must post it at the workplace (s. 90). Amounts are not encoded.",
		"Acts No. 8 and No. 9 (B.E. 2568) were not read for these sections.",
	],
}
