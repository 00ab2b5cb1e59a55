# METADATA
# title: Switzerland — Code of Obligations Arts. 964j-964l (child labour and conflict minerals)
# description: |
#   Due diligence and transparency for minerals and metals from conflict-affected areas
#   and for child labour, with the Ordinance of 3 December 2021 (DDTrO, SR 221.433). In
#   force 1 January 2022; first applies to financial years beginning on or after
#   1 January 2023. Undertakings with their seat, head office or principal place of
#   business in Switzerland that offer products or services for which there are
#   reasonable grounds to suspect child labour must check for such grounds (DDTrO Art. 5)
#   unless exempt: small and medium-sized undertakings that, with the undertakings they
#   control, fall below two of CHF 20 million balance-sheet total, CHF 40 million sales
#   revenue and 250 full-time equivalents in two successive years (DDTrO Art. 6), and
#   low-risk cases (DDTrO Art. 7). This pack models the child-labour duties; the
#   conflict-minerals duties turn on import volumes (DDTrO Annex) and are not evaluated.
# related_resources:
#   - https://www.fedlex.admin.ch/eli/cc/27/317_321_377/en
#   - https://www.fedlex.admin.ch/eli/cc/2021/847/en
package hrdd.dd.ch_co964

# METADATA
# title: The law
law := {
	"name": "Code of Obligations Arts. 964j-964l and Ordinance on Due Diligence and Transparency (DDTrO)",
	"jurisdiction": "CH",
	"binding": "law",
	"url": "https://www.fedlex.admin.ch/eli/cc/27/317_321_377/en",
	"effective_from": "2022-01-01",
}

# First financial year to which the duties apply (transitional provision of the 2020 amendment).
_first_year := "2023-01-01"

_base := {
	"instrument": "Swiss Code of Obligations",
	"binding": "law",
	"url": "https://www.fedlex.admin.ch/eli/cc/27/317_321_377/en",
	"effective_from": _first_year,
	"verification": "primary",
}

_condition := "Only where the check under DDTrO Art. 5 finds reasonable grounds to suspect child labour and no exemption (DDTrO Arts. 6-7) applies."

_company := object.get(input, "company", {})

# DDTrO Art. 6(2): an SME falls below two of the three amounts.
_sme_tests := [
	{"field": "company.balance_sheet_total_by_currency.CHF", "label": "balance-sheet total CHF", "threshold": 20000000, "value": object.get(_company, ["balance_sheet_total_by_currency", "CHF"], null)},
	{"field": "company.annual_turnover_by_currency.CHF", "label": "sales revenue CHF", "threshold": 40000000, "value": object.get(_company, ["annual_turnover_by_currency", "CHF"], null)},
	{"field": "company.employees", "label": "employees (headcount used for full-time equivalents)", "threshold": 250, "value": object.get(_company, "employees", null)},
]

_below := [sprintf("%s %v < %v", [t.label, t.value, t.threshold]) |
	some t in _sme_tests
	is_number(t.value)
	t.value < t.threshold
]

_reached := [sprintf("%s %v >= %v", [t.label, t.value, t.threshold]) |
	some t in _sme_tests
	is_number(t.value)
	t.value >= t.threshold
]

_missing := [t.field | some t in _sme_tests; not is_number(t.value)]

# METADATA
# title: Applicability to the company
# description: |
#   not_applicable outside Switzerland and for SMEs; for a larger Swiss undertaking
#   unknown, because the duties turn on whether there are reasonable grounds to suspect
#   child labour (CO Art. 964j(1) no. 2; DDTrO Art. 5), which the document does not record.
#   Currencies are never converted: the figures must be given in CHF.
applicability := {"status": "not_applicable", "reason": "Arts. 964j-964l CO are in force from 1 January 2022"} if {
	input.as_of < law.effective_from
} else := {"status": "not_applicable", "reason": "the duties first apply to financial years beginning on or after 1 January 2023"} if {
	input.as_of < _first_year
} else := {"status": "not_applicable", "reason": sprintf("headquarters in %s: the duties fall on undertakings with their seat, head office or principal place of business in Switzerland (Art. 964j(1) CO)", [_company.headquarters])} if {
	_company.headquarters != "CH"
} else := {"status": "not_applicable", "reason": sprintf("small or medium-sized undertaking (%s), exempt from the child-labour check, due diligence and reporting (DDTrO Art. 6)", [concat(", ", _below)])} if {
	count(_below) >= 2
} else := {"status": "unknown", "reason": sprintf("not a small or medium-sized undertaking (%s; DDTrO Art. 6): it must check whether there are reasonable grounds to suspect child labour (DDTrO Art. 5); due diligence and reporting apply only if there are and the low-risk exemption (DDTrO Art. 7) does not — the document does not record the outcome", [concat(", ", _reached)])} if {
	count(_reached) >= 2
} else := {"status": "unknown", "reason": sprintf("%s needed to decide the SME exemption: below two of CHF 20 million balance-sheet total, CHF 40 million sales revenue, 250 full-time equivalents (DDTrO Art. 6)", [concat(" and ", _missing)])}

# METADATA
# title: Source values
# description: |
#   The child-labour duties, checked against the statute text (bilingual reproduction of
#   the Fedlex text). Not encoded: a grievance or early-warning mechanism and an
#   effectiveness review (DDTrO provisions not checked), stakeholders (none required).
sources contains object.union(_base, {
	"requirement": "due_diligence.policy_commitment",
	"value": true,
	"article": "Art. 964k(1) no. 2 CO",
	"notes": ["A management system setting out the supply chain policy for products and services for which there are reasonable grounds to suspect child labour.", _condition],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.scope_tiers",
	"value": "all",
	"article": "Art. 964k(1) no. 3, (2) CO",
	"notes": ["A system to trace the supply chain; risks of harmful impacts identified and assessed in the supply chain, with no tier limit.", _condition],
})

sources contains object.union(_base, {
	"requirement": "due_diligence.public_reporting",
	"value": true,
	"article": "Art. 964l CO",
	"notes": ["Annual report by the supreme management or governing body on compliance with the due diligence obligations, published online within six months of the end of the financial year and accessible for at least ten years.", _condition],
})
