package hrdd.standards.ilo_c190_test

import data.hrdd.standards.ilo_c190

_s(id) := s if {
	[s] := [x | some x in ilo_c190.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c190.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_policy if {
	s := _s("harassment.policy")
	s.value == true
	s.article == "Art. 9(a)"
	s.effective_from == "2021-06-25"
}
