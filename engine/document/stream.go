package document

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"unicode/utf8"
)

// ErrNotStreamable says a document cannot be read in one pass — it is YAML,
// or has top-level keys after "suppliers" that the suppliers' evaluation
// depends on — and must be read whole with Decode.
var ErrNotStreamable = errors.New("document cannot be read in one pass")

// Stream reads a JSON company document in one pass without holding the
// supplier array: Header returns everything but the suppliers, validated;
// Next returns each supplier's raw JSON for DecodeSupplier. Memory stays
// bounded by the largest single value.
type Stream struct {
	file string
	r    *bufio.Reader
	line int   // 1-based line of the next byte
	col  int   // 1-based column (in characters) of the next byte
	off  int64 // bytes consumed

	header   [][2][]byte // key, raw value, in document order
	keys     map[string]bool
	index    int  // index of the next supplier
	inArray  bool // inside the suppliers array
	done     bool // the suppliers array (or the document) has ended
	buf      []byte
	elemLine int
	elemCol  int

	// skipSuppliers reads past the suppliers array (HeaderAll), noting where
	// it starts; stopAtEnd ends Next at the array's close (NewStreamAt).
	skipSuppliers bool
	suppliersAt   *Position
	atOffset      int64
	stopAtEnd     bool
}

// SuppliersStart is where a document's suppliers array begins: just after
// its '[', as a byte offset and a position, for a second pass to seek to.
type SuppliersStart struct {
	Offset int64
	Line   int
	Column int
}

// HeaderAll reads the whole document but the supplier array, whatever the
// order of its keys: the array is stepped over one supplier at a time, so
// memory stays bounded. It returns the header, validated, and where the
// suppliers start (nil when there are none), for NewStreamAt.
func (s *Stream) HeaderAll() (*Document, *SuppliersStart, error) {
	s.skipSuppliers = true
	if err := s.space(); err != nil {
		return nil, nil, s.eof("", err)
	}
	if c, _ := s.peek(); c != '{' {
		return nil, nil, ErrNotStreamable
	}
	s.next()
	if err := s.keysUntilSuppliers(true); err != nil {
		return nil, nil, err
	}
	doc, err := s.headerDocument()
	if err != nil {
		return nil, nil, err
	}
	if s.suppliersAt == nil {
		return doc, nil, nil
	}
	doc.Suppliers = []Supplier{}
	return doc, &SuppliersStart{Offset: s.atOffset, Line: s.suppliersAt.Line, Column: s.suppliersAt.Column}, nil
}

// NewStreamAt reads the suppliers of a document from r, positioned at the
// start HeaderAll found; Next ends at the array's close.
func NewStreamAt(r io.Reader, file string, at SuppliersStart) *Stream {
	return &Stream{file: file, r: bufio.NewReaderSize(r, 1<<20), line: at.Line, col: at.Column, off: at.Offset,
		keys: map[string]bool{}, inArray: true, stopAtEnd: true}
}

// skipArray steps over the rest of an array whose '[' was read, one element
// at a time.
func (s *Stream) skipArray(pointer string) error {
	for i := 0; ; i++ {
		if err := s.space(); err != nil {
			return s.eof(pointer, err)
		}
		if c, _ := s.peek(); c == ']' {
			s.next()
			return nil
		}
		if i > 0 {
			if err := s.expect(pointer, ','); err != nil {
				return err
			}
		}
		if _, err := s.value(pointer + "/" + strconv.Itoa(i)); err != nil {
			return err
		}
	}
}

// NewStream reads a document from r; file names it in errors.
func NewStream(r io.Reader, file string) *Stream {
	br := bufio.NewReaderSize(r, 1<<20)
	s := &Stream{file: file, r: br, line: 1, col: 1, keys: map[string]bool{}}
	if b, err := br.Peek(len(bom)); err == nil && bytes.Equal(b, bom) {
		br.Discard(len(bom)) // a byte-order mark is not part of the document
		s.off = int64(len(bom))
	}
	return s
}

// Offset is the number of bytes read so far, for progress reports.
func (s *Stream) Offset() int64 { return s.off }

func (s *Stream) peek() (byte, error) {
	b, err := s.r.Peek(1)
	if err != nil {
		return 0, err
	}
	return b[0], nil
}

func (s *Stream) next() (byte, error) {
	c, err := s.r.ReadByte()
	if err != nil {
		return 0, err
	}
	s.off++
	if c == '\n' {
		s.line++
		s.col = 1
	} else if c&0xC0 != 0x80 {
		s.col++
	}
	return c, nil
}

func (s *Stream) space() error {
	for {
		c, err := s.peek()
		if err != nil {
			return err
		}
		switch c {
		case ' ', '\t', '\n', '\r':
			s.next()
		default:
			return nil
		}
	}
}

func (s *Stream) syntaxErr(pointer, msg string) error {
	return newError(s.file, pointer, fmt.Sprintf("invalid JSON at line %d, column %d: %s", s.line, s.col, msg))
}

func (s *Stream) expect(pointer string, want byte) error {
	if err := s.space(); err != nil {
		return s.eof(pointer, err)
	}
	c, err := s.next()
	if err != nil {
		return s.eof(pointer, err)
	}
	if c != want {
		return newError(s.file, pointer, fmt.Sprintf("invalid JSON at line %d, column %d: want %q, got %q", s.line, s.col-1, want, c))
	}
	return nil
}

func (s *Stream) eof(pointer string, err error) error {
	if errors.Is(err, io.EOF) {
		return s.syntaxErr(pointer, "unexpected end of input")
	}
	return newError(s.file, pointer, "cannot read: "+err.Error())
}

// value copies the next JSON value into s.buf, tracking nesting and strings;
// the value's own syntax is checked by whoever decodes it. It scans the
// reader's buffer a chunk at a time: this is the one loop that sees every
// byte of a large document.
func (s *Stream) value(pointer string) ([]byte, error) {
	if err := s.space(); err != nil {
		return nil, s.eof(pointer, err)
	}
	s.elemLine, s.elemCol = s.line, s.col
	s.buf = s.buf[:0]
	depth, inString, escaped := 0, false, false
	for {
		if _, err := s.r.Peek(1); err != nil {
			if errors.Is(err, io.EOF) && depth == 0 && !inString && len(s.buf) > 0 {
				return s.buf, nil
			}
			return nil, s.eof(pointer, err)
		}
		chunk, _ := s.r.Peek(s.r.Buffered())
		n, end := 0, false
	scan:
		for ; n < len(chunk); n++ {
			c := chunk[n]
			if inString {
				switch {
				case escaped:
					escaped = false
				case c == '\\':
					escaped = true
				case c == '"':
					inString = false
					if depth == 0 {
						n++
						end = true
						break scan
					}
				}
				continue
			}
			if depth == 0 && (len(s.buf) > 0 || n > 0) {
				switch c {
				case ',', '}', ']', ' ', '\t', '\n', '\r':
					end = true
					break scan
				}
			}
			switch c {
			case '"':
				inString = true
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth < 0 {
					s.advance(chunk[:n])
					return nil, s.syntaxErr(pointer, fmt.Sprintf("unexpected %q", c))
				}
				if depth == 0 {
					n++
					end = true
					break scan
				}
			}
		}
		s.buf = append(s.buf, chunk[:n]...)
		s.advance(chunk[:n])
		if end {
			return s.buf, nil
		}
	}
}

// advance consumes b, which the reader has buffered, updating the position.
func (s *Stream) advance(b []byte) {
	if nl := bytes.LastIndexByte(b, '\n'); nl >= 0 {
		s.line += bytes.Count(b, []byte{'\n'})
		s.col = 1 + utf8.RuneCount(b[nl+1:])
	} else {
		s.col += utf8.RuneCount(b)
	}
	s.off += int64(len(b))
	s.r.Discard(len(b))
}

// Header reads up to the start of the suppliers array (or to the end of the
// document) and returns the document without suppliers, validated. It returns
// ErrNotStreamable for YAML.
func (s *Stream) Header() (*Document, error) {
	if err := s.space(); err != nil {
		return nil, s.eof("", err)
	}
	if c, _ := s.peek(); c != '{' {
		return nil, ErrNotStreamable
	}
	s.next()
	if err := s.keysUntilSuppliers(true); err != nil {
		return nil, err
	}
	doc, err := s.headerDocument()
	if err != nil && s.inArray {
		// Keys after the suppliers array may complete the header: only the
		// whole document can say what is wrong.
		return nil, ErrNotStreamable
	}
	if err == nil && s.inArray {
		doc.Suppliers = []Supplier{} // as Decode has it for "suppliers": []
	}
	return doc, err
}

// keysUntilSuppliers reads key/value pairs into the header until the
// suppliers array opens (when stopAtSuppliers) or the object closes.
func (s *Stream) keysUntilSuppliers(first bool) error {
	for {
		if err := s.space(); err != nil {
			return s.eof("", err)
		}
		c, _ := s.peek()
		if c == '}' {
			s.next()
			s.done = true
			return s.trailing()
		}
		if !first {
			if err := s.expect("", ','); err != nil {
				return err
			}
		}
		first = false
		raw, err := s.value("")
		if err != nil {
			return err
		}
		var key string
		if err := json.Unmarshal(raw, &key); err != nil {
			return newError(s.file, "", fmt.Sprintf("invalid JSON at line %d, column %d: object keys must be strings", s.elemLine, s.elemCol))
		}
		if s.keys[key] {
			return newError(s.file, "", fmt.Sprintf("duplicate key %q at line %d, column %d; each key may appear once", key, s.elemLine, s.elemCol))
		}
		s.keys[key] = true
		if err := s.expect(join("", key), ':'); err != nil {
			return err
		}
		if key == "suppliers" {
			if err := s.space(); err != nil {
				return s.eof("/suppliers", err)
			}
			if c, _ := s.peek(); c == '[' {
				s.next()
				if s.skipSuppliers {
					s.suppliersAt = &Position{Line: s.line, Column: s.col}
					s.atOffset = s.off
					if err := s.skipArray("/suppliers"); err != nil {
						return err
					}
					continue
				}
				s.inArray = true
				return nil
			}
			// Not an array: let the schema say so.
		}
		val, err := s.value(join("", key))
		if err != nil {
			return err
		}
		if err := s.checkSyntax(join("", key), val); err != nil {
			return err
		}
		if err := checkUTF8(s.file, join("", key), val); err != nil {
			return s.shift(err, s.elemLine, s.elemCol)
		}
		s.header = append(s.header, [2][]byte{[]byte(strconv.Quote(key)), bytes.Clone(val)})
	}
}

// trailing rejects anything but white space after the document.
func (s *Stream) trailing() error {
	err := s.space()
	if errors.Is(err, io.EOF) {
		return nil
	}
	if err != nil {
		return s.eof("", err)
	}
	return s.syntaxErr("", "unexpected data after the end of the document")
}

// checkSyntax reports a syntax error inside a value at its position in the
// whole document.
func (s *Stream) checkSyntax(pointer string, raw []byte) error {
	if json.Valid(raw) {
		return nil
	}
	_, err := parseJSON(raw, s.file, pointer)
	return s.shift(err, s.elemLine, s.elemCol)
}

var positionRE = regexp.MustCompile(`^(invalid JSON at |invalid UTF-8 at |duplicate key "(?:[^"\\]|\\.)*" at )line (\d+), column (\d+)`)

// shift moves a "line L, column C" position found in an error about a value
// that starts at (line, col) of the document to document coordinates.
func (s *Stream) shift(err error, line, col int) error {
	var de *Error
	if !errors.As(err, &de) {
		return err
	}
	m := positionRE.FindStringSubmatchIndex(de.Message)
	if m == nil {
		return err
	}
	l, _ := strconv.Atoi(de.Message[m[4]:m[5]])
	c, _ := strconv.Atoi(de.Message[m[6]:m[7]])
	if l == 1 {
		c += col - 1
	}
	l += line - 1
	out := *de
	out.Message = de.Message[:m[2]] + de.Message[m[2]:m[3]] + fmt.Sprintf("line %d, column %d", l, c) + de.Message[m[1]:]
	return &out
}

func (s *Stream) headerDocument() (*Document, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, kv := range s.header {
		if i > 0 {
			b.WriteByte(',')
		}
		b.Write(kv[0])
		b.WriteByte(':')
		b.Write(kv[1])
	}
	b.WriteByte('}')
	return decodeWhole(b.Bytes(), s.file)
}

// Next returns the index and raw JSON of the next supplier, or io.EOF after
// the last one. The bytes are the caller's. If top-level keys follow the
// suppliers array, Next returns ErrNotStreamable at the end: the header the
// suppliers were read with was incomplete.
func (s *Stream) Next() (int, []byte, error) {
	if !s.inArray {
		return 0, nil, io.EOF
	}
	pointer := "/suppliers/" + strconv.Itoa(s.index)
	if err := s.space(); err != nil {
		return 0, nil, s.eof(pointer, err)
	}
	c, _ := s.peek()
	if c == ']' {
		s.next()
		s.inArray = false
		if s.stopAtEnd {
			return 0, nil, io.EOF
		}
		if err := s.space(); err != nil {
			return 0, nil, s.eof("", err)
		}
		if c, _ := s.peek(); c == '}' {
			s.next()
			s.done = true
			if err := s.trailing(); err != nil {
				return 0, nil, err
			}
			return 0, nil, io.EOF
		}
		return 0, nil, ErrNotStreamable
	}
	if s.index > 0 {
		if err := s.expect(pointer, ','); err != nil {
			return 0, nil, err
		}
	}
	raw, err := s.value(pointer)
	if err != nil {
		return 0, nil, err
	}
	i := s.index
	s.index++
	return i, bytes.Clone(raw), nil
}

// Position is where the last value returned by Next started, for errors found
// while decoding it.
func (s *Stream) Position() (line, col int) { return s.elemLine, s.elemCol }

// DecodeSupplierAt is DecodeSupplier for a value that starts at line, col of
// the named file: syntax errors are reported at document coordinates.
func DecodeSupplierAt(file string, index int, raw []byte, line, col int) (*Supplier, error) {
	sp, err := DecodeSupplier(file, index, raw)
	if err != nil {
		st := Stream{}
		return nil, st.shift(err, line, col)
	}
	return sp, nil
}

// DecodeSupplierLine decodes one line of an NDJSON supplier list. Errors name
// the file and line; pointers are within the line's object.
func DecodeSupplierLine(file string, line, index int, raw []byte) (*Supplier, error) {
	sp, err := DecodeSupplier(file, index, raw)
	if err == nil {
		return sp, nil
	}
	var de *Error
	if !errors.As(err, &de) {
		return nil, err
	}
	prefix := "/suppliers/" + strconv.Itoa(index)
	out := *de
	out.File = file + ":" + strconv.Itoa(line)
	if len(out.Pointer) >= len(prefix) && out.Pointer[:len(prefix)] == prefix {
		out.Pointer = out.Pointer[len(prefix):]
	}
	return nil, &out
}
