package hrdd.standards.ilo_c155_test

import data.hrdd.standards.ilo_c155

test_every_source_has_the_contract_fields if {
	every s in ilo_c155.sources {
		is_string(s.instrument)
		is_string(s.article)
		startswith(s.url, "https://")
		is_string(s.effective_from)
		object.get(s, "effective_to", "") != null
		s.binding == "convention"
		s.verification in {"primary", "secondary"}
	}
}

_s(id) := {s | some s in ilo_c155.sources; s.requirement == id}

test_three_values_for_two_periods if {
	count(ilo_c155.sources) == 6
}

test_fundamental_only_from_june_2022 if {
	every s in ilo_c155.sources {
		after := s.effective_from >= "2022-06-10"
		object.get(s, "fundamental", false) == after
	}
	some old in _s("health_safety.right_to_remove_from_danger")
	old.effective_from == "1983-08-11"
	old.effective_to == "2022-06-10"
}

test_right_to_remove if {
	every s in _s("health_safety.right_to_remove_from_danger") {
		s.value == true
		s.article == "Art. 13, 19(f)"
	}
}

test_free_ppe if {
	every s in _s("health_safety.free_protective_equipment") {
		s.article == "Art. 16(3), 21"
	}
	count(_s("health_safety.free_protective_equipment")) == 2
}

test_worker_participation if {
	count(_s("health_safety.worker_participation")) == 2
}
