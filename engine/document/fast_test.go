package document

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var fastSeeds = []string{
	`{"id":"S-1","country":"VN","tier":1}`,
	`{"id":"S-000002","name":"Hanoi Castings Co.","country":"VN","tier":2,"parent":"S-1","workers":650,"sector":"automotive","practices":{"child_labour":{"minimum_age":15,"hazardous_work_minimum_age":"local_law"},"working_hours":{"regular_weekly_max":47.5},"non_discrimination":{"grounds":["race","sex"]},"wages":{"minimum_wage_paid":true,"living_wage":false}}}`,
	` { "id" : "S-3" , "country" : "JP" , "tier" : 3 , "practices" : { } } `,
	`{"id":"S-4","country":"XX","tier":1}`,
	`{"id":"S-5","country":"VN","tier":0}`,
	`{"id":"S-6","country":"VN","tier":1.0}`,
	`{"id":"S-7","country":"VN","tier":1,"tier":2}`,
	`{"id":"S-8","country":"VN","tier":1,"practices":{"child_labour":{"minimum_age":-1}}}`,
	`{"id":"S-9","country":"VN","tier":1,"practices":{"non_discrimination":{"grounds":["sex","sex"]}}}`,
	`{"id":"S-\u0031","country":"VN","tier":1}`,
	`{"id":"","country":"VN","tier":1}`,
	`{"id":"S-10","country":"VN","tier":1,"extra":1}`,
	`{"id":"S-11","country":"VN","tier":1,"practices":{"child_labour":{"minimum_age":1e1}}}`,
	`{"id":"S-12","country":"VN","tier":1,"practices":{"working_hours":{"overtime_voluntary":"local_law"}}}`,
	`{"id":"S-13","country":"VN","tier":1}  x`,
	`{"id":"S-14","country":"vn","tier":1}`,
	`{"id":"S-15","country":"VN","tier":1,"workers":007}`,
	// Value or local law, whichever is stricter; zones; employer size; closed vocabularies.
	`{"id":"S-16","country":"BD","tier":1,"workers":80,"employees":1200,"zone":"export_processing_zone","practices":{"child_labour":{"minimum_age":{"value":15,"local_law":"if_stricter"}},"working_hours":{"overtime_daily_max":2,"total_daily_max":{"local_law":"if_stricter","value":10.5}},"non_discrimination":{"grounds":{"value":["race","sex"],"local_law":"if_stricter"}}}}`,
	` { "id" : "S-17" , "country" : "VN" , "tier" : 1 , "zone" : "special_economic_zone" , "employees" : 0 , "practices" : { "non_discrimination" : { "grounds" : { "value" : [ ] , "local_law" : "if_stricter" } } } } `,
	`{"id":"S-18","country":"VN","tier":1,"practices":{"non_discrimination":{"grounds":["race","unions"]}}}`,
	// Regions: a code of the supplier's country, else refused.
	`{"id":"S-30","region":"MY-12","country":"MY","tier":1}`,
	`{"id":"S-31","country":"MY","tier":1,"region":"SG-01"}`,
	`{"id":"S-32","country":"MY","tier":1,"region":"Sabah"}`,
	`{"id":"S-33","country":"MY","tier":1,"region":"MY-12","region":"MY-13"}`,
	`{"id":"S-19","country":"VN","tier":1,"practices":{"non_discrimination":{"grounds":{"value":["race","race"],"local_law":"if_stricter"}}}}`,
	`{"id":"S-20","country":"VN","tier":1,"practices":{"child_labour":{"minimum_age":{"value":15}}}}`,
	`{"id":"S-21","country":"VN","tier":1,"practices":{"child_labour":{"minimum_age":{"value":15,"local_law":"if_stricter","x":1}}}}`,
	`{"id":"S-22","country":"VN","tier":1,"practices":{"child_labour":{"minimum_age":{"value":15,"local_law":"yes"}}}}`,
	`{"id":"S-23","country":"VN","tier":1,"practices":{"child_labour":{"minimum_age":{"value":15,"value":16,"local_law":"if_stricter"}}}}`,
	`{"id":"S-24","country":"VN","tier":1,"practices":{"child_labour":{"minimum_age":{"value":"local_law","local_law":"if_stricter"}}}}`,
	`{"id":"S-25","country":"VN","tier":1,"practices":{"child_labour":{"minimum_age":{"value":-1,"local_law":"if_stricter"}}}}`,
	`{"id":"S-26","country":"VN","tier":1,"practices":{"wages":{"living_wage":{"value":true,"local_law":"if_stricter"}}}}`,
	`{"id":"S-27","country":"VN","tier":1,"practices":{"child_labour":{"minimum_age":{"value":15,"local_law":"if\u005fstricter"}}}}`,
	`{"id":"S-28","country":"VN","tier":1,"zone":"free_zone"}`,
	`{"id":"S-29","country":"VN","tier":1,"employees":-1}`,
	`{"id":"S-30","country":"VN","tier":1,"employees":1.5}`,
	`{"id":"S-31","country":"VN","tier":1,"employees":1,"employees":2}`,
	`{"id":"S-32","country":"VN","tier":1,"practices":{"child_labour":{"minimum_age":{"value":{"value":15,"local_law":"if_stricter"},"local_law":"if_stricter"}}}}`,
	`{"id":"S-33","country":"VN","tier":1,"practices":{"non_discrimination":{"grounds":{"value":["Race"],"local_law":"if_stricter"}}}}`,
	`{"id":"S-34","country":"VN","tier":1,"zone":"export_processing_zone","practices":{"working_hours":{"overtime_pay_threshold_weekly":40,"overtime_weekly_max":12,"overtime_monthly_max":{"value":45,"local_law":"if_stricter"},"overtime_yearly_max":360}}}`,
}

// TestFastSupplierAgreesWithTheSchema: what the fast path accepts, the slow
// path (schema + conversion) accepts with the same result; what it declines,
// the slow path decides.
func TestFastSupplierAgreesWithTheSchema(t *testing.T) {
	accepted := 0
	for _, in := range fastSeeds {
		if agree(t, []byte(in)) {
			accepted++
		}
	}
	assert.Equal(t, 8, accepted, "the plain, valid seeds take the fast path")
}

// TestFastSupplierDeclinesUnknownWords: a word outside a closed vocabulary
// leaves the fast path, and the schema path words the error.
func TestFastSupplierDeclinesUnknownWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"id":"a","country":"VN","tier":1,"practices":{"non_discrimination":{"grounds":["race","unions"]}}}`,
			`f.json: /suppliers/3/practices/non_discrimination/grounds/1: "unions" is not one of: age, bank_domiciliation, `},
		{`{"id":"a","country":"VN","tier":1,"practices":{"non_discrimination":{"grounds":{"value":["Race"],"local_law":"if_stricter"}}}}`,
			`f.json: /suppliers/3/practices/non_discrimination/grounds/value/0: "Race" is not one of: age, bank_domiciliation, `},
		{`{"id":"a","country":"VN","tier":1,"zone":"free_zone"}`,
			`f.json: /suppliers/3/zone: "free_zone" is not one of: export_processing_zone, special_economic_zone`},
	}
	for _, tt := range tests {
		_, ok := fastSupplier([]byte(tt.in))
		assert.False(t, ok, tt.in)
		_, err := DecodeSupplier("f.json", 3, []byte(tt.in))
		if assert.Error(t, err) {
			assert.Contains(t, err.Error(), tt.want)
		}
	}
}

// TestFastSupplierTakesEveryForm: every supplier of testdata/full.json, which
// uses every form a practice value has, takes the fast path.
func TestFastSupplierTakesEveryForm(t *testing.T) {
	b, err := os.ReadFile("testdata/full.json")
	require.NoError(t, err)
	st := NewStream(bytes.NewReader(b), "full.json")
	_, err = st.Header()
	require.NoError(t, err)
	n := 0
	for {
		_, raw, err := st.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		assert.True(t, agree(t, raw), "fast path declined %s", raw)
		n++
	}
	assert.Equal(t, 4, n)
}

func agree(t *testing.T, raw []byte) bool {
	t.Helper()
	fast, ok := fastSupplier(raw)
	if !ok {
		return false
	}
	slow, err := slowSupplier("f.json", 0, raw)
	require.NoError(t, err, "fast path accepted %s", raw)
	a, _ := json.Marshal(fast)
	b, _ := json.Marshal(slow)
	require.Equal(t, string(b), string(a), "fast and slow decode %s differently", raw)
	require.Equal(t, slow, fast)
	return true
}

func FuzzFastSupplier(f *testing.F) {
	for _, s := range fastSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if bytes.Count(raw, []byte("{")) > 64 {
			return
		}
		agree(t, raw)
	})
}
