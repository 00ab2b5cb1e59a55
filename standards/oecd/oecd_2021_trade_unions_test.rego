package hrdd.standards.oecd_2021_trade_unions_test

import data.hrdd.standards.oecd_2021_trade_unions

_s(id) := s if {
	[s] := [x | some x in oecd_2021_trade_unions.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in oecd_2021_trade_unions.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "soft_law"
		s.verification in {"primary", "secondary"}
	}
}

test_trade_unions if {
	s := _s("due_diligence.stakeholders")
	{x | some x in s.value} == {"trade_unions", "workers_representatives"}
	some n in s.notes
	contains(n, "bona fide trade unions as a priority")
}

test_url_is_the_oecd_and_tuac_is_checked_against if {
	s := _s("due_diligence.stakeholders")
	startswith(s.url, "https://mneguidelines.oecd.org/")
	s.verification == "secondary"
	some c in s.checked_against
	startswith(c.url, "https://tuac.org/")
}
