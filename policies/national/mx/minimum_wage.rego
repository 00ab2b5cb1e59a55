# Mexico minimum wage regime. How the statutory minimum wage is set: general minimum wages
# by geographic area (a higher rate in the Northern Border Free Zone) and professional
# minimum wages for listed occupations, fixed by the tripartite national commission
# (CONASAMI). Only the two area rates for 2026 were checked (news page named); the
# constitutional and LFT articles were not read, hence "unverified". No amount is encoded.
package hrdd.national.mx

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "regional_and_sectoral",
	"set_by": "The National Minimum Wage Commission (CONASAMI), of workers', employers' and government representatives (Const. Art. 123 A (VI); LFT Arts. 90-97 and the chapter on the Commission from Art. 551; article numbers not read in this pass).",
	"revision": "Yearly in practice, the new rates taking effect on 1 January (the 2026 rates from 1 January 2026); the LFT provision on the yearly cycle was not read in this pass.",
	"instrument": "Constitución Política de los Estados Unidos Mexicanos; Ley Federal del Trabajo (LFT)",
	"article": "Const. Art. 123 A (VI); LFT Arts. 90-97",
	"url": "https://www.diputados.gob.mx/LeyesBiblio/pdf/LFT.pdf",
	"effective_from": "1970-05-01",
	"binding": "law",
	"verification": "unverified",
	"checked_against": [{"url": "https://elpuntero.com.mx/?p=59373", "title": "El Puntero: minimum wage 2026, MXN 315.04 a day (general) and MXN 440.87 in the Northern Border Free Zone, from 1 January 2026"}],
	"notes": [
		"Checked: two general rates by area (general and Northern Border Free Zone), MXN 315.04 and MXN 440.87 a day from 1 January 2026 (El Puntero). Check the site's area. Amounts are not encoded.",
		"Not checked in this pass: the professional minimum wages by occupation (LFT Art. 91), the Commission's articles and the yearly cycle in the LFT; hence unverified.",
	],
}
