package hrdd.standards.ilo_c106_test

import data.hrdd.standards.ilo_c106

_s(id) := s if {
	[s] := [x | some x in ilo_c106.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c106.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_weekly_rest_24 if {
	s := _s("rest.weekly_rest_min_hours")
	s.value == 24
	s.article == "Art. 6(1)"
	s.effective_from == "1959-03-04"
	{e.article | some e in s.exceptions} == {"Art. 5", "Art. 7", "Art. 8"}
}
