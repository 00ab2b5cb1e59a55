package hrddtest_test

import (
	"fmt"
	"testing"

	"github.com/openhrdd/hrdd/engine"
	"github.com/openhrdd/hrdd/engine/document"
	"github.com/openhrdd/hrdd/hrddtest"
)

// A supplier code guarded in a test: it must never commit to less than the
// law of a country where suppliers are.
func Example() {
	t := &testing.T{} // in a real test, the *testing.T of the test function
	doc := &document.Document{
		HRDD:    "1",
		Company: document.Company{Name: "Example K.K.", Headquarters: "JP"},
		Policies: document.Policies{Suppliers: document.Practices{
			"child_labour": {"minimum_age": document.IfStricter{Value: 15.0}},
		}},
		Suppliers: []document.Supplier{{ID: "S-1", Country: "VN", Tier: 1}},
	}
	rep := hrddtest.Evaluate(t, doc, "2026-11-23")
	hrddtest.RequireNoShortfalls(t, rep, engine.BelowDomestic)
	fmt.Println("below domestic law:", len(hrddtest.Shortfalls(rep, engine.BelowDomestic)))
	// Output: below domestic law: 0
}

// Two versions of a policy document compared: a test that fails when a
// change introduces a new shortfall.
func ExampleNewShortfalls() {
	t := &testing.T{}
	doc := func(age float64) *document.Document {
		return &document.Document{HRDD: "1", Company: document.Company{Name: "Example K.K.", Headquarters: "JP"},
			Sites: []document.Site{{ID: "VN-1", Country: "VN", Practices: document.Practices{"child_labour": {"minimum_age": age}}}}}
	}
	before := hrddtest.Evaluate(t, doc(15), "2026-11-23")
	after := hrddtest.Evaluate(t, doc(14), "2026-11-23")
	for _, f := range hrddtest.NewShortfalls(before, after, engine.BelowInternational) {
		fmt.Println(f.ID, f.Status)
	}
	// Output: child_labour.minimum_age/site/VN-1/VN below_domestic
}
