package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func writePack(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644))
	}
	return dir
}

const zwDoc = `{"hrdd": "1", "company": {"name": "T", "headquarters": "JP"}, "suppliers": [{"id": "A", "country": "ZW", "tier": 1}]}`

// TestRulePackLimits: bad custom packs are refused with one clear line per
// problem, and a slow pack is stopped by one deadline for the whole run.
func TestRulePackLimits(t *testing.T) {
	empty := t.TempDir()
	code, _, errs := runCLI(t, zwDoc, "eval", "--rules", empty, "-")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "holds no Rego modules")

	outside := writePack(t, map[string]string{"ok.rego": "package hrdd.national.zw\n\nname := \"Z\"\n"})
	require.NoError(t, os.Symlink("/etc/hostname", filepath.Join(outside, "link.rego")))
	code, _, errs = runCLI(t, zwDoc, "eval", "--rules", outside, "-")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "symbolic link")

	broken := writePack(t, map[string]string{"a.rego": "package hrdd.national.zw\n\nx := \n", "b.rego": "package hrdd.national.zy\n\ny := {\n"})
	code, _, errs = runCLI(t, zwDoc, "eval", "--rules", broken, "-")
	assert.Equal(t, 2, code)
	assert.Regexp(t, `a\.rego:\d+: `, errs, "file:line for each error")
	assert.NotContains(t, errs, "\t^", "no source excerpts")

	ranged := writePack(t, map[string]string{"r.rego": "package hrdd.national.zw\n\nname := \"Z\"\n\nbig := numbers.range(1, 2000000000)\n"})
	code, _, errs = runCLI(t, zwDoc, "eval", "--rules", ranged, "-")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "numbers.range")

	s := strings.Repeat("a", 3000)
	slow := writePack(t, map[string]string{"s.rego": `package hrdd.national.zw

name := "Z"

_s := split("` + s + `", "")

sources contains {"requirement": "child_labour.minimum_age", "value": count([1 | some a in _s; some b in _s; some c in _s]), "instrument": "X", "article": "1", "url": "https://example.org", "effective_from": "2000-01-01", "binding": "law", "verification": "primary"}
`})
	start := time.Now()
	code, _, errs = runCLI(t, zwDoc, "eval", "--timeout", "1s", "--rules", slow, "-")
	assert.NotEqual(t, 0, code)
	assert.NotEqual(t, 1, code)
	assert.Contains(t, errs, "longer than --timeout")
	assert.Less(t, time.Since(start), 20*time.Second, "one deadline for the run")
}
