package hrdd.dd.uk_msa_test

import data.hrdd.dd.uk_msa

_gb(turnover) := {"name": "X", "headquarters": "GB", "annual_turnover_by_currency": {"GBP": turnover}}

_in(company) := {"as_of": "2024-06-01", "company": company}

test_threshold_edge if {
	uk_msa.applicability.status == "applies" with input as _in(_gb(36000000))
	uk_msa.applicability.status == "not_applicable" with input as _in(_gb(35999999))
}

test_foreign_company_with_uk_employees if {
	uk_msa.applicability.status == "applies" with input as _in({"name": "X", "headquarters": "US", "employees_by_country": {"GB": 10}, "annual_turnover_by_currency": {"GBP": 50000000}})
}

test_only_supplier_in_gb_is_unknown if {
	r := uk_msa.applicability with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "US", "annual_turnover_by_currency": {"GBP": 50000000}}, "operations": {"countries": ["GB", "US"]}}
	r.status == "unknown"
	contains(r.reason, "carries on a business")
}

test_no_uk_link if {
	uk_msa.applicability.status == "not_applicable" with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "US"}, "operations": {"countries": ["US"]}}
}

test_missing_gbp_turnover_is_unknown if {
	r := uk_msa.applicability with input as _in({"name": "X", "headquarters": "GB", "annual_turnover_eur": 900000000})
	r.status == "unknown"
	contains(r.reason, "company.annual_turnover_by_currency.GBP")
}

test_date_edge if {
	uk_msa.applicability.status == "not_applicable" with input as {"as_of": "2015-10-28", "company": _gb(50000000)}
	uk_msa.applicability.status == "applies" with input as {"as_of": "2015-10-29", "company": _gb(50000000)}
}

test_disclosure_only if {
	{s.requirement | some s in uk_msa.sources} == {"due_diligence.public_reporting"}
}
