package hrdd.standards.ilo_c090_test

import data.hrdd.standards.ilo_c090

_s(id) := s if {
	[s] := [x | some x in ilo_c090.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c090.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_no_night_work_under_18 if {
	s := _s("child_labour.night_work_minimum_age")
	s.value == 18
	s.article == "Art. 3(1)"
	s.effective_from == "1951-06-12"
	s.instrument_code == "C90"
	not "fundamental" in object.keys(s)
	every e in s.exceptions {
		object.get(e, "value", 16) == 16
	}
}
