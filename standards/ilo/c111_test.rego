package hrdd.standards.ilo_c111_test

import data.hrdd.standards.ilo_c111

_s(id) := s if {
	[s] := [x | some x in ilo_c111.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c111.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_seven_grounds if {
	s := _s("non_discrimination.grounds")
	{g | some g in s.value} == {"race", "colour", "sex", "religion", "political_opinion", "national_extraction", "social_origin"}
	count(s.value) == 7
	s.article == "Art. 1(1)(a)"
	s.effective_from == "1960-06-15"
	{e.article | some e in s.exceptions} == {"Art. 1(2)", "Art. 4", "Art. 5"}
}
