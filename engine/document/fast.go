package document

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// fastSupplier decodes one supplier object on the hot path of a streamed
// document. It is strict: it accepts only input it can decode exactly as
// DecodeSupplier would (schema-valid, no duplicate keys, no escapes in
// strings, plain numbers) and returns ok=false on anything else, so that
// DecodeSupplier decides — and words the error. A differential fuzz test
// checks that whatever it accepts DecodeSupplier accepts with the same result.
func fastSupplier(raw []byte) (*Supplier, bool) {
	fs, err := fastSchemaOnce()
	if err != nil {
		return nil, false
	}
	p := fastParser{b: raw}
	p.space()
	s := &Supplier{}
	var seen [11]bool // id, name, country, tier, parent, workers, sector, practices, employees, zone, region
	ok := p.object(func(key string) bool {
		slot, ok := -1, false
		switch key {
		case "id":
			slot = 0
			s.ID, ok = p.str()
			ok = ok && s.ID != ""
		case "name":
			slot = 1
			s.Name, ok = p.str()
		case "country":
			slot = 2
			var b []byte
			if b, ok = p.strBytes(); ok {
				s.Country, ok = canonicalCountry(b)
			}
		case "tier":
			slot = 3
			s.Tier, ok = p.integer()
			ok = ok && s.Tier >= 1
		case "parent":
			slot = 4
			s.Parent, ok = p.str()
			ok = ok && s.Parent != ""
		case "workers":
			slot = 5
			var n int
			n, ok = p.integer()
			ok = ok && n >= 0
			s.Workers = &n
		case "sector":
			slot = 6
			s.Sector, ok = p.str()
		case "practices":
			slot = 7
			s.Practices, ok = p.practices(fs.practices)
		case "employees":
			slot = 8
			var n int
			n, ok = p.integer()
			ok = ok && n >= 0
			s.Employees = &n
		case "zone":
			slot = 9
			s.Zone, ok = p.str()
			ok = ok && fs.zones[s.Zone]
		case "region":
			slot = 10
			s.Region, ok = p.str()
			ok = ok && fs.region.MatchString(s.Region)
		}
		if !ok || seen[slot] {
			return false
		}
		seen[slot] = true
		return true
	})
	p.space()
	if !ok || p.i != len(p.b) || !seen[0] || !seen[2] || !seen[3] {
		return nil, false
	}
	if s.Region != "" && !regionIn(s.Region, s.Country) {
		return nil, false // the slow path words the error
	}
	return s, true
}

// fastSchema is what the fast path needs to know of the schema, read from it
// once so that the two cannot disagree on which fields and values exist.
type fastSchema struct {
	practices map[string]map[string]fieldSpec // topic → field → spec, from $defs/practices
	zones     map[string]bool                 // $defs/zone
	region    *regexp.Regexp                  // $defs/region pattern
}

// fieldSpec says how a practice field compares and what it may hold.
type fieldSpec struct {
	kind  string          // floor, ceiling, required, includes or scope
	vocab map[string]bool // includes: the closed vocabulary
	// Bounds of a floor or ceiling, from its definition's number branch.
	min, max float64
	integer  bool
}

var fastSchemaOnce = sync.OnceValues(func() (*fastSchema, error) {
	sch, err := compiled()
	if err != nil {
		return nil, err
	}
	defs, _ := lookupValue(sch.raw, []string{"$defs"})
	d, _ := defs.(map[string]any)
	prac, _ := d["practices"].(map[string]any)
	props, _ := prac["properties"].(map[string]any)
	out := &fastSchema{practices: map[string]map[string]fieldSpec{}}
	for topic, ref := range props {
		t, _ := d[refName(ref)].(map[string]any)
		fields, _ := t["properties"].(map[string]any)
		out.practices[topic] = map[string]fieldSpec{}
		for field, fref := range fields {
			spec, err := specOf(d, refName(fref))
			if err != nil {
				return nil, fmt.Errorf("%s.%s: %w", topic, field, err)
			}
			out.practices[topic][field] = spec
		}
	}
	if out.zones, err = enumOf(d, "zone"); err != nil {
		return nil, err
	}
	region, _ := d["region"].(map[string]any)
	pat, _ := region["pattern"].(string)
	if out.region, err = regexp.Compile(pat); err != nil || pat == "" {
		return nil, fmt.Errorf("schema: $defs/region has no usable pattern")
	}
	return out, nil
})

// specOf reads the kind of a practice value from the name of its definition:
// a kind, or includes_<name> for an includes with a closed vocabulary, which
// its list branch holds: {"anyOf": [{"items": {"$ref": vocabulary}}, …]}.
func specOf(defs map[string]any, name string) (fieldSpec, error) {
	rest, ok := strings.CutPrefix(name, "includes_")
	if !ok {
		kind, _, _ := strings.Cut(name, "_")
		spec := fieldSpec{kind: kind, min: 0, max: math.Inf(1)}
		if kind == "floor" || kind == "ceiling" {
			def, _ := defs[name].(map[string]any)
			branches, _ := def["anyOf"].([]any)
			if len(branches) == 0 {
				return fieldSpec{}, fmt.Errorf("$defs/%s has no anyOf", name)
			}
			num, _ := branches[0].(map[string]any)
			if _, ok := num["$ref"]; ok {
				num, _ = defs[refName(num)].(map[string]any)
			}
			if v, ok := schemaNumber(num["minimum"]); ok {
				spec.min = v
			}
			if v, ok := schemaNumber(num["maximum"]); ok {
				spec.max = v
			}
			spec.integer = num["type"] == "integer"
		}
		return spec, nil
	}
	def, _ := defs[name].(map[string]any)
	branches, _ := def["anyOf"].([]any)
	if len(branches) == 0 {
		return fieldSpec{}, fmt.Errorf("$defs/%s has no anyOf", name)
	}
	list, _ := branches[0].(map[string]any)
	vocab, err := enumOf(defs, refName(list["items"]))
	if err != nil {
		return fieldSpec{}, fmt.Errorf("$defs/%s (%s): %w", name, rest, err)
	}
	return fieldSpec{kind: "includes", vocab: vocab}, nil
}

// dueDiligenceBooleans are the due_diligence fields of kind required.
var dueDiligenceBooleans = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	sch, err := compiled()
	if err != nil {
		return out
	}
	props, _ := lookupValue(sch.raw, []string{"$defs", "due_diligence", "properties"})
	m, _ := props.(map[string]any)
	for field, ref := range m {
		if refName(ref) == "required" {
			out[field] = true
		}
	}
	return out
})

// schemaNumber reads a number of the schema, however it was decoded.
func schemaNumber(v any) (float64, bool) {
	switch n := v.(type) {
	case float64:
		return n, true
	case json.Number:
		f, err := n.Float64()
		return f, err == nil
	case int:
		return float64(n), true
	}
	return 0, false
}

// enumOf reads the string enum of $defs/name as a set.
func enumOf(defs map[string]any, name string) (map[string]bool, error) {
	def, _ := defs[name].(map[string]any)
	list, _ := def["enum"].([]any)
	if len(list) == 0 {
		return nil, fmt.Errorf("$defs/%s has no enum", name)
	}
	out := make(map[string]bool, len(list))
	for _, v := range list {
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("$defs/%s: enum member %v is not a string", name, v)
		}
		out[s] = true
	}
	return out, nil
}

func refName(v any) string {
	m, _ := v.(map[string]any)
	r, _ := m["$ref"].(string)
	const prefix = "#/$defs/"
	if len(r) > len(prefix) && r[:len(prefix)] == prefix {
		return r[len(prefix):]
	}
	return ""
}

type fastParser struct {
	b []byte
	i int
}

func (p *fastParser) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *fastParser) consume(c byte) bool {
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

// str reads a string without escapes; anything else is left to the slow path.
func (p *fastParser) str() (string, bool) {
	b, ok := p.strBytes()
	return string(b), ok
}

// strBytes is str without the copy: the bytes are the input's.
func (p *fastParser) strBytes() ([]byte, bool) {
	if !p.consume('"') {
		return nil, false
	}
	start := p.i
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			s := p.b[start:p.i]
			p.i++
			if !utf8.Valid(s) {
				return nil, false
			}
			return s, true
		case c == '\\' || c < 0x20:
			return nil, false
		}
		p.i++
	}
	return nil, false
}

// number reads a JSON number; integer reports whether it had no fraction or
// exponent.
func (p *fastParser) number() (float64, bool, bool) {
	start := p.i
	if p.consume('-') {
		// a leading minus is fine for the grammar; callers check the range
	}
	digits := p.i
	for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
		p.i++
	}
	if p.i == digits || (p.b[digits] == '0' && p.i-digits > 1) {
		return 0, false, false
	}
	integer := true
	if p.consume('.') {
		integer = false
		frac := p.i
		for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
			p.i++
		}
		if p.i == frac {
			return 0, false, false
		}
	}
	if p.i < len(p.b) && (p.b[p.i] == 'e' || p.b[p.i] == 'E') {
		return 0, false, false
	}
	if p.i-start > 15 {
		return 0, false, false // beyond exact float64 integers: slow path
	}
	f, err := strconv.ParseFloat(string(p.b[start:p.i]), 64)
	if err != nil {
		return 0, false, false
	}
	return f, integer, true
}

func (p *fastParser) integer() (int, bool) {
	f, integer, ok := p.number()
	if !ok || !integer {
		return 0, false
	}
	return int(f), true
}

func (p *fastParser) literal(word string) bool {
	if len(p.b)-p.i >= len(word) && string(p.b[p.i:p.i+len(word)]) == word {
		p.i += len(word)
		return true
	}
	return false
}

// object reads {"key": value, …}, handing each key to value, which reads the
// value that follows; false on any deviation from plain JSON.
func (p *fastParser) object(value func(key string) bool) bool {
	if !p.consume('{') {
		return false
	}
	for first := true; ; first = false {
		p.space()
		if p.consume('}') {
			return true
		}
		if !first && !p.consume(',') {
			return false
		}
		p.space()
		key, ok := p.str()
		if !ok {
			return false
		}
		p.space()
		if !p.consume(':') {
			return false
		}
		p.space()
		if !value(key) {
			return false
		}
	}
}

func (p *fastParser) practices(kinds map[string]map[string]fieldSpec) (Practices, bool) {
	out := Practices{}
	ok := p.object(func(topic string) bool {
		fields, known := kinds[topic]
		if _, dup := out[topic]; !known || dup {
			return false
		}
		vals, ok := p.topic(fields)
		out[topic] = vals
		return ok
	})
	return out, ok
}

func (p *fastParser) topic(fields map[string]fieldSpec) (map[string]any, bool) {
	out := map[string]any{}
	ok := p.object(func(field string) bool {
		kind, known := fields[field]
		if _, dup := out[field]; !known || dup {
			return false
		}
		v, ok := p.value(kind)
		out[field] = v
		return ok
	})
	return out, ok
}

// value reads one practice value: "local_law", the kind's own value, or
// {"value": <the kind's value>, "local_law": "if_stricter"} for floor,
// ceiling and includes.
func (p *fastParser) value(spec fieldSpec) (any, bool) {
	if p.i < len(p.b) && p.b[p.i] == '"' {
		s, ok := p.strBytes()
		if !ok || string(s) != LocalLaw || spec.kind == "scope" {
			return nil, false
		}
		return LocalLaw, true
	}
	if p.i < len(p.b) && p.b[p.i] == '{' {
		if spec.kind != "floor" && spec.kind != "ceiling" && spec.kind != "includes" {
			return nil, false
		}
		var v any
		var haveValue, haveLaw bool
		ok := p.object(func(key string) bool {
			switch {
			case key == "value" && !haveValue:
				haveValue = true
				var ok bool
				v, ok = p.plain(spec)
				return ok
			case key == "local_law" && !haveLaw:
				haveLaw = true
				s, ok := p.strBytes()
				return ok && string(s) == ifStricterWord
			}
			return false
		})
		if !ok || !haveValue || !haveLaw {
			return nil, false
		}
		return IfStricter{Value: v}, true
	}
	return p.plain(spec)
}

// plain reads the kind's own value: a number ≥ 0 (floor, ceiling), true or
// false (required), or a list of distinct vocabulary words (includes). Scope
// is not a practice kind; it is left to the slow path.
func (p *fastParser) plain(spec fieldSpec) (any, bool) {
	switch spec.kind {
	case "floor", "ceiling":
		f, _, ok := p.number()
		if !ok || f < spec.min || f > spec.max || (spec.integer && f != math.Trunc(f)) {
			return nil, false
		}
		return f, true
	case "required":
		switch {
		case p.literal("true"):
			return true, true
		case p.literal("false"):
			return false, true
		}
		return nil, false
	case "includes":
		if !p.consume('[') {
			return nil, false
		}
		items := []any{}
		seen := map[string]bool{}
		for {
			p.space()
			if p.consume(']') {
				return items, true
			}
			if len(items) > 0 && !p.consume(',') {
				return nil, false
			}
			p.space()
			s, ok := p.str()
			if !ok || !spec.vocab[s] || seen[s] {
				return nil, false
			}
			seen[s] = true
			items = append(items, s)
		}
	}
	return nil, false
}
