package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"testing/fstest"
	"time"

	"github.com/openhrdd/hrdd/engine/document"
	"github.com/openhrdd/hrdd/fixtures/synth"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testPack is a custom rule pack for a made-up country XA (a user-assigned
// ISO code) and a test due-diligence law, so that these tests exercise the
// engine's logic whatever the built-in packs say. International values come
// from the built-in standards plus the test code below.
var testPack = fstest.MapFS{
	"xa/xa.rego": {Data: []byte(`package hrdd.national.xa

name := "Testland"

reads := {"sector"}

_b := {"instrument": "Test Act", "binding": "law", "url": "https://example.org/test-act", "effective_from": "2000-01-01", "verification": "primary"}

sources contains object.union(_b, {"requirement": "child_labour.minimum_age", "value": 14, "article": "s. 1", "effective_to": "2030-01-01"})

sources contains object.union(_b, {"requirement": "child_labour.minimum_age", "value": 16, "article": "s. 1 as amended", "effective_from": "2030-01-01"})

sources contains object.union(_b, {"requirement": "working_hours.regular_weekly_max", "value": 40, "article": "s. 2"})

sources contains object.union(_b, {"requirement": "working_hours.regular_weekly_max", "value": 35, "article": "s. 2A"}) if input.context.sector == "mining"

sources contains object.union(_b, {"requirement": "non_discrimination.grounds", "value": ["age", "sex"], "article": "s. 3"})

sources contains object.union(_b, {"requirement": "wages.minimum_wage_paid", "value": true, "article": "s. 4"})
`)},
	"xb/xb.rego": {Data: []byte(`package hrdd.national.xb

name := "Softland"

sources contains {"requirement": "child_labour.minimum_age", "value": 14, "instrument": "Softland Guidance", "article": "para 1", "url": "https://example.org/guidance", "effective_from": "2000-01-01", "binding": "soft_law", "verification": "secondary"}
`)},
	"code/code.rego": {Data: []byte(`package hrdd.standards.test_code

_b := {"instrument": "Test Code", "binding": "soft_law", "profile": "international", "url": "https://example.org/code", "effective_from": "2000-01-01", "verification": "primary"}

sources contains object.union(_b, {"requirement": "non_discrimination.grounds", "value": ["race", "sex"], "article": "cl. 1"})

sources contains object.union(_b, {"requirement": "due_diligence.scope_tiers", "value": "all", "article": "cl. 2"})

sources contains object.union(_b, {"requirement": "supplier_code.applies_to_tiers", "value": "all", "article": "cl. 3"})

sources contains object.union(_b, {"requirement": "due_diligence.stakeholders", "value": ["trade_unions", "affected_workers"], "article": "cl. 4"})
`)},
	"testlaw/testlaw.rego": {Data: []byte(`package hrdd.dd.testlaw

law := {"name": "Test Due Diligence Act", "jurisdiction": "XA", "binding": "law", "url": "https://example.org/dd", "effective_from": "2020-01-01"}

applicability := {"status": "applies", "reason": "at least 500 employees"} if {
	input.company.employees >= 500
} else := {"status": "not_applicable", "reason": "fewer than 500 employees"} if {
	is_number(input.company.employees)
} else := {"status": "unknown", "reason": "company.employees is needed"}

sources contains {"requirement": "due_diligence.risk_assessment_interval_months", "value": 12, "instrument": "Test Due Diligence Act", "article": "s. 5", "url": "https://example.org/dd", "effective_from": "2020-01-01", "binding": "law", "verification": "primary"}

sources contains {"requirement": "due_diligence.scope_tiers", "value": [1], "instrument": "Test Due Diligence Act", "article": "s. 6", "url": "https://example.org/dd", "effective_from": "2020-01-01", "binding": "law", "verification": "primary"}
`)},
}

func asOf(s string) Option {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return AsOf(t)
}

func testEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := New(context.Background(), WithRules("test", testPack))
	require.NoError(t, err)
	return e
}

func employees(n int) *int { return &n }

// evalOne evaluates a one-supplier document and returns the finding for id on
// that supplier, with passed findings kept.
func evalOne(t *testing.T, e *Engine, country, sector string, practices document.Practices, id, date string) Finding {
	t.Helper()
	doc := &document.Document{
		HRDD:      "1",
		Company:   document.Company{Name: "Test", Headquarters: "XA"},
		Suppliers: []document.Supplier{{ID: "S-1", Country: country, Tier: 1, Sector: sector, Practices: practices}},
	}
	rep, err := e.Evaluate(context.Background(), doc, asOf(date), WithPassed(true))
	require.NoError(t, err)
	for _, f := range rep.Findings {
		if f.Requirement == id && f.Subject.Kind == SubjectSupplier {
			return f
		}
	}
	t.Fatalf("no finding for %s", id)
	return Finding{}
}

func TestStatusByKind(t *testing.T) {
	e := testEngine(t)
	p := func(topic, field string, v any) document.Practices { return document.Practices{topic: {field: v}} }
	tests := []struct {
		name      string
		country   string
		sector    string
		practices document.Practices
		id        string
		date      string
		want      Status
		required  any
		binding   string
	}{
		{"floor below domestic", "XA", "", p("child_labour", "minimum_age", 13.0), "child_labour.minimum_age", "2026-11-23", BelowDomestic, 15.0, "international"},
		{"floor lawful but below international", "XA", "", p("child_labour", "minimum_age", 14.0), "child_labour.minimum_age", "2026-11-23", BelowInternational, 15.0, "international"},
		{"floor meets", "XA", "", p("child_labour", "minimum_age", 15.0), "child_labour.minimum_age", "2026-11-23", Meets, 15.0, "international"},
		{"floor local_law takes the weaker law", "XA", "", p("child_labour", "minimum_age", "local_law"), "child_labour.minimum_age", "2026-11-23", BelowInternational, 15.0, "international"},
		{"floor absent", "XA", "", document.Practices{}, "child_labour.minimum_age", "2026-11-23", Unaddressed, 15.0, "international"},
		{"day before the amendment", "XA", "", p("child_labour", "minimum_age", 15.0), "child_labour.minimum_age", "2029-12-31", Meets, 15.0, "international"},
		{"day the amendment takes effect", "XA", "", p("child_labour", "minimum_age", 15.0), "child_labour.minimum_age", "2030-01-01", BelowDomestic, 16.0, "domestic"},
		{"local_law after the amendment meets", "XA", "", p("child_labour", "minimum_age", "local_law"), "child_labour.minimum_age", "2030-01-01", Meets, 16.0, "domestic"},
		{"soft-law domestic is never below_domestic", "XB", "", p("child_labour", "minimum_age", 13.0), "child_labour.minimum_age", "2026-11-23", BelowInternational, 15.0, "international"},
		{"local_law where the law is silent", "ZZ", "", p("child_labour", "minimum_age", "local_law"), "child_labour.minimum_age", "2026-11-23", Unaddressed, 15.0, "international"},
		{"ceiling below domestic", "XA", "", p("working_hours", "regular_weekly_max", 44.0), "working_hours.regular_weekly_max", "2026-11-23", BelowDomestic, 40.0, "domestic"},
		{"ceiling meets", "XA", "", p("working_hours", "regular_weekly_max", 40.0), "working_hours.regular_weekly_max", "2026-11-23", Meets, 40.0, "domestic"},
		{"ceiling depends on the sector", "XA", "mining", p("working_hours", "regular_weekly_max", 40.0), "working_hours.regular_weekly_max", "2026-11-23", BelowDomestic, 35.0, "domestic"},
		{"required false below domestic", "XA", "", p("wages", "minimum_wage_paid", false), "wages.minimum_wage_paid", "2026-11-23", BelowDomestic, true, ""},
		{"required true meets", "XA", "", p("wages", "minimum_wage_paid", true), "wages.minimum_wage_paid", "2026-11-23", Meets, true, ""},
		{"includes missing a domestic ground", "XA", "", p("non_discrimination", "grounds", []any{"sex"}), "non_discrimination.grounds", "2026-11-23", BelowDomestic, nil, "both"},
		{"includes lawful, missing international grounds", "XA", "", p("non_discrimination", "grounds", []any{"age", "sex"}), "non_discrimination.grounds", "2026-11-23", BelowInternational, nil, "both"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := evalOne(t, e, tt.country, tt.sector, tt.practices, tt.id, tt.date)
			assert.Equal(t, tt.want, f.Status, f.Message)
			if tt.required != nil {
				assert.Equal(t, tt.required, f.Required)
			}
			if tt.binding != "" {
				assert.Equal(t, tt.binding, f.Binding)
			}
			assert.NotEmpty(t, f.Message)
			assert.Equal(t, "/suppliers/0/practices/"+tt.id[:len(tt.id)-len(field(tt.id))-1]+"/"+field(tt.id), f.Pointer)
		})
	}
}

func field(id string) string {
	for i := len(id) - 1; i >= 0; i-- {
		if id[i] == '.' {
			return id[i+1:]
		}
	}
	return id
}

func TestIncludesMissingItems(t *testing.T) {
	e := testEngine(t)
	f := evalOne(t, e, "XA", "", document.Practices{"non_discrimination": {"grounds": []any{"age", "sex"}}}, "non_discrimination.grounds", "2026-11-23")
	assert.Contains(t, f.Missing, "race")
	assert.NotContains(t, f.Missing, "sex")
	assert.Contains(t, f.Message, "leaves out")
}

func TestLocalLawMessageCitesBothSides(t *testing.T) {
	e := testEngine(t)
	doc := &document.Document{
		HRDD:      "1",
		Company:   document.Company{Name: "Test", Headquarters: "XA"},
		Policies:  document.Policies{Suppliers: document.Practices{"child_labour": {"minimum_age": "local_law"}}},
		Suppliers: []document.Supplier{{ID: "S-1", Country: "XA", Tier: 1}},
	}
	rep, err := e.Evaluate(context.Background(), doc, asOf("2026-11-23"))
	require.NoError(t, err)
	var got *Finding
	for i, f := range rep.Findings {
		if f.Requirement == "child_labour.minimum_age" && f.Subject.Kind == SubjectSupplierCode {
			got = &rep.Findings[i]
		}
	}
	require.NotNil(t, got)
	assert.Equal(t, BelowInternational, got.Status)
	assert.Equal(t, "local_law", got.Practice)
	assert.Equal(t, "/policies/suppliers/child_labour/minimum_age", got.Pointer)
	assert.Contains(t, got.Message, "Supplier code follows local law (14 years in XA, Test Act s. 1), below ILO C138 Art. 2(3) (at least 15 years)")
	require.NotNil(t, got.Domestic)
	assert.Equal(t, "Test Act", got.Domestic.Sources[0].Instrument)
}

func TestTierScopeAndDueDiligenceLaw(t *testing.T) {
	e := testEngine(t)
	doc := &document.Document{
		HRDD:         "1",
		Company:      document.Company{Name: "Test", Headquarters: "XA", Employees: employees(600)},
		DueDiligence: document.ProcessPractices{"scope_tiers": []any{1.0}, "risk_assessment_interval_months": 24.0, "stakeholders": []any{"affected_workers"}},
		Policies:     document.Policies{SupplierTiers: "all"},
		Suppliers: []document.Supplier{
			{ID: "S-1", Country: "XA", Tier: 1},
			{ID: "S-2", Country: "XA", Tier: 2, Parent: "S-1"},
		},
	}
	rep, err := e.Evaluate(context.Background(), doc, asOf("2026-11-23"), WithPassed(true))
	require.NoError(t, err)
	find := func(id, kind, subj string) Finding {
		for _, f := range rep.Findings {
			if f.Requirement == id && f.Subject.Kind == kind && f.Subject.ID == subj {
				return f
			}
		}
		t.Fatalf("no finding %s %s %s", id, kind, subj)
		return Finding{}
	}
	assert.Equal(t, Meets, find("due_diligence.scope_tiers", SubjectSupplier, "S-1").Status)
	s2 := find("due_diligence.scope_tiers", SubjectSupplier, "S-2")
	assert.Equal(t, BelowInternational, s2.Status, "a tier-2 supplier outside a tier-1 scope")
	assert.Contains(t, s2.Message, "Supplier S-2 (tier 2, XA) is outside the due-diligence scope (tier 1)")
	assert.Equal(t, Meets, find("supplier_code.applies_to_tiers", SubjectSupplier, "S-2").Status)
	assert.Equal(t, BelowInternational, find("due_diligence.scope_tiers", SubjectDueDiligence, "").Status)
	assert.Equal(t, BelowDomestic, find("due_diligence.risk_assessment_interval_months", SubjectDueDiligence, "").Status)
	st := find("due_diligence.stakeholders", SubjectDueDiligence, "")
	assert.Equal(t, BelowInternational, st.Status)
	assert.Contains(t, st.Missing, "trade_unions")

	var law *Law
	for i := range rep.Laws {
		if rep.Laws[i].ID == "testlaw" {
			law = &rep.Laws[i]
		}
	}
	require.NotNil(t, law)
	assert.Equal(t, "applies", law.Status)

	// Without the headcount the law's applicability is unknown and it sets nothing.
	doc.Company.Employees = nil
	rep, err = e.Evaluate(context.Background(), doc, asOf("2026-11-23"), WithPassed(true))
	require.NoError(t, err)
	for _, l := range rep.Laws {
		if l.ID == "testlaw" {
			assert.Equal(t, "unknown", l.Status)
			assert.Contains(t, l.Reason, "company.employees")
		}
	}
	for _, f := range rep.Findings {
		assert.NotEqual(t, "due_diligence.risk_assessment_interval_months", f.Requirement,
			"no international value and no applicable law: nothing to compare")
	}
}

func TestSummaryCountsEverything(t *testing.T) {
	e := testEngine(t)
	doc := &document.Document{
		HRDD:      "1",
		Company:   document.Company{Name: "Test", Headquarters: "XA"},
		Suppliers: []document.Supplier{{ID: "S-1", Country: "XA", Tier: 1, Practices: document.Practices{"child_labour": {"minimum_age": 15.0}}}},
	}
	all, err := e.Evaluate(context.Background(), doc, asOf("2026-11-23"), WithPassed(true))
	require.NoError(t, err)
	short, err := e.Evaluate(context.Background(), doc, asOf("2026-11-23"))
	require.NoError(t, err)
	assert.Equal(t, all.Summary.Counts, short.Summary.Counts)
	assert.Equal(t, len(all.Findings)-all.Summary.Meets, len(short.Findings))
	total := all.Summary.BelowDomestic + all.Summary.BelowInternational + all.Summary.Unaddressed + all.Summary.Meets
	assert.Equal(t, len(all.Findings), total)
	for _, f := range short.Findings {
		assert.NotEqual(t, Meets, f.Status)
	}
	tier1 := 0
	for _, f := range all.Findings {
		if f.Subject.Tier == 1 {
			tier1++
		}
	}
	c := all.Summary.ByTier["1"]
	require.NotNil(t, c)
	assert.Equal(t, tier1, c.BelowDomestic+c.BelowInternational+c.Unaddressed+c.Meets)
}

func TestUnknownProfile(t *testing.T) {
	e := testEngine(t)
	_, err := e.Evaluate(context.Background(), &document.Document{HRDD: "1", Company: document.Company{Name: "T", Headquarters: "XA"}}, WithProfiles("sa8000"))
	require.ErrorContains(t, err, `unknown profile "sa8000"`)
}

func TestCustomRulesCannotUseTheNetwork(t *testing.T) {
	bad := fstest.MapFS{"x/x.rego": {Data: []byte(`package hrdd.national.xc

sources contains x if {
	r := http.send({"method": "GET", "url": "http://127.0.0.1:1"})
	x := r.body
}
`)}}
	_, err := New(context.Background(), WithRules("bad", bad))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "http.send")
}

// TestSpilledFindingsAreIdentical checks that findings spilled to disk and
// merged come out exactly as when held in memory.
func TestSpilledFindingsAreIdentical(t *testing.T) {
	e := testEngine(t)
	doc := &document.Document{
		HRDD:         "1",
		Company:      document.Company{Name: "Test", Headquarters: "XA"},
		DueDiligence: document.ProcessPractices{"scope_tiers": []any{1.0}},
		Policies:     document.Policies{SupplierTiers: []int{1, 2}},
	}
	countries := []string{"XA", "XB", "ZZ"}
	for i := 0; i < 60; i++ {
		tier := 1 + i%3
		sp := document.Supplier{ID: fmt.Sprintf("S-%03d", 60-i), Country: countries[i%3], Tier: tier,
			Practices: document.Practices{"child_labour": {"minimum_age": float64(12 + i%5)}, "wages": {"minimum_wage_paid": i%2 == 0}}}
		doc.Suppliers = append(doc.Suppliers, sp)
	}
	mem, err := e.Evaluate(context.Background(), doc, asOf("2026-11-23"), WithPassed(true))
	require.NoError(t, err)
	spilled, err := e.Evaluate(context.Background(), doc, asOf("2026-11-23"), WithPassed(true), func(s *settings) { s.spill = 7 })
	require.NoError(t, err)
	require.Greater(t, len(mem.Findings), 100)
	a, _ := json.Marshal(mem)
	b, _ := json.Marshal(spilled)
	assert.JSONEq(t, string(a), string(b))
	assert.Equal(t, string(a), string(b))
}

// TestParallelSpilledFindingsAreIdentical: suppliers evaluated on several
// cores, with every shard spilling, give the findings of a sequential run.
func TestParallelSpilledFindingsAreIdentical(t *testing.T) {
	e := newEngineT(t)
	var buf bytes.Buffer
	require.NoError(t, synth.Generate(&buf, synth.Options{Suppliers: 400, Seed: 3}))
	doc, err := document.Decode(bytes.NewReader(buf.Bytes()), "gen.json")
	require.NoError(t, err)
	want, err := e.Evaluate(context.Background(), doc, asOf("2026-11-23"), WithPassed(true))
	require.NoError(t, err)
	run, err := e.EvaluateSource(context.Background(), Input{Document: bytes.NewReader(buf.Bytes()), Name: "gen.json"},
		asOf("2026-11-23"), WithPassed(true), func(s *settings) { s.spill = 97 })
	require.NoError(t, err)
	defer run.Close()
	got, err := run.Finish(context.Background())
	require.NoError(t, err)
	a, _ := json.Marshal(want)
	b, _ := json.Marshal(got)
	require.Greater(t, len(want.Findings), 1000)
	assert.Equal(t, string(a), string(b))
}

func newEngineT(t *testing.T) *Engine {
	t.Helper()
	e, err := New(context.Background())
	require.NoError(t, err)
	return e
}

func TestThreeQuestions(t *testing.T) {
	e := testEngine(t)
	doc := &document.Document{
		HRDD:    "1",
		Company: document.Company{Name: "Test", Headquarters: "XA"},
		DueDiligence: document.ProcessPractices{
			"stakeholders": []any{"trade_unions", "affected_workers"}, "scope_tiers": []any{1.0},
			"international_standards_precedence": false,
		},
		Policies: document.Policies{Suppliers: document.Practices{"child_labour": {"minimum_age": "local_law"}}},
		Suppliers: []document.Supplier{
			{ID: "S-1", Country: "XA", Tier: 1, Practices: document.Practices{"child_labour": {"minimum_age": "local_law"}}},
			{ID: "S-2", Country: "XA", Tier: 2, Parent: "S-1"},
		},
	}
	rep, err := e.Evaluate(context.Background(), doc, asOf("2026-11-23"))
	require.NoError(t, err)
	require.Len(t, rep.Questions, 3)
	q := map[string]Question{}
	for _, x := range rep.Questions {
		q[x.ID] = x
	}
	assert.Equal(t, "partly", q["workers_organisations"].Answer, "trade unions named, workers' representatives not")
	assert.Equal(t, "no", q["indirect_partners"].Answer)
	assert.Contains(t, q["indirect_partners"].Detail, "suppliers outside it: 1")
	assert.Equal(t, "no", q["international_precedence"].Answer)
	assert.Contains(t, q["international_precedence"].Detail, "below the international standard: 2", "supplier code in XA and supplier S-1")
}
