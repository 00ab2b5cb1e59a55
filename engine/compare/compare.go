// Package compare owns the one ordering of each requirement kind: which of two
// values is stricter, and whether a practice meets a requirement. Every
// stricter-of and every falls-short decision in hrdd goes through it.
package compare

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Kind says how values of a requirement compare.
type Kind string

// The five kinds (README, "The company document").
const (
	Floor    Kind = "floor"    // number; higher is stricter
	Ceiling  Kind = "ceiling"  // number; lower is stricter
	Required Kind = "required" // boolean; true is stricter
	Includes Kind = "includes" // set of strings; a superset is stricter
	Scope    Kind = "scope"    // supply-chain tiers or "all"; a superset is stricter
)

// Valid reports whether k is one of the five kinds.
func (k Kind) Valid() bool {
	switch k {
	case Floor, Ceiling, Required, Includes, Scope:
		return true
	}
	return false
}

// Value is a requirement or practice value of one kind. The zero Value is
// not valid; use Parse.
type Value struct {
	Kind  Kind
	Num   float64  // Floor, Ceiling
	Bool  bool     // Required
	Set   []string // Includes: sorted, unique
	All   bool     // Scope: every tier
	Tiers []int    // Scope: sorted, unique (when !All)
	// None is "nothing": the law sets no requirement (a cited absence), or a
	// practice that commits to nothing. It meets only another None, and every
	// value is stricter than it.
	None bool
}

// Nothing returns the None value of kind k.
func Nothing(k Kind) Value { return Value{Kind: k, None: true} }

// Parse turns a JSON-decoded value (float64, json.Number-like numbers, bool,
// []any, "all") into a Value of kind k.
func Parse(k Kind, v any) (Value, error) {
	out := Value{Kind: k}
	switch k {
	case Floor, Ceiling:
		n, ok := number(v)
		if !ok {
			return out, fmt.Errorf("%s value must be a number, got %s", k, describe(v))
		}
		out.Num = n
	case Required:
		b, ok := v.(bool)
		if !ok {
			return out, fmt.Errorf("required value must be a boolean, got %s", describe(v))
		}
		out.Bool = b
	case Includes:
		if strs, ok := v.([]string); ok {
			v = anySlice(strs)
		}
		items, ok := v.([]any)
		if !ok {
			return out, fmt.Errorf("includes value must be a list of strings, got %s", describe(v))
		}
		for _, it := range items {
			s, ok := it.(string)
			if !ok {
				return out, fmt.Errorf("includes value must be a list of strings, got an item %s", describe(it))
			}
			out.Set = append(out.Set, s)
		}
		out.Set = uniqueStrings(out.Set)
	case Scope:
		if s, ok := v.(string); ok && s == "all" {
			out.All = true
			return out, nil
		}
		if ints, ok := v.([]int); ok {
			v = anySlice(ints)
		}
		items, ok := v.([]any)
		if !ok {
			return out, fmt.Errorf(`scope value must be a list of tiers or "all", got %s`, describe(v))
		}
		for _, it := range items {
			n, ok := number(it)
			if !ok || n != math.Trunc(n) || n < 1 {
				return out, fmt.Errorf("scope tiers must be whole numbers from 1, got %s", describe(it))
			}
			out.Tiers = append(out.Tiers, int(n))
		}
		slices.Sort(out.Tiers)
		out.Tiers = slices.Compact(out.Tiers)
	default:
		return out, fmt.Errorf("unknown kind %q", k)
	}
	return out, nil
}

// MustParse is Parse for values known to be well formed (tests, constants).
func MustParse(k Kind, v any) Value {
	out, err := Parse(k, v)
	if err != nil {
		panic(err)
	}
	return out
}

// Stricter returns the stricter of a and b, which must be of the same kind.
// For sets and scopes it is their union: meeting both means meeting the union.
func Stricter(a, b Value) Value {
	if a.None {
		return b
	}
	if b.None {
		return a
	}
	switch a.Kind {
	case Floor:
		if b.Num > a.Num {
			return b
		}
		return a
	case Ceiling:
		if b.Num < a.Num {
			return b
		}
		return a
	case Required:
		if b.Bool {
			return b
		}
		return a
	case Includes:
		return Value{Kind: Includes, Set: uniqueStrings(append(slices.Clone(a.Set), b.Set...))}
	case Scope:
		if a.All || b.All {
			return Value{Kind: Scope, All: true}
		}
		t := append(slices.Clone(a.Tiers), b.Tiers...)
		slices.Sort(t)
		return Value{Kind: Scope, Tiers: slices.Compact(t)}
	}
	return a
}

// Weaker returns the weaker of a and b, which must be of the same kind: what
// meets it is all that both demand in common. For sets and scopes it is their
// intersection.
func Weaker(a, b Value) Value {
	if a.None || b.None {
		return Nothing(a.Kind)
	}
	switch a.Kind {
	case Floor:
		if b.Num < a.Num {
			return b
		}
		return a
	case Ceiling:
		if b.Num > a.Num {
			return b
		}
		return a
	case Required:
		if !b.Bool {
			return b
		}
		return a
	case Includes:
		var set []string
		for _, x := range a.Set {
			if _, ok := slices.BinarySearch(b.Set, x); ok {
				set = append(set, x)
			}
		}
		return Value{Kind: Includes, Set: set}
	case Scope:
		switch {
		case a.All:
			return b
		case b.All:
			return a
		}
		var t []int
		for _, x := range a.Tiers {
			if _, ok := slices.BinarySearch(b.Tiers, x); ok {
				t = append(t, x)
			}
		}
		return Value{Kind: Scope, Tiers: t}
	}
	return a
}

// Meets reports whether practice p satisfies requirement r.
func Meets(p, r Value) bool {
	if r.None {
		return true
	}
	if p.None {
		return false
	}
	switch r.Kind {
	case Floor:
		return p.Num >= r.Num
	case Ceiling:
		return p.Num <= r.Num
	case Required:
		return p.Bool || !r.Bool
	case Includes:
		return len(Missing(p, r)) == 0
	case Scope:
		return len(Missing(p, r)) == 0
	}
	return false
}

// Equal reports whether a and b are the same value.
func Equal(a, b Value) bool {
	return a.Kind == b.Kind && a.None == b.None && a.Num == b.Num && a.Bool == b.Bool && a.All == b.All &&
		slices.Equal(a.Set, b.Set) && slices.Equal(a.Tiers, b.Tiers)
}

// Missing lists what p lacks of r: set items, or tiers ("all" when r covers
// every tier and p does not). Empty for the other kinds.
func Missing(p, r Value) []string {
	if r.None {
		return nil
	}
	switch r.Kind {
	case Includes:
		var out []string
		for _, s := range r.Set {
			if _, ok := slices.BinarySearch(p.Set, s); !ok {
				out = append(out, s)
			}
		}
		return out
	case Scope:
		if p.All {
			return nil
		}
		if r.All {
			return []string{"all"}
		}
		var out []string
		for _, t := range r.Tiers {
			if _, ok := slices.BinarySearch(p.Tiers, t); !ok {
				out = append(out, strconv.Itoa(t))
			}
		}
		return out
	}
	return nil
}

// CoversTier reports whether a scope value includes tier t.
func CoversTier(v Value, t int) bool {
	if v.None {
		return false
	}
	if v.All {
		return true
	}
	_, ok := slices.BinarySearch(v.Tiers, t)
	return ok
}

// JSON returns the value as it is written in documents and reports.
func (v Value) JSON() any {
	if v.None {
		return nil
	}
	switch v.Kind {
	case Floor, Ceiling:
		return v.Num
	case Required:
		return v.Bool
	case Includes:
		if v.Set == nil {
			return []string{}
		}
		return v.Set
	case Scope:
		if v.All {
			return "all"
		}
		if v.Tiers == nil {
			return []int{}
		}
		return v.Tiers
	}
	return nil
}

// String formats the value for messages.
func (v Value) String() string {
	if v.None {
		return "nothing"
	}
	switch v.Kind {
	case Floor, Ceiling:
		return strconv.FormatFloat(v.Num, 'f', -1, 64)
	case Required:
		return strconv.FormatBool(v.Bool)
	case Includes:
		return strings.Join(v.Set, ", ")
	case Scope:
		if v.All {
			return "all tiers"
		}
		parts := make([]string, len(v.Tiers))
		for i, t := range v.Tiers {
			parts[i] = strconv.Itoa(t)
		}
		if len(parts) == 1 {
			return "tier " + parts[0]
		}
		return "tiers " + strings.Join(parts, ", ")
	}
	return ""
}

func number(v any) (float64, bool) {
	switch n := v.(type) {
	case float64:
		return n, !math.IsNaN(n) && !math.IsInf(n, 0)
	case int:
		return float64(n), true
	case interface{ Float64() (float64, error) }:
		f, err := n.Float64()
		return f, err == nil
	}
	return 0, false
}

func uniqueStrings(s []string) []string {
	sort.Strings(s)
	return slices.Compact(s)
}

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return strconv.Quote(x)
	case bool:
		return strconv.FormatBool(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%v", v)
}

func anySlice[T any](in []T) []any {
	out := make([]any, len(in))
	for i, x := range in {
		out[i] = x
	}
	return out
}
