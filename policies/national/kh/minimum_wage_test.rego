# Tests of the minimum wage regime (minimum_wage.rego) of the KH pack: the contract's
# fields, official url, pages read, values and notes. A package of its own, so as not to
# clash with the pack's test package.
package hrdd.national.kh_minimum_wage_test

import data.hrdd.checks.official
import data.hrdd.main
import data.hrdd.national.kh

_r := kh.minimum_wage_regime

_input := {"country": "KH", "as_of": "2026-11-30", "profiles": ["international"], "context": {}}

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
# title: Cambodia — Prakas of the Ministry, in practice for textile, garment and footwear
test_regime_values if {
	_r.level == "sectoral"
	_r.verification == "secondary"
	_r.instrument == "Labour Law 1997 (Kram CS/RKM/0397/01)"
	_r.article == "Arts. 104-105, 107"
	_r.effective_from == "1997-03-13"
	startswith(_r.url, "https://www.mlvt.gov.kh/")
	contains(_r.set_by, "Prakas (Labour Law Art. 107)")
	contains(_r.set_by, "National Council on Minimum Wage")
	startswith(_r.revision, "In practice")
}

# METADATA
# title: Cambodia — the regime matches the pack's minimum-wage entry
test_regime_matches_pack_entry if {
	some s in kh.sources
	s.requirement == "wages.minimum_wage_paid"
	s.article == _r.article
	s.checked_against == _r.checked_against
}

# METADATA
# title: Cambodia — the Law on Minimum Wage 2018 is named as not read
test_regime_notes_2018_law if {
	some n in _r.notes
	contains(n, "Law on Minimum Wage 2018")
	contains(n, "not read")
}

# METADATA
# title: Cambodia — the 2026 rate's Prakas and the yearly practice are stated
test_regime_2026_rate_noted if {
	contains(_r.revision, "Prakas No. 214 of 17 September 2025")
	contains(_r.revision, "National Council for Minimum Wage")
	some n in _r.notes
	contains(n, "US$210 a month from 1 January 2026")
	count(_r.checked_against) == 6
}
