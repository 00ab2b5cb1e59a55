# METADATA
# title: ILO Indicators of Forced Labour (2012)
# description: |
#   ILO guidance (soft law) from the Special Action Programme to Combat Forced Labour:
#   eleven indicators of a possible forced labour situation, based on the C29
#   definition. Retention of identity documents is one of them.
# related_resources:
#   - https://respect.international/indicators-of-forced-labour/
package hrdd.standards.ilo_forced_labour_indicators

# METADATA
# title: No retention of workers' identity documents
sources contains {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"value": true,
	"instrument": "ILO Indicators of Forced Labour (2012)",
	"article": "Indicator 'Retention of identity documents'",
	"url": "https://respect.international/indicators-of-forced-labour/",
	"binding": "soft_law",
	"verification": "secondary",
	"profile": "international",
	# Published in 2012; the day was not found, so the last day of 2012 is used
	# to avoid applying the value before publication.
	"effective_from": "2012-12-31",
	"notes": [
		"An indicator, not a prohibition: the ILO treats retention of identity documents as a sign that a worker may be in forced labour (C29 Art. 2(1)); a single indicator may in some cases imply forced labour.",
		"The other indicators are abuse of vulnerability, deception, restriction of movement, isolation, physical and sexual violence, intimidation and threats, withholding of wages, debt bondage, abusive working and living conditions and excessive overtime.",
	],
}
