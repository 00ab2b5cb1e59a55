# Tests of the minimum wage regime (minimum_wage.rego) of the BD pack: the contract's
# fields, official url, pages read, values and notes. A package of its own, so as not to
# clash with the pack's test package.
package hrdd.national.bd_minimum_wage_test

import data.hrdd.checks.official
import data.hrdd.main
import data.hrdd.national.bd

_r := bd.minimum_wage_regime

_input := {"country": "BD", "as_of": "2026-11-30", "profiles": ["international"], "context": {}}

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
# title: Bangladesh — sectoral rates recommended by the Minimum Wage Board, declared by the Government
test_regime_values if {
	_r.level == "sectoral"
	_r.verification == "primary"
	_r.article == "ss. 138-149 (Ch. XI)"
	_r.effective_from == "2006-10-11"
	startswith(_r.url, "http://bdlaws.minlaw.gov.bd/")
	contains(_r.set_by, "Minimum Wage Board")
	contains(_r.set_by, "s. 140")
	contains(_r.revision, "s. 139(6)")
	contains(_r.revision, "every five years")
	contains(_r.revision, "three years")
	contains(_r.revision, "not stated as law")
}

# METADATA
# title: Bangladesh — the garment rate is a dated, cited note, never a value
test_regime_garment_rate_note if {
	some n in _r.notes
	contains(n, "Tk 12,500")
	contains(n, "1 December 2023")
	urls := {c.url | some c in _r.checked_against}
	"https://www.thedailystar.net/business/news/govt-publishes-gazette-new-rmg-wage-3468181" in urls
}

# METADATA
# title: Bangladesh — export processing zones are outside the Labour Act
test_regime_notes_epz if {
	some n in _r.notes
	contains(n, "export processing zones")
}
