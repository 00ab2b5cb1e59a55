package hrdd.standards.eti_test

import data.hrdd.standards.eti

_s(id) := s if {
	[s] := [x | some x in eti.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in eti.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "industry_code"
		s.verification in {"primary", "secondary"}
	}
}

test_total_60 if {
	s := _s("working_hours.total_weekly_max")
	s.value == 60
	s.article == "cl. 6.4"
	s.profile == "eti"
	s.exceptions[0].article == "cl. 6.5"
}

test_overtime_voluntary if {
	s := _s("working_hours.overtime_voluntary")
	s.value == true
	s.article == "cl. 6.3"
}

test_regular_48 if {
	s := _s("working_hours.regular_weekly_max")
	s.value == 48
	s.article == "cl. 6.2"
}

test_premium_125 if {
	s := _s("working_hours.overtime_premium_min_percent")
	s.value == 125
}

test_weekly_rest if {
	s := _s("rest.weekly_rest_min_hours")
	s.value == 24
	s.article == "cl. 6.6"
	s.statute.value == 1
	s.statute.unit == "day off in every 7-day period"
}

test_minimum_wage_does_not_defer if {
	s := _s("wages.minimum_wage_paid")
	not s.defers_to_national_law
}

# ETI sets no daily or overtime caps (the 12-hour overtime limit went in the 2014
# revision); only total weekly hours.
test_no_overtime_caps if {
	ids := {s.requirement | some s in eti.sources}
	every id in {"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max", "working_hours.total_daily_max"} {
		not id in ids
	}
}

test_no_id_documents if {
	s := _s("forced_labour.no_retention_of_identity_documents")
	s.value == true
	s.article == "cl. 1.2"
}

test_free_to_leave if {
	s := _s("forced_labour.free_to_resign")
	s.article == "cl. 1.2"
}

test_living_wage if {
	s := _s("wages.living_wage")
	s.value == true
	s.article == "cl. 5.1"
}

test_grounds if {
	s := _s("non_discrimination.grounds")
	"caste" in s.value
	"union_membership" in s.value
	not "colour" in s.value
	s.article == "cl. 7.1"
}

test_hazardous_18 if {
	s := _s("child_labour.hazardous_work_minimum_age")
	s.value == 18
	s.article == "cl. 4.3"
}

test_night_work_18 if {
	s := _s("child_labour.night_work_minimum_age")
	s.value == 18
	s.article == "cl. 4.3"
	s.profile == "eti"
}

test_no_disciplinary_deductions if {
	s := _s("wages.no_disciplinary_deductions")
	s.value == true
	s.article == "cl. 5.3"
}
