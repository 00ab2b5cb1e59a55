package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/openhrdd/hrdd/engine"
)

// ExplainFormats lists the formats of `hrdd explain`.
func ExplainFormats() []string { return []string{"text", "json"} }

// Explain writes ex in the named format.
func Explain(w io.Writer, format string, ex *engine.Explanation) error {
	switch format {
	case "json":
		return JSON(w, ex)
	case "text", "":
		return ExplainText(w, ex)
	}
	return unknown(format, ExplainFormats())
}

// ExplainText writes how a requirement was resolved: the candidates by side,
// whether each is in force and its conditions hold, and why a side binds.
func ExplainText(w io.Writer, ex *engine.Explanation) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "%s (%s, %s %s) in %s, as of %s, profiles: %s\n", ex.Requirement, ex.Title, ex.Kind, ex.Unit, ex.Jurisdiction, ex.AsOf, strings.Join(ex.Profiles, ", "))
	workplaceLine(b, ex.Workers, ex.Region, ex.Sector)
	fmt.Fprintln(b, "\nCandidate sources:")
	if len(ex.Candidates) == 0 {
		fmt.Fprintln(b, "  none in the rules")
	}
	for _, c := range ex.Candidates {
		var state []string
		if !c.InForce {
			state = append(state, "not in force on the date")
		}
		if !c.InProfile {
			state = append(state, "profile "+c.Profile+" not active")
		}
		switch c.Conditions {
		case "no":
			state = append(state, "conditions do not hold")
		case "unknown":
			state = append(state, "conditions unknown: a figure is missing")
		case "yes":
			state = append(state, "conditions hold")
		}
		if c.Sets {
			state = append(state, "SETS THE VALUE")
		}
		fmt.Fprintf(b, "  %-13s %s  %s %s [%s, %s] %s – %s (%s)\n", c.Side, sourceValue(c.Source), c.Instrument, c.Article,
			binding(c.Binding), c.Verification, c.EffectiveFrom, c.EffectiveTo, strings.Join(state, "; "))
		if d := c.Conditions; d != "" {
			fmt.Fprintf(b, "  %-13s   applies to: %s\n", "", c.Source.Conditions.Describe())
		}
	}
	fmt.Fprintln(b, "\nResolution:")
	for _, l := range ex.Why {
		fmt.Fprintf(b, "  %s\n", l)
	}
	fmt.Fprintf(b, "  Effective: %s (binding: %s)\n", valueText(ex.Result.Effective), orDash(ex.Result.Binding))
	return b.Flush()
}
