# Tests of the minimum wage regime (minimum_wage.rego) of the PH pack: the contract's
# fields, official url, pages read, values and notes. A package of its own, so as not to
# clash with the pack's test package.
package hrdd.national.ph_minimum_wage_test

import data.hrdd.checks.official
import data.hrdd.main
import data.hrdd.national.ph

_r := ph.minimum_wage_regime

_input := {"country": "PH", "as_of": "2026-11-30", "profiles": ["international"], "context": {}}

# METADATA
# title: The regime has the contract's fields and no others (no amount)
test_regime_fields if {
	object.keys(_r) == {"level", "set_by", "revision", "instrument", "article", "url", "effective_from", "binding", "verification", "checked_against", "notes"}
	every f in ["set_by", "revision", "instrument", "article"] {
		is_string(_r[f])
		_r[f] != ""
	}
	every _, v in _r {
		not is_number(v)
	}
	_r.binding == "law"
	regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`, _r.effective_from)
	_r.effective_from <= "2026-11-30"
	count(_r.notes) > 0
}

# METADATA
# title: The url is official; the pages read are in checked_against, well formed
test_regime_sources if {
	official.official(_r.url)
	count(_r.checked_against) > 0
	every c in _r.checked_against {
		object.keys(c) == {"url", "title"}
		startswith(c.url, "http")
		c.title != ""
	}
}

# METADATA
# title: The regime reaches the country metadata that reports show
test_regime_in_country_metadata if {
	m := main.country with input as _input
	m.minimum_wage_regime.level == _r.level
	m.minimum_wage_regime.article == _r.article
}

# METADATA
# title: Philippines — regional boards' wage orders, by region and agricultural or not (RA 6727)
test_regime_values if {
	_r.level == "regional_and_sectoral"
	_r.verification == "secondary"
	_r.article == "Art. 99, as amended by RA 6727, Sec. 3"
	_r.effective_from == "1989-06-09"
	_r.url == "https://www.officialgazette.gov.ph/"
	contains(_r.set_by, "Regional Tripartite Wages and Productivity Board")
	contains(_r.set_by, "agricultural and non-agricultural")
	contains(_r.revision, "not read")
	count(_r.checked_against) == 4
}

# METADATA
# title: Philippines — no 2025 change (the legislated wage bills lapsed, the boards still set rates)
test_regime_unchanged_in_2025 if {
	some n in _r.notes
	contains(n, "19th Congress")
	contains(n, "18 July 2025")
	some c in _r.checked_against
	startswith(c.url, "https://mb.com.ph/2025/07/01/")
}

# METADATA
# title: Philippines — the regime matches the pack's minimum-wage entry
test_regime_matches_pack_entry if {
	some s in ph.sources
	s.requirement == "wages.minimum_wage_paid"
	s.article == "Art. 99, as amended by RA 6727"
	s.checked_against == _r.checked_against
}
