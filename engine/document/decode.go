package document

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Decode reads a company document (JSON, or YAML when the first non-space
// byte is not '{'), validates it against the schema and then the cross-field
// rules, and returns it. name is used only in errors; every error is an
// *Error. Numbers in practices decode as float64.
func Decode(r io.Reader, name string) (*Document, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, newError(name, "", "cannot read: "+err.Error())
	}
	data = bytes.TrimPrefix(data, bom)
	doc, ok, utf8Err := decodeFast(data, name)
	switch {
	case ok:
		return doc, nil
	case utf8Err != nil:
		return nil, utf8Err // the one-pass reader names the value, as eval does
	}
	if err := checkUTF8(name, "", data); err != nil {
		return nil, err
	}
	return decodeWhole(data, name)
}

// utf8Error returns err if it is about invalid UTF-8, else nil.
func utf8Error(err error) error {
	var de *Error
	if errors.As(err, &de) && strings.HasPrefix(de.Message, "invalid UTF-8") {
		return err
	}
	return nil
}

// bom is the UTF-8 byte-order mark some editors write first; it is skipped.
var bom = []byte("\xef\xbb\xbf")

// checkUTF8 refuses bytes that are not UTF-8, naming where: invalid bytes
// would otherwise be replaced silently, so that two different ids could
// collide.
func checkUTF8(file, pointer string, data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	i := 0
	for i < len(data) {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		i += size
	}
	p := offsetPosition(data, lineStarts(data), i)
	at := fmt.Sprintf("line %d, column %d", p.Line, p.Column)
	return newError(file, pointer, fmt.Sprintf("invalid UTF-8 at %s (byte 0x%02x): the document must be UTF-8", at, data[i]))
}

// decodeFast reads a valid JSON document the way a one-pass reader does —
// the header through the schema, each supplier through DecodeSupplier — which
// is many times faster than validating one large tree. On anything but a
// valid document it declines, and decodeWhole finds and words the error, so
// errors are the same whichever path a document takes.
func decodeFast(data []byte, name string) (*Document, bool, error) {
	st := NewStream(bytes.NewReader(data), name)
	doc, err := st.Header()
	if err != nil {
		return nil, false, utf8Error(err)
	}
	c := SupplierChecker{File: name}
	for {
		i, raw, err := st.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, false, nil
		}
		line, col := st.Position()
		sp, err := DecodeSupplierAt(name, i, raw, line, col)
		if err != nil {
			return nil, false, utf8Error(err)
		}
		if c.Check(i, sp) != nil {
			return nil, false, nil
		}
		doc.Suppliers = append(doc.Suppliers, *sp)
	}
	if c.Finish() != nil {
		return nil, false, nil
	}
	return doc, true, nil
}

// decodeWhole parses and validates the document as one tree.
func decodeWhole(data []byte, name string) (*Document, error) {
	sch, err := compiled()
	if err != nil {
		return nil, newError(name, "", "internal error: schema: "+err.Error())
	}
	tree, err := parse(data, name)
	if err != nil {
		return nil, err
	}
	if err := validateTree(sch.doc, sch.raw, tree, name, ""); err != nil {
		return nil, err
	}
	var doc Document
	if err := convert(tree, &doc); err != nil {
		return nil, newError(name, "", err.Error())
	}
	if err := doc.check(name); err != nil {
		return nil, err
	}
	return &doc, nil
}

// check applies the rules a schema cannot express, in document order.
func (d *Document) check(file string) error {
	if err := checkCountry(file, "/company/headquarters", d.Company.Headquarters); err != nil {
		return err
	}
	if err := checkCountryKeys(file, "/company/employees_by_country", d.Company.EmployeesByCountry); err != nil {
		return err
	}
	if err := checkCountryKeys(file, "/company/presence", d.Company.Presence); err != nil {
		return err
	}
	for i, p := range d.RemediationPlans {
		ptr := "/remediation_plans/" + strconv.Itoa(i)
		if _, err := time.Parse(time.DateOnly, p.Due); err != nil {
			return newError(file, ptr+"/due", fmt.Sprintf("%q is not a date (YYYY-MM-DD)", p.Due))
		}
		if p.Subject.Country != "" {
			if err := checkCountry(file, ptr+"/subject/country", p.Subject.Country); err != nil {
				return err
			}
		}
	}
	sites := map[string]int{}
	for i, s := range d.Sites {
		p := "/sites/" + strconv.Itoa(i)
		if prev, dup := sites[s.ID]; dup {
			return newError(file, p+"/id", fmt.Sprintf("duplicate site id %q (also used by /sites/%d)", s.ID, prev))
		}
		sites[s.ID] = i
		if err := checkCountry(file, p+"/country", s.Country); err != nil {
			return err
		}
		if err := checkRegion(file, p+"/region", s.Region, s.Country); err != nil {
			return err
		}
	}
	c := SupplierChecker{File: file}
	for i := range d.Suppliers {
		if err := checkSupplier(file, i, &d.Suppliers[i]); err != nil {
			return err
		}
		if err := c.Check(i, &d.Suppliers[i]); err != nil {
			return err
		}
	}
	return c.Finish()
}

// checkCountryKeys checks the keys of a per-country object, in sorted order.
func checkCountryKeys[V any](file, pointer string, m map[string]V) error {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := checkCountry(file, join(pointer, k), k); err != nil {
			return err
		}
	}
	return nil
}
