package engine

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/openhrdd/hrdd/engine/document"
	"github.com/openhrdd/hrdd/fixtures/synth"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// semPack is a made-up country XC whose entries exercise every class of
// domestic entry: values with conditions, a general rule that yields to a
// special one, an absence, a restriction, a value not encoded, unverified
// law and government guidance. XD has no pack at all.
var semPack = fstest.MapFS{
	"xc/xc.rego": {Data: []byte(`package hrdd.national.xc

name := "Conditionland"

_b := {"instrument": "Labour Act", "binding": "law", "url": "https://example.org/la", "effective_from": "2000-01-01", "verification": "primary"}

sources contains object.union(_b, {"requirement": "child_labour.minimum_age", "value": 15, "article": "s. 1"})

sources contains object.union(_b, {"requirement": "child_labour.hazardous_work_minimum_age", "value": 18, "article": "s. 2", "verification": "unverified"})

sources contains object.union(_b, {"requirement": "maternity.leave_min_weeks", "value": 16, "article": "s. 3", "conditions": {"employer_employees_min": 50, "service_months_min": 12, "text": "employers of 50 or more; workers with 12 months of service"}})

sources contains object.union(_b, {"requirement": "health_safety.worker_participation", "value": true, "article": "s. 4", "conditions": {"workplace_workers_min": 50, "text": "workplaces of 50 or more workers"}})

sources contains object.union(_b, {"requirement": "working_hours.regular_weekly_max", "value": 40, "article": "s. 5", "conditions": {"unless": {"sectors": ["retail"], "workplace_workers_below": 10}, "text": "except small retail workplaces"}})

sources contains object.union(_b, {"requirement": "working_hours.regular_weekly_max", "value": 44, "article": "s. 5A", "conditions": {"sectors": ["retail"], "workplace_workers_below": 10, "text": "retail workplaces of fewer than 10 workers"}})

sources contains object.union(_b, {"requirement": "leave.annual_paid_min_days", "entry": "absence", "article": "s. 6"})

sources contains object.union(_b, {"requirement": "freedom_of_association.right_to_organise", "entry": "restriction", "value": false, "article": "s. 7"})

sources contains object.union(_b, {"requirement": "wages.living_wage", "entry": "not_encoded", "reason": "statute not yet checked", "article": "-"})

sources contains object.union(_b, {"requirement": "non_discrimination.grounds", "value": ["sex"], "article": "s. 8"})

sources contains object.union(_b, {"requirement": "non_discrimination.grounds", "value": ["age"], "article": "s. 9", "conditions": {"employer_employees_min": 20, "text": "employers of 20 or more"}})

sources contains object.union(_b, {"requirement": "working_hours.regular_daily_max", "value": 8, "article": "s. 10", "conditions": {"zones_excluded": ["export_processing_zone"], "text": "outside export processing zones"}})

sources contains object.union(_b, {"requirement": "forced_labour.no_retention_of_identity_documents", "value": true, "article": "s. 11", "conditions": {"worker_groups": ["foreign_workers"], "text": "foreign workers"}})

sources contains object.union(_b, {"requirement": "forced_labour.no_retention_of_identity_documents", "entry": "absence", "article": "s. 11A", "conditions": {"unless": {"worker_groups": ["foreign_workers"]}, "text": "other workers"}})

sources contains {"requirement": "working_hours.total_weekly_max", "value": 50, "instrument": "Hours Guidelines", "article": "para. 1", "url": "https://example.org/g", "effective_from": "2000-01-01", "binding": "soft_law", "verification": "secondary"}
`)},
	"dsoft/dsoft.rego": {Data: []byte(`package hrdd.dd.dsoft

law := {"name": "Soft Guidelines", "jurisdiction": "XC", "binding": "soft_law", "url": "https://example.org/sg", "effective_from": "2020-01-01"}

applicability := {"status": "applies", "reason": "all enterprises"}

sources contains {"requirement": "due_diligence.scope_tiers", "value": "all", "instrument": "Soft Guidelines", "article": "1.3", "url": "https://example.org/sg", "effective_from": "2020-01-01", "binding": "soft_law", "verification": "secondary"}
`)},
	"dlaw/dlaw.rego": {Data: []byte(`package hrdd.dd.dlaw

law := {"name": "Direct Suppliers Act", "jurisdiction": "XC", "binding": "law", "url": "https://example.org/dsa", "effective_from": "2020-01-01"}

applicability := {"status": "applies", "reason": "large"}

sources contains {"requirement": "due_diligence.scope_tiers", "value": [1], "instrument": "Direct Suppliers Act", "article": "s. 2", "url": "https://example.org/dsa", "effective_from": "2020-01-01", "binding": "law", "verification": "primary"}
`)},
}

func semEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := New(context.Background(), WithRules("sem", semPack))
	require.NoError(t, err)
	return e
}

func intp(n int) *int { return &n }

// find returns the finding for id on the subject of kind (and id), or fails.
func find(t *testing.T, rep *Report, id, kind, subjID string) Finding {
	t.Helper()
	for _, f := range rep.Findings {
		if f.Requirement == id && f.Subject.Kind == kind && f.Subject.ID == subjID {
			return f
		}
	}
	t.Fatalf("no finding for %s on %s %s", id, kind, subjID)
	return Finding{}
}

func evalSem(t *testing.T, e *Engine, doc *document.Document, opts ...Option) *Report {
	t.Helper()
	if doc.HRDD == "" {
		doc.HRDD = "1"
	}
	if doc.Company.Name == "" {
		doc.Company = document.Company{Name: "Test", Headquarters: "XC", EmployeesByCountry: map[string]int{"XC": 30}}
	}
	rep, err := e.Evaluate(context.Background(), doc, append([]Option{asOf("2026-11-23"), WithPassed(true)}, opts...)...)
	require.NoError(t, err)
	return rep
}

func site(workers *int, sector string, practices document.Practices) document.Site {
	return document.Site{ID: "S", Country: "XC", Workers: workers, Sector: sector, Practices: practices}
}

// TestNeverBelowDomesticWithoutBindingLaw: soft law, unverified law, an unmet
// condition and a missing figure never make a practice below domestic law.
func TestNeverBelowDomesticWithoutBindingLaw(t *testing.T) {
	e := semEngine(t)
	p := func(topic, field string, v any) document.Practices { return document.Practices{topic: {field: v}} }
	tests := []struct {
		name   string
		site   document.Site
		id     string
		want   Status
		reason string
		needs  []string
	}{
		{"unverified law", site(intp(100), "basic_metals", p("child_labour", "hazardous_work_minimum_age", 16.0)), "child_labour.hazardous_work_minimum_age", BelowInternational, "", nil},
		{"condition not met", site(intp(20), "basic_metals", p("health_safety", "worker_participation", false)), "health_safety.worker_participation", BelowInternational, "", nil},
		{"condition met", site(intp(60), "basic_metals", p("health_safety", "worker_participation", false)), "health_safety.worker_participation", BelowDomestic, "", nil},
		{"figure missing, below the standard too", site(nil, "basic_metals", p("health_safety", "worker_participation", false)), "health_safety.worker_participation", BelowInternational, "", []string{"/sites/0/workers"}},
		{"figure missing, meets the standard", site(nil, "", p("working_hours", "regular_weekly_max", 42.0)), "working_hours.regular_weekly_max", Unaddressed, "unknown", []string{"/sites/0/sector", "/sites/0/workers"}},
		{"general rule applies", site(nil, "basic_metals", p("working_hours", "regular_weekly_max", 42.0)), "working_hours.regular_weekly_max", BelowDomestic, "", nil},
		{"special rule applies", site(intp(5), "retail", p("working_hours", "regular_weekly_max", 42.0)), "working_hours.regular_weekly_max", Meets, "", nil},
		{"unlawful under every rule", site(nil, "", p("working_hours", "regular_weekly_max", 46.0)), "working_hours.regular_weekly_max", BelowDomestic, "", nil},
		{"zone excluded", document.Site{ID: "S", Country: "XC", Zone: "export_processing_zone", Practices: p("working_hours", "regular_daily_max", 8.5)}, "working_hours.regular_daily_max", BelowInternational, "", nil},
		{"zone ordinary", document.Site{ID: "S", Country: "XC", Practices: p("working_hours", "regular_daily_max", 8.5)}, "working_hours.regular_daily_max", BelowDomestic, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := evalSem(t, e, &document.Document{Sites: []document.Site{tt.site}})
			f := find(t, rep, tt.id, SubjectSite, "S")
			assert.Equal(t, tt.want, f.Status, f.Message)
			assert.Equal(t, tt.reason, f.Reason)
			assert.Equal(t, tt.needs, f.Needs)
			assert.NotContains(t, f.Message, "%!", "message formatting")
			if tt.want != BelowDomestic {
				assert.NotContains(t, f.Message, "unlawful there")
			}
		})
	}
}

func TestGuidanceShownApart(t *testing.T) {
	e := semEngine(t)
	for _, tc := range []struct {
		hours float64
		want  Status
	}{{55, Meets}, {66, BelowInternational}} {
		rep := evalSem(t, e, &document.Document{Sites: []document.Site{site(intp(100), "basic_metals", document.Practices{"working_hours": {"total_weekly_max": tc.hours}})}}, WithProfiles("eti"))
		f := find(t, rep, "working_hours.total_weekly_max", SubjectSite, "S")
		require.NotNil(t, f.DomesticGuidance)
		assert.Equal(t, 50.0, f.DomesticGuidance.Value)
		assert.Nil(t, f.Domestic)
		assert.Equal(t, tc.want, f.Status, "%v hours: guidance of 50 is not law; ETI's 60 is the standard", tc.hours)
	}
}

// TestSoftDueDiligenceLawNeverBelowDomestic: a binding law asking for direct
// suppliers only and guidelines asking for all tiers never make the scope
// below domestic law; the guidelines are shown as guidance.
func TestSoftDueDiligenceLawNeverBelowDomestic(t *testing.T) {
	e := semEngine(t)
	doc := &document.Document{
		DueDiligence: document.ProcessPractices{"scope_tiers": []any{1.0}},
		Suppliers:    []document.Supplier{{ID: "A", Country: "XC", Tier: 1}, {ID: "B", Country: "XC", Tier: 2, Parent: "A"}},
	}
	rep := evalSem(t, e, doc)
	f := find(t, rep, "due_diligence.scope_tiers", SubjectDueDiligence, "")
	assert.Equal(t, BelowInternational, f.Status, f.Message)
	assert.NotContains(t, f.Message, "Direct Suppliers Act s. 2 requires all tiers")
	require.NotNil(t, f.DomesticGuidance)
	for _, x := range rep.Findings {
		if x.Requirement == "due_diligence.scope_tiers" {
			assert.NotEqual(t, BelowDomestic, x.Status, x.Message)
		}
	}
}

// TestPolicyHeldToEveryWorkplace: a policy governs every workplace of the
// country, so it is held to the strictest value that may apply, in policy
// words ("falls short of the law", never "unlawful").
func TestPolicyHeldToEveryWorkplace(t *testing.T) {
	e := semEngine(t)
	rep := evalSem(t, e, &document.Document{Policies: document.Policies{OwnOperations: document.Practices{
		"working_hours":      {"regular_weekly_max": 42.0},
		"non_discrimination": {"grounds": []any{"race", "colour", "sex", "religion", "political_opinion", "national_extraction", "social_origin"}},
	}}})
	f := find(t, rep, "working_hours.regular_weekly_max", SubjectOwnOperations, "")
	assert.Equal(t, BelowDomestic, f.Status)
	assert.Contains(t, f.Message, "falls short of the law")
	assert.NotContains(t, f.Message, "unlawful")
	g := find(t, rep, "non_discrimination.grounds", SubjectOwnOperations, "")
	assert.Equal(t, BelowDomestic, g.Status, "30 employees in XC: age is protected from 20")
	assert.Contains(t, g.Message, "leaves out age, protected by law in XC")
}

// TestLocalLawAgainstAbsenceAndRestriction: "local_law" takes the domestic
// entry, so it falls short where the law sets nothing or restricts the
// right, and counts in question 3; only "not encoded" stays unaddressed.
func TestLocalLawAgainstAbsenceAndRestriction(t *testing.T) {
	e := semEngine(t)
	rep := evalSem(t, e, &document.Document{
		DueDiligence: document.ProcessPractices{"international_standards_precedence": true},
		Policies: document.Policies{Suppliers: document.Practices{
			"leave":                  {"annual_paid_min_days": "local_law"},
			"freedom_of_association": {"right_to_organise": "local_law"},
			"wages":                  {"living_wage": "local_law"},
		}},
		Suppliers: []document.Supplier{{ID: "A", Country: "XC", Tier: 1}},
	})
	leave := find(t, rep, "leave.annual_paid_min_days", SubjectSupplierCode, "")
	assert.Equal(t, BelowInternational, leave.Status, leave.Message)
	assert.Contains(t, leave.Message, "sets nothing")
	foa := find(t, rep, "freedom_of_association.right_to_organise", SubjectSupplierCode, "")
	assert.Equal(t, BelowInternational, foa.Status, foa.Message)
	assert.Contains(t, foa.Message, "restricts")
	lw := find(t, rep, "wages.living_wage", SubjectSupplierCode, "")
	assert.Equal(t, Unaddressed, lw.Status)
	assert.Equal(t, "not_encoded", lw.Reason)
	assert.Contains(t, lw.Message, "statute not yet checked")
	assert.GreaterOrEqual(t, rep.Summary.NotEncoded, 1)
	var q3 Question
	for _, q := range rep.Questions {
		if q.ID == "international_precedence" {
			q3 = q
		}
	}
	assert.Equal(t, "no", q3.Answer, "committed, but two values defer to a law below the standard")
}

// TestIfStricter: "15, or local law if stricter" meets the law everywhere and
// falls below the international standard nowhere that 15 is enough.
func TestIfStricter(t *testing.T) {
	for _, tc := range []struct {
		engine  func(testing.TB) *Engine
		country string
		date    string
	}{{semEngine, "XC", "2026-11-23"}, {testEngine, "XA", "2026-11-23"}, {testEngine, "XA", "2031-01-01"}} {
		e := tc.engine(t)
		doc := &document.Document{
			HRDD:    "1",
			Company: document.Company{Name: "T", Headquarters: tc.country},
			Policies: document.Policies{Suppliers: document.Practices{
				"child_labour":       {"minimum_age": document.IfStricter{Value: 15.0}},
				"non_discrimination": {"grounds": document.IfStricter{Value: []any{"race", "colour", "sex", "religion", "political_opinion", "national_extraction", "social_origin"}}},
			}},
			Suppliers: []document.Supplier{{ID: "A", Country: tc.country, Tier: 1}},
		}
		rep, err := e.Evaluate(context.Background(), doc, asOf(tc.date), WithPassed(true))
		require.NoError(t, err)
		for _, id := range []string{"child_labour.minimum_age", "non_discrimination.grounds"} {
			f := find(t, rep, id, SubjectSupplierCode, "")
			assert.Equal(t, Meets, f.Status, "%s %s %s: %s", tc.country, tc.date, id, f.Message)
		}
	}
}

func TestCountryWithoutRulesIsNamed(t *testing.T) {
	e := semEngine(t)
	rep := evalSem(t, e, &document.Document{Suppliers: []document.Supplier{{ID: "A", Country: "XD", Tier: 1}}})
	assert.Equal(t, []string{"XD"}, rep.NoPack)
	f := find(t, rep, noPackID, SubjectSupplier, "A")
	assert.Equal(t, Unaddressed, f.Status)
	assert.Equal(t, "no_pack", f.Reason)
	assert.Contains(t, f.Message, "no national rules for XD")
	_, err := e.Requirements(context.Background(), "UK")
	assert.ErrorContains(t, err, "not an officially assigned")
	gaps, err := e.Gaps(context.Background(), []string{"PT"})
	require.NoError(t, err)
	assert.False(t, gaps[0].Pack)
	assert.Empty(t, gaps[0].Requirements, "no law gaps are claimed for a country without rules")
}

func TestProfilesAddToTheBaseline(t *testing.T) {
	e := newEngineT(t)
	doc := synthDoc(t, 40)
	base, err := e.Evaluate(context.Background(), doc, asOf("2026-11-23"))
	require.NoError(t, err)
	type key struct{ req, kind, id, cc string }
	worst := map[key]Status{}
	for _, f := range base.Findings {
		worst[key{f.Requirement, f.Subject.Kind, f.Subject.ID, f.Subject.Country}] = f.Status
	}
	for _, profiles := range [][]string{{"eti"}, {"rba"}, {"eti", "rba"}} {
		rep, err := e.Evaluate(context.Background(), doc, asOf("2026-11-23"), WithProfiles(profiles...))
		require.NoError(t, err)
		assert.Contains(t, rep.Profiles, "international")
		got := map[key]Status{}
		for _, f := range rep.Findings {
			got[key{f.Requirement, f.Subject.Kind, f.Subject.ID, f.Subject.Country}] = f.Status
		}
		for k, st := range worst {
			g, ok := got[k]
			if assert.True(t, ok, "%v: %v dropped under %v", k, st, profiles) {
				assert.LessOrEqual(t, g.Rank(), st.Rank(), "%v: %v became %v under %v", k, st, g, profiles)
			}
		}
		var names []string
		for _, in := range rep.Instruments {
			names = append(names, in.Name)
		}
		assert.Contains(t, names, "ILO C138")
	}
}

func TestRequirementsWithWorkplace(t *testing.T) {
	e := semEngine(t)
	get := func(rq *Requirements, id string) EffectiveRequirement {
		for _, r := range rq.Requirements {
			if r.ID == id {
				return r
			}
		}
		t.Fatalf("no %s", id)
		return EffectiveRequirement{}
	}
	rq, err := e.Requirements(context.Background(), "XC", asOf("2026-11-23"))
	require.NoError(t, err)
	hp := get(rq, "health_safety.worker_participation")
	assert.Nil(t, hp.Domestic)
	assert.Equal(t, []string{"workers"}, hp.Needs)
	require.Len(t, hp.Conditional, 1)
	assert.Equal(t, "workplaces of 50 or more workers", hp.Conditional[0].Conditions.Text)
	assert.Equal(t, "absence", get(rq, "leave.annual_paid_min_days").Entry)
	assert.Equal(t, "not_encoded", get(rq, "wages.living_wage").Entry)
	rq, err = e.Requirements(context.Background(), "XC", asOf("2026-11-23"), Workplace(intp(60), "basic_metals"))
	require.NoError(t, err)
	hp = get(rq, "health_safety.worker_participation")
	require.NotNil(t, hp.Domestic)
	assert.Equal(t, true, hp.Domestic.Value)
	assert.Equal(t, 40.0, get(rq, "working_hours.regular_weekly_max").Domestic.Value)
}

// synthDoc generates a realistic document of n suppliers.
func synthDoc(t *testing.T, n int) *document.Document {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, synth.Generate(&buf, synth.Options{Suppliers: n, Seed: 11}))
	doc, err := document.Decode(bytes.NewReader(buf.Bytes()), "gen.json")
	require.NoError(t, err)
	return doc
}

// TestScopeAllMeets: "all" is a scope value, not silence.
func TestScopeAllMeets(t *testing.T) {
	e := semEngine(t)
	rep := evalSem(t, e, &document.Document{
		DueDiligence: document.ProcessPractices{"scope_tiers": "all"},
		Policies:     document.Policies{SupplierTiers: "all"},
		Suppliers:    []document.Supplier{{ID: "A", Country: "XC", Tier: 1}, {ID: "B", Country: "XC", Tier: 3, Parent: "A"}},
	})
	for _, id := range []string{"due_diligence.scope_tiers", "supplier_code.applies_to_tiers"} {
		f := find(t, rep, id, SubjectDueDiligence, "")
		assert.Equal(t, Meets, f.Status, f.Message)
	}
	for _, f := range rep.Findings {
		if f.Subject.Kind == SubjectSupplier && (f.Requirement == "due_diligence.scope_tiers" || f.Requirement == "supplier_code.applies_to_tiers") {
			assert.Equal(t, Meets, f.Status, f.Message)
		}
	}
}

// TestFindingIDsAreStable: finding ids are unique within a report and the
// same whatever order the document lists its sites and suppliers in.
func TestFindingIDsAreStable(t *testing.T) {
	e := newEngineT(t)
	doc := synthDoc(t, 60)
	rep, err := e.Evaluate(context.Background(), doc, asOf("2026-11-23"), WithPassed(true))
	require.NoError(t, err)
	byID := map[string]Status{}
	for _, f := range rep.Findings {
		_, dup := byID[f.ID]
		require.False(t, dup, "duplicate finding id %s", f.ID)
		byID[f.ID] = f.Status
		assert.NotContains(t, f.ID, "/suppliers/", "ids never carry array indices")
	}
	rev := *doc
	rev.Suppliers = slices.Clone(doc.Suppliers)
	slices.Reverse(rev.Suppliers)
	rev.Sites = slices.Clone(doc.Sites)
	slices.Reverse(rev.Sites)
	// A parent must come before its children for the tier checks; reversed,
	// the document is read whole, which is what a reordered input does.
	rep2, err := e.Evaluate(context.Background(), &rev, asOf("2026-11-23"), WithPassed(true))
	require.NoError(t, err)
	got := map[string]Status{}
	for _, f := range rep2.Findings {
		got[f.ID] = f.Status
	}
	assert.Equal(t, byID, got)
	assert.Equal(t, "child_labour.minimum_age/supplier/A%2FB/VN", FindingID("child_labour.minimum_age", Subject{Kind: SubjectSupplier, ID: "A/B", Country: "VN"}))
}

// TestSummariseUnaddressed: summarised, the unaddressed findings leave the
// listing and their counts add up to the summary's.
func TestSummariseUnaddressed(t *testing.T) {
	e := newEngineT(t)
	doc := synthDoc(t, 50)
	full, err := e.Evaluate(context.Background(), doc, asOf("2026-11-23"))
	require.NoError(t, err)
	short, err := e.Evaluate(context.Background(), doc, asOf("2026-11-23"), SummariseUnaddressed(true))
	require.NoError(t, err)
	assert.Equal(t, full.Summary, short.Summary)
	total := 0
	for _, u := range short.UnaddressedSummary {
		total += u.Count
	}
	assert.Equal(t, full.Summary.Unaddressed, total)
	for _, f := range short.Findings {
		assert.NotEqual(t, Unaddressed, f.Status)
	}
	assert.Equal(t, len(full.Findings)-full.Summary.Unaddressed, len(short.Findings))
}

// TestCancellationIsolated: one caller's cancellation never fails another
// caller that shares the engine and waits for the same legal context.
func TestCancellationIsolated(t *testing.T) {
	e := newEngineT(t)
	doc := synthDoc(t, 20)
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx := context.Background()
			if i%3 == 0 {
				c, cancel := context.WithTimeout(ctx, time.Duration(i%7)*time.Millisecond)
				defer cancel()
				ctx = c
				_, _ = e.Evaluate(ctx, doc, asOf(fmt.Sprintf("2026-%02d-01", 1+i%12)))
				return
			}
			_, err := e.Evaluate(ctx, doc, asOf(fmt.Sprintf("2026-%02d-01", 1+i%12)))
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		assert.NoError(t, err, "a healthy call failed because another was cancelled")
	}
}

// TestSectorWords: a document's sector is read as a catalogue word, whatever
// its case, spacing or alias; a word hrdd does not know makes sector
// conditions unknown (never "not that sector") and is named in the report.
func TestSectorWords(t *testing.T) {
	e := semEngine(t)
	hours := document.Practices{"working_hours": {"regular_weekly_max": 42.0}}
	for _, tc := range []struct {
		sector string
		want   Status
		needs  []string
	}{
		{"retail", Meets, nil},
		{"Retail", Meets, nil},
		{" retail trade ", Meets, nil}, // an alias, spaced
		{"Retail-Trade", Meets, nil},
		{"shops", Meets, nil},
		{"basic_metals", BelowDomestic, nil},
		// A broad word settles what none of its words could change.
		{"manufacturing", BelowDomestic, nil},
		{"Factory", BelowDomestic, nil},
		{"steel", BelowDomestic, nil},
		// Unknown: 42 hours meets the special rule for small retail workplaces.
		{"corner store", Unaddressed, []string{"/sites/0/sector"}},
		{"", Unaddressed, []string{"/sites/0/sector"}},
	} {
		t.Run(tc.sector, func(t *testing.T) {
			rep := evalSem(t, e, &document.Document{Sites: []document.Site{site(intp(5), tc.sector, hours)}})
			f := find(t, rep, "working_hours.regular_weekly_max", SubjectSite, "S")
			assert.Equal(t, tc.want, f.Status, f.Message)
			assert.Equal(t, tc.needs, f.Needs)
			if tc.sector == "corner store" {
				assert.Equal(t, []UnrecognisedSector{{Word: "corner store", Count: 1, First: "/sites/0/sector"}}, rep.UnrecognisedSectors)
			} else {
				assert.Empty(t, rep.UnrecognisedSectors)
			}
		})
	}
}

// TestUnrecognisedSectorsCounted: words are counted over sites and
// suppliers, each with its first use, sites first.
func TestUnrecognisedSectorsCounted(t *testing.T) {
	e := semEngine(t)
	doc := &document.Document{
		Sites: []document.Site{site(intp(5), "retail", nil), {ID: "T", Country: "XC", Sector: "widgets"}},
		Suppliers: []document.Supplier{
			{ID: "A", Country: "XC", Tier: 1, Sector: "gizmos"},
			{ID: "B", Country: "XC", Tier: 1, Sector: "widgets"},
			{ID: "C", Country: "XC", Tier: 1, Sector: "Garments"},
			{ID: "D", Country: "XC", Tier: 1, Sector: "gizmos"},
		},
	}
	rep := evalSem(t, e, doc)
	assert.Equal(t, []UnrecognisedSector{
		{Word: "gizmos", Count: 2, First: "/suppliers/0/sector"},
		{Word: "widgets", Count: 2, First: "/sites/1/sector"},
	}, rep.UnrecognisedSectors)
}

func TestSectorVocabulary(t *testing.T) {
	e := semEngine(t)
	for in, want := range map[string]string{
		"garments": "apparel", "Garment Manufacturing": "apparel", "apparel": "apparel",
		"IT services": "information_technology", "motor-vehicles": "automotive", "hotel": "hospitality",
	} {
		got, ok := e.Sector(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"", "industry", "metals", "縫製"} {
		_, ok := e.Sector(in)
		assert.False(t, ok, in)
	}
	words := map[string]bool{}
	for _, s := range e.Sectors() {
		assert.NotEmpty(t, s.Title, s.Word)
		words[s.Word] = true
	}
	assert.True(t, words["apparel"] && words["construction"])
	_, err := e.Requirements(context.Background(), "XC", Workplace(nil, "widgets"))
	assert.ErrorContains(t, err, `unknown sector "widgets"`)
	rq, err := e.Requirements(context.Background(), "XC", Workplace(nil, "Retail"))
	require.NoError(t, err)
	assert.Equal(t, "retail", rq.Sector)
}

// TestWorkerGroups: a rule protecting only some workers (foreign workers'
// passports) is never a ground for "unlawful" at a workplace, since the
// document does not say whose documents are kept; it is named as a
// possibility, and a policy is held to it.
func TestWorkerGroups(t *testing.T) {
	e := semEngine(t)
	id := "forced_labour.no_retention_of_identity_documents"
	rep := evalSem(t, e, &document.Document{Sites: []document.Site{site(intp(100), "retail", document.Practices{"forced_labour": {"no_retention_of_identity_documents": false}})}})
	f := find(t, rep, id, SubjectSite, "S")
	assert.Equal(t, BelowInternational, f.Status, f.Message)
	assert.Contains(t, f.Message, "may also be below the law")
	assert.Contains(t, f.Message, "depends on which workers it concerns")
	assert.Contains(t, f.Message, "foreign workers")
	assert.Empty(t, f.Needs)

	rep = evalSem(t, e, &document.Document{Sites: []document.Site{site(intp(100), "retail", document.Practices{"forced_labour": {"no_retention_of_identity_documents": true}})}})
	assert.Equal(t, Meets, find(t, rep, id, SubjectSite, "S").Status)
}

// TestPolicyFollowingLocalLaw: "we follow local law" is only as good as the
// weakest law it follows. A policy that defers to local law where the law
// treats workplaces differently commits to the weakest rule of the country
// (never below domestic law, which it follows); where some workplaces have
// no entry in the pack and the rest meet the standard, that is a gap in
// hrdd's rules, not a pass.
func TestPolicyFollowingLocalLaw(t *testing.T) {
	e := semEngine(t)
	rep := evalSem(t, e, &document.Document{Policies: document.Policies{OwnOperations: document.Practices{
		"working_hours":      {"regular_weekly_max": "local_law", "regular_daily_max": document.IfStricter{Value: 9.0}},
		"forced_labour":      {"no_retention_of_identity_documents": "local_law"},
		"health_safety":      {"worker_participation": "local_law"},
		"child_labour":       {"minimum_age": "local_law"},
		"non_discrimination": {"grounds": "local_law"},
	}}})
	for _, tc := range []struct {
		id     string
		want   Status
		reason string
		msg    string
	}{
		// 40 generally, 44 in small retail: the weakest, 44, meets ILO C1's 48.
		{"working_hours.regular_weekly_max", Meets, "", "the weakest rule in the country"},
		// A ban for foreign workers' documents only, nothing for others.
		{"forced_labour.no_retention_of_identity_documents", BelowInternational, "", "the weakest rule in the country"},
		// Committees from 50 workers; no entry below: a gap, not a pass.
		{"health_safety.worker_participation", Unaddressed, "not_encoded", "no entry for some of its workplaces"},
		// One rule for every workplace: unchanged.
		{"child_labour.minimum_age", Meets, "", ""},
	} {
		f := find(t, rep, tc.id, SubjectOwnOperations, "")
		assert.Equal(t, tc.want, f.Status, "%s: %s", tc.id, f.Message)
		assert.Equal(t, tc.reason, f.Reason, tc.id)
		assert.Contains(t, f.Message, tc.msg, tc.id)
		assert.NotEqual(t, BelowDomestic, f.Status, "local law is never below itself")
	}
	// Daily hours: 8 outside export processing zones, no entry inside; the
	// policy's own 9 hours is what it commits to there, above ILO C1's 8.
	d := find(t, rep, "working_hours.regular_daily_max", SubjectOwnOperations, "")
	assert.Equal(t, BelowInternational, d.Status, d.Message)
}
