# METADATA
# title: ILO Protection of Wages Convention, 1949 (No. 95)
# description: Technical convention; binds only ratifying States.
# related_resources:
#   - https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C095
package hrdd.standards.ilo_c095

_base := {
	"instrument": "ILO C95",
	"instrument_code": "C95",
	"instrument_title": "Protection of Wages Convention, 1949 (No. 95)",
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C095",
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
