package engine

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/openhrdd/hrdd/engine/condition"
	"github.com/openhrdd/hrdd/engine/document"
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
	// Entry is what the pack states when it sets no value: absence,
	// restriction, not_encoded (with Reason), or none (no entry at all).
	Entry  string `json:"entry,omitempty"`
	Reason string `json:"reason,omitempty"`
	// DomesticGuidance: non-binding or unverified domestic values.
	DomesticGuidance *Side `json:"domestic_guidance,omitempty"`
	// Conditional are binding domestic values that apply only where their
	// conditions hold and that the workplace given does not settle, or does
	// not meet: each with its conditions.
	Conditional []Source `json:"conditional,omitempty"`
	// Needs names the workplace figures (workers, employees, sector) that
	// would settle which conditional value applies.
	Needs []string `json:"needs,omitempty"`
}

// Requirements is the answer to "what does the law require in this country":
// every requirement id with domestic, international and effective values.
type Requirements struct {
	Jurisdiction  string                  `json:"jurisdiction"`
	Name          string                  `json:"name,omitempty"`
	Pack          bool                    `json:"pack"`
	AsOf          string                  `json:"as_of"`
	Profiles      []string                `json:"profiles"`
	Workers       *int                    `json:"workers,omitempty"`
	Sector        string                  `json:"sector,omitempty"`
	Region        string                  `json:"region,omitempty"`
	Ratifications map[string]Ratification `json:"ratifications,omitempty"`
	WageRegime    *WageRegime             `json:"minimum_wage_regime,omitempty"`
	Requirements  []EffectiveRequirement  `json:"requirements"`
}

var countryCode = regexp.MustCompile(`^[A-Z]{2}$`)

// Requirements resolves every requirement for one jurisdiction (ISO 3166-1
// alpha-2) in the general case: no sector or size attributes, and for the
// company-level ids the due-diligence laws of that jurisdiction whatever
// their thresholds.
func (e *Engine) Requirements(ctx context.Context, country string, opts ...Option) (rq *Requirements, err error) {
	defer recoverInternal(&err)
	return e.requirements(ctx, country, opts...)
}

func (e *Engine) requirements(ctx context.Context, country string, opts ...Option) (*Requirements, error) {
	country = strings.ToUpper(strings.TrimSpace(country))
	if !countryCode.MatchString(country) {
		return nil, fmt.Errorf("jurisdiction %q: want an ISO 3166-1 alpha-2 code such as JP", country)
	}
	if !document.IsCountry(country) && !e.hasPack(country) {
		return nil, fmt.Errorf("jurisdiction %q: not an officially assigned ISO 3166-1 alpha-2 code", country)
	}
	s, err := e.settings(opts)
	if err != nil {
		return nil, err
	}
	if s.region != "" && !document.IsRegionOf(s.region, country) {
		return nil, fmt.Errorf("region %q: want an ISO 3166-2 code of %s, such as %s-01", s.region, country, country)
	}
	lc, err := e.context(ctx, &s, country, attrs{})
	if err != nil {
		return nil, err
	}
	out := &Requirements{
		Jurisdiction: country, Name: lc.name, Pack: lc.pack, AsOf: date(s.asOf), Profiles: s.profiles,
		Workers: s.workers, Sector: s.sector, Region: s.region,
		Ratifications: lc.ratifications, WageRegime: lc.wageRegime, Requirements: []EffectiveRequirement{},
	}
	f := condition.Facts{Workers: floatPtr(s.workers), Region: s.region}
	f.Sector, f.Among = e.sectorFacts(s.sector)
	if s.workers != nil {
		f.EmployeesAtLeast = float64(*s.workers)
	}
	list := lc.forFacts(f, false)
	byID := map[string]int{}
	for i, id := range e.ids {
		byID[id] = i
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
		} else if i, ok := byID[req.ID]; ok {
			res = list[i]
		} else {
			continue // raised by the engine itself
		}
		er := effective(res)
		if !req.Company {
			er.Conditional = conditionalSources(lc.reqs[req.ID], f)
		}
		out.Requirements = append(out.Requirements, er)
	}
	return out, nil
}

// conditionalSources are the binding domestic values whose conditions do not
// certainly hold for f, with their conditions.
func conditionalSources(rs *reqSources, f condition.Facts) []Source {
	var out []Source
	for _, d := range rs.dom {
		if d.src.Conditions == nil || len(d.src.Conditions.Reads()) == 0 || d.src.Conditions.Eval(f) == condition.Yes {
			continue
		}
		s := d.src
		s.Notes, s.Exceptions = nil, nil
		out = append(out, s)
	}
	return out
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
	if res.guidance != nil {
		er.DomesticGuidance = res.guidance.out
	}
	switch {
	case res.dom != nil && res.dom.entry != "":
		er.Entry = res.dom.entry
	case res.dom == nil && res.notEncoded != "":
		er.Entry, er.Reason = "not_encoded", res.notEncoded
	case res.dom == nil && res.possible == nil && !req.Company:
		er.Entry = "none"
	}
	er.Needs = res.needs
	return er
}
