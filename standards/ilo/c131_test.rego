package hrdd.standards.ilo_c131_test

import data.hrdd.standards.ilo_c131

_s(id) := s if {
	[s] := [x | some x in ilo_c131.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c131.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_minimum_wage if {
	s := _s("wages.minimum_wage_paid")
	s.value == true
	s.article == "Art. 2(1)"
	s.effective_from == "1972-04-29"
	s.defers_to_national_law == true
}
