package engine

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
)

// Diff is what changed between two reports: findings matched by id and
// classified new (only after), resolved (only before) or changed (status or
// values). Both reports list shortfalls and unaddressed findings; a finding
// that met its requirement before and falls short after is new.
type Diff struct {
	Before   DiffSide  `json:"before"`
	After    DiffSide  `json:"after"`
	New      []Finding `json:"new"`
	Resolved []Finding `json:"resolved"`
	Changed  []Change  `json:"changed"`
}

// DiffSide names one of the two reports: what it takes to reproduce it.
type DiffSide struct {
	Company     string   `json:"company"`
	AsOf        string   `json:"as_of"`
	Profiles    []string `json:"profiles"`
	RulesDigest string   `json:"rules_digest"`
	HRDDVersion string   `json:"hrdd_version"`
	Summary     Counts   `json:"summary"`
}

// Change is one finding whose status or values differ between the reports.
type Change struct {
	ID     string  `json:"id"`
	Before Finding `json:"before"`
	After  Finding `json:"after"`
	// Worse is set when the status got worse (e.g. unaddressed to
	// below_domestic); Fields names what differs.
	Worse  bool     `json:"worse"`
	Fields []string `json:"fields"`
}

// Compare matches the findings of two reports by id.
func Compare(before, after *Report) *Diff {
	d := &Diff{Before: diffSide(before), After: diffSide(after), New: []Finding{}, Resolved: []Finding{}, Changed: []Change{}}
	b := map[string]Finding{}
	for _, f := range before.Findings {
		if f.Status != Meets {
			b[f.ID] = f
		}
	}
	a := map[string]bool{}
	for _, f := range after.Findings {
		if f.Status == Meets {
			continue
		}
		a[f.ID] = true
		old, ok := b[f.ID]
		if !ok {
			d.New = append(d.New, f)
			continue
		}
		if fields := changedFields(old, f); len(fields) > 0 {
			d.Changed = append(d.Changed, Change{ID: f.ID, Before: old, After: f, Worse: f.Status.Rank() < old.Status.Rank(), Fields: fields})
		}
	}
	for _, f := range before.Findings {
		if f.Status != Meets && !a[f.ID] {
			d.Resolved = append(d.Resolved, f)
		}
	}
	return d
}

func diffSide(r *Report) DiffSide {
	return DiffSide{Company: r.Company, AsOf: r.AsOf, Profiles: r.Profiles, RulesDigest: r.RulesDigest, HRDDVersion: r.HRDDVersion, Summary: r.Summary.Counts}
}

// changedFields names what a lawyer would see differ between two findings
// on the same requirement and subject: the status, the practice, the values
// and citations of each side.
func changedFields(a, b Finding) []string {
	var out []string
	if a.Status != b.Status {
		out = append(out, "status")
	}
	if !sameJSON(a.Practice, b.Practice) {
		out = append(out, "practice")
	}
	if !sameJSON(a.Required, b.Required) {
		out = append(out, "required")
	}
	if !equalSides(a.Domestic, b.Domestic) {
		out = append(out, "domestic")
	}
	if !equalSides(a.International, b.International) {
		out = append(out, "international")
	}
	if !slices.Equal(a.Needs, b.Needs) {
		out = append(out, "needs")
	}
	return out
}

// equalSides compares two sides by value and citations, not by identity.
func equalSides(a, b *Side) bool {
	if a == nil || b == nil {
		return a == b
	}
	if !sameJSON(a.Value, b.Value) || a.Entry != b.Entry || len(a.Sources) != len(b.Sources) {
		return false
	}
	for i := range a.Sources {
		x, y := a.Sources[i], b.Sources[i]
		if x.Instrument != y.Instrument || x.Article != y.Article || !sameJSON(x.Value, y.Value) ||
			x.EffectiveFrom != y.EffectiveFrom || x.Binding != y.Binding || x.Verification != y.Verification {
			return false
		}
	}
	return true
}

// sameJSON compares values as they are written in reports, so that a report
// read back from JSON ([]any, float64) equals the one it was written from.
func sameJSON(a, b any) bool {
	x, errA := json.Marshal(a)
	y, errB := json.Marshal(b)
	return errA == nil && errB == nil && bytes.Equal(x, y)
}

// Fails reports whether the diff has a new or worsened finding at or above
// threshold: what makes hrdd diff exit 1.
func (d *Diff) Fails(threshold Status) bool {
	if threshold == "" {
		return false
	}
	for _, f := range d.New {
		if f.Status.AtLeast(threshold) && f.Blocking() {
			return true
		}
	}
	for _, c := range d.Changed {
		if c.Worse && c.After.Status.AtLeast(threshold) && c.After.Blocking() {
			return true
		}
	}
	return false
}

// Describe says in a few words what changed in a Change.
func (c Change) Describe() string {
	var parts []string
	for _, f := range c.Fields {
		switch f {
		case "status":
			parts = append(parts, string(c.Before.Status)+" → "+string(c.After.Status))
		default:
			parts = append(parts, f)
		}
	}
	return strings.Join(parts, "; ")
}
