package engine

import (
	"fmt"
	"iter"
	"strings"

	"github.com/openhrdd/hrdd/engine/condition"
	"github.com/openhrdd/hrdd/engine/document"
)

// Status is the outcome of one practice value against one effective
// requirement. The four values are stable.
type Status string

// Statuses, from worst to best.
const (
	BelowDomestic      Status = "below_domestic"      // weaker than domestic law: unlawful where it happens
	BelowInternational Status = "below_international" // lawful domestically, weaker than the international standard
	Unaddressed        Status = "unaddressed"         // silent, or defers to a local law that says nothing
	Meets              Status = "meets"
)

// Rank orders statuses from worst (0) to best; unknown statuses rank last.
func (s Status) Rank() int {
	switch s {
	case BelowDomestic:
		return 0
	case BelowInternational:
		return 1
	case Unaddressed:
		return 2
	case Meets:
		return 3
	}
	return 4
}

// AtLeast reports whether s is as bad as or worse than threshold.
func (s Status) AtLeast(threshold Status) bool { return s.Rank() <= threshold.Rank() }

// Subject kinds, in report order.
const (
	SubjectDueDiligence  = "due_diligence"
	SubjectOwnOperations = "own_operations"
	SubjectSupplierCode  = "supplier_code"
	SubjectSite          = "site"
	SubjectSupplier      = "supplier"
)

func subjectRank(kind string) int {
	switch kind {
	case SubjectDueDiligence:
		return 0
	case SubjectOwnOperations:
		return 1
	case SubjectSupplierCode:
		return 2
	case SubjectSite:
		return 3
	}
	return 4
}

func severityRank(s string) int {
	switch s {
	case "severe":
		return 0
	case "high":
		return 1
	case "medium":
		return 2
	case "low":
		return 3
	}
	return 4
}

// Subject is what a finding is about: the company's due-diligence process, a
// policy applied in one country, a site or a supplier.
type Subject struct {
	Kind    string `json:"kind"`
	ID      string `json:"id"`
	Country string `json:"country"`
	Tier    int    `json:"tier,omitempty"`
}

// Ratification is a country's ratification status of an ILO instrument.
// Information, never an excuse: fundamental conventions apply regardless.
type Ratification struct {
	Status             string   `json:"status"`
	Date               string   `json:"date,omitempty"`
	DeclaredMinimumAge *float64 `json:"declared_minimum_age,omitempty"`
	Verification       string   `json:"verification,omitempty"`
	URL                string   `json:"url,omitempty"`
	Notes              []string `json:"notes,omitempty"`
	CheckedAgainst     []Page   `json:"checked_against,omitempty"`
}

// WageRegime is how a country's statutory minimum wage is set: nationally,
// by region or by sector, by whom and how often — a cited fact, so that a
// report can say where the rate for a site must be looked up.
type WageRegime struct {
	Level          string   `json:"level"` // national, regional, sectoral, regional_and_sectoral, national_and_sectoral, none
	SetBy          string   `json:"set_by"`
	Revision       string   `json:"revision"`
	Instrument     string   `json:"instrument"`
	Article        string   `json:"article"`
	URL            string   `json:"url"`
	EffectiveFrom  string   `json:"effective_from"`
	Binding        string   `json:"binding"`
	Verification   string   `json:"verification"`
	CheckedAgainst []Page   `json:"checked_against,omitempty"`
	Notes          []string `json:"notes,omitempty"`
}

// Note says the regime in one sentence for a finding on the minimum wage.
func (w *WageRegime) Note(country string) string {
	where := map[string]string{
		"regional":              "set by region: check the rate for the site's region",
		"sectoral":              "set by sector: check the rate for the site's sector",
		"regional_and_sectoral": "set by region and sector: check the rate for the site's region and sector",
		"national_and_sectoral": "set nationally, with sectoral rates: check whether the site's sector has its own",
		"national":              "one national rate",
		"none":                  "no statutory minimum wage",
	}[w.Level]
	if where == "" {
		where = w.Level
	}
	n := fmt.Sprintf("Minimum wage in %s: %s; set by %s; revised %s (%s %s).", country, where, phrase(w.SetBy), phrase(w.Revision), w.Instrument, w.Article)
	if w.Verification == "unverified" {
		n += " Not verified against the text: shown for orientation only."
	}
	return n
}

// phrase lowers the first letter of a sentence used inside another, unless
// it starts an acronym or a name in capitals ("MHLW", "The Ministry" → "the Ministry").
func phrase(s string) string {
	if len(s) > 1 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'a' && s[1] <= 'z' && strings.HasPrefix(s, "The ") {
		return "t" + s[1:]
	}
	return s
}

// Exception is a derogation an instrument allows. hrdd reports it as a note
// on findings and never applies it.
type Exception struct {
	Article string `json:"article"`
	Value   any    `json:"value,omitempty"`
	Text    string `json:"text"`
}

// Source is one instrument's value for one requirement, with its citation.
type Source struct {
	Value           any           `json:"value"`
	Instrument      string        `json:"instrument"`
	InstrumentTitle string        `json:"instrument_title,omitempty"`
	InstrumentCode  string        `json:"instrument_code,omitempty"`
	Article         string        `json:"article"`
	URL             string        `json:"url"`
	EffectiveFrom   string        `json:"effective_from"`
	EffectiveTo     string        `json:"effective_to,omitempty"`
	Binding         string        `json:"binding"`
	Verification    string        `json:"verification"`
	Profile         string        `json:"profile,omitempty"`
	Law             string        `json:"law,omitempty"`
	Fundamental     bool          `json:"fundamental,omitempty"`
	Notes           []string      `json:"notes,omitempty"`
	Exceptions      []Exception   `json:"exceptions,omitempty"`
	Ratification    *Ratification `json:"ratification,omitempty"`
	// Entry is value (omitted), absence, restriction or not_encoded.
	Entry  string `json:"entry,omitempty"`
	Reason string `json:"reason,omitempty"` // why a not_encoded entry is not encoded
	// Conditions say when the value applies; the engine applies them per subject.
	Conditions *condition.Conditions `json:"conditions,omitempty"`
	// Statute is the statute's own number and unit when the catalogue's unit differs.
	Statute             *Statute `json:"statute,omitempty"`
	DefersToNationalLaw bool     `json:"defers_to_national_law,omitempty"`
	// CheckedAgainst names the secondary pages a value was checked against
	// (law firms, translations, ILO summaries); URL is always the official text.
	CheckedAgainst []Page `json:"checked_against,omitempty"`
}

// Page is a web page read to check a value.
type Page struct {
	URL   string `json:"url"`
	Title string `json:"title"`
}

// Statute is a value as the statute states it, and how hrdd converts it to
// the catalogue's unit.
type Statute struct {
	Value      float64 `json:"value"`
	Unit       string  `json:"unit"`
	Conversion string  `json:"conversion"`
}

// Side is what one side — domestic law or the international standards — requires:
// the strictest value among its sources, and the sources that set it.
type Side struct {
	Value   any      `json:"value"`
	Sources []Source `json:"sources"`
	// Entry is absence (the law sets nothing: Value is null) or restriction
	// (the law limits the right); omitted for a value.
	Entry string `json:"entry,omitempty"`
	// Conditional is set when the value applies only where its conditions
	// hold (for a policy, which governs every workplace: where they hold).
	Conditional string `json:"conditional,omitempty"`
}

// Finding is one practice value compared with one effective requirement.
type Finding struct {
	// ID names the finding by requirement and subject (kind, id, country),
	// never by a position in the document: the same finding has the same id
	// whatever order the document lists things in (FindingID).
	ID            string   `json:"id"`
	Requirement   string   `json:"requirement"`
	Subject       Subject  `json:"subject"`
	Status        Status   `json:"status"`
	Severity      string   `json:"severity"`
	Practice      any      `json:"practice"`
	Domestic      *Side    `json:"domestic"`
	International *Side    `json:"international"`
	Required      any      `json:"required"`
	Binding       string   `json:"binding"`
	Pointer       string   `json:"pointer"`
	Message       string   `json:"message"`
	Missing       []string `json:"missing,omitempty"`
	Notes         []string `json:"notes,omitempty"`
	// DomesticGuidance is what non-binding domestic instruments (government
	// guidelines) and unverified domestic values ask: shown, never a ground
	// for below_domestic.
	DomesticGuidance *Side `json:"domestic_guidance,omitempty"`
	// Reason says why a finding is unaddressed: silent (the document says
	// nothing), not_encoded (hrdd's rules hold no domestic entry: a gap in
	// the rules, not in the law), no_pack (no national rules for the
	// country), unknown (a figure a condition needs is missing: Needs).
	Reason string `json:"reason,omitempty"`
	// Needs are the JSON pointers of figures the document lacks and a
	// condition of the law needs.
	Needs []string `json:"needs,omitempty"`
	// Remediation is the document's plan for this finding, if any. Until it
	// is due the shortfall keeps its status but does not fail --fail-on or
	// diff; once the as-of date is past due it is overdue and counts.
	Remediation *Remediation `json:"remediation,omitempty"`
}

// Sources yields the sources of both sides of the finding, each with its
// side's name ("domestic" first, then "international").
func (f *Finding) Sources() iter.Seq2[string, Source] {
	return func(yield func(string, Source) bool) {
		for _, side := range []struct {
			name string
			sd   *Side
		}{{"domestic", f.Domestic}, {"international", f.International}} {
			if side.sd == nil {
				continue
			}
			for _, s := range side.sd.Sources {
				if !yield(side.name, s) {
					return
				}
			}
		}
	}
}

// Remediation is a remediation plan attached to a finding.
type Remediation struct {
	Plan    string `json:"plan"`
	Owner   string `json:"owner,omitempty"`
	Due     string `json:"due"`
	Overdue bool   `json:"overdue"`
}

// Blocking reports whether a finding counts for --fail-on and diff: every
// finding but one covered by a remediation plan that is not yet due.
func (f *Finding) Blocking() bool { return f.Remediation == nil || f.Remediation.Overdue }

// FindingID is the stable id of the finding on requirement for subject:
// "requirement/kind/id/country", with "/" and "%" in ids escaped.
func FindingID(requirement string, s Subject) string {
	id := s.ID
	if strings.ContainsAny(id, "%/") {
		id = idEscaper.Replace(id)
	}
	return requirement + "/" + s.Kind + "/" + id + "/" + s.Country
}

// idEscaper escapes the separators of a finding id; a Replacer is safe for
// concurrent use and immutable.
var idEscaper = strings.NewReplacer("%", "%25", "/", "%2F")

// Counts counts findings by status.
type Counts struct {
	BelowDomestic      int `json:"below_domestic"`
	BelowInternational int `json:"below_international"`
	Unaddressed        int `json:"unaddressed"`
	Meets              int `json:"meets"`
	// Of the unaddressed: gaps in hrdd's rules (no domestic entry encoded, or
	// no national pack) and comparisons a missing figure left open.
	NotEncoded int `json:"not_encoded"`
	Unknown    int `json:"unknown"`
}

func (c *Counts) add(s Status, why string) {
	switch why {
	case reasonNotEncoded, reasonNoPack:
		c.NotEncoded++
	case reasonUnknown:
		c.Unknown++
	}
	switch s {
	case BelowDomestic:
		c.BelowDomestic++
	case BelowInternational:
		c.BelowInternational++
	case Unaddressed:
		c.Unaddressed++
	case Meets:
		c.Meets++
	}
}

func (c *Counts) addCounts(o Counts) {
	c.BelowDomestic += o.BelowDomestic
	c.BelowInternational += o.BelowInternational
	c.Unaddressed += o.Unaddressed
	c.Meets += o.Meets
	c.NotEncoded += o.NotEncoded
	c.Unknown += o.Unknown
}

// Summary counts every comparison, passed ones included, in all and by the
// subject's country and by supplier tier.
type Summary struct {
	Counts
	// Planned counts, by status, the findings covered by a remediation plan
	// not yet due: they keep their status above and do not fail --fail-on.
	Planned   *Counts            `json:"planned,omitempty"`
	ByCountry map[string]*Counts `json:"by_country,omitempty"`
	ByTier    map[string]*Counts `json:"by_tier,omitempty"`
}

// tally counts comparisons as a run goes; summary turns it into a Summary.
type tally struct {
	all       Counts
	byCountry map[string]*Counts
	byTier    map[int]*Counts
}

func (t *tally) add(subj Subject, st Status, why string) {
	t.all.add(st, why)
	if subj.Country != "" {
		c := t.byCountry[subj.Country]
		if c == nil {
			if t.byCountry == nil {
				t.byCountry = map[string]*Counts{}
			}
			c = &Counts{}
			t.byCountry[subj.Country] = c
		}
		c.add(st, why)
	}
	if subj.Tier > 0 {
		c := t.byTier[subj.Tier]
		if c == nil {
			if t.byTier == nil {
				t.byTier = map[int]*Counts{}
			}
			c = &Counts{}
			t.byTier[subj.Tier] = c
		}
		c.add(st, why)
	}
}

// merge adds the counts of o.
func (t *tally) merge(o *tally) {
	t.all.addCounts(o.all)
	for cc, c := range o.byCountry {
		if t.byCountry == nil {
			t.byCountry = map[string]*Counts{}
		}
		if t.byCountry[cc] == nil {
			t.byCountry[cc] = &Counts{}
		}
		t.byCountry[cc].addCounts(*c)
	}
	for tier, c := range o.byTier {
		if t.byTier == nil {
			t.byTier = map[int]*Counts{}
		}
		if t.byTier[tier] == nil {
			t.byTier[tier] = &Counts{}
		}
		t.byTier[tier].addCounts(*c)
	}
}

func (t *tally) summary() Summary {
	s := Summary{Counts: t.all, ByCountry: t.byCountry}
	for tier, c := range t.byTier {
		if s.ByTier == nil {
			s.ByTier = map[string]*Counts{}
		}
		s.ByTier[tierKey(tier)] = c
	}
	return s
}

// Law is a due-diligence law in force on the as-of date and whether it applies
// to the company.
type Law struct {
	ID            string `json:"id"`
	Name          string `json:"name"`
	Jurisdiction  string `json:"jurisdiction"`
	Binding       string `json:"binding"`
	URL           string `json:"url"`
	EffectiveFrom string `json:"effective_from"`
	Status        string `json:"status"` // applies, applies_to_subsidiary, not_applicable, unknown
	Reason        string `json:"reason"`
}

// UnaddressedCount counts unaddressed findings of one requirement in one
// country, for one reason (silent, not_encoded, no_pack, unknown).
type UnaddressedCount struct {
	Requirement string `json:"requirement"`
	Country     string `json:"country"`
	Reason      string `json:"reason"`
	Count       int    `json:"count"`
}

// Instrument is one international instrument in force under the profiles.
type Instrument struct {
	Name    string `json:"name"`
	Profile string `json:"profile"`
	Binding string `json:"binding"`
}

// Reasons a finding is unaddressed (Finding.Reason).
const (
	reasonSilent     = "silent"
	reasonNotEncoded = "not_encoded"
	reasonNoPack     = "no_pack"
	reasonUnknown    = "unknown"
)

// Report is the result of evaluating one company document.
type Report struct {
	Report string `json:"report"`
	// HRDDVersion and RulesDigest name the program and the rules that made
	// the report: with AsOf, what it takes to reproduce it.
	HRDDVersion string   `json:"hrdd_version"`
	RulesDigest string   `json:"rules_digest"`
	AsOf        string   `json:"as_of"`
	Profiles    []string `json:"profiles"`
	// Instruments are the international instruments in force under the
	// profiles on the date: the baseline always, industry codes on top.
	Instruments []Instrument `json:"instruments"`
	// NoPack lists the countries of the document with no national rules in
	// hrdd: their domestic side is not checked.
	NoPack    []string   `json:"countries_without_rules"`
	Company   string     `json:"company"`
	Summary   Summary    `json:"summary"`
	Questions []Question `json:"questions"`
	Laws      []Law      `json:"due_diligence_laws"`
	// UnmatchedPlans are remediation plans that match no finding: a typo in
	// the requirement or subject, or a shortfall already gone.
	UnmatchedPlans []document.RemediationPlan `json:"unmatched_remediation_plans,omitempty"`
	// UnrecognisedSectors are the document's sector words that are not in
	// the catalogue's vocabulary (Engine.Sectors): for those subjects every
	// condition on the sector is unknown.
	UnrecognisedSectors []UnrecognisedSector `json:"unrecognised_sectors,omitempty"`
	// RegionsNeeded counts, by country, the sites and suppliers without a
	// region where some law applies in part of the country only.
	RegionsNeeded []RegionNeeded `json:"regions_needed,omitempty"`
	// UnaddressedSummary counts the unaddressed findings left out of
	// Findings when they are summarised (SummariseUnaddressed).
	UnaddressedSummary []UnaddressedCount `json:"unaddressed_summary,omitempty"`
	Findings           []Finding          `json:"findings"`
}

// Question is the answer to one of the three questions unions ask of a
// company's due diligence (README), drawn from the findings.
type Question struct {
	ID          string `json:"id"` // workers_organisations, indirect_partners, international_precedence
	Question    string `json:"question"`
	Answer      string `json:"answer"` // yes, no, partly (one of two organisations named), not_stated
	Requirement string `json:"requirement"`
	Status      Status `json:"status"`
	Detail      string `json:"detail"`
}

// Fails reports whether the report has a finding at or above threshold
// that counts: not covered by a remediation plan that is not yet due.
func (r *Report) Fails(threshold Status) bool {
	if threshold == "" {
		return false
	}
	c := r.Summary.Counts
	var p Counts
	if r.Summary.Planned != nil {
		p = *r.Summary.Planned
	}
	for _, x := range []struct {
		st   Status
		n, m int
	}{{BelowDomestic, c.BelowDomestic, p.BelowDomestic}, {BelowInternational, c.BelowInternational, p.BelowInternational}, {Unaddressed, c.Unaddressed, p.Unaddressed}} {
		if x.st.AtLeast(threshold) && x.n > x.m {
			return true
		}
	}
	return false
}

// Worst returns the worst status counted in the summary — whether or not the
// findings were listed — or Meets when nothing falls short.
func (r *Report) Worst() Status {
	switch c := r.Summary.Counts; {
	case c.BelowDomestic > 0:
		return BelowDomestic
	case c.BelowInternational > 0:
		return BelowInternational
	case c.Unaddressed > 0:
		return Unaddressed
	}
	return Meets
}
