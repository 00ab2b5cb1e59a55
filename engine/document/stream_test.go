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
		{"header presence", `{"hrdd":"1","company":{"name":"X","headquarters":"JP","presence":{"JP":"hq"}}}`,
			`doc.json: /company/presence/JP: "hq" is not one of: seat, branch, subsidiary, none`},
		{"header if stricter", `{"hrdd":"1","company":{"name":"X","headquarters":"JP"},"due_diligence":{"stakeholders":{"value":["unions"],"local_law":"if_stricter"}}}`,
			`doc.json: /due_diligence/stakeholders/value/0: "unions" is not one of: affected_communities, affected_workers, business_partners, civil_society, consumers, experts, human_rights_defenders, indigenous_peoples, investors, public_authorities, trade_unions, workers_representatives`},
		{"supplier zone", `{"hrdd":"1","company":{"name":"X","headquarters":"JP"},"suppliers":[{"id":"S-1","country":"VN","tier":1,"zone":"epz"}]}`,
			`doc.json: /suppliers/0/zone: "epz" is not one of: export_processing_zone, special_economic_zone`},
		{"supplier if stricter", `{"hrdd":"1","company":{"name":"X","headquarters":"JP"},"suppliers":[{"id":"S-1","country":"VN","tier":1},{"id":"S-2","country":"VN","tier":1,"practices":{"rest":{"weekly_rest_min_hours":{"value":24,"local_law":"if_stricter","min":1}}}}]}`,
			`doc.json: /suppliers/1/practices/rest/weekly_rest_min_hours/min: unknown field; known fields: local_law, value`},
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

	_, err = DecodeSupplierLine("s.ndjson", 8, 13, []byte(`{"id":"S-1","country":"VN","tier":1,"practices":{"non_discrimination":{"grounds":{"value":["race","colour","castes"],"local_law":"if_stricter"}}}}`))
	require.Error(t, err)
	assert.Equal(t, `s.ndjson:8: /practices/non_discrimination/grounds/value/2: "castes" is not one of: age, bank_domiciliation, birth, caste, colour, creed, disability, economic_vulnerability, elected_office, employment_status, ethnic_origin, family_responsibilities, family_status, gender_identity, genetic_information, health_status, hiv_status, language, loss_of_autonomy, marital_status, maternity, migration_status, morals, national_extraction, nationality, physical_appearance, place_of_residence, political_opinion, pregnancy, property, race, religion, sex, sexual_orientation, social_origin, social_status, surname, union_membership, whistleblower_status`, err.Error())

	_, err = DecodeSupplierLine("s.ndjson", 9, 14, []byte(`{"id":"S-1","country":"VN","tier":1,"employees":-2}`))
	require.Error(t, err)
	assert.Equal(t, `s.ndjson:9: /employees: must be an integer ≥ 0, got -2`, err.Error())

	// Both paths: the fast one, and the schema one for a string with an escape.
	for _, line := range []string{
		`{"id":"S-1","country":"VN","tier":1,"employees":40,"zone":"export_processing_zone","practices":{"child_labour":{"minimum_age":{"value":15,"local_law":"if_stricter"}},"non_discrimination":{"grounds":{"value":["race"],"local_law":"if_stricter"}}}}`,
		`{"id":"S-1","country":"VN","tier":1,"employees":40,"zone":"export_processing_zone","practices":{"child_labour":{"minimum_age":{"value":15,"local_law":"if_stricter"}},"non_discrimination":{"grounds":{"value":["r\u0061ce"],"local_law":"if_stricter"}}}}`,
	} {
		sp, err := DecodeSupplierLine("s.ndjson", 1, 0, []byte(line))
		require.NoError(t, err)
		assert.Equal(t, &Supplier{ID: "S-1", Country: "VN", Tier: 1, Employees: ptr(40), Zone: "export_processing_zone", Practices: Practices{
			"child_labour":       {"minimum_age": IfStricter{Value: 15.0}},
			"non_discrimination": {"grounds": IfStricter{Value: []any{"race"}}},
		}}, sp)
	}
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
	f.Add([]byte(`{"hrdd":"1","company":{"name":"X","headquarters":"JP","presence":{"JP":"seat","VN":"none"}},"policies":{"own_operations":{"child_labour":{"minimum_age":{"value":15,"local_law":"if_stricter"}}}},"suppliers":[{"id":"S-1","country":"VN","tier":1,"employees":9,"zone":"special_economic_zone","practices":{"non_discrimination":{"grounds":{"value":["race"],"local_law":"if_stricter"}}}}]}`))
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
