# Korea minimum wage regime. How the statutory minimum wage is set under the Minimum Wage
# Act (Act No. 3927 of 1986): one national rate, decided every year on the Minimum Wage
# Commission's proposal and in force from 1 January. The Act's text could not be re-read in
# this pass (no look-ups left): the regime restates the kr pack's reading (Arts. 3(1), 8,
# 10(2)) with details from knowledge of the Act, and is labelled unverified. No amount is encoded.
package hrdd.national.kr

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "national",
	"set_by": "the Minister of Employment and Labor, on the proposal of the tripartite Minimum Wage Commission (workers', employers' and public-interest members) (Arts. 8, 12, 14)",
	"revision": "every year: the rate for the next year is decided by 5 August (Art. 8(1)) and takes effect on 1 January (Art. 10(2))",
	"instrument": "Minimum Wage Act (최저임금법)",
	"article": "Arts. 4, 8, 10, 12, 14",
	"url": "https://www.law.go.kr/법령/최저임금법",
	# The first minimum wage took effect on 1 January 1988 (Addenda Arts. 1, 3 of Act No. 3927;
	# Art. 10(2)), as the kr pack records; the dates of later amendments of Arts. 8-14 were not checked.
	"effective_from": "1988-01-01",
	"binding": "law",
	"verification": "unverified",
	"checked_against": [],
	"notes": [
		"One rate for the whole country, per hour, applying to every business employing workers except those employing only relatives living together and domestic workers (Art. 3(1)). Art. 4(1) lets the rate differ by type of business; a single rate applies to all (practice, not checked). Amounts are not encoded.",
		"Verification: the kr pack's wages.minimum_wage_paid entry records, from a reading of the Act, a single national minimum wage decided each year on the Minimum Wage Commission's proposal (Art. 8), in force from 1 January of the next year (Art. 10(2)). The Minister's role, the 5 August deadline and the Commission's make-up were not re-read in this pass.",
	],
}
