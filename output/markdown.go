package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/openhrdd/hrdd/engine"
)

// md escapes the characters that would break a Markdown table cell.
func md(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", " ")
}

func mdSource(s engine.Source) string {
	c := md(strings.TrimSpace(s.Instrument + " " + s.Article))
	if s.URL != "" {
		c = fmt.Sprintf("[%s](%s)", c, s.URL)
	}
	return c
}

func mdSide(sd *engine.Side) (value, cites string) {
	if sd == nil {
		return "—", "—"
	}
	var cs []string
	for _, s := range sd.Sources {
		c := mdSource(s)
		if s.Verification != "primary" {
			c += " (" + s.Verification + ")"
		}
		cs = append(cs, c)
	}
	return md(valueText(sd.Value)), strings.Join(cs, "; ")
}

func ratificationText(sd *engine.Side, country string) string {
	if sd == nil {
		return ""
	}
	var out []string
	for _, s := range sd.Sources {
		if s.InstrumentCode == "" {
			continue
		}
		switch {
		case s.Ratification == nil:
			out = append(out, s.InstrumentCode+": status not recorded")
		case s.Ratification.Status == "ratified":
			t := s.InstrumentCode + " ratified"
			if s.Ratification.Date != "" {
				t += " " + s.Ratification.Date
			}
			out = append(out, t)
		default:
			t := s.InstrumentCode + " not ratified"
			if s.Fundamental {
				t += " (fundamental: applies regardless)"
			}
			out = append(out, t)
		}
	}
	return strings.Join(out, "; ")
}

// GapsMarkdown writes, per country, the requirements where domestic law is
// absent or weaker than the international baseline.
func GapsMarkdown(w io.Writer, gaps []*engine.Requirements) error {
	b := bufio.NewWriter(w)
	for i, rq := range gaps {
		if i > 0 {
			fmt.Fprintln(b)
		}
		fmt.Fprintf(b, "## %s — law gaps as of %s (profiles: %s)\n\n", countryTitle(rq), rq.AsOf, strings.Join(rq.Profiles, ", "))
		if !rq.Pack {
			fmt.Fprintf(b, "hrdd has no national rules for %s: its law is not checked, so no law gaps are listed.\n", rq.Jurisdiction)
			continue
		}
		if len(rq.Requirements) == 0 {
			fmt.Fprintln(b, "No gaps: domestic law meets or exceeds every international value.")
			continue
		}
		fmt.Fprintln(b, "Domestic is binding law only; government guidance and conditional values are listed on their own.")
		fmt.Fprintln(b)
		fmt.Fprintln(b, "| requirement | domestic (binding law) | domestic source | international | international source | ratification | guidance and conditional values |")
		fmt.Fprintln(b, "|---|---|---|---|---|---|---|")
		for _, r := range rq.Requirements {
			dv, dc := mdSide(r.Domestic)
			if r.Domestic == nil && r.Reason != "" {
				dv = md("not encoded: " + r.Reason)
			}
			iv, ic := mdSide(r.International)
			var extra []string
			if g := r.DomesticGuidance; g != nil {
				gv, gc := mdSide(g)
				extra = append(extra, "guidance "+gv+" ("+gc+")")
			}
			for _, c := range r.Conditional {
				extra = append(extra, md(sourceValue(c)+" "+c.Instrument+" "+c.Article+" where "+c.Conditions.Describe()))
			}
			fmt.Fprintf(b, "| `%s` | %s | %s | %s | %s | %s | %s |\n", r.ID, dv, dc, iv, ic, md(ratificationText(r.International, rq.Jurisdiction)), strings.Join(extra, "; "))
		}
	}
	return b.Flush()
}

func countryTitle(rq *engine.Requirements) string {
	if rq.Name != "" {
		return rq.Name + " (" + rq.Jurisdiction + ")"
	}
	return rq.Jurisdiction + " (no national rule pack)"
}

// GapsText writes the law gaps of each country for a terminal.
func GapsText(w io.Writer, gaps []*engine.Requirements) error {
	b := bufio.NewWriter(w)
	for i, rq := range gaps {
		if i > 0 {
			fmt.Fprintln(b)
		}
		if !rq.Pack {
			fmt.Fprintf(b, "%s: hrdd has no national rules for %s: its law is not checked, so no law gaps are listed (as of %s)\n", countryTitle(rq), rq.Jurisdiction, rq.AsOf)
			continue
		}
		fmt.Fprintf(b, "%s: %d law gaps as of %s (profiles: %s)\n", countryTitle(rq), len(rq.Requirements), rq.AsOf, strings.Join(rq.Profiles, ", "))
		for _, r := range rq.Requirements {
			fmt.Fprintf(b, "\n  %s (%s)\n", r.ID, r.Title)
			requirementSides(b, &r)
			if rt := ratificationText(r.International, rq.Jurisdiction); rt != "" {
				fmt.Fprintf(b, "  %-14s %s\n", "ratification:", rt)
			}
		}
	}
	return b.Flush()
}

// CatalogueMarkdown writes the whole catalogue: requirements, every source
// value with its citation and dates, national packs and due-diligence laws.
func CatalogueMarkdown(w io.Writer, c *engine.Catalogue) error {
	b := bufio.NewWriter(w)
	fmt.Fprintln(b, "# hrdd catalogue")
	fmt.Fprintln(b)
	fmt.Fprintln(b, "Generated from the rules by `go run ./cmd/hrdd doc --format markdown > docs/catalogue.md`; do not edit by hand.")
	fmt.Fprintln(b, "Verification: *primary* = checked against the text of the instrument; *secondary* = checked against a reliable secondary source only; *unverified* = shown, never a ground for a finding. Binding: only *law* makes a practice below domestic law; *soft law* domestic instruments are guidance.")
	fmt.Fprintln(b)
	fmt.Fprintln(b, "## Requirements")
	fmt.Fprintln(b)
	fmt.Fprintln(b, "| id | kind | unit | severity | level | title |")
	fmt.Fprintln(b, "|---|---|---|---|---|---|")
	for _, r := range c.Requirements {
		fmt.Fprintf(b, "| `%s` | %s | %s | %s | %s | %s |\n", r.ID, r.Kind, md(r.Unit), r.Severity, r.Level, md(r.Title))
	}
	for _, r := range c.Requirements {
		fmt.Fprintf(b, "\n### `%s` — %s\n\n", r.ID, md(r.Title))
		if len(r.Sources) == 0 {
			fmt.Fprintln(b, "No source values.")
			continue
		}
		fmt.Fprintln(b, "| pack | value | source | in force | binding | verification | profile |")
		fmt.Fprintln(b, "|---|---|---|---|---|---|---|")
		for _, s := range r.Sources {
			dates := s.EffectiveFrom + " –"
			if s.EffectiveTo != "" {
				dates += " " + s.EffectiveTo
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %s |\n", s.Pack, md(catalogueValue(s.Source)), mdSource(s.Source), dates, binding(s.Binding), s.Verification, s.Profile)
		}
	}
	fmt.Fprintln(b, "\n## National packs")
	for _, cc := range sortedKeys(c.NationalPacks) {
		p := c.NationalPacks[cc]
		fmt.Fprintf(b, "\n### %s — %s\n\n", cc, md(p.Name))
		if len(p.Reads) > 0 {
			fmt.Fprintf(b, "Rules read: %s.\n\n", strings.Join(p.Reads, ", "))
		}
		if w := p.WageRegime; w != nil {
			fmt.Fprintf(b, "Minimum wage: %s — set by %s; revised %s ([%s %s](%s), %s).\n\n",
				strings.ReplaceAll(w.Level, "_", " "), md(w.SetBy), md(w.Revision), md(w.Instrument), md(w.Article), w.URL, w.Verification)
		}
		if len(p.Ratifications) == 0 {
			fmt.Fprintln(b, "No ratifications recorded.")
			continue
		}
		fmt.Fprintln(b, "| ILO instrument | status | date | declared minimum age | verification |")
		fmt.Fprintln(b, "|---|---|---|---|---|")
		for _, k := range sortedKeys(p.Ratifications) {
			r := p.Ratifications[k]
			age := ""
			if r.DeclaredMinimumAge != nil {
				age = fmt.Sprint(*r.DeclaredMinimumAge)
			}
			src := r.Verification
			if r.URL != "" {
				src = fmt.Sprintf("[%s](%s)", r.Verification, r.URL)
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", k, strings.ReplaceAll(r.Status, "_", " "), r.Date, age, src)
		}
	}
	fmt.Fprintln(b, "\n## Due-diligence laws")
	fmt.Fprintln(b)
	fmt.Fprintln(b, "| id | law | jurisdiction | binding | in force from |")
	fmt.Fprintln(b, "|---|---|---|---|---|")
	for _, id := range sortedKeys(c.Laws) {
		l := c.Laws[id]
		fmt.Fprintf(b, "| `%s` | [%s](%s) | %s | %s | %s |\n", id, md(l.Name), l.URL, l.Jurisdiction, binding(l.Binding), l.EffectiveFrom)
	}
	if len(c.Sectors) > 0 {
		mdSection(b, "Sector words", "A site's or supplier's `sector` is read as one of these words (or an alias), in any case, with spaces or hyphens for underscores; sector conditions in the packs use the words. A broad word is one of its words, unknown which.",
			"word", "ISIC Rev.4", "title", "aliases")
		for _, s := range c.Sectors {
			fmt.Fprintf(b, "| `%s` | %s | %s | %s |\n", s.Word, md(s.ISIC), md(s.Title), md(strings.Join(s.Aliases, ", ")))
		}
		mdTable(b, "broad word", "ISIC Rev.4", "title", "one of", "aliases")
		for _, g := range c.SectorGroups {
			fmt.Fprintf(b, "| `%s` | %s | %s | %s | %s |\n", g.Word, md(g.ISIC), md(g.Title), md(strings.Join(g.Words, ", ")), md(strings.Join(g.Aliases, ", ")))
		}
	}
	if len(c.WorkerGroups) > 0 {
		mdSection(b, "Groups of workers", "A rule that protects only some workers of a workplace names the group; a document never says which workers a practice concerns, so such a rule is never the ground for \"unlawful\" at a site.",
			"group", "meaning")
		for _, g := range sortedKeys(c.WorkerGroups) {
			fmt.Fprintf(b, "| `%s` | %s |\n", g, md(c.WorkerGroups[g]))
		}
	}
	return b.Flush()
}

// catalogueValue is a source's value with its entry, statute unit and
// conditions, for the catalogue.
func catalogueValue(src engine.Source) string {
	v := sourceValue(src)
	if c := src.Conditions.Describe(); c != "" {
		v += " — applies to: " + c
	}
	if src.DefersToNationalLaw {
		v += " (defers to national law)"
	}
	for _, p := range src.CheckedAgainst {
		v += fmt.Sprintf(" — checked against [%s](%s)", p.Title, p.URL)
	}
	return v
}

// mdSection starts a catalogue section: its heading, a paragraph and the
// head of its table.
func mdSection(b *bufio.Writer, title, intro string, columns ...string) {
	fmt.Fprintf(b, "\n## %s\n\n%s\n", title, intro)
	mdTable(b, columns...)
}

// mdTable starts a table after a blank line.
func mdTable(b *bufio.Writer, columns ...string) {
	fmt.Fprintf(b, "\n| %s |\n|%s\n", strings.Join(columns, " | "), strings.Repeat("---|", len(columns)))
}
