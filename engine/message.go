package engine

import (
	"fmt"
	"slices"
	"strings"

	"github.com/openhrdd/hrdd/engine/compare"
	"github.com/openhrdd/hrdd/engine/condition"
)

// Messages say, in one sentence, what the practice is, what binds and who says
// so — the citations of both sides where both matter.

func subjectName(s Subject) string {
	switch s.Kind {
	case SubjectDueDiligence:
		return "Due-diligence process"
	case SubjectOwnOperations:
		return "Own-operations policy"
	case SubjectSupplierCode:
		return "Supplier code"
	case SubjectSite:
		return "Site " + s.ID
	case SubjectSupplier:
		return "Supplier " + s.ID
	}
	return s.Kind
}

// withUnit renders a value with its unit, e.g. "48 hours/week".
func withUnit(v compare.Value, unit string) string {
	if (v.Kind == compare.Floor || v.Kind == compare.Ceiling) && unit != "" {
		return v.String() + " " + unit
	}
	return v.String()
}

// needs renders what a requirement value asks, e.g. "at least 15 years".
func needs(req Requirement, v compare.Value) string {
	switch v.Kind {
	case compare.Floor:
		return "at least " + withUnit(v, req.Unit)
	case compare.Ceiling:
		return "at most " + withUnit(v, req.Unit)
	case compare.Required:
		return "it"
	case compare.Includes:
		return v.String()
	case compare.Scope:
		return v.String()
	}
	return v.String()
}

// practice renders what a practice value does, e.g. "sets 54 hours/week".
func practice(req Requirement, p, eff compare.Value) string {
	switch p.Kind {
	case compare.Floor, compare.Ceiling:
		return "sets " + withUnit(p, req.Unit)
	case compare.Required:
		if p.Bool {
			return "commits to " + lowerFirst(req.Title)
		}
		return "does not commit to " + lowerFirst(req.Title)
	case compare.Includes:
		if m := compare.Missing(p, eff); len(m) > 0 {
			return "leaves out " + strings.Join(m, ", ")
		}
		return "covers " + p.String()
	case compare.Scope:
		return "covers " + p.String()
	}
	return p.String()
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

func where(country string) string {
	if country == "" {
		return ""
	}
	return " in " + country
}

// isPolicy reports whether a subject is a policy or process (what the
// company commits to) rather than an observed practice at a workplace.
func isPolicy(s Subject) bool {
	return s.Kind == SubjectOwnOperations || s.Kind == SubjectSupplierCode || s.Kind == SubjectDueDiligence
}

// asking renders what a standard asks, in parentheses, for kinds whose
// value says more than "it".
func asking(req Requirement, v compare.Value) string {
	if req.Kind == compare.Required {
		return ""
	}
	return " (" + needs(req, v) + ")"
}

// weakestWhere says, for a policy following local law where the law treats
// workplaces differently, that the law cited is the weakest that applies
// somewhere in the country, and where.
func weakestWhere(res *resolved) string {
	if !res.localVaries || res.local == nil {
		return ""
	}
	w := "; the weakest rule in the country"
	if res.localGap {
		w = "; the weakest rule hrdd holds for the country, where some workplaces have no entry"
	}
	if res.local.out != nil && res.local.out.Conditional != "" {
		w += ", which applies to: " + strings.TrimSuffix(res.local.out.Conditional, ".")
	}
	return w
}

// cites returns a side's citations, or "" for a nil side.
func (sd *side) cites() string {
	if sd == nil {
		return ""
	}
	return sd.cite
}

// lawSays renders what the domestic entry says, e.g. "14 in BD, Act s. 34",
// "which sets no minimum in US, FLSA s. 7", "restricted in CN: false, …".
func lawSays(req Requirement, sd *side, country string) string {
	switch {
	case sd == nil:
		return "no domestic rule" + where(country)
	case sd.value.None:
		return fmt.Sprintf("the law%s sets nothing (%s)", where(country), sd.cite)
	case sd.entry == "restriction" && req.Kind == compare.Required:
		return fmt.Sprintf("the law%s restricts it (%s)", where(country), sd.cite)
	case sd.entry == "restriction":
		return fmt.Sprintf("the law%s restricts it to %s (%s)", where(country), withUnit(sd.value, req.Unit), sd.cite)
	}
	return fmt.Sprintf("%s%s, %s", withUnit(sd.value, req.Unit), where(country), sd.cite)
}

// needsPhrase says what would settle a conditional value: the figures the
// document lacks (their JSON pointers) and, for a rule protecting only some
// workers, which workers the practice concerns (never in the document).
func needsPhrase(attrs, ptrs []string) string {
	group := slices.Contains(attrs, condition.WorkerGroup)
	switch {
	case group && len(ptrs) == 0:
		return "depends on which workers it concerns"
	case group:
		return "needs " + strings.Join(ptrs, ", ") + ", and depends on which workers it concerns"
	}
	return "needs " + strings.Join(ptrs, ", ")
}

// conditionally names the conditions under which a side's value applies.
func conditionally(sd *side) string {
	if sd == nil || sd.out == nil || sd.out.Conditional == "" {
		return ""
	}
	return " (where: " + sd.out.Conditional + ")"
}

// message says, in one or two sentences, what the practice is, what binds and
// who says so. It handles every combination of sides: domestic only,
// international only, both, neither, guidance, absence and restriction.
func message(res *resolved, subj Subject, o outcome, country string, needPtrs []string) string {
	name := subjectName(subj)
	req := res.req
	if req.ID == "supplier_code.applies_to_tiers" {
		name = "Supplier code"
	}
	intl := res.intl
	if o.local || o.ifStricter {
		intl = res.intlLocal
	}
	eff := res.eff
	if (o.local || o.ifStricter) && res.hasLocal {
		eff = res.effLocal
	}
	requires := func(sd *side, v compare.Value) string {
		c := sd.cites()
		if c == "" {
			return ""
		}
		return c + " " + verb(c) + " " + needs(req, v)
	}
	bindCite := bindingCite(res)
	var msg string
	switch {
	case o.st == Unaddressed && o.why == reasonNoPack:
		msg = fmt.Sprintf("%s follows local law, but hrdd has no national rules for %s: the domestic side is not checked", name, country)
		if res.has {
			msg += "; " + requires(intl, intlValue(intl, eff))
		}
	case o.st == Unaddressed && o.why == reasonNotEncoded:
		msg = fmt.Sprintf("%s follows local law, but hrdd's rules hold no domestic entry%s on %s (a gap in hrdd's rules, not a finding on the law", name, where(country), lowerFirst(req.Title))
		if res.localVaries && res.dom != nil && res.dom.out != nil {
			msg += fmt.Sprintf(": no entry for some of its workplaces; the law asks %s where: %s", needs(req, res.dom.value), strings.TrimSuffix(res.dom.out.Conditional, "."))
		}
		if res.notEncoded != "" {
			msg += ": " + res.notEncoded
		}
		msg += ")"
		if intl != nil {
			msg += "; " + requires(intl, intl.value)
		}
	case o.st == Unaddressed && o.why == reasonUnknown:
		what := "follows local law"
		if o.p != nil {
			what = practice(req, *o.p, eff)
		}
		msg = fmt.Sprintf("%s %s: unknown: %s; %s%s", name, what, needsPhrase(res.needs, needPtrs), requires(res.possible, res.possible.value), conditionally(res.possible))
	case o.st == Unaddressed:
		msg = fmt.Sprintf("%s says nothing on %s", name, lowerFirst(req.Title))
		if res.has && bindCite != "" {
			msg += "; " + bindCite + " " + verb(bindCite) + " " + needs(req, eff)
		}
	case o.p == nil:
		// Meets without a value: a standard that defers to national law.
		msg = fmt.Sprintf("%s follows local law, which meets %s (the standard defers to national law)", name, res.intl.cites())
	case o.local && o.st == BelowInternational:
		msg = fmt.Sprintf("%s follows local law (%s%s), below %s%s", name, lawSays(req, res.local, country), weakestWhere(res), intl.cites(), asking(req, intlValue(intl, eff)))
	case o.local:
		msg = fmt.Sprintf("%s follows local law (%s%s), which meets %s", name, lawSays(req, res.local, country), weakestWhere(res), bindCite)
	case o.st == BelowDomestic:
		msg = belowDomestic(res, subj, *o.p, country)
	case o.st == BelowInternational && res.dom != nil && (res.dom.value.None || res.dom.entry == "restriction"):
		msg = fmt.Sprintf("%s %s: lawful, as %s, but %s", name, practice(req, *o.p, eff), lawSays(req, res.dom, country), requires(intl, intl.value))
	case o.st == BelowInternational && res.dom != nil:
		msg = fmt.Sprintf("%s %s: lawful%s (%s), but %s", name, practice(req, *o.p, eff), where(country), res.dom.cite, requires(intl, intl.value))
	case o.st == BelowInternational && subj.Kind == SubjectDueDiligence:
		msg = fmt.Sprintf("%s %s; %s, and no binding due-diligence law that applies to the company sets it", name, practice(req, *o.p, eff), requires(intl, intl.value))
	case o.st == BelowInternational && !res.pack:
		msg = fmt.Sprintf("%s %s; %s, and hrdd has no national rules for %s (domestic side not checked)", name, practice(req, *o.p, eff), requires(intl, intl.value), country)
	case o.st == BelowInternational:
		msg = fmt.Sprintf("%s %s; %s, and hrdd's rules hold no binding domestic value%s", name, practice(req, *o.p, eff), requires(intl, intl.value), where(country))
	default:
		msg = fmt.Sprintf("%s %s, meeting %s", name, practice(req, *o.p, eff), bindCite)
	}
	if o.unlawfulIf && res.possible != nil {
		msg += fmt.Sprintf(". It may also be below the law%s: %s%s; %s", where(country), requires(res.possible, res.possible.value), conditionally(res.possible), needsPhrase(res.needs, needPtrs))
	}
	if res.guidance != nil && o.st != Meets {
		msg += fmt.Sprintf(". Domestic guidance (not binding law): %s asks for %s", res.guidance.cite, needs(req, res.guidance.value))
	}
	return strings.TrimSuffix(msg, " ") + "."
}

func intlValue(sd *side, eff compare.Value) compare.Value {
	if sd == nil {
		return eff
	}
	return sd.value
}

// belowDomestic words a shortfall against binding domestic law: an observed
// practice is unlawful where it happens; a policy commits to less than the
// law; a list of grounds falls short only for the protected grounds it omits.
func belowDomestic(res *resolved, subj Subject, p compare.Value, country string) string {
	name, req, dom := subjectName(subj), res.req, res.dom
	law := dom.cite + conditionally(dom)
	if req.Kind == compare.Includes && req.ID != "non_discrimination.grounds" {
		missing := strings.Join(compare.Missing(p, dom.value), ", ")
		return fmt.Sprintf("%s leaves out %s, which %s %s%s: it falls short of the law", name, missing, law, verb(dom.cite), where(country))
	}
	if req.Kind == compare.Includes {
		missing := strings.Join(compare.Missing(p, dom.value), ", ")
		if isPolicy(subj) {
			return fmt.Sprintf("%s leaves out %s, protected by law%s (%s): the policy falls short of the law there", name, missing, where(country), law)
		}
		return fmt.Sprintf("%s leaves out %s, protected by law%s (%s), so the practice is unlawful there", name, missing, where(country), law)
	}
	if country == "" {
		return fmt.Sprintf("%s %s; %s %s %s: it falls short of the law", name, practice(req, p, dom.value), law, verb(dom.cite), needs(req, dom.value))
	}
	if isPolicy(subj) {
		return fmt.Sprintf("%s %s, which falls short of the law%s: %s %s %s", name, practice(req, p, dom.value), where(country), law, verb(dom.cite), needs(req, dom.value))
	}
	return fmt.Sprintf("%s %s; %s %s %s%s, so the practice is unlawful there", name, practice(req, p, dom.value), law, verb(dom.cite), needs(req, dom.value), where(country))
}

// noPackMessage says that a subject's country has no national rules.
func noPackMessage(subj Subject) string {
	return fmt.Sprintf("hrdd has no national rules for %s: the domestic side of %s is not checked; its findings compare with international standards only.",
		subj.Country, lowerFirst(subjectName(subj)))
}

// verb agrees with a citation list, whose items are separated by "; ":
// "ILO C138 Art. 2(3) requires", "X; Y require".
func verb(cites string) string {
	if strings.Contains(cites, "; ") {
		return "require"
	}
	return "requires"
}

// bindingCite cites the side(s) that set the effective requirement; "" when
// neither side says anything.
func bindingCite(res *resolved) string {
	switch res.binding {
	case "domestic":
		return res.dom.cites()
	case "international":
		return res.intl.cites()
	}
	d, i := res.dom.cites(), res.intl.cites()
	switch {
	case d == "" || d == i:
		return i
	case i == "":
		return d
	}
	return d + "; " + i
}

func tierMessage(res *resolved, subj Subject, st Status, p compare.Value, what string) string {
	name := fmt.Sprintf("%s (tier %d, %s)", subjectName(subj), subj.Tier, subj.Country)
	requires := func(sd *side, v compare.Value) string {
		c := sd.cites()
		if c == "" {
			return "the standard requires " + v.String()
		}
		return c + " " + verb(c) + " " + v.String()
	}
	switch st {
	case Unaddressed:
		return fmt.Sprintf("%s: the document does not say which tiers the %s covers; %s.", name, what, requires(bindingSide(res), res.eff))
	case BelowDomestic:
		return fmt.Sprintf("%s is outside the %s (%s); %s.", name, what, p.String(), requires(res.dom, res.dom.value))
	case BelowInternational:
		return fmt.Sprintf("%s is outside the %s (%s); %s.", name, what, p.String(), requires(res.intl, res.eff))
	}
	return fmt.Sprintf("%s is inside the %s (%s).", name, what, p.String())
}

// bindingSide is the side that sets the effective requirement (the
// international one when both do).
func bindingSide(res *resolved) *side {
	if res.binding == "domestic" {
		return res.dom
	}
	if res.intl != nil {
		return res.intl
	}
	return res.dom
}
