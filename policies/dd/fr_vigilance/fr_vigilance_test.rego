package hrdd.dd.fr_vigilance_test

import data.hrdd.dd.fr_vigilance

_sa(fr, world) := {"name": "X", "headquarters": "FR", "legal_form": "SA", "employees": world, "employees_by_country": {"FR": fr}}

_in(company) := {"as_of": "2024-06-01", "company": company}

test_france_threshold_edge if {
	fr_vigilance.applicability.status == "applies" with input as _in(_sa(5000, 6000))
	fr_vigilance.applicability.status == "not_applicable" with input as _in(_sa(4999, 6000))
}

test_world_threshold_edge if {
	fr_vigilance.applicability.status == "applies" with input as _in(_sa(100, 10000))
	fr_vigilance.applicability.status == "not_applicable" with input as _in(_sa(100, 9999))
}

test_sas_and_sca_and_se_covered if {
	fr_vigilance.applicability.status == "applies" with input as _in(object.union(_sa(6000, 6000), {"legal_form": "SAS"}))
	fr_vigilance.applicability.status == "applies" with input as _in(object.union(_sa(6000, 6000), {"legal_form": "sca"}))
	fr_vigilance.applicability.status == "applies" with input as _in(object.union(_sa(6000, 6000), {"legal_form": "SE"}))
}

test_sarl_not_covered if {
	fr_vigilance.applicability.status == "not_applicable" with input as _in(object.union(_sa(6000, 6000), {"legal_form": "SARL"}))
}

test_missing_legal_form_is_unknown if {
	r := fr_vigilance.applicability with input as _in({"name": "X", "headquarters": "FR", "employees_by_country": {"FR": 6000}})
	r.status == "unknown"
	contains(r.reason, "company.legal_form")
}

test_missing_world_headcount_is_unknown if {
	r := fr_vigilance.applicability with input as _in({"name": "X", "headquarters": "FR", "legal_form": "SA", "employees_by_country": {"FR": 4000}})
	r.status == "unknown"
	contains(r.reason, "company.employees")
}

test_missing_french_headcount_is_unknown if {
	r := fr_vigilance.applicability with input as _in({"name": "X", "headquarters": "FR", "legal_form": "SA", "employees": 9000})
	r.status == "unknown"
	contains(r.reason, "company.employees_by_country.FR")
}

test_small_total_decides_without_french_headcount if {
	fr_vigilance.applicability.status == "not_applicable" with input as _in({"name": "X", "headquarters": "FR", "legal_form": "SA", "employees": 4999})
}

test_large_world_total_decides_without_french_headcount if {
	fr_vigilance.applicability.status == "applies" with input as _in({"name": "X", "headquarters": "FR", "legal_form": "SA", "employees": 12000})
}

test_foreign_company_not_applicable if {
	fr_vigilance.applicability.status == "not_applicable" with input as _in({"name": "X", "headquarters": "DE", "employees": 50000, "employees_by_country": {"FR": 8000}})
}

test_date_edge if {
	fr_vigilance.applicability.status == "not_applicable" with input as {"as_of": "2017-03-28", "company": _sa(6000, 6000)}
	fr_vigilance.applicability.status == "applies" with input as {"as_of": "2017-03-29", "company": _sa(6000, 6000)}
}

test_alert_mechanism_with_unions if {
	some s in fr_vigilance.sources
	s.requirement == "due_diligence.stakeholders"
	s.value == ["trade_unions"]
	some g in fr_vigilance.sources
	g.requirement == "due_diligence.grievance_mechanism"
	g.value == true
}

test_scope_all_with_established_relationship_note if {
	some s in fr_vigilance.sources
	s.requirement == "due_diligence.scope_tiers"
	s.value == "all"
	some n in s.notes
	contains(n, "established commercial relationship")
}
