package hrdd.standards.ilo_forced_labour_indicators_test

import data.hrdd.standards.ilo_forced_labour_indicators

_s(id) := s if {
	[s] := [x | some x in ilo_forced_labour_indicators.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_forced_labour_indicators.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "soft_law"
		s.verification in {"primary", "secondary"}
	}
}

test_identity_documents if {
	s := _s("forced_labour.no_retention_of_identity_documents")
	s.value == true
	s.verification == "primary"
	startswith(s.url, "https://www.ilo.org/")
	some c in s.checked_against
	contains(c.title, "verbatim")
}
