package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"
)

// progress prints one self-overwriting line on stderr during long runs —
// suppliers per second and an estimate of the time left — and nothing at all
// when stderr is not a terminal, so that logs and CI output stay clean.
type progress struct {
	w     io.Writer
	on    bool
	size  int64
	start time.Time
	last  time.Time
	shown bool
}

func newProgress(w io.Writer, size int64) *progress {
	p := &progress{w: w, size: size, start: time.Now()}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.on = true
	}
	return p
}

// update is called by the engine every few thousand suppliers.
func (p *progress) update(suppliers int, read int64) {
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last = now
	fmt.Fprint(p.w, "\r\033[K"+progressLine(suppliers, read, p.size, now.Sub(p.start)))
	p.shown = true
}

// done clears the progress line.
func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// progressLine formats the progress: count, rate and, when the input size is
// known, the share read and the time left.
func progressLine(suppliers int, read, size int64, elapsed time.Duration) string {
	rate := float64(suppliers) / elapsed.Seconds()
	line := fmt.Sprintf("hrdd: %d suppliers, %.0f/s", suppliers, rate)
	if size > 0 && read > 0 && read <= size {
		left := time.Duration(float64(elapsed) * float64(size-read) / float64(read)).Round(time.Second)
		line += fmt.Sprintf(", %d%% read, ETA %s", read*100/size, left)
	}
	return line
}
