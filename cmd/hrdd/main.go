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
	"runtime/debug"
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
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
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
