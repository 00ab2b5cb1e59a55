package hrdd.national.cn_test

import data.hrdd.main
import data.hrdd.national.cn

_fundamental := {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}

_required_fields := {"requirement", "value", "instrument", "article", "url", "effective_from", "binding", "verification"}

_values(as_of) := {id: vs |
	some s in cn.sources
	id := s.requirement
	vs := {v |
		some t in cn.sources
		t.requirement == id
		t.effective_from <= as_of
		not _ended(t, as_of)
		v := t.value
	}
	count(vs) > 0
}

_ended(s, as_of) if as_of >= s.effective_to

_domestic(id, as_of) := {s.value | some s in r.domestic} if {
	r := main.requirements[id] with input as {"country": "CN", "as_of": as_of, "profiles": ["international"], "context": {}}
}

test_values_in_force_today if {
	v := _values("2026-11-23")
	v["child_labour.minimum_age"] == {16}
	v["child_labour.hazardous_work_minimum_age"] == {18}
	v["forced_labour.no_retention_of_identity_documents"] == {true}
	v["forced_labour.no_recruitment_fees"] == {true}
	v["forced_labour.free_to_resign"] == {true}
	v["working_hours.regular_daily_max"] == {8}
	v["working_hours.regular_weekly_max"] == {44, 40}
	v["working_hours.overtime_voluntary"] == {true}
	v["working_hours.overtime_premium_min_percent"] == {150}
	v["rest.weekly_rest_min_hours"] == {24}
	v["leave.annual_paid_min_days"] == {5}
	v["maternity.leave_min_weeks"] == {12.85, 14}
	v["wages.minimum_wage_paid"] == {true}
	v["non_discrimination.grounds"] == {
		["ethnicity", "race", "sex", "religion"],
		["ethnicity", "race", "sex", "religion", "disability", "health_status"],
		["sex", "marital_status", "pregnancy"],
	}
	v["health_safety.right_to_remove_from_danger"] == {true}
	v["harassment.policy"] == {true}
}

# The law does not guarantee independent unions: nothing is encoded for freedom of association.
test_freedom_of_association_not_encoded if {
	v := _values("2026-11-23")
	not v["freedom_of_association.right_to_organise"]
	not v["freedom_of_association.collective_bargaining"]
	not v["equal_pay.equal_value"]
	not v["maternity.cash_benefit_min_percent"]
	_domestic("freedom_of_association.right_to_organise", "2026-11-23") == set()
}

test_forty_hour_week_from_1_may_1995 if {
	_domestic("working_hours.regular_weekly_max", "1994-12-31") == set()
	_domestic("working_hours.regular_weekly_max", "1995-04-30") == {44}
	_domestic("working_hours.regular_weekly_max", "1995-05-01") == {44, 40}
}

test_98_days_maternity_leave_from_decree_619 if {
	_domestic("maternity.leave_min_weeks", "2012-04-27") == {12.85}
	_domestic("maternity.leave_min_weeks", "2012-04-28") == {12.85, 14}
}

test_contract_law_and_womens_rights_law_dates if {
	_domestic("forced_labour.no_retention_of_identity_documents", "2007-12-31") == set()
	_domestic("forced_labour.no_retention_of_identity_documents", "2008-01-01") == {true}
	_domestic("harassment.policy", "2022-12-31") == set()
	_domestic("harassment.policy", "2023-01-01") == {true}
	count(_domestic("non_discrimination.grounds", "2022-12-31")) == 2
	count(_domestic("non_discrimination.grounds", "2023-01-01")) == 3
}

test_every_source_is_complete if {
	bad := {[s.requirement, f] |
		some s in cn.sources
		some f in _required_fields
		not f in object.keys(s)
	}
	count(bad) == 0
	every s in cn.sources {
		s.binding == "law"
		s.verification in {"primary", "secondary"}
		regex.match(`^https?://`, s.url)
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		object.get(s, "effective_to", "") != null
	}
}

test_ratifications_cover_the_fundamental_instruments if {
	object.keys(cn.ratifications) == _fundamental
	every _, r in cn.ratifications {
		r.status in {"ratified", "not_ratified"}
		r.verification in {"primary", "secondary"}
		regex.match(`^https?://`, r.url)
	}
	cn.ratifications.C138.declared_minimum_age == 16
	cn.ratifications.C87.status == "not_ratified"
	cn.ratifications.C98.status == "not_ratified"
	cn.ratifications.C29.date == "2022-08-12"
}

test_country_name if {
	cn.name == "China"
}
