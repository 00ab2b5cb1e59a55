package hrdd.national.jp_test

import data.hrdd.catalogue
import data.hrdd.national.jp

_in(date) := {"country": "JP", "as_of": date, "profiles": ["international"]}

_domestic(id, inp) := vals if {
	reqs := data.hrdd.main.requirements with input as inp
	vals := [s.value | some s in reqs[id].domestic]
}

_srcs(id) := [s | some s in jp.sources; s.requirement == id]

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
	not jp.reads
	not jp.workers_thresholds
}

test_values_per_requirement if {
	_values("child_labour.minimum_age") == {15}
	_values("child_labour.hazardous_work_minimum_age") == {18}
	_values("working_hours.regular_daily_max") == {8}
	_values("working_hours.overtime_premium_min_percent") == {125}
	_values("rest.weekly_rest_min_hours") == {24}
	_values("leave.annual_paid_min_days") == {10}
	_values("maternity.leave_min_weeks") == {14}
	_values("forced_labour.free_to_resign") == {true}
	_values("forced_labour.no_recruitment_fees") == {true}
	_values("wages.minimum_wage_paid") == {true}
	_values("freedom_of_association.right_to_organise") == {true}
	_values("freedom_of_association.collective_bargaining") == {true}
	_values("harassment.policy") == {true}
	_values("health_safety.worker_participation") == {true}
}

test_grounds_union if {
	grounds := {g | some s in _srcs("non_discrimination.grounds"); some g in s.value}
	grounds == {"nationality", "creed", "social_status", "sex", "pregnancy", "union_membership"}
}

# LSA Art. 32 / Art. 40: 40 hours unless the special measure applies, 44 under it.
test_weekly_max_general_yields_to_special_measure if {
	some general in _srcs("working_hours.regular_weekly_max")
	general.value == 40
	general.effective_from == "1997-04-01"
	general.conditions.unless.workplace_workers_below == 10
	"retail" in general.conditions.unless.sectors
	"food_service" in general.conditions.unless.sectors
	not "automotive" in general.conditions.unless.sectors
	not general.conditions.workplace_workers_below
	is_string(general.conditions.text)

	some special in _srcs("working_hours.regular_weekly_max")
	special.value == 44
	special.effective_from == "2001-04-01"
	special.conditions.workplace_workers_below == 10
	special.conditions.sectors == general.conditions.unless.sectors
	not special.conditions.unless
}

test_weekly_values_are_real_limits_and_pay_thresholds if {
	_values("working_hours.regular_weekly_max") == {40, 44}
	_values("working_hours.overtime_pay_threshold_weekly") == {40, 44}
	every s in _srcs("working_hours.overtime_pay_threshold_weekly") {
		s.conditions
		contains(s.article, "37(1)")
	}
}

test_overtime_caps if {
	_values("working_hours.overtime_monthly_max") == {45}
	_values("working_hours.overtime_yearly_max") == {360}
	every id in {"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max"} {
		count(_srcs(id)) == 2
		every s in _srcs(id) {
			s.article == "Art. 36(3)-(4)"
			s.verification == "primary"
		}
	}
	some m in _srcs("working_hours.overtime_monthly_max")
	[e.value | some e in m.exceptions] == [100]
	some y in _srcs("working_hours.overtime_yearly_max")
	[e.value | some e in y.exceptions] == [720]
}

test_overtime_caps_construction_postponed_until_2024 if {
	some early in _srcs("working_hours.overtime_yearly_max")
	early.effective_from == "2020-04-01"
	early.effective_to == "2024-04-01"
	early.conditions.sectors_excluded == ["construction"]
	some late in _srcs("working_hours.overtime_yearly_max")
	late.effective_from == "2024-04-01"
	not late.conditions
}

test_overtime_cap_dates if {
	_domestic("working_hours.overtime_monthly_max", _in("2020-03-31")) == []
	_domestic("working_hours.overtime_monthly_max", _in("2020-04-01")) == [45]
	_domestic("working_hours.overtime_monthly_max", _in("2026-11-23")) == [45]
}

test_absences_are_cited if {
	every id in {
		"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max",
		"working_hours.total_daily_max", "working_hours.total_weekly_max", "wages.living_wage",
	} {
		_entries(id) == {"absence"}
		every s in _srcs(id) {
			not "value" in object.keys(s)
			is_string(s.article)
		}
	}
}

test_restriction_on_disciplinary_deductions if {
	[s | some s in _srcs("wages.no_disciplinary_deductions"); s.entry == "restriction"; s.value == false; s.article == "Art. 91"] != []
}

test_not_encoded_have_reasons if {
	not_encoded := {s.requirement | some s in jp.sources; s.entry == "not_encoded"; is_string(s.reason)}
	not_encoded == {
		"forced_labour.no_retention_of_identity_documents", "health_safety.right_to_remove_from_danger",
		"maternity.no_pregnancy_testing", "wages.no_deductions_for_obtaining_employment",
	}
}

test_annual_leave_owed_after_six_months if {
	[s] := _srcs("leave.annual_paid_min_days")
	s.conditions.service_months_min == 6
	not s.statute
}

test_worker_participation_from_fifty_workers if {
	[s] := _srcs("health_safety.worker_participation")
	s.conditions.workplace_workers_min == 50
}

test_cash_benefit_two_thirds_as_c183_rounds_it if {
	[s] := _srcs("maternity.cash_benefit_min_percent")
	s.value == 66.67
	s.statute.value == 2
	abs(s.value - ((s.statute.value * 100) / 3)) < 0.01
}

test_weekly_max_dates if {
	_domestic("working_hours.regular_weekly_max", _in("1997-03-31")) == []
	_domestic("working_hours.regular_weekly_max", _in("1997-04-01")) == [40]
	sort(_domestic("working_hours.regular_weekly_max", _in("2001-04-01"))) == [40, 44]
}

test_harassment_duty_dates if {
	_domestic("harassment.policy", _in("2022-03-31")) == []
	_domestic("harassment.policy", _in("2022-04-01")) == [true]
}

test_every_source_is_complete if {
	every s in jp.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "http")
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		s.binding == "law"
		_verification_ok(s)
		s.requirement in object.keys(catalogue.requirements)
	}
}

# A value is primary or secondary; only a gap in hrdd's rules may be unverified.
_verification_ok(s) if s.verification in {"primary", "secondary"}

_verification_ok(s) if {
	s.verification == "unverified"
	s.entry == "not_encoded"
}

test_secondary_values_name_pages_read if {
	every s in jp.sources {
		_names_pages(s)
	}
}

_names_pages(s) if s.verification != "secondary"

_names_pages(s) if count(s.checked_against) > 0

# LSA Arts. 32(2), 36(1), 37(1): the premium is due for hours beyond 8 a day.
test_daily_overtime_pay_threshold if {
	[s] := _srcs("working_hours.overtime_pay_threshold_daily")
	s.value == 8
	s.verification == "primary"
	contains(s.article, "37(1)")
	not s.conditions
	_domestic("working_hours.overtime_pay_threshold_daily", _in("1988-03-31")) == []
	_domestic("working_hours.overtime_pay_threshold_daily", _in("2026-12-01")) == [8]
}

# The daily and weekly figures stay limits: the threshold equals them.
test_daily_limit_equals_daily_threshold if {
	_values("working_hours.regular_daily_max") == _values("working_hours.overtime_pay_threshold_daily")
}

# Technical Intern Training Act Art. 48(1), until the skill-development system starts.
test_identity_documents_ban_for_trainees if {
	_domestic("forced_labour.no_retention_of_identity_documents", _in("2017-10-31")) == []
	_domestic("forced_labour.no_retention_of_identity_documents", _in("2017-11-01")) == [true]
	_domestic("forced_labour.no_retention_of_identity_documents", _in("2027-03-31")) == [true]
	_domestic("forced_labour.no_retention_of_identity_documents", _in("2027-04-01")) == []
	some s in _srcs("forced_labour.no_retention_of_identity_documents")
	s.value == true
	s.article == "Art. 48(1)"
	s.effective_to == "2027-04-01"
	s.conditions.worker_groups == ["technical_intern_trainees"]
}

# Other workers: the Labour Standards Act has no rule on identity documents.
test_identity_documents_of_other_workers_are_an_absence if {
	[s] := [s | some s in _srcs("forced_labour.no_retention_of_identity_documents"); s.entry == "absence"]
	s.conditions.unless.worker_groups == ["technical_intern_trainees"]
	startswith(s.instrument, "Labour Standards Act")
}

test_overtime_not_voluntary_is_a_restriction if {
	[s] := _srcs("working_hours.overtime_voluntary")
	s.entry == "restriction"
	s.value == false
	contains(s.article, "Art. 36(1)")
	{e.article | some e in s.exceptions} == {"Art. 66(2)", "Art. 60(1)"}
}

test_equal_value_absent_ppe_charge_allowed if {
	_entries("equal_pay.equal_value") == {"absence"}
	[e] := _srcs("equal_pay.equal_value")
	not "value" in object.keys(e)
	[p] := _srcs("health_safety.free_protective_equipment")
	p.entry == "restriction"
	p.value == false
	contains(p.article, "89(v)")
}

test_dates_checked_in_the_supplementary_provisions if {
	_domestic("child_labour.minimum_age", _in("2000-03-31")) == []
	_domestic("child_labour.minimum_age", _in("2000-04-01")) == [15]
	_domestic("child_labour.night_work_minimum_age", _in("1986-04-01")) == [18]
	_domestic("working_hours.overtime_premium_min_percent", _in("1994-03-31")) == []
	_domestic("working_hours.overtime_premium_min_percent", _in("1994-04-01")) == [125]
	_domestic("forced_labour.no_recruitment_fees", _in("2000-01-07")) == [true]
}

test_ratifications_cover_the_fundamentals if {
	object.keys(jp.ratifications) == {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}

	# The declared minimum age was not verified against a checked source.
	not "declared_minimum_age" in object.keys(jp.ratifications.C138)
	jp.ratifications.C138.date == "2000-06-05"
	count(jp.ratifications.C138.notes) > 0
	jp.ratifications.C105.date == "2022-07-19"
	jp.ratifications.C111.status == "not_ratified"
}

test_night_work_wages_and_postnatal_leave if {
	_values("child_labour.night_work_minimum_age") == {18}
	_values("maternity.compulsory_postnatal_weeks") == {8}
	_values("wages.paid_regularly") == {true}
	_values("wages.deductions_only_as_prescribed") == {true}
}

test_postnatal_leave_dates if {
	_domestic("maternity.compulsory_postnatal_weeks", _in("1986-03-31")) == []
	_domestic("maternity.compulsory_postnatal_weeks", _in("1986-04-01")) == [8]
}

_free_to_resign(date) := reqs["forced_labour.free_to_resign"].domestic if {
	reqs := data.hrdd.main.requirements with input as _in(date)
}

_mentions(srcs, text) if {
	some s in srcs
	some n in s.notes
	contains(n, text)
}

test_free_to_resign_day_before_skill_development if {
	srcs := _free_to_resign("2027-03-31")
	[s.value | some s in srcs] == [true]
	[s.article | some s in srcs] == ["Art. 5"]
	[s.instrument | some s in srcs] == ["Labour Standards Act (Act No. 49 of 1947)"]
	_mentions(srcs, "Technical Intern Training Program")
	_mentions(srcs, "Pending")
	not _mentions(srcs, "renames Act No. 89 of 2016")
}

test_free_to_resign_from_skill_development if {
	srcs := _free_to_resign("2027-04-01")
	[s.value | some s in srcs] == [true]
	[s.article | some s in srcs] == ["Art. 5"]
	[s.effective_from | some s in srcs] == ["2027-04-01"]
	_mentions(srcs, "Act No. 60 of 2024")
	_mentions(srcs, "renames Act No. 89 of 2016")
	_mentions(srcs, "between 1 and 2 years")
	not _mentions(srcs, "Pending")
}

test_free_to_resign_split_is_contiguous if {
	srcs := _srcs("forced_labour.free_to_resign")
	count(srcs) == 2
	{s.effective_to | some s in srcs; s.effective_to} == {"2027-04-01"}
	{s.effective_from | some s in srcs} == {"1947-09-01", "2027-04-01"}
}

test_recruitment_fees_unchanged_by_skill_development if {
	_domestic("forced_labour.no_recruitment_fees", _in("2027-03-31")) == [true]
	_domestic("forced_labour.no_recruitment_fees", _in("2027-04-01")) == [true]
}

# Still gaps, but the reasons say what was read and what would settle them.
test_right_to_remove_gap_names_c155_and_the_notice if {
	[s] := _srcs("health_safety.right_to_remove_from_danger")
	s.entry == "not_encoded"
	not s.value
	s.article == "Arts. 25, 97"
	contains(s.reason, "C155")
	contains(s.reason, "Kihatsu No. 602")
	count(s.checked_against) == 2
	_domestic("health_safety.right_to_remove_from_danger", _in("2026-11-23")) == []
}

test_pregnancy_testing_gap_names_the_guideline if {
	[s] := _srcs("maternity.no_pregnancy_testing")
	s.entry == "not_encoded"
	not s.value
	s.verification == "secondary"
	count(s.checked_against) == 3
	contains(s.reason, "Notice No. 614")
	_domestic("maternity.no_pregnancy_testing", _in("2026-11-23")) == []
}
