# METADATA
# title: ILO Maternity Protection Convention, 2000 (No. 183)
# description: Technical convention; binds only ratifying States.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C183
package hrdd.standards.ilo_c183

_scope_exception := {"article": "Art. 2(2)", "text": "After consultation, limited categories of workers may be wholly or partly excluded where application would raise special problems of a substantial nature."}

# The article text was read in the English authentic text published in the Dutch
# treaty database (Tractatenbank), in a verbatim copy: the statengeneraal/laws-markdown
# mirror on GitHub. NORMLEX stays the url.
_text := [{"url": "https://github.com/statengeneraal/laws-markdown/blob/e35413668f521d2db52f658516fc7afe49092d18/verdrag/verdrag/betreffende/de/bescherming/van/het/moederschap/2000/BWBV0003153/README.md", "title": "ILO C183, English authentic text from the Dutch treaty database (verbatim copy, statengeneraal/laws-markdown mirror)"}]

_base := {
	"instrument": "ILO C183",
	"instrument_code": "C183",
	"instrument_title": "Maternity Protection Convention, 2000 (No. 183)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C183",
	"checked_against": _text,
	"binding": "convention",
	"profile": "international",
	# Entry into force of the convention (7 February 2002).
	"effective_from": "2002-02-07",
}

# Units: Art. 4 counts in weeks, as the catalogue does (maternity.leave_min_weeks,
# maternity.compulsory_postnatal_weeks), so no `statute` is needed. The cash benefit
# is a fraction (two-thirds) of the same earnings the catalogue counts in per cent.

# METADATA
# title: Fourteen weeks of maternity leave
sources contains object.union(_base, {
	"requirement": "maternity.leave_min_weeks",
	"value": 14,
	"article": "Art. 4(1)",
	"verification": "primary",
	"notes": ["Includes a period of six weeks' compulsory leave after childbirth, unless otherwise agreed nationally by the government and the representative organisations of employers and workers (Art. 4(4))."],
	"exceptions": [_scope_exception],
})

# METADATA
# title: Cash benefit of at least two-thirds of previous earnings
# description: Where benefits are based on previous earnings, not less than two-thirds of the woman's previous earnings (66.67 %).
sources contains object.union(_base, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 66.67,
	"article": "Art. 6(3)",
	"verification": "primary",
	"notes": [
		"Two-thirds is encoded as 66.67 % of previous earnings.",
		"Benefits are provided through compulsory social insurance or public funds; the employer is not individually liable for their direct cost without its specific agreement, save national exceptions (Art. 6(8)).",
	],
	"exceptions": [
		_scope_exception,
		{"article": "Art. 7(1)", "text": "A Member whose economy and social security system are insufficiently developed may pay benefits at a rate no lower than that payable for sickness or temporary disability under national law."},
	],
})

# METADATA
# title: No pregnancy test for job applicants
# description: Measures against maternity discrimination include a prohibition from requiring a test for pregnancy or a certificate of such a test when a woman is applying for employment (Art. 9(2)).
sources contains object.union(_base, {
	"requirement": "maternity.no_pregnancy_testing",
	"value": true,
	"article": "Art. 9(2)",
	"verification": "primary",
	"notes": ["Art. 9(1): maternity shall not be a source of discrimination in employment, including access to employment."],
	"exceptions": [
		_scope_exception,
		{"article": "Art. 9(2)(a)-(b)", "text": "Where national laws or regulations require it for work that is prohibited or restricted for pregnant or nursing women, or where there is a recognized or significant risk to the health of the woman and child."},
	],
})

# METADATA
# title: Six weeks' compulsory leave after childbirth
sources contains object.union(_base, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"value": 6,
	"article": "Art. 4(4)",
	"verification": "primary",
	"notes": ["Part of the 14 weeks of maternity leave (Art. 4(1)); the prenatal portion is extended by any delay in childbirth without reducing the compulsory postnatal portion (Art. 4(5))."],
	"exceptions": [
		_scope_exception,
		{"article": "Art. 4(4)", "text": "Unless otherwise agreed at the national level by the government and the representative organizations of employers and workers."},
	],
})
