package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBaseline: a baseline report makes eval fail only on shortfalls that
// are not in it.
func TestBaseline(t *testing.T) {
	dir := t.TempDir()
	code, out, errs := runCLI(t, "", "eval", "--as-of", goldenAsOf, "--format", "json", "../../fixtures/jp-auto-parts.json")
	require.Empty(t, errs)
	require.Equal(t, 1, code)
	base := filepath.Join(dir, "baseline.json")
	require.NoError(t, os.WriteFile(base, []byte(out), 0o644))
	code, _, errs = runCLI(t, "", "eval", "--as-of", goldenAsOf, "--baseline", base, "../../fixtures/jp-auto-parts.json")
	require.Empty(t, errs)
	assert.Equal(t, 0, code, "every shortfall is in the baseline")

	src, err := os.ReadFile("../../fixtures/jp-auto-parts.json")
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(src, &doc))
	doc["sites"].([]any)[0].(map[string]any)["practices"].(map[string]any)["child_labour"] = map[string]any{"minimum_age": 13}
	worse := filepath.Join(dir, "worse.json")
	b, _ := json.Marshal(doc)
	require.NoError(t, os.WriteFile(worse, b, 0o644))
	code, _, errs = runCLI(t, "", "eval", "--as-of", goldenAsOf, "--baseline", base, worse)
	require.Empty(t, errs)
	assert.Equal(t, 1, code, "a new shortfall fails")

	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.json"), []byte(`{"findings": []}`), 0o644))
	code, _, errs = runCLI(t, "", "eval", "--baseline", filepath.Join(dir, "bad.json"), "../../fixtures/jp-auto-parts.json")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "not a JSON report")
}

// TestRemediationPlans: a shortfall covered by a plan keeps its status and
// carries the plan; it does not fail until the plan is due, then it is
// overdue and counts. A plan that matches no finding is reported.
func TestRemediationPlans(t *testing.T) {
	dir := t.TempDir()
	doc := `{"hrdd": "1", "company": {"name": "T", "headquarters": "JP"},
		"sites": [{"id": "S", "country": "VN", "workers": 100, "practices": {"child_labour": {"minimum_age": 14}}}],
		"remediation_plans": [
			{"requirement": "child_labour.minimum_age", "subject": {"kind": "site", "id": "S", "country": "VN"}, "plan": "Verify ages at hiring", "owner": "HR Viet Nam", "due": "2027-06-30"},
			{"requirement": "child_labour.minimum_age", "subject": {"kind": "site", "id": "S-TYPO", "country": "VN"}, "plan": "x", "due": "2027-06-30"}
		]}`
	p := filepath.Join(dir, "doc.json")
	require.NoError(t, os.WriteFile(p, []byte(doc), 0o644))
	code, out, errs := runCLI(t, "", "eval", "--as-of", goldenAsOf, "--format", "json", p)
	require.Empty(t, errs)
	assert.Equal(t, 0, code, "the only shortfall is planned and not yet due")
	var rep struct {
		Summary struct {
			BelowDomestic int `json:"below_domestic"`
			Planned       struct {
				BelowDomestic int `json:"below_domestic"`
			} `json:"planned"`
		} `json:"summary"`
		Unmatched []struct {
			Subject struct {
				ID string `json:"id"`
			} `json:"subject"`
		} `json:"unmatched_remediation_plans"`
		Findings []struct {
			ID          string `json:"id"`
			Status      string `json:"status"`
			Remediation *struct {
				Plan    string `json:"plan"`
				Overdue bool   `json:"overdue"`
			} `json:"remediation"`
		} `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	assert.Equal(t, 1, rep.Summary.BelowDomestic)
	assert.Equal(t, 1, rep.Summary.Planned.BelowDomestic)
	require.Len(t, rep.Unmatched, 1)
	assert.Equal(t, "S-TYPO", rep.Unmatched[0].Subject.ID)
	for _, f := range rep.Findings {
		if f.ID == "child_labour.minimum_age/site/S/VN" {
			assert.Equal(t, "below_domestic", f.Status, "the plan does not change the status")
			require.NotNil(t, f.Remediation)
			assert.False(t, f.Remediation.Overdue)
		}
	}
	code, out, _ = runCLI(t, "", "eval", "--as-of", "2027-07-01", p)
	assert.Equal(t, 1, code, "overdue plans count")
	assert.Contains(t, out, "OVERDUE")
	_, out, _ = runCLI(t, "", "eval", "--as-of", goldenAsOf, p)
	assert.True(t, strings.Contains(out, "remediation plan matches no finding: child_labour.minimum_age for site S-TYPO VN"), out)

	bad := strings.Replace(doc, `"due": "2027-06-30"}`, `"due": "2027-02-30"}`, 1)
	require.NoError(t, os.WriteFile(p, []byte(bad), 0o644))
	code, _, errs = runCLI(t, "", "eval", p)
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "/remediation_plans/0/due")
}
