package engine_test

import (
	"bytes"
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/openhrdd/hrdd/engine"
	"github.com/openhrdd/hrdd/engine/document"
	"github.com/openhrdd/hrdd/fixtures/synth"
)

// BenchmarkEvaluate measures Evaluate on generated documents (three tiers,
// ten countries, about 3 % of values short). The engine is created once, as
// a user would; its legal-context cache is warm after the first iteration,
// which is the steady state of a long-lived engine. Reported per supplier.
func BenchmarkEvaluate(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		b.Run(fmt.Sprintf("suppliers=%d", n), func(b *testing.B) {
			var buf bytes.Buffer
			if err := synth.Generate(&buf, synth.Options{Suppliers: n, Seed: 1}); err != nil {
				b.Fatal(err)
			}
			doc, err := document.Decode(bytes.NewReader(buf.Bytes()), "generated.json")
			if err != nil {
				b.Fatal(err)
			}
			e, err := engine.New(context.Background())
			if err != nil {
				b.Fatal(err)
			}
			asOf := engine.AsOf(time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := e.Evaluate(context.Background(), doc, asOf); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/supplier")
		})
	}
}
