package hrdd.national.id_test

import data.hrdd.catalogue
import data.hrdd.main
import data.hrdd.national.id

_fundamental := {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}

_required_fields := {"requirement", "instrument", "article", "url", "effective_from", "binding", "verification"}

_today := "2026-11-23"

_workplace_ids := {rid |
	some rid, _ in catalogue.requirements
	not rid in catalogue.company_level
	not rid in object.get(data.hrdd.catalogue, "engine_level", set())
}

_in_force(s, as_of) if {
	s.effective_from <= as_of
	not _ended(s, as_of)
}

_ended(s, as_of) if as_of >= s.effective_to

_entries(rid, as_of) := [s | some s in id.sources; s.requirement == rid; _in_force(s, as_of)]

_binding(rid, as_of) := [s | some s in _entries(rid, as_of); s.binding == "law"]

_entry(s) := object.get(s, "entry", "value")

_values(as_of) := {rid: vs |
	some s in id.sources
	rid := s.requirement
	vs := {v |
		some t in _entries(rid, as_of)
		t.binding == "law"
		v := t.value
	}
	count(vs) > 0
}

_domestic(rid, as_of) := [s | some s in r.domestic] if {
	r := main.requirements[rid] with input as {"country": "ID", "as_of": as_of, "profiles": ["international"], "context": {}}
}

test_values_in_force_today if {
	v := _values(_today)
	v["child_labour.minimum_age"] == {15}
	v["child_labour.hazardous_work_minimum_age"] == {18}
	v["forced_labour.no_recruitment_fees"] == {true}
	v["forced_labour.free_to_resign"] == {true}
	v["working_hours.regular_daily_max"] == {8}
	v["working_hours.regular_weekly_max"] == {40}
	v["working_hours.overtime_pay_threshold_weekly"] == {40}
	v["working_hours.overtime_pay_threshold_daily"] == {8}
	v["working_hours.overtime_voluntary"] == {true}
	v["working_hours.overtime_daily_max"] == {4}
	v["working_hours.overtime_weekly_max"] == {18}
	v["working_hours.overtime_premium_min_percent"] == {150}
	v["rest.weekly_rest_min_hours"] == {24}
	v["leave.annual_paid_min_days"] == {10}
	v["maternity.leave_min_weeks"] == {13}
	v["maternity.cash_benefit_min_percent"] == {100}
	v["wages.minimum_wage_paid"] == {true}
	v["wages.paid_regularly"] == {true}
	v["wages.deductions_only_as_prescribed"] == {true}
	v["wages.no_disciplinary_deductions"] == {false}
	v["non_discrimination.grounds"] == {["sex", "ethnic_origin", "race", "religion", "colour", "political_opinion", "disability"]}
	v["equal_pay.equal_value"] == {true}
	v["freedom_of_association.right_to_organise"] == {true}
	v["freedom_of_association.collective_bargaining"] == {true}
	v["health_safety.right_to_remove_from_danger"] == {true}
	v["health_safety.free_protective_equipment"] == {true}
	v["health_safety.worker_participation"] == {true}
	not v["forced_labour.no_retention_of_identity_documents"]
	not v["harassment.policy"]
}

test_every_workplace_requirement_has_an_entry_today if {
	missing := {rid | some rid in _workplace_ids; count(_entries(rid, _today)) == 0}
	missing == set()
}

test_absences if {
	every rid in {
		"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
		"working_hours.total_daily_max", "working_hours.total_weekly_max", "wages.living_wage",
	} {
		[_entry(s) | some s in _entries(rid, _today)] == ["absence"]
		every s in _entries(rid, _today) {
			not "value" in object.keys(s)
		}
	}
}

test_not_encoded if {
	every rid in {
		"child_labour.night_work_minimum_age", "maternity.compulsory_postnatal_weeks", "maternity.no_pregnancy_testing",
		"wages.no_deductions_for_obtaining_employment",
	} {
		[_entry(s) | some s in _entries(rid, _today)] == ["not_encoded"]
		every s in _entries(rid, _today) {
			is_string(s.reason)
			not "value" in object.keys(s)
		}
	}
}

test_ministerial_guidance_is_soft_law_beside_a_not_encoded_statute if {
	every rid in {"forced_labour.no_retention_of_identity_documents", "harassment.policy"} {
		[[s.binding, s.value] | some s in _entries(rid, _today); _entry(s) == "value"] == [["soft_law", true]]
		[_entry(s) | some s in _binding(rid, _today)] == ["not_encoded"]
	}
	_entries("forced_labour.no_retention_of_identity_documents", "2025-05-19") != []
	[s.binding | some s in _entries("forced_labour.no_retention_of_identity_documents", "2025-05-19")] == ["law"]
}

test_disciplinary_fines_are_a_restriction if {
	[s] := _entries("wages.no_disciplinary_deductions", _today)
	_entry(s) == "restriction"
	s.value == false
}

test_overtime_caps_raised_by_the_job_creation_law if {
	{s.value | some s in _entries("working_hours.overtime_daily_max", "2020-11-01")} == {3}
	{s.value | some s in _entries("working_hours.overtime_weekly_max", "2020-11-01")} == {14}
	{s.value | some s in _entries("working_hours.overtime_daily_max", "2020-11-02")} == {4}
	{s.value | some s in _entries("working_hours.overtime_weekly_max", "2020-11-02")} == {18}
	count(_entries("working_hours.overtime_daily_max", "2021-02-02")) == 2
}

test_p2k3_from_100_workers if {
	[s] := _entries("health_safety.worker_participation", _today)
	s.conditions.workplace_workers_min == 100
	is_string(s.conditions.text)
}

test_annual_leave_conversion_and_service_condition if {
	[s] := _entries("leave.annual_paid_min_days", _today)
	s.statute.value == 12
	s.statute.unit == "working days on a 6-day week"
	(s.statute.value * 5) / 6 == s.value
	s.conditions.service_months_min == 12
}

test_maternity_conversion if {
	entries := _entries("maternity.leave_min_weeks", _today)
	count(entries) == 2
	every s in entries {
		s.statute.value == 3
		(s.statute.value * 52) / 12 == s.value
	}
}

test_maternal_and_child_welfare_law_from_2_july_2024 if {
	[s.instrument | some s in _entries("maternity.leave_min_weeks", "2024-07-01")] == ["Manpower Law No. 13 of 2003 (as amended by Law No. 6 of 2023 on Job Creation)"]
	[kia] := [s | some s in _entries("maternity.leave_min_weeks", "2024-07-02"); startswith(s.instrument, "Law No. 4 of 2024")]
	kia.article == "Art. 4(3)(a), (4)"
	kia.verification == "secondary"
	kia.exceptions[0].value == 26
	count(kia.checked_against) == 5
	some n in kia.notes
	contains(n, "the Law's text was not read")
}

test_maternal_and_child_welfare_law_pay if {
	[pay] := [s | some s in _entries("maternity.cash_benefit_min_percent", _today); startswith(s.instrument, "Law No. 4 of 2024")]
	pay.value == 100
	pay.article == "Art. 5(2)"
	pay.exceptions[0].value == 75
	_entries("maternity.cash_benefit_min_percent", "2024-07-01") != []
	count(_entries("maternity.cash_benefit_min_percent", "2024-07-01")) == 1
}

test_work_safety_law_copies_recorded if {
	every rid in {"health_safety.right_to_remove_from_danger", "health_safety.free_protective_equipment"} {
		[s] := _entries(rid, _today)
		s.verification == "secondary"
		count(s.checked_against) == 3
		every n in s.notes {
			not contains(n, "not recorded")
		}
	}
}

test_manpower_law_from_25_march_2003 if {
	_domestic("working_hours.regular_weekly_max", "2003-03-24") == []
	[s.value | some s in _domestic("working_hours.regular_weekly_max", "2003-03-25")] == [40]
}

test_gr_35_2021_from_2_february_2021 if {
	_domestic("working_hours.overtime_premium_min_percent", "2021-02-01") == []
	[s.value | some s in _domestic("working_hours.overtime_premium_min_percent", "2021-02-02")] == [150]
	count(_entries("working_hours.overtime_voluntary", "2021-02-01")) == 1
	count(_entries("working_hours.overtime_voluntary", "2021-02-02")) == 2
}

test_minimum_wage_article_changes_with_job_creation_law if {
	[s.article | some s in _entries("wages.minimum_wage_paid", "2020-11-01")] == ["Art. 90(1)"]
	[s.article | some s in _entries("wages.minimum_wage_paid", "2020-11-02")] == ["Art. 88E(2), inserted by Law 11/2020 and re-enacted by Perppu 2/2022 and Law 6/2023"]
}

test_trade_union_law_from_4_august_2000 if {
	_entries("freedom_of_association.right_to_organise", "2000-08-03") == []
	count(_entries("freedom_of_association.right_to_organise", "2000-08-04")) == 1
}

test_every_source_is_complete if {
	bad := {[s.requirement, f] |
		some s in id.sources
		some f in _required_fields
		not f in object.keys(s)
	}
	count(bad) == 0
	every s in id.sources {
		s.binding in {"law", "soft_law"}
		_entry(s) in {"value", "absence", "restriction", "not_encoded"}
		_has_value_iff_entry_needs_one(s)
		_verification_ok(s)
		regex.match(`^https?://`, s.url)
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		object.get(s, "effective_to", "9999-12-31") > s.effective_from
	}
}

_has_value_iff_entry_needs_one(s) if {
	_entry(s) in {"value", "restriction"}
	"value" in object.keys(s)
}

_has_value_iff_entry_needs_one(s) if {
	_entry(s) in {"absence", "not_encoded"}
	not "value" in object.keys(s)
}

_verification_ok(s) if {
	_entry(s) == "not_encoded"
	is_string(s.reason)
}

_verification_ok(s) if {
	_entry(s) != "not_encoded"
	s.verification in {"primary", "secondary"}
}

test_vocabulary if {
	bad := {[s.requirement, x] |
		some s in id.sources
		vocab := catalogue.vocabularies[s.requirement]
		some x in s.value
		not x in vocab
	}
	bad == set()
}

test_ratifications_cover_the_fundamental_instruments if {
	object.keys(id.ratifications) == _fundamental
	every _, r in id.ratifications {
		r.status in {"ratified", "not_ratified"}
		r.verification in {"primary", "secondary", "unverified"}
		r.url == "https://normlex.ilo.org/dyn/normlex/en/f?p=1000:11200:0::NO:11200:P11200_COUNTRY_ID:102938"
	}
	every _, r in [r | some r in id.ratifications; r.verification == "secondary"] {
		count(r.checked_against) > 0
	}
	id.ratifications.C138.declared_minimum_age == 15
	id.ratifications.C87.status == "ratified"
	id.ratifications.C187.date == "2015-08-31"
}

test_country_name if {
	id.name == "Indonesia"
}

test_daily_overtime_pay_threshold_holds_on_either_schedule if {
	[s] := _entries("working_hours.overtime_pay_threshold_daily", _today)
	s.value == 8
	s.effective_from == "2021-02-02"
	contains(s.notes[1], "6-day week")

	# Normal hours are a limit (consent needed beyond them, Art. 78(1)(a)), so both ids hold a value.
	[r] := _entries("working_hours.regular_daily_max", _today)
	r.value == 8
}

test_equal_value_in_the_statute_from_job_creation if {
	[s] := _entries("equal_pay.equal_value", _today)
	startswith(s.article, "Art. 88A(2)")
	s.effective_from == "2020-11-02"
	_entries("equal_pay.equal_value", "2020-11-01") == []
}

test_every_url_is_an_official_database if {
	every s in id.sources {
		s.url in {"https://peraturan.bpk.go.id/", "https://jdih.kemnaker.go.id/"}
	}
}

test_every_checked_value_names_what_was_read if {
	every s in [s | some s in id.sources; s.verification in {"primary", "secondary"}] {
		count(s.checked_against) > 0
	}
}

test_pregnancy_testing_reason_cites_the_ceacr_and_the_guidance if {
	[s] := _entries("maternity.no_pregnancy_testing", _today)
	_entry(s) == "not_encoded"
	s.verification == "secondary"
	s.article == "Arts. 5, 6, 153(1)(e)"
	contains(s.reason, "CEACR, 2020")
	contains(s.reason, "M/6/HK.04/V/2025")
	count(s.checked_against) == 3
}
