package hrdd.standards.rba_test

import data.hrdd.standards.rba

_s(id) := s if {
	[s] := [x | some x in rba.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in rba.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "industry_code"
		s.verification in {"primary", "secondary"}
	}
}

test_total_supply_chain if {
	s := _s("supplier_code.applies_to_tiers")
	s.value == "all"
	s.profile == "rba"
	s.article == "Preamble"
}

test_strictest if {
	s := _s("due_diligence.international_standards_precedence")
	s.value == true
}
