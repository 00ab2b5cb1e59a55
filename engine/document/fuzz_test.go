package document

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
)

// FuzzDecode checks that no input makes Decode panic, that every error is an
// *Error with a JSON pointer, and that whatever Decode accepts survives a
// round trip through encoding/json.
func FuzzDecode(f *testing.F) {
	files, err := testFiles()
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		"", "{", "[]", "null", "- a", "hrdd: 1", `{"hrdd":"1"} {}`, "\xef\xbb\xbf{}",
		doc(`"suppliers":[{"id":"a","country":"VN","tier":2,"parent":"b"},{"id":"b","country":"VN","tier":2,"parent":"a"}]`),
		doc(`"policies":{"suppliers":{"applies_to_tiers":[1,1]}}`),
		doc(`"due_diligence":{"scope_tiers":"all","stakeholders":["a"]}`),
		doc(`"due_diligence":{"stakeholders":{"value":["experts"],"local_law":"if_stricter"},"risk_assessment_interval_months":{"value":12,"local_law":"if_stricter"}}`),
		doc(`"policies":{"own_operations":{"child_labour":{"minimum_age":{"value":15,"local_law":"if_stricter"}}}},"sites":[{"id":"a","country":"BD","zone":"export_processing_zone"}]`),
		doc(`"policies":{"suppliers":{"non_discrimination":{"grounds":{"value":["race"],"local_law":"if_stricter","x":1}}}}`),
		`{"hrdd":"1","company":{"name":"x","headquarters":"JP","presence":{"JP":"seat","DE":"branch"}},"suppliers":[{"id":"s","country":"VN","tier":1,"employees":5,"zone":"special_economic_zone"}]}`,
		"hrdd: '1'\ncompany: {name: x, headquarters: JP}\npolicies: {own_operations: {working_hours: {total_daily_max: {value: 10, local_law: if_stricter}}}}\n",
		"a: &a [*a, *a]\nb: *a\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Decode(bytes.NewReader(data), "fuzz")
		if err != nil {
			var de *Error
			if !errors.As(err, &de) {
				t.Fatalf("error %T is not *Error: %v", err, err)
			}
			if de.Pointer != "" && !strings.HasPrefix(de.Pointer, "/") {
				t.Fatalf("pointer %q: %v", de.Pointer, err)
			}
			if de.File != "fuzz" || de.Message == "" {
				t.Fatalf("bad error %#v", de)
			}
			return
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("marshal accepted document: %v", err)
		}
		if _, err := Decode(bytes.NewReader(b), "again"); err != nil {
			t.Fatalf("re-decoding %s: %v", b, err)
		}
	})
}
