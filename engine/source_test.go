package engine_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/openhrdd/hrdd/engine"
	"github.com/openhrdd/hrdd/engine/document"
	"github.com/openhrdd/hrdd/fixtures/synth"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var day = engine.AsOf(time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))

func reportJSON(t *testing.T, rep *engine.Report) string {
	t.Helper()
	b, err := json.Marshal(rep)
	require.NoError(t, err)
	return string(b)
}

func streamed(t *testing.T, e *engine.Engine, in engine.Input) *engine.Report {
	t.Helper()
	run, err := e.EvaluateSource(context.Background(), in, day, engine.WithPassed(true))
	require.NoError(t, err)
	defer run.Close()
	rep, err := run.Finish(context.Background())
	require.NoError(t, err)
	return rep
}

// TestStreamedFindingsAreIdentical: a document read in one pass, a document
// whose keys force a whole read, and a header plus NDJSON suppliers all give
// the findings of the document evaluated whole.
func TestStreamedFindingsAreIdentical(t *testing.T) {
	e, err := engine.New(context.Background())
	require.NoError(t, err)
	var whole bytes.Buffer
	require.NoError(t, synth.Generate(&whole, synth.Options{Suppliers: 1500, Seed: 7}))
	doc, err := document.Decode(bytes.NewReader(whole.Bytes()), "gen.json")
	require.NoError(t, err)
	want, err := e.Evaluate(context.Background(), doc, day, engine.WithPassed(true))
	require.NoError(t, err)
	require.Greater(t, len(want.Findings), 1500)

	got := streamed(t, e, engine.Input{Document: bytes.NewReader(whole.Bytes()), Name: "gen.json"})
	assert.Equal(t, reportJSON(t, want), reportJSON(t, got), "streamed")

	var header, suppliers bytes.Buffer
	require.NoError(t, synth.NDJSON(&suppliers, &header, synth.Options{Suppliers: 1500, Seed: 7}))
	got = streamed(t, e, engine.Input{Document: bytes.NewReader(header.Bytes()), Name: "company.json", Suppliers: &suppliers, SuppliersName: "s.ndjson"})
	assert.Equal(t, reportJSON(t, want), reportJSON(t, got), "NDJSON")

	// "suppliers" first: the header is only complete at the end, so the
	// document is read in two passes (the suppliers stepped over, then read).
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(whole.Bytes(), &m))
	reordered := `{"suppliers":` + string(m["suppliers"]) + `,"hrdd":"1","company":` + string(m["company"]) + `,"policies":` + string(m["policies"]) +
		`,"due_diligence":` + string(m["due_diligence"]) + `,"sites":` + string(m["sites"]) + `}`
	got = streamed(t, e, engine.Input{Document: strings.NewReader(reordered), Name: "gen.json"})
	assert.Equal(t, reportJSON(t, want), reportJSON(t, got), "suppliers first")
}

func TestStreamedFixturesAreIdentical(t *testing.T) {
	e, err := engine.New(context.Background())
	require.NoError(t, err)
	for _, f := range []string{"../fixtures/jp-auto-parts.json", "../fixtures/de-lksg.json", "../fixtures/us-apparel-breaks-law.json"} {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		doc, err := document.Decode(bytes.NewReader(data), f)
		require.NoError(t, err)
		want, err := e.Evaluate(context.Background(), doc, day, engine.WithPassed(true))
		require.NoError(t, err)
		got := streamed(t, e, engine.Input{Document: bytes.NewReader(data), Name: f})
		assert.Equal(t, reportJSON(t, want), reportJSON(t, got), f)
	}
}

func TestNDJSONErrorsNameTheLine(t *testing.T) {
	e, err := engine.New(context.Background())
	require.NoError(t, err)
	header := `{"hrdd":"1","company":{"name":"X","headquarters":"JP"},"suppliers":[{"id":"S-1","country":"VN","tier":1}]}`
	tests := []struct{ nd, want string }{
		{"{\"id\":\"S-2\",\"country\":\"VN\",\"tier\":2,\"parent\":\"S-1\"}\n\n{\"id\":\"S-3\",\"country\":\"VN\",\"tier\":0}\n", "s.ndjson:3: /tier: must be an integer ≥ 1, got 0"},
		{"{\"id\":\"S-1\",\"country\":\"VN\",\"tier\":1}\n", `s.ndjson:1: /id: duplicate supplier id "S-1" (also used by c.json /suppliers/0)`},
		{"{\"id\":\"S-2\",\"country\":\"VN\",\"tier\":2,\"parent\":\"S-9\"}\n", `s.ndjson:1: /parent: supplier "S-9" does not exist`},
		{"{\"id\":\"S-2\",\"country\":\"VN\",\"tier\":3,\"parent\":\"S-1\"}\n", `s.ndjson:1: /tier: tier 3 does not follow its parent S-1 (tier 1)`},
		{"{\"id\":\"S-2\" \"country\":\"VN\"}\n", `s.ndjson:1: /: invalid JSON at line 1, column 13: invalid character '"' after object key:value pair`},
	}
	for _, tt := range tests {
		_, err := e.EvaluateSource(context.Background(), engine.Input{Document: strings.NewReader(header), Name: "c.json",
			Suppliers: strings.NewReader(tt.nd), SuppliersName: "s.ndjson"}, day)
		require.Error(t, err, tt.nd)
		assert.Equal(t, tt.want, err.Error())
	}
}

func TestStreamedErrorsNameThePointer(t *testing.T) {
	e, err := engine.New(context.Background())
	require.NoError(t, err)
	_, err = e.EvaluateSource(context.Background(), engine.Input{Document: strings.NewReader(
		`{"hrdd":"1","company":{"name":"X","headquarters":"JP"},"suppliers":[{"id":"S-1","country":"VN","tier":1},{"id":"S-2","country":"VN","tier":1,"practices":{"rest":{"weekly_rest_min_hours":"lots"}}}]}`), Name: "c.json"}, day)
	require.Error(t, err)
	assert.Equal(t, `c.json: /suppliers/1/practices/rest/weekly_rest_min_hours: must be a number of hours from 0 to 168, "local_law" or {"value": …, "local_law": "if_stricter"}, got "lots"`, err.Error())
}
