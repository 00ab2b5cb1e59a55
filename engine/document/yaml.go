package document

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// maxYAMLNodes bounds the nodes an alias may expand to, so that a "billion
// laughs" document cannot exhaust memory.
const maxYAMLNodes = 1_000_000

// yamlToJSON reads a YAML document with YAML 1.2 semantics — only true and
// false are booleans, so NO (Norway), yes and on stay strings, also as keys —
// and writes it as JSON for the one JSON path every document takes. Tags
// other than the core schema's are refused, as are duplicate keys.
func yamlToJSON(data []byte) ([]byte, error) {
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil {
		return nil, err
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, fmt.Errorf("line %d: more than one document; a file holds one", extra.Line)
	}
	if len(root.Content) == 0 {
		return nil, errors.New("the document is empty")
	}
	var b bytes.Buffer
	w := yamlWriter{b: &b}
	if err := w.node(root.Content[0], 0); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

type yamlWriter struct {
	b     *bytes.Buffer
	nodes int
	path  []string // keys and indices from the root to the current node
}

// yamlBooleanWords are the YAML 1.1 booleans: strings in YAML 1.2, read as
// booleans only where the schema wants a boolean.
var yamlBooleanWords = map[string]bool{
	"yes": true, "Yes": true, "YES": true, "on": true, "On": true, "ON": true,
	"no": false, "No": false, "NO": false, "off": false, "Off": false, "OFF": false,
}

// wantsBoolean reports whether the schema wants a boolean at path: a
// practice or due-diligence field of kind required.
func wantsBoolean(path []string) bool {
	var topic, field string
	switch {
	case len(path) == 2 && path[0] == "due_diligence":
		return dueDiligenceBooleans()[path[1]]
	case len(path) == 4 && path[0] == "policies":
		topic, field = path[2], path[3]
	case len(path) == 5 && (path[0] == "sites" || path[0] == "suppliers") && path[2] == "practices":
		topic, field = path[3], path[4]
	default:
		return false
	}
	fs, err := fastSchemaOnce()
	if err != nil {
		return false
	}
	return fs.practices[topic][field].kind == "required"
}

func (w *yamlWriter) node(n *yaml.Node, depth int) error {
	w.nodes++
	if w.nodes > maxYAMLNodes {
		return fmt.Errorf("line %d: the document expands to more than %d values (aliases)", n.Line, maxYAMLNodes)
	}
	if depth > maxDepth {
		return fmt.Errorf("line %d: nested more than %d levels deep", n.Line, maxDepth)
	}
	switch n.Kind {
	case yaml.AliasNode:
		return w.node(n.Alias, depth+1)
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			w.b.WriteString("null")
			return nil
		}
		return w.node(n.Content[0], depth)
	case yaml.MappingNode:
		if n.Tag != "!!map" {
			return unknownTag(n)
		}
		w.b.WriteByte('{')
		seen := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if k.Kind == yaml.AliasNode {
				k = k.Alias
			}
			if k.Kind != yaml.ScalarNode {
				return fmt.Errorf("line %d: a key must be a plain value, not a list or a map", k.Line)
			}
			if k.Tag != "!!str" && k.Tag != "!!int" && k.Tag != "!!float" && k.Tag != "!!bool" && k.Tag != "!!null" {
				return unknownTag(k)
			}
			if k.Tag == "!!null" && k.Value == "<<" {
				return fmt.Errorf("line %d: merge keys (<<) are not supported", k.Line)
			}
			if prev, dup := seen[k.Value]; dup {
				return fmt.Errorf("line %d: duplicate key %q (also on line %d); each key may appear once", k.Line, k.Value, prev)
			}
			seen[k.Value] = k.Line
			if i > 0 {
				w.b.WriteByte(',')
			}
			key, _ := json.Marshal(k.Value) // keys are text, whatever they look like
			w.b.Write(key)
			w.b.WriteByte(':')
			w.path = append(w.path, k.Value)
			err := w.node(n.Content[i+1], depth+1)
			w.path = w.path[:len(w.path)-1]
			if err != nil {
				return err
			}
		}
		w.b.WriteByte('}')
		return nil
	case yaml.SequenceNode:
		if n.Tag != "!!seq" {
			return unknownTag(n)
		}
		w.b.WriteByte('[')
		for i, c := range n.Content {
			if i > 0 {
				w.b.WriteByte(',')
			}
			w.path = append(w.path, strconv.Itoa(i))
			err := w.node(c, depth+1)
			w.path = w.path[:len(w.path)-1]
			if err != nil {
				return err
			}
		}
		w.b.WriteByte(']')
		return nil
	case yaml.ScalarNode:
		return w.scalar(n)
	}
	return fmt.Errorf("line %d: unexpected YAML node", n.Line)
}

// scalar writes a scalar by its core-schema tag (YAML 1.2).
func (w *yamlWriter) scalar(n *yaml.Node) error {
	if b, ok := yamlBooleanWords[n.Value]; ok && n.Tag == "!!str" && n.Style == 0 && wantsBoolean(w.path) {
		w.b.WriteString(strconv.FormatBool(b))
		return nil
	}
	switch n.Tag {
	case "!!str", "!!timestamp", "!!binary":
		b, _ := json.Marshal(n.Value)
		w.b.Write(b)
	case "!!null":
		w.b.WriteString("null")
	case "!!bool":
		switch n.Value {
		case "true", "True", "TRUE":
			w.b.WriteString("true")
		case "false", "False", "FALSE":
			w.b.WriteString("false")
		default:
			b, _ := json.Marshal(n.Value) // not a YAML 1.2 boolean
			w.b.Write(b)
		}
	case "!!int":
		v := strings.ReplaceAll(n.Value, "_", "")
		i, err := strconv.ParseInt(v, 0, 64)
		if err != nil {
			f, ferr := strconv.ParseFloat(v, 64)
			if ferr != nil {
				return fmt.Errorf("line %d: %q is not a number", n.Line, n.Value)
			}
			w.b.WriteString(strconv.FormatFloat(f, 'g', -1, 64))
			return nil
		}
		w.b.WriteString(strconv.FormatInt(i, 10))
	case "!!float":
		f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			return fmt.Errorf("line %d: %q is not a finite number", n.Line, n.Value)
		}
		w.b.WriteString(strconv.FormatFloat(f, 'g', -1, 64))
	default:
		return unknownTag(n)
	}
	return nil
}

func unknownTag(n *yaml.Node) error {
	return fmt.Errorf("line %d: unknown YAML tag %s; hrdd documents use plain values", n.Line, n.Tag)
}
