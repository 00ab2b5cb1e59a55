package hrdd.national.vn_test

import data.hrdd.main
import data.hrdd.national.vn

_fundamental := {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}

_required_fields := {"requirement", "value", "instrument", "article", "url", "effective_from", "binding", "verification"}

_values(as_of) := {id: vs |
	some s in vn.sources
	id := s.requirement
	vs := {v |
		some t in vn.sources
		t.requirement == id
		t.effective_from <= as_of
		not _ended(t, as_of)
		v := t.value
	}
	count(vs) > 0
}

_ended(s, as_of) if as_of >= s.effective_to

_domestic(id, as_of) := [s | some s in r.domestic] if {
	r := main.requirements[id] with input as {"country": "VN", "as_of": as_of, "profiles": ["international"], "context": {}}
}

test_values_in_force_today if {
	v := _values("2026-11-23")
	v["child_labour.minimum_age"] == {15}
	v["child_labour.hazardous_work_minimum_age"] == {18}
	v["forced_labour.no_retention_of_identity_documents"] == {true}
	v["forced_labour.free_to_resign"] == {true}
	v["working_hours.regular_daily_max"] == {8}
	v["working_hours.regular_weekly_max"] == {48}
	v["working_hours.overtime_voluntary"] == {true}
	v["working_hours.overtime_premium_min_percent"] == {150}
	v["rest.weekly_rest_min_hours"] == {24}
	v["leave.annual_paid_min_days"] == {10}
	v["maternity.leave_min_weeks"] == {26}
	v["maternity.cash_benefit_min_percent"] == {100}
	v["wages.minimum_wage_paid"] == {true}
	v["equal_pay.equal_value"] == {true}
	v["harassment.policy"] == {true}
	some grounds in v["non_discrimination.grounds"]
	count(grounds) == 15
	every g in {"race", "colour", "national_extraction", "social_origin", "sex", "religion", "political_opinion", "hiv_status", "union_membership"} {
		g in grounds
	}
}

test_not_encoded if {
	v := _values("2026-11-23")
	not v["freedom_of_association.right_to_organise"]
	not v["forced_labour.no_recruitment_fees"]
	not v["working_hours.total_weekly_max"]
}

test_labour_code_2019_from_1_january_2021 if {
	_domestic("working_hours.regular_weekly_max", "2020-12-31") == []
	[s.value | some s in _domestic("working_hours.regular_weekly_max", "2021-01-01")] == [48]
	[s.value | some s in _domestic("non_discrimination.grounds", "2020-12-31")] == []
}

test_social_insurance_law_2024_from_1_july_2025 if {
	[s.instrument | some s in _domestic("maternity.cash_benefit_min_percent", "2025-06-30")] == ["Law on Social Insurance No. 58/2014/QH13"]
	[s.instrument | some s in _domestic("maternity.cash_benefit_min_percent", "2025-07-01")] == ["Law on Social Insurance No. 41/2024/QH15"]
	_domestic("maternity.cash_benefit_min_percent", "2015-12-31") == []
}

test_every_source_is_complete if {
	bad := {[s.requirement, f] |
		some s in vn.sources
		some f in _required_fields
		not f in object.keys(s)
	}
	count(bad) == 0
	every s in vn.sources {
		s.binding == "law"
		s.verification in {"primary", "secondary"}
		regex.match(`^https?://`, s.url)
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		object.get(s, "effective_to", "") != null
	}
}

test_ratifications_cover_the_fundamental_instruments if {
	object.keys(vn.ratifications) == _fundamental
	every _, r in vn.ratifications {
		r.status in {"ratified", "not_ratified"}
		r.verification in {"primary", "secondary"}
		regex.match(`^https?://`, r.url)
	}
	vn.ratifications.C87.status == "not_ratified"
	vn.ratifications.C98.status == "ratified"
	vn.ratifications.C187.date == "2014-05-16"
}

test_country_name if {
	vn.name == "Vietnam"
}
