package hrdd.national.ph_test

import data.hrdd.catalogue
import data.hrdd.checks.official
import data.hrdd.national.ph

_in(date) := {"country": "PH", "as_of": date, "profiles": ["international"]}

_domestic(id, inp) := vals if {
	reqs := data.hrdd.main.requirements with input as inp
	vals := [s.value | some s in reqs[id].domestic; object.get(s, "entry", "value") == "value"]
}

_srcs(id) := [s | some s in ph.sources; s.requirement == id]

_values(id) := {s.value | some s in _srcs(id)}

_entries(id) := {object.get(s, "entry", "value") | some s in _srcs(id)}

_workplace_ids := {id |
	some id, _ in catalogue.requirements
	not id in catalogue.company_level
	not id in catalogue.engine_level
}

_labor_code := "Labor Code of the Philippines (Presidential Decree No. 442, as amended)"

test_every_workplace_requirement_has_an_entry if {
	missing := {id | some id in _workplace_ids; count(_srcs(id)) == 0}
	missing == set()
}

test_no_context_is_read if {
	not ph.reads
	not ph.workers_thresholds
}

test_name if ph.name == "Philippines"

test_values_per_requirement if {
	_values("child_labour.minimum_age") == {15}
	_values("child_labour.hazardous_work_minimum_age") == {18}
	_values("child_labour.night_work_minimum_age") == {18}
	_values("forced_labour.free_to_resign") == {true}
	_values("working_hours.regular_daily_max") == {8}
	_values("working_hours.overtime_pay_threshold_daily") == {8}
	_values("working_hours.overtime_voluntary") == {true}
	_values("working_hours.overtime_premium_min_percent") == {125}
	_values("rest.weekly_rest_min_hours") == {24}
	_values("leave.annual_paid_min_days") == {5}
	_values("maternity.leave_min_weeks") == {15}
	_values("maternity.compulsory_postnatal_weeks") == {8.57}
	_values("maternity.cash_benefit_min_percent") == {100}
	_values("wages.minimum_wage_paid") == {true}
	_values("wages.paid_regularly") == {true}
	_values("wages.deductions_only_as_prescribed") == {true}
	_values("wages.no_disciplinary_deductions") == {true}
	_values("wages.no_deductions_for_obtaining_employment") == {true}
	_values("freedom_of_association.right_to_organise") == {true}
	_values("freedom_of_association.collective_bargaining") == {true}
	_values("health_safety.right_to_remove_from_danger") == {true}
	_values("health_safety.free_protective_equipment") == {true}
	_values("health_safety.worker_participation") == {true}
	_values("harassment.policy") == {true}
}

test_grounds_union if {
	grounds := {g | some s in _srcs("non_discrimination.grounds"); some g in s.value}
	grounds == {"sex", "marital_status", "pregnancy", "union_membership", "age"}
	every g in grounds {
		g in catalogue.vocabularies["non_discrimination.grounds"]
	}
}

test_age_ground_from_ra_10911 if {
	[s] := [s | some s in _srcs("non_discrimination.grounds"); s.value == ["age"]]
	contains(s.instrument, "RA 10911")
	s.article == "Sec. 5"
	s.effective_from == "2017-02-28"
}

# Labor Code Arts. 83 and 89: 8 hours is a limit (work beyond it needs the worker's
# consent outside Art. 89), and also the threshold of the Art. 87 premium.
test_daily_hours_are_a_limit_and_a_pay_threshold if {
	[limit] := _srcs("working_hours.regular_daily_max")
	limit.article == "Arts. 83, 89"
	limit.verification == "primary"
	some n in limit.notes
	contains(n, "against his will")
	[threshold] := _srcs("working_hours.overtime_pay_threshold_daily")
	threshold.value == limit.value
	contains(threshold.article, "87")
}

test_overtime_voluntary_with_art_89_exceptions if {
	[s] := _srcs("working_hours.overtime_voluntary")
	startswith(s.article, "Art. 89")
	[e] := s.exceptions
	contains(e.text, "perishable goods")
}

test_absences_are_cited if {
	every id in {
		"working_hours.regular_weekly_max", "working_hours.overtime_pay_threshold_weekly",
		"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max",
		"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
		"working_hours.total_daily_max", "working_hours.total_weekly_max", "wages.living_wage",
	} {
		_entries(id) == {"absence"}
		every s in _srcs(id) {
			not "value" in object.keys(s)
			is_string(s.article)
			count(s.notes) > 0
		}
	}
}

test_living_wage_absence_cites_the_constitution if {
	[s] := _srcs("wages.living_wage")
	s.article == "Art. XIII Sec. 3"
	s.effective_from == "1987-02-02"
}

test_equal_pay_is_restricted if {
	[s] := _srcs("equal_pay.equal_value")
	s.entry == "restriction"
	s.value == false
	contains(s.article, "133(a) [135(a)]")
	some n in s.notes
	contains(n, "substantially identical")
	s.effective_from == "1991-02-01"
}

test_not_encoded_have_reasons if {
	not_encoded := {s.requirement | some s in ph.sources; s.entry == "not_encoded"; is_string(s.reason); not "value" in object.keys(s)}
	not_encoded == {
		"forced_labour.no_recruitment_fees",
		"forced_labour.no_retention_of_identity_documents",
		"maternity.no_pregnancy_testing",
	}
}

test_not_encoded_within_fifteen_percent if {
	not_encoded := {s.requirement | some s in ph.sources; s.entry == "not_encoded"}
	count(not_encoded) * 100 <= count(_workplace_ids) * 15
}

# Art. 95: five days after one year, not in establishments of fewer than ten.
test_service_incentive_leave_conditions if {
	[s] := _srcs("leave.annual_paid_min_days")
	s.article == "Art. 95"
	s.conditions.workplace_workers_min == 10
	s.conditions.service_months_min == 12
	not s.conditions.workplace_workers_below
	contains(s.conditions.text, "fewer than ten")
	s.statute.value == s.value
	contains(s.statute.conversion, "not converted")
	s.effective_from == "1974-11-01"
}

test_maternity_conversions if {
	[leave] := _srcs("maternity.leave_min_weeks")
	leave.statute.value == 105
	leave.statute.value / 7 == leave.value
	[post] := _srcs("maternity.compulsory_postnatal_weeks")
	post.statute.value == 60
	exact := post.statute.value / 7
	post.value <= exact
	exact - post.value < 0.01
}

test_maternity_leave_dates if {
	_domestic("maternity.leave_min_weeks", _in("2019-03-10")) == []
	_domestic("maternity.leave_min_weeks", _in("2019-03-11")) == [15]
	_domestic("maternity.cash_benefit_min_percent", _in("2019-03-11")) == [100]
	every id in {"maternity.leave_min_weeks", "maternity.cash_benefit_min_percent"} {
		every s in _srcs(id) {
			s.effective_from == "2019-03-11"
			s.instrument == "105-Day Expanded Maternity Leave Law (RA 11210)"
			s.article != "Rule IV"
		}
	}
}

# The 60 days after childbirth are in the implementing rules (Rule IV), in force
# 18 May 2019 (published 2 May 2019), not in Sec. 3 of the Act.
test_postnatal_sixty_days_from_the_implementing_rules if {
	[s] := _srcs("maternity.compulsory_postnatal_weeks")
	startswith(s.instrument, "Implementing Rules and Regulations")
	contains(s.instrument, "RA 11210")
	s.article == "Rule IV"
	s.effective_from == "2019-05-18"
	s.verification == "secondary"
	some c in s.checked_against
	contains(c.title, "in no case shall postnatal care be less than sixty (60) days")
	_domestic("maternity.compulsory_postnatal_weeks", _in("2019-05-17")) == []
	_domestic("maternity.compulsory_postnatal_weeks", _in("2019-05-18")) == [8.57]
}

test_child_labour_dates_and_articles if {
	[min] := _srcs("child_labour.minimum_age")
	min.article == "Art. 137(a) [139(a)]; RA 7610 Sec. 12 as amended by RA 9231"
	min.verification == "primary"
	startswith(min.url, "https://bwsc.dole.gov.ph/")
	count(min.exceptions) == 2
	_domestic("child_labour.minimum_age", _in("2004-07-25")) == []
	_domestic("child_labour.minimum_age", _in("2004-07-26")) == [15]
	[night] := _srcs("child_labour.night_work_minimum_age")
	night.article == "Sec. 12-A"
}

test_osh_law_sections_and_date if {
	every id in {"health_safety.right_to_remove_from_danger", "health_safety.free_protective_equipment", "health_safety.worker_participation"} {
		every s in _srcs(id) {
			contains(s.instrument, "RA 11058")
			s.effective_from == "2018-09-07"
			some n in s.notes
			contains(n, "22 August 2018")
			contains(n, "Department Order No. 252, s. 2025")
		}
	}
	_domestic("health_safety.free_protective_equipment", _in("2018-09-06")) == []
	_domestic("health_safety.free_protective_equipment", _in("2018-09-07")) == [true]
	{s.article | some s in _srcs("health_safety.right_to_remove_from_danger")} == {"Sec. 6"}
	{s.article | some s in _srcs("health_safety.free_protective_equipment")} == {"Sec. 8"}
	{s.article | some s in _srcs("health_safety.worker_participation")} == {"Sec. 13"}
}

# RA 11313 took effect on 3 August 2019 (Villaraza & Angangco), before its rules of 28 October.
test_harassment_duty_dates if {
	_domestic("harassment.policy", _in("2019-08-02")) == []
	_domestic("harassment.policy", _in("2019-08-03")) == [true]
	[s] := _srcs("harassment.policy")
	s.effective_from == "2019-08-03"
	some c in s.checked_against
	contains(c.title, "3 August 2019")
}

# DO 141-14 read only in summaries: recruitment fees stay not encoded, with the Order named.
test_recruitment_fees_not_encoded_names_do_141_14 if {
	[s] := _srcs("forced_labour.no_recruitment_fees")
	s.entry == "not_encoded"
	not "value" in object.keys(s)
	contains(s.reason, "Department Order No. 141-14 of 20 November 2014")
	contains(s.reason, "Art. 32")
	contains(s.reason, "RA 10022")
}

test_foa_notes_registration_threshold if {
	[s] := _srcs("freedom_of_association.right_to_organise")
	s.effective_from == "1987-02-02"
	some n in s.notes
	contains(n, "20 %")
	contains(n, "RA 9481")
}

test_renumbered_articles_give_the_former_number if {
	every id in {"child_labour.minimum_age", "child_labour.hazardous_work_minimum_age", "forced_labour.free_to_resign", "equal_pay.equal_value"} {
		every s in _srcs(id) {
			regex.match(`\[\d+`, s.article)
		}
	}
}

test_labor_code_original_articles_date_from_1974 if {
	every id in {
		"working_hours.regular_daily_max", "working_hours.overtime_premium_min_percent",
		"rest.weekly_rest_min_hours", "wages.paid_regularly", "wages.deductions_only_as_prescribed",
		"wages.no_deductions_for_obtaining_employment", "forced_labour.free_to_resign",
	} {
		every s in _srcs(id) {
			s.instrument == _labor_code
			s.effective_from == "1974-11-01"
		}
	}
	_domestic("rest.weekly_rest_min_hours", _in("1974-10-31")) == []
	_domestic("rest.weekly_rest_min_hours", _in("1974-11-01")) == [24]
}

test_every_source_is_complete if {
	every s in ph.sources {
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
	object.keys(ph.ratifications) == {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}
	{code | some code, r in ph.ratifications; r.status == "not_ratified"} == {"P29", "C155"}
	ph.ratifications.C29.date == "2005-07-15"
	ph.ratifications.C87.date == "1953-12-29"
	ph.ratifications.C98.date == "1953-12-29"
	ph.ratifications.C100.date == "1953-12-29"
	ph.ratifications.C105.date == "1960-11-17"
	ph.ratifications.C111.date == "1960-11-17"
	ph.ratifications.C138.date == "1998-06-04"
	ph.ratifications.C182.date == "2000-11-28"
	ph.ratifications.C187.date == "2019-06-17"
	not "declared_minimum_age" in object.keys(ph.ratifications.C138)
	every _, r in ph.ratifications {
		official.official(r.url)
		count(r.checked_against) > 0
		r.verification == "secondary"
	}
}

test_pregnancy_testing_reason_weighs_the_commentaries if {
	[s] := [s | some s in ph.sources; s.requirement == "maternity.no_pregnancy_testing"]
	s.entry == "not_encoded"
	not "value" in object.keys(s)
	contains(s.reason, "none was confirmed")
	contains(s.reason, "which in fact governs contracting")
	contains(s.reason, "a framework law needing specific laws, regulations and guidelines")
	count(s.checked_against) == 6
}
