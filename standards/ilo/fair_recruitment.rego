# METADATA
# title: ILO General Principles and Operational Guidelines for Fair Recruitment and Definition of Recruitment Fees and Related Costs
# description: |
#   ILO guidance (soft law): principles and guidelines adopted by a tripartite
#   meeting of experts in September 2016; the definition of recruitment fees and
#   related costs adopted by a tripartite meeting in November 2018 and approved for
#   publication by the Governing Body on 28 March 2019.
# related_resources:
#   - https://migrationnetwork.un.org/resources/general-principles-and-operational-guidelines-fair-recruitment-and-definition-recruitment
package hrdd.standards.ilo_fair_recruitment

# METADATA
# title: No recruitment fees or related costs borne by workers
# description: Recruitment fees or related costs should not be charged to, or otherwise borne by, workers and jobseekers.
sources contains {
	"requirement": "forced_labour.no_recruitment_fees",
	"value": true,
	"instrument": "ILO Fair Recruitment Principles and Definition of Recruitment Fees",
	"article": "General Principle 7; Definition of recruitment fees and related costs",
	"url": "https://migrationnetwork.un.org/resources/general-principles-and-operational-guidelines-fair-recruitment-and-definition-recruitment",
	"binding": "soft_law",
	"verification": "secondary",
	"profile": "international",
	# Governing Body approval of the definition (28 March 2019, ILO news release).
	"effective_from": "2019-03-28",
	"notes": [
		"Recruitment fees or related costs are any fees or costs incurred in the recruitment process for workers to secure employment or placement, regardless of the manner, timing or location of their imposition or collection.",
		"Wording of General Principle 7 checked against a secondary reproduction of the principles; the Governing Body date against the ILO news release.",
	],
}
