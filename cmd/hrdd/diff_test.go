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

type diffReport struct {
	Before struct {
		AsOf        string `json:"as_of"`
		RulesDigest string `json:"rules_digest"`
	} `json:"before"`
	After struct {
		AsOf        string `json:"as_of"`
		RulesDigest string `json:"rules_digest"`
	} `json:"after"`
	New []struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	} `json:"new"`
	Resolved []struct {
		ID string `json:"id"`
	} `json:"resolved"`
	Changed []struct {
		ID     string   `json:"id"`
		Worse  bool     `json:"worse"`
		Fields []string `json:"fields"`
		Before struct {
			Status string `json:"status"`
		} `json:"before"`
		After struct {
			Status string `json:"status"`
		} `json:"after"`
	} `json:"changed"`
}

func parseDiff(t *testing.T, out string) diffReport {
	t.Helper()
	var d diffReport
	require.NoError(t, json.Unmarshal([]byte(out), &d), out)
	return d
}

// TestDiffTwoDates: the LkSG's threshold falls from 3,000 to 1,000 employees
// on 2024-01-01; a German company of 2,000 is bound from then, and the diff
// shows the due-diligence findings that became below domestic law.
func TestDiffTwoDates(t *testing.T) {
	code, out, errs := runCLI(t, "", "diff", "--as-of-before", "2023-06-01", "--as-of-after", "2024-06-01", "--format", "json", "../../fixtures/de-lksg.json")
	require.Empty(t, errs)
	assert.Equal(t, 1, code, "a worsened finding fails")
	d := parseDiff(t, out)
	assert.Equal(t, "2023-06-01", d.Before.AsOf)
	assert.Equal(t, "2024-06-01", d.After.AsOf)
	worse := 0
	for _, c := range d.Changed {
		if c.Worse {
			worse++
			assert.Equal(t, "below_domestic", c.After.Status, c.ID)
			assert.Contains(t, c.Fields, "status")
		}
	}
	assert.Positive(t, worse)
	code, _, _ = runCLI(t, "", "diff", "--as-of-before", "2023-06-01", "--as-of-after", "2024-06-01", "--fail-on", "never", "../../fixtures/de-lksg.json")
	assert.Equal(t, 0, code)
}

// TestDiffTwoDocuments: improving one value resolves its finding; a new
// shortfall fails the diff; the same document twice has no differences.
func TestDiffTwoDocuments(t *testing.T) {
	dir := t.TempDir()
	doc := `{"hrdd": "1", "company": {"name": "T", "headquarters": "JP"},
		"sites": [{"id": "S", "country": "VN", "workers": 100, "practices": {"child_labour": {"minimum_age": %s}, "leave": {"annual_paid_min_days": %s}}}]}`
	write := func(name, age, leave string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(strings.Replace(strings.Replace(doc, "%s", age, 1), "%s", leave, 1)), 0o644))
		return p
	}
	before := write("before.json", "14", "15")
	after := write("after.json", "15", "8")
	code, out, errs := runCLI(t, "", "diff", "--as-of", goldenAsOf, "--format", "json", before, after)
	require.Empty(t, errs)
	assert.Equal(t, 1, code)
	d := parseDiff(t, out)
	ids := func(xs []struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	}) []string {
		var out []string
		for _, x := range xs {
			out = append(out, x.ID)
		}
		return out
	}
	assert.Contains(t, ids(d.New), "leave.annual_paid_min_days/site/S/VN")
	var resolved []string
	for _, r := range d.Resolved {
		resolved = append(resolved, r.ID)
	}
	assert.Contains(t, resolved, "child_labour.minimum_age/site/S/VN")
	code, out, _ = runCLI(t, "", "diff", "--as-of", goldenAsOf, before, before)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "No differences.")
	for _, f := range []string{"text", "markdown"} {
		_, out, errs = runCLI(t, "", "diff", "--as-of", goldenAsOf, "--format", f, before, after)
		require.Empty(t, errs, f)
		assert.Contains(t, out, "leave.annual_paid_min_days/site/S/VN", f)
	}
}

// TestDiffTwoRuleSets: a custom pack that raises a value shows what the
// change in the law changes, and the reports name different rules.
func TestDiffTwoRuleSets(t *testing.T) {
	dir := t.TempDir()
	pack := filepath.Join(dir, "raise")
	require.NoError(t, os.MkdirAll(pack, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(pack, "xx.rego"), []byte(`package hrdd.national.zw

name := "Testland"

sources contains {"requirement": "child_labour.minimum_age", "value": 16, "instrument": "Test Act", "article": "s. 1", "url": "https://example.org", "effective_from": "2000-01-01", "binding": "law", "verification": "primary"}
`), 0o644))
	doc := filepath.Join(dir, "doc.json")
	require.NoError(t, os.WriteFile(doc, []byte(`{"hrdd": "1", "company": {"name": "T", "headquarters": "JP"}, "policies": {"suppliers": {"child_labour": {"minimum_age": 15}}}, "suppliers": [{"id": "A", "country": "ZW", "tier": 1}]}`), 0o644))
	code, out, errs := runCLI(t, "", "diff", "--as-of", goldenAsOf, "--rules-after", pack, "--format", "json", doc)
	require.Empty(t, errs)
	d := parseDiff(t, out)
	assert.NotEqual(t, d.Before.RulesDigest, d.After.RulesDigest)
	assert.Equal(t, 1, code, "the supplier code's 15 is below the new law's 16")
	found := false
	for _, n := range d.New {
		if n.ID == "child_labour.minimum_age/supplier_code//ZW" {
			found = true
			assert.Equal(t, "below_domestic", n.Status)
		}
	}
	assert.True(t, found, "the code's minimum age in ZW is new below domestic law: %s", out)
}

func TestDiffUsage(t *testing.T) {
	code, _, errs := runCLI(t, "", "diff", "../../fixtures/de-lksg.json")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "--rules-before")
	code, _, errs = runCLI(t, "", "diff", "--format", "sarif2", "a", "b")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "--format")
}

func TestExplain(t *testing.T) {
	code, out, errs := runCLI(t, "", "explain", "working_hours.regular_weekly_max", "--jurisdiction", "JP", "--as-of", goldenAsOf, "--workers", "5", "--sector", "retail")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "Candidate sources:")
	assert.Contains(t, out, "Art. 40")
	assert.Contains(t, out, "SETS THE VALUE")
	code, out, errs = runCLI(t, "", "explain", "leave.annual_paid_min_days", "--jurisdiction", "VN", "--as-of", goldenAsOf, "--format", "json")
	require.Equal(t, 0, code, errs)
	var ex struct {
		Candidates []struct {
			Side string `json:"side"`
			Sets bool   `json:"sets"`
		} `json:"candidates"`
		Why []string `json:"why"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &ex))
	assert.NotEmpty(t, ex.Candidates)
	assert.NotEmpty(t, ex.Why)
	code, _, errs = runCLI(t, "", "explain", "no.such", "--jurisdiction", "JP")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "not in the catalogue")

	code, out, errs = runCLI(t, "", "eval", "--as-of", goldenAsOf, "--explain", "child_labour.minimum_age/supplier/S-0005/BD", "../../fixtures/jp-auto-parts.json")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "below_international  child_labour.minimum_age/supplier/S-0005/BD")
	assert.Contains(t, out, "for a workplace of")
	code, _, errs = runCLI(t, "", "eval", "--explain", "nope", "../../fixtures/jp-auto-parts.json")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "no such finding")
}

// TestCIFormatsEndToEnd: eval and diff write every CI format; SARIF and
// GitHub annotations point at the offending line.
func TestCIFormatsEndToEnd(t *testing.T) {
	for _, f := range []string{"markdown", "sarif", "junit", "github"} {
		code, out, errs := runCLI(t, "", "eval", "--as-of", goldenAsOf, "--format", f, "../../fixtures/us-apparel-breaks-law.json")
		require.Empty(t, errs, f)
		assert.Equal(t, 1, code, f)
		assert.NotEmpty(t, out, f)
	}
	_, out, _ := runCLI(t, "", "eval", "--as-of", goldenAsOf, "--format", "github", "../../fixtures/us-apparel-breaks-law.json")
	assert.Regexp(t, `::error file=\.\./\.\./fixtures/us-apparel-breaks-law\.json,line=\d+,col=\d+,title=below_domestic`, out)
	code, out, errs := runCLI(t, "", "diff", "--as-of-before", "2023-06-01", "--as-of-after", "2024-06-01", "--format", "sarif", "../../fixtures/de-lksg.json")
	require.Empty(t, errs)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, `"level": "error"`, "the findings the LkSG made below domestic law")
}
