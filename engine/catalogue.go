package engine

import (
	"cmp"
	"context"
	"slices"

	"github.com/openhrdd/hrdd/engine/rules"
)

// CatalogueSource is a source value as listed in the catalogue: the value, its
// citation and the pack it comes from.
type CatalogueSource struct {
	Source
	Pack string `json:"pack"`
}

// CatalogueEntry is one requirement with every source value of every pack.
type CatalogueEntry struct {
	ID       string            `json:"id"`
	Kind     string            `json:"kind"`
	Unit     string            `json:"unit"`
	Severity string            `json:"severity"`
	Title    string            `json:"title"`
	Level    string            `json:"level"`
	Sources  []CatalogueSource `json:"sources"`
}

// NationalPack describes one country's pack.
type NationalPack struct {
	Name          string                  `json:"name"`
	Reads         []string                `json:"reads"`
	Ratifications map[string]Ratification `json:"ratifications"`
	WageRegime    *WageRegime             `json:"minimum_wage_regime,omitempty"`
}

// Catalogue is everything the rules hold: the requirements, every source
// value whatever its dates, the national packs and the due-diligence laws.
type Catalogue struct {
	Requirements  []CatalogueEntry        `json:"requirements"`
	NationalPacks map[string]NationalPack `json:"national_packs"`
	Laws          map[string]Law          `json:"due_diligence_laws"`
	// Sectors and SectorGroups are the words sector conditions and
	// documents are written in (hrdd sectors).
	Sectors      []Sector      `json:"sectors"`
	SectorGroups []SectorGroup `json:"sector_groups"`
	// WorkerGroups are the groups of workers a condition may name (a rule
	// that protects only some workers), with what each means.
	WorkerGroups map[string]string `json:"worker_groups"`
}

// Doc returns the whole catalogue of the rules (hrdd doc).
func (e *Engine) Doc(ctx context.Context) (*Catalogue, error) {
	var srcs []struct {
		CatalogueSource
		Requirement string `json:"requirement"`
	}
	if err := e.rules.Eval(ctx, rules.QueryAllSources, map[string]any{}, &srcs); err != nil {
		return nil, err
	}
	out := &Catalogue{NationalPacks: map[string]NationalPack{}, Laws: map[string]Law{}, Sectors: e.Sectors(), SectorGroups: e.SectorGroups()}
	if err := e.rules.Eval(ctx, rules.QueryNationalPacks, map[string]any{}, &out.NationalPacks); err != nil {
		return nil, err
	}
	if err := e.rules.Eval(ctx, rules.QueryAllLaws, map[string]any{}, &out.Laws); err != nil {
		return nil, err
	}
	if err := e.rules.Eval(ctx, rules.QueryWorkerGroups, nil, &out.WorkerGroups); err != nil {
		return nil, err
	}
	for id, l := range out.Laws {
		l.ID = id
		out.Laws[id] = l
	}
	byID := map[string][]CatalogueSource{}
	for _, s := range srcs {
		byID[s.Requirement] = append(byID[s.Requirement], s.CatalogueSource)
	}
	for _, req := range e.Catalogue() {
		list := byID[req.ID]
		slices.SortFunc(list, func(a, b CatalogueSource) int {
			return cmp.Or(cmp.Compare(a.Pack, b.Pack), cmp.Compare(a.Article, b.Article), cmp.Compare(a.EffectiveFrom, b.EffectiveFrom))
		})
		if list == nil {
			list = []CatalogueSource{}
		}
		level := "workplace"
		if req.Company {
			level = "company"
		}
		out.Requirements = append(out.Requirements, CatalogueEntry{
			ID: req.ID, Kind: string(req.Kind), Unit: req.Unit, Severity: req.Severity, Title: req.Title, Level: level, Sources: list,
		})
	}
	return out, nil
}

// Gaps lists, per country, the requirements where domestic law is absent or
// weaker than the international baseline (hrdd gaps).
func (e *Engine) Gaps(ctx context.Context, countries []string, opts ...Option) ([]*Requirements, error) {
	var out []*Requirements
	for _, cc := range countries {
		rq, err := e.Requirements(ctx, cc, opts...)
		if err != nil {
			return nil, err
		}
		gaps := rq.Requirements[:0:0]
		if !rq.Pack {
			// No national rules: nothing is known of the law, so listing the
			// international values as gaps of the law would be wrong.
			rq.Requirements = gaps
			out = append(out, rq)
			continue
		}
		for _, r := range rq.Requirements {
			if r.Gap {
				gaps = append(gaps, r)
			}
		}
		rq.Requirements = gaps
		out = append(out, rq)
	}
	return out, nil
}
