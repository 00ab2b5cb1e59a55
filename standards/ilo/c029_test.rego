package hrdd.standards.ilo_c029_test

import data.hrdd.standards.ilo_c029

_s(id) := s if {
	[s] := [x | some x in ilo_c029.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c029.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_free_to_resign if {
	s := _s("forced_labour.free_to_resign")
	s.value == true
	s.article == "Art. 2(1)"
	s.verification == "primary"
	s.fundamental == true
	s.instrument_code == "C29"
	s.effective_from == "1932-05-01"
	count(s.exceptions) == 5
	some e in s.exceptions
	e.article == "Art. 2(2)(c)"
}
