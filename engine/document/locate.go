package document

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Position is a line and column (both from 1) in a document.
type Position struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

// Locate finds where the values at pointers (RFC 6901) stand in a JSON or
// YAML document, for reports that annotate the input (SARIF, GitHub). A
// pointer to a value the document lacks (a practice left unstated) resolves
// to its nearest ancestor that is there. The document is read once.
func Locate(data []byte, pointers []string) map[string]Position {
	want := map[string]bool{}
	for _, p := range pointers {
		for q := p; ; q = parentPointer(q) {
			want[q] = true
			if q == "" {
				break
			}
		}
	}
	var found map[string]Position
	rest := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(rest) > 0 && rest[0] == '{' {
		found = locateJSON(data, want)
	} else {
		found = locateYAML(data, want)
	}
	out := map[string]Position{}
	for _, p := range pointers {
		for q := p; ; q = parentPointer(q) {
			if pos, ok := found[q]; ok {
				out[p] = pos
				break
			}
			if q == "" {
				break
			}
		}
	}
	return out
}

func parentPointer(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[:i]
	}
	return ""
}

// locateJSON walks the tokens of a JSON document, noting the position of the
// values at the wanted pointers.
func locateJSON(data []byte, want map[string]bool) map[string]Position {
	found := map[string]Position{}
	dec := json.NewDecoder(bytes.NewReader(data))
	lines := lineStarts(data)
	pos := func(off int64) Position {
		for int(off) < len(data) && (data[off] == ' ' || data[off] == '\t' || data[off] == '\r' || data[off] == '\n' || data[off] == ':' || data[off] == ',') {
			off++
		}
		return offsetPosition(data, lines, int(off))
	}
	var walk func(ptr string, depth int) bool
	walk = func(ptr string, depth int) bool {
		if depth > maxDepth {
			return false
		}
		start := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		if want[ptr] {
			found[ptr] = pos(start)
		}
		d, ok := tok.(json.Delim)
		if !ok {
			return true
		}
		switch d {
		case '[':
			for i := 0; dec.More(); i++ {
				if !walk(ptr+"/"+strconv.Itoa(i), depth+1) {
					return false
				}
			}
		case '{':
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return false
				}
				key, _ := kt.(string)
				if !walk(ptr+"/"+escapeToken(key), depth+1) {
					return false
				}
			}
		}
		_, err = dec.Token() // the closing delimiter
		return err == nil || err == io.EOF
	}
	walk("", 0)
	return found
}

// locateYAML reads a YAML document as nodes, which carry their positions.
func locateYAML(data []byte, want map[string]bool) map[string]Position {
	found := map[string]Position{}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil || len(root.Content) == 0 {
		return found
	}
	var walk func(n *yaml.Node, ptr string, depth int)
	walk = func(n *yaml.Node, ptr string, depth int) {
		if depth > maxDepth {
			return
		}
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			n = n.Alias
		}
		if want[ptr] {
			found[ptr] = Position{Line: n.Line, Column: n.Column}
		}
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				walk(n.Content[i+1], ptr+"/"+escapeToken(n.Content[i].Value), depth+1)
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				walk(c, ptr+"/"+strconv.Itoa(i), depth+1)
			}
		}
	}
	walk(root.Content[0], "", 0)
	return found
}

func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// offsetPosition turns a byte offset into a line and a column counted in
// Unicode code points, as editors and SARIF (columnKind unicodeCodePoints) do.
func offsetPosition(data []byte, starts []int, off int) Position {
	lo, hi := 0, len(starts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if starts[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return Position{Line: lo + 1, Column: utf8.RuneCount(data[starts[lo]:off]) + 1}
}
