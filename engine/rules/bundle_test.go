package rules_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/bundle"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/openhrdd/hrdd/engine/rules"
	"github.com/openhrdd/hrdd/policies"
	"github.com/openhrdd/hrdd/standards"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBundleResolvesAsTheEngine: the bundle, read back with OPA's own bundle
// reader and evaluated by plain OPA, gives the same requirements as the
// engine's rules for every national pack, and the same due-diligence laws.
func TestBundleResolvesAsTheEngine(t *testing.T) {
	packs := []rules.Pack{{Name: "standards", FS: standards.FS}, {Name: "policies", FS: policies.FS}}
	var buf bytes.Buffer
	require.NoError(t, rules.WriteBundle(&buf, packs))
	b, err := bundle.NewReader(bytes.NewReader(buf.Bytes())).Read()
	require.NoError(t, err)
	digest, err := rules.Digest(packs)
	require.NoError(t, err)
	assert.Equal(t, digest, b.Manifest.Revision)
	assert.Equal(t, []string{"hrdd"}, *b.Manifest.Roots)
	for _, m := range b.Modules {
		assert.False(t, strings.HasSuffix(m.Path, "_test.rego"), "tests stay out of the bundle: %s", m.Path)
	}

	ctx := context.Background()
	set, err := rules.New(ctx, packs, 0)
	require.NoError(t, err)
	var packsBy map[string]any
	require.NoError(t, set.Eval(ctx, rules.QueryNationalPacks, map[string]any{}, &packsBy))
	require.NotEmpty(t, packsBy)
	eval := func(query string, input any) string {
		rs, err := rego.New(rego.Query(query), rego.ParsedBundle("hrdd", &b), rego.Input(input)).Eval(ctx)
		require.NoError(t, err)
		require.NotEmpty(t, rs)
		out, err := json.Marshal(rs[0].Expressions[0].Value)
		require.NoError(t, err)
		return string(out)
	}
	for cc := range packsBy {
		input := map[string]any{"country": cc, "as_of": "2026-11-23", "profiles": []string{"international"}, "context": map[string]any{}}
		var want any
		require.NoError(t, set.Eval(ctx, rules.QueryRequirements, input, &want))
		w, _ := json.Marshal(want)
		assert.JSONEq(t, string(w), eval(rules.QueryRequirements, input), cc)
	}
	input := map[string]any{"as_of": "2026-11-23", "profiles": []string{"international"},
		"company": map[string]any{"name": "T", "headquarters": "DE", "employees_by_country": map[string]any{"DE": 5000}}, "operations": map[string]any{"countries": []string{"DE"}}}
	var laws any
	require.NoError(t, set.Eval(ctx, rules.QueryLaws, input, &laws))
	l, _ := json.Marshal(laws)
	assert.JSONEq(t, string(l), eval(rules.QueryLaws, input))
}
