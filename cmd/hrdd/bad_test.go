package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openhrdd/hrdd/hrddtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBadDocuments: every document of fixtures/bad is refused by validate
// and eval with exit 2 and the one line its .want file holds (rewritten with
// -update): the file, the pointer or line, and what is wrong.
func TestBadDocuments(t *testing.T) {
	files, err := filepath.Glob("../../fixtures/bad/*")
	require.NoError(t, err)
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".want") {
			continue
		}
		n++
		t.Run(filepath.Base(f), func(t *testing.T) {
			for _, cmd := range []string{"validate", "eval"} {
				code, out, errs := runCLI(t, "", cmd, f)
				assert.Equal(t, 2, code, "%s %s", cmd, f)
				assert.Empty(t, out)
				assert.Equal(t, 1, strings.Count(errs, "\n"), "one line: %q", errs)
				assert.NotContains(t, errs, "goroutine")
				hrddtest.RequireGoldenBytes(t, f+".want", []byte(errs))
			}
		})
	}
	require.GreaterOrEqual(t, n, 10)
	_, err = os.Stat("../../fixtures/bad/README.md")
	assert.True(t, os.IsNotExist(err), "fixtures/bad holds documents and their messages only")
}
