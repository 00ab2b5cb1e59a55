// Command hrdd-load drives an hrdd server with 16 concurrent clients sending
// the fixtures (valid) and fixtures/bad (invalid) documents over loopback,
// bounded in count and time, and prints throughput and p50/p99 latency. It
// starts its own server unless -url names one on this machine. It exits 1 if
// any answer is a 5xx or a document is judged wrongly.
//
//	go run ./cmd/hrdd-load -requests 400
package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/openhrdd/hrdd/engine"
	"github.com/openhrdd/hrdd/server"
	"github.com/openhrdd/hrdd/server/load"
)

func main() {
	clients := flag.Int("clients", 16, "concurrent clients")
	requests := flag.Int("requests", 400, "requests in all")
	limit := flag.Duration("duration", 2*time.Minute, "stop after this long whatever is left")
	target := flag.String("url", "", "an hrdd server on this machine (default: start one)")
	dir := flag.String("fixtures", "fixtures", "folder of valid documents; its bad/ folder holds invalid ones")
	flag.Parse()
	if err := run(*clients, *requests, *limit, *target, *dir); err != nil {
		fmt.Fprintln(os.Stderr, "hrdd-load:", err)
		os.Exit(1)
	}
}

func run(clients, requests int, limit time.Duration, target, dir string) error {
	docs, err := Docs(dir)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	if target == "" {
		e, err := engine.New(ctx)
		if err != nil {
			return err
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		srv := &http.Server{Handler: server.New(e, server.Options{MaxConcurrent: clients}), ReadHeaderTimeout: 10 * time.Second}
		go srv.Serve(ln)
		defer srv.Close()
		target = "http://" + ln.Addr().String()
	}
	res, err := load.Run(ctx, target, docs, clients, requests)
	if err != nil {
		return err
	}
	fmt.Println(res)
	if n := res.ServerErrors(); n > 0 {
		return fmt.Errorf("%d answers were 5xx", n)
	}
	if len(res.Unexpected) > 0 {
		return fmt.Errorf("documents judged wrongly: %s", strings.Join(res.Unexpected, "; "))
	}
	return nil
}

// Docs reads the valid fixtures and the bad ones.
func Docs(dir string) ([]load.Doc, error) {
	var docs []load.Doc
	for _, pattern := range []string{"*.json", "bad/*.json", "bad/*.yaml"} {
		files, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			docs = append(docs, load.Doc{Name: f, Body: b, Valid: !strings.Contains(f, string(filepath.Separator)+"bad"+string(filepath.Separator))})
		}
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("no documents in %s", dir)
	}
	return docs, nil
}
