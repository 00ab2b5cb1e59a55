package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/openhrdd/hrdd/server"
	"github.com/spf13/cobra"
)

// serveCmd runs hrdd as an HTTP service until the context ends (SIGINT or
// SIGTERM), then shuts down gracefully.
func serveCmd(ctx context.Context, stderr io.Writer) *cobra.Command {
	var c common
	var addr string
	var maxBody int64
	var maxConcurrent int
	cmd := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:8181]",
		Short: "Serve the hrdd API over HTTP (POST /v1/evaluate, /v1/diff; GET /v1/requirements/{cc}, /v1/gaps/{cc}, /healthz, /metrics)",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			e, err := c.engine(ctx)
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return usage(fmt.Errorf("--addr %s: %w", addr, err))
			}
			srv := &http.Server{
				Handler:           server.New(e, server.Options{MaxBody: maxBody, MaxConcurrent: maxConcurrent}),
				ReadHeaderTimeout: 10 * time.Second,
				ReadTimeout:       2 * time.Minute,
				WriteTimeout:      5 * time.Minute,
				IdleTimeout:       2 * time.Minute,
			}
			fmt.Fprintf(stderr, "hrdd: serving on http://%s (rules %s)\n", ln.Addr(), e.RulesDigest())
			done := make(chan error, 1)
			go func() { done <- srv.Serve(ln) }()
			select {
			case err := <-done:
				return err
			case <-ctx.Done():
			}
			// Graceful: stop accepting, let running requests finish.
			shutdown, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			if err := srv.Shutdown(shutdown); err != nil {
				return err
			}
			if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		},
	}
	c.rulesFlag(cmd)
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8181", "address to listen on")
	cmd.Flags().Int64Var(&maxBody, "max-body", 64<<20, "largest request body in bytes (413 beyond)")
	cmd.Flags().IntVar(&maxConcurrent, "max-concurrent", 8, "evaluations at once (503 with Retry-After beyond)")
	return cmd
}
