package hrdd.national.tw_minimum_wage_test

# Tests of the regime in minimum_wage.rego, written by the tw pack; its facts were
# checked again against the Minimum Wage Act in the kong0107/mojLawSplitJSON mirror
# (Laws & Regulations Database update of 11 October 2024): Arts. 4-7, 9-10, 13-15, 19.

import data.hrdd.checks.official
import data.hrdd.national.tw

_r := tw.minimum_wage_regime

test_regime_fields if {
	object.keys(_r) == {"level", "set_by", "revision", "instrument", "article", "url", "effective_from", "binding", "verification", "checked_against", "notes"}
	_r.binding == "law"
	regex.match(`^\d{4}-\d{2}-\d{2}$`, _r.effective_from)
	official.official(_r.url)
	every c in _r.checked_against {
		object.keys(c) == {"url", "title"}
		startswith(c.url, "https://")
		c.title != ""
	}
}

test_regime_is_national if {
	_r.level == "national"
	contains(_r.set_by, "Minimum Wage Deliberation Committee")
	contains(_r.set_by, "Executive Yuan")
	contains(_r.revision, "third quarter")
	contains(_r.revision, "1 January")
	contains(_r.instrument, "Minimum Wage Act")
	_r.url == "https://law.moj.gov.tw/Eng/LawClass/LawAll.aspx?pcode=N0030028"
	_r.effective_from == "2024-01-01"
}

test_regime_read_in_the_database if {
	_r.verification == "primary"
	count(_r.checked_against) > 0
}

test_monthly_and_hourly_and_basic_wage_noted if {
	some n in _r.notes
	contains(n, "monthly and an hourly minimum wage (Art. 4)")
	some m in _r.notes
	contains(m, "basic wage")
	contains(m, "Art. 15")
}
