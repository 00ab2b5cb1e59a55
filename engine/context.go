package engine

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/openhrdd/hrdd/engine/compare"
	"github.com/openhrdd/hrdd/engine/rules"
)

// ruleSource is a source value as the rules return it.
type ruleSource struct {
	Source
	Requirement string `json:"requirement"`
}

type sides struct {
	Domestic      []ruleSource `json:"domestic"`
	International []ruleSource `json:"international"`
}

// side is one side of a resolved requirement: its strictest value and the
// sources that set it.
type side struct {
	value  compare.Value
	out    *Side
	raw    []Source // the sources in out, with their notes and derogations
	lawful bool     // a source setting the value is binding law
	cite   string   // "Instrument Art. x; Instrument Art. y"
}

// resolved is one requirement resolved for one legal context.
type resolved struct {
	req     Requirement
	dom     *side
	intl    *side
	eff     compare.Value
	has     bool   // some side requires something
	binding string // domestic, international, both
	gap     bool   // domestic absent or weaker than international
	notes   []string
	// exceptions are derogations the binding sources allow; a finding
	// mentions one only where it bears on the case (see exceptionNotes).
	exceptions []exceptionNote
}

type exceptionNote struct {
	value    *float64 // the derogation's number, if it has one
	declared bool     // the country declared this derogation on ratification
	text     string
}

// legalContext is everything the rules say for one country, the attributes its
// pack reads, one as-of date and one set of profiles.
type legalContext struct {
	country       string
	name          string
	pack          bool
	ratifications map[string]Ratification
	reqs          map[string]*resolved
	list          []*resolved // reqs in the order of the engine's workplace ids
}

// attrs are the workplace attributes a national pack may read.
type attrs struct {
	sector  string
	workers *int
}

// packReads is what a national pack says of the context attributes it reads.
type packReads struct {
	Reads             []string  `json:"reads"`
	WorkersThresholds []float64 `json:"workers_thresholds"`
}

// contextKey names a legal context and builds the input.context the rules see.
// Only the attributes the country's pack reads are included; a workforce size
// is reduced to its band between the pack's thresholds, so that the rules run
// once per band rather than once per headcount.
func (e *Engine) contextKey(s *settings, country string, a attrs) (string, map[string]any) {
	var b strings.Builder
	b.WriteString(country)
	b.WriteByte('|')
	b.WriteString(date(s.asOf))
	b.WriteByte('|')
	b.WriteString(strings.Join(s.profiles, ","))
	ctxAttrs := map[string]any{}
	pr := e.reads[strings.ToLower(country)]
	for _, r := range pr.Reads {
		switch r {
		case "sector":
			ctxAttrs["sector"] = a.sector
			b.WriteString("|sector=" + a.sector)
		case "workers":
			if a.workers == nil {
				b.WriteString("|workers=?")
				continue
			}
			band := band(float64(*a.workers), pr.WorkersThresholds)
			ctxAttrs["workers"] = band
			b.WriteString("|workers=" + strconv.FormatFloat(band, 'f', -1, 64))
		}
	}
	return b.String(), ctxAttrs
}

// band reduces a workforce size to the largest threshold at or below it (0
// below all); with no thresholds the size itself.
func band(workers float64, thresholds []float64) float64 {
	if len(thresholds) == 0 {
		return workers
	}
	b := 0.0
	for _, t := range thresholds {
		if t <= workers && t > b {
			b = t
		}
	}
	return b
}

// context resolves (once, then from the cache) the requirements in force for
// one legal context. Concurrent callers wanting the same context wait for one
// evaluation rather than each running the rules; a failed evaluation is not
// cached.
func (e *Engine) context(ctx context.Context, s *settings, country string, a attrs) (*legalContext, error) {
	key, ctxAttrs := e.contextKey(s, country, a)
	e.mu.Lock()
	ent := e.cache[key]
	if ent == nil {
		ent = &cacheEntry{done: make(chan struct{})}
		e.cache[key] = ent
		e.mu.Unlock()
		ent.lc, ent.err = e.resolveContext(ctx, s, country, ctxAttrs)
		if ent.err != nil {
			e.mu.Lock()
			delete(e.cache, key)
			e.mu.Unlock()
		}
		close(ent.done)
	} else {
		e.mu.Unlock()
	}
	select {
	case <-ent.done:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return ent.lc, ent.err
}

// cacheEntry is one legal context, resolved or being resolved.
type cacheEntry struct {
	done chan struct{}
	lc   *legalContext
	err  error
}

func (e *Engine) resolveContext(ctx context.Context, s *settings, country string, ctxAttrs map[string]any) (*legalContext, error) {
	input := map[string]any{
		"country":  country,
		"as_of":    date(s.asOf),
		"profiles": s.profiles,
		"context":  ctxAttrs,
	}
	var meta struct {
		Name          string                  `json:"name"`
		Pack          bool                    `json:"pack"`
		Ratifications map[string]Ratification `json:"ratifications"`
	}
	if err := e.rules.Eval(ctx, rules.QueryCountry, input, &meta); err != nil {
		return nil, err
	}
	var raw map[string]sides
	if err := e.rules.Eval(ctx, rules.QueryRequirements, input, &raw); err != nil {
		return nil, err
	}
	lc := &legalContext{country: country, name: meta.Name, pack: meta.Pack, ratifications: meta.Ratifications, reqs: map[string]*resolved{}}
	for _, id := range e.ids {
		r, err := resolve(e.catalogue[id], raw[id], country)
		if err != nil {
			return nil, err
		}
		lc.reqs[id] = r
		lc.list = append(lc.list, r)
	}
	return lc, nil
}

// resolve picks the strictest value of each side and the stricter of the two.
func resolve(req Requirement, raw sides, country string) (*resolved, error) {
	r := &resolved{req: req}
	var err error
	if r.dom, err = makeSide(req, raw.Domestic); err != nil {
		return nil, err
	}
	if r.intl, err = makeSide(req, raw.International); err != nil {
		return nil, err
	}
	switch {
	case r.dom == nil && r.intl == nil:
		return r, nil
	case r.dom == nil:
		r.eff, r.binding, r.gap = r.intl.value, "international", true
	case r.intl == nil:
		r.eff, r.binding = r.dom.value, "domestic"
	default:
		r.eff = compare.Stricter(r.dom.value, r.intl.value)
		d, i := compare.Equal(r.eff, r.dom.value), compare.Equal(r.eff, r.intl.value)
		switch {
		case d && !i:
			r.binding = "domestic"
		case i && !d:
			r.binding = "international"
		default:
			r.binding = "both"
		}
		r.gap = !compare.Meets(r.dom.value, r.intl.value)
	}
	r.has = true
	notesFor(r, country)
	return r, nil
}

func makeSide(req Requirement, srcs []ruleSource) (*side, error) {
	if len(srcs) == 0 {
		return nil, nil
	}
	vals := make([]compare.Value, len(srcs))
	var strictest compare.Value
	for i, s := range srcs {
		v, err := compare.Parse(req.Kind, s.Value)
		if err != nil {
			return nil, fmt.Errorf("rules: %s from %s %s: %w", req.ID, s.Instrument, s.Article, err)
		}
		vals[i] = v
		if i == 0 {
			strictest = v
		} else {
			strictest = compare.Stricter(strictest, v)
		}
	}
	sd := &side{value: strictest, out: &Side{Value: strictest.JSON()}}
	var cites []string
	for i, s := range srcs {
		// Sets and scopes add up, so every source counts; for the other
		// kinds only the sources that set the strictest value are cited.
		if req.Kind != compare.Includes && req.Kind != compare.Scope && !compare.Equal(vals[i], strictest) {
			continue
		}
		// Notes and derogations go to the finding's notes, once; the
		// catalogue (Doc) keeps them on the source.
		out := s.Source
		out.Notes, out.Exceptions = nil, nil
		sd.out.Sources = append(sd.out.Sources, out)
		sd.raw = append(sd.raw, s.Source)
		if s.Binding == "law" {
			sd.lawful = true
		}
		c := cite(s.Source)
		if !slices.Contains(cites, c) {
			cites = append(cites, c)
		}
	}
	bySource := func(a, b Source) int {
		return strings.Compare(a.Instrument+" "+a.Article, b.Instrument+" "+b.Article)
	}
	slices.SortStableFunc(sd.out.Sources, bySource)
	slices.SortStableFunc(sd.raw, bySource)
	slices.Sort(cites)
	sd.cite = strings.Join(cites, "; ")
	return sd, nil
}

func cite(s Source) string {
	if s.Article == "" {
		return s.Instrument
	}
	return s.Instrument + " " + s.Article
}

// notesFor gathers what a reader of a finding must know about the sources that
// bind: their notes, the derogations they allow (reported, never applied), and
// the country's ratification status of the conventions cited.
func notesFor(r *resolved, country string) {
	add := func(n string) {
		if n != "" && !slices.Contains(r.notes, n) {
			r.notes = append(r.notes, n)
		}
	}
	var bind []*side
	if r.binding != "international" && r.dom != nil {
		bind = append(bind, r.dom)
	}
	if r.intl != nil {
		bind = append(bind, r.intl) // ratification status is information either way
	}
	for _, sd := range bind {
		for _, s := range sd.raw {
			if sd == r.intl && r.binding == "domestic" {
				add(ratificationNote(s, country))
				continue
			}
			for _, n := range s.Notes {
				add(cite(s) + ": " + n)
			}
			for _, x := range s.Exceptions {
				en := exceptionNote{text: fmt.Sprintf("%s %s allows an exception: %s Reported only; hrdd applies the baseline.", s.Instrument, x.Article, x.Text)}
				if f, ok := x.Value.(float64); ok {
					en.value = &f
					if rt := s.Ratification; rt != nil && rt.DeclaredMinimumAge != nil && *rt.DeclaredMinimumAge == f && s.InstrumentCode == "C138" && strings.HasPrefix(x.Article, "Art. 2(4)") {
						en.declared = true
					}
				}
				r.exceptions = append(r.exceptions, en)
			}
			add(ratificationNote(s, country))
		}
	}
}

// findingNotes are the notes of a resolved requirement plus the derogations
// that bear on this practice: one the country declared, or one whose number
// is the practice's or the domestic law's value — the derogation that would
// explain the shortfall, reported and not applied.
func (r *resolved) findingNotes(p *compare.Value) []string {
	if len(r.exceptions) == 0 {
		return r.notes
	}
	var extra []string
	for _, x := range r.exceptions {
		relevant := x.declared
		if x.value != nil && p != nil && (p.Kind == compare.Floor || p.Kind == compare.Ceiling) && p.Num == *x.value {
			relevant = true
		}
		if x.value != nil && r.dom != nil && (r.dom.value.Kind == compare.Floor || r.dom.value.Kind == compare.Ceiling) && r.dom.value.Num == *x.value {
			relevant = true
		}
		if relevant && !slices.Contains(extra, x.text) {
			extra = append(extra, x.text)
		}
	}
	if len(extra) == 0 {
		return r.notes
	}
	return append(slices.Clone(r.notes), extra...)
}

func ratificationNote(s Source, country string) string {
	code := s.InstrumentCode
	if code == "" || country == "" {
		return ""
	}
	r := s.Ratification
	switch {
	case r != nil && r.Status == "ratified":
		n := fmt.Sprintf("%s ratified %s", country, code)
		if r.Date != "" {
			n += " on " + r.Date
		}
		if r.DeclaredMinimumAge != nil {
			n += fmt.Sprintf(", declaring a minimum age of %v", *r.DeclaredMinimumAge)
		}
		return n + "."
	case r != nil && r.Status == "not_ratified" && s.Fundamental:
		return fmt.Sprintf("%s has not ratified %s; as a fundamental convention its principles bind every ILO member whether or not ratified (ILO Declaration 1998, as amended 2022).", country, code)
	case r != nil && r.Status == "not_ratified":
		return fmt.Sprintf("%s has not ratified %s; it applies here as the international benchmark the company is held to, not as a treaty obligation of %s.", country, code, country)
	}
	return ""
}
