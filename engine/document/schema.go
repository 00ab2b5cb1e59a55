package document

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

//go:embed company-v1.schema.json
var schemaJSON []byte

// SchemaID is the $id of the company-document schema, version "1".
const SchemaID = "https://github.com/openhrdd/hrdd/engine/document/company-v1.schema.json"

// Schema returns a copy of the JSON Schema (draft 2020-12) that documents are
// validated against, so tools and editors can use the same rules as hrdd.
func Schema() []byte { return bytes.Clone(schemaJSON) }

// schemas is the compiled schema: the whole document, one supplier, and the
// parsed schema text that error messages read field lists from.
type schemas struct {
	doc, supplier *jsonschema.Schema
	raw           any
}

// compiled compiles the embedded schema once; it never changes afterwards.
var compiled = sync.OnceValues(func() (*schemas, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.LoadURL = func(s string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("schema %s: remote references are not allowed", s)
	}
	if err := c.AddResource(SchemaID, bytes.NewReader(schemaJSON)); err != nil {
		return nil, err
	}
	doc, err := c.Compile(SchemaID)
	if err != nil {
		return nil, err
	}
	sup, err := c.Compile(SchemaID + "#/$defs/supplier")
	if err != nil {
		return nil, err
	}
	var raw any
	if err := json.Unmarshal(schemaJSON, &raw); err != nil {
		return nil, err
	}
	return &schemas{doc: doc, supplier: sup, raw: raw}, nil
})

// validateTree validates a parsed value; the error, if any, is the deepest
// failing leaf, in plain English, with prefix put before its pointer.
func validateTree(sch *jsonschema.Schema, raw, v any, file, prefix string) error {
	err := sch.Validate(v)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return newError(file, prefix, "cannot validate: "+err.Error())
	}
	var cands []candidate
	var walk func(*jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			cands = append(cands, translate(e, raw, v))
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	for i := range cands {
		cands[i].pointer = join("", cands[i].tokens...)
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if len(a.tokens) != len(b.tokens) {
			return len(a.tokens) > len(b.tokens)
		}
		if a.pointer != b.pointer {
			return a.pointer < b.pointer
		}
		if a.weak != b.weak {
			return b.weak
		}
		return a.message < b.message
	})
	return newError(file, prefix+cands[0].pointer, cands[0].message)
}

// candidate is one failing leaf, translated.
type candidate struct {
	tokens  []string // instance location, unescaped
	pointer string   // tokens as a JSON pointer, set before sorting
	message string
	// weak marks a failed branch of a choice that the value was plainly not
	// meant for (an object against the number branch of a floor): at the same
	// pointer, what the object branch says is more use.
	weak bool
}

// defMessages says what a value of each named $defs entry must be.
var defMessages = map[string]string{
	"version":  `"1"`,
	"name":     "a non-empty string",
	"text":     "a string",
	"sector":   "a string (a sector word, see hrdd sectors)",
	"country":  `an ISO 3166-1 alpha-2 country code (two capital letters, like "DE")`,
	"currency": `an ISO 4217 currency code (three capital letters, like "EUR")`,
	"region":   `an ISO 3166-2 code of a state, province or region (the country's code, a hyphen and up to three capitals or digits, like "MY-12")`,
	"count":    "an integer ≥ 0",
	"tier":     "an integer ≥ 1",
	"amount":   "a number ≥ 0",
	"floor":    `a number ≥ 0 or "local_law"`,
	"ceiling":  `a number ≥ 0 or "local_law"`,
	"required": `true, false or "local_law"`,

	"years":           "a whole number of years from 5 to 30",
	"hours_per_day":   "a number of hours from 0 to 24",
	"hours_per_week":  "a number of hours from 0 to 168",
	"hours_per_month": "a number of hours from 0 to 744",
	"hours_per_year":  "a number of hours from 0 to 8784",
	"percent":         "a percentage from 0 to 1000",
	"days_per_year":   "a number of days from 0 to 366",
	"weeks":           "a number of weeks from 0 to 104",

	"floor_age":           `a whole number of years from 5 to 30, "local_law" or {"value": …, "local_law": "if_stricter"}`,
	"ceiling_hours_day":   `a number of hours from 0 to 24, "local_law" or {"value": …, "local_law": "if_stricter"}`,
	"ceiling_hours_week":  `a number of hours from 0 to 168, "local_law" or {"value": …, "local_law": "if_stricter"}`,
	"floor_hours_week":    `a number of hours from 0 to 168, "local_law" or {"value": …, "local_law": "if_stricter"}`,
	"ceiling_hours_month": `a number of hours from 0 to 744, "local_law" or {"value": …, "local_law": "if_stricter"}`,
	"ceiling_hours_year":  `a number of hours from 0 to 8784, "local_law" or {"value": …, "local_law": "if_stricter"}`,
	"floor_percent":       `a percentage from 0 to 1000, "local_law" or {"value": …, "local_law": "if_stricter"}`,
	"floor_days_year":     `a number of days from 0 to 366, "local_law" or {"value": …, "local_law": "if_stricter"}`,
	"floor_weeks":         `a number of weeks from 0 to 104, "local_law" or {"value": …, "local_law": "if_stricter"}`,
	"scope":               `a list of tier numbers (integers ≥ 1) or "all"`,

	"if_stricter": `"if_stricter"`,

	"includes_grounds":            `a list of grounds or "local_law"`,
	"includes_stakeholders":       `a list of stakeholder groups or "local_law"`,
	"includes_grievance_open_to":  `a list of user groups or "local_law"`,
	"includes_grievance_criteria": `a list of UNGP 31 criteria or "local_law"`,
}

// boundedNumbers are the number definitions with bounds in words.
var boundedNumbers = map[string]bool{
	"years": true, "hours_per_day": true, "hours_per_week": true, "hours_per_month": true,
	"hours_per_year": true, "percent": true, "days_per_year": true, "weeks": true,
}

var typeNames = map[string]string{
	"object": "an object", "array": "a list", "string": "a string",
	"number": "a number", "integer": "an integer", "boolean": "true or false",
}

// translate turns one failing keyword into a pointer and a message that says
// what to fix. The library's own message is only the last resort.
func translate(e *jsonschema.ValidationError, raw, doc any) candidate {
	tokens := instanceTokens(e.InstanceLocation)
	frag := schemaTokens(e.AbsoluteKeywordLocation)
	keyword := ""
	if len(frag) > 0 {
		keyword = frag[len(frag)-1]
	}
	parent, _ := lookup(raw, frag[:max(len(frag)-1, 0)]).(map[string]any)
	val, _ := lookupValue(doc, tokens)
	got := describe(val)
	isName := slices.Contains(strings.Split(e.KeywordLocation, "/"), "propertyNames")
	if isName && len(tokens) > 0 {
		got = strconv.Quote(tokens[len(tokens)-1])
	}
	c := candidate{tokens: tokens}

	// A bounded number (years, hours, days …) out of its bounds: say the
	// bounds in words, whichever keyword failed.
	if def, rest := lastDef(frag); len(rest) == 1 && boundedNumbers[def] && (keyword == "minimum" || keyword == "maximum" || keyword == "type") {
		if want, ok := defMessages[def]; ok {
			c.message = "must be " + want + ", got " + got
			return c
		}
	}

	switch keyword {
	case "additionalProperties":
		obj, _ := val.(map[string]any)
		props, _ := parent["properties"].(map[string]any)
		var unknown []string
		for k := range obj {
			if _, ok := props[k]; !ok {
				unknown = append(unknown, k)
			}
		}
		if len(unknown) == 0 {
			break
		}
		sort.Strings(unknown)
		c.tokens = append(append([]string(nil), tokens...), unknown[0])
		c.message = unknownMessage(parent)
		return c
	case "required":
		obj, _ := val.(map[string]any)
		req, _ := parent["required"].([]any)
		for _, r := range req {
			if s, ok := r.(string); ok {
				if _, present := obj[s]; !present {
					c.message = fmt.Sprintf("missing required field %q", s)
					return c
				}
			}
		}
	case "uniqueItems":
		if arr, ok := val.([]any); ok {
			first := make(map[string]int, len(arr))
			for i, item := range arr {
				b, err := json.Marshal(item) // canonical: numbers as float64, keys sorted
				if err != nil {
					break
				}
				if j, dup := first[string(b)]; dup {
					c.tokens = append(append([]string(nil), tokens...), strconv.Itoa(i))
					c.message = fmt.Sprintf("%s is listed twice (items %d and %d); list each once", describe(item), j, i)
					return c
				}
				first[string(b)] = i
			}
		}
	case "enum":
		if list, ok := parent["enum"].([]any); ok {
			names := make([]string, len(list))
			for i, v := range list {
				if s, ok := v.(string); ok {
					names[i] = s
				} else {
					names[i] = describe(v)
				}
			}
			if _, ok := val.(string); ok {
				c.message = got + " is not one of: " + strings.Join(names, ", ")
			} else {
				c.message = "must be one of: " + strings.Join(names, ", ") + ", got " + got
			}
			return c
		}
	case "maximum":
		if m, ok := parent["maximum"].(float64); ok {
			c.message = fmt.Sprintf("must be at most %s, got %s", strconv.FormatFloat(m, 'f', -1, 64), got)
			return c
		}
	}

	// A value that fails a named definition, or a branch of one: say what the
	// definition accepts.
	if def, rest := lastDef(frag); def != "" && !slices.Contains(rest, "properties") && !slices.Contains(rest, "items") {
		if want, ok := defMessages[def]; ok {
			c.message = "must be " + want + ", got " + got
			if isName {
				c.message = "key must be " + want + ", got " + got
			}
			c.weak = otherBranchFor(raw, def, rest, val)
			return c
		}
	}
	if keyword == "type" {
		if t, ok := parent["type"].(string); ok {
			if n, ok := typeNames[t]; ok {
				c.message = "must be " + n + ", got " + got
				return c
			}
		}
	}
	c.message = e.Message + " (got " + got + ")"
	return c
}

// otherBranchFor reports whether rest, a path inside anyOf of $defs/def, is
// in a branch that is not for objects while val is an object and the choice
// has a branch for objects.
func otherBranchFor(raw any, def string, rest []string, val any) bool {
	if _, ok := val.(map[string]any); !ok || len(rest) < 2 || rest[0] != "anyOf" {
		return false
	}
	branches, _ := lookup(raw, []string{"$defs", def, "anyOf"}).([]any)
	for i, b := range branches {
		if m, _ := b.(map[string]any); m["type"] == "object" && strconv.Itoa(i) != rest[1] {
			return true
		}
	}
	return false
}

// unknownMessage lists the fields an object schema allows.
func unknownMessage(m map[string]any) string {
	props, _ := m["properties"].(map[string]any)
	title, _ := m["title"].(string)
	var names []string
	hasTiers := false
	for k := range props {
		if k == "applies_to_tiers" {
			hasTiers = true
			continue
		}
		names = append(names, k)
	}
	sort.Strings(names)
	switch title {
	case "practices":
		return "unknown topic; known topics: " + strings.Join(names, ", ")
	case "policies.suppliers":
		s := "unknown topic; known topics: " + strings.Join(names, ", ")
		if hasTiers {
			s += "; or applies_to_tiers"
		}
		return s
	}
	if hasTiers {
		names = append(names, "applies_to_tiers")
		sort.Strings(names)
	}
	if title == "" {
		return "unknown field; known fields: " + strings.Join(names, ", ")
	}
	return "unknown field; known fields of " + title + ": " + strings.Join(names, ", ")
}

// instanceTokens splits the library's instance location, whose tokens are
// JSON-pointer escaped and then URL-path escaped, into raw keys.
func instanceTokens(loc string) []string {
	if loc == "" || loc == "/" {
		return nil
	}
	parts := strings.Split(strings.TrimPrefix(loc, "/"), "/")
	for i, p := range parts {
		if u, err := url.PathUnescape(p); err == nil {
			p = u
		}
		parts[i] = unescapeToken(p)
	}
	return parts
}

// schemaTokens returns the fragment of a keyword location as raw tokens.
func schemaTokens(loc string) []string {
	i := strings.IndexByte(loc, '#')
	if i < 0 {
		return nil
	}
	return instanceTokens(loc[i+1:])
}

// lastDef returns the innermost $defs name in a schema path and the tokens
// after it.
func lastDef(frag []string) (string, []string) {
	for i := len(frag) - 2; i >= 0; i-- {
		if frag[i] == "$defs" {
			return frag[i+1], frag[i+2:]
		}
	}
	return "", nil
}

// lookup resolves schema-path tokens in the parsed schema.
func lookup(v any, tokens []string) any {
	for _, t := range tokens {
		switch x := v.(type) {
		case map[string]any:
			v = x[t]
		case []any:
			i, err := strconv.Atoi(t)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

// lookupValue resolves instance tokens in the document tree.
func lookupValue(v any, tokens []string) (any, bool) {
	for _, t := range tokens {
		switch x := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = x[t]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(t)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

// describe shows a value briefly for "got …" in messages.
func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		if utf8.RuneCountInString(x) > 40 {
			x = string([]rune(x)[:40]) + "…"
		}
		return strconv.Quote(x)
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%v", v)
}
