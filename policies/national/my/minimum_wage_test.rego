package hrdd.national.my_minimum_wage_test

import data.hrdd.checks.official
import data.hrdd.national.my

_r := my.minimum_wage_regime

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

test_regime_is_national if {
	_r.level == "national"
	contains(_r.set_by, "minimum wages order")
	contains(_r.set_by, "National Wages Consultative Council")
	contains(_r.set_by, "(ss. 22-23)")
	startswith(_r.revision, "at least once every two years")
	contains(_r.revision, "(s. 25(1))")
	_r.article == "ss. 5, 22-25, 43"
	_r.url == "https://lom.agc.gov.my/"
	_r.effective_from == "2022-05-01"
}

test_regime_secondary_names_what_it_read if {
	_r.verification == "secondary"
	count(_r.checked_against) == 3
	contains(_r.checked_against[0].title, "D.R. 17/2011")
}

test_national_rate_and_sectors_noted if {
	some n in _r.notes
	contains(n, "one national monthly rate")
	contains(n, "Amounts are not encoded as values")
}
