package document

import (
	"errors"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// streamAll reads a document with Stream the way a one-pass reader does.
func streamAll(t *testing.T, src string) (*Document, error) {
	t.Helper()
	st := NewStream(strings.NewReader(src), "doc.json")
	hdr, err := st.Header()
	if err != nil {
		return nil, err
	}
	c := SupplierChecker{File: "doc.json"}
	for {
		i, raw, err := st.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		line, col := st.Position()
		sp, err := DecodeSupplierAt("doc.json", i, raw, line, col)
		if err != nil {
			return nil, err
		}
		if err := c.Check(i, sp); err != nil {
			return nil, err
		}
		hdr.Suppliers = append(hdr.Suppliers, *sp)
	}
	return hdr, c.Finish()
}

func TestStreamMatchesDecode(t *testing.T) {
	for _, f := range []string{"testdata/design-example.json", "testdata/full.json", "../../fixtures/jp-auto-parts.json"} {
		data, err := os.ReadFile(f)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		require.NoError(t, err)
		whole, err := decodeWhole(data, "doc.json")
		require.NoError(t, err, f)
		decoded, err := Decode(strings.NewReader(string(data)), "doc.json")
		require.NoError(t, err, f)
		assert.Equal(t, whole, decoded, "Decode's fast path gives what the whole-tree path gives")
		streamed, err := streamAll(t, string(data))
		require.NoError(t, err, f)
		assert.Equal(t, whole, streamed, f)
	}
}

func TestStreamErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"supplier schema error", `{"hrdd":"1","company":{"name":"X","headquarters":"JP"},"suppliers":[{"id":"S-1","country":"VN","tier":-1}]}`,
			"doc.json: /suppliers/0/tier: must be an integer ≥ 1, got -1"},
		{"syntax error inside a supplier, at document coordinates", "{\"hrdd\":\"1\",\"company\":{\"name\":\"X\",\"headquarters\":\"JP\"},\n\"suppliers\":[\n  {\"id\":\"S-1\",\"country\":\"VN\",\"tier\":1},\n  {\"id\":\"S-2\" \"country\":\"VN\",\"tier\":1}]}",
			"doc.json: /suppliers/1: invalid JSON at line 4, column 15: invalid character '\"' after object key:value pair"},
		{"missing comma between suppliers", `{"hrdd":"1","company":{"name":"X","headquarters":"JP"},"suppliers":[{"id":"S-1","country":"VN","tier":1} {"id":"S-2","country":"VN","tier":1}]}`,
			`doc.json: /suppliers/1: invalid JSON at line 1, column 106: want ',', got '{'`},
		{"header schema error", `{"hrdd":"1","company":{"name":"X"}}`,
			`doc.json: /company: missing required field "headquarters"`},
		{"duplicate top-level key", `{"hrdd":"1","hrdd":"1"}`, `doc.json: /: duplicate key "hrdd" at line 1, column 13; each key may appear once`},
		{"unknown country", `{"hrdd":"1","company":{"name":"X","headquarters":"JP"},"suppliers":[{"id":"S-1","country":"XX","tier":1}]}`,
			`doc.json: /suppliers/0/country: unknown country "XX"; use an officially assigned ISO 3166-1 alpha-2 code`},
		{"truncated", `{"hrdd":"1","company":{"name":"X","headquarters":"JP"},"suppliers":[{"id":"S-1"`,
			"doc.json: /suppliers/0: invalid JSON at line 1, column 80: unexpected end of input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := streamAll(t, tt.src)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestStreamNotStreamable(t *testing.T) {
	_, err := streamAll(t, "hrdd: \"1\"\n")
	assert.ErrorIs(t, err, ErrNotStreamable, "YAML")
	_, err = streamAll(t, `{"hrdd":"1","suppliers":[],"company":{"name":"X","headquarters":"JP"}}`)
	assert.ErrorIs(t, err, ErrNotStreamable, "keys after the suppliers array")
}

func TestDecodeSupplierLine(t *testing.T) {
	_, err := DecodeSupplierLine("s.ndjson", 7, 12, []byte(`{"id":"S-1","country":"VN","tier":0}`))
	require.Error(t, err)
	assert.Equal(t, "s.ndjson:7: /tier: must be an integer ≥ 1, got 0", err.Error())
}

// TestStreamSyntaxPositionsMatchDecode: a syntax error is reported at the same
// line and column whether the document is streamed or decoded whole.
func TestStreamSyntaxPositionsMatchDecode(t *testing.T) {
	pos := regexp.MustCompile(`line \d+, column \d+`)
	for _, src := range []string{
		"{\"hrdd\":\"1\",\"company\":{\"name\":\"X\",\"headquarters\":\"JP\"},\n\"suppliers\":[\n  {\"id\":\"S-1\",\"country\":\"VN\",\"tier\":1},\n  {\"id\":\"S-2\" \"country\":\"VN\",\"tier\":1}]}",
		"{\"hrdd\":\"1\",\n \"company\":{\"name\":\"X\",, \"headquarters\":\"JP\"}}",
		"{\"hrdd\":\"1\",\"company\":{\"name\":\"X\",\"headquarters\":\"JP\"},\"suppliers\":[\n{\"id\":\"S-1\",\"country\":\"VN\",\"tier\":1,\"practices\":{\"rest\":{\"weekly_rest_min_hours\":tru}}}]}",
	} {
		_, werr := decodeWhole([]byte(src), "doc.json")
		_, serr := streamAll(t, src)
		require.Error(t, werr)
		require.Error(t, serr)
		assert.Equal(t, pos.FindString(werr.Error()), pos.FindString(serr.Error()), "whole: %v\nstream: %v", werr, serr)
	}
}

// FuzzStream: the one-pass reader never panics, and whatever it accepts the
// whole-tree decoder accepts with the same result.
func FuzzStream(f *testing.F) {
	for _, p := range []string{"testdata/design-example.json", "testdata/full.json"} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"hrdd":"1","company":{"name":"X","headquarters":"JP"},"suppliers":[{"id":"S-1","country":"VN","tier":1}]}`))
	f.Add([]byte(`{"suppliers":[{"id":"S-1","country":"VN","tier":1}],"hrdd":"1","company":{"name":"X","headquarters":"JP"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		streamed, err := streamAll(t, string(data))
		if err != nil {
			var de *Error
			if !errors.Is(err, ErrNotStreamable) && !errors.As(err, &de) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		whole, err := decodeWhole(data, "doc.json")
		require.NoError(t, err, "streamed but not whole: %q", data)
		assert.Equal(t, whole, streamed)
	})
}
