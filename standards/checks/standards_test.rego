# METADATA
# title: Contract checks over every international standard
# description: |
#   Runs over data.hrdd.standards[_].sources: the shape of each source value
#   (policies/README.md), its fit with the catalogue, the fundamental flags, and the
#   coverage the international profile must give.
package hrdd.standards_test

import data.hrdd.catalogue

_all contains [name, s] if {
	some name, pkg in data.hrdd.standards
	some s in pkg.sources
}

_required_fields := {"requirement", "value", "instrument", "article", "url", "effective_from", "binding", "verification", "profile"}

_fundamental_codes := {"C29", "P29", "C87", "C98", "C100", "C105", "C111", "C138", "C182", "C155", "C187"}

_date(d) if {
	is_string(d)
	regex.match(`^\d{4}-\d{2}-\d{2}$`, d)
}

_value_ok("floor", v) if is_number(v)

_value_ok("ceiling", v) if is_number(v)

_value_ok("required", true)

_value_ok("includes", v) if {
	is_array(v)
	count(v) > 0
	every x in v {
		is_string(x)
		regex.match(`^[a-z_]+$`, x)
	}
}

_value_ok("scope", "all")

_value_ok("scope", v) if {
	is_array(v)
	every x in v {
		is_number(x)
	}
}

_violations contains sprintf("%s: %s lacks %s", [name, s.requirement, f]) if {
	some [name, s] in _all
	some f in _required_fields
	not s[f]
}

_violations contains sprintf("%s: unknown requirement %v", [name, s.requirement]) if {
	some [name, s] in _all
	not catalogue.requirements[s.requirement]
}

_violations contains sprintf("%s: %s value %v does not fit its kind", [name, s.requirement, s.value]) if {
	some [name, s] in _all
	kind := catalogue.requirements[s.requirement].kind
	not _value_ok(kind, s.value)
}

_violations contains sprintf("%s: %s bad binding %v", [name, s.requirement, s.binding]) if {
	some [name, s] in _all
	not s.binding in {"convention", "soft_law", "industry_code"}
}

_violations contains sprintf("%s: %s bad verification %v", [name, s.requirement, s.verification]) if {
	some [name, s] in _all
	not s.verification in {"primary", "secondary", "unverified"}
}

_violations contains sprintf("%s: %s bad profile %v", [name, s.requirement, s.profile]) if {
	some [name, s] in _all
	not s.profile in {"international", "eti", "rba"}
}

_violations contains sprintf("%s: %s industry code outside its profile", [name, s.requirement]) if {
	some [name, s] in _all
	is_code := s.binding == "industry_code"
	code_profile := s.profile in {"eti", "rba"}
	is_code != code_profile
}

_violations contains sprintf("%s: %s bad effective_from %v", [name, s.requirement, s.effective_from]) if {
	some [name, s] in _all
	not _date(s.effective_from)
}

_violations contains sprintf("%s: %s effective_to must be a date after effective_from", [name, s.requirement]) if {
	some [name, s] in _all
	"effective_to" in object.keys(s)
	not _ends_after_start(s)
}

_ends_after_start(s) if {
	_date(s.effective_to)
	s.effective_to > s.effective_from
}

_violations contains sprintf("%s: %s url not https", [name, s.requirement]) if {
	some [name, s] in _all
	not _https(s.url)
}

_violations contains sprintf("%s: %s malformed exception", [name, s.requirement]) if {
	some [name, s] in _all
	some e in object.get(s, "exceptions", [])
	not _exception_ok(e)
}

_exception_ok(e) if {
	is_string(e.article)
	is_string(e.text)
	object.keys(e) - {"article", "value", "text"} == set()
}

_violations contains sprintf("%s: %s notes must be strings", [name, s.requirement]) if {
	some [name, s] in _all
	"notes" in object.keys(s)
	not _strings(s.notes)
}

_strings(a) if {
	is_array(a)
	every x in a {
		is_string(x)
	}
}

_violations contains sprintf("%s: %s convention without instrument_code", [name, s.requirement]) if {
	some [name, s] in _all
	s.binding == "convention"
	not s.instrument_code
}

_violations contains sprintf("%s: %s fundamental flag wrong for %v", [name, s.requirement, s.instrument_code]) if {
	some [name, s] in _all
	s.fundamental
	not s.instrument_code in _fundamental_codes
}

# The nine instruments fundamental since 1998 (P29 since its adoption) carry the
# flag always; C155 and C187 only from 10 June 2022.
_violations contains sprintf("%s: %s missing fundamental flag", [name, s.requirement]) if {
	some [name, s] in _all
	s.instrument_code in (_fundamental_codes - {"C155", "C187"})
	not s.fundamental
}

_violations contains sprintf("%s: %s OSH fundamental flag must follow 10 June 2022", [name, s.requirement]) if {
	some [name, s] in _all
	s.instrument_code in {"C155", "C187"}
	after := s.effective_from >= "2022-06-10"
	object.get(s, "fundamental", false) != after
}

_violations contains sprintf("%s: %s periods of one instrument overlap", [name, a.requirement]) if {
	some [name, a] in _all
	some [other, b] in _all
	name == other
	a != b
	a.instrument == b.instrument
	a.requirement == b.requirement
	a.article == b.article
	a.effective_from <= b.effective_from
	object.get(a, "effective_to", "9999-12-31") > b.effective_from
}

test_every_source_is_well_formed if {
	print(_violations)
	count(_violations) == 0
}

test_there_are_sources if {
	count(_all) > 50
}

# Ids that only industry codes set, and the one no international instrument states.
# C95 Art. 8 leaves disciplinary deductions to national law; only the ETI Base Code
# (cl. 5.3) bans them.
_code_only := {"working_hours.total_weekly_max", "working_hours.overtime_voluntary", "wages.no_disciplinary_deductions"}

_no_international := {"due_diligence.risk_assessment_interval_months"}

_international_ids contains s.requirement if {
	some [_, s] in _all
	s.profile == "international"
}

test_international_profile_covers_the_catalogue if {
	missing := {id |
		some id, _ in catalogue.requirements
		not id in _code_only
		not id in _no_international
		not id in _international_ids
	}
	print("missing:", missing)
	count(missing) == 0
}

test_code_only_ids_come_from_codes if {
	every x in _all {
		_code_only_ok(x[1])
	}
}

_code_only_ok(s) if not s.requirement in _code_only

_code_only_ok(s) if s.binding == "industry_code"

test_no_international_risk_assessment_interval if {
	every x in _all {
		not x[1].requirement in _no_international
	}
}

test_no_null_effective_to if {
	every x in _all {
		object.get(x[1], "effective_to", "") != null
	}
}

_bad_source := {
	"requirement": "child_labour.minimum_age",
	"value": "fifteen",
	"instrument": "X",
	"article": "Art. 1",
	"url": "http://example.org",
	"effective_from": "1976",
	"effective_to": null,
	"binding": "convention",
	"verification": "primary",
	"profile": "international",
	"instrument_code": "C138",
}

test_checks_catch_a_malformed_source if {
	v := _violations with data.hrdd.standards as {"x": {"sources": {_bad_source}}}
	some a in v
	contains(a, "does not fit its kind")
	some b in v
	contains(b, "bad effective_from")
	some c in v
	contains(c, "effective_to must be a date")
	some d in v
	contains(d, "url not https")
	some e in v
	contains(e, "missing fundamental flag")
}

_https(u) if {
	is_string(u)
	startswith(u, "https://")
}
