package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/openhrdd/hrdd/engine"
	"github.com/openhrdd/hrdd/engine/document"
	"github.com/openhrdd/hrdd/output"
	"github.com/spf13/cobra"
)

// diffCmd compares two evaluations: two documents, or one document under two
// rule sets or on two dates — what a change in the policy, in the law, or its
// entry into force changes.
func diffCmd(ctx context.Context, stdin io.Reader, stdout io.Writer) *cobra.Command {
	var c common
	var failOn, asOfBefore, asOfAfter string
	var rulesBefore, rulesAfter []string
	cmd := &cobra.Command{
		Use:   "diff [flags] BEFORE AFTER | diff (--rules-before DIR --rules-after DIR | --as-of-before D --as-of-after D) FILE",
		Short: "Show which findings are new, resolved or changed between two evaluations",
		Long: `Compare two evaluations and list the findings that are new, resolved or
changed (status or values), matched by finding id, with both citations.

Two documents (BEFORE AFTER) are evaluated under the same rules and date. One
document is evaluated twice: under two rule sets (--rules-before, --rules-after:
custom packs added to the built-in rules, as --rules does) and/or on two dates
(--as-of-before, --as-of-after), to show what a change in the law or its entry
into force does. Exit 1 when AFTER has a new or worsened finding at or above
--fail-on.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) < 1 || len(args) > 2 {
				return usage(fmt.Errorf("%s: want BEFORE AFTER, or one FILE with --rules-before/--rules-after or --as-of-before/--as-of-after (got %d arguments)", cmd.CommandPath(), len(args)))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if !output.Known(c.format, output.DiffFormats()) {
				return usage(fmt.Errorf("--format: unknown format %q (known: %s)", c.format, strings.Join(output.DiffFormats(), ", ")))
			}
			threshold, err := parseFailOn(failOn)
			if err != nil {
				return err
			}
			pairs := len(rulesBefore)+len(rulesAfter) > 0 || asOfBefore != "" || asOfAfter != ""
			if len(args) == 1 && !pairs {
				return usage(errors.New("diff of one document needs --rules-before/--rules-after or --as-of-before/--as-of-after; or give two documents"))
			}
			if args[0] == "-" && (len(args) == 1 || args[1] == "-") {
				return usage(errors.New("diff reads standard input at most once and needs a second evaluation: give a file"))
			}
			before, after := c, c
			before.rules = append(append([]string(nil), c.rules...), rulesBefore...)
			after.rules = append(append([]string(nil), c.rules...), rulesAfter...)
			if asOfBefore != "" {
				before.asOf = asOfBefore
			}
			if asOfAfter != "" {
				after.asOf = asOfAfter
			}
			second := args[0]
			if len(args) == 2 {
				second = args[1]
			}
			rb, err := evaluateFile(ctx, &before, args[0], stdin)
			if err != nil {
				return err
			}
			ra, err := evaluateFile(ctx, &after, second, stdin)
			if err != nil {
				return err
			}
			d := engine.Compare(rb, ra)
			switch c.format {
			case "sarif", "junit", "github":
				src := output.Input{Name: second}
				if second != "-" {
					src.Data, _ = os.ReadFile(second)
				}
				e, err := after.engine(ctx)
				if err != nil {
					return err
				}
				src.Titles = titles(e)
				if err := output.DiffCI(stdout, c.format, d, ra, src, threshold); err != nil {
					return err
				}
			default:
				if err := output.Diff(stdout, c.format, d); err != nil {
					return err
				}
			}
			if d.Fails(threshold) {
				return errShortfall
			}
			return nil
		},
	}
	c.flags(cmd, output.DiffFormats())
	c.rulesFlag(cmd)
	cmd.Flags().StringVar(&failOn, "fail-on", string(engine.BelowInternational), "exit 1 when AFTER has a new or worsened finding at least this bad: below_domestic, below_international, unaddressed, never")
	cmd.Flags().StringArrayVar(&rulesBefore, "rules-before", nil, "custom rule pack for the BEFORE evaluation (repeatable)")
	cmd.Flags().StringArrayVar(&rulesAfter, "rules-after", nil, "custom rule pack for the AFTER evaluation (repeatable)")
	cmd.Flags().StringVar(&asOfBefore, "as-of-before", "", "date of the BEFORE evaluation, YYYY-MM-DD")
	cmd.Flags().StringVar(&asOfAfter, "as-of-after", "", "date of the AFTER evaluation, YYYY-MM-DD")
	return cmd
}

// evaluateFile evaluates one document with the options and rules of c, by
// the same one-pass path as eval.
func evaluateFile(ctx context.Context, c *common, name string, stdin io.Reader) (*engine.Report, error) {
	opts, err := c.options()
	if err != nil {
		return nil, err
	}
	e, err := c.engine(ctx)
	if err != nil {
		return nil, err
	}
	in, closeIn, err := openInput(name, "", stdin)
	if err != nil {
		return nil, err
	}
	defer closeIn()
	run, err := e.EvaluateSource(ctx, in.Input, opts...)
	if err != nil {
		var de *document.Error
		if errors.As(err, &de) {
			return nil, usage(de)
		}
		return nil, err
	}
	return run.Finish(ctx)
}

// readBaseline reads the finding ids and statuses of a JSON report written by
// eval --format json.
func readBaseline(name string) (map[string]engine.Status, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, usage(fmt.Errorf("--baseline: %w", err))
	}
	var rep struct {
		Report   string `json:"report"`
		Findings []struct {
			ID     string        `json:"id"`
			Status engine.Status `json:"status"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		return nil, usage(fmt.Errorf("--baseline %s: not a JSON report of hrdd eval: %v", name, err))
	}
	if rep.Report == "" {
		return nil, usage(fmt.Errorf("--baseline %s: not a JSON report of hrdd eval (no \"report\" field)", name))
	}
	out := map[string]engine.Status{}
	for i, f := range rep.Findings {
		if f.ID == "" {
			return nil, usage(fmt.Errorf("--baseline %s: /findings/%d has no id: write the baseline again with this version of hrdd", name, i))
		}
		out[f.ID] = f.Status
	}
	return out, nil
}
