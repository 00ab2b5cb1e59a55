package hrdd.national.kr_test

import data.hrdd.catalogue
import data.hrdd.national.kr

_in(date) := {"country": "KR", "as_of": date, "profiles": ["international"]}

_domestic(id, date) := {s.value | some s in reqs[id].domestic} if {
	reqs := data.hrdd.main.requirements with input as _in(date)
}

_srcs(id) := [s | some s in kr.sources; s.requirement == id]

_values(id) := {s.value | some s in _srcs(id)}

_workplace_ids := {id |
	some id, _ in catalogue.requirements
	not id in catalogue.company_level
	not id in catalogue.engine_level
}

# The sources of id that apply to a workplace of n workers on date, as the
# engine would select them: in force and with every size condition holding.
_applying(id, n, date) := {s.value |
	some s in _srcs(id)
	object.get(s, "entry", "value") in {"value", "restriction"}
	s.effective_from <= date
	not _ended(s, date)
	_size_holds(object.get(s, "conditions", {}), n)
}

_ended(s, date) if date >= s.effective_to

_size_holds(c, n) if {
	n >= object.get(c, "workplace_workers_min", 0)
	n < object.get(c, "workplace_workers_below", 1e9)
	not c.sectors
}

test_every_workplace_requirement_has_an_entry if {
	missing := {id | some id in _workplace_ids; count(_srcs(id)) == 0}
	missing == set()
}

test_no_context_is_read if {
	not kr.reads
	not kr.workers_thresholds
}

test_values_per_requirement if {
	_values("child_labour.minimum_age") == {15}
	_values("child_labour.hazardous_work_minimum_age") == {18}
	_values("forced_labour.free_to_resign") == {true}
	_values("forced_labour.no_retention_of_identity_documents") == {true}
	every s in [s | some s in kr.sources; s.requirement == "forced_labour.no_retention_of_identity_documents"] {
		s.conditions.worker_groups == ["foreign_workers"]
	}
	_values("working_hours.overtime_premium_min_percent") == {150}
	_values("rest.weekly_rest_min_hours") == {24}
	_values("wages.minimum_wage_paid") == {true}
	_values("equal_pay.equal_value") == {true}
	_values("freedom_of_association.right_to_organise") == {true}
	_values("freedom_of_association.collective_bargaining") == {true}
	_values("health_safety.right_to_remove_from_danger") == {true}
	_values("harassment.policy") == {true}
	_values("child_labour.night_work_minimum_age") == {18}
	_values("wages.paid_regularly") == {true}
	_values("wages.deductions_only_as_prescribed") == {true}
}

test_grounds if {
	grounds := {g | some s in _srcs("non_discrimination.grounds"); some g in s.value}
	grounds == {"sex", "nationality", "religion", "social_status", "marital_status", "family_status", "pregnancy", "union_membership"}
}

test_forty_hour_phase_in_by_size if {
	_applying("working_hours.regular_weekly_max", 1200, "2004-06-30") == {44}
	_applying("working_hours.regular_weekly_max", 1200, "2004-07-01") == {44, 40}
	_applying("working_hours.regular_weekly_max", 25, "2008-06-30") == {44}
	_applying("working_hours.regular_weekly_max", 25, "2008-07-01") == {44, 40}
	_applying("working_hours.regular_weekly_max", 7, "2011-06-30") == {44}
	_applying("working_hours.regular_weekly_max", 7, "2011-07-01") == {40}
	_applying("working_hours.overtime_pay_threshold_weekly", 7, "2026-11-23") == {40}
}

test_forty_hour_finance_from_2004 if {
	some s in _srcs("working_hours.regular_weekly_max")
	s.effective_from == "2004-07-01"
	"finance" in s.conditions.sectors
	s.conditions.workplace_workers_min == 5
}

test_fifty_two_hour_cap_by_size if {
	_applying("working_hours.total_weekly_max", 300, "2018-06-30") == set()
	_applying("working_hours.total_weekly_max", 300, "2018-07-01") == {52}
	_applying("working_hours.total_weekly_max", 120, "2019-12-31") == set()
	_applying("working_hours.total_weekly_max", 120, "2020-01-01") == {52}
	_applying("working_hours.total_weekly_max", 10, "2021-06-30") == set()
	_applying("working_hours.total_weekly_max", 10, "2021-07-01") == {52}
	_applying("working_hours.overtime_weekly_max", 10, "2021-07-01") == {12}
	_domestic("working_hours.total_weekly_max", "2026-11-23") == {52}
}

test_small_workplaces_outside_hours_and_leave_rules if {
	every id in {
		"working_hours.regular_daily_max", "working_hours.regular_weekly_max",
		"working_hours.total_weekly_max", "working_hours.overtime_weekly_max",
		"working_hours.overtime_premium_min_percent", "working_hours.overtime_voluntary",
		"leave.annual_paid_min_days", "working_hours.overtime_pay_threshold_weekly",
	} {
		_applying(id, 4, "2026-11-23") == set()
		some s in _srcs(id)
		s.entry == "absence"
		s.conditions.workplace_workers_below == 5
	}
	_applying("rest.weekly_rest_min_hours", 4, "2026-11-23") == {24}
	_applying("child_labour.minimum_age", 4, "2026-11-23") == {15}
}

test_annual_leave_after_a_year if {
	values := [s | some s in _srcs("leave.annual_paid_min_days"); s.value == 15]
	count(values) == 7
	every s in values {
		s.conditions.service_months_min == 12
		not s.statute
	}
	_applying("leave.annual_paid_min_days", 7, "2026-11-23") == {15}
}

test_maternity_conversions if {
	[m] := _srcs("maternity.leave_min_weeks")
	m.value == 12.85
	m.statute.value == 90
	m.value <= m.statute.value / 7
	[p] := _srcs("maternity.compulsory_postnatal_weeks")
	p.value == 6.42
	p.statute.value == 45
	p.value <= p.statute.value / 7
}

test_harassment_from_ten_employees if {
	_domestic("harassment.policy", "2019-07-15") == set()
	_domestic("harassment.policy", "2019-07-16") == {true}
	[s] := _srcs("harassment.policy")
	s.conditions.employer_employees_min == 10
}

test_absences_and_restrictions if {
	every id in {
		"working_hours.overtime_daily_max", "working_hours.overtime_monthly_max",
		"working_hours.overtime_yearly_max", "working_hours.total_daily_max", "wages.living_wage",
	} {
		{object.get(s, "entry", "value") | some s in _srcs(id)} == {"absence"}
	}
	[s] := _srcs("wages.no_disciplinary_deductions")
	s.entry == "restriction"
	s.value == false
	s.article == "Art. 95"
}

test_not_encoded_have_reasons if {
	not_encoded := {s.requirement | some s in kr.sources; s.entry == "not_encoded"; is_string(s.reason)}
	not_encoded == {
		"maternity.no_pregnancy_testing",
		"wages.no_deductions_for_obtaining_employment",
	}
}

test_secondary_values_name_pages_read if {
	every s in kr.sources {
		_names_pages(s)
	}
}

_names_pages(s) if s.verification != "secondary"

_names_pages(s) if count(s.checked_against) > 0

# LSA Arts. 50(2), 56(1): premium beyond 8 hours a day, from 5 workers.
test_daily_overtime_pay_threshold if {
	_applying("working_hours.overtime_pay_threshold_daily", 5, "2026-12-01") == {8}
	_applying("working_hours.overtime_pay_threshold_daily", 4, "2026-12-01") == set()
	some s in _srcs("working_hours.overtime_pay_threshold_daily")
	s.value == 8
	contains(s.article, "56(1)")
	some a in _srcs("working_hours.overtime_pay_threshold_daily")
	a.entry == "absence"
	a.conditions.workplace_workers_below == 5
}

test_daily_limit_equals_daily_threshold if {
	_applying("working_hours.regular_daily_max", 20, "2026-12-01") == _applying("working_hours.overtime_pay_threshold_daily", 20, "2026-12-01")
}

# Employment Security Act Art. 32.
test_recruitment_fees_banned_for_recruiters if {
	[s] := _srcs("forced_labour.no_recruitment_fees")
	s.value == true
	s.article == "Art. 32"
	s.verification == "primary"
	s.effective_from == "2010-01-10"
}

# OSHA Art. 52, Rules on OSH Standards Art. 32(1).
test_stop_work_and_protective_equipment if {
	[r] := _srcs("health_safety.right_to_remove_from_danger")
	r.verification == "primary"
	[p] := _srcs("health_safety.free_protective_equipment")
	p.value == true
	p.article == "Art. 32(1)"
}

# OSHA Art. 24 and Decree Table 9: 100 workers, 50 in listed manufacturing, 300 in listed services.
test_osh_committee_thresholds if {
	committees := _srcs("health_safety.worker_participation")
	{s.conditions.workplace_workers_min | some s in committees} == {50, 100, 300}
	some general in committees
	general.conditions.workplace_workers_min == 100
	"finance" in general.conditions.sectors_excluded
	not general.conditions.sectors
	some chem in committees
	chem.conditions.workplace_workers_min == 50
	"chemicals" in chem.conditions.sectors
	some fin in committees
	fin.conditions.workplace_workers_min == 300
	"finance" in fin.conditions.sectors
	_applying("health_safety.worker_participation", 99, "2026-12-01") == set()
	_applying("health_safety.worker_participation", 100, "2026-12-01") == {true}
}

test_c105_official_url if {
	startswith(kr.ratifications.C105.url, "https://www.ilo.org/dyn/normlex/")
	count(kr.ratifications.C105.checked_against) == 1
}

test_every_source_is_complete if {
	every s in kr.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "http")
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		s.binding == "law"
		s.verification in {"primary", "secondary", "unverified"}
		s.requirement in object.keys(catalogue.requirements)
	}
	unverified_values := {s.requirement |
		some s in kr.sources
		s.verification == "unverified"
		object.get(s, "entry", "value") != "not_encoded"
	}
	unverified_values == set()
}

test_ratifications if {
	object.keys(kr.ratifications) == {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}
	kr.ratifications.C87.date == "2021-04-20"
	kr.ratifications.C105.status == "not_ratified"

	# The C138 declared minimum age was not verified against a checked source.
	not "declared_minimum_age" in object.keys(kr.ratifications.C138)
}

# Maternity pay: the employer pays the ordinary wage for the first 60 days (LSA Art. 74(4)),
# encoded as 100 % with the statute's own base and period kept in statute and notes.
test_maternity_pay_first_60_days if {
	[s] := _srcs("maternity.cash_benefit_min_percent")
	s.value == 100
	s.statute.value == 100
	contains(s.statute.unit, "ordinary wage")
	contains(s.statute.unit, "first 60 days")
	s.article == "Art. 74(4)"
	s.effective_from == "2001-11-01"
	s.verification == "secondary"
	count(s.checked_against) == 4
	not s.conditions
	_domestic("maternity.cash_benefit_min_percent", "2026-11-23") == {100}
	_domestic("maternity.cash_benefit_min_percent", "2001-10-31") == set()
}

test_pregnancy_testing_reason_names_what_was_read if {
	[s] := _srcs("maternity.no_pregnancy_testing")
	s.entry == "not_encoded"
	not s.value
	contains(s.reason, "Enforcement Rule")
	contains(s.reason, "Art. 4-3")
}
