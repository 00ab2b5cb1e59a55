package hrdd.standards.ilo_c001_test

import data.hrdd.standards.ilo_c001

_s(id) := s if {
	[s] := [x | some x in ilo_c001.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c001.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_eight_hours if {
	s := _s("working_hours.regular_daily_max")
	s.value == 8
	s.article == "Art. 2"
	s.effective_from == "1921-06-13"
	some e in s.exceptions
	e.article == "Art. 2(b)"
	e.value == 9
}

test_forty_eight_hours if {
	s := _s("working_hours.regular_weekly_max")
	s.value == 48
	some e in s.exceptions
	e.article == "Art. 4"
	e.value == 56
}

# Art. 6 leaves overtime limits to national regulations: no number to encode.
test_no_overtime_or_total_caps if {
	ids := {s.requirement | some s in ilo_c001.sources}
	every id in ids {
		not startswith(id, "working_hours.overtime_daily")
		not startswith(id, "working_hours.overtime_weekly")
		not startswith(id, "working_hours.overtime_monthly")
		not startswith(id, "working_hours.overtime_yearly")
		not startswith(id, "working_hours.total_")
		id != "working_hours.overtime_pay_threshold_weekly"
	}
}

test_overtime_125 if {
	s := _s("working_hours.overtime_premium_min_percent")
	s.value == 125
	s.article == "Art. 6(2)"
	s.verification == "secondary"
}

test_premium_is_secondary_and_names_its_pages if {
	s := _s("working_hours.overtime_premium_min_percent")
	s.value == 125
	s.verification == "secondary"
	count(s.checked_against) == 2
	some c in s.checked_against
	startswith(c.url, "https://normlex.ilo.org/")
}

test_normal_hours_name_the_copy_read if {
	s := _s("working_hours.regular_weekly_max")
	s.verification == "primary"
	count(s.checked_against) > 0
}
