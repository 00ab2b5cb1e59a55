package hrdd.national.us_test

import data.hrdd.catalogue
import data.hrdd.national.us

_in(date) := {"country": "US", "as_of": date, "profiles": ["international"], "context": {}}

_domestic(id, inp) := vals if {
	reqs := data.hrdd.main.requirements with input as inp
	vals := [s.value | some s in reqs[id].domestic]
}

_values(id) := {s.value | some s in us.sources; s.requirement == id}

_entries(id) := {object.get(s, "entry", "value") | some s in us.sources; s.requirement == id}

_workplace_ids := {id |
	some id, _ in catalogue.requirements
	not id in catalogue.company_level
	not id in catalogue.engine_level
}

# The employer-size thresholds of the sources of a requirement in force on a date.
_thresholds(id, date) := {[s.value, s.conditions.employer_employees_min] |
	some s in us.sources
	s.requirement == id
	s.effective_from <= date
	not _ended(s, date)
}

_ended(s, date) if date >= s.effective_to

test_every_workplace_requirement_has_an_entry if {
	missing := {id | some id in _workplace_ids; count(_entries(id)) == 0}
	missing == set()
}

test_values_per_requirement if {
	_values("child_labour.minimum_age") == {16}
	_values("child_labour.hazardous_work_minimum_age") == {18}
	_values("child_labour.night_work_minimum_age") == {16}
	_values("forced_labour.free_to_resign") == {true}
	_values("working_hours.overtime_pay_threshold_weekly") == {40}
	_values("working_hours.overtime_premium_min_percent") == {150}
	_values("wages.minimum_wage_paid") == {true}
	_values("maternity.leave_min_weeks") == {12}
	_values("freedom_of_association.right_to_organise") == {true}
	_values("freedom_of_association.collective_bargaining") == {true}
	_values("health_safety.right_to_remove_from_danger") == {true}
	_values("health_safety.free_protective_equipment") == {true}
}

# The 40 hours of FLSA s. 7(a) trigger overtime pay; they are not a cap.
test_pay_threshold_is_not_a_cap if {
	_values("working_hours.regular_weekly_max") == set()
	_entries("working_hours.regular_weekly_max") == {"absence"}
	some s in us.sources
	s.requirement == "working_hours.regular_weekly_max"
	s.article == "s. 7(a), 29 U.S.C. 207(a)"
}

test_federal_law_sets_nothing if {
	absent := {
		"working_hours.regular_daily_max", "working_hours.regular_weekly_max",
		"working_hours.total_daily_max", "working_hours.total_weekly_max",
		"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max",
		"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
		"working_hours.overtime_voluntary", "rest.weekly_rest_min_hours",
		"leave.annual_paid_min_days", "maternity.cash_benefit_min_percent",
		"maternity.compulsory_postnatal_weeks", "wages.living_wage",
		"equal_pay.equal_value", "harassment.policy",
	}
	every id in absent {
		_entries(id) == {"absence"}
		_values(id) == set()
	}
}

test_absences_have_no_value if {
	bad := {s.requirement |
		some s in us.sources
		object.get(s, "entry", "value") in {"absence", "not_encoded"}
		"value" in object.keys(s)
	}
	bad == set()
}

test_not_encoded_have_a_reason if {
	not_encoded := {s.requirement | some s in us.sources; s.entry == "not_encoded"}
	not_encoded == set()
	bad := {s.requirement | some s in us.sources; s.entry == "not_encoded"; not _has_reason(s)}
	bad == set()
}

# No general federal rule: recruitment fees, identity documents, pay frequency, safety
# committees and daily overtime are cited absences (FAR 52.222-50 and 18 U.S.C. 1592 in notes).
test_new_absences if {
	every id in {
		"forced_labour.no_recruitment_fees", "forced_labour.no_retention_of_identity_documents",
		"wages.paid_regularly", "health_safety.worker_participation",
		"working_hours.overtime_pay_threshold_daily",
	} {
		_entries(id) == {"absence"}
		_values(id) == set()
	}
	some s in us.sources
	s.requirement == "forced_labour.no_retention_of_identity_documents"
	s.article == "18 U.S.C. 1592(a)"
	s.effective_from == "2000-10-28"
	some n in s.notes
	contains(n, "FAR 52.222-50")
}

# 29 C.F.R. 531.35: deductions are barred only where they cut into the minimum wage or overtime.
test_deductions_are_restrictions if {
	every id in {"wages.deductions_only_as_prescribed", "wages.no_disciplinary_deductions", "wages.no_deductions_for_obtaining_employment"} {
		_entries(id) == {"restriction"}
		_values(id) == {false}
	}
	some s in us.sources
	s.requirement == "wages.no_disciplinary_deductions"
	contains(s.article, "531.35")
}

test_urls_and_ratifications_are_official if {
	every _, r in us.ratifications {
		startswith(r.url, "https://normlex.ilo.org/")
		count(r.checked_against) > 0
	}
	bad := {s.requirement | some s in us.sources; s.verification == "secondary"; not s.checked_against}
	bad == set()
}

_has_reason(s) if count(s.reason) > 20

test_fmla_conditions if {
	some s in us.sources
	s.requirement == "maternity.leave_min_weeks"
	s.value == 12
	s.conditions.employer_employees_min == 50
	s.conditions.service_months_min == 12
	contains(s.conditions.text, "1,250 hours")
	contains(s.conditions.text, "75 miles")

	some a in us.sources
	a.requirement == "maternity.leave_min_weeks"
	a.entry == "absence"
	a.conditions.employer_employees_below == 50
}

test_fmla_dates if {
	_domestic("maternity.leave_min_weeks", _in("1993-08-04")) == []
	_domestic("maternity.leave_min_weeks", _in("1993-08-05")) == [12]
}

test_title_vii_thresholds if {
	race := ["race", "colour", "religion", "sex", "national_extraction"]
	[race, 100] in _thresholds("non_discrimination.grounds", "1965-07-02")
	not [race, 75] in _thresholds("non_discrimination.grounds", "1965-07-02")
	[race, 75] in _thresholds("non_discrimination.grounds", "1966-07-02")
	[race, 50] in _thresholds("non_discrimination.grounds", "1967-07-02")
	[race, 25] in _thresholds("non_discrimination.grounds", "1973-03-23")
	[race, 15] in _thresholds("non_discrimination.grounds", "1973-03-24")
	not [race, 25] in _thresholds("non_discrimination.grounds", "1973-03-24")
}

test_each_statute_has_its_employer_size if {
	today := _thresholds("non_discrimination.grounds", "2026-11-23")
	today == {
		[["race", "colour", "religion", "sex", "national_extraction"], 15],
		[["pregnancy"], 15],
		[["age"], 20],
		[["disability"], 15],
		[["genetic_information"], 15],
	}

	# The NLRA has no size threshold.
	some s in us.sources
	s.value == ["union_membership"]
	not s.conditions
}

test_adea_and_ada_thresholds_changed if {
	[["age"], 25] in _thresholds("non_discrimination.grounds", "1974-04-30")
	[["age"], 20] in _thresholds("non_discrimination.grounds", "1974-05-01")
	not [["age"], 25] in _thresholds("non_discrimination.grounds", "1974-05-01")
	[["disability"], 25] in _thresholds("non_discrimination.grounds", "1994-07-25")
	[["disability"], 15] in _thresholds("non_discrimination.grounds", "1994-07-26")
	not [["disability"], 25] in _thresholds("non_discrimination.grounds", "1994-07-26")
}

test_grounds_today if {
	reqs := data.hrdd.main.requirements with input as _in("2026-11-23")
	grounds := {g | some s in reqs["non_discrimination.grounds"].domestic; some g in s.value}
	grounds == {"race", "colour", "religion", "sex", "national_extraction", "pregnancy", "age", "disability", "genetic_information", "union_membership"}
}

test_pregnancy_ground_dates if {
	before := {g | some v in _domestic("non_discrimination.grounds", _in("1978-10-30")); some g in v}
	not "pregnancy" in before
	after := {g | some v in _domestic("non_discrimination.grounds", _in("1978-10-31")); some g in v}
	"pregnancy" in after
}

test_overtime_threshold_dates if {
	_domestic("working_hours.overtime_pay_threshold_weekly", _in("1940-10-23")) == []
	_domestic("working_hours.overtime_pay_threshold_weekly", _in("1940-10-24")) == [40]
}

test_ppe_dates if {
	_domestic("health_safety.free_protective_equipment", _in("2008-02-12")) == []
	_domestic("health_safety.free_protective_equipment", _in("2008-02-13")) == [true]
}

test_every_source_is_complete if {
	every s in us.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "http")
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		s.binding == "law"
		s.verification in {"primary", "secondary", "unverified"}
		s.requirement in object.keys(catalogue.requirements)
	}
}

test_ratifications if {
	object.keys(us.ratifications) == {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}
	{c | some c, r in us.ratifications; r.status == "ratified"} == {"C105", "C182"}
}

test_grounds_are_in_the_vocabulary if {
	vocab := catalogue.vocabularies["non_discrimination.grounds"]
	bad := {g |
		some s in us.sources
		s.requirement == "non_discrimination.grounds"
		some g in s.value
		not g in vocab
	}
	bad == set()
}

# The 1972 Act lowered Title VII's threshold to 15; that 25 still applied in its first year
# (to 24 March 1973) was not read, so that year is unverified.
test_title_vii_1972_transition_is_unverified if {
	race := ["race", "colour", "religion", "sex", "national_extraction"]
	periods := {[s.effective_from, s.conditions.employer_employees_min, s.verification] |
		some s in us.sources
		s.value == race
	}
	["1968-07-02", 25, "secondary"] in periods
	["1972-03-24", 25, "unverified"] in periods
	["1973-03-24", 15, "secondary"] in periods
	[race, 25] in _thresholds("non_discrimination.grounds", "1972-03-23")
	[race, 25] in _thresholds("non_discrimination.grounds", "1972-03-24")
	every s in us.sources {
		_title_vii_history_read(s)
	}
}

_title_vii_history_read(s) if object.get(s, "value", null) != ["race", "colour", "religion", "sex", "national_extraction"]

_title_vii_history_read(s) if {
	s.value == ["race", "colour", "religion", "sex", "national_extraction"]
	count(s.checked_against) == 5
}

# 29 C.F.R. 1910.132(h)(1) checked against the Federal Register summary and pages quoting it.
test_ppe_is_secondary if {
	some s in us.sources
	s.requirement == "health_safety.free_protective_equipment"
	s.verification == "secondary"
	count(s.checked_against) == 4
	s.effective_from == "2008-02-13"
}

# The ADEA change to 20 (Pub. L. 93-259, s. 28(a)(1)) and the ADA's 25-then-15 phase-in are read.
test_adea_and_ada_sources_read if {
	some a in us.sources
	a.value == ["age"]
	a.effective_from == "1974-05-01"
	some c in a.checked_against
	contains(c.title, "s. 28(a)(1)")
	some d in us.sources
	d.value == ["disability"]
	d.effective_from == "1994-07-26"
	count(d.checked_against) == 3
}

# ADA: no medical examination of an applicant before a conditional offer, read as
# barring a pregnancy test; the employer size follows Title I (25, then 15 employees).
test_pregnancy_testing_barred_before_offer if {
	_values("maternity.no_pregnancy_testing") == {true}
	_entries("maternity.no_pregnancy_testing") == {"value"}
	_thresholds("maternity.no_pregnancy_testing", "2026-11-23") == {[true, 15]}
	_thresholds("maternity.no_pregnancy_testing", "1994-07-25") == {[true, 25]}
	_thresholds("maternity.no_pregnancy_testing", "1992-07-25") == set()
	srcs := [s | some s in us.sources; s.requirement == "maternity.no_pregnancy_testing"]
	count(srcs) == 2
	every s in srcs {
		s.verification == "secondary"
		s.article == "42 U.S.C. 12112(d)(2)(A); 29 C.F.R. 1630.13(a)"
		count(s.checked_against) > 0
	}
}

test_pregnancy_testing_domestic_value if {
	_domestic("maternity.no_pregnancy_testing", _in("2026-11-23")) == [true]
	_domestic("maternity.no_pregnancy_testing", _in("1990-01-01")) == []
}
