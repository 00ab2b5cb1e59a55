package hrdd.national.us_test

import data.hrdd.national.us

_in(date) := {"country": "US", "as_of": date, "profiles": ["international"], "context": {}}

_domestic(id, inp) := vals if {
	reqs := data.hrdd.main.requirements with input as inp
	vals := [s.value | some s in reqs[id].domestic]
}

_values(id) := {s.value | some s in us.sources; s.requirement == id}

test_values_per_requirement if {
	_values("child_labour.minimum_age") == {16}
	_values("child_labour.hazardous_work_minimum_age") == {18}
	_values("forced_labour.free_to_resign") == {true}
	_values("working_hours.regular_weekly_max") == {40}
	_values("working_hours.overtime_premium_min_percent") == {150}
	_values("wages.minimum_wage_paid") == {true}
	_values("maternity.leave_min_weeks") == {12}
	_values("freedom_of_association.right_to_organise") == {true}
	_values("freedom_of_association.collective_bargaining") == {true}
	_values("health_safety.free_protective_equipment") == {true}
}

test_federal_law_is_silent if {
	silent := {
		"working_hours.regular_daily_max", "working_hours.total_weekly_max",
		"working_hours.overtime_voluntary", "rest.weekly_rest_min_hours",
		"leave.annual_paid_min_days", "maternity.cash_benefit_min_percent",
		"equal_pay.equal_value", "wages.living_wage", "harassment.policy",
		"forced_labour.no_recruitment_fees", "forced_labour.no_retention_of_identity_documents",
		"health_safety.worker_participation",
	}
	every id in silent {
		count(_values(id)) == 0
	}
}

test_grounds_today if {
	reqs := data.hrdd.main.requirements with input as _in("2026-11-23")
	grounds := {g | some s in reqs["non_discrimination.grounds"].domestic; some g in s.value}
	grounds == {"race", "colour", "religion", "sex", "national_extraction", "pregnancy", "age", "disability", "genetic_information", "union_membership"}
}

test_pregnancy_ground_dates if {
	before := {g | some v in _domestic("non_discrimination.grounds", _in("1978-10-30")); some g in v}
	not "pregnancy" in before
	after := {g | some v in _domestic("non_discrimination.grounds", _in("1978-10-31")); some g in v}
	"pregnancy" in after
}

test_overtime_threshold_dates if {
	_domestic("working_hours.regular_weekly_max", _in("1940-10-23")) == []
	_domestic("working_hours.regular_weekly_max", _in("1940-10-24")) == [40]
}

test_fmla_dates if {
	_domestic("maternity.leave_min_weeks", _in("1993-08-04")) == []
	_domestic("maternity.leave_min_weeks", _in("1993-08-05")) == [12]
}

test_ppe_dates if {
	_domestic("health_safety.free_protective_equipment", _in("2008-02-12")) == []
	_domestic("health_safety.free_protective_equipment", _in("2008-02-13")) == [true]
}

test_every_source_is_complete if {
	every s in us.sources {
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
	object.keys(us.ratifications) == {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}
	{c | some c, r in us.ratifications; r.status == "ratified"} == {"C105", "C182"}
}
