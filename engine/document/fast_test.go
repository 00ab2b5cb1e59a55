package document

import (
	"bytes"
	"encoding/json"
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
	assert.Equal(t, 4, accepted, "the plain, valid seeds take the fast path")
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
