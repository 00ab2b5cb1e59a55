package hrdd.standards.ilo_c171_test

import data.hrdd.standards.ilo_c171

test_every_source_has_the_contract_fields if {
	every s in ilo_c171.sources {
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
	count(ilo_c171.sources) == 0
}

test_proposed_night_work_values if {
	some s in ilo_c171.proposed
	s.requirement == "maternity.night_work_alternative_min_weeks"
	s.value == 16
	s.article == "Art. 7(1)(a)"
	s.effective_from == "1995-01-04"
}
