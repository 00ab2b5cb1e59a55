# METADATA
# title: ILO Holidays with Pay Convention (Revised), 1970 (No. 132)
# description: Technical convention; binds only ratifying States.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C132
package hrdd.standards.ilo_c132

_base := {
	"instrument": "ILO C132",
	"instrument_code": "C132",
	"instrument_title": "Holidays with Pay Convention (Revised), 1970 (No. 132)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C132",
	"binding": "convention",
	"profile": "international",
	# Entry into force of the convention (30 June 1973, NORMLEX ratifications page;
	# the ILOLEX copy at the ITC-ILO gives the same date).
	"checked_against": [
		{"url": "https://droit-bilingue.ch/de-fr/0.8/0.82/0.822.723.2-3-6.html", "title": "ILO C132 Art. 3, authentic French text as published in the Swiss Classified Compilation (SR 0.822.723.2), verbatim copy (droit-bilingue.ch)"},
		{"url": "https://actrav-courses.itcilo.org/library/international-labour-standard/conventions/condition_work/C132_Holidays_with_Pay_1970.htm/view", "title": "ILO C132, ILOLEX English text (ITC-ILO ACTRAV library copy)"},
		{"url": "https://wikimili.com/en/Holidays_with_Pay_Convention_(Revised),_1970", "title": "Holidays with Pay Convention (Revised), 1970: Art. 3 'shall in no case be less than three working weeks for one year of service' (Wikipedia copy)"},
	],
	"effective_from": "1973-06-30",
}

# METADATA
# title: Three working weeks of annual paid holiday
# description: |
#   In no case less than three working weeks for one year of service (Art. 3(3)): the
#   Convention counts in working weeks, the catalogue in working days on a five-day
#   week, so the value is 3 x 5 = 15 and `statute` keeps the Convention's own figure.
#   Checked against the authentic French text of Art. 3(3) ("trois semaines de
#   travail pour une année de service", Swiss Classified Compilation) and the
#   English wording as quoted in reference works.
sources contains object.union(_base, {
	"requirement": "leave.annual_paid_min_days",
	"value": 15,
	"article": "Art. 3(3)",
	"verification": "primary",
	"statute": {"value": 3, "unit": "working weeks", "conversion": "x 5 working days (5-day week)"},
	"notes": [
		"Conversion: three working weeks = 15 working days on a five-day week (18 on a six-day week).",
		"Qualifying period: a minimum period of service may be required for entitlement, but it shall not exceed six months (Art. 5).",
		"Public and customary holidays do not count towards the minimum (Art. 6(1)).",
	],
	"exceptions": [
		{"article": "Art. 4", "text": "A person with less than a year of service is entitled to a holiday proportionate to the length of service."},
		{"article": "Art. 5", "text": "A minimum period of service may be required for entitlement, not exceeding six months."},
	],
})
