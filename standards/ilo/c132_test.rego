package hrdd.standards.ilo_c132_test

import data.hrdd.standards.ilo_c132

_s(id) := s if {
	[s] := [x | some x in ilo_c132.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c132.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_three_working_weeks if {
	s := _s("leave.annual_paid_min_days")
	s.value == 15
	s.article == "Art. 3(3)"
	s.effective_from == "1973-06-30"
	some n in s.notes
	contains(n, "15 working days")
	{e.article | some e in s.exceptions} == {"Art. 4", "Art. 5"}
}

test_statute_three_working_weeks if {
	s := _s("leave.annual_paid_min_days")
	s.statute == {"value": 3, "unit": "working weeks", "conversion": "x 5 working days (5-day week)"}
	s.statute.value * 5 == s.value
}

test_qualifying_period_note if {
	s := _s("leave.annual_paid_min_days")
	some n in s.notes
	contains(n, "six months (Art. 5)")
}
