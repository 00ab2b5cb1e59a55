package hrdd.national.id_minimum_wage_test

import data.hrdd.checks.official
import data.hrdd.national.id

_r := id.minimum_wage_regime

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

test_regime_is_regional_and_sectoral if {
	_r.level == "regional_and_sectoral"
	contains(_r.set_by, "provincial governors")
	contains(_r.set_by, "(UMP)")
	contains(_r.set_by, "(UMK)")
	contains(_r.set_by, "GR 51/2023")
	startswith(_r.revision, "every year")
	contains(_r.revision, "not checked")
	_r.url == "https://peraturan.bpk.go.id/"
	_r.effective_from == "2020-11-02"
}

test_regime_is_unverified_and_says_so if {
	_r.verification == "unverified"
	_r.checked_against == []
	some n in _r.notes
	contains(n, "168/PUU-XXI/2023")
	contains(n, "were not checked")
}

test_no_amount_encoded if {
	some n in _r.notes
	contains(n, "Amounts are not encoded")
}
