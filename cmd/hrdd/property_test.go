package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/openhrdd/hrdd/engine"
	"github.com/openhrdd/hrdd/engine/document"
	"github.com/openhrdd/hrdd/hrddtest"
	"github.com/openhrdd/hrdd/output"
	"github.com/stretchr/testify/require"
)

// profileSets are every combination of the opt-in profiles (none: the
// baseline alone).
var profileSets = [][]string{nil, {"eti"}, {"rba"}, {"eti", "rba"}}

// propertyDates straddle the dated changes in the rules: LkSG's threshold
// (2024-01-01), India's Labour Codes (2025-11-21), Japan's ESD (2027-04-01),
// Mexico's hours steps (2027-2030), the CSDDD (2029-07-26).
var propertyDates = []string{"2019-06-01", "2023-12-31", "2024-01-01", "2025-11-21", "2027-04-01", "2031-01-01"}

// minimalDocs are small documents that reach corners the fixtures do not:
// due diligence measured against a non-binding domestic source only,
// countries without national rules, and every policy deferring to local law.
var minimalDocs = map[string]string{
	"jp-minimal": `{"hrdd": "1", "company": {"name": "M", "headquarters": "JP"}, "due_diligence": {"scope_tiers": [1], "stakeholders": ["trade_unions"]}}`,
	"no-pack": `{"hrdd": "1", "company": {"name": "N", "headquarters": "PT"}, "policies": {"suppliers": {"child_labour": {"minimum_age": "local_law"}}},
		"sites": [{"id": "S", "country": "MA", "practices": {"child_labour": {"minimum_age": 14}}}],
		"suppliers": [{"id": "A", "country": "TN", "tier": 1, "practices": {"working_hours": {"regular_weekly_max": "local_law"}}}]}`,
	"all-local": allLocalDoc(),
	// Sector words, broad words, unknown words, regions and rules that protect
	// some workers only.
	"places": `{"hrdd": "1", "company": {"name": "P", "headquarters": "JP"},
		"policies": {"own_operations": {"forced_labour": {"no_retention_of_identity_documents": "local_law"}}},
		"sites": [{"id": "A", "country": "MY", "region": "MY-12", "sector": "manufacturing", "practices": {"working_hours": {"overtime_monthly_max": 120}}},
			{"id": "B", "country": "JP", "workers": 6, "sector": "Hotels", "practices": {"working_hours": {"regular_weekly_max": 44}, "forced_labour": {"no_retention_of_identity_documents": false}}}],
		"suppliers": [{"id": "S1", "country": "VN", "tier": 1, "sector": "knitwear", "practices": {"working_hours": {"overtime_yearly_max": 250}}},
			{"id": "S2", "country": "KR", "tier": 1, "sector": "utilities", "practices": {"health_safety": {"worker_participation": false}, "forced_labour": {"no_retention_of_identity_documents": false}}},
			{"id": "S3", "country": "MY", "tier": 1, "region": "MY-10", "sector": "Garments", "practices": {"child_labour": {"minimum_age": 14}}},
			{"id": "S4", "country": "TH", "tier": 1, "sector": "", "practices": {"forced_labour": {"no_retention_of_identity_documents": "local_law"}}},
			{"id": "S5", "country": "DE", "tier": 1, "sector": "ict", "practices": {"forced_labour": {"no_retention_of_identity_documents": false}}}]}`,
}

// allLocalDoc defers every labour requirement to local law, in policies, at
// a site and at suppliers in every country with a pack.
func allLocalDoc() string {
	topics := map[string][]string{
		"child_labour":           {"minimum_age", "hazardous_work_minimum_age", "night_work_minimum_age"},
		"forced_labour":          {"no_recruitment_fees", "no_retention_of_identity_documents", "free_to_resign"},
		"working_hours":          {"regular_daily_max", "regular_weekly_max", "total_weekly_max", "overtime_voluntary", "overtime_premium_min_percent"},
		"leave":                  {"annual_paid_min_days"},
		"maternity":              {"leave_min_weeks", "cash_benefit_min_percent", "compulsory_postnatal_weeks", "no_pregnancy_testing"},
		"wages":                  {"minimum_wage_paid", "living_wage", "paid_regularly", "deductions_only_as_prescribed"},
		"non_discrimination":     {"grounds"},
		"freedom_of_association": {"right_to_organise", "collective_bargaining"},
		"health_safety":          {"right_to_remove_from_danger", "worker_participation"},
	}
	p := map[string]map[string]any{}
	for t, fs := range topics {
		p[t] = map[string]any{}
		for _, f := range fs {
			p[t][f] = "local_law"
		}
	}
	var suppliers []map[string]any
	for i, cc := range []string{"JP", "DE", "FR", "US", "CN", "VN", "IN", "BD", "ID", "MX", "TH", "KR", "MY", "TW", "PH", "KH"} {
		suppliers = append(suppliers, map[string]any{"id": cc, "country": cc, "tier": 1 + i%2, "practices": p})
	}
	for i := range suppliers {
		if suppliers[i]["tier"] == 2 {
			suppliers[i]["parent"] = "JP"
		}
	}
	doc := map[string]any{
		"hrdd":          "1",
		"company":       map[string]any{"name": "L", "headquarters": "DE", "employees": 5000, "employees_by_country": map[string]any{"DE": 4000}},
		"policies":      map[string]any{"own_operations": p, "suppliers": p},
		"due_diligence": map[string]any{"international_standards_precedence": true},
		"sites":         []any{map[string]any{"id": "DE-1", "country": "DE", "practices": p}},
		"suppliers":     suppliers,
	}
	b, err := json.Marshal(doc)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// evaluateAll evaluates a document under the profiles on the date and
// renders both report formats, as eval does. It returns the exit code eval
// would give with the default --fail-on.
func evaluateAll(t testing.TB, e *engine.Engine, doc *document.Document, profiles []string, date time.Time) int {
	t.Helper()
	rep, err := e.Evaluate(context.Background(), doc, engine.AsOf(date), engine.WithProfiles(profiles...))
	require.NoError(t, err)
	var js, txt bytes.Buffer
	require.NoError(t, output.JSON(&js, rep))
	require.NoError(t, output.Text(&txt, rep))
	var parsed map[string]any
	require.NoError(t, json.Unmarshal(js.Bytes(), &parsed), "the JSON report parses")
	require.Contains(t, rep.Profiles, "international", "the baseline is always applied")
	for _, f := range rep.Findings {
		require.NotEmpty(t, f.Message)
		require.NotContains(t, f.Message, "%!", "a message was formatted with a missing argument")
		require.NotContains(t, f.Message, "<nil>")
	}
	if rep.Worst().AtLeast(engine.BelowInternational) {
		return 1
	}
	return 0
}

// TestEveryFixtureProfileAndDate: every fixture and minimal document, under
// every combination of profiles and on dates before and after each dated
// change, evaluates without error or panic and renders parseable reports.
func TestEveryFixtureProfileAndDate(t *testing.T) {
	e := hrddtest.Engine(t)
	docs := map[string][]byte{}
	for _, f := range fixtures(t) {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		docs[filepath.Base(f)] = b
	}
	for name, s := range minimalDocs {
		docs[name] = []byte(s)
	}
	for name, b := range docs {
		doc, err := document.Decode(bytes.NewReader(b), name)
		require.NoError(t, err, name)
		for _, ps := range profileSets {
			for _, d := range propertyDates {
				date, _ := time.Parse(time.DateOnly, d)
				t.Run(name+"/"+strings.Join(append([]string{"international"}, ps...), ",")+"/"+d, func(t *testing.T) {
					evaluateAll(t, e, doc, ps, date)
				})
			}
		}
	}
}

// TestProfilesThroughTheCommandLine runs the documented profile options end
// to end: exit 0 or 1, parseable output, no stack trace.
func TestProfilesThroughTheCommandLine(t *testing.T) {
	for _, p := range []string{"eti", "rba", "eti,rba", "international,eti"} {
		code, out, errs := runCLI(t, "", "eval", "--as-of", goldenAsOf, "--profile", p, "--format", "json", "../../fixtures/jp-auto-parts.json")
		require.Contains(t, []int{0, 1}, code, "%s: %s", p, errs)
		require.Empty(t, errs)
		var rep map[string]any
		require.NoError(t, json.Unmarshal([]byte(out), &rep), p)
		require.Contains(t, rep["profiles"], "international", p)
	}
}

// FuzzEvaluate: any document the decoder accepts, under any profiles and on
// any date from 1990 to 2060, evaluates and renders without error or panic.
func FuzzEvaluate(f *testing.F) {
	for _, s := range minimalDocs {
		f.Add([]byte(s), uint8(0), uint16(12000))
	}
	for _, p := range []string{"../../fixtures/jp-auto-parts.json", "../../fixtures/us-apparel-breaks-law.json"} {
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(b, uint8(3), uint16(13000))
		}
	}
	e := hrddtest.Engine(f)
	start := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte, profiles uint8, days uint16) {
		doc, err := document.Decode(bytes.NewReader(data), "fuzz.json")
		if err != nil {
			return
		}
		ps := profileSets[int(profiles)%len(profileSets)]
		evaluateAll(t, e, doc, ps, start.AddDate(0, 0, int(days)%(70*365)))
	})
}
