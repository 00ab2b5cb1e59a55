package hrdd.national.th_minimum_wage_test

import data.hrdd.checks.official
import data.hrdd.national.th

_r := th.minimum_wage_regime

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
	contains(_r.set_by, "Wage Committee (s. 78)")
	contains(_r.set_by, "Government Gazette")
	contains(_r.revision, "no interval fixed in the Act")
	contains(_r.revision, "(s. 87)")
	_r.instrument == "Labour Protection Act B.E. 2541 (1998), as amended"
	_r.article == "ss. 78, 79, 82, 84, 87-90"
	_r.url == "https://www.krisdika.go.th/"
	_r.effective_from == "2017-09-01"
}

test_regime_read_in_the_consolidated_text if {
	_r.verification == "primary"
	contains(_r.checked_against[0].title, "Council of State")
}

test_province_and_business_noted if {
	some n in _r.notes
	contains(n, "site\u0027s province")
	contains(n, "Skill-standard wages")
	contains(n, "Amounts are not encoded")
}
