package hrdd.national.cn_minimum_wage_test

import data.hrdd.checks.official
import data.hrdd.national.cn

_r := cn.minimum_wage_regime

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

test_regime_is_provincial if {
	_r.level == "regional"
	contains(_r.set_by, "provinces, autonomous regions and municipalities")
	contains(_r.set_by, "State Council")
	contains(_r.set_by, "(Art. 48)")
	contains(_r.revision, "no interval fixed in the Labour Law")
	contains(_r.revision, "at least once every two years under the Provisions on Minimum Wages 2004")
	contains(_r.revision, "were not read")
	_r.article == "Arts. 48, 49"
	_r.url == "https://flk.npc.gov.cn/"
	_r.effective_from == "1995-01-01"
}

test_regime_read_in_a_verbatim_copy if {
	_r.verification == "primary"
	count(_r.checked_against) == 1
	contains(_r.checked_against[0].title, "verbatim")
}

test_monthly_and_hourly_rates_noted if {
	some n in _r.notes
	contains(n, "monthly rate for full-time and an hourly rate for part-time")
	contains(n, "Amounts are not encoded")
}
