package hrdd.dd.eu_csddd_test

import data.hrdd.dd.eu_csddd

_after := "2029-07-26"

_eu(employees, turnover) := {"name": "X", "headquarters": "DE", "employees": employees, "annual_turnover_eur": turnover}

_non_eu(eu_turnover) := {"name": "X", "headquarters": "JP", "annual_turnover_eu_eur": eu_turnover}

_in(company) := {"as_of": _after, "company": company}

test_application_date_edge if {
	r := eu_csddd.applicability with input as {"as_of": "2029-07-25", "company": _eu(20000, 9000000000)}
	r.status == "not_applicable"
	contains(r.reason, "26 July 2029")
	eu_csddd.applicability.status == "applies" with input as _in(_eu(20000, 9000000000))
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
	eu_csddd.applicability.status == "applies" with input as _in(_eu(5001, 2000000000))
	eu_csddd.applicability.status == "not_applicable" with input as _in(_eu(5000, 2000000000))
}

test_turnover_threshold_is_more_than_1_5_billion if {
	eu_csddd.applicability.status == "applies" with input as _in(_eu(6000, 1500000001))
	eu_csddd.applicability.status == "not_applicable" with input as _in(_eu(6000, 1500000000))
}

test_eu_missing_turnover_names_pointer if {
	r := eu_csddd.applicability with input as _in({"name": "X", "headquarters": "FR", "employees": 6000})
	r.status == "unknown"
	contains(r.reason, "needs /company/annual_turnover_eur")
}

test_eu_small_headcount_decides_without_turnover if {
	eu_csddd.applicability.status == "not_applicable" with input as _in({"name": "X", "headquarters": "FR", "employees": 4000})
}

test_seat_in_member_state_outside_headquarters if {
	r := eu_csddd.applicability with input as _in(object.union(_eu(9000, 3000000000), {"headquarters": "US", "presence": {"NL": "seat"}}))
	r.status == "applies"
	contains(r.reason, "NL")
}

test_headquarters_presence_overridden if {
	# Headquarters in Germany, but stated as a subsidiary there: not an EU company.
	r := eu_csddd.applicability with input as _in(object.union(_eu(9000, 3000000000), {"presence": {"DE": "subsidiary"}}))
	r.status == "unknown"
	contains(r.reason, "needs /company/annual_turnover_eu_eur")
}

test_non_eu_threshold_edge if {
	eu_csddd.applicability.status == "applies" with input as _in(_non_eu(1500000001))
	eu_csddd.applicability.status == "not_applicable" with input as _in(_non_eu(1500000000))
}

test_non_eu_with_eu_branch_is_judged_on_eu_turnover if {
	eu_csddd.applicability.status == "applies" with input as _in(object.union(_non_eu(2000000000), {"presence": {"FR": "branch"}}))
	eu_csddd.applicability.status == "not_applicable" with input as _in(object.union(_non_eu(1000000000), {"presence": {"FR": "branch"}}))
}

test_non_eu_missing_eu_turnover_names_pointer if {
	r := eu_csddd.applicability with input as _in({"name": "X", "headquarters": "US", "employees": 90000, "annual_turnover_eur": 50000000000})
	r.status == "unknown"
	contains(r.reason, "needs /company/annual_turnover_eu_eur")
}

test_non_eu_small_worldwide_turnover_decides if {
	eu_csddd.applicability.status == "not_applicable" with input as _in({"name": "X", "headquarters": "US", "annual_turnover_eur": 900000000})
}

test_eu_subsidiary_of_non_eu_group if {
	c := {
		"name": "X", "headquarters": "JP", "employees": 90000, "annual_turnover_eur": 30000000000,
		"annual_turnover_eu_eur": 1000000000, "presence": {"NL": "subsidiary"}, "employees_by_country": {"NL": 7000, "JP": 80000},
	}
	r := eu_csddd.applicability with input as _in(c)
	r.status == "applies_to_subsidiary"
	contains(r.reason, "Art. 2(1)(a)")
	eu_csddd.applicability.status == "not_applicable" with input as _in(object.union(c, {"employees_by_country": {"NL": 3000}}))
	r2 := eu_csddd.applicability with input as _in(object.remove(c, ["employees_by_country"]))
	r2.status == "unknown"
	contains(r2.reason, "needs /company/employees_by_country/NL")
}

test_subsidiary_does_not_matter_when_parent_bound if {
	eu_csddd.applicability.status == "applies" with input as _in({"name": "X", "headquarters": "JP", "annual_turnover_eu_eur": 2000000000, "presence": {"NL": "subsidiary"}})
}

test_binding_is_law if {
	eu_csddd.law.binding == "law"
	every s in eu_csddd.sources {
		s.binding == "law"
	}
}

test_sources_apply_from_application_date if {
	count(eu_csddd.sources) > 0
	every s in eu_csddd.sources {
		s.effective_from == "2029-07-26"
	}
}

test_transposition_date_is_said_before_application if {
	r := eu_csddd.applicability with input as {"as_of": "2028-07-26", "company": _eu(20000, 9000000000)}
	r.status == "not_applicable"
	contains(r.reason, "transpose it by 26 July 2028")
	contains(r.reason, "Directive (EU) 2026/470")
}

# The amending directive's number, Official Journal date and the amended thresholds and
# dates rest on a named page published after its adoption.
test_amending_directive_checked_after_publication if {
	every s in eu_csddd.sources {
		s.verification == "secondary"
		contains(s.instrument, "(EU) 2026/470")
		some c in s.checked_against
		contains(c.title, "2026/470 published in the Official Journal on 26 February 2026")
		contains(c.title, "5,000+ employees")
		contains(c.title, "EUR 1.5 billion")
		contains(c.title, "transposition 26 July 2028")
		contains(c.title, "application 26 July 2029")
	}
	contains(eu_csddd.law.name, "(EU) 2025/794 and (EU) 2026/470")
}

# Art. 16 may start later; the date is not checked, so it stays a note.
test_public_reporting_start_is_a_note if {
	[s] := [x | some x in eu_csddd.sources; x.requirement == "due_diligence.public_reporting"]
	s.article == "Art. 16"
	some n in s.notes
	contains(n, "not checked")
}
