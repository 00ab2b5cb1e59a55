package hrdd.standards.ilo_c182_test

import data.hrdd.standards.ilo_c182

_s(id) := s if {
	[s] := [x | some x in ilo_c182.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c182.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_hazardous_18 if {
	s := _s("child_labour.hazardous_work_minimum_age")
	s.value == 18
	s.article == "Art. 2, 3(d)"
	s.effective_from == "2000-11-19"
	not "exceptions" in object.keys(s)
}
