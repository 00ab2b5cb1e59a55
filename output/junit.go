package output

import (
	"encoding/xml"
	"fmt"
	"io"

	"github.com/openhrdd/hrdd/engine"
)

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name      string      `xml:"name,attr"`
	Tests     int         `xml:"tests,attr"`
	Failures  int         `xml:"failures,attr"`
	Skipped   int         `xml:"skipped,attr"`
	Timestamp string      `xml:"timestamp,attr"`
	Cases     []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Body    string `xml:",chardata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// JUnit writes a JUnit XML report: a test suite per requirement and a test
// case per requirement and subject (the finding id). Cases at or above
// threshold (--fail-on) fail; unaddressed ones below it are skipped; the
// rest pass.
func JUnit(w io.Writer, r *engine.Report, fs []engine.Finding, threshold engine.Status) error {
	out := junitSuites{Name: "hrdd: " + r.Company}
	index := map[string]int{}
	for _, f := range fs {
		i, ok := index[f.Requirement]
		if !ok {
			i = len(out.Suites)
			index[f.Requirement] = i
			out.Suites = append(out.Suites, junitSuite{Name: f.Requirement, Timestamp: r.AsOf + "T00:00:00"})
		}
		s := &out.Suites[i]
		c := junitCase{Name: f.ID, Classname: f.Requirement, SystemOut: f.Message}
		switch {
		case f.Status != engine.Meets && threshold != "" && f.Status.AtLeast(threshold) && f.Blocking():
			c.Failure = &junitFailure{Message: f.Message, Type: string(f.Status), Body: citations(&f)}
			s.Failures++
		case f.Status != engine.Meets:
			c.Skipped = &junitSkipped{Message: string(f.Status) + ": " + f.Message}
			s.Skipped++
		}
		s.Tests++
		s.Cases = append(s.Cases, c)
	}
	for _, s := range out.Suites {
		out.Tests += s.Tests
		out.Failures += s.Failures
		out.Skipped += s.Skipped
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// citations lists both sides' citations of a finding, one per line.
func citations(f *engine.Finding) string {
	var b []byte
	for side, s := range f.Sources() {
		b = fmt.Appendf(b, "%s: %s  %s %s %s\n", side, valueText(s.Value), s.Instrument, s.Article, s.URL)
	}
	return string(b)
}
