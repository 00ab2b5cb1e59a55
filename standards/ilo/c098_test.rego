package hrdd.standards.ilo_c098_test

import data.hrdd.standards.ilo_c098

_s(id) := s if {
	[s] := [x | some x in ilo_c098.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c098.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_collective_bargaining if {
	s := _s("freedom_of_association.collective_bargaining")
	s.value == true
	s.article == "Art. 4"
	s.effective_from == "1951-07-18"
	{e.article | some e in s.exceptions} == {"Art. 5", "Art. 6"}
}

test_anti_union_discrimination if {
	s := _s("freedom_of_association.right_to_organise")
	s.value == true
	s.article == "Art. 1-2"
}
