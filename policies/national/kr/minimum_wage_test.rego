package hrdd.national.kr_minimum_wage_test

import data.hrdd.checks.official
import data.hrdd.national.kr

_r := kr.minimum_wage_regime

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
	contains(_r.set_by, "Minister of Employment and Labor")
	contains(_r.set_by, "Minimum Wage Commission (Art. 8(1))")
	contains(_r.set_by, "(Art. 14(1))")
	startswith(_r.revision, "every year")
	contains(_r.revision, "by 5 August (Art. 8(1))")
	contains(_r.revision, "1 January of the next year")
	contains(_r.revision, "(Art. 10)")
	_r.instrument == "Minimum Wage Act (최저임금법)"
	_r.article == "Arts. 4, 8, 10, 12, 14"
	_r.effective_from == "1988-01-01"
}

# Read in a verbatim copy of the law.go.kr text: primary, and the copy is named.
test_regime_is_primary_and_names_the_copy if {
	_r.verification == "primary"
	count(_r.checked_against) == 1
	some c in _r.checked_against
	contains(c.title, "verbatim copy")
	contains(c.url, "legalize-kr")
}

test_scope_noted if {
	some n in _r.notes
	contains(n, "Art. 3(1)")
	contains(n, "Art. 5(1)")
	contains(n, "Amounts are not encoded")
}

test_differentiation_by_business_is_practice if {
	some n in _r.notes
	contains(n, "Art. 4(1)")
	contains(n, "practice, not checked")
}
