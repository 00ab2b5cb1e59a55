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

# includes values use the catalogue's closed vocabulary (one word per concept).
_violations contains sprintf("%s: %s has no vocabulary in the catalogue", [name, s.requirement]) if {
	some [name, s] in _all
	catalogue.requirements[s.requirement].kind == "includes"
	not catalogue.vocabularies[s.requirement]
}

_violations contains sprintf("%s: %s value %v outside the catalogue vocabulary", [name, s.requirement, x]) if {
	some [name, s] in _all
	vocab := catalogue.vocabularies[s.requirement]
	some x in s.value
	not x in vocab
}

# defers_to_national_law: the instrument itself leaves the matter to national law.
_violations contains sprintf("%s: %s defers_to_national_law must be a boolean", [name, s.requirement]) if {
	some [name, s] in _all
	"defers_to_national_law" in object.keys(s)
	not is_boolean(s.defers_to_national_law)
}

# statute: the instrument's own number and unit where the catalogue unit differs;
# value is then the converted number, so only numeric kinds carry one.
_violations contains sprintf("%s: %s statute must be {value: number, unit: string, conversion: string}", [name, s.requirement]) if {
	some [name, s] in _all
	"statute" in object.keys(s)
	not _statute_ok(s.statute)
}

_violations contains sprintf("%s: %s statute on a requirement that is not floor or ceiling", [name, s.requirement]) if {
	some [name, s] in _all
	"statute" in object.keys(s)
	not catalogue.requirements[s.requirement].kind in {"floor", "ceiling"}
}

_statute_ok(st) if {
	is_object(st)
	object.keys(st) == {"value", "unit", "conversion"}
	is_number(st.value)
	is_string(st.unit)
	is_string(st.conversion)
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

# checked_against names the pages a value was checked against; a "secondary" value
# must name at least one (policies/README.md).
_violations contains sprintf("%s: %s secondary without checked_against", [name, s.requirement]) if {
	some [name, s] in _all
	s.verification == "secondary"
	count(object.get(s, "checked_against", [])) == 0
}

_violations contains sprintf("%s: %s malformed checked_against %v", [name, s.requirement, c]) if {
	some [name, s] in _all
	some c in object.get(s, "checked_against", [])
	not _page_ok(c)
}

_violations contains sprintf("%s: %s checked_against must be a list", [name, s.requirement]) if {
	some [name, s] in _all
	"checked_against" in object.keys(s)
	not is_array(s.checked_against)
}

_page_ok(c) if {
	is_object(c)
	object.keys(c) == {"url", "title"}
	startswith(c.url, "http")
	is_string(c.title)
	c.title != ""
}

test_every_source_is_well_formed if {
	print(_violations)
	count(_violations) == 0
}

test_there_are_sources if {
	count(_all) > 50
}

# Ids that only industry codes set (profiles eti, rba), never the international profile.
#   - working_hours.total_weekly_max: ETI Base Code cl. 6.4 and RBA Code A.3 (60 hours
#     in seven days). ILO C1 and C30 cap normal hours (8/48, regular_*_max); C1 Art. 6
#     leaves overtime to national regulations. No ILO instrument encoded here caps
#     total hours.
#   - working_hours.overtime_voluntary: ETI cl. 6.3; ILO conventions do not require
#     overtime to be voluntary.
#   - wages.no_disciplinary_deductions: C95 Art. 8 leaves disciplinary deductions to
#     national law; only the ETI Base Code (cl. 5.3) bans them.
_code_only := {"working_hours.total_weekly_max", "working_hours.overtime_voluntary", "wages.no_disciplinary_deductions"}

# Ids no international instrument or industry code encoded here sets.
#   - due_diligence.risk_assessment_interval_months: the UNGPs and the OECD ask for
#     ongoing assessment at regular intervals; none of them sets a number of months.
#   - working_hours.overtime_pay_threshold_weekly: a national device (e.g. FLSA s. 7(a));
#     C1 and C30 set limits on normal hours (regular_*_max), not pay thresholds.
#   - working_hours.overtime_{daily,weekly,monthly,yearly}_max and total_daily_max:
#     C1 Art. 6 leaves the cases of overtime (temporary exceptions) to regulations
#     made by the public authority after consultation, and sets no number
#     (ILO supervisory comments). C30's exception articles were not checked; no number
#     from them is known or encoded. ETI (since the 2014 revision) and RBA cap only
#     total weekly hours.
_no_international := {
	"working_hours.overtime_pay_threshold_daily",
	"due_diligence.risk_assessment_interval_months",
	"working_hours.overtime_pay_threshold_weekly",
	"working_hours.overtime_daily_max",
	"working_hours.overtime_weekly_max",
	"working_hours.overtime_monthly_max",
	"working_hours.overtime_yearly_max",
	"working_hours.total_daily_max",
}

_international_ids contains s.requirement if {
	some [_, s] in _all
	s.profile == "international"
}

# Ids the engine raises itself (no pack sets them), if the catalogue lists any.
_engine_level := object.get(catalogue, "engine_level", set())

test_international_profile_covers_the_catalogue if {
	missing := {id |
		some id, _ in catalogue.requirements
		not id in _code_only
		not id in _no_international
		not id in _engine_level
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

test_no_source_for_ids_no_instrument_sets if {
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
	"defers_to_national_law": "yes",
	"statute": {"value": "three", "unit": "weeks"},
}

_bad_grounds := {
	"requirement": "non_discrimination.grounds",
	"value": ["race", "gender"],
	"instrument": "X",
	"article": "Art. 1",
	"url": "https://example.org",
	"effective_from": "2000-01-01",
	"binding": "soft_law",
	"verification": "primary",
	"profile": "international",
	"statute": {"value": 2, "unit": "grounds", "conversion": "none"},
}

test_checks_catch_a_secondary_value_without_pages if {
	v := _violations with data.hrdd.standards as {"x": {"sources": {object.union(_bad_grounds, {"verification": "secondary", "value": ["race"]}), object.union(_bad_grounds, {"value": ["sex"], "checked_against": [{"url": "ftp://x", "title": ""}]})}}}
	some a in v
	contains(a, "secondary without checked_against")
	some b in v
	contains(b, "malformed checked_against")
}

test_checks_catch_a_malformed_source if {
	v := _violations with data.hrdd.standards as {"x": {"sources": {_bad_source, _bad_grounds}}}
	some f in v
	contains(f, "defers_to_national_law must be a boolean")
	some g in v
	contains(g, "statute must be")
	some h in v
	contains(h, "value gender outside the catalogue vocabulary")
	some i in v
	contains(i, "statute on a requirement that is not floor or ceiling")
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
