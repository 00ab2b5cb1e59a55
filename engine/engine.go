// Package engine is the hrdd library: it loads the rules, validates company
// documents, resolves the requirements in force for each legal context (the
// stricter of domestic law and international standards), compares every
// practice value with them and builds reports.
//
// Rego answers what the law requires; Go owns the ordering of each kind
// (package compare) and the comparison of practice values. Rules are evaluated
// once per distinct legal context and cached; every subject is compared in Go.
package engine

import (
	"context"
	"fmt"
	"io/fs"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/openhrdd/hrdd/engine/compare"
	"github.com/openhrdd/hrdd/engine/rules"
	"github.com/openhrdd/hrdd/policies"
	"github.com/openhrdd/hrdd/standards"
)

// DefaultProfile is the profile used when none is given: ILO conventions,
// the UN Guiding Principles and the OECD Guidelines and Due Diligence Guidance.
const DefaultProfile = "international"

// KnownProfiles lists the profiles the rules know: the default and the
// opt-in industry codes.
func KnownProfiles() []string { return []string{"international", "rba", "eti"} }

// noPackID is the requirement of the finding that a subject's country has no
// national rules in hrdd, so that its domestic side is not checked.
const noPackID = "national_rules.available"

// ReportVersion is the version of the JSON report format.
const ReportVersion = "1"

// Option configures one evaluation (Evaluate, Requirements); passed to New it
// sets the default for every evaluation.
type Option func(*settings)

// EngineOption configures New: WithRules, WithEvalTimeout, or any Option.
type EngineOption interface{ applyEngine(*engineSettings) }

type settings struct {
	asOf     time.Time
	profiles []string
	passed   bool
	// summarise lists unaddressed findings as counts by requirement,
	// country and reason instead of one finding each.
	summarise bool
	spill     int // findings held in memory before spilling; 0: default
	// workers and sector describe the workplace Requirements answers for.
	workers *int
	sector  string
	region  string // ISO 3166-2; empty: unknown
}

type engineSettings struct {
	packs   []rules.Pack
	timeout time.Duration
	base    []Option
}

func (o Option) applyEngine(s *engineSettings) { s.base = append(s.base, o) }

type engineOptionFunc func(*engineSettings)

func (f engineOptionFunc) applyEngine(s *engineSettings) { f(s) }

// AsOf sets the date on which the law is read (default: today, UTC).
func AsOf(t time.Time) Option {
	return func(s *settings) { s.asOf = t }
}

// WithProfiles sets the active international profiles (default "international").
func WithProfiles(p ...string) Option {
	return func(s *settings) { s.profiles = slices.Clone(p) }
}

// Workplace sets the workplace Requirements answers for: its normal
// headcount (nil: unknown) and sector (empty: unknown; otherwise a word or
// alias of the catalogue's sectors, see Engine.Sectors). Values that apply
// only to some workplaces are shown with their conditions either way.
func Workplace(workers *int, sector string) Option {
	return func(s *settings) { s.workers, s.sector = workers, sector }
}

// InRegion sets the region (an ISO 3166-2 code such as MY-12) of the
// workplace Requirements and Explain answer for, for laws that apply in
// part of a country; empty: unknown.
func InRegion(code string) Option {
	return func(s *settings) { s.region = code }
}

// SummariseUnaddressed leaves unaddressed findings out of the findings and
// counts them by requirement, country and reason in the report's
// unaddressed summary: a report of a large, sparse supply chain stays small.
// The summary counts are the same either way.
func SummariseUnaddressed(yes bool) Option {
	return func(s *settings) { s.summarise = yes }
}

// WithPassed keeps findings that meet their requirement in reports; by default
// only shortfalls are listed, and the summary counts everything.
func WithPassed(yes bool) Option {
	return func(s *settings) { s.passed = yes }
}

// WithRules adds a custom rule pack: Rego modules in the shape of policies/
// (see policies/README.md). It is compiled with the built-in rules, without
// network or runtime built-ins.
func WithRules(name string, fsys fs.FS) EngineOption {
	return engineOptionFunc(func(s *engineSettings) {
		s.packs = append(s.packs, rules.Pack{Name: name, FS: fsys})
	})
}

// WithEvalTimeout bounds the rules' evaluation in one run (default 30s):
// every query of an evaluation together, however many legal contexts it
// needs, so that a slow rule cannot multiply it.
func WithEvalTimeout(d time.Duration) EngineOption {
	return engineOptionFunc(func(s *engineSettings) { s.timeout = d })
}

// Requirement describes one catalogue entry.
type Requirement struct {
	ID       string       `json:"id"`
	Kind     compare.Kind `json:"kind"`
	Unit     string       `json:"unit"`
	Severity string       `json:"severity"`
	Title    string       `json:"title"`
	Company  bool         `json:"-"`
	Rank     int32        `json:"-"` // report order: severity, then id
}

// Engine evaluates company documents against compiled rules. It is safe for
// concurrent use; create one and reuse it.
type Engine struct {
	rules     *rules.Set
	digest    string        // SHA-256 of the rule packs
	timeout   time.Duration // bound on the rules' evaluation in one run
	catalogue map[string]Requirement
	ids       []string // workplace-level ids, sorted
	topics    []string // topic of each of ids
	fields    []string // field of each of ids
	companyID []string // company-level ids, sorted
	reads     map[string]packReads
	packs     map[string]bool // countries with a national pack (upper case)
	sectors   sectorIndex
	base      []Option

	mu    sync.Mutex
	cache map[string]*cacheEntry
}

// BuiltinPacks are the embedded standards and policies.
func BuiltinPacks() []rules.Pack {
	return []rules.Pack{{Name: "standards", FS: standards.FS}, {Name: "policies", FS: policies.FS}}
}

// New compiles the built-in rules (and any WithRules packs) and prepares the
// queries once.
func New(ctx context.Context, opts ...EngineOption) (*Engine, error) {
	es := engineSettings{packs: BuiltinPacks(), timeout: 30 * time.Second}
	for _, o := range opts {
		o.applyEngine(&es)
	}
	set, err := rules.New(ctx, es.packs, es.timeout)
	if err != nil {
		return nil, err
	}
	digest, err := rules.Digest(es.packs)
	if err != nil {
		return nil, err
	}
	e := &Engine{rules: set, digest: digest, base: es.base, timeout: es.timeout, cache: map[string]*cacheEntry{}}
	if err := e.loadCatalogue(ctx); err != nil {
		return nil, err
	}
	if err := e.loadSectors(ctx); err != nil {
		return nil, err
	}
	return e, nil
}

func (e *Engine) loadCatalogue(ctx context.Context) error {
	var cat map[string]struct {
		Kind     compare.Kind `json:"kind"`
		Unit     string       `json:"unit"`
		Severity string       `json:"severity"`
		Title    string       `json:"title"`
	}
	if err := e.rules.Eval(ctx, rules.QueryCatalogue, nil, &cat); err != nil {
		return err
	}
	var company []string
	if err := e.rules.Eval(ctx, rules.QueryCompanyLevel, nil, &company); err != nil {
		return err
	}
	if len(cat) == 0 {
		return fmt.Errorf("rules define no requirements (data.hrdd.catalogue.requirements)")
	}
	e.catalogue = map[string]Requirement{}
	for id, c := range cat {
		if !c.Kind.Valid() {
			return fmt.Errorf("requirement %s: unknown kind %q", id, c.Kind)
		}
		r := Requirement{ID: id, Kind: c.Kind, Unit: c.Unit, Severity: c.Severity, Title: c.Title, Company: slices.Contains(company, id)}
		e.catalogue[id] = r
		if id == noPackID {
			continue // raised by the engine, not compared
		}
		if r.Company {
			e.companyID = append(e.companyID, id)
		} else {
			e.ids = append(e.ids, id)
		}
	}
	sort.Strings(e.ids)
	sort.Strings(e.companyID)
	order := rules.SortedKeys(e.catalogue)
	sort.SliceStable(order, func(i, j int) bool {
		return severityRank(e.catalogue[order[i]].Severity) < severityRank(e.catalogue[order[j]].Severity)
	})
	for i, id := range order {
		r := e.catalogue[id]
		r.Rank = int32(i)
		e.catalogue[id] = r
	}
	for _, id := range e.ids {
		topic, field, _ := strings.Cut(id, ".")
		e.topics = append(e.topics, topic)
		e.fields = append(e.fields, field)
	}
	var reads map[string]packReads
	if err := e.rules.Eval(ctx, rules.QueryReads, map[string]any{}, &reads); err != nil {
		return err
	}
	e.reads = reads
	if _, ok := e.catalogue[noPackID]; !ok {
		e.catalogue[noPackID] = Requirement{ID: noPackID, Kind: compare.Required, Severity: "medium", Title: "National rules available in hrdd for the country", Rank: int32(len(order))}
	}
	var packs map[string]struct{}
	if err := e.rules.Eval(ctx, rules.QueryNationalPacks, map[string]any{}, &packs); err != nil {
		return err
	}
	e.packs = map[string]bool{}
	for cc := range packs {
		e.packs[strings.ToUpper(cc)] = true
	}
	return nil
}

// RulesDigest is the SHA-256 of the rule packs the engine compiled, built-in
// and custom: reports carry it so that a result can be reproduced.
func (e *Engine) RulesDigest() string { return e.digest }

// Version is hrdd's version: the module version when hrdd is built as a
// dependency or from a tagged release, else the VCS revision it was built
// from ("devel" when neither is known).
func Version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	const mod = "github.com/openhrdd/hrdd"
	if bi.Main.Path != mod {
		for _, d := range bi.Deps {
			if d.Path == mod {
				return d.Version
			}
		}
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if rev == "" {
		return "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	return "devel-" + rev + dirty
}

// hasPack reports whether the rules hold a national pack for the country.
func (e *Engine) hasPack(cc string) bool { return e.packs[cc] }

// Catalogue returns every requirement, sorted by id.
func (e *Engine) Catalogue() []Requirement {
	out := make([]Requirement, 0, len(e.catalogue))
	for _, id := range rules.SortedKeys(e.catalogue) {
		out = append(out, e.catalogue[id])
	}
	return out
}

func (e *Engine) settings(opts []Option) (settings, error) {
	s := settings{asOf: time.Now().UTC(), profiles: []string{DefaultProfile}}
	for _, o := range e.base {
		o(&s)
	}
	for _, o := range opts {
		o(&s)
	}
	// Industry codes add to the international baseline; they never replace it.
	s.profiles = append(slices.Clone(s.profiles), DefaultProfile)
	sort.Strings(s.profiles)
	s.profiles = slices.Compact(s.profiles)
	for _, p := range s.profiles {
		if !slices.Contains(KnownProfiles(), p) {
			return s, fmt.Errorf("unknown profile %q (known: %s)", p, strings.Join(KnownProfiles(), ", "))
		}
	}
	w, err := e.sectorOption(s.sector)
	if err != nil {
		return s, err
	}
	s.sector = w
	return s, nil
}

// CheckOptions reports whether options are valid on their own (known
// profiles), for callers that must tell bad input from a failure.
func CheckOptions(opts ...Option) error {
	var s settings
	for _, o := range opts {
		o(&s)
	}
	for _, p := range s.profiles {
		if !slices.Contains(KnownProfiles(), p) {
			return fmt.Errorf("unknown profile %q (known: %s)", p, strings.Join(KnownProfiles(), ", "))
		}
	}
	return nil
}

func date(t time.Time) string { return t.UTC().Format(time.DateOnly) }

func tierKey(t int) string { return strconv.Itoa(t) }
