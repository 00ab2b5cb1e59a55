package hrdd.national.fr_test

import data.hrdd.catalogue
import data.hrdd.national.fr

_in(date) := {"country": "FR", "as_of": date, "profiles": ["international"], "context": {}}

_domestic(id, inp) := vals if {
	reqs := data.hrdd.main.requirements with input as inp
	vals := [s.value | some s in reqs[id].domestic]
}

_values(id) := {s.value | some s in fr.sources; s.requirement == id}

_entries(id) := {object.get(s, "entry", "value") | some s in fr.sources; s.requirement == id}

_workplace_ids := {id |
	some id, _ in catalogue.requirements
	not id in catalogue.company_level
	not id in catalogue.engine_level
}

test_every_workplace_requirement_has_an_entry if {
	missing := {id | some id in _workplace_ids; count(_entries(id)) == 0}
	missing == set()
}

test_entries_are_well_formed if {
	bad := {s.requirement |
		some s in fr.sources
		object.get(s, "entry", "value") in {"absence", "not_encoded"}
		"value" in object.keys(s)
	}
	bad == set()
	no_reason := {s.requirement | some s in fr.sources; s.entry == "not_encoded"; not is_string(s.reason)}
	no_reason == set()
}

test_values_per_requirement if {
	_values("child_labour.minimum_age") == {16}
	_values("child_labour.hazardous_work_minimum_age") == {18}
	_values("forced_labour.free_to_resign") == {true}
	_values("forced_labour.no_recruitment_fees") == {true}
	_values("working_hours.total_daily_max") == {10}
	_values("working_hours.overtime_pay_threshold_weekly") == {35}
	_values("working_hours.total_weekly_max") == {48}
	_values("working_hours.overtime_premium_min_percent") == {125}
	_values("rest.weekly_rest_min_hours") == {35}
	_values("leave.annual_paid_min_days") == {25}
	_values("maternity.leave_min_weeks") == {16}
	_values("wages.minimum_wage_paid") == {true}
	_values("equal_pay.equal_value") == {true}
	_values("freedom_of_association.right_to_organise") == {true}
	_values("freedom_of_association.collective_bargaining") == {true}
	_values("health_safety.right_to_remove_from_danger") == {true}
	_values("health_safety.free_protective_equipment") == {true}
	_values("health_safety.worker_participation") == {true}
}

test_not_encoded if {
	every id in {"wages.no_deductions_for_obtaining_employment", "forced_labour.no_retention_of_identity_documents"} {
		_entries(id) == {"not_encoded"}
		_values(id) == set()
	}
}

# The 35-hour legal duration (L3121-27) only triggers overtime pay: the caps
# are 10 hours a day and 48 hours a week, overtime included.
test_legal_duration_is_not_a_cap if {
	_entries("working_hours.regular_weekly_max") == {"absence"}
	_entries("working_hours.regular_daily_max") == {"absence"}
	some s in fr.sources
	s.requirement == "working_hours.regular_weekly_max"
	startswith(s.article, "L3121-27")
}

test_overtime_caps_are_absent_and_the_quota_is_not_a_cap if {
	every id in {
		"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max",
		"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
		"wages.living_wage",
	} {
		_entries(id) == {"absence"}
	}
	some s in fr.sources
	s.requirement == "working_hours.overtime_yearly_max"
	contains(s.notes[0], "220 hours")
	contains(s.article, "D3121-24")
}

test_overtime_is_a_restriction if {
	_entries("working_hours.overtime_voluntary") == {"restriction"}
	_values("working_hours.overtime_voluntary") == {false}
}

test_annual_leave_conversion if {
	some s in fr.sources
	s.requirement == "leave.annual_paid_min_days"
	s.statute.value == 30
	s.value == (s.statute.value * 5) / 6
	contains(s.statute.unit, "6-day week")
}

test_cse_condition if {
	some s in fr.sources
	s.requirement == "health_safety.worker_participation"
	s.conditions.employer_employees_min == 11
	contains(s.conditions.text, "12 consecutive months")
}

_thresholds(date) := {s.conditions.employer_employees_min |
	some s in fr.sources
	s.requirement == "harassment.policy"
	s.effective_from <= date
	not _ended(s, date)
}

_ended(s, date) if date >= s.effective_to

test_harassment_policy_thresholds if {
	_thresholds("2019-12-31") == {20}
	_thresholds("2020-01-01") == {50}
	_values("harassment.policy") == {true}
}

test_grounds_include_the_c111_core if {
	reqs := data.hrdd.main.requirements with input as _in("2026-11-23")
	grounds := {g | some s in reqs["non_discrimination.grounds"].domestic; some g in s.value}
	every g in {"race", "sex", "religion", "political_opinion", "national_extraction", "gender_identity", "union_membership"} {
		g in grounds
	}
}

test_grounds_version_dates if {
	_domestic("non_discrimination.grounds", _in("2022-08-31")) == []
	count(_domestic("non_discrimination.grounds", _in("2022-09-01"))) == 1
}

test_code_dates if {
	_domestic("working_hours.total_weekly_max", _in("2008-04-30")) == []
	_domestic("working_hours.total_weekly_max", _in("2008-05-01")) == [48]
	_domestic("health_safety.worker_participation", _in("2017-12-31")) == []
	_domestic("health_safety.worker_participation", _in("2018-01-01")) == [true]
}

test_every_source_is_complete if {
	every s in fr.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "http")
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		s.binding == "law"
		s.verification in {"primary", "secondary", "unverified"}
		s.requirement in object.keys(data.hrdd.catalogue.requirements)
	}
}

test_ratifications if {
	object.keys(fr.ratifications) == {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}

	# Neither the C138 declared age nor the C138 and C182 dates were verified.
	not "declared_minimum_age" in object.keys(fr.ratifications.C138)
	not "date" in object.keys(fr.ratifications.C138)
	not "date" in object.keys(fr.ratifications.C182)
	fr.ratifications.C187.date == "2014-10-29"
	fr.ratifications.P29.date == "2016-06-07"
	fr.ratifications.C155.status == "not_ratified"
	every _, r in fr.ratifications {
		startswith(r.url, "https://normlex.ilo.org/")
		count(r.checked_against) > 0
	}
}

# Overtime is counted by the week (L3121-29): no daily threshold for overtime pay.
test_no_daily_overtime_threshold if {
	_entries("working_hours.overtime_pay_threshold_daily") == {"absence"}
	_values("working_hours.overtime_pay_threshold_daily") == set()
	some s in fr.sources
	s.requirement == "working_hours.overtime_pay_threshold_daily"
	startswith(s.article, "L3121-29")
}

# Values with nothing read stay unverified; every secondary value names its pages.
test_labels if {
	{s.requirement | some s in fr.sources; s.verification == "unverified"} == {"forced_labour.no_retention_of_identity_documents"}
	bad := {s.requirement | some s in fr.sources; s.verification == "secondary"; not s.checked_against}
	bad == set()
}

test_night_work_pregnancy_and_wages if {
	_values("child_labour.night_work_minimum_age") == {18}
	_values("maternity.no_pregnancy_testing") == {true}
	_values("wages.paid_regularly") == {true}
	_values("wages.no_disciplinary_deductions") == {true}
	_values("wages.deductions_only_as_prescribed") == {true}
	_values("maternity.compulsory_postnatal_weeks") == {6}
}

test_grounds_are_in_the_vocabulary if {
	vocab := catalogue.vocabularies["non_discrimination.grounds"]
	bad := {g |
		some s in fr.sources
		s.requirement == "non_discrimination.grounds"
		some g in s.value
		not g in vocab
	}
	bad == set()
}

# The maternity allowance (CSS L331-3, R331-5): 100 % of the basic daily wage, which is
# gross pay less a flat 21 %, i.e. 79 % of gross earnings up to the ceiling; the rate is
# confirmed for 2025 only, so the value is encoded from 1 January 2025.
test_maternity_cash_benefit if {
	_values("maternity.cash_benefit_min_percent") == {79}
	some s in fr.sources
	s.requirement == "maternity.cash_benefit_min_percent"
	s.statute.value == 100
	s.instrument == "Code de la sécurité sociale"
	s.verification == "secondary"
	count(s.checked_against) >= 2
	startswith(s.url, "https://www.legifrance.gouv.fr/")
	_domestic("maternity.cash_benefit_min_percent", _in("2024-12-31")) == []
	_domestic("maternity.cash_benefit_min_percent", _in("2025-01-01")) == [79]
}

# C155: authorised by Loi n° 2025-983, no registration with the ILO found; C187 deposited
# on 29 October 2014 (ILO and the French mission in Geneva).
test_c155_not_registered_and_c187_date if {
	fr.ratifications.C155.status == "not_ratified"
	not "date" in object.keys(fr.ratifications.C155)
	some n in fr.ratifications.C155.notes
	contains(n, "2025-983")
	fr.ratifications.C187.status == "ratified"
	fr.ratifications.C187.date == "2014-10-29"
	count(fr.ratifications.C187.checked_against) == 3
}
