// Package server is hrdd as an HTTP service: one engine shared by every
// request, the CLI's messages as JSON errors, bounded bodies and a bound on
// concurrent evaluations, and Prometheus metrics. It keeps no state between
// requests, so any number of instances can run behind a load balancer.
package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/openhrdd/hrdd/engine"
	"github.com/openhrdd/hrdd/engine/document"
	"github.com/openhrdd/hrdd/output"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Options configure a Server; the zero value is usable.
type Options struct {
	// MaxBody bounds a request body (default 64 MiB): 413 beyond it.
	MaxBody int64
	// MaxConcurrent bounds the evaluations running at once (default 8):
	// 503 with Retry-After beyond it.
	MaxConcurrent int
}

// Server serves the hrdd API. Create it with New.
type Server struct {
	e       *engine.Engine
	opts    Options
	slots   chan struct{}
	mux     *http.ServeMux
	reg     *prometheus.Registry
	reqs    *prometheus.CounterVec
	latency *prometheus.HistogramVec
	busy    prometheus.Gauge
}

// New returns a Server over one engine.
func New(e *engine.Engine, opts Options) *Server {
	if opts.MaxBody <= 0 {
		opts.MaxBody = 64 << 20
	}
	if opts.MaxConcurrent <= 0 {
		opts.MaxConcurrent = 8
	}
	s := &Server{e: e, opts: opts, slots: make(chan struct{}, opts.MaxConcurrent), mux: http.NewServeMux(), reg: prometheus.NewRegistry()}
	s.reqs = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "hrdd_requests_total", Help: "Requests by route and status code."}, []string{"route", "code"})
	s.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "hrdd_request_duration_seconds", Help: "Request latency by route.",
		Buckets: prometheus.ExponentialBuckets(0.005, 2, 14)}, []string{"route"})
	s.busy = prometheus.NewGauge(prometheus.GaugeOpts{Name: "hrdd_evaluations_in_flight", Help: "Evaluations running now."})
	s.reg.MustRegister(s.reqs, s.latency, s.busy, prometheus.NewGoCollector())
	s.route("POST /v1/evaluate", s.evaluate, true)
	s.route("POST /v1/diff", s.diff, true)
	s.route("GET /v1/requirements/{country}", s.requirements, false)
	s.route("GET /v1/gaps/{country}", s.gaps, false)
	s.route("GET /healthz", func(w http.ResponseWriter, r *http.Request) error {
		_, err := io.WriteString(w, "ok\n")
		return err
	}, false)
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(s.reg, promhttp.HandlerOpts{}))
	return s
}

// ServeHTTP serves one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// httpError is an error with its status code.
type httpError struct {
	code int
	msg  string
}

func (e *httpError) Error() string { return e.msg }

func badRequest(format string, a ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, a...)}
}

// statusWriter remembers the status code for the metrics.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	w.code = code
	w.ResponseWriter.WriteHeader(code)
}

// route registers a handler with metrics, errors as JSON, and, for
// evaluations, a slot among the concurrent ones.
func (s *Server) route(pattern string, h func(http.ResponseWriter, *http.Request) error, evaluation bool) {
	name := pattern[strings.IndexByte(pattern, ' ')+1:]
	s.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		defer func() {
			s.reqs.WithLabelValues(name, strconv.Itoa(sw.code)).Inc()
			s.latency.WithLabelValues(name).Observe(time.Since(start).Seconds())
		}()
		if evaluation {
			select {
			case s.slots <- struct{}{}:
				s.busy.Inc()
				defer func() { <-s.slots; s.busy.Dec() }()
			default:
				sw.Header().Set("Retry-After", "1")
				writeError(sw, &httpError{http.StatusServiceUnavailable, "too many evaluations at once; retry after a second"})
				return
			}
		}
		if err := h(sw, r); err != nil {
			writeError(sw, err)
		}
	})
}

func writeError(w http.ResponseWriter, err error) {
	code := http.StatusInternalServerError
	var he *httpError
	var de *document.Error
	var mb *http.MaxBytesError
	switch {
	case errors.As(err, &he):
		code = he.code
	case errors.As(err, &mb):
		code = http.StatusRequestEntityTooLarge
		err = fmt.Errorf("the body is larger than %d bytes", mb.Limit)
	case errors.As(err, &de):
		code = http.StatusBadRequest
	case errors.Is(err, context.DeadlineExceeded):
		code = http.StatusServiceUnavailable
		w.Header().Set("Retry-After", "5")
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]any{"error": err.Error(), "status": code})
}

// options reads as_of and profile from the query string.
func options(r *http.Request) ([]engine.Option, error) {
	var opts []engine.Option
	if d := r.URL.Query().Get("as_of"); d != "" {
		t, err := time.Parse(time.DateOnly, d)
		if err != nil {
			return nil, badRequest("as_of %q: want a date as YYYY-MM-DD", d)
		}
		opts = append(opts, engine.AsOf(t))
	}
	if p := r.URL.Query().Get("profile"); p != "" {
		var ps []string
		for _, x := range strings.Split(p, ",") {
			if x = strings.TrimSpace(x); x != "" {
				ps = append(ps, x)
			}
		}
		opts = append(opts, engine.WithProfiles(ps...))
	}
	return opts, nil
}

// body reads a request body within the limit.
func (s *Server) body(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBody))
	if err != nil {
		return nil, err
	}
	return b, nil
}

// evaluate is POST /v1/evaluate: a document (JSON or YAML) in, a report out
// (format json, text, markdown, sarif, junit or github).
func (s *Server) evaluate(w http.ResponseWriter, r *http.Request) error {
	format := r.URL.Query().Get("format")
	if format == "" {
		format = "json"
	}
	if !output.Known(format, output.ReportFormats()) {
		return badRequest("format %q: known: %s", format, strings.Join(output.ReportFormats(), ", "))
	}
	opts, err := options(r)
	if err != nil {
		return err
	}
	data, err := s.body(w, r)
	if err != nil {
		return err
	}
	rep, err := s.run(r.Context(), data, append(opts, engine.WithPassed(output.NeedsPassed(format))))
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	switch format {
	case "json":
		err = output.JSON(&buf, rep)
	case "text":
		err = output.Text(&buf, rep)
	default:
		err = output.CI(&buf, format, rep, rep.Findings, output.Input{Name: "document", Data: data}, engine.BelowInternational)
	}
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", contentType(format))
	_, err = w.Write(buf.Bytes())
	return err
}

func contentType(format string) string {
	switch format {
	case "json", "sarif":
		return "application/json"
	case "junit":
		return "application/xml"
	}
	return "text/plain; charset=utf-8"
}

// run evaluates one document by the one-pass path.
func (s *Server) run(ctx context.Context, data []byte, opts []engine.Option) (*engine.Report, error) {
	if err := engine.CheckOptions(opts...); err != nil {
		return nil, badRequest("%v", err)
	}
	run, err := s.e.EvaluateSource(ctx, engine.Input{Document: bytes.NewReader(data), Name: "document"}, opts...)
	if err != nil {
		return nil, err
	}
	defer run.Close()
	return run.Finish(ctx)
}

// diff is POST /v1/diff: {"before": <document>, "after": <document>} in,
// the diff out (json, text or markdown).
func (s *Server) diff(w http.ResponseWriter, r *http.Request) error {
	format := r.URL.Query().Get("format")
	if format == "" {
		format = "json"
	}
	if format != "json" && format != "text" && format != "markdown" {
		return badRequest("format %q: known: json, text, markdown", format)
	}
	opts, err := options(r)
	if err != nil {
		return err
	}
	data, err := s.body(w, r)
	if err != nil {
		return err
	}
	var pair struct {
		Before json.RawMessage `json:"before"`
		After  json.RawMessage `json:"after"`
	}
	if err := json.Unmarshal(data, &pair); err != nil || pair.Before == nil || pair.After == nil {
		return badRequest(`the body must be {"before": <document>, "after": <document>}`)
	}
	before, err := s.run(r.Context(), pair.Before, opts)
	if err != nil {
		return prefix("before", err)
	}
	after, err := s.run(r.Context(), pair.After, opts)
	if err != nil {
		return prefix("after", err)
	}
	var buf bytes.Buffer
	if err := output.Diff(&buf, format, engine.Compare(before, after)); err != nil {
		return err
	}
	w.Header().Set("Content-Type", contentType(format))
	_, err = w.Write(buf.Bytes())
	return err
}

func prefix(which string, err error) error {
	var de *document.Error
	if errors.As(err, &de) {
		out := *de
		out.File = which
		return &out
	}
	return err
}

// requirements is GET /v1/requirements/{country}.
func (s *Server) requirements(w http.ResponseWriter, r *http.Request) error {
	opts, err := options(r)
	if err != nil {
		return err
	}
	var workers *int
	if v := r.URL.Query().Get("workers"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return badRequest("workers %q: want a whole number ≥ 0", v)
		}
		workers = &n
	}
	// Either may be given alone: a headcount not given is unknown, not zero.
	opts = append(opts, engine.Workplace(workers, r.URL.Query().Get("sector")), engine.InRegion(r.URL.Query().Get("region")))
	rq, err := s.e.Requirements(r.Context(), r.PathValue("country"), opts...)
	if err != nil {
		return badRequest("%v", err)
	}
	w.Header().Set("Content-Type", "application/json")
	return output.JSON(w, rq)
}

// gaps is GET /v1/gaps/{country}.
func (s *Server) gaps(w http.ResponseWriter, r *http.Request) error {
	opts, err := options(r)
	if err != nil {
		return err
	}
	g, err := s.e.Gaps(r.Context(), []string{r.PathValue("country")}, opts...)
	if err != nil {
		return badRequest("%v", err)
	}
	w.Header().Set("Content-Type", "application/json")
	return output.JSON(w, g[0])
}
