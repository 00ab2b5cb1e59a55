# METADATA
# title: ILO General Principles and Operational Guidelines for Fair Recruitment and Definition of Recruitment Fees and Related Costs
# description: |
#   ILO guidance (soft law): principles and guidelines adopted by a tripartite
#   meeting of experts in September 2016; the definition of recruitment fees and
#   related costs adopted by a tripartite meeting in November 2018 and approved for
#   publication by the Governing Body on 28 March 2019. The url is the ILO's 2019
#   publication that brings both together (WCMS_703485).
# related_resources:
#   - https://www.ilo.org/sites/default/files/wcmsp5/groups/public/@ed_protect/@protrav/@migrant/documents/publication/wcms_703485.pdf
package hrdd.standards.ilo_fair_recruitment

# METADATA
# title: No recruitment fees or related costs borne by workers
# description: Recruitment fees or related costs should not be charged to, or otherwise borne by, workers and jobseekers.
sources contains {
	"requirement": "forced_labour.no_recruitment_fees",
	"value": true,
	"instrument": "ILO Fair Recruitment Principles and Definition of Recruitment Fees",
	"article": "General Principle 7; Definition of recruitment fees and related costs",
	"url": "https://www.ilo.org/sites/default/files/wcmsp5/groups/public/@ed_protect/@protrav/@migrant/documents/publication/wcms_703485.pdf",
	"binding": "soft_law",
	"verification": "secondary",
	"checked_against": [
		{"url": "http://nytcam.com/resource/news/ilo-governing-body-approves-publication-and-dissemination-definition", "title": "ILO news release of 28 March 2019 (copy): Governing Body approves the definition; recruitment fees and related costs should not be borne by workers or jobseekers"},
		{"url": "https://www.ilo.org/hanoi/Informationresources/Publicinformation/Videos/WCMS_743685/lang--en/index.htm", "title": "ILO Office for Viet Nam: the definition recognizes that workers shall not be charged, directly or indirectly, in whole or in part, any fees or related costs for their recruitment"},
		{"url": "https://block-spaces.com/ethical-recruitment", "title": "Reproduction of the ILO general principles: principle 7, 'No recruitment fees or related costs should be charged to, or otherwise borne by, workers'"},
		{"url": "https://migrationnetwork.un.org/resources/general-principles-and-operational-guidelines-fair-recruitment-and-definition-recruitment", "title": "UN Network on Migration: listing of the 2019 ILO publication (principles and guidelines of 2016, definition of 2018)"},
	],
	"profile": "international",
	# Governing Body approval of the definition (28 March 2019, ILO news release).
	"effective_from": "2019-03-28",
	"notes": [
		"Recruitment fees or related costs are any fees or costs incurred in the recruitment process for workers to secure employment or placement, regardless of the manner, timing or location of their imposition or collection.",
		"Wording of General Principle 7 checked against a reproduction of the principles, and the principle itself against the ILO's own pages; the ILO publication (the url) was not read. The Governing Body date is from the ILO news release.",
	],
}
