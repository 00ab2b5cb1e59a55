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

	"github.com/openhrdd/hrdd/hrddtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const goldenAsOf = "2026-11-23"

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func fixtures(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../../fixtures/*.json")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 4, "want at least four fixtures")
	return files
}

// TestGolden evaluates every fixture and compares the JSON report (and, for
// the README's example, the text report) with the golden files.
func TestGolden(t *testing.T) {
	for _, f := range fixtures(t) {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			formats := []string{"json"}
			if name == "jp-auto-parts" {
				formats = append(formats, "text")
			}
			for _, format := range formats {
				_, out, errs := runCLI(t, "", "eval", "--as-of", goldenAsOf, "--format", format, f)
				require.Empty(t, errs)
				golden := filepath.Join("../../fixtures/golden", name+"."+format)
				if format == "text" {
					golden += ".txt"
				}
				hrddtest.RequireGoldenBytes(t, golden, []byte(out))
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	for _, f := range fixtures(t) {
		_, a, _ := runCLI(t, "", "eval", "--as-of", goldenAsOf, "--format", "json", "--show-passed", f)
		_, b, _ := runCLI(t, "", "eval", "--as-of", goldenAsOf, "--format", "json", "--show-passed", f)
		require.Equal(t, a, b, f)
	}
}

func TestExitCodes(t *testing.T) {
	example := "../../fixtures/jp-auto-parts.json"
	tests := []struct {
		name    string
		args    []string
		stdin   string
		code    int
		errPart string
	}{
		{"shortfalls fail by default", []string{"eval", "--as-of", goldenAsOf, example}, "", 1, ""},
		{"fail-on never", []string{"eval", "--as-of", goldenAsOf, "--fail-on", "never", example}, "", 0, ""},
		{"fail-on below_domestic, example with unlawful practices", []string{"eval", "--as-of", goldenAsOf, "--fail-on", "below_domestic", "../../fixtures/jp-auto-parts.json"}, "", 1, ""},
		{"meets everything", []string{"eval", "--as-of", goldenAsOf, "--fail-on", "unaddressed", "../../fixtures/de-meets-all.json"}, "", 0, ""},
		{"below domestic law", []string{"eval", "--as-of", goldenAsOf, "--fail-on", "below_domestic", "../../fixtures/us-apparel-breaks-law.json"}, "", 1, ""},
		{"unknown flag", []string{"eval", "--nope", example}, "", 2, "unknown flag: --nope"},
		{"bad date", []string{"eval", "--as-of", "23.11.2026", example}, "", 2, `--as-of "23.11.2026": want a date as YYYY-MM-DD`},
		{"bad profile", []string{"eval", "--profile", "sa8000", example}, "", 2, `unknown profile "sa8000"`},
		{"bad fail-on", []string{"eval", "--fail-on", "sometimes", example}, "", 2, `--fail-on "sometimes"`},
		{"bad format", []string{"eval", "--format", "pdf", example}, "", 2, `unknown format "pdf"`},
		{"missing file", []string{"eval", "nope.json"}, "", 2, "nope.json"},
		{"no file", []string{"eval"}, "", 2, "want 1 argument"},
		{"invalid document from stdin", []string{"eval", "-"}, `{"hrdd": "1", "company": {"name": "X", "headquarters": "JP"}, "suppliers": [{"id": "S-1", "country": "VN", "tier": -1}]}`, 2, "<stdin>: /suppliers/0/tier"},
		{"validate ok", []string{"validate", example}, "", 0, ""},
		{"validate bad", []string{"validate", "-"}, `{"hrdd": "2"}`, 2, "<stdin>: "},
		{"requirements without jurisdiction", []string{"requirements"}, "", 2, "--jurisdiction is required"},
		{"requirements bad jurisdiction", []string{"requirements", "--jurisdiction", "Japan"}, "", 2, "ISO 3166-1 alpha-2"},
		{"unknown command", []string{"frobnicate"}, "", 2, "unknown command"},
		{"gaps of an unassigned code", []string{"gaps", "JP", "XX"}, "", 2, `gaps: "XX": want an ISO 3166-1 alpha-2 country code`},
		{"gaps without countries", []string{"gaps"}, "", 2, "name at least one country"},
		{"doc in an unknown format", []string{"doc", "--format", "pdf"}, "", 2, `unknown format "pdf"`},
		{"version", []string{"version"}, "", 0, ""},
		{"sectors", []string{"sectors"}, "", 0, ""},
		{"sectors in an unknown format", []string{"sectors", "--format", "csv"}, "", 2, `unknown format "csv"`},
		{"requirements for a region of another country", []string{"requirements", "--jurisdiction", "MY", "--region", "SG-01"}, "", 2, `region "SG-01": want an ISO 3166-2 code of MY`},
		{"requirements for an unknown sector", []string{"requirements", "--jurisdiction", "VN", "--sector", "knitwear"}, "", 2, `unknown sector "knitwear"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCLI(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.code, code, "stderr: %s", errs)
			if tt.errPart != "" {
				assert.Contains(t, errs, tt.errPart)
				assert.Equal(t, 1, strings.Count(errs, "\n"), "one line on stderr: %q", errs)
				assert.NotContains(t, errs, "goroutine", "no stack trace")
			}
		})
	}
}

// TestCatalogueIsCurrent checks that docs/catalogue.md is what `hrdd doc`
// generates from the rules; -update rewrites it.
func TestCatalogueIsCurrent(t *testing.T) {
	code, out, errs := runCLI(t, "", "doc", "--format", "markdown")
	require.Equal(t, 0, code, errs)
	hrddtest.RequireGoldenBytes(t, "../../docs/catalogue.md", []byte(out))
}

func TestRequirementsJP(t *testing.T) {
	code, out, errs := runCLI(t, "", "requirements", "--jurisdiction", "JP", "--as-of", goldenAsOf, "--format", "json")
	require.Equal(t, 0, code, errs)
	var rq struct {
		Jurisdiction string `json:"jurisdiction"`
		Requirements []struct {
			ID            string          `json:"id"`
			Domestic      json.RawMessage `json:"domestic"`
			International json.RawMessage `json:"international"`
			Effective     any             `json:"effective"`
			Binding       string          `json:"binding"`
			Gap           bool            `json:"gap"`
		} `json:"requirements"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rq))
	assert.Equal(t, "JP", rq.Jurisdiction)
	byID := map[string]int{}
	for i, r := range rq.Requirements {
		byID[r.ID] = i
	}
	for _, id := range []string{"child_labour.minimum_age", "leave.annual_paid_min_days", "non_discrimination.grounds", "due_diligence.stakeholders", "due_diligence.scope_tiers"} {
		assert.Contains(t, byID, id)
	}
	leave := rq.Requirements[byID["leave.annual_paid_min_days"]]
	assert.True(t, leave.Gap, "LSA Art. 39 (10 days) is below C132 Art. 3(3) (15)")
	assert.Equal(t, 15.0, leave.Effective)
	assert.Equal(t, "international", leave.Binding)
	assert.Contains(t, string(leave.Domestic), "Art. 39")
	assert.Contains(t, string(leave.International), "C132")
}

func TestGapsJP(t *testing.T) {
	code, out, errs := runCLI(t, "", "gaps", "JP", "--as-of", goldenAsOf, "--format", "markdown")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "`leave.annual_paid_min_days`")
	assert.Contains(t, out, "C132")
	assert.Contains(t, out, "`non_discrimination.grounds`")
	assert.Contains(t, out, "C111 not ratified (fundamental: applies regardless)")
}

// TestLkSGThresholdChange: a German company with 2,000 employees in Germany is
// outside the LkSG in 2023 (3,000) and inside from 2024 (1,000), and the
// findings change with it.
func TestLkSGThresholdChange(t *testing.T) {
	type report struct {
		Laws []struct {
			ID     string `json:"id"`
			Status string `json:"status"`
		} `json:"due_diligence_laws"`
		Findings []struct {
			Requirement string `json:"requirement"`
			Status      string `json:"status"`
			Subject     struct {
				Kind string `json:"kind"`
			} `json:"subject"`
		} `json:"findings"`
	}
	eval := func(date string) report {
		_, out, errs := runCLI(t, "", "eval", "--as-of", date, "--format", "json", "../../fixtures/de-lksg.json")
		require.Empty(t, errs)
		var r report
		require.NoError(t, json.Unmarshal([]byte(out), &r))
		return r
	}
	lksg := func(r report) string {
		for _, l := range r.Laws {
			if l.ID == "lksg" {
				return l.Status
			}
		}
		return ""
	}
	grievance := func(r report) string {
		for _, f := range r.Findings {
			if f.Requirement == "due_diligence.grievance_open_to" && f.Subject.Kind == "due_diligence" {
				return f.Status
			}
		}
		return ""
	}
	before, after := eval("2023-06-01"), eval("2024-06-01")
	assert.Equal(t, "not_applicable", lksg(before))
	assert.Equal(t, "applies", lksg(after))
	assert.Equal(t, "below_international", grievance(before), "without the LkSG only the UNGPs ask for more")
	assert.Equal(t, "below_domestic", grievance(after), "LkSG §§ 8(1), 9(1): open to workers of suppliers")
}

func TestProgressLine(t *testing.T) {
	assert.Equal(t, "hrdd: 5000 suppliers, 2500/s, 25% read, ETA 6s", progressLine(5000, 250, 1000, 2*time.Second))
	assert.Equal(t, "hrdd: 5000 suppliers, 2500/s", progressLine(5000, 250, 0, 2*time.Second))
	var buf bytes.Buffer
	p := newProgress(&buf, 100)
	p.update(4096, 50)
	p.done()
	assert.Empty(t, buf.String(), "nothing when stderr is not a terminal")
}

// TestSuppliersNDJSON: a document split into a header and an NDJSON supplier
// list gives the report of the whole document.
func TestSuppliersNDJSON(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("../../fixtures/jp-auto-parts.json")
	require.NoError(t, err)
	var doc map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &doc))
	var sups []json.RawMessage
	require.NoError(t, json.Unmarshal(doc["suppliers"], &sups))
	delete(doc, "suppliers")
	header, _ := json.Marshal(doc)
	var nd bytes.Buffer
	for _, s := range sups {
		var compact bytes.Buffer
		require.NoError(t, json.Compact(&compact, s))
		nd.Write(compact.Bytes())
		nd.WriteByte('\n')
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "company.json"), header, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "suppliers.ndjson"), nd.Bytes(), 0o644))
	_, whole, _ := runCLI(t, "", "eval", "--as-of", goldenAsOf, "--format", "json", "../../fixtures/jp-auto-parts.json")
	code, split, errs := runCLI(t, "", "eval", "--as-of", goldenAsOf, "--format", "json", "--suppliers", filepath.Join(dir, "suppliers.ndjson"), filepath.Join(dir, "company.json"))
	require.Equal(t, 1, code, errs)
	// Only the company document's name differs; the findings are the same.
	assert.Equal(t, whole, split)
	code, _, errs = runCLI(t, "", "eval", "--suppliers", filepath.Join(dir, "nope.ndjson"), filepath.Join(dir, "company.json"))
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "--suppliers")
}

func TestStdinMatchesFile(t *testing.T) {
	data, err := os.ReadFile("../../fixtures/de-lksg.json")
	require.NoError(t, err)
	_, fromFile, _ := runCLI(t, "", "eval", "--as-of", goldenAsOf, "--format", "json", "../../fixtures/de-lksg.json")
	_, fromStdin, _ := runCLI(t, string(data), "eval", "--as-of", goldenAsOf, "--format", "json", "-")
	assert.Equal(t, fromFile, fromStdin)
}

// TestSectorWordsCLI: requirements read a sector alias as its word;
// validate accepts an unknown sector word and names it in a note.
func TestSectorWordsCLI(t *testing.T) {
	code, out, errs := runCLI(t, "", "requirements", "--jurisdiction", "VN", "--as-of", goldenAsOf, "--sector", "Garments", "--format", "json")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, `"sector": "apparel"`)

	code, out, errs = runCLI(t, "", "sectors")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "apparel")
	assert.Contains(t, out, "garments")

	doc := `{"hrdd": "1", "company": {"name": "X", "headquarters": "JP"},
	  "sites": [{"id": "A", "country": "VN", "sector": "knitwear"}, {"id": "B", "country": "VN", "sector": "Garments"}],
	  "suppliers": [{"id": "S-1", "country": "VN", "tier": 1, "sector": "knitwear"}, {"id": "S-2", "country": "VN", "tier": 1, "sector": "widgets"}]}`
	code, out, errs = runCLI(t, doc, "validate", "-")
	require.Equal(t, 0, code, errs)
	assert.Equal(t, `<stdin>: valid hrdd document (company "X", 2 sites, 2 suppliers)
<stdin>: note: /sites/0/sector: sector "knitwear" is not a sector word of hrdd: conditions on the sector will be unknown (hrdd sectors lists the words)
<stdin>: note: /suppliers/1/sector: sector "widgets" is not a sector word of hrdd: conditions on the sector will be unknown (hrdd sectors lists the words)
`, out)

	_, out, _ = runCLI(t, doc, "eval", "--as-of", goldenAsOf, "-")
	assert.Contains(t, out, `sector "knitwear" is not a sector word of hrdd (2 uses, first at /sites/0/sector)`)
	assert.Contains(t, out, `sector "widgets" is not a sector word of hrdd (1 use, first at /suppliers/1/sector)`)
}
