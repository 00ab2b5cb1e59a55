package output_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"strings"
	"testing"

	"github.com/openhrdd/hrdd/engine"
	"github.com/openhrdd/hrdd/engine/document"
	"github.com/openhrdd/hrdd/hrddtest"
	"github.com/openhrdd/hrdd/output"
	"github.com/santhosh-tekuri/jsonschema/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ciReport evaluates the CI example (JSON or YAML) as eval does for the CI
// formats: passed findings kept for JUnit.
func ciReport(t *testing.T, name string) (*engine.Report, output.Input) {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	doc, err := document.Decode(bytes.NewReader(data), name)
	require.NoError(t, err)
	rep := hrddtest.Evaluate(t, doc, "2026-11-23", engine.WithPassed(true))
	titles := map[string]string{}
	for _, r := range hrddtest.Engine(t).Catalogue() {
		titles[r.ID] = r.Title
	}
	return rep, output.Input{Name: name, Data: data, Titles: titles}
}

func render(t *testing.T, format string, rep *engine.Report, in output.Input) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, output.CI(&b, format, rep, rep.Findings, in, engine.BelowInternational))
	return b.Bytes()
}

func TestSARIF(t *testing.T) {
	rep, in := ciReport(t, "ci-doc.json")
	out := render(t, "sarif", rep, in)
	hrddtest.RequireGoldenBytes(t, "testdata/golden/ci-doc.sarif", out)

	var doc any
	require.NoError(t, json.Unmarshal(out, &doc))
	sch, err := jsonschema.CompileString("sarif-subset.json", sarifSubset)
	require.NoError(t, err)
	require.NoError(t, sch.Validate(doc))

	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID               string `json:"id"`
						ShortDescription struct {
							Text string `json:"text"`
						} `json:"shortDescription"`
						FullDescription struct {
							Text string `json:"text"`
						} `json:"fullDescription"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Level     string `json:"level"`
				Locations []struct {
					PhysicalLocation struct {
						Region struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			} `json:"results"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal(out, &log))
	run := log.Runs[0]
	for _, r := range run.Results {
		assert.Equal(t, r.RuleID, run.Tool.Driver.Rules[r.RuleIndex].ID, "ruleIndex points at the rule")
	}
	byID := map[string]int{}
	for i, r := range run.Results {
		byID[r.PartialFingerprints["hrddFindingId/v1"]] = i
	}
	// The supplier's minimum age of 13 stands on line 10 of the JSON input.
	r := run.Results[byID["child_labour.minimum_age/supplier/S-1/BD"]]
	assert.Equal(t, "error", r.Level)
	assert.Equal(t, 10, r.Locations[0].PhysicalLocation.Region.StartLine)
	for _, rule := range run.Tool.Driver.Rules {
		if rule.ID == "child_labour.minimum_age" {
			assert.Equal(t, "Minimum age for employment", rule.ShortDescription.Text)
			assert.Contains(t, rule.FullDescription.Text, "ILO C138")
		}
	}

	// YAML input: the same value is located on its YAML line.
	rep, in = ciReport(t, "ci-doc.yaml")
	require.NoError(t, json.Unmarshal(render(t, "sarif", rep, in), &log))
	for _, r := range log.Runs[0].Results {
		if r.PartialFingerprints["hrddFindingId/v1"] == "child_labour.minimum_age/supplier/S-1/BD" {
			assert.Equal(t, 24, r.Locations[0].PhysicalLocation.Region.StartLine)
			assert.Equal(t, 22, r.Locations[0].PhysicalLocation.Region.StartColumn)
		}
	}
}

func TestJUnit(t *testing.T) {
	rep, in := ciReport(t, "ci-doc.json")
	out := render(t, "junit", rep, in)
	hrddtest.RequireGoldenBytes(t, "testdata/golden/ci-doc.junit.xml", out)
	var suites struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Suites   []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name    string    `xml:"name,attr"`
				Failure *struct{} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	require.NoError(t, xml.Unmarshal(out, &suites))
	assert.Equal(t, len(rep.Findings), suites.Tests, "a test case per requirement and subject")
	assert.Equal(t, rep.Summary.BelowDomestic+rep.Summary.BelowInternational, suites.Failures)
}

func TestGitHub(t *testing.T) {
	rep, in := ciReport(t, "ci-doc.json")
	out := render(t, "github", rep, in)
	hrddtest.RequireGoldenBytes(t, "testdata/golden/ci-doc.github.txt", out)
	assert.Contains(t, string(out), "::error file=ci-doc.json,line=10,col=")
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		assert.Regexp(t, `^::(error|warning|notice) [^:]*::[^\n]+$`, l)
	}
}

func TestMarkdown(t *testing.T) {
	rep, in := ciReport(t, "ci-doc.json")
	out := render(t, "markdown", rep, in)
	hrddtest.RequireGoldenBytes(t, "testdata/golden/ci-doc.md", out)
	assert.Contains(t, string(out), "### Shortfalls")
	assert.Contains(t, string(out), "`child_labour.minimum_age/supplier/S-1/BD`")
}

// sarifSubset is the part of the SARIF 2.1.0 schema (OASIS) that hrdd's log
// must satisfy: the required properties and value sets of the objects hrdd
// writes, written from the specification's tables.
const sarifSubset = `{
  "type": "object",
  "required": ["version", "runs"],
  "properties": {
    "version": {"const": "2.1.0"},
    "$schema": {"type": "string", "format": "uri"},
    "runs": {"type": "array", "minItems": 1, "items": {
      "type": "object",
      "required": ["tool"],
      "properties": {
        "tool": {"type": "object", "required": ["driver"], "properties": {
          "driver": {"type": "object", "required": ["name"], "properties": {
            "name": {"type": "string"},
            "version": {"type": "string"},
            "informationUri": {"type": "string", "format": "uri"},
            "rules": {"type": "array", "uniqueItems": true, "items": {
              "type": "object", "required": ["id"], "properties": {
                "id": {"type": "string"},
                "shortDescription": {"$ref": "#/$defs/message"},
                "fullDescription": {"$ref": "#/$defs/message"},
                "help": {"$ref": "#/$defs/message"}}}}}}}},
        "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
        "results": {"type": "array", "items": {
          "type": "object", "required": ["message"], "properties": {
            "ruleId": {"type": "string"},
            "ruleIndex": {"type": "integer", "minimum": -1},
            "level": {"enum": ["none", "note", "warning", "error"]},
            "message": {"$ref": "#/$defs/message"},
            "partialFingerprints": {"type": "object", "additionalProperties": {"type": "string"}},
            "locations": {"type": "array", "items": {"type": "object", "properties": {
              "physicalLocation": {"type": "object", "properties": {
                "artifactLocation": {"type": "object", "properties": {"uri": {"type": "string"}}},
                "region": {"type": "object", "properties": {
                  "startLine": {"type": "integer", "minimum": 1},
                  "startColumn": {"type": "integer", "minimum": 1}}}}}}}}}}}}}}
  },
  "$defs": {"message": {"type": "object", "anyOf": [{"required": ["text"]}, {"required": ["id"]}],
    "properties": {"text": {"type": "string"}, "markdown": {"type": "string"}}}}
}`

// TestDiffFormats: a diff of two versions of the CI example in every diff
// format, held to golden files.
func TestDiffFormats(t *testing.T) {
	before, in := ciReport(t, "ci-doc.json")
	data := bytes.Replace(in.Data, []byte(`"minimum_age": 13`), []byte(`"minimum_age": 16`), 1)
	data = bytes.Replace(data, []byte(`"annual_paid_min_days": 8`), []byte(`"annual_paid_min_days": 5`), 1)
	data = bytes.Replace(data, []byte(`"working_hours": {"regular_weekly_max": 48}`), []byte(`"working_hours": {"regular_weekly_max": 50}`), 1)
	doc, err := document.Decode(bytes.NewReader(data), "ci-doc.json")
	require.NoError(t, err)
	after := hrddtest.Evaluate(t, doc, "2026-11-23", engine.WithPassed(true))
	d := engine.Compare(before, after)
	require.NotEmpty(t, d.Resolved)
	for _, f := range []string{"text", "json", "markdown"} {
		var b bytes.Buffer
		require.NoError(t, output.Diff(&b, f, d))
		hrddtest.RequireGoldenBytes(t, "testdata/golden/ci-doc.diff."+f, b.Bytes())
	}
	var b bytes.Buffer
	require.NoError(t, output.DiffCI(&b, "sarif", d, after, output.Input{Name: "ci-doc.json", Data: data}, engine.BelowInternational))
	hrddtest.RequireGoldenBytes(t, "testdata/golden/ci-doc.diff.sarif", b.Bytes())
	assert.Contains(t, b.String(), "working_hours.regular_weekly_max", "the supplier code's new shortfall is annotated")
}
