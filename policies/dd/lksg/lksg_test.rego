package hrdd.dd.lksg_test

import data.hrdd.dd.lksg

_company(de) := {"name": "X", "headquarters": "DE", "employees_by_country": {"DE": de}}

test_threshold_3000_in_2023 if {
	lksg.applicability.status == "not_applicable" with input as {"as_of": "2023-06-01", "company": _company(2000)}
	lksg.applicability.status == "applies" with input as {"as_of": "2023-06-01", "company": _company(3000)}
}

test_threshold_1000_from_2024 if {
	lksg.applicability.status == "not_applicable" with input as {"as_of": "2023-12-31", "company": _company(1000)}
	lksg.applicability.status == "applies" with input as {"as_of": "2024-01-01", "company": _company(1000)}
	lksg.applicability.status == "not_applicable" with input as {"as_of": "2024-01-01", "company": _company(999)}
}

test_unknown_without_german_headcount if {
	lksg.applicability.status == "unknown" with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "DE", "employees": 5000}}
}

test_small_total_is_not_applicable if {
	lksg.applicability.status == "not_applicable" with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "DE", "employees": 500}}
}

test_foreign_company_without_german_staff if {
	lksg.applicability.status == "not_applicable" with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "JP"}}
}

test_foreign_company_with_german_branch if {
	lksg.applicability.status == "applies" with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "JP", "employees_by_country": {"DE": 1200}}}
}

test_effectiveness_tracking_and_reporting if {
	{"due_diligence.effectiveness_tracking", "due_diligence.public_reporting"} == {s.requirement | some s in lksg.sources; s.requirement in {"due_diligence.effectiveness_tracking", "due_diligence.public_reporting"}}
}

test_reporting_duty_has_no_end_date_until_amendment_is_promulgated if {
	some s in lksg.sources
	s.requirement == "due_diligence.public_reporting"
	not "effective_to" in object.keys(s)
}
