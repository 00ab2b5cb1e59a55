package hrdd.national.in_test

import data.hrdd.main

# `in` is a keyword, so the pack is imported under an alias.
import data.hrdd.national.in as india

_fundamental := {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}

_required_fields := {"requirement", "value", "instrument", "article", "url", "effective_from", "binding", "verification"}

_values(as_of) := {id: vs |
	some s in india.sources
	id := s.requirement
	vs := {v |
		some t in india.sources
		t.requirement == id
		t.effective_from <= as_of
		not _ended(t, as_of)
		v := t.value
	}
	count(vs) > 0
}

_ended(s, as_of) if as_of >= s.effective_to

_domestic(id, as_of) := [s | some s in r.domestic] if {
	r := main.requirements[id] with input as {"country": "IN", "as_of": as_of, "profiles": ["international"], "context": {}}
}

_instruments(id, as_of) := {s.instrument | some s in _domestic(id, as_of)}

_factories := "Factories Act 1948 (Act No. 63 of 1948)"

_osh := "Occupational Safety, Health and Working Conditions Code 2020 (Act No. 37 of 2020)"

test_pack_resolves_under_the_keyword_name if {
	data.hrdd.national["in"].name == "India"
	india.name == "India"
}

test_values_in_force_today if {
	v := _values("2026-11-23")
	v["child_labour.minimum_age"] == {14}
	v["child_labour.hazardous_work_minimum_age"] == {18}
	v["working_hours.regular_daily_max"] == {8}
	v["working_hours.regular_weekly_max"] == {48}
	v["working_hours.overtime_premium_min_percent"] == {200}
	v["rest.weekly_rest_min_hours"] == {24}
	v["maternity.leave_min_weeks"] == {26}
	v["maternity.cash_benefit_min_percent"] == {100}
	v["wages.minimum_wage_paid"] == {true}
	v["non_discrimination.grounds"] == {["sex"]}
	v["freedom_of_association.right_to_organise"] == {true}
	v["harassment.policy"] == {true}
	not v["leave.annual_paid_min_days"]
	not v["equal_pay.equal_value"]
	not v["freedom_of_association.collective_bargaining"]
}

test_labour_codes_replace_the_factories_act_on_21_november_2025 if {
	_instruments("working_hours.regular_daily_max", "2025-11-20") == {_factories}
	[s.value | some s in _domestic("working_hours.regular_daily_max", "2025-11-20")] == [9]
	_instruments("working_hours.regular_daily_max", "2025-11-21") == {_osh}
	[s.value | some s in _domestic("working_hours.regular_daily_max", "2025-11-21")] == [8]
	_instruments("working_hours.overtime_premium_min_percent", "2025-11-20") == {_factories}
	_instruments("working_hours.overtime_premium_min_percent", "2025-11-21") == {_osh}
	_instruments("rest.weekly_rest_min_hours", "2025-11-21") == {_osh}
}

test_code_on_social_security_takes_over_maternity_leave if {
	_instruments("maternity.leave_min_weeks", "2017-03-31") == set()
	_instruments("maternity.leave_min_weeks", "2017-04-01") == {"Maternity Benefit Act 1961, as amended by the Maternity Benefit (Amendment) Act 2017"}
	_instruments("maternity.leave_min_weeks", "2025-11-21") == {"Code on Social Security 2020 (Act No. 36 of 2020)"}
	_domestic("maternity.cash_benefit_min_percent", "2025-11-20") == []
}

test_child_labour_amendment_from_1_september_2016 if {
	_domestic("child_labour.minimum_age", "2016-08-31") == []
	[s.value | some s in _domestic("child_labour.minimum_age", "2016-09-01")] == [14]
}

test_code_on_wages_from_21_november_2025 if {
	_domestic("wages.minimum_wage_paid", "2025-11-20") == []
	_domestic("non_discrimination.grounds", "2025-11-20") == []
	[s.value | some s in _domestic("non_discrimination.grounds", "2025-11-21")] == [["sex"]]
}

test_posh_act_from_9_december_2013 if {
	_domestic("harassment.policy", "2013-12-08") == []
	count(_domestic("harassment.policy", "2013-12-09")) == 1
}

test_every_source_is_complete if {
	bad := {[s.requirement, f] |
		some s in india.sources
		some f in _required_fields
		not f in object.keys(s)
	}
	count(bad) == 0
	every s in india.sources {
		s.binding == "law"
		s.verification in {"primary", "secondary"}
		regex.match(`^https?://`, s.url)
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		object.get(s, "effective_to", "9999-12-31") > s.effective_from
	}
}

test_ratifications_cover_the_fundamental_instruments if {
	object.keys(india.ratifications) == _fundamental
	every _, r in india.ratifications {
		r.status in {"ratified", "not_ratified"}
		r.verification in {"primary", "secondary"}
		regex.match(`^https?://`, r.url)
	}
	india.ratifications.C138.declared_minimum_age == 14
	india.ratifications.C87.status == "not_ratified"
	india.ratifications.C98.status == "not_ratified"
}
