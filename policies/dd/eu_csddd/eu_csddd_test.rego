package hrdd.dd.eu_csddd_test

import data.hrdd.dd.eu_csddd

_after := "2029-07-26"

_eu(employees, turnover) := {"name": "X", "headquarters": "DE", "employees": employees, "annual_turnover_eur": turnover}

_non_eu(eu_turnover) := {"name": "X", "headquarters": "JP", "annual_turnover_eu_eur": eu_turnover}

test_application_date_edge if {
	r := eu_csddd.applicability with input as {"as_of": "2029-07-25", "company": _eu(20000, 9000000000)}
	r.status == "not_applicable"
	contains(r.reason, "26 July 2029")
	eu_csddd.applicability.status == "applies" with input as {"as_of": _after, "company": _eu(20000, 9000000000)}
}

test_entry_into_force_edge if {
	eu_csddd.law.effective_from == "2024-07-25"
	r := eu_csddd.applicability with input as {"as_of": "2024-07-24", "company": _eu(20000, 9000000000)}
	contains(r.reason, "in force from 25 July 2024")
}

test_before_application_even_when_figures_missing if {
	eu_csddd.applicability.status == "not_applicable" with input as {"as_of": "2026-11-23", "company": {"name": "X", "headquarters": "US"}}
}

test_employee_threshold_is_more_than_5000 if {
	eu_csddd.applicability.status == "applies" with input as {"as_of": _after, "company": _eu(5001, 2000000000)}
	eu_csddd.applicability.status == "not_applicable" with input as {"as_of": _after, "company": _eu(5000, 2000000000)}
}

test_turnover_threshold_is_more_than_1_5_billion if {
	eu_csddd.applicability.status == "applies" with input as {"as_of": _after, "company": _eu(6000, 1500000001)}
	eu_csddd.applicability.status == "not_applicable" with input as {"as_of": _after, "company": _eu(6000, 1500000000)}
}

test_eu_missing_turnover_is_unknown if {
	r := eu_csddd.applicability with input as {"as_of": _after, "company": {"name": "X", "headquarters": "FR", "employees": 6000}}
	r.status == "unknown"
	contains(r.reason, "company.annual_turnover_eur")
}

test_eu_small_headcount_decides_without_turnover if {
	eu_csddd.applicability.status == "not_applicable" with input as {"as_of": _after, "company": {"name": "X", "headquarters": "FR", "employees": 4000}}
}

test_non_eu_threshold_edge if {
	eu_csddd.applicability.status == "applies" with input as {"as_of": _after, "company": _non_eu(1500000001)}
	eu_csddd.applicability.status == "not_applicable" with input as {"as_of": _after, "company": _non_eu(1500000000)}
}

test_non_eu_ignores_worldwide_figures if {
	r := eu_csddd.applicability with input as {"as_of": _after, "company": {"name": "X", "headquarters": "US", "employees": 90000, "annual_turnover_eur": 50000000000}}
	r.status == "unknown"
	contains(r.reason, "company.annual_turnover_eu_eur")
}

test_sources_apply_from_application_date if {
	count(eu_csddd.sources) > 0
	every s in eu_csddd.sources {
		s.effective_from == "2029-07-26"
	}
}
