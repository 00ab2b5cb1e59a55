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
	every level in ["(UMP)", "(UMK)", "(UMSP", "(UMSK)"] {
		contains(_r.set_by, level)
	}
	contains(_r.set_by, "168/PUU-XXI/2023")
	contains(_r.set_by, "GR 49/2025")
	startswith(_r.revision, "every year")
	contains(_r.revision, "alpha between 0.50 and 0.90")
	contains(_r.revision, "1 January 2026")
	_r.url == "https://peraturan.bpk.go.id/"
}

test_regime_from_gr_49_2025 if {
	_r.effective_from == "2025-12-17"
	contains(_r.instrument, "GR No. 49 of 2025")
	contains(_r.article, "GR 49/2025 Art. II")
}

test_regime_is_primary_for_the_articles_read_in_the_certified_copy if {
	_r.verification == "primary"
	pasal := [c | some c in _r.checked_against; startswith(c.url, "https://pasal.id/")]
	count(pasal) == 3
	every c in pasal {
		contains(c.title, "GR 49/2025")
	}
	some n in _r.notes
	contains(n, "Primary for GR 49/2025 Arts. 27, 35C and II")
}

test_court_decision_dated_and_new_law_left_open if {
	some c in _r.checked_against
	contains(c.title, "31 October 2024")
	some n in _r.notes
	contains(n, "was not checked")
	contains(n, "new Manpower Law")
}

test_no_amount_encoded if {
	some n in _r.notes
	contains(n, "Amounts are not encoded")
}
