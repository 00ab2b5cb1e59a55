package output

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/openhrdd/hrdd/engine"
)

// SARIF 2.1.0 (OASIS), the subset hrdd fills: one run, one rule per
// requirement, one result per finding below a standard or unaddressed.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	ColumnKind  string            `json:"columnKind"`
	Results     []sarifResult     `json:"results"`
	Properties  map[string]any    `json:"properties"`
	Invocations []sarifInvocation `json:"invocations"`
}

type sarifInvocation struct {
	ExecutionSuccessful bool `json:"executionSuccessful"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID               string         `json:"id"`
	Name             string         `json:"name"`
	ShortDescription sarifText      `json:"shortDescription"`
	FullDescription  sarifText      `json:"fullDescription"`
	Help             sarifText      `json:"help"`
	Properties       map[string]any `json:"properties"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          map[string]any    `json:"properties"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

// sarifLevel maps a status to a SARIF level: unlawful is an error.
func sarifLevel(s engine.Status) string {
	switch s {
	case engine.BelowDomestic:
		return "error"
	case engine.BelowInternational:
		return "warning"
	}
	return "note"
}

// SARIF writes findings as a SARIF 2.1.0 log: ruleId is the requirement id;
// each rule carries the title and the citations; each result is located at
// the line and column of the offending value in the input.
func SARIF(w io.Writer, r *engine.Report, fs []engine.Finding, in Input) error {
	pos := in.positions(fs)
	rules := map[string]*sarifRule{}
	var results []sarifResult
	for _, f := range fs {
		if f.Status == engine.Meets {
			continue
		}
		rule := rules[f.Requirement]
		if rule == nil {
			rule = &sarifRule{ID: f.Requirement, Name: ruleName(f.Requirement), Properties: map[string]any{"severity": f.Severity}}
			rules[f.Requirement] = rule
		}
		addCitations(rule, &f, in.Titles)
		loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: in.Name}}}
		if p, ok := pos[f.Pointer]; ok {
			loc.PhysicalLocation.Region = &sarifRegion{StartLine: p.Line, StartColumn: p.Column}
		}
		props := map[string]any{"status": string(f.Status), "severity": f.Severity, "pointer": f.Pointer,
			"subject": f.Subject}
		if f.Reason != "" {
			props["reason"] = f.Reason
		}
		results = append(results, sarifResult{RuleID: f.Requirement, Level: sarifLevel(f.Status), Message: sarifText{Text: f.Message},
			Locations: []sarifLocation{loc}, PartialFingerprints: map[string]string{"hrddFindingId/v1": f.ID}, Properties: props})
	}
	ids := make([]string, 0, len(rules))
	for id := range rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	index := map[string]int{}
	driver := sarifDriver{Name: "hrdd", Version: r.HRDDVersion, InformationURI: "https://github.com/openhrdd/hrdd", Rules: []sarifRule{}}
	for i, id := range ids {
		index[id] = i
		rule := rules[id]
		rule.FullDescription.Text = strings.TrimSpace(rule.FullDescription.Text)
		rule.Help.Text = rule.FullDescription.Text
		driver.Rules = append(driver.Rules, *rule)
	}
	for i := range results {
		results[i].RuleIndex = index[results[i].RuleID]
	}
	if results == nil {
		results = []sarifResult{}
	}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: driver}, ColumnKind: "unicodeCodePoints", Results: results,
			Invocations: []sarifInvocation{{ExecutionSuccessful: true}},
			Properties:  map[string]any{"company": r.Company, "as_of": r.AsOf, "profiles": r.Profiles, "rules_digest": r.RulesDigest},
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

// addCitations adds the citations of a finding's sides to its rule, once.
func addCitations(rule *sarifRule, f *engine.Finding, titles map[string]string) {
	if rule.ShortDescription.Text == "" {
		rule.ShortDescription.Text = f.Requirement
		if t := titles[f.Requirement]; t != "" {
			rule.ShortDescription.Text = t
		}
	}
	for side, s := range f.Sources() {
		line := fmt.Sprintf("%s (%s): %s %s %s", side, f.Subject.Country, s.Instrument, s.Article, s.URL)
		if !strings.Contains(rule.FullDescription.Text, line) {
			rule.FullDescription.Text += line + "\n"
			rule.Help.Markdown += fmt.Sprintf("- %s (%s): [%s %s](%s)\n", side, f.Subject.Country, s.Instrument, s.Article, s.URL)
		}
	}
}

// ruleName turns a requirement id into a SARIF rule name: MinimumAge.
func ruleName(id string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(id, func(r rune) bool { return r == '.' || r == '_' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}
