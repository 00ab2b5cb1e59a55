package hrdd.standards.ilo_c030_test

import data.hrdd.standards.ilo_c030

_s(id) := s if {
	[s] := [x | some x in ilo_c030.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c030.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_eight_hours if {
	s := _s("working_hours.regular_daily_max")
	s.value == 8
	s.article == "Art. 3"
	s.verification == "secondary"
	s.effective_from == "1933-08-29"
}

test_forty_eight_hours if {
	s := _s("working_hours.regular_weekly_max")
	s.value == 48
}

# Art. 3 rests on the CEACR's headings, not on the text of Art. 3 itself.
test_article_rests_on_ceacr_comments if {
	s := _s("working_hours.regular_daily_max")
	s.article == "Art. 3"
	s.verification == "secondary"
	some c in s.checked_against
	contains(c.title, "Articles 3 and 4 of Convention No. 30")
}

# Art. 1 was read in a reprint of the authentic English text; Art. 3 was not.
test_scope_read_in_authentic_reprint_article_3_not if {
	s := _s("working_hours.regular_weekly_max")
	s.verification == "secondary"
	some c in s.checked_against
	startswith(c.url, "https://paperspast.natlib.govt.nz/")
	contains(c.title, "not Art. 3")
	some n in s.notes
	contains(n, "The text of Art. 3 itself was not read")
}
