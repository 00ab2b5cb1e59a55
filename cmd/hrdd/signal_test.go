package main

import (
	"bytes"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
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
