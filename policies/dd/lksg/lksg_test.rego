package hrdd.dd.lksg_test

import data.hrdd.dd.lksg

_company(de) := {"name": "X", "headquarters": "DE", "employees_by_country": {"DE": de}}

_foreign(presence, de) := {"name": "X", "headquarters": "JP", "presence": {"DE": presence}, "employees_by_country": {"DE": de}}

_in(company) := {"as_of": "2024-06-01", "company": company, "operations": {"countries": object.keys(object.get(company, "employees_by_country", {})) | {company.headquarters}}}

test_threshold_3000_in_2023 if {
	lksg.applicability.status == "not_applicable" with input as {"as_of": "2023-06-01", "company": _company(2999)}
	lksg.applicability.status == "applies" with input as {"as_of": "2023-06-01", "company": _company(3000)}
}

test_threshold_1000_from_2024 if {
	lksg.applicability.status == "not_applicable" with input as {"as_of": "2023-12-31", "company": _company(1000)}
	lksg.applicability.status == "applies" with input as {"as_of": "2024-01-01", "company": _company(1000)}
	lksg.applicability.status == "not_applicable" with input as {"as_of": "2024-01-01", "company": _company(999)}
}

test_before_entry_into_force if {
	lksg.applicability.status == "not_applicable" with input as {"as_of": "2022-12-31", "company": _company(9000)}
}

test_seat_reason_names_article if {
	r := lksg.applicability with input as _in(_company(1200))
	r.status == "applies"
	contains(r.reason, "§ 1(1) sent. 1 no. 1")
	contains(r.reason, "§ 1(3)")
}

test_seat_without_german_headcount_names_pointer if {
	r := lksg.applicability with input as _in({"name": "X", "headquarters": "DE", "employees": 5000})
	r.status == "unknown"
	contains(r.reason, "needs /company/employees_by_country/DE")
}

test_small_total_decides_without_german_headcount if {
	lksg.applicability.status == "not_applicable" with input as _in({"name": "X", "headquarters": "DE", "employees": 500})
}

test_stated_seat_outside_headquarters if {
	lksg.applicability.status == "applies" with input as _in(_foreign("seat", 1500))
}

test_presence_overrides_headquarters if {
	lksg.applicability.status == "applies_to_subsidiary" with input as _in(object.union(_company(1500), {"presence": {"DE": "subsidiary"}}))
}

test_branch if {
	r := lksg.applicability with input as _in(_foreign("branch", 1200))
	r.status == "applies"
	contains(r.reason, "§ 13d HGB")
	lksg.applicability.status == "not_applicable" with input as _in(_foreign("branch", 999))
	r2 := lksg.applicability with input as _in({"name": "X", "headquarters": "JP", "presence": {"DE": "branch"}})
	r2.status == "unknown"
	contains(r2.reason, "needs /company/employees_by_country/DE")
}

test_branch_before_2024 if {
	lksg.applicability.status == "not_applicable" with input as {"as_of": "2023-06-01", "company": _foreign("branch", 2000)}
	lksg.applicability.status == "applies" with input as {"as_of": "2024-06-01", "company": _foreign("branch", 2000)}
}

test_subsidiary_binds_the_subsidiary_not_the_company if {
	r := lksg.applicability with input as _in(_foreign("subsidiary", 1200))
	r.status == "applies_to_subsidiary"
	contains(r.reason, "§ 1(1)")
	lksg.applicability.status == "not_applicable" with input as _in(_foreign("subsidiary", 800))
	r2 := lksg.applicability with input as _in({"name": "X", "headquarters": "JP", "presence": {"DE": "subsidiary"}})
	r2.status == "unknown"
	contains(r2.reason, "needs /company/employees_by_country/DE")
}

test_presence_none if {
	lksg.applicability.status == "not_applicable" with input as _in(_foreign("none", 5000))
}

test_unstated_presence_with_german_staff_is_unknown if {
	r := lksg.applicability with input as _in({"name": "X", "headquarters": "JP", "employees_by_country": {"DE": 1200}})
	r.status == "unknown"
	contains(r.reason, "needs /company/presence/DE")
}

test_unstated_presence_with_german_site_and_no_headcount if {
	r := lksg.applicability with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "JP"}, "operations": {"countries": ["DE", "JP"]}}
	r.status == "unknown"
	contains(r.reason, "needs /company/presence/DE")
	contains(r.reason, "/company/employees_by_country/DE")
}

test_unstated_presence_below_threshold_is_decided if {
	lksg.applicability.status == "not_applicable" with input as _in({"name": "X", "headquarters": "JP", "employees_by_country": {"DE": 300}})
}

test_no_german_link if {
	lksg.applicability.status == "not_applicable" with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "JP"}, "operations": {"countries": ["JP"]}}
	lksg.applicability.status == "not_applicable" with input as {"as_of": "2024-06-01", "company": {"name": "X", "headquarters": "JP"}}
}

test_binding_is_law if {
	lksg.law.binding == "law"
	every s in lksg.sources {
		s.binding == "law"
	}
}

test_effectiveness_tracking_and_reporting if {
	{"due_diligence.effectiveness_tracking", "due_diligence.public_reporting"} == {s.requirement | some s in lksg.sources; s.requirement in {"due_diligence.effectiveness_tracking", "due_diligence.public_reporting"}}
}

test_reporting_duty_has_no_end_date_until_amendment_is_promulgated if {
	some s in lksg.sources
	s.requirement == "due_diligence.public_reporting"
	not "effective_to" in object.keys(s)
}

# § 10(2) was checked against commentary only: secondary, with the pages named.
test_reporting_duty_is_secondary_with_pages if {
	some s in lksg.sources
	s.requirement == "due_diligence.public_reporting"
	s.verification == "secondary"
	count(s.checked_against) == 2
}
