package hrdd.national.jp_test

import data.hrdd.national.jp

_in(date) := {"country": "JP", "as_of": date, "profiles": ["international"], "context": {}}

_domestic(id, inp) := vals if {
	reqs := data.hrdd.main.requirements with input as inp
	vals := [s.value | some s in reqs[id].domestic]
}

_values(id) := {s.value | some s in jp.sources; s.requirement == id}

test_values_per_requirement if {
	_values("child_labour.minimum_age") == {15}
	_values("child_labour.hazardous_work_minimum_age") == {18}
	_values("working_hours.regular_daily_max") == {8}
	_values("working_hours.overtime_premium_min_percent") == {125}
	_values("rest.weekly_rest_min_hours") == {24}
	_values("leave.annual_paid_min_days") == {10}
	_values("maternity.leave_min_weeks") == {14}
	_values("maternity.cash_benefit_min_percent") == {66.67}
	_values("forced_labour.free_to_resign") == {true}
	_values("forced_labour.no_recruitment_fees") == {true}
	_values("wages.minimum_wage_paid") == {true}
	_values("freedom_of_association.right_to_organise") == {true}
	_values("freedom_of_association.collective_bargaining") == {true}
	_values("harassment.policy") == {true}
}

test_no_value_where_the_law_sets_none if {
	count(_values("working_hours.total_weekly_max")) == 0
	count(_values("working_hours.overtime_voluntary")) == 0
	count(_values("equal_pay.equal_value")) == 0
	count(_values("wages.living_wage")) == 0
}

test_grounds_union if {
	grounds := {g | some s in jp.sources; s.requirement == "non_discrimination.grounds"; some g in s.value}
	grounds == {"nationality", "creed", "social_status", "sex", "pregnancy", "union_membership"}
}

test_weekly_max_general_case if {
	_domestic("working_hours.regular_weekly_max", _in("2026-11-23")) == [40]
}

test_weekly_max_small_commerce if {
	inp := object.union(_in("2026-11-23"), {"context": {"sector": "retail", "workers": 9}})
	_domestic("working_hours.regular_weekly_max", inp) == [44]
}

test_weekly_max_ten_workers_is_general if {
	inp := object.union(_in("2026-11-23"), {"context": {"sector": "retail", "workers": 10}})
	_domestic("working_hours.regular_weekly_max", inp) == [40]
}

test_weekly_max_other_sector_small if {
	inp := object.union(_in("2026-11-23"), {"context": {"sector": "automotive", "workers": 5}})
	_domestic("working_hours.regular_weekly_max", inp) == [40]
}

test_weekly_max_dates if {
	_domestic("working_hours.regular_weekly_max", _in("1997-03-31")) == []
	_domestic("working_hours.regular_weekly_max", _in("1997-04-01")) == [40]
	small := {"sector": "restaurant", "workers": 3}
	_domestic("working_hours.regular_weekly_max", object.union(_in("2001-03-31"), {"context": small})) == []
	_domestic("working_hours.regular_weekly_max", object.union(_in("2001-04-01"), {"context": small})) == [44]
}

test_harassment_duty_dates if {
	_domestic("harassment.policy", _in("2022-03-31")) == []
	_domestic("harassment.policy", _in("2022-04-01")) == [true]
}

test_worker_participation_depends_on_size if {
	_domestic("health_safety.worker_participation", _in("2026-11-23")) == []
	inp := object.union(_in("2026-11-23"), {"context": {"workers": 50}})
	_domestic("health_safety.worker_participation", inp) == [true]
}

test_reads if jp.reads == {"sector", "workers"}

test_every_source_is_complete if {
	every s in jp.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "http")
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		s.binding == "law"
		s.verification in {"primary", "secondary"}
		s.requirement in object.keys(data.hrdd.catalogue.requirements)
	}
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
	count(_values("wages.no_disciplinary_deductions")) == 0
	count(_values("maternity.no_pregnancy_testing")) == 0
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
	srcs := [s | some s in jp.sources; s.requirement == "forced_labour.free_to_resign"]
	count(srcs) == 2
	{s.effective_to | some s in srcs; s.effective_to} == {"2027-04-01"}
	{s.effective_from | some s in srcs} == {"1947-09-01", "2027-04-01"}
}

test_recruitment_fees_unchanged_by_skill_development if {
	_domestic("forced_labour.no_recruitment_fees", _in("2027-03-31")) == [true]
	_domestic("forced_labour.no_recruitment_fees", _in("2027-04-01")) == [true]
}
