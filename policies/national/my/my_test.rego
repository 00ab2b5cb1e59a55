package hrdd.national.my_test

import data.hrdd.catalogue
import data.hrdd.checks.official
import data.hrdd.national.my

_in(date) := {"country": "MY", "as_of": date, "profiles": ["international"]}

_domestic(id, inp) := vals if {
	reqs := data.hrdd.main.requirements with input as inp
	vals := [s.value | some s in reqs[id].domestic; "value" in object.keys(s)]
}

_entries_on(id, date) := {object.get(s, "entry", "value") |
	reqs := data.hrdd.main.requirements with input as _in(date)
	some s in reqs[id].domestic
}

_srcs(id) := [s | some s in my.sources; s.requirement == id]

_values(id) := {s.value | some s in _srcs(id); "value" in object.keys(s)}

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

test_every_workplace_requirement_has_an_entry_on_the_reference_date if {
	missing := {id | some id in _workplace_ids; count(_entries_on(id, "2026-12-01")) == 0}
	missing == set()
}

test_no_context_is_read if {
	not my.reads
	not my.workers_thresholds
}

test_values_per_requirement if {
	_values("child_labour.minimum_age") == {15}
	_values("child_labour.hazardous_work_minimum_age") == {18}
	_values("forced_labour.no_retention_of_identity_documents") == {true}
	_values("forced_labour.free_to_resign") == {true}
	_values("working_hours.overtime_pay_threshold_daily") == {8}
	_values("working_hours.overtime_pay_threshold_weekly") == {45, 48}
	_values("working_hours.total_daily_max") == {12}
	_values("working_hours.overtime_monthly_max") == {104}
	_values("working_hours.overtime_premium_min_percent") == {150}
	_values("rest.weekly_rest_min_hours") == {24}
	_values("maternity.leave_min_weeks") == {14, 8.57}
	_values("maternity.cash_benefit_min_percent") == {100}
	_values("wages.minimum_wage_paid") == {true}
	_values("wages.paid_regularly") == {true}
	_values("wages.deductions_only_as_prescribed") == {true}
	_values("wages.no_disciplinary_deductions") == {true}
	_values("freedom_of_association.collective_bargaining") == {true}
	_values("health_safety.right_to_remove_from_danger") == {true}
	_values("health_safety.free_protective_equipment") == {true}
	_values("health_safety.worker_participation") == {true}
	_values("harassment.policy") == {true}
}

test_grounds_union if {
	grounds := {g | some s in _srcs("non_discrimination.grounds"); some g in s.value}
	grounds == {"union_membership", "pregnancy"}
}

# Normal hours are overtime pay thresholds, not limits: overtime can be
# required and is paid at 1.5 times (catalogue rule on hours).
test_normal_hours_are_pay_thresholds_not_limits if {
	_entries("working_hours.regular_daily_max") == {"absence"}
	_entries("working_hours.regular_weekly_max") == {"absence"}
	every s in _srcs("working_hours.regular_weekly_max") {
		not "value" in object.keys(s)
		contains(s.article, "60A(1)(d)")
	}
	[s] := _srcs("working_hours.overtime_pay_threshold_daily")
	[e.value | some e in s.exceptions] == [9]
}

# Employment (Amendment) Act 2022: 48 to 45 hours a week on 1 January 2023.
test_weekly_threshold_changes_on_1_january_2023 if {
	_domestic("working_hours.overtime_pay_threshold_weekly", _in("2005-12-31")) == []
	_domestic("working_hours.overtime_pay_threshold_weekly", _in("2022-12-31")) == [48]
	_domestic("working_hours.overtime_pay_threshold_weekly", _in("2023-01-01")) == [45]
	_domestic("working_hours.overtime_pay_threshold_weekly", _in("2026-12-01")) == [45]
}

test_weekly_sources_are_contiguous if {
	every id in {"working_hours.overtime_pay_threshold_weekly", "working_hours.regular_weekly_max", "maternity.leave_min_weeks"} {
		count(_srcs(id)) == 2
		{s.effective_to | some s in _srcs(id); s.effective_to} == {"2023-01-01"}
		{s.effective_from | some s in _srcs(id)} == {"2006-01-01", "2023-01-01"}
	}
}

# 98 days from 1 January 2023 (60 before): days / 7 = weeks.
test_maternity_days_to_weeks if {
	every s in _srcs("maternity.leave_min_weeks") {
		s.statute.unit == "consecutive days"
		abs(s.value - (s.statute.value / 7)) < 0.01
	}
	_domestic("maternity.leave_min_weeks", _in("2022-12-31")) == [8.57]
	_domestic("maternity.leave_min_weeks", _in("2023-01-01")) == [14]
}

# s. 60E: 8 working days on the 6-day week the Act allows, x 5/6.
test_annual_leave_conversion_and_service_condition if {
	[s] := _srcs("leave.annual_paid_min_days")
	s.statute.value == 8
	contains(s.statute.unit, "6-day week")
	abs(s.value - ((s.statute.value * 5) / 6)) < 0.01
	s.conditions.service_months_min == 12
	is_string(s.conditions.text)
}

test_overtime_caps_and_absences if {
	[m] := _srcs("working_hours.overtime_monthly_max")
	contains(m.instrument, "Limitation of Overtime Work")
	every id in {
		"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max",
		"working_hours.overtime_yearly_max", "working_hours.total_weekly_max",
		"wages.living_wage", "equal_pay.equal_value", "maternity.compulsory_postnatal_weeks",
		"maternity.no_pregnancy_testing",
	} {
		_entries(id) == {"absence"}
		every s in _srcs(id) {
			not "value" in object.keys(s)
			is_string(s.article)
		}
	}
}

test_restrictions if {
	[fees] := _srcs("forced_labour.no_recruitment_fees")
	fees.entry == "restriction"
	fees.value == false
	fees.effective_from == "2018-02-01"
	[ot] := _srcs("working_hours.overtime_voluntary")
	ot.entry == "restriction"
	ot.value == false
	[org] := _srcs("freedom_of_association.right_to_organise")
	org.entry == "restriction"
	org.value == false
	contains(org.article, "28(1)(a)")
}

test_not_encoded_have_reasons if {
	not_encoded := {s.requirement | some s in my.sources; s.entry == "not_encoded"; is_string(s.reason)}
	not_encoded == {"child_labour.night_work_minimum_age", "wages.no_deductions_for_obtaining_employment"}
	every s in [s | some s in my.sources; object.get(s, "entry", "value") == "not_encoded"] {
		not "value" in object.keys(s)
	}
}

# Children and Young Persons (Employment) Act: hazardous work list from 1 February 2019.
test_hazardous_work_split_in_2019 if {
	srcs := _srcs("child_labour.hazardous_work_minimum_age")
	count(srcs) == 2
	{s.effective_to | some s in srcs; s.effective_to} == {"2019-02-01"}
	{s.effective_from | some s in srcs} == {"2011-03-01", "2019-02-01"}
	some late in srcs
	late.effective_from == "2019-02-01"
	[e.value | some e in late.exceptions] == [15]
	_domestic("child_labour.hazardous_work_minimum_age", _in("2011-02-28")) == []
	_domestic("child_labour.hazardous_work_minimum_age", _in("2019-02-01")) == [18]
}

test_minimum_age_light_work_exception if {
	[s] := _srcs("child_labour.minimum_age")
	s.effective_from == "2011-03-01"
	13 in [e.value | some e in s.exceptions; "value" in object.keys(e)]
}

# OSHA as amended by Act A1648, in force 1 June 2024.
test_osh_amendments_from_june_2024 if {
	_domestic("health_safety.right_to_remove_from_danger", _in("2024-05-31")) == []
	_domestic("health_safety.right_to_remove_from_danger", _in("2024-06-01")) == [true]
	[s] := _srcs("health_safety.right_to_remove_from_danger")
	s.article == "s. 26A"
}

test_safety_committee_from_forty_workers if {
	[s] := _srcs("health_safety.worker_participation")
	s.conditions.workplace_workers_min == 40
	not s.conditions.workplace_workers_below
	is_string(s.conditions.text)
}

test_harassment_duty_from_2023 if {
	_domestic("harassment.policy", _in("2022-12-31")) == []
	_domestic("harassment.policy", _in("2023-01-01")) == [true]
}

# No region attribute: every source says which territory its Act covers.
test_every_source_names_its_territory if {
	every s in my.sources {
		some n in s.notes
		startswith(n, "Territory: ")
	}
}

test_employment_act_sources_say_sabah_and_sarawak_differ if {
	ea := [s | some s in my.sources; _ea_or_cyp(s)]
	count(ea) > 20
	every s in ea {
		some n in s.notes
		contains(n, "Sabah and Sarawak")
	}
}

_ea_or_cyp(s) if startswith(s.instrument, "Employment Act 1955")

_ea_or_cyp(s) if startswith(s.instrument, "Children and Young Persons")

test_every_source_is_complete if {
	every s in my.sources {
		is_string(s.instrument)
		is_string(s.article)
		official.official(s.url)
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		s.binding == "law"
		s.verification in {"primary", "secondary"}
		s.requirement in object.keys(catalogue.requirements)
		count(s.checked_against) > 0
	}
}

test_ratifications_cover_the_fundamentals if {
	object.keys(my.ratifications) == {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}
	{code | some code, r in my.ratifications; r.status == "not_ratified"} == {"C87", "C105", "C111"}
	my.ratifications.C138.declared_minimum_age == 15
	my.ratifications.P29.date == "2022-03-21"
	my.ratifications.C155.date == "2024-06-11"
	every _, r in my.ratifications {
		official.official(r.url)
		count(r.checked_against) > 0
		r.verification in {"primary", "secondary"}
	}
}

# Employment (Limitation of Overtime Work) Regulations 1980, reg. 2: 104 hours a month.
test_monthly_overtime_cap_names_its_regulation if {
	[m] := _srcs("working_hours.overtime_monthly_max")
	m.value == 104
	m.article == "reg. 2"
	m.verification == "secondary"
	some n in m.notes
	contains(n, "hrdd did not read the Regulations")
}

# s. 60A(1) binds the contract's normal hours; overtime may be required and is paid at 1.5x.
test_normal_hours_reading_is_stated if {
	every id in {"working_hours.regular_daily_max", "working_hours.regular_weekly_max"} {
		some s in _srcs(id)
		s.effective_from == "2023-01-01"
		some n in s.notes
		contains(n, "shall not be required under his contract of service to work")
		some c in s.checked_against
		contains(c.url, "jobsdb")
	}
}

# Employment (Amendment) Act 2022 (Act A1651), in force 1 January 2023.
test_act_a1651_items_are_dated if {
	[ftr] := _srcs("forced_labour.free_to_resign")
	contains(ftr.article, "90B")
	ftr.effective_from == "2023-01-01"
	_domestic("forced_labour.free_to_resign", _in("2022-12-31")) == []
	_domestic("maternity.leave_min_weeks", _in("2026-12-01")) == [14]
	_domestic("working_hours.overtime_pay_threshold_weekly", _in("2026-12-01")) == [45]
	some h in _srcs("harassment.policy")
	contains(h.article, "81H")
}

test_night_work_of_young_persons_stays_open if {
	[s] := _srcs("child_labour.night_work_minimum_age")
	s.entry == "not_encoded"
	contains(s.reason, "s. 6")
	contains(s.reason, "Section 2(5) is not the night-work rule")
}

test_c111_not_ratified_with_the_conflict_explained if {
	r := my.ratifications.C111
	r.status == "not_ratified"
	r.verification == "secondary"
	some n in r.notes
	contains(n, "taken to be an error")
}

test_territory_note_names_the_sabah_amendment if {
	some s in _srcs("maternity.leave_min_weeks")
	some n in s.notes
	startswith(n, "Territory: ")
	contains(n, "Labour Ordinance of Sabah (Amendment) Act 2025")
}

# The Employment Act 1955 covers Peninsular Malaysia and Labuan (s. 1), the CYP Act
# Peninsular Malaysia only (s. 1(2)): conditions on the workplace's region.
test_acts_apply_in_their_territory_only if {
	ea := [s | some s in my.sources; startswith(s.instrument, "Employment Act 1955")]
	count(ea) > 10
	every s in ea {
		s.conditions.regions_excluded == ["MY-12", "MY-13"]
	}
	cyp := [s | some s in my.sources; startswith(s.instrument, "Children and Young Persons")]
	count(cyp) > 0
	every s in cyp {
		s.conditions.regions_excluded == ["MY-12", "MY-13", "MY-15"]
	}
	[leave] := _srcs("leave.annual_paid_min_days")
	leave.conditions.service_months_min == 12
	leave.conditions.regions_excluded == ["MY-12", "MY-13"]
}

# Federal Acts apply throughout Malaysia: no region condition.
test_federal_acts_everywhere if {
	some s in my.sources
	startswith(s.instrument, "Occupational Safety and Health Act 1994")
	not s.conditions.regions_excluded
}
