package hrdd.national.kh_test

import data.hrdd.catalogue
import data.hrdd.main
import data.hrdd.national.kh

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

_entries(id, as_of) := [s | some s in kh.sources; s.requirement == id; _in_force(s, as_of)]

_entry(s) := object.get(s, "entry", "value")

_values(as_of) := {id: vs |
	some s in kh.sources
	id := s.requirement
	vs := {v |
		some t in _entries(id, as_of)
		v := t.value
	}
	count(vs) > 0
}

_domestic(id, as_of) := [s | some s in r.domestic] if {
	r := main.requirements[id] with input as {"country": "KH", "as_of": as_of, "profiles": ["international"], "context": {}}
}

test_country_name if {
	kh.name == "Cambodia"
}

test_values_in_force_today if {
	v := _values(_today)
	v["child_labour.minimum_age"] == {15}
	v["child_labour.hazardous_work_minimum_age"] == {18}
	v["child_labour.night_work_minimum_age"] == {18}
	v["forced_labour.free_to_resign"] == {true}
	v["working_hours.regular_daily_max"] == {8}
	v["working_hours.regular_weekly_max"] == {48}
	v["working_hours.overtime_pay_threshold_daily"] == {8}
	v["working_hours.overtime_pay_threshold_weekly"] == {48}
	v["working_hours.overtime_voluntary"] == {true}
	v["working_hours.overtime_daily_max"] == {2}
	v["working_hours.total_daily_max"] == {10}
	v["working_hours.overtime_premium_min_percent"] == {150}
	v["rest.weekly_rest_min_hours"] == {24}
	v["leave.annual_paid_min_days"] == {15}
	v["maternity.leave_min_weeks"] == {12.8}
	v["maternity.cash_benefit_min_percent"] == {50, 70}
	v["wages.minimum_wage_paid"] == {true}
	v["wages.paid_regularly"] == {true}
	v["wages.deductions_only_as_prescribed"] == {true}
	v["wages.no_disciplinary_deductions"] == {true}
	v["wages.no_deductions_for_obtaining_employment"] == {true}
	v["equal_pay.equal_value"] == {false}
	v["freedom_of_association.right_to_organise"] == {false}
	v["freedom_of_association.collective_bargaining"] == {true}
}

test_every_workplace_requirement_has_an_entry_today if {
	missing := {id | some id in _workplace_ids; count(_entries(id, _today)) == 0}
	missing == set()
}

test_not_encoded_stays_within_15_percent if {
	not_encoded := {id |
		some id in _workplace_ids
		every s in _entries(id, _today) {
			_entry(s) == "not_encoded"
		}
	}
	not_encoded == {
		"forced_labour.no_recruitment_fees", "maternity.no_pregnancy_testing",
		"health_safety.free_protective_equipment", "health_safety.right_to_remove_from_danger",
		"health_safety.worker_participation",
	}
	count(not_encoded) * 100 <= count(_workplace_ids) * 15
	every id in not_encoded {
		every s in _entries(id, _today) {
			is_string(s.reason)
			not "value" in object.keys(s)
		}
	}
}

test_absences if {
	every id in {
		"forced_labour.no_retention_of_identity_documents", "maternity.compulsory_postnatal_weeks",
		"wages.living_wage", "harassment.policy", "working_hours.overtime_weekly_max",
		"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
		"working_hours.total_weekly_max",
	} {
		[_entry(s) | some s in _entries(id, _today)] == ["absence"]
		every s in _entries(id, _today) {
			not "value" in object.keys(s)
			count(s.checked_against) > 0
		}
	}
}

test_restrictions if {
	every id in {"equal_pay.equal_value", "freedom_of_association.right_to_organise"} {
		[[_entry(s), s.value] | some s in _entries(id, _today)] == [["restriction", false]]
	}
	[s.article | some s in _entries("equal_pay.equal_value", _today)] == ["Art. 106"]
}

test_trade_union_law_from_17_may_2016 if {
	_entries("freedom_of_association.right_to_organise", "2016-05-16") == []
	[s.instrument | some s in _entries("freedom_of_association.right_to_organise", "2016-05-17")] == ["Law on Trade Unions 2016 (Royal Kram NS/RKM/0516/007)"]
}

test_normal_hours_are_limits_with_exceptions if {
	[s] := _entries("working_hours.regular_daily_max", _today)
	s.value == 8
	{e.value | some e in s.exceptions} == {9, 10}

	# Overtime needs consent and approval, so 8/48 are limits and also the pay thresholds.
	[w] := _entries("working_hours.regular_weekly_max", _today)
	w.value == 48
	[t] := _entries("working_hours.overtime_pay_threshold_weekly", _today)
	t.value == w.value
}

test_overtime_limits_per_day_only if {
	[o] := _entries("working_hours.overtime_daily_max", _today)
	[t] := _entries("working_hours.total_daily_max", _today)
	t.value == 8 + o.value
	o.effective_from == "2015-02-27"
	_entries("working_hours.overtime_daily_max", "2015-02-26") == []
}

test_overtime_voluntary_under_both_prakas if {
	[s.instrument | some s in _entries("working_hours.overtime_voluntary", "2025-05-05")] == ["Prakas No. 80 of 1999 on overtime work outside normal working hours"]
	count(_entries("working_hours.overtime_voluntary", "2025-05-06")) == 2
	_entries("working_hours.overtime_voluntary", "1999-03-31") == []
}

test_overtime_premium_dated_from_the_2007_amendment if {
	_entries("working_hours.overtime_premium_min_percent", "2007-12-31") == []
	[s.value | some s in _entries("working_hours.overtime_premium_min_percent", "2008-01-01")] == [150]
}

test_annual_leave_converted_from_a_six_day_week if {
	[s] := _entries("leave.annual_paid_min_days", _today)
	s.statute.value == 18
	(s.statute.value * 5) / 6 == s.value
	s.conditions.service_months_min == 12
}

test_maternity_leave_converted_from_90_days if {
	[s] := _entries("maternity.leave_min_weeks", _today)
	s.statute.value == 90
	s.value <= s.statute.value / 7
	s.value > (s.statute.value / 7) - 0.1
}

test_maternity_pay_employer_and_nssf if {
	pay := {s.value: s | some s in _entries("maternity.cash_benefit_min_percent", _today)}
	pay[50].conditions.service_months_min == 12
	pay[50].article == "Art. 183"
	pay[70].url == "https://www.nssf.gov.kh/"
	pay[70].effective_from == "2018-01-01"
	[s.value | some s in _entries("maternity.cash_benefit_min_percent", "2017-12-31")] == [50]
}

test_discrimination_grounds_of_article_12 if {
	[s] := _entries("non_discrimination.grounds", _today)
	{g | some g in s.value} == {
		"race", "colour", "sex", "creed", "religion", "political_opinion", "birth",
		"social_origin", "union_membership",
	}
}

test_vocabulary if {
	bad := {[s.requirement, x] |
		some s in kh.sources
		vocab := catalogue.vocabularies[s.requirement]
		some x in s.value
		not x in vocab
	}
	bad == set()
}

test_no_value_before_the_labour_law if {
	_domestic("child_labour.minimum_age", "1997-03-12") == []
	[s.value | some s in _domestic("child_labour.minimum_age", "1997-03-13")] == [15]
}

test_every_source_is_complete if {
	bad := {[s.requirement, f] |
		some s in kh.sources
		some f in _required_fields
		not f in object.keys(s)
	}
	count(bad) == 0
	every s in kh.sources {
		s.binding == "law"
		_entry(s) in {"value", "absence", "restriction", "not_encoded"}
		_has_value_iff_entry_needs_one(s)
		_verification_ok(s)
		s.url in {"https://www.mlvt.gov.kh/", "https://www.nssf.gov.kh/"}
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
	s.verification == "unverified"
}

_verification_ok(s) if {
	_entry(s) != "not_encoded"
	s.verification == "secondary"
	count(s.checked_against) > 0
}

test_ratifications_cover_the_fundamental_instruments if {
	object.keys(kh.ratifications) == _fundamental
	every _, r in kh.ratifications {
		r.status in {"ratified", "not_ratified"}
		r.verification in {"secondary", "unverified"}
		startswith(r.url, "https://normlex.ilo.org/")
		count(r.checked_against) > 0
	}
	{code | some code, r in kh.ratifications; r.status == "not_ratified"} == {"P29", "C155", "C187"}
	kh.ratifications.P29.verification == "unverified"
	kh.ratifications.C87.date == "1999-08-23"
	kh.ratifications.C98.date == "1999-08-23"
	kh.ratifications.C138.declared_minimum_age == 14
}

# Labour Law Ch. VI, F. Wage deductions: Art. 126 (none to obtain or keep a job),
# Arts. 127-129 (offsetting limited to listed items; other deductions void).
test_deduction_articles if {
	[a] := [s | some s in _entries("wages.no_deductions_for_obtaining_employment", _today)]
	a.article == "Arts. 126, 366"
	every id in {"wages.deductions_only_as_prescribed", "wages.no_disciplinary_deductions"} {
		[s.article | some s in _entries(id, _today)] == ["Arts. 127-129, 366"]
	}
	every id in {"wages.deductions_only_as_prescribed", "wages.no_disciplinary_deductions", "wages.no_deductions_for_obtaining_employment"} {
		every s in _entries(id, _today) {
			some c in s.checked_against
			contains(c.title, "Arts. 126-129")
			s.effective_from == "1997-03-13"
		}
	}
}

# Notification No. 030: a Minister's directive reported as addressed to garment and
# footwear factories; applied generally, with the reasons in the note.
test_notification_030_scope_noted if {
	every id in {"working_hours.overtime_daily_max", "working_hours.total_daily_max"} {
		every s in _entries(id, _today) {
			contains(s.instrument, "Notification No. 030 of 27 February 2015")
			some n in s.notes
			contains(n, "garment and footwear factories")
			contains(n, "Tilleke")
			some c in s.checked_against
			startswith(c.url, "https://www.khmertimeskh.com/")
		}
	}
}

test_nssf_allowance_names_prakas_109 if {
	[s] := [s | some s in _entries("maternity.cash_benefit_min_percent", _today); s.value == 70]
	contains(s.article, "Prakas No. 109 of 17 March 2016")
	contains(s.article, "Prakas No. 184")
	some n in s.notes
	contains(n, "lower bound")
}

test_minimum_wage_entry_names_the_2026_prakas if {
	[s] := _entries("wages.minimum_wage_paid", _today)
	some n in s.notes
	contains(n, "Prakas No. 214 of 17 September 2025")
	contains(n, "US$210")
}

test_pregnancy_testing_stays_not_encoded_with_instruction_015_summaries if {
	[s] := _entries("maternity.no_pregnancy_testing", _today)
	_entry(s) == "not_encoded"
	not "value" in object.keys(s)
	s.verification == "unverified"
	contains(s.reason, "Instruction No. 015/25")
	contains(s.reason, "without any mention of tests")
	urls := {c.url | some c in s.checked_against}
	"https://www.jblmekong.com/en/news/special_protection_for_pregnant_employee" in urls
	"https://kh.andersen.com/law-digest/law-digest-2025" in urls
}
