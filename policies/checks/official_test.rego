package hrdd.checks.official_test

import data.hrdd.checks.official

# Every url a report shows: source values, ratifications, due-diligence laws.
_urls contains [sprintf("standards.%s %s %s", [name, s.requirement, s.instrument]), s.url] if {
	some name
	some s in data.hrdd.standards[name].sources
}

_urls contains [sprintf("national.%s %s %s", [cc, s.requirement, s.instrument]), s.url] if {
	some cc
	some s in data.hrdd.national[cc].sources
	is_string(s.url)
}

_urls contains [sprintf("national.%s ratification %s", [cc, code]), r.url] if {
	some cc
	some code, r in data.hrdd.national[cc].ratifications
	is_string(r.url)
}

_urls contains [sprintf("dd.%s %s %s", [law, s.requirement, s.instrument]), s.url] if {
	some law
	some s in data.hrdd.dd[law].sources
}

_urls contains [sprintf("dd.%s law", [law]), data.hrdd.dd[law].law.url] if {
	some law
	data.hrdd.dd[law].law
}

# METADATA
# title: Every url is the official text or the issuing organisation
test_every_url_is_official if {
	bad := {[where, url] |
		some [where, url] in _urls
		not official.official(url)
	}
	print("not official:", count(bad), bad)
	count(bad) == 0
}

# checked_against names the secondary page read: a list of {url, title}.
_checked contains [where, c] if {
	some cc
	some s in data.hrdd.national[cc].sources
	some c in object.get(s, "checked_against", [])
	where := sprintf("national.%s %s", [cc, s.requirement])
}

_checked contains [where, c] if {
	some name
	some s in data.hrdd.standards[name].sources
	some c in object.get(s, "checked_against", [])
	where := sprintf("standards.%s %s", [name, s.requirement])
}

_checked contains [where, c] if {
	some law
	some s in data.hrdd.dd[law].sources
	some c in object.get(s, "checked_against", [])
	where := sprintf("dd.%s %s", [law, s.requirement])
}

test_checked_against_is_well_formed if {
	bad := {[where, c] |
		some [where, c] in _checked
		not _checked_ok(c)
	}
	print("bad checked_against:", bad)
	count(bad) == 0
}

_checked_ok(c) if {
	is_object(c)
	startswith(c.url, "http")
	is_string(c.title)
	c.title != ""
	object.keys(c) == {"url", "title"}
}

# A secondary value names the page it was checked against.
test_secondary_values_name_what_they_were_checked_against if {
	bad := {where |
		some cc
		some s in data.hrdd.national[cc].sources
		s.verification == "secondary"
		not s.checked_against
		where := sprintf("national.%s %s %s", [cc, s.requirement, s.instrument])
	}
	print("secondary without checked_against:", count(bad), bad)
	count(bad) == 0
}

test_hosts if {
	official.official("https://laws.e-gov.go.jp/law/322AC0000000049")
	official.official("https://normlex.ilo.org/dyn/nrmlx_en/f?p=1")
	not official.official("https://lawnet.vn/x")
	not official.official("https://example-gov.cn.evil.com/")
	not official.official("https://notlaw.go.kr.example.org/")
	official.host("http://the-uncensored-wiki.com:20082/a") == "the-uncensored-wiki.com"
}

# At most 15 % of a pack's workplace requirements may be "not encoded" (or
# have no entry at all) on the reference date: the rest is a value, a cited
# absence or a cited restriction.
_reference_date := "2026-12-01"

_workplace_ids := {id |
	some id, _ in data.hrdd.catalogue.requirements
	not id in data.hrdd.catalogue.company_level
	not id in object.get(data.hrdd.catalogue, "engine_level", set())
}

_in_force(s) if {
	s.effective_from <= _reference_date
	object.get(s, "effective_to", "9999-12-31") > _reference_date
}

# An entry that applies to ordinary workplaces: not one confined to a zone.
_ordinary(s) if not s.conditions.zones

_encoded(cc, id) if {
	some s in data.hrdd.national[cc].sources
	s.requirement == id
	_in_force(s)
	_ordinary(s)
	object.get(s, "entry", "value") != "not_encoded"
}

_missing(cc) := {id | some id in _workplace_ids; not _encoded(cc, id)}

# Known, dated exceptions to the 15 % rule, each with what is missing and
# why; docs/open-questions.md says what would settle them. An exception is
# pinned to exactly its list: anything else missing fails the test.
_coverage_exceptions := {"in": {
	# The OSH Code 2020 (from 2025-11-21) sets no cap on overtime or total
	# hours and leaves the daily hours after which overtime is paid to Rules
	# ("as may be prescribed", s. 27): the Central Rules bind only the central
	# sphere (mines, ports, railways, banks, insurers) and State Rules the
	# factories; neither was read, and hrdd has no attribute for the State.
	# Retention of identity documents was not checked in passport, criminal
	# or State law.
	"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max",
	"working_hours.overtime_monthly_max", "working_hours.overtime_yearly_max",
	"working_hours.total_daily_max", "working_hours.total_weekly_max",
	"working_hours.overtime_pay_threshold_daily",
	"forced_labour.no_retention_of_identity_documents",
}}

test_not_encoded_is_the_exception if {
	bad := {[cc, missing, count(_workplace_ids)] |
		some cc
		data.hrdd.national[cc].name
		not _coverage_exceptions[cc]
		missing := _missing(cc)
		count(missing) * 100 > count(_workplace_ids) * 15
	}
	print("packs with more than 15 % not encoded:", bad)
	count(bad) == 0
}

test_coverage_exceptions_are_exactly_what_is_missing if {
	bad := {[cc, _missing(cc) - want, want - _missing(cc)] |
		some cc, want in _coverage_exceptions
		_missing(cc) != want
	}
	print("coverage exceptions out of date (new gaps, closed gaps):", bad)
	count(bad) == 0
}

# Every pack says how its minimum wage is set, cited and on an official host.
_regime_levels := {"national", "regional", "sectoral", "regional_and_sectoral", "national_and_sectoral", "none"}

test_every_pack_states_its_minimum_wage_regime if {
	bad := {[cc, problem] |
		some cc
		data.hrdd.national[cc].name
		problem := _regime_problem(object.get(data.hrdd.national[cc], "minimum_wage_regime", null))
	}
	print("minimum wage regimes:", bad)
	count(bad) == 0
}

_regime_problem(r) := "missing" if r == null

else := "level" if not r.level in _regime_levels

else := "set_by, revision, instrument or article" if {
	some f in ["set_by", "revision", "instrument", "article"]
	not is_string(r[f])
} else := "url not official" if not official.official(r.url)

else := "verification" if not r.verification in {"primary", "secondary", "unverified"}

else := "secondary without checked_against" if {
	r.verification == "secondary"
	not r.checked_against
}
