package hrdd.standards.ilo_c095_test

import data.hrdd.standards.ilo_c095

_s(id) := s if {
	[s] := [x | some x in ilo_c095.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ilo_c095.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

test_no_job_purchase_deduction if {
	s := _s("forced_labour.no_recruitment_fees")
	s.value == true
	s.article == "Art. 9"
	s.effective_from == "1952-09-24"
	not "fundamental" in object.keys(s)
}

test_deductions_only_as_prescribed if {
	s := _s("wages.deductions_only_as_prescribed")
	s.value == true
	s.article == "Art. 8(1)"
	s.exceptions[0].article == "Art. 2(2)"
	s.defers_to_national_law == true
}

# Art. 8(1) and 12(1) leave the matter to national law; the Art. 9 bans do not.
test_only_art_8_and_12_defer if {
	deferring := {s.article | some s in ilo_c095.sources; s.defers_to_national_law == true}
	deferring == {"Art. 8(1)", "Art. 12(1)"}
	every s in ilo_c095.sources {
		object.get(s, "defers_to_national_law", false) == s.article != "Art. 9"
	}
}

test_no_deductions_for_obtaining_employment if {
	s := _s("wages.no_deductions_for_obtaining_employment")
	s.value == true
	s.article == "Art. 9"
}

test_paid_regularly if {
	s := _s("wages.paid_regularly")
	s.value == true
	s.article == "Art. 12(1)"
	s.effective_from == "1952-09-24"
	s.defers_to_national_law == true
}

test_no_disciplinary_deduction_ban_in_c95 if {
	not "wages.no_disciplinary_deductions" in {s.requirement | some s in ilo_c095.sources}
}
