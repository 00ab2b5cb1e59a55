package hrdd.standards.ilo_c183_test

import data.hrdd.standards.ilo_c183

_s(id) := s if {
	[s] := [x | some x in ilo_c183.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c183.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_fourteen_weeks if {
	s := _s("maternity.leave_min_weeks")
	s.value == 14
	s.article == "Art. 4(1)"
	s.effective_from == "2002-02-07"
}

test_two_thirds if {
	s := _s("maternity.cash_benefit_min_percent")
	s.value == 66.67
	s.article == "Art. 6(3)"
	some e in s.exceptions
	e.article == "Art. 7(1)"
}

test_no_pregnancy_test if {
	s := _s("maternity.no_pregnancy_testing")
	s.value == true
	s.article == "Art. 9(2)"
	s.effective_from == "2002-02-07"
	some e in s.exceptions
	e.article == "Art. 9(2)(a)-(b)"
}

test_six_weeks_compulsory_after_childbirth if {
	s := _s("maternity.compulsory_postnatal_weeks")
	s.value == 6
	s.article == "Art. 4(4)"
}

# The Convention counts in weeks, like the catalogue: no conversion.
test_no_statute_conversion if {
	every s in ilo_c183.sources {
		not "statute" in object.keys(s)
	}
}
