package hrdd.standards.ilo_fair_recruitment_test

import data.hrdd.standards.ilo_fair_recruitment

_s(id) := s if {
	[s] := [x | some x in ilo_fair_recruitment.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_fair_recruitment.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "soft_law"
		s.verification in {"primary", "secondary"}
	}
}

test_no_fees if {
	s := _s("forced_labour.no_recruitment_fees")
	s.value == true
	s.effective_from == "2019-03-28"
	s.verification == "secondary"
	startswith(s.url, "https://www.ilo.org/")
	count(s.checked_against) > 0
	not "instrument_code" in object.keys(s)
}
