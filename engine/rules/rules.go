// Package rules loads Rego rule packs from file systems, compiles them once with
// a restricted set of built-ins, and evaluates the entry-point queries hrdd
// needs. It knows nothing of the law: it only runs what the packs say.
package rules

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
)

// Pack is a named file system of Rego modules; Name prefixes the module file
// names so that messages say which pack a file came from.
type Pack struct {
	Name string
	FS   fs.FS
}

// Query names the entry-point rules, all under data.hrdd.
const (
	QueryRequirements   = "data.hrdd.main.requirements"
	QueryCountry        = "data.hrdd.main.country"
	QueryReads          = "data.hrdd.main.reads"
	QueryLaws           = "data.hrdd.main.laws"
	QueryDueDiligence   = "data.hrdd.main.due_diligence"
	QueryJurisdictionDD = "data.hrdd.main.jurisdiction_due_diligence"
	QueryCatalogue      = "data.hrdd.catalogue.requirements"
	QueryCompanyLevel   = "data.hrdd.catalogue.company_level"
	QueryAllSources     = "data.hrdd.main.all_sources"
	QueryNationalPacks  = "data.hrdd.main.national_packs"
	QueryAllLaws        = "data.hrdd.main.all_laws"
	QueryInstruments    = "data.hrdd.main.instruments"
	QuerySectors        = "data.hrdd.catalogue.sectors"
	QuerySectorGroups   = "data.hrdd.catalogue.sector_groups"
	QueryWorkerGroups   = "data.hrdd.catalogue.worker_groups"
)

var queries = []string{
	QueryRequirements, QueryCountry, QueryReads, QueryLaws, QueryDueDiligence,
	QueryJurisdictionDD, QueryCatalogue, QueryCompanyLevel,
	QueryAllSources, QueryNationalPacks, QueryAllLaws, QueryInstruments, QuerySectors, QuerySectorGroups, QueryWorkerGroups,
}

// forbidden lists built-ins a rule pack may not call: the network, the
// runtime environment, and anything that would make output depend on the
// clock or chance rather than on the document, the rules and the as-of date.
func forbidden(name string) bool {
	switch {
	case name == "http.send", name == "opa.runtime", strings.HasPrefix(name, "net."),
		name == "time.now_ns", name == "rand.intn", strings.HasPrefix(name, "uuid."),
		name == "io.jwt.decode_verify",
		// Ranges build whole arrays in memory: numbers.range(1, 2e9) takes
		// gigabytes before any deadline can stop it.
		name == "numbers.range", name == "numbers.range_step":
		return true
	}
	return false
}

// Capabilities are OPA's capabilities less the forbidden built-ins.
func Capabilities() *ast.Capabilities {
	c := ast.CapabilitiesForThisVersion()
	kept := c.Builtins[:0]
	for _, b := range c.Builtins {
		if !forbidden(b.Name) {
			kept = append(kept, b)
		}
	}
	c.Builtins = kept
	return c
}

// Load parses every .rego file of the packs; test files (*_test.rego) only
// when withTests is set. Module names are "<pack>/<path>".
func Load(packs []Pack, withTests bool) (map[string]*ast.Module, error) {
	mods := map[string]*ast.Module{}
	for _, p := range packs {
		n := 0
		var errs []string
		err := fs.WalkDir(p.FS, ".", func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			// A link could lead outside the pack's directory: refused.
			if d.Type()&fs.ModeSymlink != 0 {
				return fmt.Errorf("%s is a symbolic link; put the file itself in the pack", name)
			}
			if d.IsDir() || path.Ext(name) != ".rego" {
				return nil
			}
			if !withTests && strings.HasSuffix(name, "_test.rego") {
				return nil
			}
			src, err := fs.ReadFile(p.FS, name)
			if err != nil {
				return err
			}
			file := path.Join(p.Name, name)
			m, err := ast.ParseModuleWithOpts(file, string(src), ast.ParserOptions{
				RegoVersion:       ast.RegoV1,
				ProcessAnnotation: true,
			})
			if err != nil {
				errs = append(errs, errorLines(err)...)
				return nil
			}
			if !strings.HasSuffix(name, "_test.rego") {
				n++
			}
			mods[file] = m
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("rule pack %s: %w", p.Name, err)
		}
		if len(errs) > 0 {
			return nil, fmt.Errorf("rule pack %s: %d errors:\n%s", p.Name, len(errs), strings.Join(errs, "\n"))
		}
		if n == 0 {
			return nil, fmt.Errorf("rule pack %s holds no Rego modules (.rego files other than tests)", p.Name)
		}
	}
	if len(mods) == 0 {
		return nil, errors.New("no Rego modules found")
	}
	return mods, nil
}

// errorLines renders Rego errors one per line as "file:line: message", without
// the source excerpts OPA adds.
func errorLines(err error) []string {
	var astErrs ast.Errors
	if !errors.As(err, &astErrs) {
		return []string{strings.ReplaceAll(err.Error(), "\n", " ")}
	}
	var out []string
	for _, e := range astErrs {
		msg := strings.ReplaceAll(e.Message, "\n", " ")
		if e.Location != nil {
			out = append(out, fmt.Sprintf("%s:%d: %s", e.Location.File, e.Location.Row, msg))
		} else {
			out = append(out, msg)
		}
	}
	return out
}

// Digest is the SHA-256 of the rule packs, as "sha256:<hex>": every file of
// every pack but tests, by pack and path in order, so that a report names
// exactly the rules it used.
func Digest(packs []Pack) (string, error) {
	h := sha256.New()
	for _, p := range packs {
		err := fs.WalkDir(p.FS, ".", func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || strings.HasSuffix(name, "_test.rego") || (path.Ext(name) != ".rego" && path.Ext(name) != ".json") {
				return nil
			}
			src, err := fs.ReadFile(p.FS, name)
			if err != nil {
				return err
			}
			fmt.Fprintf(h, "%s\x00%s\x00%d\x00", p.Name, name, len(src))
			h.Write(src)
			return nil
		})
		if err != nil {
			return "", fmt.Errorf("rule pack %s: %w", p.Name, err)
		}
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil)), nil
}

// Compile compiles modules with the restricted capabilities.
func Compile(mods map[string]*ast.Module) (*ast.Compiler, error) {
	c := ast.NewCompiler().
		WithCapabilities(Capabilities()).
		WithDefaultRegoVersion(ast.RegoV1)
	c.Compile(mods)
	if c.Failed() {
		lines := errorLines(c.Errors)
		return nil, fmt.Errorf("compiling rules: %d errors:\n%s", len(lines), strings.Join(lines, "\n"))
	}
	return c, nil
}

// Set is a compiled rule set with every entry-point query prepared once.
// It is safe for concurrent use.
type Set struct {
	prepared map[string]rego.PreparedEvalQuery
	timeout  time.Duration
}

// New compiles the packs and prepares the entry-point queries. timeout bounds
// each evaluation (0: no bound beyond the caller's context).
func New(ctx context.Context, packs []Pack, timeout time.Duration) (*Set, error) {
	mods, err := Load(packs, false)
	if err != nil {
		return nil, err
	}
	c, err := Compile(mods)
	if err != nil {
		return nil, err
	}
	s := &Set{prepared: map[string]rego.PreparedEvalQuery{}, timeout: timeout}
	for _, q := range queries {
		pq, err := rego.New(
			rego.Query(q),
			rego.Compiler(c),
			rego.StrictBuiltinErrors(true),
		).PrepareForEval(ctx)
		if err != nil {
			return nil, fmt.Errorf("preparing %s: %w", q, err)
		}
		s.prepared[q] = pq
	}
	return s, nil
}

// Eval evaluates one prepared query with input and decodes its single value
// into out (a pointer, as for json.Unmarshal). An undefined result leaves out
// untouched.
func (s *Set) Eval(ctx context.Context, query string, input any, out any) error {
	pq, ok := s.prepared[query]
	if !ok {
		return fmt.Errorf("query %s is not prepared", query)
	}
	parent := ctx
	if s.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, s.timeout)
		defer cancel()
	}
	rs, err := pq.Eval(ctx, rego.EvalInput(input))
	if err != nil {
		// The caller's cancellation is reported as such (wrapping its
		// context error), so that other callers sharing the engine can tell
		// it from a failure of the rules; the rules' own deadline is not.
		if perr := parent.Err(); perr != nil {
			return fmt.Errorf("evaluating %s: %w", query, perr)
		}
		if ctx.Err() != nil {
			return fmt.Errorf("evaluating %s: the rules took longer than %s", query, s.timeout)
		}
		return fmt.Errorf("evaluating %s: %w", query, err)
	}
	if len(rs) == 0 || len(rs[0].Expressions) == 0 {
		return nil
	}
	raw, err := json.Marshal(rs[0].Expressions[0].Value)
	if err != nil {
		return fmt.Errorf("encoding result of %s: %w", query, err)
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("decoding result of %s: %w", query, err)
	}
	return nil
}

// SortedKeys returns the keys of m in order; a small helper for callers that
// must iterate rule results deterministically.
func SortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
