package output

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/openhrdd/hrdd/engine"
	"github.com/openhrdd/hrdd/engine/document"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sampleReport() *engine.Report {
	bd := &engine.Side{Value: 14.0, Sources: []engine.Source{{Value: 14.0, Instrument: "Bangladesh Labour Act 2006", Article: "s. 34", URL: "https://example.org/bla", Binding: "law", Verification: "secondary", EffectiveFrom: "2006-10-11"}}}
	ilo := &engine.Side{Value: 15.0, Sources: []engine.Source{{Value: 15.0, Instrument: "ILO C138", Article: "Art. 2(3)", URL: "https://example.org/c138", Binding: "convention", Verification: "primary", EffectiveFrom: "1976-06-19", InstrumentCode: "C138", Fundamental: true,
		Ratification: &engine.Ratification{Status: "ratified", Date: "2022-03-22"}}}}
	return &engine.Report{
		Report: "1", AsOf: "2026-11-23", Profiles: []string{"international"}, Company: "Example | Co",
		Summary: engine.Summary{Counts: engine.Counts{BelowInternational: 1, Unaddressed: 2, Meets: 3},
			ByCountry: map[string]*engine.Counts{"BD": {BelowInternational: 1, Unaddressed: 2, Meets: 3}}},
		Laws: []engine.Law{{ID: "lksg", Name: "LkSG", Jurisdiction: "DE", Binding: "law", Status: "not_applicable", Reason: "no seat in Germany"}},
		Findings: []engine.Finding{
			{Requirement: "child_labour.minimum_age", Subject: engine.Subject{Kind: "supplier_code", Country: "BD"}, Status: engine.BelowInternational, Severity: "severe",
				Practice: "local_law", Domestic: bd, International: ilo, Required: 15.0, Binding: "international", Pointer: "/policies/suppliers/child_labour/minimum_age",
				Message: "Supplier code follows local law (14 in BD, Bangladesh Labour Act 2006 s. 34), below ILO C138 Art. 2(3) (15).", Notes: []string{"BD ratified C138 on 2022-03-22."}},
			{Requirement: "child_labour.minimum_age", Subject: engine.Subject{Kind: "supplier", ID: "S-1", Country: "BD", Tier: 1}, Status: engine.Unaddressed, Severity: "severe",
				Domestic: bd, International: ilo, Required: 15.0, Binding: "international", Pointer: "/suppliers/0/practices/child_labour/minimum_age", Message: "Supplier S-1 says nothing."},
			{Requirement: "child_labour.minimum_age", Subject: engine.Subject{Kind: "supplier", ID: "S-2", Country: "BD", Tier: 2}, Status: engine.Unaddressed, Severity: "severe",
				Domestic: bd, International: ilo, Required: 15.0, Binding: "international", Pointer: "/suppliers/1/practices/child_labour/minimum_age", Message: "Supplier S-2 says nothing."},
		},
	}
}

func TestJSONIsTheStableShape(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Report(&buf, "json", sampleReport()))
	var got map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &got))
	for _, k := range []string{"report", "as_of", "profiles", "company", "summary", "findings"} {
		assert.Contains(t, got, k)
	}
	f := got["findings"].([]any)[0].(map[string]any)
	for _, k := range []string{"requirement", "subject", "status", "severity", "practice", "domestic", "international", "required", "binding", "pointer", "message"} {
		assert.Contains(t, f, k)
	}
	assert.Contains(t, buf.String(), `"article": "Art. 2(3)"`, "no HTML escaping, indented")
	assert.True(t, strings.HasSuffix(buf.String(), "}\n"))
}

func TestTextGroupsShortfallsAndSilence(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Report(&buf, "text", sampleReport()))
	out := buf.String()
	assert.Contains(t, out, "Summary: 0 below domestic law, 1 below international standards, 2 unaddressed, 3 meet")
	assert.Contains(t, out, "Shortfalls (1):")
	assert.Contains(t, out, "SEVERE  below_international  child_labour.minimum_age  supplier_code BD")
	assert.Contains(t, out, "domestic:      14  Bangladesh Labour Act 2006 s. 34 [law, secondary] https://example.org/bla")
	assert.Contains(t, out, "international: 15  ILO C138 Art. 2(3) [convention, primary]")
	assert.Contains(t, out, "note: BD ratified C138 on 2022-03-22.")
	assert.Contains(t, out, "Unaddressed (2)")
	assert.Contains(t, out, "requires 15 (ILO C138 Art. 2(3)): supplier S-1 BD tier 1; supplier S-2 BD tier 2", "unaddressed subjects grouped by what is required")
	assert.Contains(t, out, "not applicable  LkSG (DE, law): no seat in Germany")
}

func TestUnknownFormat(t *testing.T) {
	err := Report(&bytes.Buffer{}, "pdf", sampleReport())
	require.EqualError(t, err, `unknown format "pdf" (known: text, json, markdown, sarif, junit, github)`)
}

func sampleRequirements() *engine.Requirements {
	r := sampleReport().Findings[0]
	return &engine.Requirements{Jurisdiction: "BD", Name: "Bangladesh", Pack: true, AsOf: "2026-11-23", Profiles: []string{"international"},
		Requirements: []engine.EffectiveRequirement{{ID: "child_labour.minimum_age", Kind: "floor", Unit: "years", Severity: "severe", Title: "Minimum age for employment",
			Level: "workplace", Domestic: r.Domestic, International: r.International, Effective: 15.0, Binding: "international", Gap: true}}}
}

func TestRequirementsText(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Requirements(&buf, "text", sampleRequirements()))
	assert.Contains(t, buf.String(), "Requirements in BD (Bangladesh), as of 2026-11-23")
	assert.Regexp(t, `child_labour.minimum_age\s+14\s+15\s+15\s+international\s+GAP`, buf.String())
}

func TestGapsMarkdown(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, GapsMarkdown(&buf, []*engine.Requirements{sampleRequirements()}))
	out := buf.String()
	assert.Contains(t, out, "## Bangladesh (BD) — law gaps as of 2026-11-23")
	assert.Contains(t, out, "| `child_labour.minimum_age` | 14 | [Bangladesh Labour Act 2006 s. 34](https://example.org/bla) (secondary) | 15 | [ILO C138 Art. 2(3)](https://example.org/c138) | C138 ratified 2022-03-22 |")
}

func TestMarkdownEscapesTableCells(t *testing.T) {
	assert.Equal(t, `a \| b c`, md("a | b\nc"))
}

func TestCatalogueMarkdown(t *testing.T) {
	r := sampleReport().Findings[0]
	cat := &engine.Catalogue{
		Requirements: []engine.CatalogueEntry{{ID: "child_labour.minimum_age", Kind: "floor", Unit: "years", Severity: "severe", Title: "Minimum age", Level: "workplace",
			Sources: []engine.CatalogueSource{{Source: r.International.Sources[0], Pack: "standards.ilo_c138"}}}},
		NationalPacks: map[string]engine.NationalPack{"BD": {Name: "Bangladesh", Ratifications: map[string]engine.Ratification{"C138": {Status: "ratified", Date: "2022-03-22", Verification: "secondary", URL: "https://example.org/r"}}}},
		Laws:          map[string]engine.Law{"lksg": {Name: "LkSG", Jurisdiction: "DE", Binding: "law", URL: "https://example.org/lksg", EffectiveFrom: "2023-01-01"}},
	}
	var buf bytes.Buffer
	require.NoError(t, CatalogueMarkdown(&buf, cat))
	out := buf.String()
	assert.Contains(t, out, "| standards.ilo_c138 | 15 | [ILO C138 Art. 2(3)](https://example.org/c138) | 1976-06-19 – | convention | primary |  |")
	assert.Contains(t, out, "| C138 | ratified | 2022-03-22 |  | [secondary](https://example.org/r) |")
	assert.Contains(t, out, "| `lksg` | [LkSG](https://example.org/lksg) | DE | law | 2023-01-01 |")
}

// TestJSONStreamIsByteIdentical: the streamed writer gives exactly what
// encoding/json gives for the whole report.
func TestJSONStreamIsByteIdentical(t *testing.T) {
	for _, r := range []*engine.Report{sampleReport(), {Report: "1", Findings: []engine.Finding{}}} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		require.NoError(t, enc.Encode(r))
		var got bytes.Buffer
		require.NoError(t, JSON(&got, r))
		assert.Equal(t, want.String(), got.String())
	}
}

// TestFindingEncoderMatchesEncodingJSON holds the hand-written finding
// encoder to encoding/json's bytes, on awkward strings and on every finding
// of a real report.
func TestFindingEncoderMatchesEncodingJSON(t *testing.T) {
	r := sampleReport()
	odd := r.Findings[0]
	odd.Message = "quote \" backslash \\ tab \t nl \n ctl \x01 \x1f html <&> line \u2028 para \u2029 bad \xff é §"
	odd.Practice = []any{"race", "sex"}
	odd.Required = map[string]any{"a": 1.5}
	odd.Missing = []string{"colour", "re\"ligion"}
	odd.Subject.Tier = 3
	odd.DomesticGuidance = &engine.Side{Value: []any{"all"}, Entry: "restriction", Conditional: "workplaces of 50 or more workers"}
	odd.Reason = "unknown"
	odd.Needs = []string{"/sites/2/workers", "/company/employees_by_country/US"}
	odd.Remediation = &engine.Remediation{Plan: "raise the age", Owner: "CSR", Due: "2027-01-31", Overdue: true}
	ifs := odd
	ifs.Practice = document.IfStricter{Value: 15.0}
	ifs.DomesticGuidance = nil
	r.Findings = append(r.Findings, odd, ifs, engine.Finding{})
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(r))
	var got bytes.Buffer
	require.NoError(t, JSON(&got, r))
	assert.Equal(t, want.String(), got.String())
}
