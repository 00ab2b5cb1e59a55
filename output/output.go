// Package output renders hrdd reports: one file per format, each with its own
// test. Every renderer is deterministic: the same report gives the same bytes.
package output

import (
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"

	"github.com/openhrdd/hrdd/engine"
)

// ReportFormats lists the formats of `hrdd eval`.
func ReportFormats() []string { return append([]string{"text", "json"}, CIFormats()...) }

// RequirementsFormats lists the formats of `hrdd requirements`.
func RequirementsFormats() []string { return []string{"text", "json"} }

// Report writes r in the named format.
func Report(w io.Writer, format string, r *engine.Report) error {
	switch format {
	case "json":
		return JSON(w, r)
	case "text", "":
		return Text(w, r)
	}
	if slices.Contains(CIFormats(), format) {
		return CI(w, format, r, r.Findings, Input{}, engine.BelowInternational)
	}
	return unknown(format, ReportFormats())
}

// ReportStream writes a report whose findings come from seq (see
// engine.Run.FinishStream), in bounded memory.
func ReportStream(w io.Writer, format string, r *engine.Report, seq iter.Seq2[engine.Finding, error]) error {
	switch format {
	case "json":
		return JSONStream(w, r, seq)
	case "text", "":
		return TextStream(w, r, seq)
	}
	if slices.Contains(CIFormats(), format) {
		return fmt.Errorf("format %q locates findings in the input document: use output.CI", format)
	}
	return unknown(format, ReportFormats())
}

// Requirements writes rq in the named format.
func Requirements(w io.Writer, format string, rq *engine.Requirements) error {
	switch format {
	case "json":
		return JSON(w, rq)
	case "text", "":
		return RequirementsText(w, rq)
	}
	return unknown(format, RequirementsFormats())
}

func unknown(format string, known []string) error {
	return fmt.Errorf("unknown format %q (known: %s)", format, strings.Join(known, ", "))
}

// Known reports whether format is one of known.
func Known(format string, known []string) bool { return slices.Contains(known, format) }
