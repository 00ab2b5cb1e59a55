package rules

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var pack = fstest.MapFS{
	"a/a.rego":      {Data: []byte("package hrdd.catalogue\n\nrequirements := {\"x.y\": {\"kind\": \"floor\"}}\n\ncompany_level := set()\n")},
	"a/a_test.rego": {Data: []byte("package hrdd.catalogue_test\n\ntest_x if true\n")},
	"a/notes.md":    {Data: []byte("not Rego")},
}

func TestLoadSkipsTestsUnlessAsked(t *testing.T) {
	mods, err := Load([]Pack{{Name: "p", FS: pack}}, false)
	require.NoError(t, err)
	assert.Len(t, mods, 1)
	assert.Contains(t, mods, "p/a/a.rego")
	mods, err = Load([]Pack{{Name: "p", FS: pack}}, true)
	require.NoError(t, err)
	assert.Len(t, mods, 2)
}

func TestLoadNamesTheBrokenFile(t *testing.T) {
	_, err := Load([]Pack{{Name: "custom", FS: fstest.MapFS{"b.rego": {Data: []byte("package x\n\nthis is not rego")}}}}, false)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "rule pack custom")
	assert.Contains(t, err.Error(), "b.rego")
}

func TestForbiddenBuiltins(t *testing.T) {
	caps := Capabilities()
	names := map[string]bool{}
	for _, b := range caps.Builtins {
		names[b.Name] = true
	}
	for _, f := range []string{"http.send", "net.lookup_ip_addr", "opa.runtime", "time.now_ns", "rand.intn", "uuid.rfc4122"} {
		assert.False(t, names[f], "%s must not be available to rule packs", f)
	}
	assert.True(t, names["sprintf"], "ordinary built-ins stay")
}

func TestEvalDecodesTheValue(t *testing.T) {
	set, err := New(context.Background(), []Pack{{Name: "p", FS: pack}}, 0)
	require.NoError(t, err)
	var cat map[string]struct {
		Kind string `json:"kind"`
	}
	require.NoError(t, set.Eval(context.Background(), QueryCatalogue, nil, &cat))
	assert.Equal(t, "floor", cat["x.y"].Kind)
	require.Error(t, set.Eval(context.Background(), "data.nope", nil, &cat), "unprepared query")
}
