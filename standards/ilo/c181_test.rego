package hrdd.standards.ilo_c181_test

import data.hrdd.standards.ilo_c181

_s(id) := s if {
	[s] := [x | some x in ilo_c181.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c181.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_no_fees if {
	s := _s("forced_labour.no_recruitment_fees")
	s.value == true
	s.article == "Art. 7(1)"
	s.effective_from == "2000-05-10"
	s.exceptions[0].article == "Art. 7(2)-(3)"
}
