package hrdd.national.id_test

import data.hrdd.main
import data.hrdd.national.id

_fundamental := {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}

_required_fields := {"requirement", "value", "instrument", "article", "url", "effective_from", "binding", "verification"}

_values(as_of) := {rid: vs |
	some s in id.sources
	rid := s.requirement
	vs := {v |
		some t in id.sources
		t.requirement == rid
		t.effective_from <= as_of
		not _ended(t, as_of)
		v := t.value
	}
	count(vs) > 0
}

_ended(s, as_of) if as_of >= s.effective_to

_domestic(rid, as_of) := [s | some s in r.domestic] if {
	r := main.requirements[rid] with input as {"country": "ID", "as_of": as_of, "profiles": ["international"], "context": {}}
}

test_values_in_force_today if {
	v := _values("2026-11-23")
	v["child_labour.minimum_age"] == {15}
	v["child_labour.hazardous_work_minimum_age"] == {18}
	v["working_hours.regular_daily_max"] == {8}
	v["working_hours.regular_weekly_max"] == {40}
	v["working_hours.overtime_voluntary"] == {true}
	v["working_hours.overtime_premium_min_percent"] == {150}
	v["rest.weekly_rest_min_hours"] == {24}
	v["leave.annual_paid_min_days"] == {10}
	v["maternity.leave_min_weeks"] == {13}
	v["maternity.cash_benefit_min_percent"] == {100}
	v["wages.minimum_wage_paid"] == {true}
	v["non_discrimination.grounds"] == {["sex", "ethnicity", "race", "religion", "colour", "political_opinion", "disability"]}
	v["freedom_of_association.right_to_organise"] == {true}
	v["freedom_of_association.collective_bargaining"] == {true}
	not v["equal_pay.equal_value"]
	not v["harassment.policy"]
	not v["working_hours.total_weekly_max"]
}

test_manpower_law_from_25_march_2003 if {
	_domestic("working_hours.regular_weekly_max", "2003-03-24") == []
	[s.value | some s in _domestic("working_hours.regular_weekly_max", "2003-03-25")] == [40]
}

test_gr_35_2021_from_2_february_2021 if {
	_domestic("working_hours.overtime_premium_min_percent", "2021-02-01") == []
	[s.value | some s in _domestic("working_hours.overtime_premium_min_percent", "2021-02-02")] == [150]
	count(_domestic("working_hours.overtime_voluntary", "2021-02-01")) == 1
	count(_domestic("working_hours.overtime_voluntary", "2021-02-02")) == 2
}

test_minimum_wage_article_changes_with_job_creation_law if {
	[s.article | some s in _domestic("wages.minimum_wage_paid", "2020-11-01")] == ["Art. 90(1)"]
	[s.article | some s in _domestic("wages.minimum_wage_paid", "2020-11-02")] == ["Art. 88E(2), inserted by Law 11/2020 and re-enacted by Perppu 2/2022 and Law 6/2023"]
}

test_trade_union_law_from_4_august_2000 if {
	_domestic("freedom_of_association.right_to_organise", "2000-08-03") == []
	count(_domestic("freedom_of_association.right_to_organise", "2000-08-04")) == 1
}

test_every_source_is_complete if {
	bad := {[s.requirement, f] |
		some s in id.sources
		some f in _required_fields
		not f in object.keys(s)
	}
	count(bad) == 0
	every s in id.sources {
		s.binding == "law"
		s.verification in {"primary", "secondary"}
		regex.match(`^https?://`, s.url)
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		object.get(s, "effective_to", "9999-12-31") > s.effective_from
	}
}

test_ratifications_cover_the_fundamental_instruments if {
	object.keys(id.ratifications) == _fundamental
	every _, r in id.ratifications {
		r.status in {"ratified", "not_ratified"}
		r.verification in {"primary", "secondary"}
		regex.match(`^https?://`, r.url)
	}
	id.ratifications.C138.declared_minimum_age == 15
	id.ratifications.C87.status == "ratified"
	id.ratifications.C187.date == "2015-08-31"
}

test_country_name if {
	id.name == "Indonesia"
}
