package hrdd.national.kr_test

import data.hrdd.national.kr

_in(date, ctx) := {"country": "KR", "as_of": date, "profiles": ["international"], "context": ctx}

_domestic(id, inp) := vals if {
	reqs := data.hrdd.main.requirements with input as inp
	vals := [s.value | some s in reqs[id].domestic]
}

_values(id) := {s.value | some s in kr.sources; s.requirement == id}

test_values_per_requirement if {
	_values("child_labour.minimum_age") == {15}
	_values("child_labour.hazardous_work_minimum_age") == {18}
	_values("forced_labour.free_to_resign") == {true}
	_values("working_hours.regular_daily_max") == {8}
	_values("working_hours.regular_weekly_max") == {44, 40}
	_values("working_hours.total_weekly_max") == {52}
	_values("working_hours.overtime_premium_min_percent") == {150}
	_values("rest.weekly_rest_min_hours") == {24}
	_values("leave.annual_paid_min_days") == {15}
	_values("maternity.leave_min_weeks") == {12.86}
	_values("wages.minimum_wage_paid") == {true}
	_values("equal_pay.equal_value") == {true}
	_values("freedom_of_association.right_to_organise") == {true}
	_values("freedom_of_association.collective_bargaining") == {true}
	_values("health_safety.right_to_remove_from_danger") == {true}
	_values("harassment.policy") == {true}
}

test_grounds if {
	grounds := {g | some s in kr.sources; s.requirement == "non_discrimination.grounds"; some g in s.value}
	grounds == {"sex", "nationality", "religion", "social_status", "marital_status", "family_status", "pregnancy", "union_membership"}
}

test_forty_hour_phase_in_by_size if {
	_domestic("working_hours.regular_weekly_max", _in("2004-06-30", {"workers": 1200})) == [44]
	_domestic("working_hours.regular_weekly_max", _in("2004-07-01", {"workers": 1200})) == [40]
	_domestic("working_hours.regular_weekly_max", _in("2008-06-30", {"workers": 25})) == [44]
	_domestic("working_hours.regular_weekly_max", _in("2008-07-01", {"workers": 25})) == [40]
	_domestic("working_hours.regular_weekly_max", _in("2011-06-30", {})) == [44]
	_domestic("working_hours.regular_weekly_max", _in("2011-07-01", {})) == [40]
}

test_fifty_two_hour_cap_by_size if {
	_domestic("working_hours.total_weekly_max", _in("2018-06-30", {"workers": 300})) == []
	_domestic("working_hours.total_weekly_max", _in("2018-07-01", {"workers": 300})) == [52]
	_domestic("working_hours.total_weekly_max", _in("2019-12-31", {"workers": 120})) == []
	_domestic("working_hours.total_weekly_max", _in("2020-01-01", {"workers": 120})) == [52]
	_domestic("working_hours.total_weekly_max", _in("2021-06-30", {"workers": 10})) == []
	_domestic("working_hours.total_weekly_max", _in("2021-07-01", {"workers": 10})) == [52]
	_domestic("working_hours.total_weekly_max", _in("2026-11-23", {})) == [52]
}

test_small_workplaces_outside_hours_and_leave_rules if {
	small := {"workers": 4}
	_domestic("working_hours.total_weekly_max", _in("2026-11-23", small)) == []
	_domestic("working_hours.overtime_premium_min_percent", _in("2026-11-23", small)) == []
	_domestic("leave.annual_paid_min_days", _in("2026-11-23", small)) == []
	_domestic("rest.weekly_rest_min_hours", _in("2026-11-23", small)) == [24]
	_domestic("child_labour.minimum_age", _in("2026-11-23", small)) == [15]
}

test_harassment_rules_of_employment if {
	_domestic("harassment.policy", _in("2019-07-15", {})) == []
	_domestic("harassment.policy", _in("2019-07-16", {})) == [true]
	_domestic("harassment.policy", _in("2026-11-23", {"workers": 9})) == []
}

test_reads if kr.reads == {"workers"}

test_every_source_is_complete if {
	every s in kr.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "http")
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		s.binding == "law"
		s.verification in {"primary", "secondary"}
		s.requirement in object.keys(data.hrdd.catalogue.requirements)
	}
}

test_ratifications if {
	object.keys(kr.ratifications) == {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}
	kr.ratifications.C87.date == "2021-04-20"
	kr.ratifications.C105.status == "not_ratified"

	# The C138 declared minimum age was not verified against a checked source.
	not "declared_minimum_age" in object.keys(kr.ratifications.C138)
}
