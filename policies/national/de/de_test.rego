package hrdd.national.de_test

import data.hrdd.catalogue
import data.hrdd.national.de

_in(date) := {"country": "DE", "as_of": date, "profiles": ["international"], "context": {}}

_domestic(id, inp) := vals if {
	reqs := data.hrdd.main.requirements with input as inp
	vals := [s.value | some s in reqs[id].domestic]
}

_values(id) := {s.value | some s in de.sources; s.requirement == id}

_entries(id) := {object.get(s, "entry", "value") | some s in de.sources; s.requirement == id}

_workplace_ids := {id |
	some id, _ in catalogue.requirements
	not id in catalogue.company_level
	not id in catalogue.engine_level
}

_source(id) := s if {
	some s in de.sources
	s.requirement == id
}

test_every_workplace_requirement_has_an_entry if {
	missing := {id | some id in _workplace_ids; count(_entries(id)) == 0}
	missing == set()
}

test_entries_are_well_formed if {
	bad := {s.requirement |
		some s in de.sources
		object.get(s, "entry", "value") in {"absence", "not_encoded"}
		"value" in object.keys(s)
	}
	bad == set()
	no_reason := {s.requirement | some s in de.sources; s.entry == "not_encoded"; not is_string(s.reason)}
	no_reason == set()
}

test_values_per_requirement if {
	_values("child_labour.minimum_age") == {15}
	_values("child_labour.hazardous_work_minimum_age") == {18}
	_values("forced_labour.free_to_resign") == {true}
	_values("working_hours.regular_daily_max") == {8}
	_values("working_hours.total_daily_max") == {10}
	_values("working_hours.regular_weekly_max") == {48}
	_values("working_hours.total_weekly_max") == {60}
	_values("rest.weekly_rest_min_hours") == {24}
	_values("leave.annual_paid_min_days") == {20}
	_values("maternity.leave_min_weeks") == {14}
	_values("maternity.cash_benefit_min_percent") == {100}
	_values("wages.minimum_wage_paid") == {true}
	_values("equal_pay.equal_value") == {true}
	_values("freedom_of_association.right_to_organise") == {true}
	_values("freedom_of_association.collective_bargaining") == {true}
	_values("health_safety.right_to_remove_from_danger") == {true}
	_values("health_safety.free_protective_equipment") == {true}
	_values("health_safety.worker_participation") == {true}
	_values("harassment.policy") == {true}
	_values("wages.paid_regularly") == {true}
	_values("forced_labour.no_retention_of_identity_documents") == {true}
	_values("maternity.no_pregnancy_testing") == {true}
	_values("wages.deductions_only_as_prescribed") == {true}
}

# The ArbZG knows no overtime: no overtime pay, premium or cap.
test_no_value_where_the_law_sets_none if {
	every id in {
		"working_hours.overtime_pay_threshold_weekly", "working_hours.overtime_premium_min_percent",
		"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max",
		"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
		"working_hours.overtime_pay_threshold_daily", "working_hours.overtime_voluntary",
		"wages.living_wage",
	} {
		_entries(id) == {"absence"}
		_values(id) == set()
	}
}

test_not_encoded if {
	_entries("wages.no_deductions_for_obtaining_employment") == {"not_encoded"}
	not_encoded := {s.requirement | some s in de.sources; s.entry == "not_encoded"}
	not_encoded == {"wages.no_deductions_for_obtaining_employment"}
}

# Works fines and contractual penalties are lawful: disciplinary deductions are a restriction.
test_disciplinary_deductions_are_a_restriction if {
	_entries("wages.no_disciplinary_deductions") == {"restriction"}
	_values("wages.no_disciplinary_deductions") == {false}
}

# The ID-card rule (PAuswG § 1(1)) applies from the Act's entry into force on 1 November 2010.
test_identity_card_rule_dates if {
	_domestic("forced_labour.no_retention_of_identity_documents", _in("2010-10-31")) == []
	_domestic("forced_labour.no_retention_of_identity_documents", _in("2010-11-01")) == [true]
	some s in de.sources
	s.requirement == "forced_labour.no_retention_of_identity_documents"
	s.article == "§ 1(1) sentence 3"
	s.conditions.worker_groups == ["nationals"]
}

# Pregnancy testing rests on the AGG as applied by the courts: a secondary value.
test_pregnancy_testing_is_secondary if {
	s := _source("maternity.no_pregnancy_testing")
	s.verification == "secondary"
	count(s.checked_against) >= 2
	_domestic("maternity.no_pregnancy_testing", _in("2026-12-01")) == [true]
}

# "primary" here means read in the verbatim copy of gesetze-im-internet.de: it is named.
test_primary_values_name_the_copy_read if {
	bad := {s.requirement |
		some s in de.sources
		s.verification in {"primary", "secondary"}
		not _names_a_copy(s)
	}
	bad == set()
}

_names_a_copy(s) if {
	some c in s.checked_against
	contains(c.title, "verbatim copy")
}

test_urls_are_the_official_portal if {
	every s in de.sources {
		startswith(s.url, "https://www.gesetze-im-internet.de/")
	}
	every _, r in de.ratifications {
		startswith(r.url, "https://normlex.ilo.org/")
	}
}

test_recruitment_fees_are_a_restriction if {
	_entries("forced_labour.no_recruitment_fees") == {"restriction"}
	_values("forced_labour.no_recruitment_fees") == {false}
}

test_grounds if {
	_values("non_discrimination.grounds") == {
		["race", "ethnic_origin", "sex", "pregnancy", "maternity", "religion", "creed", "disability", "age", "sexual_orientation"],
		["union_membership"],
	}
}

test_grounds_are_in_the_vocabulary if {
	vocab := catalogue.vocabularies["non_discrimination.grounds"]
	bad := {g |
		some s in de.sources
		s.requirement == "non_discrimination.grounds"
		some g in s.value
		not g in vocab
	}
	bad == set()
}

# ArbZG § 3 counts hours per working day (Werktag, six a week).
test_hours_conversions if {
	w := _source("working_hours.regular_weekly_max")
	w.statute.value == 8
	w.value == w.statute.value * 6
	t := _source("working_hours.total_weekly_max")
	t.statute.value == 10
	t.value == t.statute.value * 6
	d := _source("working_hours.total_daily_max")
	d.value == t.statute.value
	_source("working_hours.regular_daily_max").value == w.statute.value
}

test_annual_leave_conversion_and_waiting_period if {
	some s in de.sources
	s.requirement == "leave.annual_paid_min_days"
	s.verification == "primary"
	s.statute.value == 24
	s.value == (s.statute.value * 5) / 6
	contains(s.statute.unit, "6-day week")
	s.conditions.service_months_min == 6
}

test_works_council_and_safety_committee_thresholds if {
	thresholds := {[s.instrument, s.conditions.workplace_workers_min] |
		some s in de.sources
		s.requirement == "health_safety.worker_participation"
	}
	thresholds == {["Betriebsverfassungsgesetz (BetrVG)", 5], ["Arbeitssicherheitsgesetz (ASiG)", 21]}
}

# The 24 days are verified from the oldest copy read (2 August 2012); 1995-2012 is unverified.
test_annual_leave_dates if {
	_domestic("leave.annual_paid_min_days", _in("1994-12-31")) == []
	_domestic("leave.annual_paid_min_days", _in("1995-01-01")) == [20]
	_domestic("leave.annual_paid_min_days", _in("2012-08-02")) == [20]
	{s.verification | some s in de.sources; s.requirement == "leave.annual_paid_min_days"; s.effective_from == "1995-01-01"} == {"unverified"}
}

test_safety_committee_dates if {
	{[s.effective_from, s.verification] | some s in de.sources; s.instrument == "Arbeitssicherheitsgesetz (ASiG)"} == {["1974-12-01", "unverified"], ["2012-08-02", "primary"]}
}

test_child_age_dates if {
	_domestic("child_labour.minimum_age", _in("1997-02-28")) == []
	_domestic("child_labour.minimum_age", _in("1997-03-01")) == [15]
}

test_minimum_wage_dates if {
	_domestic("wages.minimum_wage_paid", _in("2014-12-31")) == []
	_domestic("wages.minimum_wage_paid", _in("2015-01-01")) == [true]
}

test_composed_today if {
	_domestic("working_hours.regular_weekly_max", _in("2026-11-23")) == [48]
	_domestic("maternity.leave_min_weeks", _in("2026-11-23")) == [14]
}

test_every_source_is_complete if {
	every s in de.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "http")
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		s.binding == "law"
		s.verification in {"primary", "secondary", "unverified"}
		s.requirement in object.keys(data.hrdd.catalogue.requirements)
	}
}

test_ratifications_cover_the_fundamentals if {
	object.keys(de.ratifications) == {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}
	de.ratifications.C155.status == "not_ratified"

	# The declared minimum age was not verified against a checked source.
	not "declared_minimum_age" in object.keys(de.ratifications.C138)
	de.ratifications.C138.date == "1976-04-08"
	de.ratifications.P29.date == "2019-06-19"
}

test_night_work_and_postnatal_leave if {
	_values("child_labour.night_work_minimum_age") == {18}
	_values("maternity.compulsory_postnatal_weeks") == {8}
	_domestic("child_labour.night_work_minimum_age", _in("1976-04-30")) == []
	_domestic("child_labour.night_work_minimum_age", _in("1976-05-01")) == [18]
}

# No statute bars an employer from holding a foreign worker's passport: PassG, AufenthG
# § 48 and StGB §§ 232b, 233 were read; the PAuswG rule protects German cards only, so
# foreign workers' passports are a cited absence.
test_foreign_passports_are_a_cited_gap if {
	some card in de.sources
	card.requirement == "forced_labour.no_retention_of_identity_documents"
	card.value == true
	some s in de.sources
	s.requirement == "forced_labour.no_retention_of_identity_documents"
	s.entry == "absence"
	s.conditions.worker_groups == ["foreign_workers"]
	s.verification == "primary"
	titles := {c.title | some c in s.checked_against}
	every law in {"PassG", "AufenthG", "StGB"} {
		some t in titles
		startswith(t, law)
	}
	some n in s.notes
	contains(n, "AufenthG § 48(1)")
	contains(n, "StGB § 232b")
}
