package hrdd.dd.au_msa_test

import data.hrdd.dd.au_msa

_au(revenue) := {"name": "X", "headquarters": "AU", "annual_turnover_by_currency": {"AUD": revenue}}

_foreign(presence, revenue) := {"name": "X", "headquarters": "JP", "presence": {"AU": presence}, "annual_turnover_by_currency": {"AUD": revenue}}

_in(company) := {"as_of": "2024-06-01", "company": company}

test_threshold_edge if {
	au_msa.applicability.status == "applies" with input as _in(_au(100000000))
	au_msa.applicability.status == "not_applicable" with input as _in(_au(99999999))
}

test_seat_missing_aud_revenue_names_pointer if {
	r := au_msa.applicability with input as _in({"name": "X", "headquarters": "AU", "annual_turnover_by_currency": {"USD": 900000000}})
	r.status == "unknown"
	contains(r.reason, "needs /company/annual_turnover_by_currency/AUD")
}

test_foreign_branch if {
	r := au_msa.applicability with input as _in(_foreign("branch", 200000000))
	r.status == "applies"
	contains(r.reason, "s. 5(1)(a)(ii)")
	au_msa.applicability.status == "not_applicable" with input as _in(_foreign("branch", 1000))
	r2 := au_msa.applicability with input as _in({"name": "X", "headquarters": "JP", "presence": {"AU": "branch"}})
	r2.status == "unknown"
	contains(r2.reason, "needs /company/annual_turnover_by_currency/AUD")
}

test_australian_subsidiary if {
	r := au_msa.applicability with input as _in(_foreign("subsidiary", 200000000))
	r.status == "applies_to_subsidiary"
	contains(r.reason, "s. 5(1)(a)(i)")
	au_msa.applicability.status == "not_applicable" with input as _in(_foreign("subsidiary", 1000))
	r2 := au_msa.applicability with input as _in({"name": "X", "headquarters": "JP", "presence": {"AU": "subsidiary"}})
	r2.status == "unknown"
	contains(r2.reason, "needs /company/annual_turnover_by_currency/AUD")
}

test_presence_none if {
	au_msa.applicability.status == "not_applicable" with input as _in(_foreign("none", 200000000))
}

test_unstated_presence_with_australian_staff_names_pointer if {
	r := au_msa.applicability with input as _in({"name": "X", "headquarters": "JP", "employees_by_country": {"AU": 3}, "annual_turnover_by_currency": {"AUD": 200000000}})
	r.status == "unknown"
	contains(r.reason, "needs /company/presence/AU")
}

test_unstated_presence_with_australian_site_and_no_revenue if {
	r := au_msa.applicability with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "JP"}, "operations": {"countries": ["AU", "JP"]}}
	r.status == "unknown"
	contains(r.reason, "needs /company/presence/AU and /company/annual_turnover_by_currency/AUD")
}

test_unstated_presence_small_revenue_is_decided if {
	au_msa.applicability.status == "not_applicable" with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "JP", "annual_turnover_by_currency": {"AUD": 1000}}, "operations": {"countries": ["AU", "JP"]}}
}

test_no_australian_link if {
	au_msa.applicability.status == "not_applicable" with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "JP"}, "operations": {"countries": ["JP"]}}
}

test_date_edge if {
	au_msa.applicability.status == "not_applicable" with input as {"as_of": "2018-12-31", "company": _au(200000000)}
	au_msa.applicability.status == "applies" with input as {"as_of": "2019-01-01", "company": _au(200000000)}
}

test_binding_is_law if {
	au_msa.law.binding == "law"
	every s in au_msa.sources {
		s.binding == "law"
	}
}

test_disclosure_only if {
	{s.requirement | some s in au_msa.sources} == {"due_diligence.public_reporting"}
}
