package hrdd.dd.ch_co964_test

import data.hrdd.dd.ch_co964

_ch(balance, revenue, employees) := {
	"name": "X",
	"headquarters": "CH",
	"employees": employees,
	"annual_turnover_by_currency": {"CHF": revenue},
	"balance_sheet_total_by_currency": {"CHF": balance},
}

_foreign(presence) := object.union(_ch(90000000, 90000000, 900), {"headquarters": "DE", "presence": {"CH": presence}})

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

test_missing_figures_undecided_names_pointer if {
	r := ch_co964.applicability with input as _in({"name": "X", "headquarters": "CH", "employees": 300, "annual_turnover_by_currency": {"CHF": 1000}})
	r.status == "unknown"
	contains(r.reason, "needs /company/balance_sheet_total_by_currency/CHF")
}

test_missing_figure_decided_by_others if {
	ch_co964.applicability.status == "not_applicable" with input as _in({"name": "X", "headquarters": "CH", "employees": 10, "annual_turnover_by_currency": {"CHF": 1000}})
}

test_swiss_subsidiary if {
	r := ch_co964.applicability with input as _in(_foreign("subsidiary"))
	r.status == "applies_to_subsidiary"
	contains(r.reason, "Art. 964j(1) CO")
	ch_co964.applicability.status == "not_applicable" with input as _in(object.union(_foreign("subsidiary"), {"employees": 10, "annual_turnover_by_currency": {"CHF": 1000}}))
	r2 := ch_co964.applicability with input as _in({"name": "X", "headquarters": "DE", "presence": {"CH": "subsidiary"}, "employees": 900})
	r2.status == "unknown"
	contains(r2.reason, "needs /company/balance_sheet_total_by_currency/CHF and /company/annual_turnover_by_currency/CHF")
}

test_branch_of_foreign_undertaking_not_bound if {
	r := ch_co964.applicability with input as _in(_foreign("branch"))
	r.status == "not_applicable"
	contains(r.reason, "Art. 964j(1) CO")
}

test_stated_seat_outside_headquarters if {
	ch_co964.applicability.status == "unknown" with input as _in(_foreign("seat"))
}

test_presence_none if {
	ch_co964.applicability.status == "not_applicable" with input as _in(_foreign("none"))
}

test_unstated_presence_with_swiss_staff_names_pointer if {
	r := ch_co964.applicability with input as _in(object.union(_ch(90000000, 90000000, 900), {"headquarters": "DE", "employees_by_country": {"CH": 40}}))
	r.status == "unknown"
	contains(r.reason, "needs /company/presence/CH")
}

test_unstated_presence_small_group_is_decided if {
	ch_co964.applicability.status == "not_applicable" with input as _in(object.union(_ch(1000, 1000, 900), {"headquarters": "DE", "employees_by_country": {"CH": 40}}))
}

test_foreign_company_without_swiss_link if {
	ch_co964.applicability.status == "not_applicable" with input as _in(object.union(_ch(90000000, 90000000, 900), {"headquarters": "DE"}))
}

test_date_edges if {
	ch_co964.applicability.status == "not_applicable" with input as {"as_of": "2021-12-31", "company": _ch(1000, 1000, 1)}
	r := ch_co964.applicability with input as {"as_of": "2022-12-31", "company": _ch(90000000, 90000000, 900)}
	contains(r.reason, "1 January 2023")
	ch_co964.applicability.status == "unknown" with input as {"as_of": "2023-01-01", "company": _ch(90000000, 90000000, 900)}
}

test_binding_is_law if {
	ch_co964.law.binding == "law"
	every s in ch_co964.sources {
		s.binding == "law"
	}
}

test_sources_from_first_financial_year if {
	every s in ch_co964.sources {
		s.effective_from == "2023-01-01"
	}
}
