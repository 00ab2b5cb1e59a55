package hrdd.standards.ilo_c138_test

import data.hrdd.standards.ilo_c138

_s(id) := s if {
	[s] := [x | some x in ilo_c138.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c138.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_minimum_age_15 if {
	s := _s("child_labour.minimum_age")
	s.value == 15
	s.article == "Art. 2(3)"
	s.effective_from == "1976-06-19"
	some e in s.exceptions
	e.article == "Art. 2(4)"
	e.value == 14
	some l in s.exceptions
	l.article == "Art. 7(1)"
	l.value == 13
	some k in s.exceptions
	k.article == "Art. 7(4)"
	k.value == 12
}

test_hazardous_18 if {
	s := _s("child_labour.hazardous_work_minimum_age")
	s.value == 18
	s.article == "Art. 3(1)"
	s.exceptions[0].article == "Art. 3(3)"
	s.exceptions[0].value == 16
}
