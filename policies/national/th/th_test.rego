package hrdd.national.th_test

import data.hrdd.catalogue
import data.hrdd.main
import data.hrdd.national.th

_fundamental := {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}

_required_fields := {"requirement", "instrument", "article", "url", "effective_from", "binding", "verification"}

_today := "2026-11-23"

_workplace_ids := {id |
	some id, _ in catalogue.requirements
	not id in catalogue.company_level
	not id in object.get(data.hrdd.catalogue, "engine_level", set())
}

_in_force(s, as_of) if {
	s.effective_from <= as_of
	not _ended(s, as_of)
}

_ended(s, as_of) if as_of >= s.effective_to

_entries(id, as_of) := [s | some s in th.sources; s.requirement == id; _in_force(s, as_of)]

_entry(s) := object.get(s, "entry", "value")

_values(as_of) := {id: vs |
	some s in th.sources
	id := s.requirement
	vs := {v |
		some t in _entries(id, as_of)
		v := t.value
	}
	count(vs) > 0
}

_domestic(id, as_of) := [s.value | some s in r.domestic] if {
	r := main.requirements[id] with input as {"country": "TH", "as_of": as_of, "profiles": ["international"], "context": {}}
}

test_values_in_force_today if {
	v := _values(_today)
	v["child_labour.minimum_age"] == {15}
	v["child_labour.hazardous_work_minimum_age"] == {18}
	v["child_labour.night_work_minimum_age"] == {18}
	v["forced_labour.no_recruitment_fees"] == {true}
	v["forced_labour.no_retention_of_identity_documents"] == {true}
	v["forced_labour.free_to_resign"] == {true}
	v["working_hours.regular_daily_max"] == {8}
	v["working_hours.regular_weekly_max"] == {48}
	v["working_hours.overtime_pay_threshold_weekly"] == {48}
	v["working_hours.overtime_pay_threshold_daily"] == {8}
	v["working_hours.overtime_voluntary"] == {true}
	v["working_hours.overtime_weekly_max"] == {36}
	v["working_hours.overtime_premium_min_percent"] == {150}
	v["rest.weekly_rest_min_hours"] == {24}
	v["leave.annual_paid_min_days"] == {5}
	v["maternity.leave_min_weeks"] == {17.14}
	v["maternity.cash_benefit_min_percent"] == {100}
	v["wages.minimum_wage_paid"] == {true}
	v["wages.paid_regularly"] == {true}
	v["wages.deductions_only_as_prescribed"] == {true}
	v["wages.no_disciplinary_deductions"] == {true}
	v["wages.no_deductions_for_obtaining_employment"] == {true}
	v["non_discrimination.grounds"] == {["sex"]}
	v["equal_pay.equal_value"] == {true}
	v["freedom_of_association.right_to_organise"] == {false}
	v["freedom_of_association.collective_bargaining"] == {true}
	v["health_safety.free_protective_equipment"] == {true}
	v["health_safety.worker_participation"] == {true}
}

test_every_workplace_requirement_has_an_entry_today if {
	missing := {id | some id in _workplace_ids; count(_entries(id, _today)) == 0}
	missing == set()
}

test_absences if {
	every id in {
		"working_hours.overtime_daily_max", "working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
		"working_hours.total_daily_max", "working_hours.total_weekly_max", "wages.living_wage", "harassment.policy",
		"maternity.compulsory_postnatal_weeks", "health_safety.right_to_remove_from_danger",
	} {
		[_entry(s) | some s in _entries(id, _today)] == ["absence"]
		every s in _entries(id, _today) {
			not "value" in object.keys(s)
		}
	}
}

test_not_encoded if {
	every id in {"maternity.no_pregnancy_testing"} {
		[_entry(s) | some s in _entries(id, _today)] == ["not_encoded"]
		every s in _entries(id, _today) {
			is_string(s.reason)
			not "value" in object.keys(s)
		}
	}
}

test_unions_restricted_to_thai_founders if {
	[s] := _entries("freedom_of_association.right_to_organise", _today)
	_entry(s) == "restriction"
	s.value == false
	s.instrument == "Labour Relations Act B.E. 2518 (1975)"
}

test_equal_value_from_5_may_2019 if {
	[[_entry(s), s.value] | some s in _entries("equal_pay.equal_value", "2019-05-04")] == [["restriction", false]]
	[[_entry(s), s.value] | some s in _entries("equal_pay.equal_value", "2019-05-05")] == [["value", true]]
}

test_migrant_document_retention_ban_as_amended_from_28_march_2018 if {
	_entries("forced_labour.no_retention_of_identity_documents", "2018-03-27") == []
	[s] := _entries("forced_labour.no_retention_of_identity_documents", "2018-03-28")
	s.article == "s. 131"
	s.exceptions[0].article == "s. 131, second paragraph"
	s.conditions.worker_groups == ["foreign_workers"]
}

test_annual_leave_conversion_and_service_condition if {
	[s] := _entries("leave.annual_paid_min_days", _today)
	s.statute.value == 6
	s.statute.unit == "working days on a 6-day week"
	(s.statute.value * 5) / 6 == s.value
	s.conditions.service_months_min == 12
}

test_maternity_conversions if {
	[before] := _entries("maternity.leave_min_weeks", "2019-05-04")
	before.statute.value == 90
	before.statute.unit == "calendar days"
	before.value <= before.statute.value / 7
	[after] := _entries("maternity.leave_min_weeks", "2025-12-06")
	after.statute.value == 98
	after.statute.value / 7 == after.value
	[no9] := _entries("maternity.leave_min_weeks", _today)
	no9.statute.value == 120
	no9.value <= no9.statute.value / 7
	no9.value > 17.1
}

test_120_days_maternity_leave_from_7_december_2025 if {
	_domestic("maternity.leave_min_weeks", "2025-12-06") == [14]
	_domestic("maternity.leave_min_weeks", "2025-12-07") == [17.14]
	[s] := _entries("maternity.leave_min_weeks", "2025-12-07")
	s.verification == "secondary"
}

test_employer_pays_maternity_leave_45_then_60_days if {
	[a] := _entries("maternity.cash_benefit_min_percent", "2025-12-06")
	a.value == 100
	contains(a.notes[0], "up to 45 days")
	[b] := _entries("maternity.cash_benefit_min_percent", _today)
	b.value == 100
	contains(b.notes[0], "up to 60 days")
	contains(b.notes[0], "up from 45")
	b.effective_from == "2025-12-07"
	a.effective_to == "2025-12-07"
}

test_recruitment_fees_banned_for_foreign_workers_with_exceptions if {
	[s] := _entries("forced_labour.no_recruitment_fees", _today)
	s.value == true
	s.article == "ss. 42, 49"
	s.effective_from == "2018-03-28"
	count(s.exceptions) == 2
}

test_daily_overtime_pay_threshold if {
	[s] := _entries("working_hours.overtime_pay_threshold_daily", _today)
	s.value == 8
	s.exceptions[0].value == 9

	# Normal hours are a limit (consent needed beyond them), so both ids hold a value.
	[r] := _entries("working_hours.regular_daily_max", _today)
	r.value == 8
}

test_safety_committee_from_50_employees if {
	[s] := _entries("health_safety.worker_participation", _today)
	s.conditions.workplace_workers_min == 50
	s.effective_from == "2022-08-16"
	_entries("health_safety.worker_participation", "2022-08-15") == []
}

test_safety_committee_clause_23_read_verbatim if {
	[s] := _entries("health_safety.worker_participation", _today)
	s.article == "Act ss. 5, 13; Ministerial Regulation cl. 23"
	s.verification == "primary"
	some c in s.checked_against
	contains(c.title, "verbatim Thai text of Chapter 2, cl. 23")
	some n in s.notes
	contains(n, "within 30 days")
	contains(n, "at least 5 members from 50 to 99 employees")
}

test_no9_in_force_7_december_2025_not_8 if {
	_domestic("maternity.leave_min_weeks", "2025-12-06") == [14]
	_domestic("maternity.leave_min_weeks", "2025-12-07") == [17.14]
	_domestic("maternity.leave_min_weeks", "2025-12-08") == [17.14]
	[s] := _entries("maternity.leave_min_weeks", "2025-12-07")
	some n in s.notes
	contains(n, "Deputy Government Spokeswoman")
	some c in s.checked_against
	startswith(c.url, "https://mgronline.com/")
}

test_no9_spouse_and_childcare_leave_noted if {
	[s] := _entries("maternity.leave_min_weeks", _today)
	some n in s.notes
	contains(n, "15 days of leave on full pay")
	contains(n, "within 90 days of the birth")
	some m in s.notes
	contains(m, "a further 15 days at 50 % pay")
}

test_pregnancy_testing_reason_names_the_gender_equality_act if {
	[s] := _entries("maternity.no_pregnancy_testing", _today)
	contains(s.article, "Gender Equality Act B.E. 2558 (2015) ss. 3, 17")
	contains(s.reason, "Gender Equality Act B.E. 2558")
	contains(s.reason, "s. 17, second paragraph, exempts acts to protect a person's welfare and safety")
	contains(s.reason, "no decision of which on pregnancy tests was found")
	count(s.checked_against) == 5
	urls := {c.url | some c in s.checked_against}
	"https://prachatai.com/english/node/4876" in urls
}

test_every_url_is_the_council_of_state if {
	every s in th.sources {
		s.url == "https://www.krisdika.go.th/"
	}
}

test_every_value_names_what_was_read if {
	every s in [s | some s in th.sources; s.verification in {"primary", "secondary"}] {
		count(s.checked_against) > 0
	}
}

test_labour_relations_act_from_28_march_1975 if {
	[s] := _entries("freedom_of_association.right_to_organise", "1975-03-28")
	s.article == "ss. 86-89, 95, 101"
	_entries("freedom_of_association.right_to_organise", "1975-03-27") == []
}

test_act_in_force_from_19_august_1998 if {
	_domestic("child_labour.minimum_age", "1998-08-18") == []
	_domestic("child_labour.minimum_age", "1998-08-19") == [15]
}

test_98_days_maternity_leave_from_5_may_2019 if {
	_domestic("maternity.leave_min_weeks", "2019-05-04") == [12.85]
	_domestic("maternity.leave_min_weeks", "2019-05-05") == [14]
}

test_every_source_is_complete if {
	bad := {[s.requirement, f] |
		some s in th.sources
		some f in _required_fields
		not f in object.keys(s)
	}
	count(bad) == 0
	every s in th.sources {
		s.binding == "law"
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
		some s in th.sources
		vocab := catalogue.vocabularies[s.requirement]
		some x in s.value
		not x in vocab
	}
	bad == set()
}

test_ratifications_cover_the_fundamental_instruments if {
	object.keys(th.ratifications) == _fundamental
	every _, r in th.ratifications {
		r.status in {"ratified", "not_ratified"}
		r.verification in {"primary", "secondary"}
		regex.match(`^https?://`, r.url)
	}
	th.ratifications.C138.declared_minimum_age == 15
	th.ratifications.C111.date == "2017-06-13"
	th.ratifications.C87.status == "not_ratified"
	th.ratifications.P29.date == "2018-06-04"
}

test_country_name if {
	th.name == "Thailand"
}
