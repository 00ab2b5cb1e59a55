package hrdd.dd.ch_co964_test

import data.hrdd.dd.ch_co964

_ch(balance, revenue, employees) := {
	"name": "X",
	"headquarters": "CH",
	"employees": employees,
	"annual_turnover_by_currency": {"CHF": revenue},
	"balance_sheet_total_by_currency": {"CHF": balance},
}

_in(company) := {"as_of": "2024-06-01", "company": company}

test_sme_exempt_below_two_amounts if {
	r := ch_co964.applicability with input as _in(_ch(19999999, 39999999, 1000))
	r.status == "not_applicable"
	contains(r.reason, "DDTrO Art. 6")
}

test_reaching_two_amounts_is_not_an_sme if {
	r := ch_co964.applicability with input as _in(_ch(20000000, 40000000, 10))
	r.status == "unknown"
	contains(r.reason, "reasonable grounds to suspect child labour")
	ch_co964.applicability.status == "unknown" with input as _in(_ch(20000000, 39999999, 250))
	ch_co964.applicability.status == "not_applicable" with input as _in(_ch(20000000, 39999999, 249))
}

test_missing_figures_undecided_is_unknown if {
	r := ch_co964.applicability with input as _in({"name": "X", "headquarters": "CH", "employees": 300, "annual_turnover_by_currency": {"CHF": 1000}})
	r.status == "unknown"
	contains(r.reason, "company.balance_sheet_total_by_currency.CHF")
}

test_missing_figure_decided_by_others if {
	ch_co964.applicability.status == "not_applicable" with input as _in({"name": "X", "headquarters": "CH", "employees": 10, "annual_turnover_by_currency": {"CHF": 1000}})
}

test_foreign_company_not_applicable if {
	ch_co964.applicability.status == "not_applicable" with input as _in(object.union(_ch(90000000, 90000000, 900), {"headquarters": "DE"}))
}

test_date_edges if {
	ch_co964.applicability.status == "not_applicable" with input as {"as_of": "2021-12-31", "company": _ch(1000, 1000, 1)}
	r := ch_co964.applicability with input as {"as_of": "2022-12-31", "company": _ch(90000000, 90000000, 900)}
	contains(r.reason, "1 January 2023")
	ch_co964.applicability.status == "unknown" with input as {"as_of": "2023-01-01", "company": _ch(90000000, 90000000, 900)}
}

test_sources_from_first_financial_year if {
	every s in ch_co964.sources {
		s.effective_from == "2023-01-01"
	}
}
