package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/openhrdd/hrdd/engine"
)

// GitHub writes GitHub Actions workflow commands, one annotation per
// finding at the line of the offending value: ::error for practice below
// domestic law, ::warning below the international standard, ::notice for
// unaddressed requirements.
func GitHub(w io.Writer, r *engine.Report, fs []engine.Finding, in Input) error {
	pos := in.positions(fs)
	b := bufio.NewWriter(w)
	for _, f := range fs {
		level := "notice"
		switch f.Status {
		case engine.Meets:
			continue
		case engine.BelowDomestic:
			level = "error"
		case engine.BelowInternational:
			level = "warning"
		}
		props := []string{"file=" + ghProperty(in.Name)}
		if p, ok := pos[f.Pointer]; ok {
			props = append(props, fmt.Sprintf("line=%d", p.Line), fmt.Sprintf("col=%d", p.Column))
		}
		props = append(props, "title="+ghProperty(fmt.Sprintf("%s %s (%s)", f.Status, f.Requirement, f.ID)))
		fmt.Fprintf(b, "::%s %s::%s\n", level, strings.Join(props, ","), ghData(f.Message))
	}
	s := r.Summary
	fmt.Fprintf(b, "::notice title=hrdd summary::%s\n", ghData(fmt.Sprintf("%s as of %s: %d below domestic law, %d below international standards, %d unaddressed, %d meet",
		r.Company, r.AsOf, s.BelowDomestic, s.BelowInternational, s.Unaddressed, s.Meets)))
	return b.Flush()
}

// ghData escapes a workflow command's message.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a workflow command's property value.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
