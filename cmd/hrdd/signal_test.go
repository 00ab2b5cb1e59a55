package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/openhrdd/hrdd/fixtures/synth"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// brokenPipe is a reader that went away: every write fails with EPIPE.
type brokenPipe struct{}

func (brokenPipe) Write([]byte) (int, error) { return 0, syscall.EPIPE }

// TestClosedPipeExitsQuietly: `hrdd eval big.json | head` ends with exit 141
// and no error message once the reader has gone.
func TestClosedPipeExitsQuietly(t *testing.T) {
	var errb bytes.Buffer
	code := runWithSignals([]string{"eval", "--as-of", goldenAsOf, "../../fixtures/jp-auto-parts.json"}, strings.NewReader(""), brokenPipe{}, &errb)
	assert.Equal(t, 141, code)
	assert.Empty(t, errb.String())
}

// TestInterruptedRunLeavesNoFile: a run stopped half-way (as SIGINT does,
// by cancelling its context) removes the copy of standard input and any
// spilled findings.
func TestInterruptedRunLeavesNoFile(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	var doc bytes.Buffer
	require.NoError(t, synth.Generate(&doc, synth.Options{Suppliers: 20000, Seed: 5}))
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(300 * time.Millisecond); cancel() }()
	var out, errb bytes.Buffer
	code := run(ctx, []string{"eval", "--as-of", goldenAsOf, "-"}, bytes.NewReader(doc.Bytes()), &out, &errb)
	assert.NotEqual(t, 0, code)
	entries, err := os.ReadDir(tmp)
	require.NoError(t, err)
	assert.Empty(t, entries, "temporary files left behind")
}
