package engine

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/openhrdd/hrdd/engine/rules"
)

// EffectiveRequirement is one requirement resolved for a jurisdiction: what
// each side says, the stricter of the two and whether the law has a gap.
type EffectiveRequirement struct {
	ID            string   `json:"id"`
	Kind          string   `json:"kind"`
	Unit          string   `json:"unit"`
	Severity      string   `json:"severity"`
	Title         string   `json:"title"`
	Level         string   `json:"level"` // workplace or company
	Domestic      *Side    `json:"domestic"`
	International *Side    `json:"international"`
	Effective     any      `json:"effective"`
	Binding       string   `json:"binding"`
	Gap           bool     `json:"gap"`
	Notes         []string `json:"notes,omitempty"`
}

// Requirements is the answer to "what does the law require in this country":
// every requirement id with domestic, international and effective values.
type Requirements struct {
	Jurisdiction  string                  `json:"jurisdiction"`
	Name          string                  `json:"name,omitempty"`
	Pack          bool                    `json:"pack"`
	AsOf          string                  `json:"as_of"`
	Profiles      []string                `json:"profiles"`
	Ratifications map[string]Ratification `json:"ratifications,omitempty"`
	Requirements  []EffectiveRequirement  `json:"requirements"`
}

var countryCode = regexp.MustCompile(`^[A-Z]{2}$`)

// Requirements resolves every requirement for one jurisdiction (ISO 3166-1
// alpha-2) in the general case: no sector or size attributes, and for the
// company-level ids the due-diligence laws of that jurisdiction whatever
// their thresholds.
func (e *Engine) Requirements(ctx context.Context, country string, opts ...Option) (*Requirements, error) {
	country = strings.ToUpper(strings.TrimSpace(country))
	if !countryCode.MatchString(country) {
		return nil, fmt.Errorf("jurisdiction %q: want an ISO 3166-1 alpha-2 code such as JP", country)
	}
	s, err := e.settings(opts)
	if err != nil {
		return nil, err
	}
	lc, err := e.context(ctx, &s, country, attrs{})
	if err != nil {
		return nil, err
	}
	out := &Requirements{
		Jurisdiction: country, Name: lc.name, Pack: lc.pack, AsOf: date(s.asOf), Profiles: s.profiles,
		Ratifications: lc.ratifications, Requirements: []EffectiveRequirement{},
	}
	input := map[string]any{"country": country, "as_of": date(s.asOf), "profiles": s.profiles}
	var raw map[string]sides
	if err := e.rules.Eval(ctx, rules.QueryJurisdictionDD, input, &raw); err != nil {
		return nil, err
	}
	for _, req := range e.Catalogue() {
		var res *resolved
		if req.Company {
			if res, err = resolve(req, raw[req.ID], country); err != nil {
				return nil, err
			}
		} else {
			res = lc.reqs[req.ID]
		}
		out.Requirements = append(out.Requirements, effective(res))
	}
	return out, nil
}

func effective(res *resolved) EffectiveRequirement {
	req := res.req
	er := EffectiveRequirement{
		ID: req.ID, Kind: string(req.Kind), Unit: req.Unit, Severity: req.Severity, Title: req.Title,
		Level: "workplace", Binding: res.binding, Gap: res.gap, Notes: res.findingNotes(nil),
	}
	if req.Company {
		er.Level = "company"
	}
	if res.dom != nil {
		er.Domestic = res.dom.out
	}
	if res.intl != nil {
		er.International = res.intl.out
	}
	if res.has {
		er.Effective = res.eff.JSON()
	}
	return er
}
