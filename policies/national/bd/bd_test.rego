package hrdd.national.bd_test

import data.hrdd.main
import data.hrdd.national.bd

_fundamental := {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}

_required_fields := {"requirement", "value", "instrument", "article", "url", "effective_from", "binding", "verification"}

# Values of the sources in force on a date, by requirement id.
_values(as_of) := {id: vs |
	some s in bd.sources
	id := s.requirement
	vs := {v |
		some t in bd.sources
		t.requirement == id
		t.effective_from <= as_of
		not _ended(t, as_of)
		v := t.value
	}
	count(vs) > 0
}

_ended(s, as_of) if as_of >= s.effective_to

_domestic(id, as_of) := [s.value | some s in r.domestic] if {
	r := main.requirements[id] with input as {"country": "BD", "as_of": as_of, "profiles": ["international"], "context": {}}
}

test_values_in_force_today if {
	v := _values("2026-11-23")
	v["child_labour.minimum_age"] == {14}
	v["child_labour.hazardous_work_minimum_age"] == {18}
	v["forced_labour.free_to_resign"] == {true}
	v["working_hours.regular_daily_max"] == {8}
	v["working_hours.regular_weekly_max"] == {48}
	v["working_hours.total_weekly_max"] == {60}
	v["working_hours.overtime_premium_min_percent"] == {200}
	v["rest.weekly_rest_min_hours"] == {24}
	v["maternity.leave_min_weeks"] == {16}
	v["maternity.cash_benefit_min_percent"] == {100}
	v["wages.minimum_wage_paid"] == {true}
	v["non_discrimination.grounds"] == {["sex", "disability"]}
	v["equal_pay.equal_value"] == {true}
	v["freedom_of_association.right_to_organise"] == {true}
	v["freedom_of_association.collective_bargaining"] == {true}
}

test_no_value_before_the_act if {
	count(_values("2006-10-10")) == 0
	_domestic("child_labour.minimum_age", "2006-10-10") == []
	_domestic("child_labour.minimum_age", "2006-10-11") == [14]
}

test_disability_ground_from_2013_amendment if {
	_domestic("non_discrimination.grounds", "2013-07-21") == [["sex"]]
	_domestic("non_discrimination.grounds", "2013-07-22") == [["sex", "disability"]]
}

test_left_out_values_stay_out if {
	v := _values("2026-11-23")
	not v["leave.annual_paid_min_days"]
	not v["working_hours.overtime_voluntary"]
	not v["harassment.policy"]
}

test_every_source_is_complete if {
	bad := {[s.requirement, f] |
		some s in bd.sources
		some f in _required_fields
		not f in object.keys(s)
	}
	count(bad) == 0
	every s in bd.sources {
		s.binding == "law"
		s.verification in {"primary", "secondary"}
		regex.match(`^https?://`, s.url)
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		object.get(s, "effective_to", "") != null
	}
}

test_ratifications_cover_the_fundamental_instruments if {
	object.keys(bd.ratifications) == _fundamental
	every _, r in bd.ratifications {
		r.status in {"ratified", "not_ratified"}
		r.verification in {"primary", "secondary"}
		regex.match(`^https?://`, r.url)
	}
	bd.ratifications.C138.declared_minimum_age == 14
	bd.ratifications.C138.date == "2022-03-22"
	bd.ratifications.C155.status == "not_ratified"
}

test_country_name if {
	bd.name == "Bangladesh"
}
