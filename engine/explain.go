package engine

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/openhrdd/hrdd/engine/compare"
	"github.com/openhrdd/hrdd/engine/condition"
	"github.com/openhrdd/hrdd/engine/rules"
)

// Explanation says how one requirement was resolved in one jurisdiction:
// every candidate source, whether it is in force on the date and under the
// profiles, whether its conditions hold for the workplace, which side is
// stricter and why.
type Explanation struct {
	Requirement  string      `json:"requirement"`
	Title        string      `json:"title"`
	Kind         string      `json:"kind"`
	Unit         string      `json:"unit"`
	Jurisdiction string      `json:"jurisdiction"`
	AsOf         string      `json:"as_of"`
	Profiles     []string    `json:"profiles"`
	Workers      *int        `json:"workers,omitempty"`
	Sector       string      `json:"sector,omitempty"`
	Region       string      `json:"region,omitempty"`
	Candidates   []Candidate `json:"candidates"`
	// Result is the requirement as resolved (what requirements shows).
	Result EffectiveRequirement `json:"result"`
	// Why says in words which side binds and why.
	Why []string `json:"why"`
}

// Candidate is one source value that could bear on the requirement.
type Candidate struct {
	Source
	Pack string `json:"pack"`
	// Side is domestic (binding law), guidance (domestic soft law or
	// unverified), or international.
	Side    string `json:"side"`
	InForce bool   `json:"in_force"`
	// Profile is false for an international source outside the profiles.
	InProfile bool `json:"in_profile"`
	// Conditions is yes, no or unknown (a figure is missing); "" when the
	// source has none.
	Conditions string `json:"conditions,omitempty"`
	// Sets is true for the sources that set the value of their side.
	Sets bool `json:"sets"`
}

// Explain resolves requirement id in country and says how (hrdd explain).
// Options as for Requirements: AsOf, WithProfiles, Workplace.
func (e *Engine) Explain(ctx context.Context, id, country string, opts ...Option) (ex *Explanation, err error) {
	defer recoverInternal(&err)
	req, ok := e.catalogue[id]
	if !ok {
		return nil, fmt.Errorf("requirement %q is not in the catalogue (see hrdd doc)", id)
	}
	rq, err := e.Requirements(ctx, country, opts...)
	if err != nil {
		return nil, err
	}
	s, err := e.settings(opts)
	if err != nil {
		return nil, err
	}
	ex = &Explanation{Requirement: id, Title: req.Title, Kind: string(req.Kind), Unit: req.Unit, Jurisdiction: rq.Jurisdiction,
		AsOf: rq.AsOf, Profiles: rq.Profiles, Workers: s.workers, Sector: s.sector, Region: s.region, Candidates: []Candidate{}}
	for _, r := range rq.Requirements {
		if r.ID == id {
			ex.Result = r
		}
	}
	var all []struct {
		CatalogueSource
		Requirement string `json:"requirement"`
	}
	if err := e.rules.Eval(ctx, rules.QueryAllSources, map[string]any{}, &all); err != nil {
		return nil, err
	}
	f := condition.Facts{Workers: floatPtr(s.workers), Region: s.region}
	f.Sector, f.Among = e.sectorFacts(s.sector)
	if s.workers != nil {
		f.EmployeesAtLeast = float64(*s.workers)
	}
	asOf := rq.AsOf
	national := "national." + strings.ToLower(rq.Jurisdiction)
	var lawsHere []string
	for _, l := range e.lawsOf(ctx, rq.Jurisdiction) {
		lawsHere = append(lawsHere, "dd."+l)
	}
	for _, x := range all {
		if x.Requirement != id {
			continue
		}
		c := Candidate{Source: x.Source, Pack: x.Pack, InProfile: true}
		switch {
		case x.Pack == national || slices.Contains(lawsHere, x.Pack):
			c.Side = "domestic"
			if x.Entry != "not_encoded" && (x.Binding != "law" || x.Verification == "unverified") {
				c.Side = "guidance"
			}
		case strings.HasPrefix(x.Pack, "standards."):
			c.Side = "international"
			c.InProfile = slices.Contains(rq.Profiles, x.Profile)
		default:
			continue // another country's pack
		}
		c.InForce = x.EffectiveFrom <= asOf && (x.EffectiveTo == "" || asOf < x.EffectiveTo)
		if x.Conditions != nil && len(x.Conditions.Reads()) > 0 {
			c.Conditions = x.Conditions.Eval(f).String()
		}
		c.Sets = sets(ex.Result, c)
		ex.Candidates = append(ex.Candidates, c)
	}
	slices.SortStableFunc(ex.Candidates, func(a, b Candidate) int {
		return strings.Compare(a.Side+a.Pack+a.Instrument+a.Article+a.EffectiveFrom, b.Side+b.Pack+b.Instrument+b.Article+b.EffectiveFrom)
	})
	ex.Why = why(req, ex.Result)
	return ex, nil
}

// lawsOf names the due-diligence laws of a jurisdiction.
func (e *Engine) lawsOf(ctx context.Context, cc string) []string {
	var laws map[string]Law
	if err := e.rules.Eval(ctx, rules.QueryAllLaws, map[string]any{}, &laws); err != nil {
		return nil
	}
	var out []string
	for id, l := range laws {
		if l.Jurisdiction == cc {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// sets reports whether a candidate is among the sources that set the value
// of its side in the result.
func sets(r EffectiveRequirement, c Candidate) bool {
	var sd *Side
	switch c.Side {
	case "domestic":
		sd = r.Domestic
	case "guidance":
		sd = r.DomesticGuidance
	case "international":
		sd = r.International
	}
	if sd == nil {
		return false
	}
	for _, s := range sd.Sources {
		if s.Instrument == c.Instrument && s.Article == c.Article && s.EffectiveFrom == c.EffectiveFrom {
			return true
		}
	}
	return false
}

// why says which side binds and why, in words a reader can check.
func why(req Requirement, r EffectiveRequirement) []string {
	val := func(sd *Side) string {
		if sd == nil {
			return "nothing"
		}
		if sd.Value == nil {
			return "nothing (the law sets none)"
		}
		v, err := compare.Parse(req.Kind, sd.Value)
		if err != nil {
			return fmt.Sprint(sd.Value)
		}
		return withUnit(v, req.Unit)
	}
	var out []string
	switch {
	case r.Domestic == nil && r.Entry == "not_encoded":
		out = append(out, "Domestic: hrdd's rules hold no value ("+r.Reason+"): a gap in the rules, not in the law.")
	case r.Domestic == nil && len(r.Needs) > 0:
		out = append(out, "Domestic: the value depends on "+strings.Join(r.Needs, ", ")+", which were not given; see the conditional sources.")
	case r.Domestic == nil:
		out = append(out, "Domestic: no binding source in the rules.")
	case len(r.Needs) > 0:
		out = append(out, "Domestic: "+val(r.Domestic)+" applies whatever the workplace; stricter values apply where their conditions hold, which depends on "+
			strings.Join(r.Needs, ", ")+" (not given): see the conditional sources.")
	default:
		out = append(out, "Domestic (binding law whose conditions hold): "+val(r.Domestic)+".")
	}
	if r.DomesticGuidance != nil {
		out = append(out, "Guidance (not binding, never a ground for below_domestic): "+val(r.DomesticGuidance)+".")
	}
	if r.International == nil {
		out = append(out, "International: no instrument of the profiles sets it.")
	} else {
		out = append(out, "International (strictest of the instruments in force under the profiles): "+val(r.International)+".")
	}
	switch r.Binding {
	case "domestic":
		out = append(out, "The domestic value is the stricter: it binds.")
	case "international":
		out = append(out, "The international value is the stricter: it binds, and the law falls short of it (a law gap).")
	case "both":
		out = append(out, "Both sides ask the same: both bind.")
	default:
		out = append(out, "Neither side asks anything: nothing to compare.")
	}
	return out
}
