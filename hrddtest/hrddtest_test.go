package hrddtest_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/openhrdd/hrdd/engine"
	"github.com/openhrdd/hrdd/engine/document"
	"github.com/openhrdd/hrdd/hrddtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const asOf = "2026-11-23"

// The project's own fixtures keep their promises.
func TestFixtures(t *testing.T) {
	meets := hrddtest.EvaluateFile(t, "../fixtures/de-meets-all.json", asOf)
	hrddtest.RequireNoShortfalls(t, meets, engine.Unaddressed)

	breaks := hrddtest.EvaluateFile(t, "../fixtures/us-apparel-breaks-law.json", asOf)
	assert.NotEmpty(t, hrddtest.Shortfalls(breaks, engine.BelowDomestic), "the US apparel fixture breaks domestic law by design")

	for _, name := range []string{"jp-auto-parts", "de-lksg", "de-meets-all", "us-apparel-breaks-law"} {
		rep := hrddtest.EvaluateFile(t, "../fixtures/"+name+".json", asOf)
		hrddtest.RequireGolden(t, "../fixtures/golden/"+name+".json", rep)
	}
}

// fakeT records failures instead of stopping the test, to test the helpers'
// own failure messages.
type fakeT struct {
	testing.TB
	msg string
}

func (f *fakeT) Helper()                   {}
func (f *fakeT) Fatalf(s string, a ...any) { f.msg = fmt.Sprintf(s, a...) }
func (f *fakeT) Fatal(a ...any)            { f.msg = fmt.Sprint(a...) }

func TestFailureMessagesListFindings(t *testing.T) {
	rep := hrddtest.EvaluateFile(t, "../fixtures/us-apparel-breaks-law.json", asOf)
	ft := &fakeT{TB: t}
	hrddtest.RequireNoShortfalls(ft, rep, engine.BelowDomestic)
	require.NotEmpty(t, ft.msg)
	assert.Contains(t, ft.msg, "findings at or above below_domestic")
	assert.Contains(t, ft.msg, "child_labour.minimum_age/site/MX-TIJ-1/MX")
	assert.Contains(t, ft.msg, "domestic: ")
}

func TestNoNewShortfalls(t *testing.T) {
	doc := func(age float64) *document.Document {
		return &document.Document{HRDD: "1", Company: document.Company{Name: "T", Headquarters: "JP"},
			Sites: []document.Site{{ID: "S", Country: "VN", Practices: document.Practices{"child_labour": {"minimum_age": age}}}}}
	}
	before := hrddtest.Evaluate(t, doc(15), asOf)
	after := hrddtest.Evaluate(t, doc(14), asOf)
	hrddtest.RequireNoNewShortfalls(t, before, before, engine.BelowInternational)
	ft := &fakeT{TB: t}
	hrddtest.RequireNoNewShortfalls(ft, before, after, engine.BelowInternational)
	assert.True(t, strings.Contains(ft.msg, "child_labour.minimum_age/site/S/VN"), ft.msg)
	assert.Empty(t, hrddtest.NewShortfalls(after, before, engine.BelowInternational), "an improvement is not a new shortfall")
}
