package document

import (
	"encoding/json"
	"fmt"
	"math"
)

// appliesToTiers is the key in policies.suppliers that holds the tiers the
// supplier code covers; it is a scope, not a practice, so it lives in
// Policies.SupplierTiers.
const appliesToTiers = "applies_to_tiers"

// UnmarshalJSON moves policies.suppliers.applies_to_tiers into SupplierTiers
// ([]int or "all") so Suppliers holds practices only.
func (p *Policies) UnmarshalJSON(b []byte) error {
	var aux struct {
		OwnOperations Practices                  `json:"own_operations"`
		Suppliers     map[string]json.RawMessage `json:"suppliers"`
	}
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	*p = Policies{OwnOperations: aux.OwnOperations}
	if aux.Suppliers == nil {
		return nil
	}
	p.Suppliers = make(Practices, len(aux.Suppliers))
	for k, raw := range aux.Suppliers {
		if k == appliesToTiers {
			tiers, err := decodeTiers(raw)
			if err != nil {
				return err
			}
			p.SupplierTiers = tiers
			continue
		}
		var fields map[string]any
		if err := json.Unmarshal(raw, &fields); err != nil {
			return fmt.Errorf("policies.suppliers.%s: %w", k, err)
		}
		ifStricterValues(fields)
		p.Suppliers[k] = fields
	}
	return nil
}

// decodeTiers reads a scope value: "all" or a list of tier numbers.
func decodeTiers(raw json.RawMessage) (any, error) {
	var all string
	if json.Unmarshal(raw, &all) == nil {
		if all != "all" {
			return nil, fmt.Errorf(`policies.suppliers.applies_to_tiers: must be a list of tiers or "all", got %q`, all)
		}
		return all, nil
	}
	var nums []float64
	if err := json.Unmarshal(raw, &nums); err != nil {
		return nil, fmt.Errorf("policies.suppliers.applies_to_tiers: %w", err)
	}
	tiers := make([]int, len(nums))
	for i, n := range nums {
		if n < 1 || n != math.Trunc(n) || n > math.MaxInt32 {
			return nil, fmt.Errorf("policies.suppliers.applies_to_tiers: tier %v is not an integer ≥ 1", n)
		}
		tiers[i] = int(n)
	}
	return tiers, nil
}

// MarshalJSON writes SupplierTiers back as policies.suppliers.applies_to_tiers,
// so a decoded document encodes to the same shape it was read from.
func (p Policies) MarshalJSON() ([]byte, error) {
	sup := make(map[string]any, len(p.Suppliers)+1)
	for k, v := range p.Suppliers {
		sup[k] = v
	}
	if p.SupplierTiers != nil {
		sup[appliesToTiers] = p.SupplierTiers
	}
	out := struct {
		OwnOperations Practices      `json:"own_operations,omitempty"`
		Suppliers     map[string]any `json:"suppliers,omitempty"`
	}{p.OwnOperations, sup}
	return json.Marshal(out)
}
