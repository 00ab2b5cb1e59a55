package rules

import (
	"io"
	"io/fs"
	"path"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/bundle"
)

// WriteBundle writes the packs as an OPA bundle (a gzipped tarball): every
// Rego module but tests, under /<pack>/<path>, with a manifest whose revision
// is the rules digest and whose root is "hrdd". Stock OPA loads it (opa
// inspect, opa eval -b, opa run -s -b), so an organisation's own OPA fleet can
// serve the law layer; the queries are the data.hrdd.main rules.
func WriteBundle(w io.Writer, packs []Pack) error {
	digest, err := Digest(packs)
	if err != nil {
		return err
	}
	roots := []string{"hrdd"}
	b := bundle.Bundle{Manifest: bundle.Manifest{Revision: digest, Roots: &roots}, Data: map[string]any{}}
	for _, p := range packs {
		err := fs.WalkDir(p.FS, ".", func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || path.Ext(name) != ".rego" || strings.HasSuffix(name, "_test.rego") {
				return nil
			}
			src, err := fs.ReadFile(p.FS, name)
			if err != nil {
				return err
			}
			file := "/" + path.Join(p.Name, name)
			m, err := ast.ParseModuleWithOpts(file, string(src), ast.ParserOptions{RegoVersion: ast.RegoV1, ProcessAnnotation: true})
			if err != nil {
				return err
			}
			b.Modules = append(b.Modules, bundle.ModuleFile{URL: file, Path: file, RelativePath: file, Raw: src, Parsed: m})
			return nil
		})
		if err != nil {
			return err
		}
	}
	return bundle.NewWriter(w).UseModulePath(true).DisableFormat(true).Write(b)
}
