package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/openhrdd/hrdd/engine"
	"github.com/openhrdd/hrdd/engine/document"
	"github.com/openhrdd/hrdd/output"
	"github.com/spf13/cobra"
)

// explainCmd shows how one requirement was resolved in one jurisdiction.
func explainCmd(ctx context.Context, stdout io.Writer) *cobra.Command {
	var c common
	var cc string
	var wp workplace
	cmd := &cobra.Command{
		Use:   "explain REQUIREMENT --jurisdiction CC [--workers N] [--sector S] [--region R]",
		Short: "Show how a requirement is resolved: every candidate source, its conditions, which side binds and why",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if cc == "" {
				return usage(errors.New("--jurisdiction is required, e.g. --jurisdiction JP"))
			}
			if err := jurisdictions("--jurisdiction", []string{cc}); err != nil {
				return err
			}
			opts, e, err := c.prepare(ctx, output.ExplainFormats())
			if err != nil {
				return err
			}
			w, err := wp.options(cmd)
			if err != nil {
				return err
			}
			ex, err := e.Explain(ctx, args[0], cc, append(opts, w...)...)
			if err != nil {
				return usage(err)
			}
			return output.Explain(stdout, c.format, ex)
		},
	}
	c.flags(cmd, output.ExplainFormats())
	c.rulesFlag(cmd)
	cmd.Flags().StringVar(&cc, "jurisdiction", "", "ISO 3166-1 alpha-2 country code, e.g. JP")
	wp.flags(cmd)
	return cmd
}

// explainFinding prints one finding of a report and how its requirement was
// resolved for its subject (eval --explain ID).
func explainFinding(ctx context.Context, stdout io.Writer, e *engine.Engine, opts []engine.Option, doc *document.Document, rep *engine.Report, id, format string) error {
	var f *engine.Finding
	for i := range rep.Findings {
		if rep.Findings[i].ID == id {
			f = &rep.Findings[i]
		}
	}
	if f == nil {
		return usage(fmt.Errorf("--explain %q: no such finding in the report (ids look like child_labour.minimum_age/supplier/S-0001/VN; add --show-passed for findings that meet)", id))
	}
	var workers *int
	var sector, region string
	for _, st := range doc.Sites {
		if f.Subject.Kind == engine.SubjectSite && st.ID == f.Subject.ID {
			workers, sector, region = st.Workers, st.Sector, st.Region
		}
	}
	for _, sp := range doc.Suppliers {
		if f.Subject.Kind == engine.SubjectSupplier && sp.ID == f.Subject.ID {
			workers, sector, region = sp.Workers, sp.Sector, sp.Region
		}
	}
	cc := f.Subject.Country
	if cc == "" {
		cc = doc.Company.Headquarters
	}
	// A word hrdd does not know is an unknown sector, as in the evaluation.
	sector, _ = e.Sector(sector)
	ex, err := e.Explain(ctx, f.Requirement, cc, append(opts, engine.Workplace(workers, sector), engine.InRegion(region))...)
	if err != nil {
		return err
	}
	if format == "json" {
		return output.JSON(stdout, struct {
			Finding     *engine.Finding     `json:"finding"`
			Explanation *engine.Explanation `json:"explanation"`
		}{f, ex})
	}
	fmt.Fprintf(stdout, "%s  %s  %s\n  %s\n\n", strings.ToUpper(f.Severity), f.Status, f.ID, f.Message)
	return output.ExplainText(stdout, ex)
}
