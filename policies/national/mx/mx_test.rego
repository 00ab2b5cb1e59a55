package hrdd.national.mx_test

import data.hrdd.national.mx

_in(date) := {"country": "MX", "as_of": date, "profiles": ["international"], "context": {}}

_domestic(id, inp) := vals if {
	reqs := data.hrdd.main.requirements with input as inp
	vals := [s.value | some s in reqs[id].domestic]
}

_values(id) := {s.value | some s in mx.sources; s.requirement == id}

test_values_per_requirement if {
	_values("child_labour.minimum_age") == {15}
	_values("child_labour.hazardous_work_minimum_age") == {18}
	_values("working_hours.regular_daily_max") == {8}
	_values("forced_labour.free_to_resign") == {true}
	_values("working_hours.regular_weekly_max") == {48, 46, 44, 42, 40}
	_values("working_hours.overtime_premium_min_percent") == {200}
	_values("rest.weekly_rest_min_hours") == {24}
	_values("leave.annual_paid_min_days") == {6, 12}
	_values("maternity.leave_min_weeks") == {12}
	_values("maternity.cash_benefit_min_percent") == {100}
	_values("wages.minimum_wage_paid") == {true}
	_values("freedom_of_association.right_to_organise") == {true}
	_values("freedom_of_association.collective_bargaining") == {true}
	_values("health_safety.worker_participation") == {true}
	_values("harassment.policy") == {true}
}

test_no_value_where_not_verified_or_not_set if {
	count(_values("working_hours.total_weekly_max")) == 0
	count(_values("working_hours.overtime_voluntary")) == 0
	count(_values("equal_pay.equal_value")) == 0
	count(_values("forced_labour.no_recruitment_fees")) == 0
}

test_annual_leave_reform if {
	_domestic("leave.annual_paid_min_days", _in("2022-12-31")) == [6]
	_domestic("leave.annual_paid_min_days", _in("2023-01-01")) == [12]
}

test_weekly_max_phase_in if {
	_domestic("working_hours.regular_weekly_max", _in("2026-11-23")) == [48]
	_domestic("working_hours.regular_weekly_max", _in("2026-12-31")) == [48]
	_domestic("working_hours.regular_weekly_max", _in("2027-01-01")) == [46]
	_domestic("working_hours.regular_weekly_max", _in("2027-12-31")) == [46]
	_domestic("working_hours.regular_weekly_max", _in("2028-01-01")) == [44]
	_domestic("working_hours.regular_weekly_max", _in("2029-01-01")) == [42]
	_domestic("working_hours.regular_weekly_max", _in("2029-12-31")) == [42]
	_domestic("working_hours.regular_weekly_max", _in("2030-01-01")) == [40]
}

test_minimum_age_dates if {
	_domestic("child_labour.minimum_age", _in("2014-06-17")) == []
	_domestic("child_labour.minimum_age", _in("2014-06-18")) == [15]
	count(_domestic("child_labour.minimum_age", _in("2015-06-13"))) == 2
}

test_harassment_protocol_dates if {
	_domestic("harassment.policy", _in("2019-05-01")) == []
	_domestic("harassment.policy", _in("2019-05-02")) == [true]
}

test_grounds_today if {
	grounds := {g | some v in _domestic("non_discrimination.grounds", _in("2026-11-23")); some g in v}
	{"sex", "pregnancy", "religion", "political_opinion", "national_extraction", "age", "disability"} & grounds == {"sex", "pregnancy", "religion", "political_opinion", "national_extraction", "age", "disability"}
}

test_every_source_is_complete if {
	every s in mx.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "http")
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		s.binding == "law"
		s.verification in {"primary", "secondary"}
		s.requirement in object.keys(data.hrdd.catalogue.requirements)
		not s.effective_to == null
	}
}

test_ratifications if {
	object.keys(mx.ratifications) == {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}
	mx.ratifications.C187.status == "not_ratified"
	mx.ratifications.C138.declared_minimum_age == 15
	mx.ratifications.C138.date == "2015-06-10"
	not "date" in object.keys(mx.ratifications.C182)
}
