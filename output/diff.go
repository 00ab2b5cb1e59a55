package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/openhrdd/hrdd/engine"
)

// DiffFormats lists the formats of `hrdd diff`.
func DiffFormats() []string { return []string{"text", "json", "markdown", "sarif", "junit", "github"} }

// Diff writes d in the named format.
func Diff(w io.Writer, format string, d *engine.Diff) error {
	switch format {
	case "json":
		return JSON(w, d)
	case "markdown":
		return DiffMarkdown(w, d)
	case "text", "":
		return DiffText(w, d)
	}
	if format == "sarif" || format == "junit" || format == "github" {
		return fmt.Errorf("format %q locates findings in the input document: use output.DiffCI", format)
	}
	return unknown(format, DiffFormats())
}

// DiffCI writes the new and worsened findings of a diff in a CI format
// (sarif, junit, github), located in the AFTER document: what a pull request
// introduces. after is the AFTER report.
func DiffCI(w io.Writer, format string, d *engine.Diff, after *engine.Report, in Input, threshold engine.Status) error {
	fs := append([]engine.Finding(nil), d.New...)
	for _, c := range d.Changed {
		if c.Worse {
			fs = append(fs, c.After)
		}
	}
	return CI(w, format, after, fs, in, threshold)
}

// diffHeader says what the two reports are: the same document, rules or
// date differ only where the header shows it.
func diffHeader(d *engine.Diff) []string {
	side := func(name string, s engine.DiffSide) string {
		return fmt.Sprintf("%s: %s, as of %s, profiles %s, rules %s", name, s.Company, s.AsOf, strings.Join(s.Profiles, ", "), s.RulesDigest)
	}
	return []string{side("before", d.Before), side("after", d.After),
		fmt.Sprintf("%d new, %d resolved, %d changed", len(d.New), len(d.Resolved), len(d.Changed))}
}

// DiffText writes a diff for people: new, then changed, then resolved
// findings, each with its id, status and both citations.
func DiffText(w io.Writer, d *engine.Diff) error {
	b := bufio.NewWriter(w)
	for _, l := range diffHeader(d) {
		fmt.Fprintln(b, l)
	}
	sides := sideCache{}
	finding := func(f *engine.Finding) {
		fmt.Fprintf(b, "  %s  %s  %s\n", strings.ToUpper(f.Severity), f.Status, f.ID)
		fmt.Fprintf(b, "    %s\n", f.Message)
		for _, l := range strings.Split(strings.TrimRight(sides.get(f.Domestic, f.International), "\n"), "\n") {
			fmt.Fprintf(b, "  %s\n", l)
		}
	}
	if len(d.New) > 0 {
		fmt.Fprintf(b, "\nNew (%d):\n", len(d.New))
		for i := range d.New {
			finding(&d.New[i])
		}
	}
	if len(d.Changed) > 0 {
		fmt.Fprintf(b, "\nChanged (%d):\n", len(d.Changed))
		for _, c := range d.Changed {
			worse := ""
			if c.Worse {
				worse = " (worse)"
			}
			fmt.Fprintf(b, "  %s: %s%s\n", c.ID, c.Describe(), worse)
			fmt.Fprintf(b, "    before: %s\n", c.Before.Message)
			fmt.Fprintf(b, "    after:  %s\n", c.After.Message)
		}
	}
	if len(d.Resolved) > 0 {
		fmt.Fprintf(b, "\nResolved (%d):\n", len(d.Resolved))
		for i := range d.Resolved {
			finding(&d.Resolved[i])
		}
	}
	if len(d.New)+len(d.Changed)+len(d.Resolved) == 0 {
		fmt.Fprintln(b, "\nNo differences.")
	}
	return b.Flush()
}

// DiffMarkdown writes a diff for a pull-request comment.
func DiffMarkdown(w io.Writer, d *engine.Diff) error {
	b := bufio.NewWriter(w)
	fmt.Fprintln(b, "## hrdd diff")
	fmt.Fprintln(b)
	for _, l := range diffHeader(d) {
		fmt.Fprintf(b, "- %s\n", md(l))
	}
	table := func(title string, fs []engine.Finding) {
		if len(fs) == 0 {
			return
		}
		fmt.Fprintf(b, "\n### %s (%d)\n\n| severity | status | finding | message |\n|---|---|---|---|\n", title, len(fs))
		for _, f := range fs {
			fmt.Fprintf(b, "| %s | %s | `%s` | %s |\n", f.Severity, f.Status, f.ID, md(f.Message))
		}
	}
	table("New", d.New)
	if len(d.Changed) > 0 {
		fmt.Fprintf(b, "\n### Changed (%d)\n\n| finding | change | before | after |\n|---|---|---|---|\n", len(d.Changed))
		for _, c := range d.Changed {
			fmt.Fprintf(b, "| `%s` | %s | %s | %s |\n", c.ID, md(c.Describe()), md(c.Before.Message), md(c.After.Message))
		}
	}
	table("Resolved", d.Resolved)
	if len(d.New)+len(d.Changed)+len(d.Resolved) == 0 {
		fmt.Fprintln(b, "\nNo differences.")
	}
	return b.Flush()
}
