package hrdd.standards.ilo_c105_test

import data.hrdd.standards.ilo_c105

_s(id) := s if {
	[s] := [x | some x in ilo_c105.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c105.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_labour_discipline if {
	s := _s("forced_labour.free_to_resign")
	s.value == true
	s.article == "Preamble; Art. 1(c)"
	s.effective_from == "1959-01-17"
	s.fundamental == true
}
