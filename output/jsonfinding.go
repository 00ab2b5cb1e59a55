package output

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"github.com/openhrdd/hrdd/engine"
)

// findingEncoder writes findings as encoding/json would inside the report
// (an element of "findings", indented with "  ", HTML not escaped) without
// reflection: a large report has hundreds of thousands of findings. Values of
// unknown shape (practice, required) and each shared side go through
// encoding/json, the sides once each. TestFindingEncoderMatchesEncodingJSON
// holds it to encoding/json's bytes.
type findingEncoder struct {
	sides map[*engine.Side][]byte
	val   bytes.Buffer
	venc  *json.Encoder
}

func newFindingEncoder() *findingEncoder {
	fe := &findingEncoder{sides: map[*engine.Side][]byte{}}
	fe.venc = json.NewEncoder(&fe.val)
	fe.venc.SetEscapeHTML(false)
	fe.venc.SetIndent("      ", "  ")
	return fe
}

// value encodes v as a field value at the depth of a finding's fields.
func (fe *findingEncoder) value(b []byte, v any) ([]byte, error) {
	switch x := v.(type) {
	case nil:
		return append(b, "null"...), nil
	case string:
		return appendString(b, x), nil
	case bool:
		return strconv.AppendBool(b, x), nil
	}
	fe.val.Reset()
	if err := fe.venc.Encode(v); err != nil {
		return nil, err
	}
	return append(b, bytes.TrimSuffix(fe.val.Bytes(), []byte("\n"))...), nil
}

func (fe *findingEncoder) side(b []byte, sd *engine.Side) ([]byte, error) {
	if sd == nil {
		return append(b, "null"...), nil
	}
	if enc, ok := fe.sides[sd]; ok {
		return append(b, enc...), nil
	}
	start := len(b)
	b, err := fe.value(b, sd)
	if err != nil {
		return nil, err
	}
	fe.sides[sd] = bytes.Clone(b[start:])
	return b, nil
}

func (fe *findingEncoder) strings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n        "...)
		b = appendString(b, s)
	}
	return append(b, "\n      ]"...)
}

// encode appends f, starting at its opening brace.
func (fe *findingEncoder) encode(b []byte, f *engine.Finding) ([]byte, error) {
	const field = "\n      "
	b = append(b, "{"+field+`"id": `...)
	b = appendString(b, f.ID)
	b = append(b, ","+field+`"requirement": `...)
	b = appendString(b, f.Requirement)
	b = append(b, ","+field+`"subject": {`+field+`  "kind": `...)
	b = appendString(b, f.Subject.Kind)
	b = append(b, ","+field+`  "id": `...)
	b = appendString(b, f.Subject.ID)
	b = append(b, ","+field+`  "country": `...)
	b = appendString(b, f.Subject.Country)
	if f.Subject.Tier != 0 {
		b = append(b, ","+field+`  "tier": `...)
		b = strconv.AppendInt(b, int64(f.Subject.Tier), 10)
	}
	b = append(b, field+"},"+field+`"status": `...)
	b = appendString(b, string(f.Status))
	b = append(b, ","+field+`"severity": `...)
	b = appendString(b, f.Severity)
	b = append(b, ","+field+`"practice": `...)
	var err error
	if b, err = fe.value(b, f.Practice); err != nil {
		return nil, err
	}
	b = append(b, ","+field+`"domestic": `...)
	if b, err = fe.side(b, f.Domestic); err != nil {
		return nil, err
	}
	b = append(b, ","+field+`"international": `...)
	if b, err = fe.side(b, f.International); err != nil {
		return nil, err
	}
	b = append(b, ","+field+`"required": `...)
	if b, err = fe.value(b, f.Required); err != nil {
		return nil, err
	}
	b = append(b, ","+field+`"binding": `...)
	b = appendString(b, f.Binding)
	b = append(b, ","+field+`"pointer": `...)
	b = appendString(b, f.Pointer)
	b = append(b, ","+field+`"message": `...)
	b = appendString(b, f.Message)
	if len(f.Missing) > 0 {
		b = append(b, ","+field+`"missing": `...)
		b = fe.strings(b, f.Missing)
	}
	if len(f.Notes) > 0 {
		b = append(b, ","+field+`"notes": `...)
		b = fe.strings(b, f.Notes)
	}
	if f.DomesticGuidance != nil {
		b = append(b, ","+field+`"domestic_guidance": `...)
		if b, err = fe.side(b, f.DomesticGuidance); err != nil {
			return nil, err
		}
	}
	if f.Reason != "" {
		b = append(b, ","+field+`"reason": `...)
		b = appendString(b, f.Reason)
	}
	if len(f.Needs) > 0 {
		b = append(b, ","+field+`"needs": `...)
		b = fe.strings(b, f.Needs)
	}
	if f.Remediation != nil {
		b = append(b, ","+field+`"remediation": `...)
		if b, err = fe.value(b, f.Remediation); err != nil {
			return nil, err
		}
	}
	return append(b, "\n    }"...), nil
}

const hexDigits = "0123456789abcdef"

// appendString is encoding/json's string encoding with HTML escaping off.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
