package hrdd.national.in_test

import data.hrdd.catalogue
import data.hrdd.main

# `in` is a keyword, so the pack is imported under an alias.
import data.hrdd.national.in as india

_fundamental := {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}

_required_fields := {"requirement", "instrument", "article", "url", "effective_from", "binding", "verification"}

_today := "2026-11-23"

_in_force(s, as_of) if {
	s.effective_from <= as_of
	not _ended(s, as_of)
}

_ended(s, as_of) if as_of >= s.effective_to

_values(as_of) := {id: vs |
	some s in india.sources
	id := s.requirement
	vs := {v |
		some t in india.sources
		t.requirement == id
		_in_force(t, as_of)
		v := t.value
	}
	count(vs) > 0
}

# The entries (value, absence, restriction, not_encoded) of a requirement in force on a date.
_entries(id, as_of) := {object.get(s, "entry", "value") |
	some s in india.sources
	s.requirement == id
	_in_force(s, as_of)
}

_source(id, as_of) := s if {
	some s in india.sources
	s.requirement == id
	_in_force(s, as_of)
}

_workplace_ids := {id |
	some id, _ in catalogue.requirements
	not id in catalogue.company_level
	not id in object.get(catalogue, "engine_level", set())
}

_domestic(id, as_of) := [s | some s in r.domestic] if {
	r := main.requirements[id] with input as {"country": "IN", "as_of": as_of, "profiles": ["international"], "context": {}}
}

_instruments(id, as_of) := {s.instrument | some s in _domestic(id, as_of)}

_factories := "Factories Act 1948 (Act No. 63 of 1948)"

_osh := "Occupational Safety, Health and Working Conditions Code 2020 (Act No. 37 of 2020)"

_wages := "Code on Wages 2019 (Act No. 29 of 2019)"

test_pack_resolves_under_the_keyword_name if {
	data.hrdd.national["in"].name == "India"
	india.name == "India"
}

test_every_workplace_requirement_has_an_entry_today if {
	missing := {id | some id in _workplace_ids; count(_entries(id, _today)) == 0}
	missing == set()
}

test_values_in_force_today if {
	v := _values(_today)
	v["child_labour.minimum_age"] == {14}
	v["child_labour.hazardous_work_minimum_age"] == {18}
	v["child_labour.night_work_minimum_age"] == {18}
	v["forced_labour.free_to_resign"] == {true}
	v["working_hours.regular_daily_max"] == {8}
	v["working_hours.regular_weekly_max"] == {48}
	v["working_hours.overtime_premium_min_percent"] == {200}
	v["working_hours.overtime_voluntary"] == {true}
	v["rest.weekly_rest_min_hours"] == {24}
	v["leave.annual_paid_min_days"] == {12}
	v["maternity.leave_min_weeks"] == {26}
	v["maternity.compulsory_postnatal_weeks"] == {6}
	v["maternity.cash_benefit_min_percent"] == {100}
	v["wages.minimum_wage_paid"] == {true}
	v["wages.paid_regularly"] == {true}
	v["wages.deductions_only_as_prescribed"] == {true}
	v["wages.no_deductions_for_obtaining_employment"] == {true}
	v["wages.no_disciplinary_deductions"] == {false}
	v["equal_pay.equal_value"] == {false}
	v["non_discrimination.grounds"] == {["sex"]}
	v["freedom_of_association.right_to_organise"] == {true}
	v["freedom_of_association.collective_bargaining"] == {true}
	v["health_safety.free_protective_equipment"] == {true}
	v["health_safety.worker_participation"] == {false}
	v["forced_labour.no_recruitment_fees"] == {false}
	v["harassment.policy"] == {true}
	v["working_hours.overtime_pay_threshold_weekly"] == {48}
	not v["working_hours.total_weekly_max"]
	not v["maternity.no_pregnancy_testing"]
	not v["working_hours.overtime_pay_threshold_daily"]
	not v["wages.living_wage"]
	not v["health_safety.right_to_remove_from_danger"]
}

test_labour_codes_replace_the_factories_act_on_21_november_2025 if {
	_instruments("working_hours.regular_daily_max", "2025-11-20") == {_factories}
	[s.value | some s in _domestic("working_hours.regular_daily_max", "2025-11-20")] == [9]
	_instruments("working_hours.regular_daily_max", "2025-11-21") == {_osh}
	[s.value | some s in _domestic("working_hours.regular_daily_max", "2025-11-21")] == [8]
	_instruments("working_hours.overtime_premium_min_percent", "2025-11-20") == {_factories}
	_instruments("working_hours.overtime_premium_min_percent", "2025-11-21") == {_osh}
	_instruments("rest.weekly_rest_min_hours", "2025-11-21") == {_osh}
}

# Factories Act s. 65(3) (as substituted in 1976): 12 hours a day, 60 a week,
# 75 hours of overtime a quarter; ended with the OSH Code.
test_factories_act_hours_caps if {
	v := _values("2000-01-01")
	v["working_hours.total_weekly_max"] == {60}
	v["working_hours.total_daily_max"] == {12}
	v["working_hours.overtime_yearly_max"] == {300}
	v["working_hours.overtime_pay_threshold_weekly"] == {48}
	v["working_hours.regular_weekly_max"] == {48}
	not _values("1976-10-25")["working_hours.total_weekly_max"]
	_values("1976-10-26")["working_hours.total_weekly_max"] == {60}
	not _values("2025-11-21")["working_hours.total_weekly_max"]
	s := _source("working_hours.total_weekly_max", "2000-01-01")
	s.verification == "primary"
	s.url == "http://dgfasli.nic.in/html/factyact/cvi65.htm"
}

test_quarterly_overtime_converted_to_a_yearly_ceiling if {
	s := _source("working_hours.overtime_yearly_max", "2000-01-01")
	s.value == 300
	s.statute.value == 75
	s.statute.value * 4 == s.value
	contains(s.statute.unit, "per quarter")
}

test_osh_code_leaves_hours_caps_to_rules if {
	every id in {
		"working_hours.total_daily_max", "working_hours.total_weekly_max",
		"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max",
		"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
	} {
		_entries(id, _today) == {"not_encoded"}
		s := _source(id, _today)
		s.instrument == _osh
		s.article == "ss. 2(1)(d), 25(1)(b), 27"

		# The reason names the Central Rules and who the appropriate Government is.
		contains(s.reason, "G.S.R. 345(E)")
		contains(s.reason, "s. 2(1)(d)(ii)")
	}
}

# s. 27 overtime is paid beyond prescribed hours; the Code's own limits of
# 8 hours a day (s. 25(1)(a)) on at most 6 days (s. 26(1)) make every hour
# beyond 48 in a week overtime, so the weekly threshold carries over.
test_weekly_overtime_pay_threshold_derived_from_the_code if {
	s := _source("working_hours.overtime_pay_threshold_weekly", _today)
	s.value == 48
	s.instrument == _osh
	s.article == "ss. 25(1)(a), 26(1), 27"
	s.verification == "primary"
	s.conditions.workplace_workers_min == 10
	8 * 6 == s.value
	contains(concat(" ", s.notes), "Derived")
	contains(concat(" ", s.notes), "s. 26(2)-(3)")
	_instruments("working_hours.overtime_pay_threshold_weekly", "2025-11-20") == {_factories}
	_instruments("working_hours.overtime_pay_threshold_weekly", "2025-11-21") == {_osh}
	[t.value | some t in _domestic("working_hours.overtime_pay_threshold_weekly", "2025-11-21")] == [48]
}

test_pregnancy_testing_is_a_cited_absence if {
	_entries("maternity.no_pregnancy_testing", _today) == {"absence"}
	s := _source("maternity.no_pregnancy_testing", _today)
	not "value" in object.keys(s)
	s.instrument == "Code on Social Security 2020 (Act No. 36 of 2020)"
	s.verification == "secondary"
	count(s.checked_against) == 3
	contains(concat(" ", s.notes), "s. 3(2)(ii)")
	_domestic("maternity.no_pregnancy_testing", "2025-11-20") == []
}

test_identity_documents_stay_not_encoded_with_what_was_checked if {
	_entries("forced_labour.no_retention_of_identity_documents", _today) == {"not_encoded"}
	r := _source("forced_labour.no_retention_of_identity_documents", _today).reason
	contains(r, "s. 2(g)")
	contains(r, "Passports Act 1967")
}

test_annual_leave_converted_from_one_day_per_twenty_worked if {
	every date in {"2000-01-01", _today} {
		s := _source("leave.annual_paid_min_days", date)
		s.value == 12
		s.statute.value == 14.4

		# 288 days worked / 20 = 14.4 days on a six-day week, x 5/6.
		((288 / 20) * 5) / 6 == s.value
		contains(s.statute.conversion, "288")
	}
	contains(_source("leave.annual_paid_min_days", "2000-01-01").conditions.text, "240 days")
	contains(_source("leave.annual_paid_min_days", _today).conditions.text, "180 days")
	not _values("1976-10-25")["leave.annual_paid_min_days"]
}

test_workplace_size_conditions if {
	fa := _source("working_hours.regular_daily_max", "2000-01-01")
	fa.conditions.workplace_workers_min == 10
	contains(fa.conditions.text, "20 or more without power")
	osh := _source("working_hours.regular_daily_max", _today)
	osh.conditions.workplace_workers_min == 10
	every id in {"working_hours.regular_weekly_max", "working_hours.overtime_premium_min_percent", "rest.weekly_rest_min_hours", "leave.annual_paid_min_days"} {
		_source(id, _today).conditions.workplace_workers_min == 10
	}
}

test_maternity_eligibility_is_a_condition_in_words if {
	every id in {"maternity.leave_min_weeks", "maternity.cash_benefit_min_percent", "maternity.compulsory_postnatal_weeks"} {
		s := _source(id, _today)
		contains(s.conditions.text, "80 days")
		not s.conditions.service_months_min
	}
	contains(_source("maternity.leave_min_weeks", "2020-01-01").conditions.text, "80 days")
}

test_code_on_social_security_takes_over_maternity_leave if {
	_instruments("maternity.leave_min_weeks", "2017-03-31") == set()
	_instruments("maternity.leave_min_weeks", "2017-04-01") == {"Maternity Benefit Act 1961, as amended by the Maternity Benefit (Amendment) Act 2017"}
	_instruments("maternity.leave_min_weeks", "2025-11-21") == {"Code on Social Security 2020 (Act No. 36 of 2020)"}
	_domestic("maternity.cash_benefit_min_percent", "2025-11-20") == []
	_domestic("maternity.compulsory_postnatal_weeks", "2025-11-20") == []
}

test_child_labour_amendment_from_1_september_2016 if {
	_domestic("child_labour.minimum_age", "2016-08-31") == []
	[s.value | some s in _domestic("child_labour.minimum_age", "2016-09-01")] == [14]
	[s.value | some s in _domestic("child_labour.night_work_minimum_age", "2016-09-01")] == [18]
}

test_bonded_labour_act_from_25_october_1975 if {
	_domestic("forced_labour.free_to_resign", "1975-10-24") == []
	s := _source("forced_labour.free_to_resign", "1975-10-25")
	s.value == true
	s.instrument == "Bonded Labour System (Abolition) Act 1976 (Act No. 19 of 1976)"
}

test_code_on_wages_from_21_november_2025 if {
	_domestic("wages.minimum_wage_paid", "2025-11-20") == []
	_domestic("non_discrimination.grounds", "2025-11-20") == []
	_domestic("wages.paid_regularly", "2025-11-20") == []
	[s.value | some s in _domestic("non_discrimination.grounds", "2025-11-21")] == [["sex"]]
	_instruments("wages.paid_regularly", "2025-11-21") == {_wages}
}

test_restrictions if {
	every id in {"wages.no_disciplinary_deductions", "equal_pay.equal_value"} {
		_entries(id, _today) == {"restriction"}
		_source(id, _today).value == false
	}
	contains(concat(" ", _source("wages.no_disciplinary_deductions", _today).notes), "3 %")
	_source("equal_pay.equal_value", _today).article == "s. 3(1)"
}

test_absence_of_a_living_wage_duty if {
	_entries("wages.living_wage", _today) == {"absence"}
	s := _source("wages.living_wage", _today)
	s.article == "Arts. 37, 43"
	not "value" in object.keys(s)
}

test_not_encoded_entries_have_a_reason if {
	bad := {s.requirement |
		some s in india.sources
		s.entry == "not_encoded"
		count(s.reason) < 20
	}
	bad == set()
}

test_posh_act_from_9_december_2013 if {
	_domestic("harassment.policy", "2013-12-08") == []
	count(_domestic("harassment.policy", "2013-12-09")) == 1
}

test_every_source_is_complete if {
	bad := {[s.requirement, f] |
		some s in india.sources
		some f in _required_fields
		not f in object.keys(s)
	}
	count(bad) == 0
	every s in india.sources {
		s.binding == "law"
		s.verification in {"primary", "secondary", "unverified"}
		regex.match(`^https?://`, s.url)
		regex.match(`^\d{4}-\d{2}-\d{2}$`, s.effective_from)
		object.get(s, "effective_to", "9999-12-31") > s.effective_from
	}
}

# Values and restrictions are binding and checked; only not_encoded entries may be unverified.
test_values_are_verified if {
	bad := {s.requirement |
		some s in india.sources
		object.get(s, "entry", "value") in {"value", "restriction", "absence"}
		not s.verification in {"primary", "secondary"}
	}
	bad == set()
}

test_no_blog_urls if {
	every s in india.sources {
		regex.match(`^https?://(www\.)?(indiacode\.nic\.in|dgfasli\.nic\.in|labour\.gov\.in)/`, s.url)
	}
	every _, r in india.ratifications {
		regex.match(`^https?://([a-z]+\.)?ilo\.org/`, r.url)
	}
}

# Every secondary or primary value read in a copy names what it was checked against.
test_secondary_values_name_their_pages if {
	bad := {s.requirement |
		some s in india.sources
		s.verification == "secondary"
		count(object.get(s, "checked_against", [])) == 0
	}
	bad == set()
}

_labour_gov_osh := "https://www.labour.gov.in/static/uploads/2025/07/36fcfa5d8e6b9145e282bf7b950d6c47.pdf"

# The Codes are read in the Ministry's published text: primary, with the copy read named.
test_codes_are_primary_with_the_text_read if {
	every id in {"working_hours.regular_daily_max", "working_hours.overtime_voluntary", "health_safety.free_protective_equipment", "wages.no_deductions_for_obtaining_employment", "maternity.leave_min_weeks", "freedom_of_association.collective_bargaining"} {
		s := _source(id, _today)
		s.verification == "primary"
		startswith(s.url, "https://www.labour.gov.in/")
		count(s.checked_against) == 1
	}
	_source("working_hours.regular_daily_max", _today).url == _labour_gov_osh
}

# Factories Act s. 59: overtime pay beyond 9 hours a day (and 48 a week) until the OSH Code.
test_daily_overtime_pay_threshold if {
	s := _source("working_hours.overtime_pay_threshold_daily", "2000-01-01")
	s.value == 9
	s.article == "s. 59(1)"
	s.effective_to == "2025-11-21"
	_values("2025-11-20")["working_hours.overtime_pay_threshold_daily"] == {9}
	_entries("working_hours.overtime_pay_threshold_daily", "2025-11-21") == {"not_encoded"}
	r := _source("working_hours.overtime_pay_threshold_daily", _today).reason
	contains(r, "Rules")
	contains(r, "daily-rated workers only")
}

test_osh_code_overtime_needs_consent if {
	s := _source("working_hours.overtime_voluntary", _today)
	s.value == true
	s.article == "s. 27, first proviso"
	s.conditions.workplace_workers_min == 10
	_domestic("working_hours.overtime_voluntary", "2025-11-20") == []
}

test_health_and_safety_entries if {
	_entries("health_safety.right_to_remove_from_danger", _today) == {"absence"}
	danger := _source("health_safety.right_to_remove_from_danger", _today)
	danger.article == "ss. 14, 89"
	not "value" in object.keys(danger)
	_entries("health_safety.worker_participation", _today) == {"restriction"}
	_source("health_safety.worker_participation", _today).article == "s. 22(1)"
	_source("health_safety.free_protective_equipment", _today).article == "s. 6(1)(g)"
}

test_recruitment_fees_barred_only_for_contractors if {
	_entries("forced_labour.no_recruitment_fees", _today) == {"restriction"}
	s := _source("forced_labour.no_recruitment_fees", _today)
	s.article == "ss. 45, 49"
	contains(concat(" ", s.notes), "50 or more contract labour")
}

test_not_encoded_is_within_the_gap_of_the_rules if {
	ne := {id | some id in _workplace_ids; _entries(id, _today) == {"not_encoded"}}
	ne == {
		"working_hours.overtime_pay_threshold_daily",
		"working_hours.total_daily_max", "working_hours.total_weekly_max",
		"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max",
		"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
		"forced_labour.no_retention_of_identity_documents",
	}
}

test_ratifications_cover_the_fundamental_instruments if {
	object.keys(india.ratifications) == _fundamental
	every _, r in india.ratifications {
		r.status in {"ratified", "not_ratified"}
		r.verification in {"primary", "secondary", "unverified"}
		regex.match(`^https?://`, r.url)
	}
	{c | some c, r in india.ratifications; r.verification == "unverified"} == {"P29", "C155", "C187"}
	india.ratifications.C138.declared_minimum_age == 14
	india.ratifications.C87.status == "not_ratified"
	india.ratifications.C98.status == "not_ratified"
}

test_minimum_wage_regime if {
	r := india.minimum_wage_regime
	r.level == "regional"
	r.article == "ss. 5, 6, 9"
	r.effective_from == "2025-11-21"
	startswith(r.url, "https://www.labour.gov.in/")
}
