package document

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxDepth bounds nesting so that hostile input cannot exhaust the stack; a
// valid document nests six levels deep.
const maxDepth = 64

// parse turns JSON or YAML bytes into a generic tree of map[string]any, []any,
// string, float64, bool and nil, rejecting duplicate keys. The first
// non-space byte decides: '{' is JSON, anything else YAML.
func parse(data []byte, file string) (any, error) {
	rest := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(rest) == 0 {
		return nil, newError(file, "", "the document is empty")
	}
	// '[' is JSON too (a document must be an object, and JSON says so
	// better than a YAML parser would).
	if rest[0] == '{' || rest[0] == '[' {
		return parseJSON(data, file, "")
	}
	j, err := yamlToJSON(data)
	if err != nil {
		return nil, newError(file, "", yamlMessage(err))
	}
	// The YAML library reports its own positions; positions in j would be
	// meaningless to the user, but j is generated and well formed.
	return parseJSON(j, file, "")
}

var (
	yamlLine = regexp.MustCompile(`line (\d+): (.*)`)
	yamlDup  = regexp.MustCompile(`^key (".*") already set in map`)
)

// yamlMessage rewrites a YAML library error as one plain line.
func yamlMessage(err error) string {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		if d := yamlDup.FindStringSubmatch(m[2]); d != nil {
			return fmt.Sprintf("invalid YAML at line %s: duplicate key %s; each key may appear once", m[1], d[1])
		}
		return fmt.Sprintf("invalid YAML at line %s: %s", m[1], m[2])
	}
	for _, p := range []string{"error converting YAML to JSON: ", "yaml: "} {
		if i := strings.Index(msg, p); i >= 0 {
			msg = msg[i+len(p):]
		}
	}
	return "invalid YAML: " + msg
}

// jsonParser builds the generic tree with encoding/json's tokenizer, which
// gives byte offsets for positions in error messages.
type jsonParser struct {
	dec  *json.Decoder
	data []byte
	file string
}

// parseJSON parses one JSON value; pointers in errors start with prefix.
func parseJSON(data []byte, file, prefix string) (any, error) {
	p := &jsonParser{dec: json.NewDecoder(bytes.NewReader(data)), data: data, file: file}
	p.dec.UseNumber()
	v, err := p.value(prefix, 0)
	if err != nil {
		return nil, err
	}
	end := p.dec.InputOffset()
	if _, err := p.dec.Token(); err != io.EOF {
		if err == nil {
			err = fmt.Errorf("at %s: unexpected data after the end of the document", p.position(p.skipSpace(end)))
		}
		return nil, p.syntax(prefix, err)
	}
	return v, nil
}

func (p *jsonParser) value(ptr string, depth int) (any, error) {
	if depth > maxDepth {
		return nil, newError(p.file, ptr, fmt.Sprintf("nested more than %d levels deep", maxDepth))
	}
	tok, err := p.dec.Token()
	if err != nil {
		return nil, p.syntax(ptr, err)
	}
	switch t := tok.(type) {
	case json.Delim:
		if t == '[' {
			arr := []any{}
			for p.dec.More() {
				v, err := p.value(join(ptr, strconv.Itoa(len(arr))), depth+1)
				if err != nil {
					return nil, err
				}
				arr = append(arr, v)
			}
			if _, err := p.dec.Token(); err != nil {
				return nil, p.syntax(ptr, err)
			}
			return arr, nil
		}
		if t != '{' { // a closing delimiter where a value should be; Token reports these itself
			return nil, newError(p.file, ptr, "invalid JSON at "+p.position(p.dec.InputOffset()-1)+": unexpected "+string(t))
		}
		obj := map[string]any{}
		for p.dec.More() {
			start := p.skipSpace(p.dec.InputOffset())
			kt, err := p.dec.Token()
			if err != nil {
				return nil, p.syntax(ptr, err)
			}
			key, ok := kt.(string)
			if !ok { // unreachable: the tokenizer only yields strings as keys
				return nil, newError(p.file, ptr, "invalid JSON at "+p.position(start)+": object key must be a string")
			}
			if _, dup := obj[key]; dup {
				return nil, newError(p.file, join(ptr, key), fmt.Sprintf("duplicate key %q at %s; each key may appear once", key, p.position(start)))
			}
			v, err := p.value(join(ptr, key), depth+1)
			if err != nil {
				return nil, err
			}
			obj[key] = v
		}
		if _, err := p.dec.Token(); err != nil {
			return nil, p.syntax(ptr, err)
		}
		return obj, nil
	case json.Number:
		f, err := strconv.ParseFloat(string(t), 64)
		if err != nil {
			n := string(t)
			if len(n) > 40 {
				n = n[:40] + "…"
			}
			return nil, newError(p.file, ptr, fmt.Sprintf("number %s is out of range", n))
		}
		return f, nil
	default: // string, bool, nil
		return t, nil
	}
}

// syntax turns a tokenizer error into an *Error naming line and column. The
// tokenizer's offsets are not always stream offsets, so the position and
// wording come from encoding/json's validating scanner, run on the whole input.
func (p *jsonParser) syntax(ptr string, err error) error {
	var se *json.SyntaxError
	var v any
	if uerr := json.Unmarshal(p.data, &v); errors.As(uerr, &se) {
		if se.Offset >= int64(len(p.data)) && se.Error() == "unexpected end of JSON input" {
			return newError(p.file, ptr, "invalid JSON at "+p.position(int64(len(p.data)))+": unexpected end of input")
		}
		return newError(p.file, ptr, "invalid JSON at "+p.position(se.Offset-1)+": "+se.Error())
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return newError(p.file, ptr, "invalid JSON at "+p.position(int64(len(p.data)))+": unexpected end of input")
	}
	if msg := err.Error(); strings.HasPrefix(msg, "at ") {
		return newError(p.file, ptr, "invalid JSON "+msg)
	}
	return newError(p.file, ptr, "invalid JSON: "+err.Error())
}

// skipSpace returns the offset of the first byte at or after off that is not
// white space or a separator.
func (p *jsonParser) skipSpace(off int64) int64 {
	for off < int64(len(p.data)) {
		switch p.data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
		default:
			return off
		}
	}
	return off
}

// position formats a byte offset as "line L, column C" (both from 1; columns
// count characters).
func (p *jsonParser) position(off int64) string {
	if off > int64(len(p.data)) {
		off = int64(len(p.data))
	}
	if off < 0 {
		off = 0
	}
	before := p.data[:off]
	line := bytes.Count(before, []byte{'\n'}) + 1
	col := utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
	return fmt.Sprintf("line %d, column %d", line, col)
}
