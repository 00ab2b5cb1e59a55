// Package document reads and validates hrdd company documents (version "1"):
// JSON or YAML, checked against the shipped JSON Schema and then against the
// cross-field rules a schema cannot express, before any rule runs.
//
// Every error is an *Error naming the file, the JSON pointer and one plain
// message, so the command line can print it as is (exit code 2).
// Decode reads a whole document; DecodeSupplier and SupplierChecker are the
// same checks one supplier at a time, for a streaming reader.
package document

import "encoding/json"

// LocalLaw is the practice value meaning "we follow local law": it takes the
// domestic value of the place where the work happens.
const LocalLaw = "local_law"

// IfStricter is a practice value combined with local law, whichever is
// stricter: {"value": 15, "local_law": "if_stricter"} — "no one under 15, or
// the local minimum age if higher". Value is as encoding/json decodes it
// (float64 or []any of strings). Decoding turns the object into this type.
type IfStricter struct {
	Value any
}

// MarshalJSON writes the value as the document states it.
func (v IfStricter) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]any{"value": v.Value, "local_law": "if_stricter"})
}

// Forms of presence of the company in a country (company.presence).
const (
	PresenceSeat       = "seat"       // statutory seat, central administration or principal place of business
	PresenceBranch     = "branch"     // a branch or establishment of the company itself
	PresenceSubsidiary = "subsidiary" // a separate company of the group
	PresenceNone       = "none"       // sales or sourcing only
)

// Document is a company document, version "1".
type Document struct {
	HRDD         string           `json:"hrdd"`
	Company      Company          `json:"company"`
	Policies     Policies         `json:"policies"`
	DueDiligence ProcessPractices `json:"due_diligence,omitempty"`
	Sites        []Site           `json:"sites,omitempty"`
	Suppliers    []Supplier       `json:"suppliers,omitempty"`
	// RemediationPlans cover known shortfalls until they are due.
	RemediationPlans []RemediationPlan `json:"remediation_plans,omitempty"`
}

// RemediationPlan is a plan to remedy the shortfall of one finding: the
// requirement and the subject (kind, id, country; id and country empty where
// the subject has none), the plan, its owner and its due date (YYYY-MM-DD).
type RemediationPlan struct {
	Requirement string      `json:"requirement"`
	Subject     PlanSubject `json:"subject"`
	Plan        string      `json:"plan"`
	Owner       string      `json:"owner,omitempty"`
	Due         string      `json:"due"`
}

// PlanSubject names the subject of a remediation plan's finding.
type PlanSubject struct {
	Kind    string `json:"kind"`
	ID      string `json:"id,omitempty"`
	Country string `json:"country,omitempty"`
}

// Company describes the company as a whole; due-diligence laws read it to decide
// whether they apply.
type Company struct {
	Name               string         `json:"name"`
	Headquarters       string         `json:"headquarters"`
	Employees          *int           `json:"employees,omitempty"`
	EmployeesByCountry map[string]int `json:"employees_by_country,omitempty"`
	AnnualTurnoverEUR  *float64       `json:"annual_turnover_eur,omitempty"`
	// AnnualTurnoverEUEUR is the net turnover generated in the EU (CSDDD Art. 2(2)).
	AnnualTurnoverEUEUR *float64 `json:"annual_turnover_eu_eur,omitempty"`
	// TurnoverByCurrency and BalanceSheetByCurrency hold figures in the currency a
	// law's threshold is set in (GBP, AUD, NOK, CHF …); hrdd never converts.
	TurnoverByCurrency     map[string]float64 `json:"annual_turnover_by_currency,omitempty"`
	BalanceSheetByCurrency map[string]float64 `json:"balance_sheet_total_by_currency,omitempty"`
	LegalForm              string             `json:"legal_form,omitempty"`
	Sectors                []string           `json:"sectors,omitempty"`
	// Presence is the company's form of presence per country (seat, branch,
	// subsidiary, none); the headquarters country is a seat unless stated.
	// Due-diligence laws read it to decide whom they bind.
	Presence map[string]string `json:"presence,omitempty"`
}

// Policies holds the company's own-operations policy and its supplier code.
type Policies struct {
	OwnOperations Practices `json:"own_operations,omitempty"`
	Suppliers     Practices `json:"suppliers,omitempty"`
	// SupplierTiers is policies.suppliers.applies_to_tiers: a list of tier
	// numbers or "all"; nil when absent.
	SupplierTiers any `json:"-"`
}

// Site is a workplace of the company's own.
type Site struct {
	ID        string    `json:"id"`
	Country   string    `json:"country"`
	Workers   *int      `json:"workers,omitempty"`
	Sector    string    `json:"sector,omitempty"`
	Region    string    `json:"region,omitempty"` // ISO 3166-2, e.g. MY-12; empty: unknown
	Zone      string    `json:"zone,omitempty"`   // export_processing_zone, special_economic_zone; empty: ordinary territory
	Practices Practices `json:"practices,omitempty"`
}

// Supplier is a business partner at some tier of the supply chain.
type Supplier struct {
	ID        string    `json:"id"`
	Name      string    `json:"name,omitempty"`
	Country   string    `json:"country"`
	Tier      int       `json:"tier"`
	Parent    string    `json:"parent,omitempty"`
	Workers   *int      `json:"workers,omitempty"`
	Employees *int      `json:"employees,omitempty"` // the supplier's employer size, all workplaces
	Sector    string    `json:"sector,omitempty"`
	Region    string    `json:"region,omitempty"`
	Zone      string    `json:"zone,omitempty"`
	Practices Practices `json:"practices,omitempty"`
}

// Practices maps topic → field → value, e.g. {"child_labour": {"minimum_age": 15}}.
// Values are as encoding/json decodes them: float64, bool, string ("local_law"
// or "all") or []any, or an IfStricter.
type Practices map[string]map[string]any

// ProcessPractices is the flat due_diligence object: field → value, e.g.
// {"scope_tiers": [1], "policy_commitment": true}.
type ProcessPractices map[string]any
