package document

import (
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
