package hrdd.national.mx_test

import data.hrdd.catalogue
import data.hrdd.national.mx

_in(date) := {"country": "MX", "as_of": date, "profiles": ["international"], "context": {}}

_today := "2026-11-23"

_domestic(id, inp) := vals if {
	reqs := data.hrdd.main.requirements with input as inp
	vals := [s.value | some s in reqs[id].domestic]
}

_values(id) := {s.value | some s in mx.sources; s.requirement == id}

_in_force(s, date) if {
	s.effective_from <= date
	not _ended(s, date)
}

_ended(s, date) if date >= s.effective_to

_entries(id, date) := {object.get(s, "entry", "value") |
	some s in mx.sources
	s.requirement == id
	_in_force(s, date)
}

_source(id, date) := s if {
	some s in mx.sources
	s.requirement == id
	_in_force(s, date)
}

_workplace_ids := {id |
	some id, _ in catalogue.requirements
	not id in catalogue.company_level
	not id in object.get(catalogue, "engine_level", set())
}

test_every_workplace_requirement_has_an_entry if {
	every date in {"2022-06-01", _today} {
		missing := {id | some id in _workplace_ids; count(_entries(id, date)) == 0}
		missing == set()
	}
}

test_values_per_requirement if {
	_values("child_labour.minimum_age") == {15}
	_values("child_labour.hazardous_work_minimum_age") == {18}
	_values("child_labour.night_work_minimum_age") == {16, 18}
	_values("working_hours.regular_daily_max") == {8}
	_values("forced_labour.free_to_resign") == {true}
	_values("forced_labour.no_recruitment_fees") == {true}
	_values("working_hours.regular_weekly_max") == {48, 46, 44, 42, 40}
	_values("working_hours.overtime_daily_max") == {3, 4}
	_values("working_hours.overtime_weekly_max") == {9, 10, 11, 12}
	_values("working_hours.overtime_pay_threshold_daily") == {8}
	_values("working_hours.total_daily_max") == {12}
	_values("health_safety.free_protective_equipment") == {true}
	_values("working_hours.overtime_premium_min_percent") == {200}
	_values("rest.weekly_rest_min_hours") == {24}
	_values("leave.annual_paid_min_days") == {5, 10}
	_values("maternity.leave_min_weeks") == {12}
	_values("maternity.compulsory_postnatal_weeks") == {6}
	_values("maternity.cash_benefit_min_percent") == {100}
	_values("maternity.no_pregnancy_testing") == {true}
	_values("wages.minimum_wage_paid") == {true}
	_values("wages.paid_regularly") == {true}
	_values("wages.deductions_only_as_prescribed") == {true}
	_values("wages.no_disciplinary_deductions") == {true}
	_values("wages.no_deductions_for_obtaining_employment") == {true}
	_values("freedom_of_association.right_to_organise") == {true}
	_values("freedom_of_association.collective_bargaining") == {true}
	_values("health_safety.worker_participation") == {true}
	_values("harassment.policy") == {true}
}

# LFT Art. 66: at most 3 hours a day, 3 times a week, until the 2026 reform.
test_overtime_caps_before_the_2026_reform if {
	d := _source("working_hours.overtime_daily_max", "2026-04-30")
	d.value == 3
	d.article == "Art. 66; Const. Art. 123 A (XI)"
	w := _source("working_hours.overtime_weekly_max", "2026-04-30")
	w.value == 3 * 3
	_domestic("working_hours.overtime_weekly_max", _in("1970-05-01")) == [9]
	_domestic("working_hours.overtime_weekly_max", _in("1970-04-30")) == []
	_entries("working_hours.total_daily_max", "2026-04-30") == {"absence"}
}

# LFT reform, DOF 1 May 2026: 4 hours a day, weekly limit phased 9 -> 12 (transitory art. 4), 12 hours a day in all.
test_overtime_caps_after_the_2026_reform if {
	_domestic("working_hours.overtime_daily_max", _in("2026-05-01")) == [4]
	_domestic("working_hours.overtime_weekly_max", _in("2026-05-01")) == [9]
	_domestic("working_hours.overtime_weekly_max", _in("2027-12-31")) == [9]
	_domestic("working_hours.overtime_weekly_max", _in("2028-01-01")) == [10]
	_domestic("working_hours.overtime_weekly_max", _in("2029-01-01")) == [11]
	_domestic("working_hours.overtime_weekly_max", _in("2030-01-01")) == [12]
	_domestic("working_hours.total_daily_max", _in("2026-05-01")) == [12]
	s := _source("working_hours.total_daily_max", _today)
	s.url == "https://www.diputados.gob.mx/LeyesBiblio/ref/lft/LFT_ref52_01may26.pdf"
	_domestic("working_hours.overtime_premium_min_percent", _in("2026-04-30")) == [200]
	_domestic("working_hours.overtime_premium_min_percent", _in("2026-05-01")) == [200]
}

# The 8-hour day is both a limit (overtime only for extraordinary circumstances) and the pay threshold.
test_daily_pay_threshold if {
	_domestic("working_hours.overtime_pay_threshold_daily", _in(_today)) == [8]
	_domestic("working_hours.regular_daily_max", _in(_today)) == [8]
	_domestic("working_hours.overtime_pay_threshold_daily", _in("2026-04-30")) == [8]
	_domestic("working_hours.regular_daily_max", _in("2026-04-30")) == [8]
	_source("working_hours.overtime_pay_threshold_daily", "2026-04-30").article == "Arts. 61, 66, 67"
	_source("working_hours.overtime_pay_threshold_daily", _today).article == "Arts. 61, 66 as reformed"
	_source("working_hours.regular_daily_max", _today).article == "Art. 61 as reformed; Const. Art. 123 A (I)"
}

test_no_separate_long_period_caps if {
	every id in {
		"working_hours.total_weekly_max",
		"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
	} {
		every date in {"2026-04-30", _today} {
			_entries(id, date) == {"absence"}
		}
		count(_values(id)) == 0
		_source(id, _today).verification == "primary"
	}
	_entries("working_hours.overtime_pay_threshold_weekly", _today) == {"not_encoded"}
}

# Art. 68 (first paragraph) is unchanged in substance by the 2026 reform; whether overtime
# within the limits may be refused is not settled by the text: not encoded, before and after.
test_overtime_voluntary if {
	every date in {"2026-04-30", "2026-05-01", _today} {
		_entries("working_hours.overtime_voluntary", date) == {"not_encoded"}
	}
	s := _source("working_hours.overtime_voluntary", _today)
	s.article == "Art. 68, first paragraph; Const. Art. 123 A (XI)"
	contains(s.reason, "no están obligados a prestar sus servicios por un tiempo mayor del permitido")
	contains(s.reason, "seguirán siendo voluntarias")
	count(_values("working_hours.overtime_voluntary")) == 0
}

# The 2026 reform was read in verbatim transcriptions of the decree and the consolidated LFT:
# every value in force from 1 May 2026 under it is primary, with the decree's url.
test_2026_reform_values_are_primary if {
	reform := [s |
		some s in mx.sources
		s.effective_from >= "2026-05-01"
		s.url == "https://www.diputados.gob.mx/LeyesBiblio/ref/lft/LFT_ref52_01may26.pdf"
	]
	count(reform) >= 12
	every s in reform {
		s.verification == "primary"
		some c in s.checked_against
		contains(c.title, "verbatim")
	}
	every id in {
		"working_hours.regular_daily_max", "working_hours.regular_weekly_max",
		"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max",
		"working_hours.total_daily_max", "working_hours.overtime_premium_min_percent",
		"working_hours.overtime_pay_threshold_daily",
	} {
		_source(id, _today).verification == "primary"
		_source(id, "2026-04-30").verification == "primary"
	}
}

# Transitory art. 4: the weekly overtime figure changes on 1 January; the 4-hour daily
# spread applies at once; the excess over the weekly figure (Art. 68) is noted, not allowed.
test_overtime_phase_notes if {
	w := _source("working_hours.overtime_weekly_max", _today)
	w.effective_from == "2026-05-01"
	w.effective_to == "2028-01-01"
	some n in w.notes
	contains(n, "transitory art. 4")
	some m in w.notes
	contains(m, "yearly figure + 4")
	d := _source("working_hours.overtime_daily_max", _today)
	some k in d.notes
	contains(k, "hasta cuatro horas diarias")
}

test_protective_equipment_from_nom_017_2024 if {
	_entries("health_safety.free_protective_equipment", "2025-09-27") == {"not_encoded"}
	_domestic("health_safety.free_protective_equipment", _in("2025-09-28")) == [true]
}

test_equal_pay_only_for_equal_work if {
	_entries("equal_pay.equal_value", _today) == {"restriction"}
	_source("equal_pay.equal_value", _today).value == false
}

test_no_value_where_not_verified if {
	every id in {
		"forced_labour.no_retention_of_identity_documents", "wages.living_wage",
		"health_safety.right_to_remove_from_danger",
	} {
		_entries(id, _today) == {"not_encoded"}
		count(_source(id, _today).reason) > 20
		count(_values(id)) == 0
	}
}

test_annual_leave_reform if {
	_domestic("leave.annual_paid_min_days", _in("2022-12-31")) == [5]
	_domestic("leave.annual_paid_min_days", _in("2023-01-01")) == [10]
}

# Dias laborables on the LFT's six-day week, converted to a five-day week.
test_annual_leave_conversion if {
	every date in {"2022-12-31", "2023-01-01"} {
		s := _source("leave.annual_paid_min_days", date)
		(s.statute.value * 5) / 6 == s.value
		contains(s.statute.unit, "six-day week")
		s.conditions.service_months_min == 12
	}
	_source("leave.annual_paid_min_days", "2023-01-01").statute.value == 12
}

test_weekly_max_phase_in if {
	_domestic("working_hours.regular_weekly_max", _in("2026-04-30")) == [48]
	_domestic("working_hours.regular_weekly_max", _in("2026-05-01")) == [48]
	_domestic("working_hours.regular_weekly_max", _in(_today)) == [48]
	_domestic("working_hours.regular_weekly_max", _in("2026-12-31")) == [48]
	_domestic("working_hours.regular_weekly_max", _in("2027-01-01")) == [46]
	_domestic("working_hours.regular_weekly_max", _in("2027-12-31")) == [46]
	_domestic("working_hours.regular_weekly_max", _in("2028-01-01")) == [44]
	_domestic("working_hours.regular_weekly_max", _in("2029-01-01")) == [42]
	_domestic("working_hours.regular_weekly_max", _in("2029-12-31")) == [42]
	_domestic("working_hours.regular_weekly_max", _in("2030-01-01")) == [40]
	_source("working_hours.regular_weekly_max", "2026-04-30").article == "Arts. 59, 61, 69; Const. Art. 123 A (I), (IV)"
	s := _source("working_hours.regular_weekly_max", _today)
	s.effective_from == "2026-05-01"
	s.effective_to == "2027-01-01"
	contains(s.article, "transitory art. 2")
}

test_minimum_age_dates if {
	_domestic("child_labour.minimum_age", _in("2014-06-17")) == []
	_domestic("child_labour.minimum_age", _in("2014-06-18")) == [15]
	count(_domestic("child_labour.minimum_age", _in("2015-06-13"))) == 2
}

test_night_work_ages if {
	_domestic("child_labour.night_work_minimum_age", _in("2015-06-12")) == [16]
	{v | some v in _domestic("child_labour.night_work_minimum_age", _in("2015-06-13"))} == {16, 18}
}

test_pregnancy_testing_ban_from_the_2012_reform if {
	_domestic("maternity.no_pregnancy_testing", _in("2012-11-30")) == []
	_domestic("maternity.no_pregnancy_testing", _in("2012-12-01")) == [true]
}

test_harassment_protocol_dates if {
	_domestic("harassment.policy", _in("2019-05-01")) == []
	_domestic("harassment.policy", _in("2019-05-02")) == [true]
}

test_grounds_today if {
	grounds := {g | some v in _domestic("non_discrimination.grounds", _in(_today)); some g in v}
	{"sex", "pregnancy", "religion", "political_opinion", "national_extraction", "age", "disability"} & grounds == {"sex", "pregnancy", "religion", "political_opinion", "national_extraction", "age", "disability"}
}

test_every_source_is_complete if {
	every s in mx.sources {
		is_string(s.instrument)
		is_string(s.article)
		regex.match(`^https://www\.(diputados|dof)\.gob\.mx/`, s.url)
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		s.binding == "law"
		s.verification in {"primary", "secondary", "unverified"}
		s.requirement in object.keys(catalogue.requirements)
		not s.effective_to == null
	}
}

# Values are verified, except the harassment protocol, whose date of entry into force was not found.
test_values_are_verified if {
	bad := {s.requirement |
		some s in mx.sources
		object.get(s, "entry", "value") in {"value", "restriction", "absence"}
		not s.verification in {"primary", "secondary"}
	}
	bad == {"harassment.policy"}
}

test_secondary_values_name_the_pages_read if {
	bad := {s.requirement |
		some s in mx.sources
		s.verification == "secondary"
		count(object.get(s, "checked_against", [])) == 0
	}
	bad == set()
}

test_ratifications if {
	object.keys(mx.ratifications) == {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}
	mx.ratifications.C187.status == "not_ratified"
	mx.ratifications.C138.declared_minimum_age == 15
	mx.ratifications.C138.date == "2015-06-10"
	not "date" in object.keys(mx.ratifications.C182)
	every _, r in mx.ratifications {
		regex.match(`^https?://(www\.)?(normlex\.ilo\.org|ilo\.org|ilo\.ch|gob\.mx)/`, r.url)
	}
}

# Area and occupation rates, read in copies of the Constitution and the LFT: primary.
test_minimum_wage_regime if {
	r := mx.minimum_wage_regime
	r.level == "regional_and_sectoral"
	r.verification == "primary"
	startswith(r.url, "https://www.diputados.gob.mx/")
}
