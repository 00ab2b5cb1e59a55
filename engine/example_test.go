package engine_test

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/openhrdd/hrdd/engine"
	"github.com/openhrdd/hrdd/engine/document"
)

// A supplier code that defers to local law meets the law everywhere, and falls
// short of the international standard wherever the law has a gap.
func ExampleEngine_Evaluate() {
	ctx := context.Background()
	e, err := engine.New(ctx)
	if err != nil {
		panic(err)
	}
	doc, err := document.Decode(strings.NewReader(`{
	  "hrdd": "1",
	  "company": {"name": "Example K.K.", "headquarters": "JP"},
	  "policies": {"suppliers": {"child_labour": {"minimum_age": "local_law"}}},
	  "suppliers": [
	    {"id": "S-1", "country": "BD", "tier": 1},
	    {"id": "S-2", "country": "VN", "tier": 1}
	  ]
	}`), "example.json")
	if err != nil {
		panic(err)
	}
	rep, err := e.Evaluate(ctx, doc, engine.AsOf(time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)), engine.WithPassed(true))
	if err != nil {
		panic(err)
	}
	for _, f := range rep.Findings {
		if f.Requirement == "child_labour.minimum_age" && f.Subject.Kind == engine.SubjectSupplierCode {
			fmt.Println(f.Subject.Country, f.Status)
		}
	}
	// Output:
	// BD below_international
	// VN meets
}

// Requirements answers "what does the law require here": domestic and
// international values, the stricter of the two, and whether the law has a gap.
func ExampleEngine_Requirements() {
	ctx := context.Background()
	e, err := engine.New(ctx)
	if err != nil {
		panic(err)
	}
	rq, err := e.Requirements(ctx, "JP", engine.AsOf(time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		panic(err)
	}
	for _, r := range rq.Requirements {
		if r.ID == "leave.annual_paid_min_days" {
			fmt.Printf("%s: domestic %v (%s %s), international %v (%s %s), effective %v, gap %v\n",
				r.ID, r.Domestic.Value, r.Domestic.Sources[0].Instrument, r.Domestic.Sources[0].Article,
				r.International.Value, r.International.Sources[0].Instrument, r.International.Sources[0].Article,
				r.Effective, r.Gap)
		}
	}
	// Output:
	// leave.annual_paid_min_days: domestic 10 (Labour Standards Act (Act No. 49 of 1947) Art. 39(1)-(2)), international 15 (ILO C132 Art. 3(3)), effective 15, gap true
}
