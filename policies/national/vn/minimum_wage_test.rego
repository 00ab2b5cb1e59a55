package hrdd.national.vn_minimum_wage_test

import data.hrdd.checks.official
import data.hrdd.national.vn

_r := vn.minimum_wage_regime

test_regime_fields if {
	object.keys(_r) == {"level", "set_by", "revision", "instrument", "article", "url", "effective_from", "binding", "verification", "checked_against", "notes"}
	_r.binding == "law"
	regex.match(`^\d{4}-\d{2}-\d{2}$`, _r.effective_from)
	_r.effective_from <= "2026-11-30"
	official.official(_r.url)
	every c in _r.checked_against {
		object.keys(c) == {"url", "title"}
		startswith(c.url, "https://")
		c.title != ""
	}
	count(_r.notes) > 0
}

test_regime_is_regional if {
	_r.level == "regional"
	contains(_r.set_by, "Government by decree")
	contains(_r.set_by, "National Wage Council")
	contains(_r.revision, "each year the National Wage Council negotiates")
	contains(_r.revision, "Art. 50(4)")
	_r.instrument == "Labour Code No. 45/2019/QH14"
	contains(_r.article, "Decree No. 293/2025/ND-CP Arts. 3-4")
	_r.url == "https://vbpl.vn/"
	_r.effective_from == "2021-01-01"
}

test_regime_read_in_the_codification if {
	_r.verification == "primary"
	contains(_r.checked_against[0].title, "Bo phap dien")
}

test_four_regions_for_2026_noted if {
	some n in _r.notes
	contains(n, "four regions")
	contains(n, "5,310,000")
	contains(n, "3,700,000 and 17,800 (IV)")
	contains(n, "Amounts are not encoded as values")
}

test_highest_rate_in_zones_noted if {
	some n in _r.notes
	contains(n, "the highest applies")
}
