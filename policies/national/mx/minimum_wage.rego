# Mexico minimum wage regime. How the statutory minimum wage is set: general minimum wages
# by geographic area (today two areas, one of them the Northern Border Free Zone) and
# professional minimum wages for listed occupations, fixed every year by the tripartite
# National Minimum Wage Commission (CONASAMI). Constitution Art. 123 A (VI) and LFT Arts.
# 90-97 and 551-574 read in copies of the official texts (named in checked_against):
# "primary". No amount is encoded.
package hrdd.national.mx

# METADATA
# title: Minimum wage regime
minimum_wage_regime := {
	"level": "regional_and_sectoral",
	"set_by": "The National Minimum Wage Commission (CONASAMI), of workers', employers' and government representatives (Const. Art. 123 A (VI); LFT Arts. 94, 95), with a President named by the President of the Republic, a Council of Representatives and a Technical Directorate (Arts. 551-552); its Council of Representatives fixes the general and professional minimum wages (Art. 557 (VIII)) and the geographic areas in which they apply (Arts. 96, 557 (III)).",
	"revision": "Every year: the Council of Representatives fixes the minimum wages by resolution in December, before the last working day, published in the DOF by 31 December (Art. 571), and they take effect on 1 January of the next year (Art. 570); they may be revised during the year when economic circumstances justify it, at the request of the Labour Secretary or of unions or employers representing 51 % of unionised workers (Arts. 570, 573); the yearly fixing or revision may never be below the inflation observed (Art. 90).",
	"instrument": "Constitución Política de los Estados Unidos Mexicanos; Ley Federal del Trabajo (LFT)",
	"article": "Const. Art. 123 A (VI); LFT Arts. 90-97, 551-574",
	"url": "https://www.diputados.gob.mx/LeyesBiblio/pdf/LFT.pdf",
	"effective_from": "1970-05-01",
	"binding": "law",
	"verification": "primary",
	"checked_against": [
		{"url": "https://github.com/tepachelabs/mitrabajo/blob/e903f62831512c6528413435d0f9f0553b7b1ab1/public/ley-federal-del-trabajo.pdf", "title": "Consolidated LFT, Cámara de Diputados PDF 'Última Reforma DOF 27-12-2022' (copy of diputados.gob.mx/LeyesBiblio/pdf/LFT.pdf, verbatim copy): Arts. 90-97 (minimum wage; general and professional; National Commission; geographic areas) and 551-574 (the Commission; yearly fixing and revision)"},
		{"url": "https://github.com/ceyusa/constitucion-mexicana/blob/e06dea5e7fd085d387dff2e03029b924787d5e1e/CPEUM/123.rst", "title": "Constitution Art. 123 A (VI), text as amended to 2024 (constitucion-mexicana, one commit per DOF reform; verbatim copy): general minimum wages in the geographic areas determined, professional ones for branches and occupations, fixed by a national tripartite commission"},
		{"url": "https://elpuntero.com.mx/?p=59373", "title": "El Puntero: minimum wage 2026, MXN 315.04 a day (general) and MXN 440.87 in the Northern Border Free Zone, from 1 January 2026"},
		{"url": "https://github.com/tepachelabs/mitrabajo/blob/e903f62831512c6528413435d0f9f0553b7b1ab1/_posts/que-es-el-salario-minimo.md", "title": "Mi Trabajo: the minimum wage is fixed every year by CONASAMI; the Northern Border Free Zone area and its municipalities"},
	],
	"notes": [
		"General minimum wages apply to all workers of the geographic area(s) determined, whatever their branch or occupation (Arts. 91, 92); professional minimum wages apply to the branches of activity, professions, trades or special work determined, within one or more areas (Art. 93). The areas are groups of municipalities, not necessarily adjoining, fixed by the Commission (Art. 96). Check the site's area (Northern Border Free Zone or the rest of the country) and whether the worker's occupation has a professional minimum wage.",
		"Rates from 1 January 2026 (El Puntero; the CONASAMI resolution in the DOF was not read): MXN 315.04 a day (general) and MXN 440.87 a day in the Northern Border Free Zone. Amounts are not encoded.",
		"The minimum wage may not be compensated, discounted or reduced save for court-ordered maintenance, housing rent (at most 10 %) and INFONAVIT loans (Art. 97); the Constitution exempts it from attachment, compensation or deduction (Art. 123 A (VIII)).",
		"Dates: the LFT has provided for general and professional minimum wages fixed by tripartite commissions since it came into force on 1 May 1970; the present wording of Arts. 91-96 and 570-574 (one National Commission, geographic areas, yearly fixing) results from reforms published in the DOF on 30 September 1974, 31 December 1982 and 21 January 1988, and the inflation floor of Art. 90 from a later reform (as the consolidated text annotates); their dates of entry into force were not checked.",
	],
}
