package hrdd.standards.oecd_guidelines_test

import data.hrdd.standards.oecd_guidelines

test_every_source_has_the_contract_fields if {
	every s in oecd_guidelines.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "soft_law"
		s.verification in {"primary", "secondary"}
	}
}

_at(id, date) := {s |
	some s in oecd_guidelines.sources
	s.requirement == id
	s.effective_from <= date
	date < object.get(s, "effective_to", "9999-12-31")
}

_edition_ok(s) if {
	s.effective_from == "2011-05-25"
	s.effective_to == "2023-06-08"
}

_edition_ok(s) if {
	s.effective_from == "2023-06-08"
	not s.effective_to
}

test_2011_edition_ends_when_2023_begins if {
	every s in oecd_guidelines.sources {
		_edition_ok(s)
	}
}

test_one_precedence_value_per_date if {
	[a] := [s | some s in _at("due_diligence.international_standards_precedence", "2020-01-01")]
	a.article == "Ch. I, para. 2"
	a.verification == "primary"
	[b] := [s | some s in _at("due_diligence.international_standards_precedence", "2024-01-01")]
	b.verification == "secondary"
}

test_living_wage_basic_needs if {
	[a] := [s | some s in _at("wages.living_wage", "2015-01-01")]
	a.article == "Ch. V, para. 4(b)"
	count(_at("wages.living_wage", "2024-01-01")) == 1
}

test_grounds_2011_only if {
	count(_at("non_discrimination.grounds", "2015-01-01")) == 1
	count(_at("non_discrimination.grounds", "2024-01-01")) == 0
}

test_trade_unions_2023 if {
	count(_at("freedom_of_association.right_to_organise", "2024-01-01")) == 1
	count(_at("freedom_of_association.collective_bargaining", "2024-01-01")) == 1
}

test_urls_are_the_oecd_portal_and_publication if {
	[a] := [s | some s in _at("due_diligence.international_standards_precedence", "2020-01-01")]
	a.url == "https://mneguidelines.oecd.org/"
	[b] := [s | some s in _at("due_diligence.international_standards_precedence", "2024-01-01")]
	startswith(b.url, "https://www.oecd.org/en/publications/")
	some c in a.checked_against
	startswith(c.url, "http://tuacoecdmneguidelines.org/")
}
