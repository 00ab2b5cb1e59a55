package hrdd.dd.no_transparency_test

import data.hrdd.dd.no_transparency

_no(revenue, balance, employees) := {
	"name": "X",
	"headquarters": "NO",
	"employees": employees,
	"annual_turnover_by_currency": {"NOK": revenue},
	"balance_sheet_total_by_currency": {"NOK": balance},
}

_foreign(presence) := object.union(_no(90000000, 40000000, 500), {"headquarters": "SE", "presence": {"NO": presence}})

_in(company) := {"as_of": "2024-06-01", "company": company}

test_two_of_three_exceeded if {
	no_transparency.applicability.status == "applies" with input as _in(_no(70000001, 35000001, 10))
	no_transparency.applicability.status == "applies" with input as _in(_no(70000001, 1000, 51))
}

test_thresholds_must_be_exceeded if {
	no_transparency.applicability.status == "not_applicable" with input as _in(_no(70000000, 35000000, 51))
	no_transparency.applicability.status == "not_applicable" with input as _in(_no(70000001, 35000000, 50))
}

test_missing_figure_undecided_names_pointer if {
	r := no_transparency.applicability with input as _in({"name": "X", "headquarters": "NO", "employees": 60, "annual_turnover_by_currency": {"NOK": 1000}})
	r.status == "unknown"
	contains(r.reason, "needs /company/balance_sheet_total_by_currency/NOK")
}

test_missing_figure_decided_by_others if {
	no_transparency.applicability.status == "applies" with input as _in({"name": "X", "headquarters": "NO", "employees": 60, "annual_turnover_by_currency": {"NOK": 80000000}})
	no_transparency.applicability.status == "not_applicable" with input as _in({"name": "X", "headquarters": "NO", "employees": 20, "annual_turnover_by_currency": {"NOK": 1000}})
}

test_other_currency_not_converted if {
	r := no_transparency.applicability with input as _in({"name": "X", "headquarters": "NO", "employees": 60, "annual_turnover_by_currency": {"EUR": 900000000}})
	r.status == "unknown"
	contains(r.reason, "/company/annual_turnover_by_currency/NOK")
}

test_foreign_branch if {
	r := no_transparency.applicability with input as _in(_foreign("branch"))
	r.status == "applies"
	contains(r.reason, "liable to tax in Norway")
	no_transparency.applicability.status == "not_applicable" with input as _in(object.union(_foreign("branch"), {"employees": 10, "annual_turnover_by_currency": {"NOK": 1000}}))
	r2 := no_transparency.applicability with input as _in({"name": "X", "headquarters": "SE", "presence": {"NO": "branch"}})
	r2.status == "unknown"
	contains(r2.reason, "needs /company/annual_turnover_by_currency/NOK")
}

test_norwegian_subsidiary if {
	r := no_transparency.applicability with input as _in(_foreign("subsidiary"))
	r.status == "applies_to_subsidiary"
	contains(r.reason, "§§ 2, 3(a)")
	no_transparency.applicability.status == "not_applicable" with input as _in(object.union(_foreign("subsidiary"), {"employees": 10, "annual_turnover_by_currency": {"NOK": 1000}}))
}

test_presence_none if {
	no_transparency.applicability.status == "not_applicable" with input as _in(_foreign("none"))
}

test_unstated_presence_in_norway_names_pointer if {
	r := no_transparency.applicability with input as {"as_of": "2024-06-01", "company": object.union(_no(90000000, 40000000, 500), {"headquarters": "SE"}), "operations": {"countries": ["NO", "SE"]}}
	r.status == "unknown"
	contains(r.reason, "needs /company/presence/NO")
}

test_unstated_presence_small_is_decided if {
	no_transparency.applicability.status == "not_applicable" with input as {"as_of": "2024-06-01", "company": object.union(_no(1000, 1000, 10), {"headquarters": "SE"}), "operations": {"countries": ["NO", "SE"]}}
}

test_foreign_enterprise_outside_norway if {
	no_transparency.applicability.status == "not_applicable" with input as {"as_of": "2024-06-01", "company": object.union(_no(90000000, 40000000, 500), {"headquarters": "SE"}), "operations": {"countries": ["SE"]}}
}

test_small_public_limited_company_is_unknown if {
	r := no_transparency.applicability with input as _in(object.union(_no(1000, 1000, 10), {"legal_form": "ASA"}))
	r.status == "unknown"
	contains(r.reason, "§ 1-5")
	r2 := no_transparency.applicability with input as {"as_of": "2024-11-01", "company": object.union(_no(1000, 1000, 10), {"legal_form": "ASA"})}
	r2.status == "unknown"
	contains(r2.reason, "§ 1-6")
}

test_date_edge if {
	no_transparency.applicability.status == "not_applicable" with input as {"as_of": "2022-06-30", "company": _no(90000000, 40000000, 500)}
	no_transparency.applicability.status == "applies" with input as {"as_of": "2022-07-01", "company": _no(90000000, 40000000, 500)}
}

test_binding_is_law if {
	no_transparency.law.binding == "law"
	every s in no_transparency.sources {
		s.binding == "law"
	}
}

# From 1 November 2024 the two-year rule is stated, not evaluated: one year's figures.
test_two_year_rule_stated_from_1_november_2024 if {
	r := no_transparency.applicability with input as {"as_of": "2024-11-01", "company": _no(90000000, 40000000, 500)}
	r.status == "applies"
	contains(r.reason, "two years in a row")
	contains(r.reason, "§ 3(a) as amended")
	r2 := no_transparency.applicability with input as {"as_of": "2024-10-31", "company": _no(90000000, 40000000, 500)}
	r2.status == "applies"
	not contains(r2.reason, "two years in a row")
	r3 := no_transparency.applicability with input as {"as_of": "2025-03-01", "company": _no(1000, 1000, 10)}
	r3.status == "not_applicable"
	contains(r3.reason, "fallen below two years in a row")
	r4 := no_transparency.applicability with input as {"as_of": "2025-03-01", "company": _foreign("subsidiary")}
	r4.status == "applies_to_subsidiary"
	contains(r4.reason, "two years in a row")
}

# The amendment of 1 November 2024 rests on the supervising authority and a named firm.
test_amendment_checked_against_named_pages if {
	every s in no_transparency.sources {
		s.verification == "secondary"
		some c in s.checked_against
		startswith(c.url, "https://forbrukertilsynet.no/")
		contains(c.title, "1 November 2024")
		some b in s.checked_against
		contains(b.title, "§ 1-6")
	}
}

test_thresholds_unchanged_after_amendment if {
	no_transparency.applicability.status == "applies" with input as {"as_of": "2025-01-01", "company": _no(70000001, 35000001, 10)}
	no_transparency.applicability.status == "not_applicable" with input as {"as_of": "2025-01-01", "company": _no(70000000, 35000000, 51)}
}
