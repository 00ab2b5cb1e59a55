package engine

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/openhrdd/hrdd/engine/compare"
	"github.com/openhrdd/hrdd/engine/condition"
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
	value compare.Value // None for a cited absence
	entry string        // "" (a value), absence, restriction
	out   *Side
	raw   []Source // the sources in out, with their notes and derogations
	cite  string   // "Instrument Art. x; Instrument Art. y"
}

// resolved is one requirement resolved for one legal context and one kind
// of subject (what the document says of its size, sector and zone).
type resolved struct {
	req Requirement
	// dom is the binding domestic requirement that applies to the subject:
	// the strictest binding, verified value whose conditions hold (for a
	// practice whose conditions cannot be checked, the weakest that may
	// apply). nil when the pack holds no entry.
	dom *side
	// possible is, for a practice, the strictest binding value that may
	// apply when a figure the conditions need is missing; needs names them.
	possible *side
	needs    []string
	// local is what "local_law" commits to: dom, except for a policy whose
	// workplaces the law treats differently, where it is the weakest value
	// that applies at some workplace of the country — "we follow local law"
	// is only as good as the weakest law it follows. localVaries marks that
	// case, and localGap that some workplaces have no entry in the pack (so
	// the weakest may be weaker still).
	local                 *side
	localVaries, localGap bool
	guidance              *side // non-binding or unverified domestic values
	intl                  *side
	// intlLocal is intl without the sources that defer to national law: what
	// a "local_law" practice is held to. nil when every source defers.
	intlLocal  *side
	eff        compare.Value // stricter of dom and intl
	effLocal   compare.Value // stricter of local and intlLocal
	hasLocal   bool
	has        bool   // some side requires something
	binding    string // domestic, international, both
	gap        bool   // domestic absent or weaker than international
	pack       bool   // the country has national rules in hrdd
	notEncoded string // why the pack holds no entry, when it says so
	notes      []string
	// exceptions are derogations the binding sources allow; a finding
	// mentions one only where it bears on the case (see exceptionNotes).
	exceptions []exceptionNote
}

type exceptionNote struct {
	value    *float64 // the derogation's number, if it has one
	declared bool     // the country declared this derogation on ratification
	text     string
}

// reqSources are the source values of one requirement in one legal context,
// before the conditions of a subject are applied.
type reqSources struct {
	req       Requirement
	dom       []domSource
	conds     []*condition.Conditions // conditions of dom that read a figure
	intl      *side
	intlLocal *side
	hasLocal  bool
	// notEncodedSrcs are entries that say hrdd holds no value, each perhaps
	// only where its conditions hold.
	notEncodedSrcs []Source
}

// notEncoded is the reason of the first not-encoded entry that may apply to
// a subject with facts f.
func (rs *reqSources) notEncoded(f condition.Facts) string {
	for _, s := range rs.notEncodedSrcs {
		if s.Conditions.Eval(f) != condition.No {
			return s.Reason
		}
	}
	return ""
}

// domSource is one domestic source value.
type domSource struct {
	src     Source
	val     compare.Value
	entry   string // value, absence, restriction, not_encoded
	binding bool   // binding law, checked against at least a secondary source
}

// legalContext is everything the rules say for one country, the attributes its
// pack reads, one as-of date and one set of profiles.
type legalContext struct {
	country       string
	name          string
	pack          bool
	ratifications map[string]Ratification
	wageRegime    *WageRegime
	reqs          map[string]*reqSources
	list          []*reqSources // reqs in the order of the engine's workplace ids
	bands         factBands

	mu       sync.Mutex
	resolved map[factsKey][]*resolved // per kind of subject, in list order
}

// factBands are the thresholds and names the conditions of a context test,
// so that subjects alike for every condition share one resolution.
type factBands struct {
	workers, employees []float64
	sectors, zones     []string
	regions            []string
	groups             map[string][]string // sector groups: their words
}

// factsKey names a kind of subject within a legal context: its facts reduced
// to the bands and names the conditions distinguish.
type factsKey struct {
	policy                      bool
	workers, employees, atLeast float64
	hasWorkers, hasEmployees    bool
	sector, zone, region        string
}

func (b *factBands) key(f condition.Facts, policy bool) factsKey {
	k := factsKey{policy: policy, zone: f.Zone}
	// Conditions compare figures only with their thresholds, so a figure is
	// reduced to its band (0 when no condition reads it).
	if f.Workers != nil {
		k.hasWorkers, k.workers = true, thresholdBand(*f.Workers, b.workers)
	}
	if f.Employees != nil {
		k.hasEmployees, k.employees = true, thresholdBand(*f.Employees, b.employees)
	}
	k.atLeast = thresholdBand(f.EmployeesAtLeast, b.employees)
	switch {
	case f.Sector == "" && f.Among != nil:
		// A sector group: alike to any other sector when the conditions
		// name none of its words.
		k.sector = "\x00other"
		for g, words := range b.groups {
			if slices.Equal(words, f.Among) && slices.ContainsFunc(words, func(w string) bool { return slices.Contains(b.sectors, w) }) {
				k.sector = groupKey + g
			}
		}
	case f.Sector == "":
	case slices.Contains(b.sectors, f.Sector):
		k.sector = f.Sector
	default:
		k.sector = "\x00other"
	}
	if f.Zone != condition.AnyZone && !slices.Contains(b.zones, f.Zone) {
		k.zone = ""
	}
	switch {
	case f.Region == "":
	case slices.Contains(b.regions, f.Region):
		k.region = f.Region
	default:
		k.region = "\x00other"
	}
	return k
}

// thresholdBand is the largest threshold at or below n, or 0.
func thresholdBand(n float64, thresholds []float64) float64 {
	b := 0.0
	for _, t := range thresholds {
		if t <= n && t > b {
			b = t
		}
	}
	return b
}

// groupKey prefixes the sector of a factsKey that is a sector group.
const groupKey = "\x00group:"

func (b *factBands) facts(k factsKey) condition.Facts {
	f := condition.Facts{Sector: k.sector, Region: k.region, Zone: k.zone, EmployeesAtLeast: k.atLeast}
	if g, ok := strings.CutPrefix(k.sector, groupKey); ok {
		f.Sector, f.Among = "", b.groups[g]
	}
	if k.hasWorkers {
		w := k.workers
		f.Workers = &w
	}
	if k.hasEmployees {
		e := k.employees
		f.Employees = &e
	}
	return f
}

// forFacts returns the requirements of the context resolved for a subject
// with facts f; policy subjects govern every workplace of the country.
func (lc *legalContext) forFacts(f condition.Facts, policy bool) []*resolved {
	k := lc.bands.key(f, policy)
	lc.mu.Lock()
	defer lc.mu.Unlock()
	if list, ok := lc.resolved[k]; ok {
		return list
	}
	kf := lc.bands.facts(k)
	list := make([]*resolved, len(lc.list))
	for i, rs := range lc.list {
		list[i] = rs.resolve(kf, policy, lc.country, lc.pack)
		if rs.req.ID == "wages.minimum_wage_paid" && lc.wageRegime != nil {
			list[i].notes = append(list[i].notes, lc.wageRegime.Note(lc.country))
		}
	}
	if lc.resolved == nil {
		lc.resolved = map[factsKey][]*resolved{}
	}
	lc.resolved[k] = list
	return list
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
	for {
		lc, err := e.contextOnce(ctx, s, country, a)
		// Another caller's cancellation or deadline is not ours: its failed
		// evaluation was not cached, so evaluate again for this caller.
		if err != nil && ctx.Err() == nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
			continue
		}
		return lc, err
	}
}

func (e *Engine) contextOnce(ctx context.Context, s *settings, country string, a attrs) (*legalContext, error) {
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
		WageRegime    *WageRegime             `json:"minimum_wage_regime"`
	}
	if err := e.rules.Eval(ctx, rules.QueryCountry, input, &meta); err != nil {
		return nil, err
	}
	var raw map[string]sides
	if err := e.rules.Eval(ctx, rules.QueryRequirements, input, &raw); err != nil {
		return nil, err
	}
	lc := &legalContext{country: country, name: meta.Name, pack: meta.Pack, ratifications: meta.Ratifications, wageRegime: meta.WageRegime, reqs: map[string]*reqSources{}}
	lc.bands.groups = e.sectors.groups
	for _, id := range e.ids {
		rs, err := newReqSources(e.catalogue[id], raw[id])
		if err != nil {
			return nil, err
		}
		lc.reqs[id] = rs
		lc.list = append(lc.list, rs)
		conds := slices.Clone(rs.conds)
		for _, s := range rs.notEncodedSrcs {
			conds = append(conds, s.Conditions)
		}
		for _, c := range conds {
			c.Walk(func(attr string, t float64, names []string) {
				switch attr {
				case condition.Workers:
					lc.bands.workers = append(lc.bands.workers, t)
				case condition.Employees:
					lc.bands.employees = append(lc.bands.employees, t)
				case condition.Sector:
					lc.bands.sectors = append(lc.bands.sectors, names...)
				case condition.Zone:
					lc.bands.zones = append(lc.bands.zones, names...)
				case condition.Region:
					lc.bands.regions = append(lc.bands.regions, names...)
				}
			})
		}
	}
	return lc, nil
}

// resolve resolves sources without conditions (the company-level
// requirements) for one country.
func resolve(req Requirement, raw sides, country string) (*resolved, error) {
	rs, err := newReqSources(req, raw)
	if err != nil {
		return nil, err
	}
	return rs.resolve(condition.Facts{}, false, country, true), nil
}

// newReqSources parses the source values of one requirement.
func newReqSources(req Requirement, raw sides) (*reqSources, error) {
	rs := &reqSources{req: req}
	for _, s := range raw.Domestic {
		d := domSource{src: s.Source, entry: s.Entry, binding: s.Binding == "law" && s.Verification != "unverified"}
		if d.entry == "" {
			d.entry = "value"
		}
		switch d.entry {
		case "value", "restriction":
			v, err := compare.Parse(req.Kind, s.Value)
			if err != nil {
				return nil, fmt.Errorf("rules: %s from %s %s: %w", req.ID, s.Instrument, s.Article, err)
			}
			d.val = v
		case "absence":
			d.val = compare.Nothing(req.Kind)
		case "not_encoded":
			rs.notEncodedSrcs = append(rs.notEncodedSrcs, s.Source)
			continue
		default:
			return nil, fmt.Errorf("rules: %s from %s %s: unknown entry %q", req.ID, s.Instrument, s.Article, s.Entry)
		}
		if c := s.Conditions; c != nil && len(c.Reads()) > 0 && !slices.Contains(rs.conds, c) {
			rs.conds = append(rs.conds, c)
		}
		rs.dom = append(rs.dom, d)
	}
	var intl, local []ruleSource
	for _, s := range raw.International {
		if s.Verification == "unverified" {
			continue // shown in the catalogue, never a ground for a status
		}
		intl = append(intl, s)
		if !s.DefersToNationalLaw {
			local = append(local, s)
		}
	}
	var err error
	if rs.intl, err = makeSide(req, intl); err != nil {
		return nil, err
	}
	if rs.intlLocal, err = makeSide(req, local); err != nil {
		return nil, err
	}
	return rs, nil
}

// resolve applies the conditions of the domestic sources to a subject with
// facts f. For a practice, a value whose conditions cannot be checked is only
// possible: the domestic requirement is the weakest that may apply and
// possible the strictest. A policy governs every workplace, so it is held to
// the strictest value that may apply anywhere in the country.
func (rs *reqSources) resolve(f condition.Facts, policy bool, country string, pack bool) *resolved {
	req := rs.req
	r := &resolved{req: req, intl: rs.intl, intlLocal: rs.intlLocal, pack: pack, notEncoded: rs.notEncoded(f)}
	scenarios := []condition.Facts{f}
	if len(rs.conds) > 0 {
		scenarios = condition.Scenarios(f, rs.conds)
	}
	var per []*side
	var any bool
	for _, sc := range scenarios {
		sd := rs.domSide(sc, true)
		per = append(per, sd)
		any = any || sd != nil
	}
	same := true
	for _, sd := range per[1:] {
		if !sameSide(sd, per[0]) {
			same = false
		}
	}
	switch {
	case same:
		r.dom = per[0]
	case policy:
		r.dom = strictestSide(per)
		if r.dom != nil {
			r.dom = withConditional(r.dom)
		}
		known := slices.DeleteFunc(slices.Clone(per), func(sd *side) bool { return sd == nil })
		r.local, r.localVaries, r.localGap = weakestSide(known), true, len(known) < len(per)
		if r.local != nil {
			r.local = withConditional(r.local)
		}
	default:
		r.dom = weakestSide(per)
		if any {
			r.possible = withConditional(strictestSide(per))
			r.needs = unknownReads(f, rs.conds)
		}
	}
	if !r.localVaries {
		r.local = r.dom
	}
	r.guidance = rs.guidanceSide(f)
	r.eff, r.binding, r.gap, r.has = effective2(req, r.dom, r.intl)
	r.effLocal, _, _, r.hasLocal = effective2(req, r.local, r.intlLocal)
	// Where the law sets nothing and no standard asks anything, there is
	// nothing to compare.
	r.has = r.has && !r.eff.None
	r.hasLocal = r.hasLocal && !r.effLocal.None
	if !r.has && r.possible == nil {
		return r
	}
	notesFor(r, country)
	return r
}

// effective2 is the stricter of a domestic and an international side, which
// side binds, and whether the law falls short of the standard.
func effective2(req Requirement, dom, intl *side) (eff compare.Value, binding string, gap, has bool) {
	switch {
	case dom == nil && intl == nil:
		return eff, "", false, false
	case dom == nil:
		return intl.value, "international", true, true
	case intl == nil:
		return dom.value, "domestic", false, true
	}
	eff = compare.Stricter(dom.value, intl.value)
	d, i := compare.Equal(eff, dom.value), compare.Equal(eff, intl.value)
	switch {
	case d && !i:
		binding = "domestic"
	case i && !d:
		binding = "international"
	default:
		binding = "both"
	}
	return eff, binding, !compare.Meets(dom.value, intl.value), true
}

// domSide is the strictest binding (or, with binding false, non-binding)
// domestic entry whose conditions hold for f; nil when none does. A value
// or restriction outranks an absence.
func (rs *reqSources) domSide(f condition.Facts, binding bool) *side {
	var vals, absent []ruleSource
	for _, d := range rs.dom {
		if d.binding != binding || d.src.Conditions.Eval(f) != condition.Yes {
			continue
		}
		rsrc := ruleSource{Source: d.src, Requirement: rs.req.ID}
		if d.entry == "absence" {
			absent = append(absent, rsrc)
		} else {
			vals = append(vals, rsrc)
		}
	}
	if len(vals) == 0 && len(absent) == 0 {
		return nil
	}
	if len(vals) == 0 {
		sd, _ := makeSide(rs.req, absent)
		return sd
	}
	sd, _ := makeSide(rs.req, vals) // values were parsed in newReqSources
	return sd
}

// guidanceSide is what non-binding domestic sources that may apply ask.
func (rs *reqSources) guidanceSide(f condition.Facts) *side {
	var srcs []ruleSource
	for _, d := range rs.dom {
		if d.binding || d.entry == "absence" || d.src.Conditions.Eval(f) == condition.No {
			continue
		}
		srcs = append(srcs, ruleSource{Source: d.src, Requirement: rs.req.ID})
	}
	sd, _ := makeSide(rs.req, srcs)
	return sd
}

func sameSide(a, b *side) bool {
	if a == nil || b == nil {
		return a == b
	}
	return compare.Equal(a.value, b.value) && a.cite == b.cite
}

func strictestSide(per []*side) *side {
	var best *side
	for _, sd := range per {
		if sd != nil && (best == nil || !compare.Equal(compare.Stricter(best.value, sd.value), best.value)) {
			best = sd
		}
	}
	return best
}

// weakestSide is the side every scenario demands at least: nil when some
// scenario has no entry.
func weakestSide(per []*side) *side {
	var worst *side
	for _, sd := range per {
		if sd == nil {
			return nil
		}
		if worst == nil {
			worst = sd
			continue
		}
		w := compare.Weaker(worst.value, sd.value)
		switch {
		case compare.Equal(w, worst.value):
		case compare.Equal(w, sd.value):
			worst = sd
		default:
			// Sets meet in their intersection, cited by both.
			out := &Side{Value: w.JSON(), Sources: append(slices.Clone(worst.out.Sources), sd.out.Sources...)}
			worst = &side{value: w, out: out, raw: append(slices.Clone(worst.raw), sd.raw...), cite: joinCites(worst.cite, sd.cite)}
		}
	}
	return worst
}

func joinCites(a, b string) string {
	parts := append(strings.Split(a, "; "), strings.Split(b, "; ")...)
	slices.Sort(parts)
	return strings.Join(slices.Compact(parts), "; ")
}

// withConditional marks a side whose value applies only where its sources'
// conditions hold, naming them.
func withConditional(sd *side) *side {
	if sd == nil {
		return nil
	}
	var texts []string
	for _, s := range sd.raw {
		if t := s.Conditions.Describe(); t != "" && !slices.Contains(texts, t) {
			texts = append(texts, t)
		}
	}
	if len(texts) == 0 {
		return sd
	}
	out := *sd.out
	out.Conditional = strings.Join(texts, "; ")
	cp := *sd
	cp.out = &out
	return &cp
}

// unknownReads are the attributes f lacks that conds read.
func unknownReads(f condition.Facts, conds []*condition.Conditions) []string {
	var out []string
	for _, c := range conds {
		for _, a := range c.Reads() {
			unknown := false
			switch a {
			case condition.Workers:
				unknown = f.Workers == nil
			case condition.Employees:
				unknown = f.Employees == nil
			case condition.Sector:
				unknown = f.Sector == ""
			case condition.Zone:
				unknown = f.Zone == condition.AnyZone
			case condition.WorkerGroup:
				unknown = f.WorkerGroup == ""
			case condition.Region:
				unknown = f.Region == ""
			}
			if unknown && !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
	}
	slices.Sort(out)
	return out
}

func makeSide(req Requirement, srcs []ruleSource) (*side, error) {
	if len(srcs) == 0 {
		return nil, nil
	}
	vals := make([]compare.Value, len(srcs))
	var strictest compare.Value
	entry := ""
	for i, s := range srcs {
		var v compare.Value
		if s.Entry == "absence" {
			v = compare.Nothing(req.Kind)
		} else {
			var err error
			if v, err = compare.Parse(req.Kind, s.Value); err != nil {
				return nil, fmt.Errorf("rules: %s from %s %s: %w", req.ID, s.Instrument, s.Article, err)
			}
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
		if strictest.None || s.Entry == "restriction" {
			entry = s.Entry
		}
		// Notes and derogations go to the finding's notes, once; the
		// catalogue (Doc) keeps them on the source.
		out := s.Source
		out.Notes, out.Exceptions = nil, nil
		sd.out.Sources = append(sd.out.Sources, out)
		sd.raw = append(sd.raw, s.Source)
		c := cite(s.Source)
		if !slices.Contains(cites, c) {
			cites = append(cites, c)
		}
	}
	sd.entry, sd.out.Entry = entry, entry
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
// bind: their notes, conversions from the statute's own unit, the derogations
// they allow (reported, never applied), and the country's ratification status
// of the conventions cited.
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
	if r.possible != nil {
		bind = append(bind, r.possible)
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
			add(statuteNote(r.req, s))
			for _, x := range s.Exceptions {
				en := exceptionNote{text: fmt.Sprintf("%s %s allows an exception: %s Reported only; hrdd applies the baseline.", s.Instrument, x.Article, x.Text)}
				if f, ok := x.Value.(float64); ok {
					en.value = &f
					if rt := s.Ratification; rt != nil && rt.DeclaredMinimumAge != nil && *rt.DeclaredMinimumAge == f && s.InstrumentCode == "C138" && strings.HasPrefix(x.Article, "Art. 2(4)") {
						en.declared = true
						en.text = fmt.Sprintf("%s declared a minimum age of %v under %s %s on ratification: a practice at %v is lawful under the convention as %s ratified it, and below the baseline that hrdd applies.",
							country, f, s.Instrument, x.Article, f, country)
					}
				}
				r.exceptions = append(r.exceptions, en)
			}
			add(ratificationNote(s, country))
		}
	}
}

// statuteNote shows a value converted from the statute's own unit, e.g.
// "12 working days on a 6-day week = 10 working days (5-day week)".
func statuteNote(req Requirement, s Source) string {
	st := s.Statute
	if st == nil {
		return ""
	}
	v, err := compare.Parse(req.Kind, s.Value)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%s: %s %s = %s (%s).", cite(s), strconv.FormatFloat(st.Value, 'f', -1, 64), st.Unit, withUnit(v, req.Unit), st.Conversion)
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
		if x.value != nil && r.dom != nil && !r.dom.value.None && (r.dom.value.Kind == compare.Floor || r.dom.value.Kind == compare.Ceiling) && r.dom.value.Num == *x.value {
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
	case r != nil && r.Status == "not_member":
		return fmt.Sprintf("%s is not an ILO member and cannot ratify %s; hrdd holds companies there to it as the international baseline (UNGP 12: the fundamental principles are the minimum reference point everywhere).", country, code)
	case r != nil && r.Status == "not_ratified" && s.Fundamental:
		return fmt.Sprintf("%s has not ratified %s; as a fundamental convention its principles bind every ILO member whether or not ratified (ILO Declaration 1998, as amended 2022).", country, code)
	case r != nil && r.Status == "not_ratified":
		return fmt.Sprintf("%s %s is an international standard (not ratified by %s): the company is held to it as the baseline, not as a treaty obligation of %s.", s.Instrument, s.Article, country, country)
	}
	return ""
}
