package output

import (
	"fmt"
	"io"

	"github.com/openhrdd/hrdd/engine"
	"github.com/openhrdd/hrdd/engine/document"
)

// Input is the document a report is about, for formats that point into it
// (SARIF results and GitHub annotations carry the line and column of the
// offending value, found from the finding's JSON pointer).
type Input struct {
	Name string // the file name as the user gave it
	Data []byte // its bytes; nil when not at hand (no positions then)
	// Titles are the requirements' titles by id (engine.Catalogue).
	Titles map[string]string
}

// positions locates the pointers of the findings in the input.
func (in Input) positions(fs []engine.Finding) map[string]document.Position {
	if in.Data == nil {
		return map[string]document.Position{}
	}
	ps := make([]string, len(fs))
	for i, f := range fs {
		ps[i] = f.Pointer
	}
	return document.Locate(in.Data, ps)
}

// CIFormats are the formats for continuous integration: they hold the
// findings in memory to locate them in the input, and they list passed
// findings too where the format counts tests (junit).
func CIFormats() []string { return []string{"markdown", "sarif", "junit", "github"} }

// NeedsPassed reports whether a format lists every comparison, passed ones
// included (a JUnit test case per requirement and subject).
func NeedsPassed(format string) bool { return format == "junit" }

// CI writes r with its findings fs in one of the CI formats. threshold is
// --fail-on: JUnit fails the test cases at or above it.
func CI(w io.Writer, format string, r *engine.Report, fs []engine.Finding, in Input, threshold engine.Status) error {
	switch format {
	case "markdown":
		return Markdown(w, r, fs)
	case "sarif":
		return SARIF(w, r, fs, in)
	case "junit":
		return JUnit(w, r, fs, threshold)
	case "github":
		return GitHub(w, r, fs, in)
	}
	return fmt.Errorf("unknown CI format %q", format)
}
