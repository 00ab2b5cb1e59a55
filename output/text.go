package output

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/openhrdd/hrdd/engine"
)

// Text writes a report for people: the due-diligence laws and whether they
// apply, the summary, every shortfall with both sides' citations, then the
// unaddressed requirements grouped by requirement, and passed ones if listed.
func Text(w io.Writer, r *engine.Report) error {
	return TextStream(w, r, slicesSeq(r.Findings))
}

// maxListed caps the subjects listed on one line of unaddressed requirements;
// the JSON report lists them all.
const maxListed = 50

// TextStream is Text with the findings of seq in place of r.Findings, read
// once, so that a report of any size is written in bounded memory.
func TextStream(w io.Writer, r *engine.Report, seq iter.Seq2[engine.Finding, error]) error {
	b := bufio.NewWriterSize(w, 1<<16)
	fmt.Fprintf(b, "hrdd report: %s\n", r.Company)
	fmt.Fprintf(b, "as of %s, profiles: %s\n", r.AsOf, strings.Join(r.Profiles, ", "))
	fmt.Fprintf(b, "  rules %s, hrdd %s\n", r.RulesDigest, r.HRDDVersion)
	for _, p := range r.Profiles {
		var names []string
		for _, in := range r.Instruments {
			if in.Profile == p {
				names = append(names, in.Name)
			}
		}
		if len(names) > 0 {
			fmt.Fprintf(b, "  instruments in force (%s): %s\n", p, strings.Join(names, ", "))
		}
	}
	if len(r.NoPack) > 0 {
		fmt.Fprintf(b, "  no national rules for %s: domestic side not checked\n", strings.Join(r.NoPack, ", "))
	}
	for _, u := range r.UnrecognisedSectors {
		fmt.Fprintf(b, "  sector %q is not a sector word of hrdd (%s, first at %s): conditions on the sector are unknown there (hrdd sectors lists the words)\n", u.Word, uses(u.Count), u.First)
	}
	for _, n := range r.RegionsNeeded {
		fmt.Fprintf(b, "  region not given in %s, where some laws apply in part of the country (%s, first at %s): give an ISO 3166-2 code\n", n.Country, subjects(n.Count), n.First)
	}
	if len(r.Questions) > 0 {
		fmt.Fprintln(b, "\nThe three questions:")
		for i, q := range r.Questions {
			fmt.Fprintf(b, "  %d. %s\n     %s (%s: %s); %s\n", i+1, q.Question, strings.ReplaceAll(q.Answer, "_", " "), q.Requirement, q.Status, q.Detail)
		}
	}
	if len(r.Laws) > 0 {
		fmt.Fprintln(b, "\nDue-diligence laws in force:")
		laws := slices.Clone(r.Laws)
		slices.SortStableFunc(laws, func(a, b engine.Law) int { return lawRank(a.Status) - lawRank(b.Status) })
		for _, l := range laws {
			fmt.Fprintf(b, "  %-15s %s (%s, %s): %s\n", strings.ReplaceAll(l.Status, "_", " "), l.Name, l.Jurisdiction, binding(l.Binding), l.Reason)
		}
	}
	s := r.Summary
	fmt.Fprintf(b, "\nSummary: %d below domestic law, %d below international standards, %d unaddressed, %d meet\n",
		s.BelowDomestic, s.BelowInternational, s.Unaddressed, s.Meets)
	if s.NotEncoded > 0 || s.Unknown > 0 {
		fmt.Fprintf(b, "  of the unaddressed: %d gaps in hrdd's rules (no domestic entry encoded, or no national rules), %d unknown for a missing figure\n",
			s.NotEncoded, s.Unknown)
	}
	if len(r.NoPack) > 0 {
		fmt.Fprintf(b, "  countries without national rules (domestic side not checked): %s\n", strings.Join(r.NoPack, ", "))
	}
	if p := s.Planned; p != nil {
		fmt.Fprintf(b, "  covered by remediation plans not yet due (do not fail --fail-on): %d below domestic law, %d below international standards, %d unaddressed\n",
			p.BelowDomestic, p.BelowInternational, p.Unaddressed)
	}
	for _, p := range r.UnmatchedPlans {
		fmt.Fprintf(b, "  remediation plan matches no finding: %s for %s %s %s (due %s)\n", p.Requirement, p.Subject.Kind, p.Subject.ID, p.Subject.Country, p.Due)
	}
	if len(s.ByCountry) > 0 {
		fmt.Fprintln(b, "  by country (below domestic / below international / unaddressed / meet):")
		for _, k := range sortedKeys(s.ByCountry) {
			c := s.ByCountry[k]
			fmt.Fprintf(b, "    %-4s %d / %d / %d / %d\n", k, c.BelowDomestic, c.BelowInternational, c.Unaddressed, c.Meets)
		}
	}
	if len(s.ByTier) > 0 {
		fmt.Fprintln(b, "  by supplier tier:")
		tiers := sortedKeys(s.ByTier)
		slices.SortFunc(tiers, func(a, b string) int { return cmp.Or(len(a)-len(b), strings.Compare(a, b)) })
		for _, k := range tiers {
			c := s.ByTier[k]
			fmt.Fprintf(b, "    %-4s %d / %d / %d / %d\n", k, c.BelowDomestic, c.BelowInternational, c.Unaddressed, c.Meets)
		}
	}
	// One pass: shortfalls are written as they come; unaddressed and passed
	// findings are gathered per requirement, by what is required of them (it
	// differs from country to country), with at most maxListed subjects
	// named per line, and written after.
	type bucket struct {
		need     string
		subjects []string
		count    int
	}
	type group struct {
		severity, requirement string
		count                 int
		buckets               []*bucket
	}
	var silent, passed []*group
	add := func(groups []*group, f *engine.Finding) []*group {
		var g *group
		if n := len(groups); n > 0 && groups[n-1].requirement == f.Requirement {
			g = groups[n-1]
		} else {
			g = &group{severity: f.Severity, requirement: f.Requirement}
			groups = append(groups, g)
		}
		g.count++
		need := valueText(f.Required) + " (" + citeOf(f) + ")"
		switch f.Reason {
		case "not_encoded":
			need = "[no domestic entry in hrdd's rules] " + need
		case "no_pack":
			need = "[no national rules in hrdd] " + need
		case "unknown":
			need = "[unknown: a figure is missing] " + need
		}
		var bk *bucket
		for _, x := range g.buckets {
			if x.need == need {
				bk = x
				break
			}
		}
		if bk == nil {
			bk = &bucket{need: need}
			g.buckets = append(g.buckets, bk)
		}
		if len(bk.subjects) < maxListed {
			sub := subject(f.Subject)
			if len(f.Needs) > 0 {
				sub += " (needs " + strings.Join(f.Needs, ", ") + ")"
			}
			bk.subjects = append(bk.subjects, sub)
		}
		bk.count++
		return groups
	}
	listed, short := false, 0
	sides := sideCache{}
	for f, err := range seq {
		if err != nil {
			return err
		}
		listed = true
		switch f.Status {
		case engine.Unaddressed:
			silent = add(silent, &f)
			continue
		case engine.Meets:
			passed = add(passed, &f)
			continue
		}
		if short == 0 {
			fmt.Fprintf(b, "\nShortfalls (%d):\n", s.BelowDomestic+s.BelowInternational)
		}
		short++
		fmt.Fprintf(b, "\n%s  %s  %s  %s\n", strings.ToUpper(f.Severity), f.Status, f.Requirement, subject(f.Subject))
		fmt.Fprintf(b, "  %s\n", f.Message)
		b.WriteString(sides.get(f.Domestic, f.International))
		if f.DomesticGuidance != nil {
			side(b, "guidance", f.DomesticGuidance)
		}
		fmt.Fprintf(b, "  at: %s\n", f.Pointer)
		if len(f.Needs) > 0 {
			fmt.Fprintf(b, "  needs: %s\n", strings.Join(f.Needs, ", "))
		}
		if p := f.Remediation; p != nil {
			state := "not yet due: does not fail --fail-on"
			if p.Overdue {
				state = "OVERDUE: counts"
			}
			fmt.Fprintf(b, "  remediation: %s (owner %s, due %s, %s)\n", p.Plan, orDash(p.Owner), p.Due, state)
		}
		for _, n := range f.Notes {
			b.WriteString("  note: ")
			b.WriteString(n)
			b.WriteByte('\n')
		}
	}
	write := func(groups []*group, verb string) {
		for _, g := range groups {
			fmt.Fprintf(b, "\n  %s %s (%d subjects)\n", strings.ToUpper(g.severity), g.requirement, g.count)
			for _, bk := range g.buckets {
				subs := bk.subjects
				if bk.count > len(subs) {
					subs = append(subs, fmt.Sprintf("… and %d more", bk.count-len(subs)))
				}
				fmt.Fprintf(b, "    %s %s: %s\n", verb, bk.need, strings.Join(subs, "; "))
			}
		}
	}
	if len(silent) > 0 {
		fmt.Fprintf(b, "\nUnaddressed (%d): the document is silent; or it defers to local law where hrdd's rules hold no domestic entry (a gap in hrdd's rules, not in the law); or a figure a condition of the law needs is missing\n", s.Unaddressed)
		write(silent, "requires")
	}
	if len(r.UnaddressedSummary) > 0 {
		fmt.Fprintf(b, "\nUnaddressed (%d), counted by requirement, country and reason:\n", s.Unaddressed)
		for _, u := range r.UnaddressedSummary {
			fmt.Fprintf(b, "  %-50s %-4s %-12s %d\n", u.Requirement, u.Country, u.Reason, u.Count)
		}
	}
	if len(passed) > 0 {
		fmt.Fprintf(b, "\nMeets (%d):\n", s.Meets)
		write(passed, "meets")
	}
	if !listed {
		fmt.Fprintln(b, "\nNo findings.")
	}
	return b.Flush()
}

func lawRank(status string) int {
	switch status {
	case "applies":
		return 0
	case "unknown":
		return 1
	case "applies_to_subsidiary":
		return 2
	}
	return 3
}

// citeOf names the sources that bind a finding, for one-line listings.
func citeOf(f *engine.Finding) string {
	var sides []*engine.Side
	switch f.Binding {
	case "domestic":
		sides = []*engine.Side{f.Domestic}
	case "international":
		sides = []*engine.Side{f.International}
	default:
		sides = []*engine.Side{f.Domestic, f.International}
	}
	var cs []string
	for _, sd := range sides {
		if sd == nil {
			continue
		}
		for _, s := range sd.Sources {
			c := strings.TrimSpace(s.Instrument + " " + s.Article)
			if !slices.Contains(cs, c) {
				cs = append(cs, c)
			}
		}
	}
	return strings.Join(cs, "; ")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// sideCache renders the citation lines of a pair of sides once: the engine
// shares one *Side among all findings of a requirement in a legal context.
type sideCache map[[2]*engine.Side]string

func (c sideCache) get(dom, intl *engine.Side) string {
	k := [2]*engine.Side{dom, intl}
	if s, ok := c[k]; ok {
		return s
	}
	var sb strings.Builder
	w := bufio.NewWriter(&sb)
	side(w, "domestic", dom)
	side(w, "international", intl)
	w.Flush()
	c[k] = sb.String()
	return c[k]
}

func subject(s engine.Subject) string {
	parts := []string{s.Kind}
	if s.ID != "" {
		parts = append(parts, s.ID)
	}
	if s.Country != "" {
		parts = append(parts, s.Country)
	}
	if s.Tier > 0 {
		parts = append(parts, fmt.Sprintf("tier %d", s.Tier))
	}
	return strings.Join(parts, " ")
}

func side(b *bufio.Writer, name string, sd *engine.Side) {
	if sd == nil {
		fmt.Fprintf(b, "  %-14s (no binding value in hrdd's rules)\n", name+":")
		return
	}
	for i, src := range sd.Sources {
		label := ""
		if i == 0 {
			label = name + ":"
		}
		fmt.Fprintf(b, "  %-14s %s  %s %s [%s, %s] %s\n", label, sourceValue(src), src.Instrument, src.Article, binding(src.Binding), src.Verification, src.URL)
		if c := src.Conditions.Describe(); c != "" {
			fmt.Fprintf(b, "  %-14s   applies to: %s\n", "", c)
		}
		for _, p := range src.CheckedAgainst {
			fmt.Fprintf(b, "  %-14s   checked against: %s %s\n", "", p.Title, p.URL)
		}
	}
}

// sourceValue renders a source's value, or what its entry says instead.
func sourceValue(src engine.Source) string {
	switch src.Entry {
	case "absence":
		return "(the law sets none)"
	case "restriction":
		return valueText(src.Value) + " (restricted by law)"
	case "not_encoded":
		return "(not encoded: " + src.Reason + ")"
	}
	v := valueText(src.Value)
	if st := src.Statute; st != nil {
		v += fmt.Sprintf(" (statute: %v %s, %s)", st.Value, st.Unit, st.Conversion)
	}
	return v
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func binding(b string) string { return strings.ReplaceAll(b, "_", " ") }

func valueText(v any) string {
	switch x := v.(type) {
	case []any:
		parts := make([]string, len(x))
		for i, it := range x {
			parts[i] = fmt.Sprint(it)
		}
		return strings.Join(parts, ", ")
	case []string:
		return strings.Join(x, ", ")
	case []int:
		parts := make([]string, len(x))
		for i, it := range x {
			parts[i] = fmt.Sprint(it)
		}
		return "tiers " + strings.Join(parts, ", ")
	case nil:
		return "-"
	}
	return fmt.Sprint(v)
}

// RequirementsText writes the requirements of one jurisdiction as a table
// followed by the citations.
func RequirementsText(w io.Writer, rq *engine.Requirements) error {
	b := bufio.NewWriter(w)
	name := rq.Name
	if name == "" {
		name = "no national rule pack"
	}
	fmt.Fprintf(b, "Requirements in %s (%s), as of %s, profiles: %s\n", rq.Jurisdiction, name, rq.AsOf, strings.Join(rq.Profiles, ", "))
	if !rq.Pack {
		fmt.Fprintf(b, "hrdd has no national rules for %s: the domestic side is not checked; the values below are the international standards only.\n", rq.Jurisdiction)
	}
	workplaceLine(b, rq.Workers, rq.Region, rq.Sector)
	b.WriteString("\n")
	fmt.Fprintf(b, "%-50s %-14s %-14s %-14s %-13s %s\n", "requirement", "domestic", "international", "effective", "binding", "gap")
	for _, r := range rq.Requirements {
		gap := ""
		if r.Gap {
			gap = "GAP"
		}
		dom := sideValue(r.Domestic)
		switch {
		case r.Entry == "absence":
			dom = "none (law)"
		case r.Entry == "not_encoded" || r.Entry == "none":
			dom = "not encoded"
		case len(r.Needs) > 0 && r.Domestic == nil:
			dom = "conditional"
		}
		if len(r.Conditional) > 0 && r.Domestic != nil {
			dom += "*"
		}
		fmt.Fprintf(b, "%-50s %-14s %-14s %-14s %-13s %s\n", r.ID, short(dom), short(sideValue(r.International)), short(valueText(r.Effective)), r.Binding, gap)
	}
	fmt.Fprintln(b, "\n* also conditional values: see the sources below.")
	fmt.Fprintln(b, "\nSources:")
	for _, r := range rq.Requirements {
		if r.Domestic == nil && r.International == nil && len(r.Conditional) == 0 && r.DomesticGuidance == nil {
			continue
		}
		fmt.Fprintf(b, "\n%s (%s, %s)\n", r.ID, r.Kind, r.Unit)
		requirementSides(b, &r)
		for _, n := range r.Notes {
			fmt.Fprintf(b, "  note: %s\n", n)
		}
	}
	return b.Flush()
}

func sideValue(s *engine.Side) string {
	if s == nil {
		return "-"
	}
	return valueText(s.Value)
}

func short(s string) string {
	if len(s) > 14 {
		return s[:11] + "..."
	}
	return s
}

// requirementSides writes the citation lines of a requirement: binding
// domestic law (or why hrdd holds none), conditional values, guidance, and
// the international standard.
func requirementSides(b *bufio.Writer, r *engine.EffectiveRequirement) {
	if r.Domestic == nil && r.Reason != "" {
		fmt.Fprintf(b, "  %-14s (not encoded: %s)\n", "domestic:", r.Reason)
	} else {
		side(b, "domestic", r.Domestic)
	}
	if len(r.Conditional) > 0 {
		side(b, "conditional", &engine.Side{Sources: r.Conditional})
	}
	if r.DomesticGuidance != nil {
		side(b, "guidance", r.DomesticGuidance)
	}
	side(b, "international", r.International)
}

// workplaceLine says which kind of workplace requirements or an
// explanation answer for, when any was given.
func workplaceLine(b *bufio.Writer, workers *int, region, sector string) {
	var place []string
	if workers != nil {
		place = append(place, fmt.Sprintf("%d workers", *workers))
	}
	if region != "" {
		place = append(place, "region "+region)
	}
	if sector != "" {
		place = append(place, "sector "+sector)
	}
	if len(place) > 0 {
		fmt.Fprintf(b, "for a workplace of %s\n", strings.Join(place, ", "))
	}
}

// subjects counts sites and suppliers: "1 site or supplier", "3 sites or suppliers".
func subjects(n int) string {
	if n == 1 {
		return "1 site or supplier"
	}
	return strconv.Itoa(n) + " sites or suppliers"
}

// uses counts the uses of a word: "1 use", "3 uses".
func uses(n int) string {
	if n == 1 {
		return "1 use"
	}
	return strconv.Itoa(n) + " uses"
}
