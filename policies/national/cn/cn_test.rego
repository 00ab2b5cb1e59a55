package hrdd.national.cn_test

import data.hrdd.catalogue
import data.hrdd.main
import data.hrdd.national.cn

_fundamental := {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}

_required_fields := {"requirement", "instrument", "article", "url", "effective_from", "binding", "verification"}

_srcs(id) := [s | some s in cn.sources; s.requirement == id]

_entries(id) := {object.get(s, "entry", "value") | some s in _srcs(id)}

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
	r := main.requirements[id] with input as {"country": "CN", "as_of": as_of, "profiles": ["international"]}
}

_workplace_ids := {id |
	some id, _ in catalogue.requirements
	not id in catalogue.company_level
	not id in catalogue.engine_level
}

test_every_workplace_requirement_has_an_entry if {
	missing := {id | some id in _workplace_ids; count(_srcs(id)) == 0}
	missing == set()
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
	v["maternity.no_pregnancy_testing"] == {true}
	v["wages.minimum_wage_paid"] == {true}
	v["wages.paid_regularly"] == {true}
	v["wages.deductions_only_as_prescribed"] == {true}
	v["non_discrimination.grounds"] == {
		["ethnic_origin", "race", "sex", "religion"],
		["ethnic_origin", "race", "sex", "religion", "disability", "health_status"],
		["sex", "marital_status", "pregnancy"],
	}
	v["health_safety.right_to_remove_from_danger"] == {true}
	v["health_safety.free_protective_equipment"] == {true}
	v["health_safety.worker_participation"] == {true}
	v["harassment.policy"] == {true}
}

test_grounds_use_the_vocabulary if {
	every s in _srcs("non_discrimination.grounds") {
		every g in s.value {
			g in catalogue.vocabularies["non_discrimination.grounds"]
		}
		not "ethnicity" in s.value
	}
}

# Labour Law Art. 41: 1 hour a day normally, 3 for special reasons, 36 a month.
test_overtime_caps if {
	[d] := _srcs("working_hours.overtime_daily_max")
	d.value == 1
	d.article == "Art. 41"
	3 in {e.value | some e in d.exceptions; e.value}
	[m] := _srcs("working_hours.overtime_monthly_max")
	m.value == 36
	m.article == "Art. 41"
	_domestic("working_hours.overtime_monthly_max", "1994-12-31") == set()
	_domestic("working_hours.overtime_monthly_max", "1995-01-01") == {36}
}

test_absences_and_gaps_in_the_hours_rules if {
	_entries("working_hours.overtime_weekly_max") == {"absence"}
	_entries("working_hours.overtime_yearly_max") == {"absence"}
	_entries("wages.living_wage") == {"absence"}
	_entries("equal_pay.equal_value") == {"absence"}
	_entries("working_hours.total_weekly_max") == {"absence"}
}

# Provisions Art. 3 and Labour Law Art. 41: 8 + 1 hours, 11 for special reasons.
test_total_daily_hours if {
	[t] := _srcs("working_hours.total_daily_max")
	t.value == 9
	t.statute.value + 8 == t.value
	11 in {e.value | some e in t.exceptions; e.value}
	_domestic("working_hours.total_daily_max", "1995-04-30") == set()
	_domestic("working_hours.total_daily_max", "1995-05-01") == {9}
}

# Labour Law Arts. 36, 44(1); Provisions Art. 3: the premium is due beyond 8 a day and 40 a week.
test_overtime_pay_thresholds if {
	_domestic("working_hours.overtime_pay_threshold_daily", "2026-12-01") == {8}
	_domestic("working_hours.overtime_pay_threshold_weekly", "2026-12-01") == {40}
	[w] := _srcs("working_hours.overtime_pay_threshold_weekly")
	w.verification == "secondary"
	count(w.checked_against) > 0
	[d] := _srcs("working_hours.overtime_pay_threshold_daily")
	d.verification == "primary"
	contains(d.article, "44(1)")
}

# The thresholds equal the limits: the regular hours stay limits.
test_limits_equal_thresholds if {
	_domestic("working_hours.regular_daily_max", "2026-12-01") == _domestic("working_hours.overtime_pay_threshold_daily", "2026-12-01")
	40 in _domestic("working_hours.regular_weekly_max", "2026-12-01")
}

test_secondary_values_name_pages_read if {
	every s in cn.sources {
		_names_pages(s)
	}
}

_names_pages(s) if s.verification != "secondary"

_names_pages(s) if count(s.checked_against) > 0

test_dates_are_those_of_the_texts_read if {
	_domestic("health_safety.right_to_remove_from_danger", "2021-08-31") == set()
	_domestic("health_safety.right_to_remove_from_danger", "2021-09-01") == {true}
	_domestic("freedom_of_association.right_to_organise", "2021-12-31") == set()
}

# Trade Union Law: one union federation under Party leadership; approval from above.
test_freedom_of_association_is_restricted if {
	[o] := _srcs("freedom_of_association.right_to_organise")
	o.entry == "restriction"
	o.value == false
	o.article == "Arts. 2, 4, 10, 11, 12"
	startswith(o.instrument, "Trade Union Law")
	[b] := _srcs("freedom_of_association.collective_bargaining")
	b.entry == "restriction"
	b.value == false
	_domestic("freedom_of_association.right_to_organise", "2026-11-23") == {false}
}

test_not_encoded_have_reasons if {
	not_encoded := {s.requirement | some s in cn.sources; s.entry == "not_encoded"; is_string(s.reason)}
	not_encoded == {"maternity.cash_benefit_min_percent", "wages.no_deductions_for_obtaining_employment"}
}

test_maternity_conversions if {
	every s in _srcs("maternity.leave_min_weeks") {
		s.statute.unit == "calendar days"
		s.value <= s.statute.value / 7
		s.value > (s.statute.value / 7) - 0.01
	}
	{s.statute.value | some s in _srcs("maternity.leave_min_weeks")} == {90, 98}
}

test_annual_leave_after_a_year if {
	[s] := _srcs("leave.annual_paid_min_days")
	s.conditions.service_months_min == 12
	not s.statute
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
	_domestic("maternity.no_pregnancy_testing", "2023-01-01") == {true}
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

# Settled in December 2026: no national night-work ban for 16-17-year-olds, no compulsory
# part of maternity leave, no national ban on disciplinary deductions.
test_settled_absences if {
	every id in {"child_labour.night_work_minimum_age", "maternity.compulsory_postnatal_weeks", "wages.no_disciplinary_deductions"} {
		_entries(id) == {"absence"}
		every s in _srcs(id) {
			not "value" in object.keys(s)
			count(s.notes) >= 1
			count(s.checked_against) >= 1
		}
	}
	[n] := _srcs("child_labour.night_work_minimum_age")
	n.verification == "secondary"
	contains(n.article, "Minors Art. 61")
	[m] := _srcs("maternity.compulsory_postnatal_weeks")
	m.verification == "primary"
	m.article == "Arts. 7, 13; Labour Law Art. 62"
	m.effective_from == "2012-04-28"
	[d] := _srcs("wages.no_disciplinary_deductions")
	d.verification == "secondary"
	contains(d.article, "Arts. 15-16")
}

test_settled_absences_in_force if {
	_domestic("child_labour.night_work_minimum_age", "2026-12-01") == set()
	r := main.requirements["maternity.compulsory_postnatal_weeks"] with input as {"country": "CN", "as_of": "2026-12-01", "profiles": ["international"]}
	{object.get(s, "entry", "value") | some s in r.domestic} == {"absence"}
}

# 40 hours a week is both a limit (Provisions Arts. 3, 6) and the weekly pay threshold.
test_forty_hours_limit_and_threshold if {
	[t] := _srcs("working_hours.overtime_pay_threshold_weekly")
	t.value == 40
	t.verification == "secondary"
	some c in t.checked_against
	contains(c.title, "Provisional Regulations on Wage Payment")
	some w in _srcs("working_hours.regular_weekly_max")
	w.value == 40
	w.article == "Art. 3"
}
