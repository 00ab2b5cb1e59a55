package document

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLocate(t *testing.T) {
	js := []byte("{\n  \"hrdd\": \"1\",\n  \"company\": {\"name\": \"Ü\", \"headquarters\": \"JP\"},\n  \"suppliers\": [\n    {\"id\": \"A\", \"country\": \"VN\", \"tier\": 1,\n     \"practices\": {\"child_labour\": {\"minimum_age\": 14}}}\n  ]\n}\n")
	got := Locate(js, []string{"/suppliers/0/practices/child_labour/minimum_age", "/suppliers/0/practices/wages/living_wage", "/company/headquarters", "/nothing/here"})
	assert.Equal(t, Position{Line: 6, Column: 52}, got["/suppliers/0/practices/child_labour/minimum_age"])
	assert.Equal(t, Position{Line: 6, Column: 19}, got["/suppliers/0/practices/wages/living_wage"], "an absent value resolves to its nearest ancestor")
	assert.Equal(t, Position{Line: 3, Column: 44}, got["/company/headquarters"], "columns count code points")
	assert.Equal(t, Position{Line: 1, Column: 1}, got["/nothing/here"])

	yml := []byte("hrdd: \"1\"\ncompany:\n  name: T\n  headquarters: JP\nsuppliers:\n  - id: A\n    country: VN\n    tier: 1\n    practices:\n      child_labour:\n        minimum_age: 14\n")
	got = Locate(yml, []string{"/suppliers/0/practices/child_labour/minimum_age", "/suppliers/0/country"})
	assert.Equal(t, Position{Line: 11, Column: 22}, got["/suppliers/0/practices/child_labour/minimum_age"])
	assert.Equal(t, Position{Line: 7, Column: 14}, got["/suppliers/0/country"])
}

// TestInputEdges: the edges of the input path each give the documented
// answer: a byte-order mark is accepted, invalid UTF-8 refused with its
// position, YAML read with YAML 1.2 semantics, unknown tags refused.
func TestInputEdges(t *testing.T) {
	ok := map[string]string{
		"byte-order mark": "\xef\xbb\xbf{\"hrdd\": \"1\", \"company\": {\"name\": \"A\", \"headquarters\": \"JP\"}}",
		"NO is Norway":    "hrdd: \"1\"\ncompany:\n  name: A\n  headquarters: NO\n  employees_by_country:\n    NO: 5\n",
	}
	for name, s := range ok {
		d, err := Decode(strings.NewReader(s), "doc.json")
		if assert.NoError(t, err, name) && name == "NO is Norway" {
			assert.Equal(t, "NO", d.Company.Headquarters)
			assert.Equal(t, map[string]int{"NO": 5}, d.Company.EmployeesByCountry)
		}
	}
	bad := map[string]string{
		"invalid UTF-8":      "{\"hrdd\": \"1\", \"company\": {\"name\": \"A\xff\", \"headquarters\": \"JP\"}}",
		"unknown YAML tag":   "hrdd: \"1\"\ncompany:\n  name: !foo A\n  headquarters: JP\n",
		"two YAML documents": "hrdd: \"1\"\n---\nhrdd: \"1\"\n",
	}
	want := map[string]string{
		"invalid UTF-8":      `doc.json: /company: invalid UTF-8 at line 1, column 37 (byte 0xff): the document must be UTF-8`,
		"unknown YAML tag":   `doc.json: /: invalid YAML at line 3: unknown YAML tag !foo; hrdd documents use plain values`,
		"two YAML documents": `doc.json: /: invalid YAML at line 2: more than one document; a file holds one`,
	}
	for name, s := range bad {
		_, err := Decode(strings.NewReader(s), "doc.json")
		if assert.Error(t, err, name) {
			assert.Equal(t, want[name], err.Error(), name)
		}
	}
	// A supplier streamed in one pass is checked too.
	_, err := DecodeSupplier("doc.json", 3, []byte("{\"id\": \"A\xc3\", \"country\": \"VN\", \"tier\": 1}"))
	assert.ErrorContains(t, err, "/suppliers/3: invalid UTF-8")
}

// TestYAMLBooleansWhereTheSchemaWantsThem: yes, no, on and off are strings
// in YAML 1.2, read as booleans only where the schema wants a boolean.
func TestYAMLBooleansWhereTheSchemaWantsThem(t *testing.T) {
	d, err := Decode(strings.NewReader("hrdd: \"1\"\ncompany:\n  name: yes\n  headquarters: NO\ndue_diligence:\n  policy_commitment: yes\n  grievance_mechanism: off\nsites:\n  - id: on\n    country: VN\n    sector: no\n    practices:\n      wages:\n        living_wage: Yes\n"), "doc.yaml")
	if assert.NoError(t, err) {
		assert.Equal(t, "yes", d.Company.Name)
		assert.Equal(t, "NO", d.Company.Headquarters)
		assert.Equal(t, true, d.DueDiligence["policy_commitment"])
		assert.Equal(t, false, d.DueDiligence["grievance_mechanism"])
		assert.Equal(t, "on", d.Sites[0].ID)
		assert.Equal(t, "no", d.Sites[0].Sector)
		assert.Equal(t, true, d.Sites[0].Practices["wages"]["living_wage"])
	}
	_, err = Decode(strings.NewReader("hrdd: \"1\"\ncompany:\n  name: A\n  headquarters: JP\ndue_diligence:\n  policy_commitment: \"yes\"\n"), "doc.yaml")
	assert.ErrorContains(t, err, `got "yes"`, "a quoted yes stays a string")
}
