package document

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// SupplierChecker applies the cross-field supplier rules (unique ids, parents
// that exist, no parent cycles, tier = parent's tier + 1, no parent at tier 1)
// one supplier at a time, so a streaming reader can check a supply chain too
// large to hold in memory; it keeps only id, tier and parent per supplier.
// The zero value is ready to use.
type SupplierChecker struct {
	// File names the document in errors.
	File string
	// Ordered requires parents to appear before their children, as a
	// streaming reader needs in order to report every error at the supplier
	// where it occurs: Check then reports everything and Finish nothing. When
	// false (as in Decode), parent checks wait for Finish and a parent may
	// appear anywhere in the list.
	Ordered bool

	byID    map[string]int // id → position in seen
	seen    []supplierRef
	pending bool // some supplier has a parent to check in Finish
}

// supplierRef is what the checker remembers of one supplier.
type supplierRef struct {
	index  int
	id     string
	parent string
	tier   int
}

func supplierPointer(index int, field string) string {
	return "/suppliers/" + strconv.Itoa(index) + "/" + field
}

// Check checks supplier s, found at /suppliers/<index>, against the suppliers
// seen so far. Call it in document order; s must already have passed the
// schema (DecodeSupplier).
func (c *SupplierChecker) Check(index int, s *Supplier) error {
	if s == nil {
		return newError(c.File, "/suppliers/"+strconv.Itoa(index), "missing supplier")
	}
	if c.byID == nil {
		c.byID = map[string]int{}
	}
	if prev, dup := c.byID[s.ID]; dup {
		return newError(c.File, supplierPointer(index, "id"),
			fmt.Sprintf("duplicate supplier id %q (also used by /suppliers/%d)", s.ID, c.seen[prev].index))
	}
	ref := supplierRef{index: index, id: s.ID, parent: s.Parent, tier: s.Tier}
	c.byID[s.ID] = len(c.seen)
	c.seen = append(c.seen, ref)
	if s.Parent == "" {
		return nil
	}
	if s.Tier == 1 {
		return newError(c.File, supplierPointer(index, "parent"),
			fmt.Sprintf("a tier-1 supplier is a direct supplier and has no parent; remove parent %q or correct the tier", s.Parent))
	}
	if !c.Ordered {
		c.pending = true
		return nil
	}
	if s.Parent == s.ID {
		return newError(c.File, supplierPointer(index, "parent"), "parent cycle "+s.ID+" → "+s.ID)
	}
	p, ok := c.byID[s.Parent]
	if !ok {
		return newError(c.File, supplierPointer(index, "parent"),
			fmt.Sprintf("supplier %q does not exist before this supplier; parents must come before their children", s.Parent))
	}
	return c.checkTier(ref, c.seen[p])
}

func (c *SupplierChecker) checkTier(s, parent supplierRef) error {
	if s.tier != parent.tier+1 {
		return newError(c.File, supplierPointer(s.index, "tier"),
			fmt.Sprintf("tier %d does not follow its parent %s (tier %d)", s.tier, parent.id, parent.tier))
	}
	return nil
}

// Finish reports what could only be checked once every supplier was seen:
// parents that do not exist, then parent cycles, then tiers that do not follow
// their parent, each the first in document order.
func (c *SupplierChecker) Finish() error {
	if !c.pending {
		return nil
	}
	order := make([]int, len(c.seen)) // positions in seen, by document index
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return c.seen[order[a]].index < c.seen[order[b]].index })

	for _, i := range order {
		s := c.seen[i]
		if _, ok := c.byID[s.parent]; s.parent != "" && !ok {
			return newError(c.File, supplierPointer(s.index, "parent"), fmt.Sprintf("supplier %q does not exist", s.parent))
		}
	}
	if err := c.cycles(order); err != nil {
		return err
	}
	for _, i := range order {
		s := c.seen[i]
		if s.parent == "" {
			continue
		}
		if err := c.checkTier(s, c.seen[c.byID[s.parent]]); err != nil {
			return err
		}
	}
	return nil
}

// cycles finds parent cycles in linear time and reports the first one at its
// earliest member.
func (c *SupplierChecker) cycles(order []int) error {
	const (
		unvisited = iota
		onPath
		done
	)
	state := make([]uint8, len(c.seen))
	var first []int // the cycle whose earliest member comes first
	for _, start := range order {
		var path []int
		at := start
		for state[at] == unvisited {
			state[at] = onPath
			path = append(path, at)
			if c.seen[at].parent == "" {
				at = -1
				break
			}
			at = c.byID[c.seen[at].parent] // Finish has checked that it exists
		}
		if at >= 0 && state[at] == onPath { // back on this walk: a cycle
			k := slices.Index(path, at)
			if cyc := path[k:]; first == nil || c.seen[minIndex(c.seen, cyc)].index < c.seen[minIndex(c.seen, first)].index {
				first = cyc
			}
		}
		for _, p := range path {
			state[p] = done
		}
	}
	if first == nil {
		return nil
	}
	// Start the listing at the earliest member, and follow parents from there.
	m := minIndex(c.seen, first)
	names := []string{c.seen[m].id}
	for at := c.byID[c.seen[m].parent]; ; at = c.byID[c.seen[at].parent] {
		names = append(names, c.seen[at].id)
		if at == m {
			break
		}
	}
	return newError(c.File, supplierPointer(c.seen[m].index, "parent"), "parent cycle "+strings.Join(names, " → "))
}

// minIndex returns the member of set with the smallest document index.
func minIndex(seen []supplierRef, set []int) int {
	best := set[0]
	for _, i := range set[1:] {
		if seen[i].index < seen[best].index {
			best = i
		}
	}
	return best
}

// DecodeSupplier reads one supplier object (raw JSON, as a streaming reader
// cuts it from the suppliers array), validates it against the supplier part of
// the schema ($defs/supplier) and checks its country. Errors point under
// /suppliers/<index>; syntax positions are relative to raw. Cross-field checks
// are SupplierChecker's.
func DecodeSupplier(file string, index int, raw []byte) (*Supplier, error) {
	if err := checkUTF8(file, "/suppliers/"+strconv.Itoa(index), raw); err != nil {
		return nil, err
	}
	if s, ok := fastSupplier(raw); ok {
		return s, nil
	}
	return slowSupplier(file, index, raw)
}

// slowSupplier is DecodeSupplier through the schema: it decides every input
// the fast path declines, and words the error.
func slowSupplier(file string, index int, raw []byte) (*Supplier, error) {
	prefix := "/suppliers/" + strconv.Itoa(index)
	sch, err := compiled()
	if err != nil {
		return nil, newError(file, prefix, "internal error: schema: "+err.Error())
	}
	tree, err := parseJSON(raw, file, prefix)
	if err != nil {
		return nil, err
	}
	if err := validateTree(sch.supplier, sch.raw, tree, file, prefix); err != nil {
		return nil, err
	}
	var s Supplier
	if err := convert(tree, &s); err != nil {
		return nil, newError(file, prefix, err.Error())
	}
	if err := checkSupplier(file, index, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// checkSupplier holds the checks on one supplier that the schema cannot make.
func checkSupplier(file string, index int, s *Supplier) error {
	if err := checkCountry(file, supplierPointer(index, "country"), s.Country); err != nil {
		return err
	}
	return checkRegion(file, supplierPointer(index, "region"), s.Region, s.Country)
}

// checkRegion rejects a region in another country than its workplace's: the
// first two letters of an ISO 3166-2 code are the country's.
func checkRegion(file, pointer, region, country string) error {
	if region == "" || regionIn(region, country) {
		return nil
	}
	return newError(file, pointer, fmt.Sprintf("region %q is not in %s: an ISO 3166-2 code starts with its country's code, e.g. %s-…", region, country, country))
}

func regionIn(region, country string) bool {
	return len(region) > 3 && region[:2] == country && region[2] == '-'
}

// IsRegionOf reports whether code is an ISO 3166-2 code, in the form the
// schema accepts for a region, of country.
func IsRegionOf(code, country string) bool {
	fs, err := fastSchemaOnce()
	return err == nil && fs.region.MatchString(code) && regionIn(code, country)
}

// checkCountry rejects a well-formed code that ISO 3166-1 has not assigned.
func checkCountry(file, pointer, code string) error {
	if !IsCountry(code) {
		return newError(file, pointer, fmt.Sprintf("unknown country %q; use an officially assigned ISO 3166-1 alpha-2 code", code))
	}
	return nil
}

// convert fills a typed value from a validated tree.
func convert(tree any, out any) error {
	b, err := json.Marshal(tree)
	if err != nil {
		return fmt.Errorf("internal error: %w", err)
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("internal error: %w", err)
	}
	return nil
}
