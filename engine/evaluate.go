package engine

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/openhrdd/hrdd/engine/compare"
	"github.com/openhrdd/hrdd/engine/condition"
	"github.com/openhrdd/hrdd/engine/document"
	"github.com/openhrdd/hrdd/engine/rules"
)

// Evaluate compares every subject of doc — the due-diligence process, the
// own-operations policy and the supplier code in each country, every site and
// every supplier — with the effective requirements, and returns the report.
func (e *Engine) Evaluate(ctx context.Context, doc *document.Document, opts ...Option) (rep *Report, err error) {
	defer recoverInternal(&err)
	run, err := e.startAll(ctx, doc, opts)
	if err != nil {
		return nil, err
	}
	defer closeOnPanic(run)
	return run.Finish(ctx)
}

// startAll starts a run and evaluates every supplier of doc, in order.
func (e *Engine) startAll(ctx context.Context, doc *document.Document, opts []Option) (*Run, error) {
	run, err := e.Start(ctx, doc, opts...)
	if err != nil {
		return nil, err
	}
	for i := range doc.Suppliers {
		if err := run.Supplier(ctx, i, &doc.Suppliers[i]); err != nil {
			run.Close()
			return nil, err
		}
	}
	return run, nil
}

// Run is one evaluation in progress. Start it with the document's header (all
// but the suppliers), feed it suppliers one at a time, then Finish. Its
// methods are not safe for concurrent use; EvaluateSource evaluates suppliers
// on several cores through shards of a run.
type Run struct {
	e   *Engine
	s   settings
	doc *document.Document
	dd  map[string]*resolved // company-level requirements
	// noPackRes stands for the finding that a country has no national rules.
	noPackRes *resolved
	// deadline bounds the rules' evaluation over the whole run
	// (WithEvalTimeout), however many legal contexts it needs.
	deadline time.Time
	// plans are the document's remediation plans by finding id.
	plans  map[string]*document.RemediationPlan
	report *Report  // header and summary; findings are in the shards
	shards []*shard // shards[0] is the run's own

	mu       sync.Mutex // guards resList and resIndex
	resList  []*resolved
	resIndex map[*resolved]int32
}

// shard is the part of a run one goroutine writes: its legal-context cache,
// its findings and its counts. Shards are merged when the run finishes.
type shard struct {
	run        *Run
	outOfScope int // suppliers outside due_diligence.scope_tiers
	localShort int // "local_law" values below the international standard
	local      map[localKey]*legalContext
	supplied   map[string]bool // countries where suppliers are
	findings   *findingStore
	tally      tally
	resIndex   map[*resolved]int32    // a lock-free cache of run.index
	resolved   map[resKey][]*resolved // a lock-free cache of legalContext.forFacts
	matched    map[string]bool        // ids of remediation plans that met their finding
	// unaddressed counts unaddressed findings when they are summarised.
	unaddressed map[unaddressedKey]int
	planned     Counts // findings covered by a plan not yet due
	// unknownSectors are the document's sector words not in the catalogue;
	// noRegion the subjects without a region in countries whose rules
	// depend on it, by country.
	unknownSectors, noRegion uses
}

// resKey names the requirements of a legal context resolved for one kind of
// subject.
type resKey struct {
	lc    *legalContext
	facts factsKey
}

// newShard adds a shard that holds up to a 1/share of the run's in-memory
// findings before spilling.
func (r *Run) newShard(share int) *shard {
	limit := r.s.spill
	if limit <= 0 {
		limit = defaultSpillLimit
	}
	sh := &shard{run: r, local: map[localKey]*legalContext{}, supplied: map[string]bool{}, resIndex: map[*resolved]int32{}, resolved: map[resKey][]*resolved{}}
	sh.findings = newFindingStore(limit / max(share, 1))
	r.mu.Lock()
	r.shards = append(r.shards, sh)
	r.mu.Unlock()
	return sh
}

// Start evaluates the company-level subjects: the due-diligence process, the
// own-operations policy and the sites. doc.Suppliers is ignored; pass each
// supplier to Supplier (Evaluate does).
func (e *Engine) Start(ctx context.Context, doc *document.Document, opts ...Option) (run *Run, err error) {
	defer recoverInternal(&err)
	return e.start(ctx, doc, opts...)
}

// recoverInternal turns a panic into an error, so that a bug in hrdd never
// kills the program that embeds it.
func recoverInternal(err *error) {
	if p := recover(); p != nil {
		*err = fmt.Errorf("hrdd: internal error: %v", p)
	}
}

func (e *Engine) start(ctx context.Context, doc *document.Document, opts ...Option) (*Run, error) {
	s, err := e.settings(opts)
	if err != nil {
		return nil, err
	}
	r := &Run{
		e: e, s: s, doc: doc,
		report: &Report{
			Report: ReportVersion, HRDDVersion: Version(), RulesDigest: e.digest, AsOf: date(s.asOf), Profiles: s.profiles, Company: doc.Company.Name,
			Laws: []Law{}, Findings: []Finding{},
		},
		resIndex: map[*resolved]int32{},
	}
	r.noPackRes = &resolved{req: e.catalogue[noPackID], binding: "international"}
	if e.timeout > 0 {
		r.deadline = time.Now().Add(e.timeout)
	}
	for i := range doc.RemediationPlans {
		p := &doc.RemediationPlans[i]
		subj := Subject{Kind: p.Subject.Kind, ID: p.Subject.ID, Country: p.Subject.Country}
		if subj.Kind == SubjectDueDiligence && subj.Country == "" {
			subj.Country = doc.Company.Headquarters // the process is the headquarters'
		}
		if r.plans == nil {
			r.plans = map[string]*document.RemediationPlan{}
		}
		r.plans[FindingID(p.Requirement, subj)] = p
	}
	if err := r.instruments(ctx); err != nil {
		return nil, err
	}
	sh := r.newShard(1)
	if err := r.dueDiligence(ctx, sh); err != nil {
		return nil, err
	}
	countries := map[string]bool{doc.Company.Headquarters: true}
	for _, st := range doc.Sites {
		countries[st.Country] = true
	}
	for _, cc := range sortedSet(countries) {
		lc, err := sh.context(ctx, cc, attrs{})
		if err != nil {
			return nil, err
		}
		f := condition.Facts{Zone: condition.AnyZone, Employees: employeesIn(doc, cc)}
		sh.compareLabour(Subject{Kind: SubjectOwnOperations, Country: cc}, doc.Policies.OwnOperations, -1, lc, f, true)
	}
	for i, st := range doc.Sites {
		sector, among := r.e.sectorFacts(sh.sector(st.Sector, SubjectSite, i))
		lc, err := sh.context(ctx, st.Country, attrs{sector: sector, workers: st.Workers})
		if err != nil {
			return nil, err
		}
		f := condition.Facts{Workers: floatPtr(st.Workers), Employees: employeesIn(doc, st.Country), Sector: sector, Among: among, Region: st.Region, Zone: st.Zone}
		sh.needsRegion(lc, st.Region, st.Country, SubjectSite, i)
		if st.Workers != nil {
			f.EmployeesAtLeast = float64(*st.Workers)
		}
		sh.compareLabour(Subject{Kind: SubjectSite, ID: st.ID, Country: st.Country}, st.Practices, i, lc, f, false)
	}
	return r, nil
}

// Supplier compares one supplier (index i of the document's suppliers) with
// the law of its country and checks that its tier is inside the scope of the
// due-diligence process and of the supplier code.
func (r *Run) Supplier(ctx context.Context, i int, sp *document.Supplier) (err error) {
	defer recoverInternal(&err)
	return r.shards[0].supplier(ctx, i, sp)
}

func (sh *shard) supplier(ctx context.Context, i int, sp *document.Supplier) error {
	if !sh.supplied[sp.Country] {
		sh.supplied[sp.Country] = true
	}
	sector, among := sh.run.e.sectorFacts(sh.sector(sp.Sector, SubjectSupplier, i))
	lc, err := sh.context(ctx, sp.Country, attrs{sector: sector, workers: sp.Workers})
	if err != nil {
		return err
	}
	subj := Subject{Kind: SubjectSupplier, ID: sp.ID, Country: sp.Country, Tier: sp.Tier}
	f := condition.Facts{Workers: floatPtr(sp.Workers), Employees: floatPtr(sp.Employees), Sector: sector, Among: among, Region: sp.Region, Zone: sp.Zone}
	sh.needsRegion(lc, sp.Region, sp.Country, SubjectSupplier, i)
	if sp.Workers != nil {
		f.EmployeesAtLeast = float64(*sp.Workers)
	}
	sh.compareLabour(subj, sp.Practices, i, lc, f, false)
	r := sh.run
	sh.tierScope(subj, i, "due_diligence.scope_tiers", recScopeTier, r.doc.DueDiligence["scope_tiers"])
	sh.tierScope(subj, i, "supplier_code.applies_to_tiers", recCodeTier, r.doc.Policies.SupplierTiers)
	return nil
}

// Finish evaluates the supplier code in every country where suppliers are, and
// returns the report with all its findings in order.
func (r *Run) Finish(ctx context.Context) (*Report, error) {
	defer r.Close()
	rep, findings, err := r.FinishStream(ctx)
	if err != nil {
		return nil, err
	}
	rep.Findings = []Finding{}
	for f, err := range findings {
		if err != nil {
			return nil, err
		}
		rep.Findings = append(rep.Findings, f)
	}
	return rep, nil
}

// FinishStream is Finish for large documents: it returns the report without
// its findings, and the findings in report order as an iterator. Findings
// beyond a buffer were spilled to temporary files as the run went, so memory
// stays bounded however many suppliers there are. Call Close when done.
func (r *Run) FinishStream(ctx context.Context) (rep *Report, seq iter.Seq2[Finding, error], err error) {
	defer recoverInternal(&err)
	return r.finishStream(ctx)
}

func (r *Run) finishStream(ctx context.Context) (*Report, iter.Seq2[Finding, error], error) {
	sh := r.shards[0]
	supplied := map[string]bool{}
	for _, x := range r.shards {
		for cc := range x.supplied {
			supplied[cc] = true
		}
	}
	for _, cc := range sortedSet(supplied) {
		lc, err := sh.context(ctx, cc, attrs{})
		if err != nil {
			return nil, nil, err
		}
		sh.compareLabour(Subject{Kind: SubjectSupplierCode, Country: cc}, r.doc.Policies.Suppliers, -1, lc, condition.Facts{Zone: condition.AnyZone}, true)
	}
	var t tally
	outOfScope, localShort := 0, 0
	var planned Counts
	for _, x := range r.shards {
		planned.addCounts(x.planned)
		t.merge(&x.tally)
		outOfScope += x.outOfScope
		localShort += x.localShort
	}
	r.report.Questions = r.questions(outOfScope, localShort)
	r.report.NoPack = r.noPackCountries(supplied)
	seq, err := r.sorted()
	if err != nil {
		return nil, nil, err
	}
	r.report.Summary = t.summary()
	if planned != (Counts{}) {
		r.report.Summary.Planned = &planned
	}
	r.report.UnmatchedPlans = r.unmatchedPlans()
	r.report.UnrecognisedSectors = r.unrecognisedSectors()
	r.report.RegionsNeeded = r.regionsNeeded()
	if r.s.summarise {
		r.report.UnaddressedSummary = r.unaddressedSummary()
	}
	return r.report, seq, nil
}

type unaddressedKey struct{ requirement, country, reason string }

// unaddressedSummary merges the shards' counts of unaddressed findings, in
// report order (severity and requirement, then country and reason).
func (r *Run) unaddressedSummary() []UnaddressedCount {
	all := map[unaddressedKey]int{}
	for _, sh := range r.shards {
		for k, n := range sh.unaddressed {
			all[k] += n
		}
	}
	out := make([]UnaddressedCount, 0, len(all))
	for k, n := range all {
		out = append(out, UnaddressedCount{Requirement: k.requirement, Country: k.country, Reason: k.reason, Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if ra, rb := r.e.catalogue[a.Requirement].Rank, r.e.catalogue[b.Requirement].Rank; ra != rb {
			return ra < rb
		}
		if a.Country != b.Country {
			return a.Country < b.Country
		}
		return a.Reason < b.Reason
	})
	return out
}

// bound gives ctx the run's deadline.
func (r *Run) bound(ctx context.Context) (context.Context, context.CancelFunc) {
	if r.deadline.IsZero() {
		return ctx, func() {}
	}
	return context.WithDeadline(ctx, r.deadline)
}

// overdue reports whether a plan's due date has passed on the as-of date.
func (r *Run) overdue(p *document.RemediationPlan) bool { return date(r.s.asOf) > p.Due }

// unmatchedPlans are the plans no finding met, in document order.
func (r *Run) unmatchedPlans() []document.RemediationPlan {
	var out []document.RemediationPlan
	for _, p := range r.doc.RemediationPlans {
		subj := Subject{Kind: p.Subject.Kind, ID: p.Subject.ID, Country: p.Subject.Country}
		if subj.Kind == SubjectDueDiligence && subj.Country == "" {
			subj.Country = r.doc.Company.Headquarters
		}
		id := FindingID(p.Requirement, subj)
		matched := false
		for _, sh := range r.shards {
			matched = matched || sh.matched[id]
		}
		if !matched {
			out = append(out, p)
		}
	}
	return out
}

// instruments lists the international instruments in force in the header.
func (r *Run) instruments(ctx context.Context) error {
	ctx, cancel := r.bound(ctx)
	defer cancel()
	var list []Instrument
	input := map[string]any{"as_of": date(r.s.asOf), "profiles": r.s.profiles}
	if err := r.e.rules.Eval(ctx, rules.QueryInstruments, input, &list); err != nil {
		return err
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.Profile != b.Profile {
			return a.Profile < b.Profile
		}
		return a.Name < b.Name
	})
	r.report.Instruments = slices.CompactFunc(list, func(a, b Instrument) bool { return a == b })
	if r.report.Instruments == nil {
		r.report.Instruments = []Instrument{}
	}
	return nil
}

// noPackCountries are the countries of the document with no national rules.
func (r *Run) noPackCountries(supplied map[string]bool) []string {
	all := map[string]bool{r.doc.Company.Headquarters: true}
	for _, st := range r.doc.Sites {
		all[st.Country] = true
	}
	for cc := range supplied {
		all[cc] = true
	}
	out := []string{}
	for _, cc := range sortedSet(all) {
		if !r.e.hasPack(cc) {
			out = append(out, cc)
		}
	}
	return out
}

// Close removes the temporary files of a run; it is safe to call twice.
func (r *Run) Close() error {
	var errs []error
	for _, sh := range r.shards {
		errs = append(errs, sh.findings.close())
	}
	return errors.Join(errs...)
}

func (sh *shard) context(ctx context.Context, country string, a attrs) (*legalContext, error) {
	r := sh.run
	// Within a run the date and profiles are fixed: the country and the
	// attributes its pack reads name the context, without building the
	// engine's string key for every supplier.
	k := localKey{country: country}
	pr := r.e.reads[strings.ToLower(country)]
	for _, rd := range pr.Reads {
		switch rd {
		case "sector":
			k.sector = a.sector
		case "workers":
			if a.workers != nil {
				k.hasWorkers, k.band = true, band(float64(*a.workers), pr.WorkersThresholds)
			}
		}
	}
	if lc, ok := sh.local[k]; ok {
		return lc, nil
	}
	bctx, cancel := r.bound(ctx)
	lc, err := r.e.context(bctx, &r.s, country, a)
	cancel()
	if err != nil {
		return nil, err
	}
	sh.local[k] = lc
	return lc, nil
}

// localKey names a legal context within one run.
type localKey struct {
	country, sector string
	hasWorkers      bool
	band            float64
}

// dueDiligence evaluates the company-level requirements against the
// international standards and the due-diligence laws that apply.
func (r *Run) dueDiligence(ctx context.Context, sh *shard) error {
	ctx, cancel := r.bound(ctx)
	defer cancel()
	// Where the company itself operates: its headquarters, the countries where
	// it employs people and its sites. Suppliers' countries are not counted:
	// buying from a country is not carrying on business there, and a streamed
	// document's suppliers are not known when the laws are read.
	ops := map[string]bool{r.doc.Company.Headquarters: true}
	for cc := range r.doc.Company.EmployeesByCountry {
		ops[cc] = true
	}
	for _, st := range r.doc.Sites {
		ops[st.Country] = true
	}
	input := map[string]any{
		"as_of":      date(r.s.asOf),
		"profiles":   r.s.profiles,
		"company":    r.doc.Company,
		"operations": map[string]any{"countries": sortedSet(ops)},
	}
	var laws []struct {
		Law
		Applicability struct {
			Status string `json:"status"`
			Reason string `json:"reason"`
		} `json:"applicability"`
	}
	if err := r.e.rules.Eval(ctx, rules.QueryLaws, input, &laws); err != nil {
		return err
	}
	for _, l := range laws {
		law := l.Law
		law.Status, law.Reason = l.Applicability.Status, l.Applicability.Reason
		r.report.Laws = append(r.report.Laws, law)
	}
	sort.Slice(r.report.Laws, func(i, j int) bool { return r.report.Laws[i].ID < r.report.Laws[j].ID })
	var raw map[string]sides
	if err := r.e.rules.Eval(ctx, rules.QueryDueDiligence, input, &raw); err != nil {
		return err
	}
	r.dd = map[string]*resolved{}
	hq := r.doc.Company.Headquarters
	for _, id := range r.e.companyID {
		res, err := resolve(r.e.catalogue[id], raw[id], hq)
		if err != nil {
			return err
		}
		r.dd[id] = res
	}
	subj := Subject{Kind: SubjectDueDiligence, Country: hq}
	for _, id := range r.e.companyID {
		res := r.dd[id]
		if id == "supplier_code.applies_to_tiers" {
			raw := r.doc.Policies.SupplierTiers
			sh.add(res, subj, raw, raw != nil, -1)
			continue
		}
		raw, ok := r.doc.DueDiligence[strings.TrimPrefix(id, "due_diligence.")]
		sh.add(res, subj, raw, ok, -1)
	}
	return nil
}

// compareLabour compares one subject's practices with every workplace-level
// requirement in force in its legal context, with the conditions of the law
// applied to the subject's facts. index is the site's or supplier's position
// in the document (-1 for policies); a policy governs every workplace of the
// country.
func (sh *shard) compareLabour(subj Subject, practices document.Practices, index int, lc *legalContext, f condition.Facts, policy bool) {
	e := sh.run.e
	if !lc.pack {
		sh.noPack(subj, index)
	}
	k := resKey{lc: lc, facts: lc.bands.key(f, policy)}
	list, ok := sh.resolved[k]
	if !ok {
		list = lc.forFacts(f, policy)
		sh.resolved[k] = list
	}
	for i := range e.ids {
		var raw any
		var ok bool
		if topic := practices[e.topics[i]]; topic != nil {
			raw, ok = topic[e.fields[i]]
		}
		sh.add(list[i], subj, raw, ok, index)
	}
}

// noPack records that a subject's country has no national rules in hrdd.
func (sh *shard) noPack(subj Subject, index int) {
	r := sh.run
	res := r.noPackRes
	sh.tally.add(subj, Unaddressed, reasonNoPack)
	idx, ok := sh.resIndex[res]
	if !ok {
		idx = r.index(res)
		sh.resIndex[res] = idx
	}
	sh.findings.add(record{Rank: res.req.Rank, Res: idx, Kind: recNoPack, Index: int32(index), Tier: int32(subj.Tier),
		SubjKind: uint8(subjectRank(subj.Kind)), ID: subj.ID, Country: subj.Country})
}

// add compares one practice value and records the outcome: every outcome in
// the summary, and a finding for shortfalls (all outcomes with WithPassed).
func (sh *shard) add(res *resolved, subj Subject, raw any, present bool, index int) {
	if res == nil || (!res.has && res.possible == nil) {
		return
	}
	o := status(res, raw, present)
	if o.local && o.st == BelowInternational {
		sh.localShort++
	}
	sh.record(res, recValue, o.st, o.why, subj, raw, present, index)
}

// tierScope checks that a supplier's tier is inside a scope the document sets
// (due_diligence.scope_tiers or policies.suppliers.applies_to_tiers).
func (sh *shard) tierScope(subj Subject, index int, id string, kind recordKind, raw any) {
	res := sh.run.dd[id]
	if res == nil || !res.has {
		return
	}
	st, _ := tierStatus(res, subj.Tier, raw)
	if kind == recScopeTier && st != Meets {
		sh.outOfScope++
	}
	why := ""
	if st == Unaddressed {
		why = reasonSilent
	}
	sh.record(res, kind, st, why, subj, raw, raw != nil, index)
}

func (sh *shard) record(res *resolved, kind recordKind, st Status, why string, subj Subject, raw any, present bool, index int) {
	sh.tally.add(subj, st, why)
	r := sh.run
	if r.plans != nil {
		id := FindingID(res.req.ID, subj)
		if p := r.plans[id]; p != nil {
			if sh.matched == nil {
				sh.matched = map[string]bool{}
			}
			sh.matched[id] = true
			if st != Meets && !r.overdue(p) {
				sh.planned.add(st, why)
			}
		}
	}
	if st == Unaddressed && r.s.summarise {
		k := unaddressedKey{res.req.ID, subj.Country, why}
		if sh.unaddressed == nil {
			sh.unaddressed = map[unaddressedKey]int{}
		}
		sh.unaddressed[k]++
		return
	}
	if st == Meets && !r.s.passed {
		return
	}
	if !present {
		raw = nil
	}
	idx, ok := sh.resIndex[res]
	if !ok {
		idx = r.index(res)
		sh.resIndex[res] = idx
	}
	sh.findings.add(record{Rank: res.req.Rank, Res: idx, Kind: kind, Index: int32(index), Tier: int32(subj.Tier),
		SubjKind: uint8(subjectRank(subj.Kind)), ID: subj.ID, Country: subj.Country, Practice: raw})
}

// index registers a resolved requirement so that records can refer to it by
// number, also once spilled to disk.
func (r *Run) index(res *resolved) int32 {
	r.mu.Lock()
	defer r.mu.Unlock()
	if i, ok := r.resIndex[res]; ok {
		return i
	}
	i := int32(len(r.resList))
	r.resList = append(r.resList, res)
	r.resIndex[res] = i
	return i
}

// finding rebuilds the full finding of a record.
func (r *Run) finding(rec *record) Finding {
	res := r.resList[rec.Res]
	subj := rec.subject()
	f := Finding{
		ID: FindingID(res.req.ID, subj), Requirement: res.req.ID, Subject: subj, Severity: res.req.Severity,
		Practice: rec.Practice, Binding: res.binding, Pointer: pointer(rec, res.req.ID), Notes: res.notes,
	}
	if res.has {
		f.Required = res.eff.JSON()
	}
	if res.dom != nil {
		f.Domestic = res.dom.out
	}
	if res.intl != nil {
		f.International = res.intl.out
	}
	if res.guidance != nil {
		f.DomesticGuidance = res.guidance.out
	}
	if p := r.plans[f.ID]; p != nil {
		f.Remediation = &Remediation{Plan: p.Plan, Owner: p.Owner, Due: p.Due, Overdue: r.overdue(p)}
	}
	switch rec.Kind {
	case recNoPack:
		f.Status, f.Reason = Unaddressed, reasonNoPack
		f.Binding = "international"
		f.Message = noPackMessage(subj)
	case recValue:
		o := status(res, rec.Practice, rec.Practice != nil)
		f.Status, f.Reason = o.st, o.why
		if o.local && res.localVaries && res.local != nil {
			// The law the policy follows at the least: what it commits to.
			f.Domestic = res.local.out
		}
		f.Notes = res.findingNotes(o.p)
		if o.local && res.hasLocal {
			f.Required = res.effLocal.JSON()
		}
		if (o.st == BelowDomestic || o.st == BelowInternational) && o.p != nil {
			req := res.eff
			if o.st == BelowDomestic {
				req = res.dom.value
			} else if o.local {
				req = res.effLocal
			}
			f.Missing = compare.Missing(*o.p, req)
		}
		if o.why == reasonUnknown || o.unlawfulIf {
			f.Needs = needPointers(res.needs, rec, subj)
		}
		country := subj.Country
		if subj.Kind == SubjectDueDiligence {
			country = "" // the domestic side is the due-diligence laws, not one country's
		}
		f.Message = message(res, subj, o, country, f.Needs)
	default:
		st, p := tierStatus(res, subj.Tier, rec.Practice)
		f.Status = st
		if st == Unaddressed {
			f.Reason = reasonSilent
		}
		what := "due-diligence scope"
		if rec.Kind == recCodeTier {
			what = "supplier code"
		}
		f.Message = tierMessage(res, subj, st, p, what)
	}
	return f
}

// needPointers turns the attributes a condition needs into the JSON pointers
// of the figures the document lacks for this subject.
func needPointers(attrs []string, rec *record, subj Subject) []string {
	var out []string
	base := ""
	switch subj.Kind {
	case SubjectSite:
		base = "/sites/" + strconv.Itoa(int(rec.Index))
	case SubjectSupplier:
		base = "/suppliers/" + strconv.Itoa(int(rec.Index))
	}
	for _, a := range attrs {
		switch {
		case a == condition.Employees && subj.Kind != SubjectSupplier:
			out = append(out, "/company/employees_by_country/"+subj.Country)
		case a == condition.Workers && base != "":
			out = append(out, base+"/workers")
		case a == condition.Employees && base != "":
			out = append(out, base+"/employees")
		case a == condition.Sector && base != "":
			out = append(out, base+"/sector")
		case a == condition.Zone && base != "":
			out = append(out, base+"/zone")
		case a == condition.Region && base != "":
			out = append(out, base+"/region")
		}
	}
	return out
}

// outcome is one practice value compared with a resolved requirement.
type outcome struct {
	st    Status
	p     *compare.Value // the practice as a value; nil when absent or unusable
	local bool           // "local_law"
	// ifStricter: a value combined with local law, whichever is stricter.
	ifStricter bool
	why        string // why unaddressed: silent, not_encoded, no_pack, unknown
	// unlawfulIf: below the international standard, and unlawful too if a
	// condition the document cannot settle holds (res.needs).
	unlawfulIf bool
}

// localLaw marks the practice value "local_law" in status.
type localLaw struct{}

// status compares a practice value with a resolved requirement.
func status(res *resolved, raw any, present bool) outcome {
	if !present || raw == nil {
		return outcome{st: Unaddressed, why: reasonSilent}
	}
	o := outcome{}
	var p compare.Value
	v := raw
	if raw == document.LocalLaw {
		v = localLaw{}
	}
	switch v := v.(type) {
	case localLaw:
		o.local = true
		switch {
		case res.localVaries && res.local == nil:
			// No workplace of the country has an entry in the pack that
			// this policy could follow: a gap in hrdd's rules.
			o.st, o.why = Unaddressed, reasonNotEncoded
			return o
		case res.local != nil:
			p = res.local.value
		case res.possible != nil:
			o.st, o.why = Unaddressed, reasonUnknown
			return o
		case res.intl != nil && res.intlLocal == nil:
			// The international standard itself defers to national law
			// (e.g. ILO C95 Art. 8): following local law meets it.
			o.st = Meets
			return o
		case !res.pack:
			o.st, o.why = Unaddressed, reasonNoPack
			return o
		default:
			o.st, o.why = Unaddressed, reasonNotEncoded
			return o
		}
	case document.IfStricter:
		x, err := compare.Parse(res.req.Kind, v.Value)
		if err != nil {
			return outcome{st: Unaddressed, why: reasonSilent}
		}
		o.ifStricter = true
		p = x
		// Where some workplaces have no entry, the policy's own value is
		// all it is sure to commit to there.
		if res.local != nil && !res.localGap {
			p = compare.Stricter(x, res.local.value)
		}
	default:
		x, err := compare.Parse(res.req.Kind, raw)
		if err != nil {
			// The schema admits only values of the right kind; anything else
			// cannot be measured and is treated as silence.
			return outcome{st: Unaddressed, why: reasonSilent}
		}
		p = x
	}
	o.p = &p
	eff, has := res.eff, res.has
	if o.local || o.ifStricter {
		eff, has = res.effLocal, res.hasLocal
	}
	switch {
	// Local law, alone or where stricter, is never below itself; a policy
	// that follows it is measured against the international standard.
	case res.dom != nil && !o.local && !o.ifStricter && !compare.Meets(p, res.dom.value):
		o.st = BelowDomestic
	case res.possible != nil && !compare.Meets(p, res.possible.value):
		if has && !compare.Meets(p, eff) {
			o.st, o.unlawfulIf = BelowInternational, true
		} else {
			o.st, o.why = Unaddressed, reasonUnknown
		}
	case has && !compare.Meets(p, eff):
		o.st = BelowInternational
	case o.local && res.localGap:
		// Meets where the pack has an entry, but local law at the other
		// workplaces is a gap in hrdd's rules.
		o.st, o.why = Unaddressed, reasonNotEncoded
	default:
		o.st = Meets
	}
	return o
}

// tierStatus says whether a scope practice (a list of tiers, "all" or
// "local_law") covers a supplier's tier, and how bad it is if not.
func tierStatus(res *resolved, tier int, raw any) (Status, compare.Value) {
	var p compare.Value
	switch {
	case raw == nil:
		return Unaddressed, p
	case raw == document.LocalLaw:
		if res.dom == nil {
			return Unaddressed, p
		}
		p = res.dom.value
	default:
		v, err := compare.Parse(compare.Scope, raw)
		if err != nil {
			return Unaddressed, p
		}
		p = v
	}
	switch {
	case compare.CoversTier(p, tier):
		return Meets, p
	case res.dom != nil && compare.CoversTier(res.dom.value, tier):
		return BelowDomestic, p
	case compare.CoversTier(res.eff, tier):
		return BelowInternational, p
	}
	return Meets, p
}

// questions answers the three questions unions ask (README) from the
// company-level findings and the counts gathered over the suppliers.
func (r *Run) questions(outOfScope, localShort int) []Question {
	q := func(id, question, req string, detail func(st Status, p *compare.Value) string) Question {
		out := Question{ID: id, Question: question, Requirement: req, Answer: "not_stated", Status: Unaddressed}
		res := r.dd[req]
		raw, present := r.doc.DueDiligence[strings.TrimPrefix(req, "due_diligence.")]
		if res == nil || !res.has {
			out.Detail = "no rule sets this requirement"
			return out
		}
		o := status(res, raw, present)
		st, p := o.st, o.p
		out.Status = st
		switch st {
		case Meets:
			out.Answer = "yes"
		case BelowDomestic, BelowInternational:
			out.Answer = "no"
		}
		out.Detail = detail(st, p)
		return out
	}
	workers := q("workers_organisations", "Are trade unions and workers' representatives involved in due diligence?", "due_diligence.stakeholders",
		func(st Status, p *compare.Value) string {
			if p == nil {
				return "the document names no stakeholders"
			}
			if m := compare.Missing(*p, r.dd["due_diligence.stakeholders"].eff); len(m) > 0 {
				return "stakeholders leave out " + strings.Join(m, ", ")
			}
			return "stakeholders include " + p.String()
		})
	// The question is about workers' organisations, whatever else the
	// stakeholders requirement asks: both named is yes, one is partly.
	if sh, ok := r.doc.DueDiligence["stakeholders"]; ok {
		if v, err := compare.Parse(compare.Includes, sh); err == nil {
			named := 0
			for _, want := range []string{"trade_unions", "workers_representatives"} {
				if _, found := slices.BinarySearch(v.Set, want); found {
					named++
				}
			}
			workers.Answer = [...]string{"no", "partly", "yes"}[named]
		}
	}
	precedence := q("international_precedence", "Where domestic law is below international standards, does the company follow the international standard?", "due_diligence.international_standards_precedence",
		func(st Status, p *compare.Value) string {
			d := "commitment not stated"
			if p != nil && p.Bool {
				d = "committed"
			} else if p != nil {
				d = "not committed"
			}
			return d + "; values that defer to local law below the international standard: " + strconv.Itoa(localShort)
		})
	// A value that defers to a local law below the standard (a lower number,
	// an absence, a restriction) is the company not following the standard
	// there, whatever it commits to.
	if localShort > 0 {
		precedence.Answer = "no"
	}
	return []Question{
		workers,
		q("indirect_partners", "Does due diligence reach indirect business partners (tier 2 and beyond)?", "due_diligence.scope_tiers",
			func(st Status, p *compare.Value) string {
				d := "scope: " + "not stated"
				if p != nil {
					d = "scope: " + p.String()
				}
				return d + "; suppliers outside it: " + strconv.Itoa(outOfScope)
			}),
		precedence,
	}
}

// pointer is the JSON pointer of the value a record is about.
func pointer(rec *record, id string) string {
	switch rec.Kind {
	case recScopeTier:
		return "/due_diligence/scope_tiers"
	case recCodeTier:
		return "/policies/suppliers/applies_to_tiers"
	}
	topic, field, _ := strings.Cut(id, ".")
	switch subjectKinds[rec.SubjKind] {
	case SubjectDueDiligence:
		if id == "supplier_code.applies_to_tiers" {
			return "/policies/suppliers/applies_to_tiers"
		}
		return "/due_diligence/" + field
	case SubjectOwnOperations:
		return "/policies/own_operations/" + topic + "/" + field
	case SubjectSupplierCode:
		return "/policies/suppliers/" + topic + "/" + field
	case SubjectSite:
		return "/sites/" + strconv.Itoa(int(rec.Index)) + "/practices/" + topic + "/" + field
	}
	return "/suppliers/" + strconv.Itoa(int(rec.Index)) + "/practices/" + topic + "/" + field
}

// employeesIn is the company's headcount in a country, if the document says.
func employeesIn(doc *document.Document, cc string) *float64 {
	if n, ok := doc.Company.EmployeesByCountry[cc]; ok {
		f := float64(n)
		return &f
	}
	return nil
}

func floatPtr(n *int) *float64 {
	if n == nil {
		return nil
	}
	f := float64(*n)
	return &f
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		if k != "" {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}
