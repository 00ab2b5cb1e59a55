# METADATA
# title: ILO Hours of Work (Commerce and Offices) Convention, 1930 (No. 30)
# description: Technical convention; binds only ratifying States, but sets the international benchmark of 48 hours a week and eight a day for commerce and offices.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C030
package hrdd.standards.ilo_c030

_notes := [
	"Applies to commercial or trading establishments (including postal, telegraph and telephone services), to establishments and administrative services mainly engaged in office work, and to mixed commercial and industrial establishments not deemed industrial, public or private (Art. 1(1), read in the authentic English text as reprinted for the New Zealand House of Representatives, 1931).",
	"The 48/8 limits are confirmed by ILO summaries; the article number follows the ILO Committee of Experts (CEACR), which heads its comments on the daily and weekly limits 'Article 2 of Convention No. 1 and Articles 3 and 4 of Convention No. 30' and treats Art. 4 as the variable distribution of hours. The text of Art. 3 itself was not read: the reprint of the authentic text was read only up to Art. 1, and no copy of Art. 3 was found in session 12.",
	"The Convention allows the weekly hours to be redistributed and temporary exceptions; those provisions were not checked and are not encoded.",
]

_base := {
	"instrument": "ILO C30",
	"instrument_code": "C30",
	"instrument_title": "Hours of Work (Commerce and Offices) Convention, 1930 (No. 30)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C030",
	"binding": "convention",
	"profile": "international",
	"verification": "secondary",
	"checked_against": [
		{"url": "http://ilo.org/dyn/normlex/en/f?p=1000%3A13101%3A0%3A%3ANO%3A13101%3AP13101_COMMENT_ID%3A2232090", "title": "CEACR direct request (2023) on C1 and C30: 'Article 2 of Convention No. 1 and Articles 3 and 4 of Convention No. 30. Daily and weekly limits on hours of work' (NORMLEX)"},
		{"url": "https://wwwex.ilo.org/dyn/f?p=1000%3A13101%3A0%3A%3ANO%3A13101%3AP13101_COMMENT_ID%3A4292697", "title": "CEACR direct request (2022): 'Article 2(b) of Convention No. 1 and Article 4 of Convention No. 30. Variable distribution of hours of work' (NORMLEX)"},
		{"url": "https://prake.org/labour-law/work-and-wages/work-hours-and-overtime", "title": "Prake: under ILO Conventions 1 and 30 normal hours should not exceed 48 a week and 8 a day"},
		{"url": "https://paperspast.natlib.govt.nz/parliamentary/appendix-to-the-journals-of-the-house-of-representatives/1931/I-II/103?large_image=true", "title": "Appendix to the Journals of the House of Representatives (New Zealand), 1931, I-II, p. 103: Draft Convention concerning the regulation of hours of work in commerce and offices, true copy of the authenticated text (Papers Past); preamble and Art. 1 read, not Art. 3"},
	],
	"article": "Art. 3",
	"notes": _notes,
	# Entry into force of the convention (29 August 1933, NORMLEX text header as
	# copied on scribd.com/document/547241865).
	"effective_from": "1933-08-29",
}

# METADATA
# title: Eight hours a day
sources contains object.union(_base, {"requirement": "working_hours.regular_daily_max", "value": 8})

# METADATA
# title: Forty-eight hours a week
sources contains object.union(_base, {"requirement": "working_hours.regular_weekly_max", "value": 48})
