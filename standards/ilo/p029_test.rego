package hrdd.standards.ilo_p029_test

import data.hrdd.standards.ilo_p029

test_every_source_has_the_contract_fields if {
	every s in ilo_p029.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_no_source_values if {
	count(ilo_p029.sources) == 0
}

test_proposed_values_are_primary if {
	count(ilo_p029.proposed) == 2
	every s in ilo_p029.proposed {
		s.verification == "primary"
		s.fundamental == true
		s.instrument_code == "P29"
		s.effective_from == "2016-11-09"
	}
}
