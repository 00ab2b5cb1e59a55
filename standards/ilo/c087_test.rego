package hrdd.standards.ilo_c087_test

import data.hrdd.standards.ilo_c087

_s(id) := s if {
	[s] := [x | some x in ilo_c087.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c087.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_right_to_organise if {
	s := _s("freedom_of_association.right_to_organise")
	s.value == true
	s.article == "Art. 2"
	s.fundamental == true
	s.effective_from == "1950-07-04"
	s.exceptions[0].article == "Art. 9(1)"
}
