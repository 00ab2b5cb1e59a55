package output

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/openhrdd/hrdd/engine"
)

// maxMarkdownRows caps the rows of the shortfall table in a pull-request
// comment; the JSON report lists them all.
const maxMarkdownRows = 200

// Markdown writes a report for a pull-request comment: the three questions,
// the summary, the shortfalls with both citations, and the unaddressed
// requirements counted.
func Markdown(w io.Writer, r *engine.Report, fs []engine.Finding) error {
	b := bufio.NewWriter(w)
	s := r.Summary
	fmt.Fprintf(b, "## hrdd: %s\n\n", md(r.Company))
	fmt.Fprintf(b, "As of %s, profiles %s, rules `%s`.\n\n", r.AsOf, strings.Join(r.Profiles, ", "), r.RulesDigest)
	fmt.Fprintf(b, "**%d below domestic law, %d below international standards, %d unaddressed, %d meet.**\n\n",
		s.BelowDomestic, s.BelowInternational, s.Unaddressed, s.Meets)
	if len(r.NoPack) > 0 {
		fmt.Fprintf(b, "No national rules for %s: domestic side not checked.\n\n", strings.Join(r.NoPack, ", "))
	}
	for _, u := range r.UnrecognisedSectors {
		fmt.Fprintf(b, "Sector %s is not a sector word of hrdd (%s, first at `%s`): conditions on the sector are unknown there (`hrdd sectors` lists the words).\n\n", md(strconv.Quote(u.Word)), uses(u.Count), u.First)
	}
	for _, n := range r.RegionsNeeded {
		fmt.Fprintf(b, "Region not given in %s, where some laws apply in part of the country (%s, first at `%s`): give an ISO 3166-2 code.\n\n", n.Country, subjects(n.Count), n.First)
	}
	if len(r.Questions) > 0 {
		fmt.Fprintln(b, "| question | answer | detail |\n|---|---|---|")
		for _, q := range r.Questions {
			fmt.Fprintf(b, "| %s | **%s** | %s |\n", md(q.Question), strings.ReplaceAll(q.Answer, "_", " "), md(q.Detail))
		}
		fmt.Fprintln(b)
	}
	rows := 0
	unaddressed := map[string]int{}
	var order []string
	for _, f := range fs {
		switch f.Status {
		case engine.Meets:
			continue
		case engine.Unaddressed:
			if unaddressed[f.Requirement] == 0 {
				order = append(order, f.Requirement)
			}
			unaddressed[f.Requirement]++
			continue
		}
		if rows == 0 {
			fmt.Fprintln(b, "### Shortfalls\n\n| severity | status | finding | message | domestic | international |\n|---|---|---|---|---|---|")
		}
		rows++
		if rows > maxMarkdownRows {
			continue
		}
		_, dc := mdSide(f.Domestic)
		_, ic := mdSide(f.International)
		fmt.Fprintf(b, "| %s | %s | `%s` | %s | %s | %s |\n", f.Severity, f.Status, f.ID, md(f.Message), dc, ic)
	}
	if rows > maxMarkdownRows {
		fmt.Fprintf(b, "\n… and %d more shortfalls: see the JSON report.\n", rows-maxMarkdownRows)
	}
	if len(order) > 0 {
		fmt.Fprintln(b, "\n### Unaddressed\n\n| requirement | subjects |\n|---|---|")
		for _, id := range order {
			fmt.Fprintf(b, "| `%s` | %d |\n", id, unaddressed[id])
		}
	}
	return b.Flush()
}
