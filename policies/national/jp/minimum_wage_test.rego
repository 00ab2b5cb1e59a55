package hrdd.national.jp_minimum_wage_test

import data.hrdd.checks.official
import data.hrdd.national.jp

_r := jp.minimum_wage_regime

test_regime_fields if {
	object.keys(_r) == {"level", "set_by", "revision", "instrument", "article", "url", "effective_from", "binding", "verification", "checked_against", "notes"}
	_r.binding == "law"
	regex.match(`^\d{4}-\d{2}-\d{2}$`, _r.effective_from)
	_r.effective_from <= "2026-11-30"
	official.official(_r.url)
	every c in _r.checked_against {
		object.keys(c) == {"url", "title"}
		regex.match(`^https?://`, c.url)
		c.title != ""
	}
	count(_r.notes) > 0
}

test_regime_is_regional_and_sectoral if {
	_r.level == "regional_and_sectoral"
	contains(_r.set_by, "Prefectural Labour Bureau")
	contains(_r.set_by, "Local (or Central) Minimum Wages Council")
	contains(_r.set_by, "(Art. 10(1))")
	contains(_r.set_by, "(Art. 15)")
	contains(_r.revision, "no interval fixed in the Act (Art. 12)")
	contains(_r.revision, "practice, not law")
	_r.instrument == "Minimum Wage Act (Act No. 137 of 1959)"
	_r.article == "Arts. 3, 4, 6, 9, 10, 12, 15, 16"
	_r.url == "https://laws.e-gov.go.jp/law/334AC0000000137"
	_r.effective_from == "2008-07-01"
}

# Checked against named secondary pages (the Act's text was not read): secondary, and the
# note says which article numbers were not checked against the text.
test_regime_is_secondary_and_says_what_was_checked if {
	_r.verification == "secondary"
	count(_r.checked_against) >= 3
	some c in _r.checked_against
	contains(c.title, "Art. 10(1)")
	some n in _r.notes
	startswith(n, "Verification:")
	contains(n, "Arts. 3, 4, 6, 15 and 16 were read verbatim")
	some v in _r.checked_against
	contains(v.title, "verbatim")
	contains(v.title, "Art. 15")
}

test_specific_minimum_wages_noted if {
	some n in _r.notes
	contains(n, "Specific (industry) minimum wages")
	contains(n, "Art. 16")
	contains(n, "the higher one is due (Art. 6)")
}

test_no_amount_encoded if {
	some n in _r.notes
	contains(n, "Amounts are not encoded")
}
