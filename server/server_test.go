package server_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/openhrdd/hrdd/hrddtest"
	"github.com/openhrdd/hrdd/server"
	"github.com/openhrdd/hrdd/server/load"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func newServer(t *testing.T, opts server.Options) *httptest.Server {
	t.Helper()
	ts := httptest.NewServer(server.New(hrddtest.Engine(t), opts))
	t.Cleanup(ts.Close)
	return ts
}

func post(t *testing.T, url, body string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestEndpoints(t *testing.T) {
	ts := newServer(t, server.Options{})
	doc, err := os.ReadFile("../fixtures/jp-auto-parts.json")
	require.NoError(t, err)

	code, body, _ := post(t, ts.URL+"/v1/evaluate?as_of=2026-11-23", string(doc))
	require.Equal(t, 200, code, body)
	var rep struct {
		Report   string `json:"report"`
		AsOf     string `json:"as_of"`
		Findings []struct {
			ID string `json:"id"`
		} `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(body), &rep))
	assert.Equal(t, "2026-11-23", rep.AsOf)
	assert.NotEmpty(t, rep.Findings)

	yaml := "hrdd: \"1\"\ncompany:\n  name: Y\n  headquarters: JP\n"
	code, body, _ = post(t, ts.URL+"/v1/evaluate?as_of=2026-11-23&format=text&profile=eti", yaml)
	assert.Equal(t, 200, code, body)
	assert.Contains(t, body, "hrdd report: Y")

	code, body, _ = post(t, ts.URL+"/v1/evaluate?format=sarif&as_of=2026-11-23", string(doc))
	assert.Equal(t, 200, code)
	assert.Contains(t, body, `"version": "2.1.0"`)

	code, body, _ = post(t, ts.URL+"/v1/evaluate", `{"hrdd": "1", "company": {"name": "A", "headquarters": "UK"}}`)
	assert.Equal(t, 400, code)
	assert.Contains(t, body, `unknown country \"UK\"`)
	code, body, _ = post(t, ts.URL+"/v1/evaluate?profile=nope", string(doc))
	assert.Equal(t, 400, code)
	assert.Contains(t, body, "unknown profile")
	code, _, _ = post(t, ts.URL+"/v1/evaluate?as_of=tomorrow", string(doc))
	assert.Equal(t, 400, code)

	pair, _ := json.Marshal(map[string]json.RawMessage{"before": doc, "after": doc})
	code, body, _ = post(t, ts.URL+"/v1/diff?as_of=2026-11-23", string(pair))
	assert.Equal(t, 200, code, body)
	assert.Contains(t, body, `"new": []`)

	code, body = get(t, ts.URL+"/v1/requirements/VN?as_of=2026-11-23")
	assert.Equal(t, 200, code)
	assert.Contains(t, body, `"jurisdiction": "VN"`)
	code, body = get(t, ts.URL+"/v1/gaps/JP?as_of=2026-11-23")
	assert.Equal(t, 200, code)
	assert.Contains(t, body, "leave.annual_paid_min_days")
	code, _ = get(t, ts.URL+"/v1/requirements/UK")
	assert.Equal(t, 400, code)
	code, body = get(t, ts.URL+"/v1/requirements/VN?as_of=2026-11-23&sector=garments")
	assert.Equal(t, 200, code)
	assert.Contains(t, body, `"sector": "apparel"`)
	code, body = get(t, ts.URL+"/v1/requirements/VN?sector=knitwear")
	assert.Equal(t, 400, code)
	assert.Contains(t, body, `unknown sector`)
	code, body = get(t, ts.URL+"/healthz")
	assert.Equal(t, 200, code)
	code, body = get(t, ts.URL+"/metrics")
	assert.Equal(t, 200, code)
	assert.Contains(t, body, `hrdd_requests_total{code="200",route="/v1/evaluate"}`)
	assert.Contains(t, body, "hrdd_request_duration_seconds_bucket")
}

func TestLimits(t *testing.T) {
	ts := newServer(t, server.Options{MaxBody: 1000})
	code, body, _ := post(t, ts.URL+"/v1/evaluate", `{"hrdd": "1", "company": {"name": "`+strings.Repeat("a", 2000)+`", "headquarters": "JP"}}`)
	assert.Equal(t, 413, code, body)

	// A single slot, held by a slow body: the next evaluation gets 503.
	ts = newServer(t, server.Options{MaxConcurrent: 1})
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		req, _ := http.NewRequestWithContext(context.Background(), "POST", ts.URL+"/v1/evaluate", pr)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
		}
	}()
	_, _ = pw.Write([]byte(`{"hrdd": "1", `))
	var code503 int
	var hdr http.Header
	for range 100 {
		code503, _, hdr = post(t, ts.URL+"/v1/evaluate", `{"hrdd": "1", "company": {"name": "A", "headquarters": "JP"}}`)
		if code503 == 503 {
			break
		}
	}
	assert.Equal(t, 503, code503)
	assert.Equal(t, "1", hdr.Get("Retry-After"))
	_, _ = pw.Write([]byte(`"company": {"name": "A", "headquarters": "JP"}}`))
	pw.Close()
	wg.Wait()
}

// TestLoad: 16 clients sending valid and invalid documents over loopback get
// no 5xx and no document judged wrongly.
func TestLoad(t *testing.T) {
	ts := newServer(t, server.Options{MaxConcurrent: 16})
	var docs []load.Doc
	for _, f := range []string{"jp-auto-parts.json", "de-meets-all.json", "bad/fractional-age.json", "bad/unknown-tag.yaml", "bad/json-syntax.json"} {
		b, err := os.ReadFile("../fixtures/" + f)
		require.NoError(t, err)
		docs = append(docs, load.Doc{Name: f, Body: b, Valid: !strings.HasPrefix(f, "bad/")})
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := load.Run(ctx, ts.URL, docs, 16, 80)
	require.NoError(t, err)
	t.Log(res)
	assert.Equal(t, 80, res.Requests)
	assert.Zero(t, res.ServerErrors())
	assert.Empty(t, res.Unexpected)
	_, err = load.Run(ctx, "http://192.0.2.1:80", docs, 1, 1)
	assert.ErrorContains(t, err, "loopback only")
}
