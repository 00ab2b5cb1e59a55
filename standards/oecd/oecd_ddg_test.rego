package hrdd.standards.oecd_ddg_test

import data.hrdd.standards.oecd_ddg

_s(id) := s if {
	[s] := [x | some x in oecd_ddg.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in oecd_ddg.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "soft_law"
		s.verification in {"primary", "secondary"}
	}
}

test_beyond_tier_1 if {
	s := _s("due_diligence.scope_tiers")
	s.value == "all"
	s.effective_from == "2018-05-30"
}

test_remediation_step_6 if {
	s := _s("due_diligence.remediation")
	s.article == "Step 6"
}

test_tracking_step_4 if {
	s := _s("due_diligence.effectiveness_tracking")
	s.article == "Step 4"
}

test_communicating_step_5 if {
	s := _s("due_diligence.public_reporting")
	s.article == "Step 5"
	some n in s.notes
	contains(n, "no report format")
}

test_embed_step_1 if {
	s := _s("due_diligence.policy_commitment")
	s.article == "Step 1"
}
