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
	contains(_r.set_by, "Minimum Wage Commission")
	startswith(_r.revision, "every year")
	contains(_r.revision, "1 January (Art. 10(2))")
	_r.instrument == "Minimum Wage Act (최저임금법)"
	_r.article == "Arts. 4, 8, 10, 12, 14"
	_r.effective_from == "1988-01-01"
}

test_regime_is_unverified_and_says_so if {
	_r.verification == "unverified"
	_r.checked_against == []
	some n in _r.notes
	contains(n, "not re-read in this pass")
}

test_scope_noted if {
	some n in _r.notes
	contains(n, "Art. 3(1)")
	contains(n, "Amounts are not encoded")
}
