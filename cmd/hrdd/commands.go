package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/openhrdd/hrdd/engine"
	"github.com/openhrdd/hrdd/engine/document"
	"github.com/openhrdd/hrdd/output"
	"github.com/spf13/cobra"
)

type common struct {
	asOf     string
	profiles string
	rules    []string
	format   string
	timeout  time.Duration
}

func (c *common) flags(cmd *cobra.Command, formats []string) {
	cmd.Flags().StringVar(&c.asOf, "as-of", "", "date on which the law is read, YYYY-MM-DD (default today, UTC)")
	cmd.Flags().StringVar(&c.profiles, "profile", engine.DefaultProfile, "international profiles, comma-separated: "+strings.Join(engine.KnownProfiles(), ", "))
	cmd.Flags().StringVar(&c.format, "format", "text", "output format: "+strings.Join(formats, ", "))
}

func (c *common) rulesFlag(cmd *cobra.Command) {
	cmd.Flags().StringArrayVar(&c.rules, "rules", nil, "directory of a custom rule pack (Rego, in the shape of policies/); repeatable")
	cmd.Flags().DurationVar(&c.timeout, "timeout", 30*time.Second, "bound on the rules' evaluation in one run, e.g. 10s")
}

// options turns the flags into engine options, rejecting bad values with a
// usage error.
func (c *common) options() ([]engine.Option, error) {
	var opts []engine.Option
	if c.asOf != "" {
		t, err := time.Parse(time.DateOnly, c.asOf)
		if err != nil {
			return nil, usage(fmt.Errorf("--as-of %q: want a date as YYYY-MM-DD", c.asOf))
		}
		opts = append(opts, engine.AsOf(t))
	}
	var ps []string
	for _, p := range strings.Split(c.profiles, ",") {
		if p = strings.TrimSpace(p); p != "" {
			ps = append(ps, p)
		}
	}
	for _, p := range ps {
		if !slices.Contains(engine.KnownProfiles(), p) {
			return nil, usage(fmt.Errorf("--profile: unknown profile %q (known: %s)", p, strings.Join(engine.KnownProfiles(), ", ")))
		}
	}
	opts = append(opts, engine.WithProfiles(ps...))
	return opts, nil
}

func (c *common) engine(ctx context.Context) (*engine.Engine, error) {
	var opts []engine.EngineOption
	if c.timeout > 0 {
		opts = append(opts, engine.WithEvalTimeout(c.timeout))
	}
	for _, dir := range c.rules {
		st, err := os.Stat(dir)
		if err != nil {
			return nil, usage(fmt.Errorf("--rules: %w", err))
		}
		if !st.IsDir() {
			return nil, usage(fmt.Errorf("--rules %s: not a directory", dir))
		}
		opts = append(opts, engine.WithRules(filepath.Base(dir), os.DirFS(dir)))
	}
	e, err := engine.New(ctx, opts...)
	if err != nil {
		if len(c.rules) > 0 {
			return nil, usage(fmt.Errorf("--rules: %w", err))
		}
		return nil, err
	}
	return e, nil
}

// prepare checks --format against formats, then reads the options and builds
// the engine: the common start of every command that reads the rules.
func (c *common) prepare(ctx context.Context, formats []string) ([]engine.Option, *engine.Engine, error) {
	if !slices.Contains(formats, c.format) {
		return nil, nil, usage(fmt.Errorf("--format: unknown format %q (known: %s)", c.format, strings.Join(formats, ", ")))
	}
	opts, err := c.options()
	if err != nil {
		return nil, nil, err
	}
	e, err := c.engine(ctx)
	return opts, e, err
}

// jurisdictions rejects codes that are not officially assigned ISO 3166-1
// alpha-2 codes, naming the flag or argument.
func jurisdictions(what string, codes []string) error {
	for _, cc := range codes {
		if !document.IsCountry(strings.ToUpper(strings.TrimSpace(cc))) {
			return usage(fmt.Errorf("%s %q: want an ISO 3166-1 alpha-2 country code such as JP", what, cc))
		}
	}
	return nil
}

func newRoot(ctx context.Context, stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:           "hrdd",
		Short:         "Human-rights due diligence: practice against the stricter of domestic law and international standards",
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usage(err) })
	root.AddCommand(evalCmd(ctx, stdin, stdout, stderr), diffCmd(ctx, stdin, stdout), explainCmd(ctx, stdout), bundleCmd(ctx, stdout), serveCmd(ctx, stderr), requirementsCmd(ctx, stdout), gapsCmd(ctx, stdout), docCmd(ctx, stdout),
		sectorsCmd(ctx, stdout), validateCmd(ctx, stdin, stdout), versionCmd(stdout))
	root.CompletionOptions.DisableDefaultCmd = true
	return root
}

// readDocument reads and validates a document from a file or "-" (stdin).
func readDocument(name string, stdin io.Reader) (*document.Document, error) {
	var r io.Reader = stdin
	label := "<stdin>"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, usage(err)
		}
		defer f.Close()
		r, label = f, name
	}
	doc, err := document.Decode(r, label)
	if err != nil {
		var de *document.Error
		if errors.As(err, &de) {
			return nil, usage(de)
		}
		return nil, usage(fmt.Errorf("%s: %w", label, err))
	}
	return doc, nil
}

func evalCmd(ctx context.Context, stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var c common
	var failOn, suppliers, baseline, explain, unaddressed string
	var passed bool
	cmd := &cobra.Command{
		Use:   "eval [flags] FILE|-",
		Short: "Evaluate a company document and report where practice falls short",
		Long: `Evaluate a company document and report where practice falls short of the
stricter of domestic law and international standards.

The document is read in one pass: each supplier is decoded, validated,
compared and dropped, so documents of any size run in bounded memory.
--suppliers adds suppliers from an NDJSON file (one JSON object per line), as
if they stood at the end of the document's "suppliers" array.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !output.Known(c.format, output.ReportFormats()) {
				return usage(fmt.Errorf("--format: unknown format %q (known: %s)", c.format, strings.Join(output.ReportFormats(), ", ")))
			}
			threshold, err := parseFailOn(failOn)
			if err != nil {
				return err
			}
			opts, err := c.options()
			if err != nil {
				return err
			}
			if explain != "" {
				// One finding and how it was resolved, in place of the report.
				doc, err := readDocument(args[0], stdin)
				if err != nil {
					return err
				}
				e, err := c.engine(ctx)
				if err != nil {
					return err
				}
				rep, err := e.Evaluate(ctx, doc, append(opts, engine.WithPassed(true))...)
				if err != nil {
					return err
				}
				return explainFinding(ctx, stdout, e, opts, doc, rep, explain, c.format)
			}
			var base map[string]engine.Status
			if baseline != "" {
				if base, err = readBaseline(baseline); err != nil {
					return err
				}
			}
			in, closeIn, err := openInput(args[0], suppliers, stdin)
			if err != nil {
				return err
			}
			defer closeIn()
			e, err := c.engine(ctx)
			if err != nil {
				return err
			}
			prog := newProgress(stderr, in.size)
			in.Progress = prog.update
			ci := slices.Contains(output.CIFormats(), c.format)
			if unaddressed != "list" && unaddressed != "summary" {
				return usage(fmt.Errorf("--unaddressed %q: want list or summary", unaddressed))
			}
			run, err := e.EvaluateSource(ctx, in.Input, append(opts, engine.WithPassed(passed || output.NeedsPassed(c.format)),
				engine.SummariseUnaddressed(unaddressed == "summary"))...)
			prog.done()
			if err != nil {
				var de *document.Error
				if errors.As(err, &de) {
					return usage(de)
				}
				return err
			}
			defer run.Close()
			rep, findings, err := run.FinishStream(ctx)
			if err != nil {
				return err
			}
			// With a baseline, only findings not in it (or worse than in it)
			// fail; remediation plans not yet due never do.
			failing := false
			seq := func(yield func(engine.Finding, error) bool) {
				for f, err := range findings {
					if err == nil && threshold != "" && f.Status.AtLeast(threshold) && f.Blocking() {
						if st, ok := base[f.ID]; !ok || f.Status.Rank() < st.Rank() {
							failing = true
						}
					}
					if !yield(f, err) {
						return
					}
				}
			}
			if ci {
				// CI formats locate every finding in the input: they hold the
				// findings and read the document again.
				var fs []engine.Finding
				for f, err := range seq {
					if err != nil {
						return err
					}
					fs = append(fs, f)
				}
				src := output.Input{Name: args[0], Titles: titles(e)}
				if _, err := in.Document.Seek(0, io.SeekStart); err == nil {
					src.Data, _ = io.ReadAll(in.Document)
				}
				if err := output.CI(stdout, c.format, rep, fs, src, threshold); err != nil {
					return err
				}
			} else if err := output.ReportStream(stdout, c.format, rep, seq); err != nil {
				return err
			}
			if base == nil {
				failing = rep.Fails(threshold)
			}
			if failing {
				return errShortfall
			}
			return nil
		},
	}
	c.flags(cmd, output.ReportFormats())
	c.rulesFlag(cmd)
	cmd.Flags().StringVar(&failOn, "fail-on", string(engine.BelowInternational), "exit 1 when a finding is at least this bad: below_domestic, below_international, unaddressed, never")
	cmd.Flags().BoolVar(&passed, "show-passed", false, "list findings that meet their requirement too")
	cmd.Flags().StringVar(&unaddressed, "unaddressed", "list", "list: every unaddressed finding; summary: counts by requirement, country and reason (small reports for large, sparse supply chains)")
	cmd.Flags().StringVar(&explain, "explain", "", "print only the finding with this id and how its requirement was resolved")
	cmd.Flags().StringVar(&baseline, "baseline", "", "JSON report of an earlier eval: fail only on findings not in it, or worse than in it")
	cmd.Flags().StringVar(&suppliers, "suppliers", "", "NDJSON file of further suppliers, one JSON object per line")
	return cmd
}

type input struct {
	engine.Input
	size int64 // bytes to read, for progress; 0 when unknown
}

// openInput opens the document (and the NDJSON suppliers, if any). Standard
// input is copied to a temporary file first, so that a document that cannot
// be streamed can be read again whole; the user's files are only read.
func openInput(name, suppliers string, stdin io.Reader) (*input, func(), error) {
	var closers []func()
	closeAll := func() {
		for i := len(closers) - 1; i >= 0; i-- {
			closers[i]()
		}
	}
	in := &input{}
	if name == "-" {
		if f, ok := stdin.(*os.File); ok {
			if st, err := f.Stat(); err == nil && st.IsDir() {
				return nil, nil, usage(errors.New("<stdin>: standard input is a directory; give a document file or pipe one in"))
			}
		}
		tmp, err := os.CreateTemp("", "hrdd-stdin-*.json")
		if err != nil {
			return nil, nil, err
		}
		closers = append(closers, func() { tmp.Close(); os.Remove(tmp.Name()) })
		if _, err := io.Copy(tmp, stdin); err != nil {
			closeAll()
			return nil, nil, usage(fmt.Errorf("<stdin>: cannot read: %w", err))
		}
		if _, err := tmp.Seek(0, io.SeekStart); err != nil {
			closeAll()
			return nil, nil, err
		}
		in.Document, in.Name = tmp, "<stdin>"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, nil, usage(err)
		}
		closers = append(closers, func() { f.Close() })
		in.Document, in.Name = f, name
		if st, err := f.Stat(); err == nil {
			in.size += st.Size()
		}
	}
	if suppliers != "" {
		f, err := os.Open(suppliers)
		if err != nil {
			closeAll()
			return nil, nil, usage(fmt.Errorf("--suppliers: %w", err))
		}
		closers = append(closers, func() { f.Close() })
		in.Suppliers, in.SuppliersName = f, suppliers
		if st, err := f.Stat(); err == nil {
			in.size += st.Size()
		}
	}
	return in, closeAll, nil
}

// titles are the requirements' titles by id.
func titles(e *engine.Engine) map[string]string {
	out := map[string]string{}
	for _, r := range e.Catalogue() {
		out[r.ID] = r.Title
	}
	return out
}

func parseFailOn(s string) (engine.Status, error) {
	switch s {
	case "never":
		return "", nil
	case string(engine.BelowDomestic), string(engine.BelowInternational), string(engine.Unaddressed):
		return engine.Status(s), nil
	}
	return "", usage(fmt.Errorf("--fail-on %q: want below_domestic, below_international, unaddressed or never", s))
}

// workplace holds --workers and --sector, for commands that answer for one
// kind of workplace.
type workplace struct {
	workers int
	sector  string
	region  string
}

func (w *workplace) flags(cmd *cobra.Command) {
	cmd.Flags().IntVar(&w.workers, "workers", 0, "the workplace's normal headcount, for values that depend on size")
	cmd.Flags().StringVar(&w.sector, "sector", "", "the workplace's sector (hrdd sectors), for values that depend on it")
	cmd.Flags().StringVar(&w.region, "region", "", "the workplace's ISO 3166-2 region, e.g. MY-12, for laws that apply in part of a country")
}

// options turns the flags into engine.Workplace and engine.InRegion; a
// headcount or region not given is unknown, not zero.
func (w *workplace) options(cmd *cobra.Command) ([]engine.Option, error) {
	region := engine.InRegion(w.region)
	if !cmd.Flags().Changed("workers") {
		return []engine.Option{engine.Workplace(nil, w.sector), region}, nil
	}
	if w.workers < 0 {
		return nil, usage(fmt.Errorf("--workers must be 0 or more, got %d", w.workers))
	}
	n := w.workers
	return []engine.Option{engine.Workplace(&n, w.sector), region}, nil
}

func requirementsCmd(ctx context.Context, stdout io.Writer) *cobra.Command {
	var c common
	var cc string
	var wp workplace
	cmd := &cobra.Command{
		Use:   "requirements --jurisdiction CC [--workers N] [--sector S] [--region R]",
		Short: "List every requirement in force in a jurisdiction: domestic, international, effective, gap",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			if cc == "" {
				return usage(errors.New("--jurisdiction is required, e.g. --jurisdiction JP"))
			}
			if err := jurisdictions("--jurisdiction", []string{cc}); err != nil {
				return err
			}
			opts, e, err := c.prepare(ctx, output.RequirementsFormats())
			if err != nil {
				return err
			}
			w, err := wp.options(cmd)
			if err != nil {
				return err
			}
			rq, err := e.Requirements(ctx, cc, append(opts, w...)...)
			if err != nil {
				return usage(err)
			}
			return output.Requirements(stdout, c.format, rq)
		},
	}
	c.flags(cmd, output.RequirementsFormats())
	c.rulesFlag(cmd)
	cmd.Flags().StringVar(&cc, "jurisdiction", "", "ISO 3166-1 alpha-2 country code, e.g. JP")
	wp.flags(cmd)
	return cmd
}

func validateCmd(ctx context.Context, stdin io.Reader, stdout io.Writer) *cobra.Command {
	var c common
	cmd := &cobra.Command{
		Use:   "validate FILE|-",
		Short: "Check a company document against the schema and the cross-field rules",
		Long: `Check a company document against the schema and the cross-field rules.

A valid document may still use a sector word hrdd does not know: such words
are listed as notes (conditions on the sector are then unknown), and the
exit code stays 0.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			doc, err := readDocument(args[0], stdin)
			if err != nil {
				return err
			}
			name := args[0]
			if name == "-" {
				name = "<stdin>"
			}
			fmt.Fprintf(stdout, "%s: valid hrdd document (company %q, %d sites, %d suppliers)\n", name, doc.Company.Name, len(doc.Sites), len(doc.Suppliers))
			e, err := c.engine(ctx)
			if err != nil {
				return err
			}
			for _, n := range sectorNotes(e, doc) {
				fmt.Fprintf(stdout, "%s: note: %s\n", name, n)
			}
			return nil
		},
	}
	return cmd
}

// sectorNotes names the sector words of doc that are not sector words of
// hrdd, one note per word at its first use.
func sectorNotes(e *engine.Engine, doc *document.Document) []string {
	var notes []string
	seen := map[string]bool{}
	note := func(word, ptr string) {
		if word == "" || seen[word] {
			return
		}
		seen[word] = true
		if _, ok := e.Sector(word); !ok {
			notes = append(notes, fmt.Sprintf("%s: sector %q is not a sector word of hrdd: conditions on the sector will be unknown (hrdd sectors lists the words)", ptr, word))
		}
	}
	for i, st := range doc.Sites {
		note(st.Sector, "/sites/"+strconv.Itoa(i)+"/sector")
	}
	for i, sp := range doc.Suppliers {
		note(sp.Sector, "/suppliers/"+strconv.Itoa(i)+"/sector")
	}
	return notes
}

func sectorsCmd(ctx context.Context, stdout io.Writer) *cobra.Command {
	var c common
	formats := []string{"text", "json"}
	cmd := &cobra.Command{
		Use:   "sectors",
		Short: "List the sector words a document's sector is read as, with their ISIC Rev.4 codes and aliases",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, e, err := c.prepare(ctx, formats)
			if err != nil {
				return err
			}
			if c.format == "json" {
				return output.JSON(stdout, struct {
					Words  []engine.Sector      `json:"words"`
					Groups []engine.SectorGroup `json:"groups"`
				}{e.Sectors(), e.SectorGroups()})
			}
			return output.Sectors(stdout, e.Sectors(), e.SectorGroups())
		},
	}
	cmd.Flags().StringVar(&c.format, "format", "text", "output format: "+strings.Join(formats, ", "))
	c.rulesFlag(cmd)
	return cmd
}

func versionCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of hrdd",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintf(stdout, "hrdd %s (report format %s)\n", engine.Version(), engine.ReportVersion)
			e, err := engine.New(cmd.Context())
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "built-in rules %s\n", e.RulesDigest())
			return nil
		},
	}
}

// exactArgs is cobra.ExactArgs with a usage error and a clearer message.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			if n == 0 {
				return usage(fmt.Errorf("%s takes no arguments, got %q", cmd.CommandPath(), args))
			}
			return usage(fmt.Errorf("%s: want %d argument(s) (usage: %s), got %d", cmd.CommandPath(), n, cmd.UseLine(), len(args)))
		}
		return nil
	}
}

func gapsCmd(ctx context.Context, stdout io.Writer) *cobra.Command {
	var c common
	formats := []string{"text", "json", "markdown"}
	cmd := &cobra.Command{
		Use:   "gaps CC...",
		Short: "List, per country, where domestic law is absent or weaker than the international baseline",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usage(errors.New("gaps: name at least one country, e.g. hrdd gaps JP VN"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := jurisdictions("gaps:", args); err != nil {
				return err
			}
			opts, e, err := c.prepare(ctx, formats)
			if err != nil {
				return err
			}
			gaps, err := e.Gaps(ctx, args, opts...)
			if err != nil {
				return usage(err)
			}
			switch c.format {
			case "json":
				return output.JSON(stdout, map[string]any{"countries": gaps})
			case "markdown":
				return output.GapsMarkdown(stdout, gaps)
			}
			return output.GapsText(stdout, gaps)
		},
	}
	c.flags(cmd, formats)
	c.rulesFlag(cmd)
	return cmd
}

func docCmd(ctx context.Context, stdout io.Writer) *cobra.Command {
	var c common
	formats := []string{"markdown", "json"}
	cmd := &cobra.Command{
		Use:   "doc",
		Short: "Print the catalogue: every requirement and every source value, cited and dated",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, e, err := c.prepare(ctx, formats)
			if err != nil {
				return err
			}
			cat, err := e.Doc(ctx)
			if err != nil {
				return err
			}
			if c.format == "json" {
				return output.JSON(stdout, cat)
			}
			return output.CatalogueMarkdown(stdout, cat)
		},
	}
	cmd.Flags().StringVar(&c.format, "format", "markdown", "output format: "+strings.Join(formats, ", "))
	c.rulesFlag(cmd)
	return cmd
}
