# METADATA
# title: ILO Indicators of Forced Labour (2012)
# description: |
#   ILO guidance (soft law) from the Special Action Programme to Combat Forced Labour
#   (SAP-FL): eleven indicators of a possible forced labour situation, based on the
#   C29 definition. Retention of identity documents is one of them. The url is the
#   ILO's publication (WCMS_203832); the booklet's text was read in a verbatim
#   transcription.
# related_resources:
#   - https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---declaration/documents/publication/wcms_203832.pdf
package hrdd.standards.ilo_forced_labour_indicators

# METADATA
# title: No retention of workers' identity documents
sources contains {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"value": true,
	"instrument": "ILO Indicators of Forced Labour (2012)",
	"article": "Indicator 'Retention of identity documents'",
	"url": "https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---declaration/documents/publication/wcms_203832.pdf",
	"binding": "soft_law",
	"verification": "primary",
	"checked_against": [
		{"url": "https://www.readkong.com/page/ilo-indicators-of-forced-labour-5101277", "title": "ILO Indicators of Forced Labour (SAP-FL booklet), verbatim page transcription (readkong)"},
		{"url": "https://respect.international/indicators-of-forced-labour/", "title": "Respect International: Indicators of Forced Labour, International Labour Organization, 2012 (summary and download)"},
	],
	"profile": "international",
	# Published in 2012; the day was not found, so the last day of 2012 is used
	# to avoid applying the value before publication.
	"effective_from": "2012-12-31",
	"notes": [
		"An indicator, not a prohibition: the ILO treats retention of identity documents as a sign that a worker may be in forced labour (C29 Art. 2(1)); a single indicator may in some cases imply forced labour.",
		"The other indicators are abuse of vulnerability, deception, restriction of movement, isolation, physical and sexual violence, intimidation and threats, withholding of wages, debt bondage, abusive working and living conditions and excessive overtime.",
	],
}
