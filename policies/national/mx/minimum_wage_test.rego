# Tests of the minimum wage regime (minimum_wage.rego) of the MX pack: the contract's
# fields, official url, pages read, values and notes. A package of its own, so as not to
# clash with the pack's test package.
package hrdd.national.mx_minimum_wage_test

import data.hrdd.checks.official
import data.hrdd.main
import data.hrdd.national.mx

_r := mx.minimum_wage_regime

_input := {"country": "MX", "as_of": "2026-11-30", "profiles": ["international"], "context": {}}

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
# title: Mexico — CONASAMI, area and occupational rates, read in copies of the official texts
test_regime_values if {
	_r.level == "regional_and_sectoral"
	_r.verification == "primary"
	_r.article == "Const. Art. 123 A (VI); LFT Arts. 90-97, 551-574"
	_r.effective_from == "1970-05-01"
	startswith(_r.url, "https://www.diputados.gob.mx/")
	contains(_r.set_by, "CONASAMI")
	contains(_r.set_by, "Art. 557 (VIII)")
	contains(_r.set_by, "Arts. 96, 557 (III)")
	startswith(_r.revision, "Every year")
	contains(_r.revision, "1 January of the next year (Art. 570)")
	contains(_r.revision, "31 December (Art. 571)")
	contains(_r.revision, "Arts. 570, 573")
}

# METADATA
# title: Mexico — primary, the copies read are named as verbatim copies
test_regime_primary_names_the_copies if {
	copies := [c | some c in _r.checked_against; contains(c.title, "verbatim copy")]
	count(copies) == 2
	some c in copies
	contains(c.title, "LFT")
	contains(c.title, "551-574")
}

# METADATA
# title: Mexico — general rates by area, professional rates by occupation
test_regime_notes_general_and_professional if {
	some n in _r.notes
	contains(n, "(Arts. 91, 92)")
	contains(n, "(Art. 93)")
	contains(n, "(Art. 96)")
}

# METADATA
# title: Mexico — the dated, cited 2026 area rates are in a note only
test_regime_notes_rates if {
	some n in _r.notes
	contains(n, "Northern Border Free Zone")
	contains(n, "1 January 2026")
	contains(n, "Amounts are not encoded")
}
