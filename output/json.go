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
	var item bytes.Buffer
	fenc := json.NewEncoder(&item)
	fenc.SetEscapeHTML(false)
	fenc.SetIndent("    ", "  ")
	// The engine shares one *Side among the findings of a requirement in a
	// legal context: each is encoded once, at the depth it takes in a
	// finding, and spliced in where the finding says null.
	sides := map[*engine.Side][]byte{}
	var side bytes.Buffer
	senc := json.NewEncoder(&side)
	senc.SetEscapeHTML(false)
	senc.SetIndent("      ", "  ")
	encodeSide := func(sd *engine.Side) ([]byte, error) {
		if b, ok := sides[sd]; ok {
			return b, nil
		}
		side.Reset()
		if err := senc.Encode(sd); err != nil {
			return nil, err
		}
		b := bytes.Clone(bytes.TrimSuffix(side.Bytes(), []byte("\n")))
		sides[sd] = b
		return b, nil
	}
	n := 0
	for f, err := range seq {
		if err != nil {
			return err
		}
		item.Reset()
		if n == 0 {
			item.WriteString("[\n    ")
		} else {
			item.WriteString(",\n    ")
		}
		dom, intl := f.Domestic, f.International
		f.Domestic, f.International = nil, nil
		if err := fenc.Encode(&f); err != nil {
			return err
		}
		item.Truncate(item.Len() - 1) // the encoder's newline
		out := item.Bytes()
		for _, sp := range [...]struct {
			key string
			sd  *engine.Side
		}{{`"domestic": null`, dom}, {`"international": null`, intl}} {
			if sp.sd == nil {
				continue
			}
			enc, err := encodeSide(sp.sd)
			if err != nil {
				return err
			}
			// Keys are written with unescaped quotes; inside a string
			// value the same text would read \"domestic\", so the first
			// match is the key.
			i := bytes.Index(out, []byte(sp.key))
			if i < 0 {
				return errUnexpectedShape
			}
			at := i + len(sp.key) - len("null")
			out = append(out[:at], append(append([]byte(nil), enc...), out[at+len("null"):]...)...)
		}
		if _, err := w.Write(out); err != nil {
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
