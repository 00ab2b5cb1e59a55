# METADATA
# title: Switzerland — Code of Obligations Arts. 964j-964l (child labour and conflict minerals)
# description: |
#   Due diligence and transparency for minerals and metals from conflict-affected areas
#   and for child labour, with the Ordinance of 3 December 2021 (DDTrO, SR 221.433). In
#   force 1 January 2022; first applies to financial years beginning on or after
#   1 January 2023. Undertakings with their seat, head office or principal place of
#   business in Switzerland that offer products or services for which there are
#   reasonable grounds to suspect child labour must check for such grounds (DDTrO Art. 5)
#   unless exempt: small and medium-sized undertakings that, with the domestic and
#   foreign undertakings they control, fall below two of CHF 20 million balance-sheet
#   total, CHF 40 million sales revenue and 250 full-time equivalents in two successive
#   business years (DDTrO Art. 6), and low-risk cases (DDTrO Art. 7). Art. 964j(1) CO and
#   DDTrO Arts. 5-6 checked against the bilingual reproduction of the Fedlex text. This pack models the child-labour duties; the
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
	# Verbatim copies of the Fedlex text (English translation beside the authentic
	# German, French and Italian texts).
	"checked_against": [
		{"url": "https://droit-bilingue.ch/en-it/2/22/220-964k-1366.html", "title": "CO Art. 964k (and 964j), Fedlex text in English and Italian, verbatim copy (droit-bilingue.ch)"},
		{"url": "https://droit-bilingue.ch/en-it/2/22/220-964l-1367.html", "title": "CO Art. 964l (and 964k), Fedlex text in English and Italian, verbatim copy (droit-bilingue.ch)"},
		{"url": "https://lawbrary.ch/law/art/OR-v2024.01-en-art-964k", "title": "CO Art. 964k, Fedlex English text, verbatim copy (lawbrary.ch)"},
	],
}

_condition := "Only where the check under DDTrO Art. 5 finds reasonable grounds to suspect child labour and no exemption (DDTrO Arts. 6-7) applies."

_company := object.get(input, "company", {})

_countries := object.get(input, ["operations", "countries"], [])

_hq := object.get(_company, "headquarters", "")

# Form of presence in Switzerland: as stated, else seat when headquartered there,
# else undefined (not stated).
_presence := p if {
	p := _company.presence.CH
} else := "seat" if {
	_hq == "CH"
}

_stated if _presence

_link if _company.employees_by_country.CH > 0

_link if "CH" in _countries

# DDTrO Art. 6(2): an SME, with the undertakings it controls in Switzerland and
# abroad, falls below two of the three amounts in two successive business years.
_sme_tests := [
	{"field": "/company/balance_sheet_total_by_currency/CHF", "label": "balance-sheet total CHF", "threshold": 20000000, "value": object.get(_company, ["balance_sheet_total_by_currency", "CHF"], null)},
	{"field": "/company/annual_turnover_by_currency/CHF", "label": "sales revenue CHF", "threshold": 40000000, "value": object.get(_company, ["annual_turnover_by_currency", "CHF"], null)},
	{"field": "/company/employees", "label": "employees (headcount used for full-time equivalents)", "threshold": 250, "value": object.get(_company, "employees", null)},
]

_below := [sprintf("%s %s < %s", [t.label, _amount(t.value), _amount(t.threshold)]) |
	some t in _sme_tests
	is_number(t.value)
	t.value < t.threshold
]

_reached := [sprintf("%s %s >= %s", [t.label, _amount(t.value), _amount(t.threshold)]) |
	some t in _sme_tests
	is_number(t.value)
	t.value >= t.threshold
]

_missing := [t.field | some t in _sme_tests; not is_number(t.value)]

_sme if count(_below) >= 2

_not_sme if count(_reached) >= 2

_sme_test := "below two of CHF 20 million balance-sheet total, CHF 40 million sales revenue and 250 full-time equivalents, with the undertakings it controls (DDTrO Art. 6)"

_seat := "undertakings with their seat, head office or principal place of business in Switzerland (Art. 964j(1) CO)"

# Money as written in the document: whole numbers without exponent, else two decimals.
_amount(x) := format_int(x, 10) if {
	x == floor(x)
} else := sprintf("%.2f", [x])

# METADATA
# title: Applicability to the company
# description: |
#   By form of presence in Switzerland (company.presence.CH; the headquarters country is
#   a seat unless stated). Seat: not_applicable for SMEs; otherwise unknown, because the
#   duties turn on whether there are reasonable grounds to suspect child labour (CO Art.
#   964j(1) no. 2; DDTrO Art. 5), which the document does not record. A Swiss subsidiary
#   is an undertaking with its seat in Switzerland, bound itself (applies_to_subsidiary).
#   A branch of a foreign undertaking has no seat, head office or principal place of
#   business in Switzerland. Currencies are never converted: the figures must be in CHF.
applicability := {"status": "not_applicable", "reason": "Arts. 964j-964l CO are in force from 1 January 2022"} if {
	input.as_of < law.effective_from
} else := {"status": "not_applicable", "reason": "the duties first apply to financial years beginning on or after 1 January 2023"} if {
	input.as_of < _first_year
} else := {"status": "not_applicable", "reason": sprintf("no presence in Switzerland beyond sales or sourcing (/company/presence/CH is none): the duties fall on %s", [_seat])} if {
	_presence == "none"
} else := {"status": "not_applicable", "reason": sprintf("a branch in Switzerland: the duties fall on %s, not on the branch of an undertaking seated abroad", [_seat])} if {
	_presence == "branch"
} else := {"status": "not_applicable", "reason": sprintf("no seat, subsidiary, employees or sites in Switzerland recorded: the duties fall on %s", [_seat])} if {
	not _stated
	not _link
} else := {"status": "not_applicable", "reason": sprintf("small or medium-sized undertaking (%s), exempt from the child-labour check, due diligence and reporting (DDTrO Art. 6); no Swiss subsidiary of the group can be larger", [concat(", ", _below)])} if {
	_sme
} else := {"status": "unknown", "reason": sprintf("seat in Switzerland and not a small or medium-sized undertaking (%s; DDTrO Art. 6): it must check whether there are reasonable grounds to suspect child labour (DDTrO Art. 5); due diligence and reporting apply only if there are and the low-risk exemption (DDTrO Art. 7) does not — the document does not record the outcome", [concat(", ", _reached)])} if {
	_presence == "seat"
	_not_sme
} else := {"status": "applies_to_subsidiary", "reason": sprintf("a Swiss subsidiary is an undertaking with its seat in Switzerland, bound itself, not the company (Art. 964j(1) CO): unless it is itself %s, it must check whether there are reasonable grounds to suspect child labour (DDTrO Art. 5) and, if there are, exercise due diligence and report (Arts. 964k-964l CO); the group is not an SME (%s)", [_sme_test, concat(", ", _reached)])} if {
	_presence == "subsidiary"
	_not_sme
} else := {"status": "unknown", "reason": sprintf("needs %s: seat in Switzerland; exempt as a small or medium-sized undertaking if %s", [concat(" and ", _missing), _sme_test])} if {
	_presence == "seat"
} else := {"status": "unknown", "reason": sprintf("needs %s: a Swiss subsidiary is bound itself, not the company (Art. 964j(1) CO), unless %s", [concat(" and ", _missing), _sme_test])} if {
	_presence == "subsidiary"
} else := {"status": "unknown", "reason": sprintf("needs /company/presence/CH: the group is not an SME (%s) and has employees or sites in Switzerland but headquarters in %s; a seat there binds the company, a Swiss subsidiary is bound itself, a branch is not bound (Art. 964j(1) CO)", [concat(", ", _reached), _hq])} if {
	_not_sme
} else := {"status": "unknown", "reason": sprintf("needs /company/presence/CH and %s: employees or sites in Switzerland but headquarters in %s; the duties fall on %s that are not SMEs (DDTrO Art. 6)", [concat(" and ", _missing), _hq, _seat])}

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
