package hrdd.standards.ilo_c187_test

import data.hrdd.standards.ilo_c187

test_every_source_has_the_contract_fields if {
	every s in ilo_c187.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_two_periods if {
	count(ilo_c187.sources) == 2
	some a in ilo_c187.sources
	a.effective_to == "2022-06-10"
	not a.fundamental
	some b in ilo_c187.sources
	b.effective_from == "2022-06-10"
	b.fundamental == true
	not b.effective_to
}

test_worker_participation if {
	every s in ilo_c187.sources {
		s.requirement == "health_safety.worker_participation"
		s.value == true
		s.article == "Art. 1(d), 3(3)"
	}
}

# Entry into force in 2009: the day was not seen, so the first period starts on the
# latest day it can have fallen on (twelve months after Korea's ratification,
# reported on 16 April 2008).
test_first_period_starts_when_certainly_in_force if {
	[s] := [x | some x in ilo_c187.sources; not x.fundamental]
	s.effective_from == "2009-04-16"
	s.effective_to == "2022-06-10"
	some c in s.checked_against
	contains(c.url, "etui")
}
