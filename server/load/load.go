// Package load drives an hrdd server with concurrent clients sending valid
// and invalid documents, bounded in count and time, and measures throughput
// and latency. It targets loopback only.
package load

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"time"
)

// Doc is one request body and whether the server should accept it.
type Doc struct {
	Name  string
	Body  []byte
	Valid bool
}

// Result is what a run measured.
type Result struct {
	Requests   int
	Elapsed    time.Duration
	ByStatus   map[int]int
	Latencies  []time.Duration // sorted
	Unexpected []string        // a valid document refused, an invalid one accepted
}

// Percentile returns the p-th percentile latency (0 < p ≤ 100).
func (r *Result) Percentile(p float64) time.Duration {
	if len(r.Latencies) == 0 {
		return 0
	}
	i := int(float64(len(r.Latencies))*p/100+0.5) - 1
	return r.Latencies[min(max(i, 0), len(r.Latencies)-1)]
}

// ServerErrors counts 5xx answers.
func (r *Result) ServerErrors() int {
	n := 0
	for code, c := range r.ByStatus {
		if code >= 500 {
			n += c
		}
	}
	return n
}

func (r *Result) String() string {
	codes := make([]int, 0, len(r.ByStatus))
	for c := range r.ByStatus {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	var by bytes.Buffer
	for _, c := range codes {
		fmt.Fprintf(&by, " %d×%d", c, r.ByStatus[c])
	}
	return fmt.Sprintf("%d requests in %s: %.1f req/s, p50 %s, p99 %s; status%s; unexpected %d",
		r.Requests, r.Elapsed.Round(time.Millisecond), float64(r.Requests)/r.Elapsed.Seconds(),
		r.Percentile(50).Round(time.Millisecond), r.Percentile(99).Round(time.Millisecond), by.String(), len(r.Unexpected))
}

// Run sends requests POST /v1/evaluate requests from clients goroutines,
// cycling through docs, until all are sent or ctx ends. base must be a
// loopback URL.
func Run(ctx context.Context, base string, docs []Doc, clients, requests int) (*Result, error) {
	u, err := url.Parse(base)
	if err != nil {
		return nil, err
	}
	if h := u.Hostname(); h != "127.0.0.1" && h != "localhost" && h != "::1" {
		return nil, fmt.Errorf("load tests target loopback only, not %s", h)
	}
	if len(docs) == 0 || clients < 1 {
		return nil, fmt.Errorf("nothing to send")
	}
	client := &http.Client{Timeout: 2 * time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	res := &Result{ByStatus: map[int]int{}}
	var mu sync.Mutex
	next := make(chan int)
	go func() {
		defer close(next)
		for i := 0; i < requests; i++ {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	start := time.Now()
	var wg sync.WaitGroup
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				d := docs[i%len(docs)]
				t0 := time.Now()
				req, err := http.NewRequestWithContext(ctx, "POST", base+"/v1/evaluate?as_of=2026-11-23", bytes.NewReader(d.Body))
				if err != nil {
					continue
				}
				resp, err := client.Do(req)
				code := 0
				if err == nil {
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					code = resp.StatusCode
				}
				lat := time.Since(t0)
				mu.Lock()
				res.Requests++
				res.ByStatus[code]++
				res.Latencies = append(res.Latencies, lat)
				if d.Valid != (code == 200) {
					res.Unexpected = append(res.Unexpected, fmt.Sprintf("%s: %d", d.Name, code))
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	slices.Sort(res.Latencies)
	return res, nil
}
