package hrdd.dd.uk_msa_test

import data.hrdd.dd.uk_msa

_gb(turnover) := {"name": "X", "headquarters": "GB", "annual_turnover_by_currency": {"GBP": turnover}}

_foreign(presence, turnover) := {"name": "X", "headquarters": "US", "presence": {"GB": presence}, "annual_turnover_by_currency": {"GBP": turnover}}

_in(company) := {"as_of": "2024-06-01", "company": company}

test_threshold_edge if {
	uk_msa.applicability.status == "applies" with input as _in(_gb(36000000))
	uk_msa.applicability.status == "not_applicable" with input as _in(_gb(35999999))
}

test_seat_missing_gbp_turnover_names_pointer if {
	r := uk_msa.applicability with input as _in({"name": "X", "headquarters": "GB", "annual_turnover_eur": 900000000})
	r.status == "unknown"
	contains(r.reason, "needs /company/annual_turnover_by_currency/GBP")
}

test_foreign_branch if {
	r := uk_msa.applicability with input as _in(_foreign("branch", 50000000))
	r.status == "applies"
	contains(r.reason, "s. 54(12)")
	uk_msa.applicability.status == "not_applicable" with input as _in(_foreign("branch", 1000))
	r2 := uk_msa.applicability with input as _in({"name": "X", "headquarters": "US", "presence": {"GB": "branch"}})
	r2.status == "unknown"
	contains(r2.reason, "needs /company/annual_turnover_by_currency/GBP")
}

test_uk_subsidiary if {
	r := uk_msa.applicability with input as _in(_foreign("subsidiary", 50000000))
	r.status == "applies_to_subsidiary"
	contains(r.reason, "s. 54(12)")
	uk_msa.applicability.status == "not_applicable" with input as _in(_foreign("subsidiary", 1000))
	r2 := uk_msa.applicability with input as _in({"name": "X", "headquarters": "US", "presence": {"GB": "subsidiary"}})
	r2.status == "unknown"
	contains(r2.reason, "needs /company/annual_turnover_by_currency/GBP")
}

test_presence_none if {
	uk_msa.applicability.status == "not_applicable" with input as _in(_foreign("none", 50000000))
}

test_unstated_presence_with_uk_employees_names_pointer if {
	r := uk_msa.applicability with input as _in({"name": "X", "headquarters": "US", "employees_by_country": {"GB": 10}, "annual_turnover_by_currency": {"GBP": 50000000}})
	r.status == "unknown"
	contains(r.reason, "needs /company/presence/GB")
}

test_unstated_presence_with_uk_site_and_no_turnover if {
	r := uk_msa.applicability with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "US"}, "operations": {"countries": ["GB", "US"]}}
	r.status == "unknown"
	contains(r.reason, "needs /company/presence/GB and /company/annual_turnover_by_currency/GBP")
}

test_unstated_presence_small_turnover_is_decided if {
	uk_msa.applicability.status == "not_applicable" with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "US", "annual_turnover_by_currency": {"GBP": 1000}}, "operations": {"countries": ["GB", "US"]}}
}

test_no_uk_link if {
	uk_msa.applicability.status == "not_applicable" with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "US", "annual_turnover_by_currency": {"GBP": 50000000}}, "operations": {"countries": ["US"]}}
}

test_date_edge if {
	uk_msa.applicability.status == "not_applicable" with input as {"as_of": "2015-10-28", "company": _gb(50000000)}
	uk_msa.applicability.status == "applies" with input as {"as_of": "2015-10-29", "company": _gb(50000000)}
}

test_binding_is_law if {
	uk_msa.law.binding == "law"
	every s in uk_msa.sources {
		s.binding == "law"
	}
}

test_disclosure_only if {
	{s.requirement | some s in uk_msa.sources} == {"due_diligence.public_reporting"}
}
