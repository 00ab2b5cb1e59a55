package engine_test

import (
	"bytes"
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/openhrdd/hrdd/engine"
	"github.com/openhrdd/hrdd/fixtures/synth"
)

// BenchmarkEvaluate measures the library end to end on generated documents
// (three tiers, ten countries, about 3 % of values short): one-pass reading,
// schema validation of every supplier, comparison, and every finding built in
// report order. The engine is created once, as a long-lived user would; its
// legal-context cache is warm after the first iteration. Reported per
// supplier. The 100,000-supplier case runs with -bench 'suppliers=100000'
// (about 2 s per iteration).
func BenchmarkEvaluate(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("suppliers=%d", n), func(b *testing.B) {
			var buf bytes.Buffer
			if err := synth.Generate(&buf, synth.Options{Suppliers: n, Seed: 1}); err != nil {
				b.Fatal(err)
			}
			e, err := engine.New(context.Background())
			if err != nil {
				b.Fatal(err)
			}
			asOf := engine.AsOf(time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
			findings := 0
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				run, err := e.EvaluateSource(context.Background(), engine.Input{Document: bytes.NewReader(buf.Bytes()), Name: "generated.json"}, asOf)
				if err != nil {
					b.Fatal(err)
				}
				_, seq, err := run.FinishStream(context.Background())
				if err != nil {
					b.Fatal(err)
				}
				findings = 0
				for _, err := range seq {
					if err != nil {
						b.Fatal(err)
					}
					findings++
				}
				run.Close()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/supplier")
			b.ReportMetric(float64(findings), "findings")
		})
	}
}
