package hrdd.standards.ilo_c100_test

import data.hrdd.standards.ilo_c100

_s(id) := s if {
	[s] := [x | some x in ilo_c100.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c100.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_equal_value if {
	s := _s("equal_pay.equal_value")
	s.value == true
	s.article == "Art. 1(b), 2(1)"
	s.effective_from == "1953-05-23"
	s.exceptions[0].article == "Art. 3(3)"
}
