# METADATA
# title: Contract checks over every due-diligence law
# description: |
#   The provenance the contract asks of each law's source values (policies/README.md):
#   a verification label, and a "secondary" value names the pages it was checked
#   against in a well-formed checked_against list.
package hrdd.dd_contract_test

_all contains [law, s] if {
	some law
	some s in data.hrdd.dd[law].sources
}

_violations contains sprintf("%s: %s bad verification %v", [law, s.requirement, s.verification]) if {
	some [law, s] in _all
	not s.verification in {"primary", "secondary", "unverified"}
}

_violations contains sprintf("%s: %s secondary without checked_against", [law, s.requirement]) if {
	some [law, s] in _all
	s.verification == "secondary"
	count(object.get(s, "checked_against", [])) == 0
}

_violations contains sprintf("%s: %s malformed checked_against %v", [law, s.requirement, c]) if {
	some [law, s] in _all
	some c in object.get(s, "checked_against", [])
	not _page_ok(c)
}

_violations contains sprintf("%s: %s url differs from the law's", [law, s.requirement]) if {
	some [law, s] in _all
	s.url != data.hrdd.dd[law].law.url
}

_page_ok(c) if {
	is_object(c)
	object.keys(c) == {"url", "title"}
	startswith(c.url, "http")
	is_string(c.title)
	c.title != ""
}

test_every_law_source_names_its_provenance if {
	print(_violations)
	count(_violations) == 0
}

test_there_are_law_sources if {
	count(_all) > 20
}

test_checks_catch_a_secondary_value_without_pages if {
	v := _violations with data.hrdd.dd as {"x": {
		"law": {"url": "https://example.org/a"},
		"sources": {
			{"requirement": "due_diligence.remediation", "verification": "secondary", "url": "https://example.org/a"},
			{"requirement": "due_diligence.policy_commitment", "verification": "primary", "url": "https://example.org/b", "checked_against": [{"url": "x", "title": ""}]},
		},
	}}
	some a in v
	contains(a, "secondary without checked_against")
	some b in v
	contains(b, "malformed checked_against")
	some c in v
	contains(c, "url differs")
}
