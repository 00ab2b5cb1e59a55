package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStricterAndMeets(t *testing.T) {
	tests := []struct {
		name     string
		kind     Kind
		a, b     any // two requirement values
		stricter any
		practice any
		meets    bool // practice against the stricter value
		missing  []string
	}{
		{"floor higher wins", Floor, 14.0, 15.0, 15.0, 14.0, false, nil},
		{"floor equal meets", Floor, 15.0, 15.0, 15.0, 15.0, true, nil},
		{"floor above meets", Floor, 14.0, 15.0, 15.0, 16.0, true, nil},
		{"ceiling lower wins", Ceiling, 48.0, 40.0, 40.0, 44.0, false, nil},
		{"ceiling at limit meets", Ceiling, 48.0, 60.0, 48.0, 48.0, true, nil},
		{"ceiling fractional", Ceiling, 48.0, 47.5, 47.5, 47.6, false, nil},
		{"required true wins", Required, false, true, true, false, false, nil},
		{"required met", Required, true, true, true, true, true, nil},
		{"required false asks nothing", Required, false, false, false, false, true, nil},
		{"includes union", Includes, []any{"sex", "race"}, []any{"religion", "sex"}, []any{"race", "religion", "sex"},
			[]any{"sex", "race"}, false, []string{"religion"}},
		{"includes superset meets", Includes, []any{"sex"}, []any{"race"}, []any{"race", "sex"},
			[]any{"age", "race", "sex"}, true, nil},
		{"includes empty practice", Includes, []any{"trade_unions"}, []any{}, []any{"trade_unions"},
			[]any{}, false, []string{"trade_unions"}},
		{"scope all wins", Scope, []any{1.0}, "all", "all", []any{1.0, 2.0}, false, []string{"all"}},
		{"scope union of tiers", Scope, []any{1.0}, []any{2.0}, []any{1.0, 2.0}, []any{1.0}, false, []string{"2"}},
		{"scope all practice meets all", Scope, []any{1.0}, "all", "all", "all", true, nil},
		{"scope tiers superset meets", Scope, []any{1.0}, []any{1.0}, []any{1.0}, []any{1.0, 2.0, 3.0}, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := MustParse(tt.kind, tt.a)
			b := MustParse(tt.kind, tt.b)
			want := MustParse(tt.kind, tt.stricter)
			assert.True(t, Equal(want, Stricter(a, b)), "Stricter(a, b) = %v, want %v", Stricter(a, b), want)
			assert.True(t, Equal(want, Stricter(b, a)), "Stricter is symmetric")
			p := MustParse(tt.kind, tt.practice)
			assert.Equal(t, tt.meets, Meets(p, want))
			assert.Equal(t, tt.missing, Missing(p, want))
		})
	}
}

func TestParseRejectsWrongTypes(t *testing.T) {
	tests := []struct {
		kind Kind
		v    any
		msg  string
	}{
		{Floor, "15", `floor value must be a number, got "15"`},
		{Ceiling, true, "ceiling value must be a number, got true"},
		{Required, 1.0, "required value must be a boolean, got 1"},
		{Includes, "race", `includes value must be a list of strings, got "race"`},
		{Includes, []any{1.0}, "includes value must be a list of strings, got an item 1"},
		{Scope, "some", `scope value must be a list of tiers or "all", got "some"`},
		{Scope, []any{0.0}, "scope tiers must be whole numbers from 1, got 0"},
		{Scope, []any{1.5}, "scope tiers must be whole numbers from 1, got 1.5"},
		{Kind("ratio"), 1.0, `unknown kind "ratio"`},
	}
	for _, tt := range tests {
		_, err := Parse(tt.kind, tt.v)
		require.Error(t, err)
		assert.Equal(t, tt.msg, err.Error())
	}
}

func TestCoversTierAndJSON(t *testing.T) {
	all := MustParse(Scope, "all")
	one := MustParse(Scope, []any{2.0, 1.0, 1.0})
	assert.True(t, CoversTier(all, 7))
	assert.True(t, CoversTier(one, 2))
	assert.False(t, CoversTier(one, 3))
	assert.Equal(t, "all", all.JSON())
	assert.Equal(t, []int{1, 2}, one.JSON())
	assert.Equal(t, "tiers 1, 2", one.String())
	assert.Equal(t, "tier 1", MustParse(Scope, []any{1.0}).String())
	assert.Equal(t, "66.67", MustParse(Floor, 66.67).String())
	assert.Equal(t, []string{}, MustParse(Includes, []any{}).JSON())
}

// TestWeaker: the weaker of two values is what both demand in common, for
// every kind; None (a cited absence) is weaker than everything.
func TestWeaker(t *testing.T) {
	tests := []struct {
		name   string
		kind   Kind
		a, b   any
		weaker any
	}{
		{"floor lower", Floor, 14.0, 16.0, 14.0},
		{"ceiling higher", Ceiling, 40.0, 44.0, 44.0},
		{"required false", Required, true, false, false},
		{"required both true", Required, true, true, true},
		{"includes intersection", Includes, []any{"age", "sex"}, []any{"race", "sex"}, []any{"sex"}},
		{"includes disjoint", Includes, []any{"age"}, []any{"race"}, []any{}},
		{"scope intersection", Scope, []any{1.0, 2.0}, []any{2.0, 3.0}, []any{2.0}},
		{"scope all and tiers", Scope, "all", []any{1.0}, []any{1.0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b, want := MustParse(tt.kind, tt.a), MustParse(tt.kind, tt.b), MustParse(tt.kind, tt.weaker)
			got := Weaker(a, b)
			assert.True(t, Equal(want, got) || (len(want.Set) == 0 && len(got.Set) == 0 && tt.kind == Includes), "Weaker = %v, want %v", got, want)
			assert.True(t, Equal(Weaker(a, b), Weaker(b, a)), "Weaker is symmetric")
			assert.True(t, Meets(Stricter(a, b), Weaker(a, b)), "the stricter meets the weaker")
		})
	}
}

// TestNothing: a cited absence (or a practice that commits to nothing) of
// every kind meets only another absence, every value is stricter than it,
// and every value meets it.
func TestNothing(t *testing.T) {
	values := map[Kind]any{Floor: 15.0, Ceiling: 48.0, Required: true, Includes: []any{"sex"}, Scope: []any{1.0}}
	for kind, raw := range values {
		t.Run(string(kind), func(t *testing.T) {
			none, v := Nothing(kind), MustParse(kind, raw)
			assert.False(t, Meets(none, v), "nothing does not meet a requirement")
			assert.True(t, Meets(v, none), "anything meets no requirement")
			assert.True(t, Meets(none, none))
			assert.True(t, Equal(v, Stricter(none, v)))
			assert.True(t, Equal(v, Stricter(v, none)))
			assert.True(t, Equal(none, Weaker(none, v)))
			assert.Nil(t, none.JSON())
			assert.Equal(t, "nothing", none.String())
			assert.Empty(t, Missing(v, none))
			assert.False(t, CoversTier(Nothing(Scope), 1))
		})
	}
}
