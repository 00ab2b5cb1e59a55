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
		s.verification in {"primary", "secondary", "unverified"}
	}
}

# The A.3 working-hours values were not checked against the v8.0 text.
test_only_the_preamble_is_verified if {
	every s in rba.sources {
		_verified_only_if_preamble(s)
	}
}

_verified_only_if_preamble(s) if s.article == "Preamble"

_verified_only_if_preamble(s) if s.verification == "unverified"

test_total_60_unverified if {
	s := _s("working_hours.total_weekly_max")
	s.value == 60
	s.article == "A.3"
	s.profile == "rba"
	s.binding == "industry_code"
	s.verification == "unverified"
	s.exceptions[0].article == "A.3"
}

test_day_off_in_seven_unverified if {
	s := _s("rest.weekly_rest_min_hours")
	s.value == 24
	s.statute == {"value": 1, "unit": "day off every seven days", "conversion": "1 day off = 24 consecutive hours"}
	s.verification == "unverified"
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

# The effective date rests on named secondary pages, the RBA's own statement not found.
test_effective_date_names_its_page if {
	every s in rba.sources {
		s.effective_from == "2024-01-01"
	}
	every s in [x | some x in rba.sources; x.article == "Preamble"] {
		some c in s.checked_against
		contains(c.title, "took effect on January 1, 2024")
	}
}
