package hrdd.dd.au_msa_test

import data.hrdd.dd.au_msa

_au(revenue) := {"name": "X", "headquarters": "AU", "annual_turnover_by_currency": {"AUD": revenue}}

_in(company) := {"as_of": "2024-06-01", "company": company}

test_threshold_edge if {
	au_msa.applicability.status == "applies" with input as _in(_au(100000000))
	au_msa.applicability.status == "not_applicable" with input as _in(_au(99999999))
}

test_foreign_entity_with_australian_staff if {
	au_msa.applicability.status == "applies" with input as _in({"name": "X", "headquarters": "JP", "employees_by_country": {"AU": 3}, "annual_turnover_by_currency": {"AUD": 200000000}})
}

test_only_supplier_in_au_is_unknown if {
	au_msa.applicability.status == "unknown" with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "JP", "annual_turnover_by_currency": {"AUD": 200000000}}, "operations": {"countries": ["AU", "JP"]}}
}

test_no_australian_link if {
	au_msa.applicability.status == "not_applicable" with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "JP"}, "operations": {"countries": ["JP"]}}
}

test_missing_aud_revenue_is_unknown if {
	r := au_msa.applicability with input as _in({"name": "X", "headquarters": "AU", "annual_turnover_by_currency": {"USD": 900000000}})
	r.status == "unknown"
	contains(r.reason, "company.annual_turnover_by_currency.AUD")
}

test_date_edge if {
	au_msa.applicability.status == "not_applicable" with input as {"as_of": "2018-12-31", "company": _au(200000000)}
	au_msa.applicability.status == "applies" with input as {"as_of": "2019-01-01", "company": _au(200000000)}
}

test_disclosure_only if {
	{s.requirement | some s in au_msa.sources} == {"due_diligence.public_reporting"}
}
