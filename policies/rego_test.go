package policies_test

import (
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/openhrdd/hrdd/engine/rules"
	"github.com/openhrdd/hrdd/policies"
	"github.com/openhrdd/hrdd/standards"
	"github.com/stretchr/testify/require"
)

// TestRego runs every Rego unit test of the standards and the policies with
// OPA's tester, under the same restricted built-ins the engine uses, so that
// `go test ./...` covers what `opa test standards policies` covers.
func TestRego(t *testing.T) {
	mods, err := rules.Load([]rules.Pack{{Name: "standards", FS: standards.FS}, {Name: "policies", FS: policies.FS}}, true)
	require.NoError(t, err)
	compiler := ast.NewCompiler().WithCapabilities(rules.Capabilities()).WithDefaultRegoVersion(ast.RegoV1)
	ch, err := tester.NewRunner().
		SetCompiler(compiler).
		SetModules(mods).
		SetDefaultRegoVersion(ast.RegoV1).
		RaiseBuiltinErrors(true).
		RunTests(context.Background(), nil)
	require.NoError(t, err)
	n := 0
	for r := range ch {
		n++
		if r.Error != nil {
			t.Errorf("%s.%s: error: %v", r.Package, r.Name, r.Error)
			continue
		}
		if !r.Pass() {
			t.Errorf("%s.%s: FAIL (%s)", r.Package, r.Name, r.Location)
		}
	}
	require.Greater(t, n, 0, "no Rego tests found")
	t.Logf("%d Rego tests", n)
}
