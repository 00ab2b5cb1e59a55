# METADATA
# title: Requirement catalogue
# description: |
#   Every requirement hrdd checks: a stable dotted id, how values compare (kind),
#   the unit and the severity (UNGP 14/24: scale, scope, irremediability).
#   Ids are stable: add new ones, never rename.
package hrdd.catalogue

# METADATA
# title: Requirements by id
# description: kind is one of floor, ceiling, required, includes, scope.
requirements := {
	# Labour standards: practices of policies, sites and suppliers.
	"child_labour.minimum_age": {"kind": "floor", "unit": "years", "severity": "severe", "title": "Minimum age for employment"},
	"child_labour.hazardous_work_minimum_age": {"kind": "floor", "unit": "years", "severity": "severe", "title": "Minimum age for hazardous work"},
	"forced_labour.no_recruitment_fees": {"kind": "required", "unit": "", "severity": "severe", "title": "No recruitment fees charged to workers"},
	"forced_labour.no_retention_of_identity_documents": {"kind": "required", "unit": "", "severity": "severe", "title": "No retention of workers' identity documents"},
	"forced_labour.free_to_resign": {"kind": "required", "unit": "", "severity": "severe", "title": "Workers free to resign"},
	"working_hours.regular_daily_max": {"kind": "ceiling", "unit": "hours/day", "severity": "medium", "title": "Maximum regular hours per day"},
	"working_hours.regular_weekly_max": {"kind": "ceiling", "unit": "hours/week", "severity": "high", "title": "Maximum regular hours per week"},
	"working_hours.total_weekly_max": {"kind": "ceiling", "unit": "hours/week", "severity": "high", "title": "Maximum total hours per week, overtime included"},
	"working_hours.overtime_voluntary": {"kind": "required", "unit": "", "severity": "high", "title": "Overtime is voluntary"},
	"working_hours.overtime_premium_min_percent": {"kind": "floor", "unit": "% of base rate", "severity": "medium", "title": "Minimum overtime pay rate"},
	"rest.weekly_rest_min_hours": {"kind": "floor", "unit": "consecutive hours per 7 days", "severity": "high", "title": "Minimum weekly rest"},
	"leave.annual_paid_min_days": {"kind": "floor", "unit": "working days (5-day week)", "severity": "medium", "title": "Minimum annual paid leave"},
	"maternity.leave_min_weeks": {"kind": "floor", "unit": "weeks", "severity": "high", "title": "Minimum maternity leave"},
	"maternity.cash_benefit_min_percent": {"kind": "floor", "unit": "% of earnings", "severity": "medium", "title": "Minimum maternity cash benefit"},
	"wages.minimum_wage_paid": {"kind": "required", "unit": "", "severity": "high", "title": "Statutory minimum wage paid"},
	"wages.living_wage": {"kind": "required", "unit": "", "severity": "medium", "title": "Living wage paid"},
	"non_discrimination.grounds": {"kind": "includes", "unit": "grounds", "severity": "high", "title": "Prohibited grounds of discrimination"},
	"equal_pay.equal_value": {"kind": "required", "unit": "", "severity": "high", "title": "Equal pay for work of equal value"},
	"freedom_of_association.right_to_organise": {"kind": "required", "unit": "", "severity": "high", "title": "Right to organise"},
	"freedom_of_association.collective_bargaining": {"kind": "required", "unit": "", "severity": "high", "title": "Right to collective bargaining"},
	"health_safety.right_to_remove_from_danger": {"kind": "required", "unit": "", "severity": "severe", "title": "Right to remove oneself from serious danger"},
	"health_safety.free_protective_equipment": {"kind": "required", "unit": "", "severity": "high", "title": "Protective equipment free of charge"},
	"health_safety.worker_participation": {"kind": "required", "unit": "", "severity": "medium", "title": "Worker participation in health and safety"},
	"harassment.policy": {"kind": "required", "unit": "", "severity": "high", "title": "Workplace violence and harassment policy"},
	# Due-diligence process, evaluated for the company as a whole.
	"due_diligence.policy_commitment": {"kind": "required", "unit": "", "severity": "high", "title": "Human-rights policy commitment"},
	"due_diligence.senior_level_approval": {"kind": "required", "unit": "", "severity": "medium", "title": "Policy approved at the most senior level"},
	"due_diligence.policy_public": {"kind": "required", "unit": "", "severity": "medium", "title": "Policy publicly available"},
	"due_diligence.scope_tiers": {"kind": "scope", "unit": "supplier tiers", "severity": "high", "title": "Due diligence reaches indirect business partners"},
	"due_diligence.stakeholders": {"kind": "includes", "unit": "stakeholder groups", "severity": "high", "title": "Stakeholders engaged in due diligence"},
	"due_diligence.risk_assessment_interval_months": {"kind": "ceiling", "unit": "months", "severity": "medium", "title": "Maximum interval between risk assessments"},
	"due_diligence.grievance_mechanism": {"kind": "required", "unit": "", "severity": "high", "title": "Operational-level grievance mechanism"},
	"due_diligence.grievance_open_to": {"kind": "includes", "unit": "user groups", "severity": "high", "title": "Who may use the grievance mechanism"},
	"due_diligence.grievance_criteria": {"kind": "includes", "unit": "UNGP 31 criteria", "severity": "medium", "title": "Grievance mechanism effectiveness criteria"},
	"due_diligence.remediation": {"kind": "required", "unit": "", "severity": "high", "title": "Remediation of adverse impacts"},
	"due_diligence.effectiveness_tracking": {"kind": "required", "unit": "", "severity": "medium", "title": "Tracking the effectiveness of responses"},
	"due_diligence.public_reporting": {"kind": "required", "unit": "", "severity": "medium", "title": "Public reporting on due diligence"},
	"due_diligence.international_standards_precedence": {"kind": "required", "unit": "", "severity": "high", "title": "International standards followed where domestic law is weaker"},
	# Additions beyond the core set.
	"supplier_code.applies_to_tiers": {"kind": "scope", "unit": "supplier tiers", "severity": "high", "title": "Supplier code reaches indirect suppliers"},
	"child_labour.night_work_minimum_age": {"kind": "floor", "unit": "years", "severity": "severe", "title": "Minimum age for night work"},
	"maternity.no_pregnancy_testing": {"kind": "required", "unit": "", "severity": "high", "title": "No pregnancy test required of job applicants"},
	"maternity.compulsory_postnatal_weeks": {"kind": "floor", "unit": "weeks after childbirth", "severity": "high", "title": "Compulsory leave after childbirth"},
	"wages.paid_regularly": {"kind": "required", "unit": "", "severity": "medium", "title": "Wages paid regularly"},
	"wages.deductions_only_as_prescribed": {"kind": "required", "unit": "", "severity": "medium", "title": "Wage deductions only as prescribed by law or collective agreement"},
	"wages.no_disciplinary_deductions": {"kind": "required", "unit": "", "severity": "medium", "title": "No deductions from wages as a disciplinary measure"},
	"wages.no_deductions_for_obtaining_employment": {"kind": "required", "unit": "", "severity": "high", "title": "No wage deductions to pay for getting or keeping a job"},
	# Hours: a normal-hours figure is a limit (regular_*_max) where work beyond
	# it is lawful only on a condition paying cannot meet (the worker's consent,
	# an agreement with the workers, a permit, exceptional circumstances), as
	# under ILO C1. Where paying the premium is all it takes (US FLSA s. 7(a),
	# France's duree legale), it is only an overtime pay threshold. The limits
	# on hours are then the overtime and total-hours caps.
	"working_hours.overtime_pay_threshold_weekly": {"kind": "ceiling", "unit": "hours/week", "severity": "medium", "title": "Weekly hours after which overtime pay is due"},
	"working_hours.overtime_pay_threshold_daily": {"kind": "ceiling", "unit": "hours/day", "severity": "medium", "title": "Daily hours after which overtime pay is due"},
	"working_hours.overtime_daily_max": {"kind": "ceiling", "unit": "hours/day", "severity": "high", "title": "Maximum overtime per day"},
	"working_hours.overtime_weekly_max": {"kind": "ceiling", "unit": "hours/week", "severity": "high", "title": "Maximum overtime per week"},
	"working_hours.overtime_monthly_max": {"kind": "ceiling", "unit": "hours/month", "severity": "high", "title": "Maximum overtime per month"},
	"working_hours.overtime_yearly_max": {"kind": "ceiling", "unit": "hours/year", "severity": "high", "title": "Maximum overtime per year"},
	# Raised by the engine, not by a pack: a site, supplier or policy in a
	# country with no national rules in hrdd (its domestic side is not checked).
	"national_rules.available": {"kind": "required", "unit": "", "severity": "medium", "title": "National rules available in hrdd for the country"},
	"working_hours.total_daily_max": {"kind": "ceiling", "unit": "hours/day", "severity": "high", "title": "Maximum total hours per day, overtime included"},
}

# METADATA
# title: Closed vocabularies
# description: |
#   The values an includes requirement may hold, in packs and in documents
#   alike (the JSON Schema enumerates them). One word per concept: a pack maps
#   its statute's wording to these.
vocabularies := {
	"non_discrimination.grounds": {
		"race", "colour", "sex", "religion", "political_opinion", "national_extraction", "social_origin",
		"age", "disability", "sexual_orientation", "gender_identity", "pregnancy", "maternity",
		"marital_status", "family_status", "family_responsibilities", "nationality", "ethnic_origin",
		"caste", "language", "creed", "social_status", "union_membership", "health_status", "hiv_status",
		"genetic_information", "migration_status", "physical_appearance", "place_of_residence", "surname",
		"morals", "economic_vulnerability", "loss_of_autonomy", "bank_domiciliation", "elected_office",
		"whistleblower_status", "property", "birth", "employment_status",
	},
	"due_diligence.stakeholders": {
		"trade_unions", "workers_representatives", "affected_workers", "affected_communities",
		"civil_society", "human_rights_defenders", "indigenous_peoples", "consumers", "investors",
		"business_partners", "experts", "public_authorities",
	},
	"due_diligence.grievance_open_to": {
		"own_workers", "supplier_workers", "communities", "trade_unions", "civil_society", "anyone",
	},
	"due_diligence.grievance_criteria": {
		"legitimate", "accessible", "predictable", "equitable", "transparent",
		"rights_compatible", "continuous_learning", "engagement_and_dialogue",
	},
}

# METADATA
# title: Sectors
# description: |
#   The words a document's site or supplier `sector` and a pack's sector
#   conditions are written in, so that the two meet. Each word names an ISIC
#   Rev.4 division or group where one fits (UN Statistics Division,
#   https://unstats.un.org/unsd/classifications/Econ/isic); a few words name
#   what a statute lists that ISIC does not single out. Aliases are other
#   spellings a document may use; the engine reads a word case-insensitively,
#   with spaces and hyphens as underscores. Packs write the words only, and a
#   pack condition names every word its statute's category covers. A document
#   word that is neither a word nor an alias leaves sector conditions unknown.
sectors := {
	"agriculture": {"title": "Crop and animal production", "isic": "01", "aliases": ["farming", "plantation", "plantations", "crops", "livestock"]},
	"forestry": {"title": "Forestry and logging", "isic": "02", "aliases": ["logging"]},
	"fishing": {"title": "Fishing and aquaculture", "isic": "03", "aliases": ["fisheries", "fishery", "aquaculture"]},
	"mining": {"title": "Mining of coal, metal ores, crude petroleum and natural gas, and mining support", "isic": "05, 06, 07, 09", "aliases": ["mines"]},
	"quarrying": {"title": "Quarrying of stone, sand and clay, and other mining except salt", "isic": "08 (not 0893)", "aliases": []},
	"salt": {"title": "Extraction and production of salt", "isic": "0893", "aliases": ["salt_production"]},
	"food_processing": {"title": "Manufacture of food products", "isic": "10", "aliases": ["food", "food_manufacturing", "food_products"]},
	"agricultural_processing": {"title": "Processing of agricultural products (a category of Viet Nam's Labour Code Art. 107(3))", "isic": "", "aliases": ["agro_processing"]},
	"forestry_processing": {"title": "Processing of forestry products (a category of Viet Nam's Labour Code Art. 107(3))", "isic": "", "aliases": []},
	"seafood_processing": {"title": "Processing and preserving of fish, crustaceans and molluscs", "isic": "102", "aliases": ["fishery_processing", "fish_processing"]},
	"beverages": {"title": "Manufacture of beverages", "isic": "11", "aliases": []},
	"tobacco": {"title": "Manufacture of tobacco products", "isic": "12", "aliases": []},
	"textiles": {"title": "Manufacture of textiles", "isic": "13", "aliases": ["textile", "spinning", "weaving", "fabrics"]},
	"apparel": {"title": "Manufacture of wearing apparel", "isic": "14", "aliases": ["garments", "garment", "clothing", "garment_manufacturing", "apparel_manufacturing"]},
	"leather": {"title": "Tanning and dressing of leather; luggage, handbags and saddlery", "isic": "151", "aliases": ["leather_goods", "tanning"]},
	"footwear": {"title": "Manufacture of footwear", "isic": "152", "aliases": ["shoes"]},
	"wood_products": {"title": "Manufacture of wood and of products of wood and cork, except furniture", "isic": "16", "aliases": ["wood", "timber", "sawmilling"]},
	"paper": {"title": "Manufacture of paper and paper products", "isic": "17", "aliases": ["pulp_and_paper"]},
	"printing": {"title": "Printing and reproduction of recorded media", "isic": "18", "aliases": []},
	"oil_refining": {"title": "Manufacture of coke and refined petroleum products", "isic": "19", "aliases": ["petroleum_refining", "refining"]},
	"chemicals": {"title": "Manufacture of chemicals and chemical products", "isic": "20", "aliases": ["chemical", "chemical_manufacturing"]},
	"pharmaceuticals": {"title": "Manufacture of pharmaceuticals", "isic": "21", "aliases": ["pharmaceutical", "pharma"]},
	"rubber_and_plastics": {"title": "Manufacture of rubber and plastics products", "isic": "22", "aliases": ["rubber", "plastics", "plastic_products"]},
	"non_metallic_minerals": {"title": "Manufacture of other non-metallic mineral products", "isic": "23", "aliases": ["cement", "glass", "ceramics"]},
	"basic_metals": {"title": "Manufacture of basic metals", "isic": "24", "aliases": ["steel", "iron_and_steel", "metallurgy"]},
	"metal_products": {"title": "Manufacture of fabricated metal products, except machinery and equipment", "isic": "25", "aliases": ["fabricated_metal_products", "metalworking"]},
	"electronics": {"title": "Manufacture of computer, electronic and optical products", "isic": "26", "aliases": ["electronic_products", "electronic_components", "semiconductors"]},
	"electrical_equipment": {"title": "Manufacture of electrical equipment", "isic": "27", "aliases": []},
	"machinery": {"title": "Manufacture of machinery and equipment n.e.c.", "isic": "28", "aliases": ["machinery_and_equipment"]},
	"automotive": {"title": "Manufacture of motor vehicles, trailers and semi-trailers, and their parts", "isic": "29", "aliases": ["motor_vehicles", "auto_parts", "automotive_parts"]},
	"shipbuilding": {"title": "Building of ships and boats", "isic": "301", "aliases": ["boatbuilding"]},
	"transport_equipment": {"title": "Manufacture of other transport equipment, except ships and boats", "isic": "30 (not 301)", "aliases": ["aerospace", "railway_equipment"]},
	"furniture": {"title": "Manufacture of furniture", "isic": "31", "aliases": []},
	"other_manufacturing": {"title": "Other manufacturing (jewellery, musical instruments, sports goods, games and toys, medical instruments)", "isic": "32", "aliases": ["toys", "jewellery", "jewelry", "sports_goods"]},
	"electricity": {"title": "Electricity, gas, steam and air conditioning supply", "isic": "35", "aliases": ["power", "power_generation"]},
	"water_supply": {"title": "Water collection, treatment and supply", "isic": "36", "aliases": []},
	"drainage": {"title": "Sewerage", "isic": "37", "aliases": ["sewerage", "wastewater"]},
	"waste_management": {"title": "Waste collection, treatment and disposal; recovery; remediation", "isic": "38, 39", "aliases": ["waste", "recycling"]},
	"construction": {"title": "Construction", "isic": "41, 42, 43", "aliases": []},
	"commerce": {"title": "Wholesale and retail trade, not told apart", "isic": "45, 46, 47", "aliases": ["trade"]},
	"wholesale": {"title": "Wholesale trade", "isic": "46", "aliases": []},
	"retail": {"title": "Retail trade", "isic": "47", "aliases": ["retail_trade", "shops"]},
	"transport": {"title": "Land, water and air transport", "isic": "49, 50, 51", "aliases": ["transportation", "logistics", "trucking"]},
	"warehousing": {"title": "Warehousing and support activities for transportation", "isic": "52", "aliases": ["storage", "warehouse"]},
	"hospitality": {"title": "Accommodation", "isic": "55", "aliases": ["accommodation", "hotel", "hotels"]},
	"food_service": {"title": "Food and beverage service activities", "isic": "56", "aliases": ["restaurant", "restaurants", "catering"]},
	"publishing": {"title": "Publishing, film, broadcasting", "isic": "58, 59, 60", "aliases": ["media"]},
	"telecommunications": {"title": "Telecommunications", "isic": "61", "aliases": ["telecom", "telecoms"]},
	"information_technology": {"title": "Computer programming, consultancy and information services", "isic": "62, 63", "aliases": ["software", "it_services", "information_services"]},
	"finance": {"title": "Financial and insurance activities", "isic": "64, 65, 66", "aliases": ["banking", "banks", "financial_services", "insurance"]},
	"real_estate": {"title": "Real estate activities", "isic": "68", "aliases": []},
	"professional_services": {"title": "Professional, scientific and technical activities", "isic": "69-75", "aliases": ["legal_services", "accounting", "consulting"]},
	"rental": {"title": "Rental and leasing activities", "isic": "77", "aliases": ["leasing"]},
	"business_services": {"title": "Administrative and support service activities (employment agencies, security, cleaning, call centres)", "isic": "78-82", "aliases": ["business_support", "outsourcing", "call_centres", "security_services", "cleaning"]},
	"public_administration": {"title": "Public administration and defence", "isic": "84", "aliases": []},
	"education": {"title": "Education", "isic": "85", "aliases": []},
	"healthcare": {"title": "Human health activities", "isic": "86", "aliases": ["health", "hospital", "hospitals", "clinic", "clinics", "medical"]},
	"social_welfare": {"title": "Residential care and social work", "isic": "87, 88", "aliases": ["social_work", "nursing_care"]},
	"entertainment": {"title": "Arts, entertainment and recreation", "isic": "90-93", "aliases": ["leisure", "recreation", "cinema", "theatre", "theater"]},
	"hairdressing_and_beauty": {"title": "Hairdressing and other beauty treatment", "isic": "9602", "aliases": ["hairdressing", "beauty", "barber", "salon"]},
	"baths": {"title": "Public baths and similar (part of other personal service activities)", "isic": "9609", "aliases": ["bathhouse", "bathhouses", "sauna"]},
	"domestic_work": {"title": "Activities of households as employers of domestic personnel", "isic": "97", "aliases": ["domestic_services", "domestic_workers"]},
}

# METADATA
# title: Sector groups
# description: |
#   Broad words a document may use for a sector (an ISIC Rev.4 section): the
#   sector is then one of the group's words, unknown which. A condition on
#   the sector holds or fails for it only when it does for every word of the
#   group; otherwise it stays unknown and a finer word is asked for.
sector_groups := {
	"manufacturing": {
		"title": "Manufacturing (ISIC Rev.4 section C)",
		"isic": "C (10-33)",
		"aliases": ["manufacture", "factory", "factories", "industrial_manufacturing"],
		"words": [
			"food_processing", "agricultural_processing", "forestry_processing", "seafood_processing",
			"beverages", "tobacco", "textiles", "apparel", "leather", "footwear", "wood_products", "paper",
			"printing", "oil_refining", "chemicals", "pharmaceuticals", "rubber_and_plastics",
			"non_metallic_minerals", "basic_metals", "metal_products", "electronics", "electrical_equipment",
			"machinery", "automotive", "shipbuilding", "transport_equipment", "furniture", "other_manufacturing",
		],
	},
	"agriculture_forestry_fishing": {
		"title": "Agriculture, forestry and fishing (ISIC Rev.4 section A)",
		"isic": "A (01-03)",
		"aliases": ["primary_production"],
		"words": ["agriculture", "forestry", "fishing"],
	},
	"mining_and_quarrying": {
		"title": "Mining and quarrying (ISIC Rev.4 section B)",
		"isic": "B (05-09)",
		"aliases": ["extractives", "extractive_industries"],
		"words": ["mining", "quarrying", "salt"],
	},
	"utilities": {
		"title": "Electricity, gas, water supply, sewerage and waste (ISIC Rev.4 sections D and E)",
		"isic": "D, E (35-39)",
		"aliases": [],
		"words": ["electricity", "water_supply", "drainage", "waste_management"],
	},
	"transport_and_storage": {
		"title": "Transportation and storage (ISIC Rev.4 section H, without postal activities)",
		"isic": "H (49-52)",
		"aliases": [],
		"words": ["transport", "warehousing"],
	},
	"information_and_communication": {
		"title": "Information and communication (ISIC Rev.4 section J)",
		"isic": "J (58-63)",
		"aliases": ["ict"],
		"words": ["publishing", "telecommunications", "information_technology"],
	},
	"health_and_social_work": {
		"title": "Human health and social work (ISIC Rev.4 section Q)",
		"isic": "Q (86-88)",
		"aliases": [],
		"words": ["healthcare", "social_welfare"],
	},
}

# METADATA
# title: Groups of workers
# description: |
#   The groups of workers a condition may name (worker_groups) for a rule that
#   protects only some workers of a workplace, e.g. a ban on keeping the
#   passports of foreign workers. The document never says which workers a
#   practice concerns, so such a value is only possible for a site or
#   supplier ("may also be below the law"), and a policy is held to it.
worker_groups := {
	"nationals": "Citizens of the country",
	"foreign_workers": "Workers who are not citizens of the country",
	"technical_intern_trainees": "Foreign nationals in Japan's Technical Intern Training Programme",
}

# METADATA
# title: Kinds
# description: The five ways values compare; Go owns the ordering of each.
kinds := {"floor", "ceiling", "required", "includes", "scope"}

# METADATA
# title: Severities, most severe first
severities := ["severe", "high", "medium", "low"]

# METADATA
# title: Requirements the engine raises itself
engine_level := {"national_rules.available"}

# METADATA
# title: Company-level requirements
# description: |
#   Process requirements evaluated once for the company as a whole, against the
#   international instruments and the due-diligence laws that apply to it.
company_level := {id |
	some id, _ in requirements
	startswith(id, "due_diligence.")
} | {"supplier_code.applies_to_tiers"}
