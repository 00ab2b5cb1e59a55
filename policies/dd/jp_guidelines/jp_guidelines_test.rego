package hrdd.dd.jp_guidelines_test

import data.hrdd.dd.jp_guidelines

_in(as_of, company, countries) := {"as_of": as_of, "company": company, "operations": {"countries": countries}}

_foreign(presence) := {"name": "X", "headquarters": "DE", "presence": {"JP": presence}}

test_japanese_headquarters_applies if {
	r := jp_guidelines.applicability with input as _in("2024-01-01", {"name": "X", "headquarters": "JP"}, ["JP"])
	r.status == "applies"
	contains(r.reason, "Guidelines 1.3")
}

test_branch_applies if {
	jp_guidelines.applicability.status == "applies" with input as _in("2024-01-01", _foreign("branch"), ["DE", "JP"])
}

test_japanese_subsidiary if {
	jp_guidelines.applicability.status == "applies_to_subsidiary" with input as _in("2024-01-01", _foreign("subsidiary"), ["DE", "JP"])
}

test_presence_none if {
	jp_guidelines.applicability.status == "not_applicable" with input as _in("2024-01-01", _foreign("none"), ["DE"])
}

test_unstated_presence_with_employees_names_pointer if {
	r := jp_guidelines.applicability with input as _in("2024-01-01", {"name": "X", "headquarters": "DE", "employees_by_country": {"JP": 1}}, ["DE", "JP"])
	r.status == "unknown"
	contains(r.reason, "needs /company/presence/JP")
}

test_unstated_presence_with_site_names_pointer if {
	r := jp_guidelines.applicability with input as _in("2024-01-01", {"name": "X", "headquarters": "US"}, ["JP", "US"])
	r.status == "unknown"
	contains(r.reason, "needs /company/presence/JP")
}

test_zero_employees_in_japan_does_not_count if {
	jp_guidelines.applicability.status == "not_applicable" with input as _in("2024-01-01", {"name": "X", "headquarters": "DE", "employees_by_country": {"JP": 0}}, ["DE"])
}

test_no_japanese_presence if {
	jp_guidelines.applicability.status == "not_applicable" with input as _in("2024-01-01", {"name": "X", "headquarters": "US"}, ["US", "VN"])
}

test_no_operations_object if {
	jp_guidelines.applicability.status == "not_applicable" with input as {"as_of": "2024-01-01", "company": {"name": "X", "headquarters": "US"}}
}

test_date_edge if {
	jp_guidelines.applicability.status == "not_applicable" with input as _in("2022-09-12", {"name": "X", "headquarters": "JP"}, [])
	jp_guidelines.applicability.status == "applies" with input as _in("2022-09-13", {"name": "X", "headquarters": "JP"}, [])
}

test_soft_law if {
	jp_guidelines.law.binding == "soft_law"
	every s in jp_guidelines.sources {
		s.binding == "soft_law"
		s.effective_from == jp_guidelines.law.effective_from
	}
}

test_no_unverified_stakeholders if {
	not "due_diligence.stakeholders" in {s.requirement | some s in jp_guidelines.sources}
}

test_url_is_the_meti_page_and_summaries_are_checked_against if {
	jp_guidelines.law.url == "https://www.meti.go.jp/english/press/2022/0913_001.html"
	every s in jp_guidelines.sources {
		s.url == jp_guidelines.law.url
		count(s.checked_against) > 0
	}
}
