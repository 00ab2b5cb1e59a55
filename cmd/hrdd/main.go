// Command hrdd checks a company's human-rights due diligence against the
// stricter of domestic law and international standards.
//
// Exit codes: 0 nothing at or above --fail-on; 1 shortfalls; 2 invalid input
// or usage, with one message on stderr.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"sync/atomic"
	"syscall"
)

func main() {
	// hrdd allocates many small, short-lived values per supplier. A less
	// eager collector saves a sixth of the run time on large documents, and
	// a soft memory limit keeps the peak flat however long the supplier
	// stream (measured: README, Performance). The environment overrides both.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(256 << 20)
	}
	os.Exit(runWithSignals(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// runWithSignals runs the command line and stops it cleanly on SIGINT,
// SIGTERM or a closed output pipe: the work is cancelled, every temporary
// file is removed (the evaluation and the input copy are closed on the way
// out), and the exit code is 130, 143 or 141 — quietly for the pipe.
func runWithSignals(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sigs := make(chan os.Signal, 1)
	// SIGPIPE is caught so that a write to a closed pipe returns EPIPE
	// instead of killing the process before it cleans up.
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGPIPE)
	defer signal.Stop(sigs)
	var got atomic.Value
	go func() {
		for s := range sigs {
			if s == syscall.SIGPIPE {
				got.CompareAndSwap(nil, s)
				cancel()
				continue
			}
			got.CompareAndSwap(nil, s)
			cancel()
		}
	}()
	pipe := &pipeWatch{w: stdout}
	// Once stopped, the cancelled work's errors are not news: drop them.
	quiet := &dropAfter{w: stderr, stop: func() bool { return pipe.broken.Load() || got.Load() != nil }}
	code := run(ctx, args, stdin, pipe, quiet)
	switch {
	case pipe.broken.Load() || got.Load() == syscall.SIGPIPE:
		return 141
	case got.Load() == os.Interrupt:
		fmt.Fprintln(stderr, "hrdd: interrupted; temporary files removed")
		return 130
	case got.Load() == syscall.SIGTERM:
		fmt.Fprintln(stderr, "hrdd: terminated; temporary files removed")
		return 143
	}
	return code
}

// dropAfter writes to w until stop says the command was stopped.
type dropAfter struct {
	w    io.Writer
	stop func() bool
}

func (d *dropAfter) Write(b []byte) (int, error) {
	if d.stop() {
		return len(b), nil
	}
	return d.w.Write(b)
}

// pipeWatch notes a write to a closed pipe, so that the command exits 141
// without an error message, as a pipeline's reader expects.
type pipeWatch struct {
	w      io.Writer
	broken atomic.Bool
}

func (p *pipeWatch) Write(b []byte) (int, error) {
	n, err := p.w.Write(b)
	if errors.Is(err, syscall.EPIPE) {
		p.broken.Store(true)
	}
	return n, err
}

// exitError carries an exit code with the error that caused it.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usage marks an error as bad input or usage: exit code 2.
func usage(err error) error { return &exitError{code: 2, err: err} }

// errShortfall is returned when findings reach --fail-on: exit code 1, the
// report itself having said everything.
var errShortfall = errors.New("shortfalls at or above --fail-on")

// run executes the command line and returns the exit code; it never panics on
// bad input and prints at most one error line.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "hrdd: internal error: %v\n", r)
			code = 3
		}
	}()
	root := newRoot(ctx, stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errShortfall):
		return 1
	case errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil:
		fmt.Fprintln(stderr, "hrdd: the rules took longer than --timeout allows for one run; raise --timeout, or check the custom rule packs for a slow rule")
		return 2
	}
	var xe *exitError
	if errors.As(err, &xe) {
		fmt.Fprintf(stderr, "hrdd: %v\n", xe.err)
		return xe.code
	}
	// Anything cobra itself rejects (unknown command or flag, wrong number of
	// arguments) is a usage error too.
	fmt.Fprintf(stderr, "hrdd: %v\n", err)
	return 2
}
