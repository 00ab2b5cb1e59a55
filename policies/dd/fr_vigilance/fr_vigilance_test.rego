package hrdd.dd.fr_vigilance_test

import data.hrdd.dd.fr_vigilance

_sa(fr, world) := {"name": "X", "headquarters": "FR", "legal_form": "SA", "employees": world, "employees_by_country": {"FR": fr}}

_foreign(presence, fr, world) := {"name": "X", "headquarters": "DE", "presence": {"FR": presence}, "employees": world, "employees_by_country": {"FR": fr}}

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

test_missing_legal_form_names_pointer if {
	r := fr_vigilance.applicability with input as _in({"name": "X", "headquarters": "FR", "employees_by_country": {"FR": 6000}})
	r.status == "unknown"
	contains(r.reason, "needs /company/legal_form")
}

test_missing_world_headcount_names_pointer if {
	r := fr_vigilance.applicability with input as _in({"name": "X", "headquarters": "FR", "legal_form": "SA", "employees_by_country": {"FR": 4000}})
	r.status == "unknown"
	contains(r.reason, "needs /company/employees:")
	not contains(r.reason, "/company/employees_by_country/FR")
}

test_missing_french_headcount_names_pointer if {
	r := fr_vigilance.applicability with input as _in({"name": "X", "headquarters": "FR", "legal_form": "SA", "employees": 9000})
	r.status == "unknown"
	contains(r.reason, "needs /company/employees_by_country/FR")
}

test_small_total_decides_without_french_headcount if {
	fr_vigilance.applicability.status == "not_applicable" with input as _in({"name": "X", "headquarters": "FR", "legal_form": "SA", "employees": 4999})
}

test_large_world_total_decides_without_french_headcount if {
	fr_vigilance.applicability.status == "applies" with input as _in({"name": "X", "headquarters": "FR", "legal_form": "SA", "employees": 12000})
}

test_stated_seat_outside_headquarters if {
	fr_vigilance.applicability.status == "applies" with input as _in(object.union(_foreign("seat", 6000, 6000), {"legal_form": "SA"}))
}

test_french_subsidiary_of_foreign_group if {
	r := fr_vigilance.applicability with input as _in(_foreign("subsidiary", 8000, 50000))
	r.status == "applies_to_subsidiary"
	contains(r.reason, "L. 225-102-4 I")
	fr_vigilance.applicability.status == "not_applicable" with input as _in(_foreign("subsidiary", 800, 9000))
	r2 := fr_vigilance.applicability with input as _in({"name": "X", "headquarters": "DE", "presence": {"FR": "subsidiary"}, "employees": 7000})
	r2.status == "unknown"
	contains(r2.reason, "needs /company/employees_by_country/FR")
}

test_branch_of_foreign_company_not_bound if {
	r := fr_vigilance.applicability with input as _in(_foreign("branch", 8000, 50000))
	r.status == "not_applicable"
	contains(r.reason, "L. 210-3")
}

test_presence_none if {
	fr_vigilance.applicability.status == "not_applicable" with input as _in(_foreign("none", 8000, 50000))
}

test_unstated_presence_with_french_staff_is_unknown if {
	r := fr_vigilance.applicability with input as _in({"name": "X", "headquarters": "DE", "employees": 50000, "employees_by_country": {"FR": 8000}})
	r.status == "unknown"
	contains(r.reason, "needs /company/presence/FR")
}

test_unstated_presence_below_thresholds_is_decided if {
	fr_vigilance.applicability.status == "not_applicable" with input as _in({"name": "X", "headquarters": "DE", "employees": 9000, "employees_by_country": {"FR": 800}})
}

test_unstated_presence_with_french_site_and_no_figures if {
	r := fr_vigilance.applicability with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "DE"}, "operations": {"countries": ["DE", "FR"]}}
	r.status == "unknown"
	contains(r.reason, "needs /company/presence/FR and /company/employees and /company/employees_by_country/FR")
}

test_no_french_link if {
	fr_vigilance.applicability.status == "not_applicable" with input as _in({"name": "X", "headquarters": "DE", "employees": 50000})
}

test_date_edge if {
	fr_vigilance.applicability.status == "not_applicable" with input as {"as_of": "2017-03-28", "company": _sa(6000, 6000)}
	fr_vigilance.applicability.status == "applies" with input as {"as_of": "2017-03-29", "company": _sa(6000, 6000)}
}

test_binding_is_law if {
	fr_vigilance.law.binding == "law"
	every s in fr_vigilance.sources {
		s.binding == "law"
	}
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
