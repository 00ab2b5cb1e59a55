package hrdd.main_test

import data.hrdd.catalogue
import data.hrdd.main

_all_sources contains [sprintf("standards.%s", [name]), s] if {
	some name
	some s in data.hrdd.standards[name].sources
}

_all_sources contains [sprintf("national.%s", [cc]), s] if {
	some cc
	some s in data.hrdd.national[cc].sources
}

_all_sources contains [sprintf("dd.%s", [law]), s] if {
	some law
	some s in data.hrdd.dd[law].sources
}

_date(d) if regex.match(`^\d{4}-\d{2}-\d{2}$`, d)

_problem(s) := "requirement not in the catalogue" if not catalogue.requirements[s.requirement]

else := "entry must be value, absence, restriction or not_encoded" if {
	not object.get(s, "entry", "value") in {"value", "absence", "restriction", "not_encoded"}
} else := "a value or restriction needs a value" if {
	object.get(s, "entry", "value") in {"value", "restriction"}
	not "value" in object.keys(s)
} else := "an absence or not_encoded entry has no value" if {
	object.get(s, "entry", "value") in {"absence", "not_encoded"}
	"value" in object.keys(s)
} else := "not_encoded needs a reason" if {
	object.get(s, "entry", "value") == "not_encoded"
	not is_string(s.reason)
} else := "no instrument" if not s.instrument

else := "no article" if not s.article

else := "url must start with https:// or http://" if not regex.match("^https?://\\S+$", s.url)

else := "effective_from must be YYYY-MM-DD" if not _date(s.effective_from)

else := "effective_to must be YYYY-MM-DD after effective_from" if {
	"effective_to" in object.keys(s)
	not _valid_end(s)
} else := "binding must be law, convention, soft_law or industry_code" if {
	not s.binding in {"law", "convention", "soft_law", "industry_code"}
} else := "verification must be primary, secondary or unverified" if {
	not s.verification in {"primary", "secondary", "unverified"}
} else := "value outside the catalogue vocabulary" if {
	vocab := catalogue.vocabularies[s.requirement]
	some x in object.get(s, "value", [])
	not x in vocab
} else := "conditions: unknown key or no text" if {
	"conditions" in object.keys(s)
	not _conditions_ok(s.conditions)
} else := "statute must be {value, unit, conversion}" if {
	"statute" in object.keys(s)
	not _statute_ok(s.statute)
}

_condition_keys := {
	"workplace_workers_min", "workplace_workers_below", "employer_employees_min", "employer_employees_below",
	"sectors", "sectors_excluded", "zones", "zones_excluded", "regions", "regions_excluded", "worker_groups",
	"service_months_min", "unless", "text",
}

_conditions_ok(c) if {
	is_object(c)
	object.keys(c) - _condition_keys == set()
	is_string(c.text)
	every k in {"workplace_workers_min", "workplace_workers_below", "employer_employees_min", "employer_employees_below", "service_months_min"} {
		is_number(object.get(c, k, 0))
	}
	every k in {"sectors", "sectors_excluded", "zones", "zones_excluded", "regions", "regions_excluded", "worker_groups"} {
		is_array(object.get(c, k, []))
	}
	_unless_ok(object.get(c, "unless", {}))
}

_unless_ok(u) if {
	is_object(u)
	object.keys(u) - (_condition_keys - {"unless", "text"}) == set()
}

_statute_ok(st) if {
	is_number(st.value)
	is_string(st.unit)
	is_string(st.conversion)
}

_valid_end(s) if {
	_date(s.effective_to)
	s.effective_to > s.effective_from
}

# METADATA
# title: Every source value in every pack is cited and dated
test_every_source_is_cited_and_dated if {
	bad := {[where, s.requirement, _problem(s)] | some [where, s] in _all_sources}
	count(bad) == 0
}

test_international_sources_have_a_profile if {
	bad := {[name, s.requirement] |
		some name
		some s in data.hrdd.standards[name].sources
		not s.profile in {"international", "rba", "eti"}
	}
	count(bad) == 0
}

test_every_catalogue_entry_is_well_formed if {
	bad := {id |
		some id, r in catalogue.requirements
		not _well_formed(id, r)
	}
	count(bad) == 0
}

_well_formed(id, r) if {
	regex.match(`^[a-z_]+\.[a-z_]+$`, id)
	r.kind in catalogue.kinds
	r.severity in {"severe", "high", "medium", "low"}
	r.title != ""
}

_c138_source := {
	"requirement": "child_labour.minimum_age", "value": 14, "instrument": "Old Act", "article": "s. 1",
	"url": "https://example.org", "effective_from": "2000-01-01", "effective_to": "2024-01-01",
	"binding": "law", "verification": "primary",
}

_new_source := object.union(_c138_source, {"value": 15, "instrument": "New Act", "effective_from": "2024-01-01"})

_with_new := object.remove(_new_source, ["effective_to"])

test_in_force_boundaries if {
	pack := {"sources": {_c138_source, _with_new}}
	r1 := main.requirements["child_labour.minimum_age"] with data.hrdd.national.xa as pack
		with input as {"country": "XA", "as_of": "2023-12-31", "profiles": ["international"]}
	[s.instrument | some s in r1.domestic] == ["Old Act"]
	r2 := main.requirements["child_labour.minimum_age"] with data.hrdd.national.xa as pack
		with input as {"country": "XA", "as_of": "2024-01-01", "profiles": ["international"]}
	[s.instrument | some s in r2.domestic] == ["New Act"]
}

test_profiles_filter_international_sources if {
	r := main.requirements["child_labour.minimum_age"] with input as {"country": "XA", "as_of": "2026-11-23", "profiles": []}
	r.international == []
	r2 := main.requirements["child_labour.minimum_age"] with input as {"country": "XA", "as_of": "2026-11-23", "profiles": ["international"]}
	count(r2.international) > 0
}

test_company_level_ids_are_not_workplace_requirements if {
	r := main.requirements with input as {"country": "XA", "as_of": "2026-11-23", "profiles": ["international"]}
	not r["due_diligence.scope_tiers"]
	r["child_labour.minimum_age"]
}
