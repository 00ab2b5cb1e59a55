package engine

import (
	"fmt"
	"strings"

	"github.com/openhrdd/hrdd/engine/compare"
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

func message(res *resolved, subj Subject, st Status, p *compare.Value, local bool, country string) string {
	name := subjectName(subj)
	req := res.req
	bindCite := bindingCite(res)
	switch {
	case st == Unaddressed && local:
		return fmt.Sprintf("%s follows local law, but no domestic rule%s on %s is in the rules; %s %s %s.",
			name, where(country), lowerFirst(req.Title), bindCite, verb(bindCite), needs(req, res.eff))
	case st == Unaddressed:
		return fmt.Sprintf("%s says nothing on %s; %s %s %s.", name, lowerFirst(req.Title), bindCite, verb(bindCite), needs(req, res.eff))
	case local && st == BelowInternational:
		return fmt.Sprintf("%s follows local law (%s%s, %s), below %s (%s).",
			name, res.dom.value.String(), where(country), res.dom.cite, res.intl.cite, needs(req, res.intl.value))
	case local:
		return fmt.Sprintf("%s follows local law (%s%s, %s), which meets %s.",
			name, res.dom.value.String(), where(country), res.dom.cite, bindCite)
	case st == BelowDomestic && country == "":
		return fmt.Sprintf("%s %s; %s %s %s.",
			name, practice(req, *p, res.dom.value), res.dom.cite, verb(res.dom.cite), needs(req, res.dom.value))
	case st == BelowDomestic:
		return fmt.Sprintf("%s %s; %s %s %s%s, so the practice is unlawful there.",
			name, practice(req, *p, res.dom.value), res.dom.cite, verb(res.dom.cite), needs(req, res.dom.value), where(country))
	case st == BelowInternational && res.dom != nil && compare.Meets(*p, res.dom.value):
		return fmt.Sprintf("%s %s: lawful%s (%s), but %s %s %s.",
			name, practice(req, *p, res.eff), where(country), res.dom.cite, res.intl.cite, verb(res.intl.cite), needs(req, res.intl.value))
	case st == BelowInternational && res.dom != nil:
		// Below a domestic source that is not binding law (e.g. government guidelines).
		return fmt.Sprintf("%s %s; %s (not binding law) and %s ask for %s.",
			name, practice(req, *p, res.eff), res.dom.cite, res.intl.cite, needs(req, res.eff))
	case st == BelowInternational:
		return fmt.Sprintf("%s %s; %s %s %s, and no domestic rule%s is in the rules.",
			name, practice(req, *p, res.eff), res.intl.cite, verb(res.intl.cite), needs(req, res.intl.value), where(country))
	}
	return fmt.Sprintf("%s %s, meeting %s.", name, practice(req, *p, res.eff), bindCite)
}

// verb agrees with a citation list, whose items are separated by "; ":
// "ILO C138 Art. 2(3) requires", "X; Y require".
func verb(cites string) string {
	if strings.Contains(cites, "; ") {
		return "require"
	}
	return "requires"
}

// bindingCite cites the side(s) that set the effective requirement.
func bindingCite(res *resolved) string {
	switch res.binding {
	case "domestic":
		return res.dom.cite
	case "international":
		return res.intl.cite
	}
	if res.dom.cite == res.intl.cite {
		return res.dom.cite
	}
	return res.dom.cite + "; " + res.intl.cite
}

func tierMessage(res *resolved, subj Subject, st Status, p compare.Value, what string) string {
	name := fmt.Sprintf("%s (tier %d, %s)", subjectName(subj), subj.Tier, subj.Country)
	switch st {
	case Unaddressed:
		return fmt.Sprintf("%s: the document does not say which tiers the %s covers; %s %s %s.", name, what, bindingCite(res), verb(bindingCite(res)), res.eff.String())
	case BelowDomestic:
		return fmt.Sprintf("%s is outside the %s (%s); %s %s %s.", name, what, p.String(), res.dom.cite, verb(res.dom.cite), res.dom.value.String())
	case BelowInternational:
		return fmt.Sprintf("%s is outside the %s (%s); %s %s %s.", name, what, p.String(), res.intl.cite, verb(res.intl.cite), res.intl.value.String())
	}
	return fmt.Sprintf("%s is inside the %s (%s).", name, what, p.String())
}
