package hrdd.standards.ohchr_interpretive_guide_test

import data.hrdd.standards.ohchr_interpretive_guide

_s(id) := s if {
	[s] := [x | some x in ohchr_interpretive_guide.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ohchr_interpretive_guide.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "soft_law"
		s.verification in {"primary", "secondary"}
	}
}

test_beyond_first_tier if {
	s := _s("due_diligence.scope_tiers")
	s.value == "all"
	some n in s.notes
	contains(n, "beyond the first tier")
}

test_beyond_compliance if {
	s := _s("due_diligence.international_standards_precedence")
	s.value == true
	s.article == "Q. 82"
}

test_url_is_ohchr_and_pages_are_named if {
	every s in ohchr_interpretive_guide.sources {
		startswith(s.url, "https://www.ohchr.org/")
		count(s.checked_against) > 0
	}
}
