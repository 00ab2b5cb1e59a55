// Package hrddtest guards policy documents in Go tests: evaluate a document
// at a pinned date with one engine shared by the test binary, then require
// that it has no shortfalls, no new shortfalls against an earlier version,
// or that its report matches a golden file (rewritten with -update).
//
//	func TestSupplierCode(t *testing.T) {
//		rep := hrddtest.EvaluateFile(t, "policy/company.json", "2026-11-23")
//		hrddtest.RequireNoShortfalls(t, rep, engine.BelowDomestic)
//	}
//
// Failure messages list the findings as text a reviewer can act on: id,
// status, message and the citations of both sides.
package hrddtest

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/openhrdd/hrdd/engine"
	"github.com/openhrdd/hrdd/engine/document"
	"github.com/openhrdd/hrdd/output"
)

// update rewrites golden files instead of comparing with them:
// go test ./... -update. A test package that imports hrddtest must not
// define a flag of its own named "update".
var update = flag.Bool("update", false, "rewrite golden reports instead of comparing with them (hrddtest)")

var shared = sync.OnceValues(func() (*engine.Engine, error) { return engine.New(context.Background()) })

// Engine returns the engine shared by every test of the binary: the rules
// are compiled once and legal contexts are cached across tests.
func Engine(t testing.TB) *engine.Engine {
	t.Helper()
	e, err := shared()
	if err != nil {
		t.Fatalf("hrddtest: compiling the rules: %v", err)
	}
	return e
}

// Evaluate evaluates doc with the shared engine at a pinned date
// (YYYY-MM-DD): a test must not depend on the day it runs. Further options
// (profiles, passed findings) are passed to the engine.
func Evaluate(t testing.TB, doc *document.Document, asOf string, opts ...engine.Option) *engine.Report {
	t.Helper()
	d, err := time.Parse(time.DateOnly, asOf)
	if err != nil {
		t.Fatalf("hrddtest: as-of date %q: want YYYY-MM-DD", asOf)
	}
	rep, err := Engine(t).Evaluate(context.Background(), doc, append([]engine.Option{engine.AsOf(d)}, opts...)...)
	if err != nil {
		t.Fatalf("hrddtest: evaluating %s: %v", doc.Company.Name, err)
	}
	return rep
}

// EvaluateFile reads, validates and evaluates a document file (JSON or YAML).
func EvaluateFile(t testing.TB, path, asOf string, opts ...engine.Option) *engine.Report {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("hrddtest: %v", err)
	}
	defer f.Close()
	doc, err := document.Decode(f, path)
	if err != nil {
		t.Fatalf("hrddtest: %v", err)
	}
	return Evaluate(t, doc, asOf, opts...)
}

// Shortfalls are the findings of rep at or above a status (below_domestic,
// below_international or unaddressed) that count: those covered by a
// remediation plan not yet due are left out.
func Shortfalls(rep *engine.Report, atOrAbove engine.Status) []engine.Finding {
	var out []engine.Finding
	for _, f := range rep.Findings {
		if f.Status != engine.Meets && f.Status.AtLeast(atOrAbove) && f.Blocking() {
			out = append(out, f)
		}
	}
	return out
}

// RequireNoShortfalls fails the test, listing them, if rep has findings at
// or above atOrAbove.
func RequireNoShortfalls(t testing.TB, rep *engine.Report, atOrAbove engine.Status) {
	t.Helper()
	if fs := Shortfalls(rep, atOrAbove); len(fs) > 0 {
		t.Fatalf("%s: %d findings at or above %s (as of %s):\n%s", rep.Company, len(fs), atOrAbove, rep.AsOf, Format(fs))
	}
}

// NewShortfalls are the findings of after at or above atOrAbove that are new
// against before, or worse than they were, matched by finding id.
func NewShortfalls(before, after *engine.Report, atOrAbove engine.Status) []engine.Finding {
	d := engine.Compare(before, after)
	var out []engine.Finding
	for _, f := range d.New {
		if f.Status.AtLeast(atOrAbove) && f.Blocking() {
			out = append(out, f)
		}
	}
	for _, c := range d.Changed {
		if c.Worse && c.After.Status.AtLeast(atOrAbove) && c.After.Blocking() {
			out = append(out, c.After)
		}
	}
	return out
}

// RequireNoNewShortfalls fails the test if after has findings at or above
// atOrAbove that before did not have, or that got worse.
func RequireNoNewShortfalls(t testing.TB, before, after *engine.Report, atOrAbove engine.Status) {
	t.Helper()
	if fs := NewShortfalls(before, after, atOrAbove); len(fs) > 0 {
		t.Fatalf("%s: %d new or worse findings at or above %s:\n%s", after.Company, len(fs), atOrAbove, Format(fs))
	}
}

// Format lists findings as text: one block each, with id, status, message
// and the citations of both sides.
func Format(fs []engine.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "  %s %s %s\n    %s\n", strings.ToUpper(f.Severity), f.Status, f.ID, f.Message)
		for side, s := range f.Sources() {
			fmt.Fprintf(&b, "    %s: %v %s %s %s\n", side, s.Value, s.Instrument, s.Article, s.URL)
		}
		fmt.Fprintf(&b, "    at %s\n", f.Pointer)
	}
	return b.String()
}

// RequireGolden compares the JSON report of rep with a golden file, or
// rewrites the file with -update. hrdd's version is left out of the
// comparison (it changes with every build); the rules digest stays in, so a
// change in the rules shows as a change in the golden file. On a mismatch the
// failure lists the findings that differ.
func RequireGolden(t testing.TB, path string, rep *engine.Report) {
	t.Helper()
	var buf bytes.Buffer
	if err := output.JSON(&buf, rep); err != nil {
		t.Fatalf("hrddtest: %v", err)
	}
	got := Normalize(buf.Bytes())
	want, updated := golden(t, path, got)
	if updated || bytes.Equal(want, got) {
		return
	}
	msg := fmt.Sprintf("report differs from %s; if the change is intended, run the test with -update and review the diff", path)
	var old engine.Report
	if err := json.Unmarshal(want, &old); err == nil {
		d := engine.Compare(&old, rep)
		if len(d.New)+len(d.Resolved)+len(d.Changed) > 0 {
			var b bytes.Buffer
			_ = output.DiffText(&b, d)
			msg += ":\n" + b.String()
		}
	}
	t.Fatal(msg + "\n" + firstDifference(want, got))
}

// RequireGoldenBytes compares any rendered output with a golden file, or
// rewrites it with -update.
func RequireGoldenBytes(t testing.TB, path string, got []byte) {
	t.Helper()
	got = Normalize(got)
	want, updated := golden(t, path, got)
	if !updated && !bytes.Equal(want, got) {
		t.Fatalf("output differs from %s; if the change is intended, run the test with -update and review the diff\n%s", path, firstDifference(want, got))
	}
}

// golden rewrites the golden file with got under -update (updated), else
// reads it.
func golden(t testing.TB, path string, got []byte) (want []byte, updated bool) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return nil, true
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("hrddtest: %v (run the test with -update to create it)", err)
	}
	return want, false
}

// Normalize replaces hrdd's version in a report (JSON or text) with VERSION.
func Normalize(report []byte) []byte {
	v := engine.Version()
	report = bytes.ReplaceAll(report, []byte(`"hrdd_version": "`+v+`"`), []byte(`"hrdd_version": "VERSION"`))
	return bytes.ReplaceAll(report, []byte(", hrdd "+v+"\n"), []byte(", hrdd VERSION\n"))
}

// firstDifference shows the first line that differs.
func firstDifference(want, got []byte) string {
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n  want: %s\n  got:  %s", i+1, a, b)
		}
	}
	return ""
}
