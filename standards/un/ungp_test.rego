package hrdd.standards.ungp_test

import data.hrdd.standards.ungp

_s(id) := s if {
	[s] := [x | some x in ungp.sources; x.requirement == id]
}

test_every_source_has_the_contract_fields if {
	every s in ungp.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "soft_law"
		s.verification in {"primary", "secondary"}
	}
}

test_policy_commitment if {
	s := _s("due_diligence.policy_commitment")
	s.value == true
	s.article == "GP 15(a), 16"
	s.effective_from == "2011-06-16"
}

test_senior_level if {
	s := _s("due_diligence.senior_level_approval")
	s.value == true
	s.article == "GP 16(a)"
}

test_policy_public if {
	s := _s("due_diligence.policy_public")
	s.value == true
	s.article == "GP 16(d)"
}

test_scope_all_tiers if {
	s := _s("due_diligence.scope_tiers")
	s.value == "all"
	s.article == "GP 13(b), 17(a)"
}

test_affected_groups if {
	s := _s("due_diligence.stakeholders")
	{x | some x in s.value} == {"affected_workers", "affected_communities"}
	s.article == "GP 18(b)"
}

test_grievance_mechanism if {
	s := _s("due_diligence.grievance_mechanism")
	s.value == true
	s.article == "GP 29"
}

test_grievance_open_to if {
	s := _s("due_diligence.grievance_open_to")
	{x | some x in s.value} == {"own_workers", "communities"}
}

test_eight_criteria if {
	s := _s("due_diligence.grievance_criteria")
	count(s.value) == 8
	{x | some x in s.value} == {"legitimate", "accessible", "predictable", "equitable", "transparent", "rights_compatible", "continuous_learning", "engagement_and_dialogue"}
	s.article == "GP 31(a)-(h)"
}

test_remediation if {
	s := _s("due_diligence.remediation")
	s.value == true
	s.article == "GP 22"
}

test_tracking if {
	s := _s("due_diligence.effectiveness_tracking")
	s.value == true
	s.article == "GP 20"
}

test_communicating if {
	s := _s("due_diligence.public_reporting")
	s.value == true
	s.article == "GP 21"
}

test_precedence if {
	s := _s("due_diligence.international_standards_precedence")
	s.value == true
	contains(s.article, "23")
}

test_supplier_code if {
	s := _s("supplier_code.applies_to_tiers")
	s.value == "all"
}
