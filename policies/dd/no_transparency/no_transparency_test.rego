package hrdd.dd.no_transparency_test

import data.hrdd.dd.no_transparency

_no(revenue, balance, employees) := {
	"name": "X",
	"headquarters": "NO",
	"employees": employees,
	"annual_turnover_by_currency": {"NOK": revenue},
	"balance_sheet_total_by_currency": {"NOK": balance},
}

_in(company) := {"as_of": "2024-06-01", "company": company}

test_two_of_three_exceeded if {
	no_transparency.applicability.status == "applies" with input as _in(_no(70000001, 35000001, 10))
	no_transparency.applicability.status == "applies" with input as _in(_no(70000001, 1000, 51))
}

test_thresholds_must_be_exceeded if {
	no_transparency.applicability.status == "not_applicable" with input as _in(_no(70000000, 35000000, 51))
	no_transparency.applicability.status == "not_applicable" with input as _in(_no(70000001, 35000000, 50))
}

test_missing_figure_undecided_is_unknown if {
	r := no_transparency.applicability with input as _in({"name": "X", "headquarters": "NO", "employees": 60, "annual_turnover_by_currency": {"NOK": 1000}})
	r.status == "unknown"
	contains(r.reason, "company.balance_sheet_total_by_currency.NOK")
}

test_missing_figure_decided_by_others if {
	no_transparency.applicability.status == "applies" with input as _in({"name": "X", "headquarters": "NO", "employees": 60, "annual_turnover_by_currency": {"NOK": 80000000}})
	no_transparency.applicability.status == "not_applicable" with input as _in({"name": "X", "headquarters": "NO", "employees": 20, "annual_turnover_by_currency": {"NOK": 1000}})
}

test_other_currency_not_converted if {
	r := no_transparency.applicability with input as _in({"name": "X", "headquarters": "NO", "employees": 60, "annual_turnover_by_currency": {"EUR": 900000000}})
	r.status == "unknown"
	contains(r.reason, "company.annual_turnover_by_currency.NOK")
}

test_foreign_enterprise_in_norway_is_unknown if {
	r := no_transparency.applicability with input as {"as_of": "2024-06-01", "company": object.union(_no(90000000, 40000000, 500), {"headquarters": "SE"}), "operations": {"countries": ["NO", "SE"]}}
	r.status == "unknown"
	contains(r.reason, "liable to tax in Norway")
}

test_foreign_enterprise_outside_norway if {
	no_transparency.applicability.status == "not_applicable" with input as {"as_of": "2024-06-01", "company": object.union(_no(90000000, 40000000, 500), {"headquarters": "SE"}), "operations": {"countries": ["SE"]}}
}

test_small_listed_company_is_unknown if {
	no_transparency.applicability.status == "unknown" with input as _in(object.union(_no(1000, 1000, 10), {"legal_form": "ASA"}))
}

test_date_edge if {
	no_transparency.applicability.status == "not_applicable" with input as {"as_of": "2022-06-30", "company": _no(90000000, 40000000, 500)}
	no_transparency.applicability.status == "applies" with input as {"as_of": "2022-07-01", "company": _no(90000000, 40000000, 500)}
}
