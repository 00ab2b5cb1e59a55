package document

import (
	"strconv"
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
	kinds, err := practiceKinds()
	if err != nil {
		return nil, false
	}
	p := fastParser{b: raw}
	p.space()
	s := &Supplier{}
	var seen [8]bool // id, name, country, tier, parent, workers, sector, practices
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
			s.Practices, ok = p.practices(kinds)
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
	return s, true
}

// practiceKinds maps topic → field → kind, read once from the schema's
// $defs/practices so that the fast path and the schema cannot disagree on
// which fields exist.
var practiceKinds = sync.OnceValues(func() (map[string]map[string]string, error) {
	sch, err := compiled()
	if err != nil {
		return nil, err
	}
	defs, _ := lookupValue(sch.raw, []string{"$defs"})
	d, _ := defs.(map[string]any)
	prac, _ := d["practices"].(map[string]any)
	props, _ := prac["properties"].(map[string]any)
	out := map[string]map[string]string{}
	for topic, ref := range props {
		name := refName(ref)
		t, _ := d[name].(map[string]any)
		fields, _ := t["properties"].(map[string]any)
		out[topic] = map[string]string{}
		for field, fref := range fields {
			out[topic][field] = refName(fref)
		}
	}
	return out, nil
})

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

func (p *fastParser) practices(kinds map[string]map[string]string) (Practices, bool) {
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

func (p *fastParser) topic(fields map[string]string) (map[string]any, bool) {
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

// value reads one practice value of a kind.
func (p *fastParser) value(kind string) (any, bool) {
	if p.i < len(p.b) && p.b[p.i] == '"' {
		s, ok := p.str()
		if !ok || s != LocalLaw || kind == "scope" {
			return nil, false
		}
		return s, true
	}
	switch kind {
	case "floor", "ceiling":
		f, _, ok := p.number()
		if !ok || f < 0 {
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
			if !ok || !snake(s) || seen[s] {
				return nil, false
			}
			seen[s] = true
			items = append(items, s)
		}
	}
	return nil, false
}

// snake matches ^[a-z][a-z0-9_]*$.
func snake(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}
