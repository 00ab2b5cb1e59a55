# Korea minimum wage regime. How the statutory minimum wage is set under the Minimum Wage
# Act (Act No. 3927 of 1986): one national rate, decided every year by the Minister of
# Employment and Labor by 5 August on the tripartite Minimum Wage Commission's resolution,
# in force from 1 January of the next year. Read in a verbatim copy of the law.go.kr text
# (version promulgated 26 May 2020): "primary". No amount is encoded.
package hrdd.national.kr

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "national",
	"set_by": "the Minister of Employment and Labor, on the minimum wage proposal deliberated and resolved by the Minimum Wage Commission (Art. 8(1)), a body in the Ministry (Art. 12) of 9 members representing workers, 9 representing employers and 9 representing the public interest (Art. 14(1))",
	"revision": "every year: the Minister must decide the minimum wage by 5 August (Art. 8(1)), the Commission submitting its proposal within 90 days of the Minister's request (Art. 8(2)); once published it takes effect on 1 January of the next year, unless the Minister sets another date for a type of business (Art. 10)",
	"instrument": "Minimum Wage Act (최저임금법)",
	"article": "Arts. 4, 8, 10, 12, 14",
	"url": "https://www.law.go.kr/법령/최저임금법",
	# The first minimum wage took effect on 1 January 1988 (Addenda Arts. 1, 3 of Act No. 3927;
	# Art. 10(2)), as the kr pack records; the dates of later amendments of Arts. 8-14 were not checked.
	"effective_from": "1988-01-01",
	"binding": "law",
	"verification": "primary",
	"checked_against": [{
		"url": "https://github.com/9bow/legalize-kr/blob/f9e6cd8ad3ab76e43b4f3f81dde1fa4e58f2dd0d/kr/%EC%B5%9C%EC%A0%80%EC%9E%84%EA%B8%88%EB%B2%95/%EB%B2%95%EB%A5%A0.md",
		"title": "Minimum Wage Act, version promulgated 26 May 2020 (Act No. 17326), with its Addenda: text from law.go.kr (legalize-kr mirror, verbatim copy)",
	}],
	"notes": [
		"One rate for the whole country, fixed by the hour, day, week or month and always also stated per hour (Art. 5(1)), having regard to workers' cost of living, similar workers' wages, labour productivity and the income distribution ratio (Art. 4(1)). The Act applies to every business employing workers except those employing only relatives living together and domestic workers (Art. 3(1)), and not to seafarers under the Seafarers Act (Art. 3(2)). Amounts are not encoded.",
		"Art. 4(1) allows the rate to differ by type of business (classification by the Minister after the Commission's deliberation, Art. 4(2)); that one rate has applied to all businesses is practice, not checked. A lower rate may be set for probationers in their first 3 months on contracts of a year or more, except in simple labour jobs (Art. 5(2)); workers whose working capacity is markedly low by reason of disability may be excluded with the Minister's authorisation (Art. 7).",
		"The version read is the one promulgated on 26 May 2020; later amendments, if any, were not checked.",
	],
}
