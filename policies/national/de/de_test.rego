package hrdd.national.de_test

import data.hrdd.national.de

_in(date) := {"country": "DE", "as_of": date, "profiles": ["international"], "context": {}}

_domestic(id, inp) := vals if {
	reqs := data.hrdd.main.requirements with input as inp
	vals := [s.value | some s in reqs[id].domestic]
}

_values(id) := {s.value | some s in de.sources; s.requirement == id}

test_values_per_requirement if {
	_values("child_labour.minimum_age") == {15}
	_values("child_labour.hazardous_work_minimum_age") == {18}
	_values("forced_labour.free_to_resign") == {true}
	_values("working_hours.regular_daily_max") == {8}
	_values("working_hours.regular_weekly_max") == {48}
	_values("working_hours.total_weekly_max") == {60}
	_values("rest.weekly_rest_min_hours") == {24}
	_values("leave.annual_paid_min_days") == {20}
	_values("maternity.leave_min_weeks") == {14}
	_values("maternity.cash_benefit_min_percent") == {100}
	_values("wages.minimum_wage_paid") == {true}
	_values("equal_pay.equal_value") == {true}
	_values("freedom_of_association.right_to_organise") == {true}
	_values("freedom_of_association.collective_bargaining") == {true}
	_values("health_safety.right_to_remove_from_danger") == {true}
	_values("health_safety.free_protective_equipment") == {true}
	_values("health_safety.worker_participation") == {true}
}

test_no_value_where_the_law_sets_none if {
	count(_values("working_hours.overtime_premium_min_percent")) == 0
	count(_values("working_hours.overtime_voluntary")) == 0
	count(_values("forced_labour.no_recruitment_fees")) == 0
	count(_values("wages.living_wage")) == 0
	count(_values("harassment.policy")) == 0
}

test_grounds if {
	_values("non_discrimination.grounds") == {["race", "ethnic_origin", "sex", "pregnancy", "religion", "creed", "disability", "age", "sexual_orientation"]}
}

test_annual_leave_dates if {
	_domestic("leave.annual_paid_min_days", _in("1994-12-31")) == []
	_domestic("leave.annual_paid_min_days", _in("1995-01-01")) == [20]
}

test_child_age_dates if {
	_domestic("child_labour.minimum_age", _in("1997-02-28")) == []
	_domestic("child_labour.minimum_age", _in("1997-03-01")) == [15]
}

test_minimum_wage_dates if {
	_domestic("wages.minimum_wage_paid", _in("2014-12-31")) == []
	_domestic("wages.minimum_wage_paid", _in("2015-01-01")) == [true]
}

test_composed_today if {
	_domestic("working_hours.regular_weekly_max", _in("2026-11-23")) == [48]
	_domestic("maternity.leave_min_weeks", _in("2026-11-23")) == [14]
}

test_every_source_is_complete if {
	every s in de.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "http")
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		s.binding == "law"
		s.verification in {"primary", "secondary"}
		s.requirement in object.keys(data.hrdd.catalogue.requirements)
	}
}

test_ratifications_cover_the_fundamentals if {
	object.keys(de.ratifications) == {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}
	de.ratifications.C155.status == "not_ratified"

	# The declared minimum age was not verified against a checked source.
	not "declared_minimum_age" in object.keys(de.ratifications.C138)
	de.ratifications.C138.date == "1976-04-08"
	de.ratifications.P29.date == "2019-06-19"
}

test_night_work_and_postnatal_leave if {
	_values("child_labour.night_work_minimum_age") == {18}
	_values("maternity.compulsory_postnatal_weeks") == {8}
	_domestic("child_labour.night_work_minimum_age", _in("1976-04-30")) == []
	_domestic("child_labour.night_work_minimum_age", _in("1976-05-01")) == [18]
}
