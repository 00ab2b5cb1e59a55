package hrdd.national.th_test

import data.hrdd.main
import data.hrdd.national.th

_fundamental := {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}

_required_fields := {"requirement", "value", "instrument", "article", "url", "effective_from", "binding", "verification"}

_values(as_of) := {id: vs |
	some s in th.sources
	id := s.requirement
	vs := {v |
		some t in th.sources
		t.requirement == id
		t.effective_from <= as_of
		not _ended(t, as_of)
		v := t.value
	}
	count(vs) > 0
}

_ended(s, as_of) if as_of >= s.effective_to

_domestic(id, as_of) := [s.value | some s in r.domestic] if {
	r := main.requirements[id] with input as {"country": "TH", "as_of": as_of, "profiles": ["international"], "context": {}}
}

test_values_in_force_today if {
	v := _values("2026-11-23")
	v["child_labour.minimum_age"] == {15}
	v["child_labour.hazardous_work_minimum_age"] == {18}
	v["working_hours.regular_daily_max"] == {8}
	v["working_hours.regular_weekly_max"] == {48}
	v["working_hours.overtime_voluntary"] == {true}
	v["working_hours.overtime_premium_min_percent"] == {150}
	v["rest.weekly_rest_min_hours"] == {24}
	v["leave.annual_paid_min_days"] == {5}
	v["maternity.leave_min_weeks"] == {14}
	v["wages.minimum_wage_paid"] == {true}
	v["non_discrimination.grounds"] == {["sex"]}
	not v["maternity.cash_benefit_min_percent"]
	not v["equal_pay.equal_value"]
	not v["freedom_of_association.right_to_organise"]
	not v["working_hours.total_weekly_max"]
}

test_act_in_force_from_19_august_1998 if {
	_domestic("child_labour.minimum_age", "1998-08-18") == []
	_domestic("child_labour.minimum_age", "1998-08-19") == [15]
}

test_98_days_maternity_leave_from_5_may_2019 if {
	_domestic("maternity.leave_min_weeks", "2019-05-04") == [12.85]
	_domestic("maternity.leave_min_weeks", "2019-05-05") == [14]
}

test_every_source_is_complete if {
	bad := {[s.requirement, f] |
		some s in th.sources
		some f in _required_fields
		not f in object.keys(s)
	}
	count(bad) == 0
	every s in th.sources {
		s.binding == "law"
		s.verification in {"primary", "secondary"}
		regex.match(`^https?://`, s.url)
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		object.get(s, "effective_to", "9999-12-31") > s.effective_from
	}
}

test_ratifications_cover_the_fundamental_instruments if {
	object.keys(th.ratifications) == _fundamental
	every _, r in th.ratifications {
		r.status in {"ratified", "not_ratified"}
		r.verification in {"primary", "secondary"}
		regex.match(`^https?://`, r.url)
	}
	th.ratifications.C138.declared_minimum_age == 15
	th.ratifications.C111.date == "2017-06-13"
	th.ratifications.C87.status == "not_ratified"
	th.ratifications.P29.date == "2018-06-04"
}

test_country_name if {
	th.name == "Thailand"
}
