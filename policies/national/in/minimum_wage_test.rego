# Tests of the minimum wage regime (minimum_wage.rego) of the IN pack: the contract's
# fields, official url, pages read, values and notes. A package of its own, so as not to
# clash with the pack's test package.
package hrdd.national.in_minimum_wage_test

import data.hrdd.checks.official
import data.hrdd.main
import data.hrdd.national.in as india

_r := india.minimum_wage_regime

_input := {"country": "IN", "as_of": "2026-11-30", "profiles": ["international"], "context": {}}

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
# title: India — by the appropriate Government, above the Central floor wage (Code on Wages 2019)
test_regime_values if {
	_r.level == "regional"
	_r.verification == "primary"
	_r.instrument == "Code on Wages 2019 (Act No. 29 of 2019)"
	_r.article == "ss. 5, 6, 9"
	_r.effective_from == "2025-11-21"
	startswith(_r.url, "https://www.labour.gov.in/")
	contains(_r.set_by, "appropriate Government")
	contains(_r.set_by, "floor wage fixed by the Central Government (s. 9)")
	contains(_r.revision, "not read")
}

# METADATA
# title: India — the earlier regime (Minimum Wages Act 1948) is named in the notes
test_regime_notes_earlier_act if {
	some n in _r.notes
	contains(n, "Minimum Wages Act 1948")
	contains(n, "Before 21 November 2025")
}
