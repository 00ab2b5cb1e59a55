# METADATA
# title: ILO Protection of Wages Convention, 1949 (No. 95)
# description: Technical convention; binds only ratifying States.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C095
package hrdd.standards.ilo_c095

# The article text was read in the English authentic text published in the Dutch
# treaty database (Tractatenbank), in a verbatim copy: the statengeneraal/laws-markdown
# mirror on GitHub. NORMLEX stays the url.
_text := [{"url": "https://github.com/statengeneraal/laws-markdown/blob/5734de9f401f04648c562050006c2917bf4ec5c5/verdrag/international/labour/conference/BWBV0005519/README.md", "title": "ILO C95, English authentic text from the Dutch treaty database (verbatim copy, statengeneraal/laws-markdown mirror)"}]

_base := {
	"instrument": "ILO C95",
	"instrument_code": "C95",
	"instrument_title": "Protection of Wages Convention, 1949 (No. 95)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C095",
	"checked_against": _text,
	"binding": "convention",
	"profile": "international",
	# Entry into force of the convention (24 September 1952).
	"effective_from": "1952-09-24",
}

# METADATA
# title: No deductions to pay for getting or keeping a job
# description: Any deduction from wages to pay, directly or indirectly, an employer, its representative or an intermediary (labour contractor or recruiter) for obtaining or retaining employment is prohibited.
sources contains object.union(_base, {
	"requirement": "forced_labour.no_recruitment_fees",
	"value": true,
	"article": "Art. 9",
	"verification": "primary",
	"notes": ["Art. 9 bans fees recovered through wage deductions; the general ban on charging workers fees is in C181 Art. 7 and the ILO definition of recruitment fees (2019)."],
})

_categories_exception := {"article": "Art. 2(2)", "text": "After consultation, the competent authority may exclude categories of persons not employed in manual labour, or employed in domestic service or similar work, where applying the provision would be inappropriate."}

# METADATA
# title: Wage deductions only as prescribed
# description: |
#   Deductions from wages are permitted only under conditions and to the extent
#   prescribed by national laws or regulations or fixed by collective agreement or
#   arbitration award (Art. 8(1)). The Convention sets no list of its own: a policy of
#   deducting only as national law (or the collective agreement) allows meets it, so
#   the value defers to national law.
sources contains object.union(_base, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "Art. 8(1)",
	"verification": "primary",
	"defers_to_national_law": true,
	"notes": [
		"Workers are informed of the conditions under which and the extent to which deductions may be made (Art. 8(2)).",
		"C95 does not itself prohibit disciplinary deductions; it leaves them to national law and collective agreements.",
	],
	"exceptions": [_categories_exception],
})

# METADATA
# title: No deductions to pay for getting or keeping a job
# description: |
#   Any deduction from wages to pay, directly or indirectly, an employer, its
#   representative or an intermediary (labour contractor or recruiter) for obtaining
#   or retaining employment is prohibited (Art. 9). An absolute ban: it does not
#   defer to national law.
sources contains object.union(_base, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"value": true,
	"article": "Art. 9",
	"verification": "primary",
	"exceptions": [_categories_exception],
})

# METADATA
# title: Wages paid regularly
# description: |
#   Wages shall be paid regularly; except where other appropriate arrangements exist
#   which ensure payment at regular intervals, the intervals are prescribed by national
#   laws or regulations or fixed by collective agreement or arbitration award
#   (Art. 12(1)). The duty to pay regularly is the Convention's own, but what
#   "regularly" means (the interval) is left to national law: paying at the intervals
#   national law prescribes meets it, so the value defers to national law. Where
#   national law prescribes no interval, a "local_law" policy commits to nothing.
sources contains object.union(_base, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "Art. 12(1)",
	"verification": "primary",
	"defers_to_national_law": true,
	"notes": [
		"The intervals for payment are prescribed by national laws or regulations or fixed by collective agreement or arbitration award (Art. 12(1)).",
		"On termination, all wages due are settled under national law, collective agreement or award, or otherwise within a reasonable time (Art. 12(2)).",
	],
	"exceptions": [_categories_exception],
})
