package hrdd.national.tw_test

import data.hrdd.catalogue
import data.hrdd.national.tw

_in(date) := {"country": "TW", "as_of": date, "profiles": ["international"]}

_domestic(id, inp) := vals if {
	reqs := data.hrdd.main.requirements with input as inp
	vals := [s.value | some s in reqs[id].domestic; object.get(s, "entry", "value") in {"value", "restriction"}]
}

_srcs(id) := [s | some s in tw.sources; s.requirement == id]

_values(id) := {s.value | some s in _srcs(id)}

_entries(id) := {object.get(s, "entry", "value") | some s in _srcs(id)}

_workplace_ids := {id |
	some id, _ in catalogue.requirements
	not id in catalogue.company_level
	not id in catalogue.engine_level
}

test_every_workplace_requirement_has_an_entry if {
	missing := {id | some id in _workplace_ids; count(_srcs(id)) == 0}
	missing == set()
}

test_no_context_is_read if {
	not tw.reads
	not tw.workers_thresholds
}

test_name if tw.name == "Taiwan"

test_values_per_requirement if {
	_values("child_labour.minimum_age") == {15}
	_values("child_labour.hazardous_work_minimum_age") == {18}
	_values("child_labour.night_work_minimum_age") == {16}
	_values("working_hours.regular_daily_max") == {8}
	_values("working_hours.total_daily_max") == {12}
	_values("working_hours.overtime_monthly_max") == {46}
	_values("rest.weekly_rest_min_hours") == {24}
	_values("leave.annual_paid_min_days") == {7}
	_values("maternity.leave_min_weeks") == {8}
	_values("maternity.cash_benefit_min_percent") == {100}
	_values("forced_labour.free_to_resign") == {true}
	_values("forced_labour.no_retention_of_identity_documents") == {true}
	_values("working_hours.overtime_voluntary") == {true}
	_values("wages.minimum_wage_paid") == {true}
	_values("wages.paid_regularly") == {true}
	_values("wages.deductions_only_as_prescribed") == {true}
	_values("wages.no_disciplinary_deductions") == {true}
	_values("wages.no_deductions_for_obtaining_employment") == {true}
	_values("equal_pay.equal_value") == {true}
	_values("freedom_of_association.right_to_organise") == {true}
	_values("freedom_of_association.collective_bargaining") == {true}
	_values("health_safety.right_to_remove_from_danger") == {true}
	_values("health_safety.worker_participation") == {true}
	_values("harassment.policy") == {true}
	_values("maternity.no_pregnancy_testing") == {true}
}

# LSA Arts. 44-45, 48: 15 for work, 18 for hazardous work, 16 for night work.
test_child_labour_articles if {
	[a] := _srcs("child_labour.minimum_age")
	a.article == "Art. 45(1)"
	count(a.exceptions) == 1
	[h] := _srcs("child_labour.hazardous_work_minimum_age")
	h.article == "Art. 44(2)"
	[n] := _srcs("child_labour.night_work_minimum_age")
	contains(n.article, "48")
}

# ESA Art. 5(1): the long list mapped to the vocabulary; GEEA, HIV Act and LUA add grounds.
test_grounds_union if {
	grounds := {g | some s in _srcs("non_discrimination.grounds"); some g in s.value}
	grounds == {
		"race", "social_origin", "language", "creed", "religion", "political_opinion",
		"national_extraction", "sex", "sexual_orientation", "age", "marital_status",
		"physical_appearance", "disability", "union_membership", "pregnancy", "maternity",
		"family_responsibilities", "hiv_status",
	}
	every s in _srcs("non_discrimination.grounds") {
		every g in s.value {
			g in catalogue.vocabularies["non_discrimination.grounds"]
		}
	}
}

test_esa_grounds_from_2018 if {
	some s in _srcs("non_discrimination.grounds")
	s.article == "Arts. 5(1), 65"
	s.effective_from == "2018-11-30"
	count(s.value) == 14
}

# Weekly hours: 48 (1984), 84 per two weeks (2001, converted to 42), 40 (2016).
test_weekly_hours_history if {
	_values("working_hours.regular_weekly_max") == {48, 42, 40}
	_domestic("working_hours.regular_weekly_max", _in("1984-07-31")) == []
	_domestic("working_hours.regular_weekly_max", _in("1984-08-01")) == [48]
	_domestic("working_hours.regular_weekly_max", _in("2000-12-31")) == [48]
	_domestic("working_hours.regular_weekly_max", _in("2001-01-01")) == [42]
	_domestic("working_hours.regular_weekly_max", _in("2015-12-31")) == [42]
	_domestic("working_hours.regular_weekly_max", _in("2016-01-01")) == [40]
}

test_two_week_conversion if {
	some s in _srcs("working_hours.regular_weekly_max")
	s.value == 42
	s.statute.value == 84
	s.statute.unit == "hours per two weeks"
	s.value == s.statute.value / 2
	s.effective_to == "2016-01-01"
	startswith(s.url, "https://laws.mol.gov.tw/")
}

test_overtime_pay_thresholds_equal_the_limits if {
	_values("working_hours.overtime_pay_threshold_daily") == {8}
	_values("working_hours.overtime_pay_threshold_weekly") == {40}
	_values("working_hours.overtime_pay_threshold_daily") == _values("working_hours.regular_daily_max")
	every id in {"working_hours.overtime_pay_threshold_daily", "working_hours.overtime_pay_threshold_weekly"} {
		every s in _srcs(id) {
			s.effective_from == "2016-01-01"
			contains(s.article, "20-1")
		}
	}
}

# Art. 24(1)(i): one third added for the first two hours.
test_premium_conversion if {
	[s] := _srcs("working_hours.overtime_premium_min_percent")
	s.value == 133.33
	s.statute.value == 1
	abs((100 + ((100 * s.statute.value) / 3)) - s.value) < 0.01
	s.value <= 100 + (100 / 3)
	s.article == "Art. 24(1)"
}

# Art. 32(2): 46 a month, 54 and 138 per three months by agreement, 12 a day in total.
test_overtime_caps if {
	[m] := _srcs("working_hours.overtime_monthly_max")
	m.article == "Art. 32(2)"
	m.effective_from == "2018-03-01"
	{e.value | some e in m.exceptions; e.value} == {54}
	some e in m.exceptions
	contains(e.text, "138")
	[d] := _srcs("working_hours.total_daily_max")
	d.value == 12
	_domestic("working_hours.overtime_monthly_max", _in("2018-02-28")) == []
	_domestic("working_hours.overtime_monthly_max", _in("2026-12-01")) == [46]
}

test_absences_are_cited if {
	every id in {
		"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max",
		"working_hours.overtime_yearly_max", "working_hours.total_weekly_max", "wages.living_wage",
	} {
		_entries(id) == {"absence"}
		every s in _srcs(id) {
			not "value" in object.keys(s)
			is_string(s.article)
		}
	}
}

test_recruitment_fees_are_a_restriction if {
	[s] := _srcs("forced_labour.no_recruitment_fees")
	s.entry == "restriction"
	s.value == false
	contains(s.article, "40(1)(v)")
	contains(s.article, "Standards Arts. 4-6")
	_domestic("forced_labour.no_recruitment_fees", _in("2026-12-01")) == [false]
}

test_identity_documents_two_sources if {
	arts := {s.article | some s in _srcs("forced_labour.no_retention_of_identity_documents")}
	arts == {"Arts. 5(2)(ii), 67", "Arts. 54(1)(viii), 57(viii), 67"}
	_domestic("forced_labour.no_retention_of_identity_documents", _in("2002-01-22")) == []
	_domestic("forced_labour.no_retention_of_identity_documents", _in("2002-01-23")) == [true]
}

test_not_encoded_have_reasons if {
	not_encoded := {s.requirement | some s in tw.sources; s.entry == "not_encoded"; is_string(s.reason)}
	not_encoded == {"maternity.compulsory_postnatal_weeks", "health_safety.free_protective_equipment"}
	every s in tw.sources {
		_no_value_if_not_encoded(s)
	}
}

_no_value_if_not_encoded(s) if object.get(s, "entry", "value") != "not_encoded"

_no_value_if_not_encoded(s) if {
	s.entry == "not_encoded"
	not "value" in object.keys(s)
}

test_annual_leave_after_a_year if {
	[s] := _srcs("leave.annual_paid_min_days")
	s.conditions.service_months_min == 12
	not s.statute
	s.article == "Art. 38(1)"
}

test_maternity_pay_full_after_six_months if {
	[s] := _srcs("maternity.cash_benefit_min_percent")
	s.conditions.service_months_min == 6
	[e] := s.exceptions
	e.value == 50
	s.article == "Art. 50(2)"
}

test_maternity_leave_lsa_and_geea if {
	{s.article | some s in _srcs("maternity.leave_min_weeks")} == {"Art. 50(1)", "Art. 15(1)"}
	_domestic("maternity.leave_min_weeks", _in("1984-08-01")) == [8]
}

# GEEA Art. 13: employers of 30 or more; old and new wording split at 8 March 2024.
test_harassment_by_employer_size if {
	geea := [s | some s in _srcs("harassment.policy"); contains(s.instrument, "Gender Equality")]
	count(geea) == 2
	every s in geea {
		s.conditions.employer_employees_min == 30
		is_string(s.conditions.text)
	}
	{s.effective_from | some s in geea} == {"2002-03-08", "2024-03-08"}
	{s.effective_to | some s in geea; s.effective_to} == {"2024-03-08"}
	some osh in _srcs("harassment.policy")
	osh.conditions.employer_employees_min == 100
	contains(osh.article, "324-3")
}

_harassment_from(date) := {s.effective_from |
	reqs := data.hrdd.main.requirements with input as _in(date)
	some s in reqs["harassment.policy"].domestic
}

test_harassment_dates if {
	_harassment_from("2002-03-07") == set()
	_harassment_from("2002-03-08") == {"2002-03-08"}
	_harassment_from("2024-03-07") == {"2002-03-08", "2019-05-02"}
	_harassment_from("2024-03-08") == {"2024-03-08", "2019-05-02"}
}

test_minimum_wage_switches_to_the_minimum_wage_act if {
	srcs := _srcs("wages.minimum_wage_paid")
	count(srcs) == 2
	some lsa in srcs
	lsa.effective_to == "2024-01-01"
	some mwa in srcs
	mwa.effective_from == "2024-01-01"
	contains(mwa.instrument, "Minimum Wage Act")
	_domestic("wages.minimum_wage_paid", _in("2023-12-31")) == [true]
	_domestic("wages.minimum_wage_paid", _in("2024-01-01")) == [true]
}

test_right_to_withdraw_from_2014 if {
	[s] := _srcs("health_safety.right_to_remove_from_danger")
	s.article == "Art. 18(2)-(3)"
	_domestic("health_safety.right_to_remove_from_danger", _in("2014-07-02")) == []
	_domestic("health_safety.right_to_remove_from_danger", _in("2014-07-03")) == [true]
}

test_union_restrictions_noted if {
	[s] := _srcs("freedom_of_association.right_to_organise")
	some n in s.notes
	contains(n, "munitions")
	[c] := _srcs("freedom_of_association.collective_bargaining")
	c.instrument == "Collective Agreement Act (團體協約法)"
}

test_every_source_is_complete if {
	every s in tw.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		s.binding == "law"
		s.verification in {"primary", "secondary"}
		s.requirement in object.keys(catalogue.requirements)
		count(object.get(s, "checked_against", [])) > 0
	}
}

test_effective_ranges_are_ordered if {
	every s in tw.sources {
		s.effective_from < object.get(s, "effective_to", "9999-12-31")
	}
}

test_urls_are_official_portals if {
	every s in tw.sources {
		data.hrdd.checks.official.official(s.url)
	}
	every _, r in tw.ratifications {
		data.hrdd.checks.official.official(r.url)
	}
}

test_ratifications_not_member if {
	object.keys(tw.ratifications) == {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}
	every _, r in tw.ratifications {
		r.status == "not_member"
		not r.date
		count(r.notes) > 0
		count(r.checked_against) > 0
	}
	count(tw.ratifications.C100.notes) == 2
	count(tw.ratifications.C138.notes) == 1
}

# The engine attaches the not_member status to international values.
test_ratification_attached_to_international_values if {
	reqs := data.hrdd.main.requirements with input as _in("2026-12-01")
	some s in reqs["child_labour.minimum_age"].international
	s.instrument_code == "C138"
	s.ratification.status == "not_member"
}

# OSH Act amendment of 19 December 2025: bullying chapter in force 1 July 2026.
test_bullying_prevention_from_1_july_2026 if {
	[b] := [s | some s in _srcs("harassment.policy"); s.article == "Art. 22-1(2)(ii)"]
	b.value == true
	b.verification == "primary"
	b.effective_from == "2026-07-01"
	b.conditions.employer_employees_min == 30
	startswith(b.url, "https://law.moj.gov.tw/")
	count(b.checked_against) >= 1
	_harassment_from("2026-06-30") == {"2024-03-08", "2019-05-02"}
	_harassment_from("2026-07-01") == {"2024-03-08", "2019-05-02", "2026-07-01"}
}

test_osh_amendment_note_is_settled if {
	[r] := _srcs("health_safety.right_to_remove_from_danger")
	some n in r.notes
	contains(n, "19 December 2025")
	contains(n, "1 July 2026")
	every s in tw.sources {
		every m in object.get(s, "notes", []) {
			not startswith(m, "Pending")
		}
	}
}
