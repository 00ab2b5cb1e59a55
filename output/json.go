package output

import (
	"bytes"
	"encoding/json"
	"io"
	"iter"

	"github.com/openhrdd/hrdd/engine"
)

// JSON writes v as indented JSON with a final newline. HTML characters are
// not escaped, so citations such as "§ 5(4)" and URLs read as written.
func JSON(w io.Writer, v any) error {
	if r, ok := v.(*engine.Report); ok {
		return JSONStream(w, r, slicesSeq(r.Findings))
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// JSONStream writes the report r with the findings of seq in place of
// r.Findings, one at a time, byte for byte as JSON would write the whole
// report: a report of any size is written in bounded memory.
func JSONStream(w io.Writer, r *engine.Report, seq iter.Seq2[engine.Finding, error]) error {
	hdr := *r
	hdr.Findings = nil
	var head bytes.Buffer
	enc := json.NewEncoder(&head)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(&hdr); err != nil {
		return err
	}
	const tail = "null\n}\n"
	b := head.Bytes()
	if !bytes.HasSuffix(b, []byte(tail)) {
		return errUnexpectedShape
	}
	if _, err := w.Write(b[:len(b)-len(tail)]); err != nil {
		return err
	}
	fe := newFindingEncoder()
	var item []byte
	n := 0
	for f, err := range seq {
		if err != nil {
			return err
		}
		if n == 0 {
			item = append(item[:0], "[\n    "...)
		} else {
			item = append(item[:0], ",\n    "...)
		}
		if item, err = fe.encode(item, &f); err != nil {
			return err
		}
		if _, err := w.Write(item); err != nil {
			return err
		}
		n++
	}
	end := "\n  ]\n}\n"
	if n == 0 {
		end = "[]\n}\n"
	}
	_, err := io.WriteString(w, end)
	return err
}

type shapeError struct{}

func (shapeError) Error() string { return "internal error: unexpected report shape" }

var errUnexpectedShape = shapeError{}

// slicesSeq iterates a slice of findings as a stream with no errors.
func slicesSeq(fs []engine.Finding) iter.Seq2[engine.Finding, error] {
	return func(yield func(engine.Finding, error) bool) {
		for _, f := range fs {
			if !yield(f, nil) {
				return
			}
		}
	}
}
