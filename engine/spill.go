package engine

import (
	"bufio"
	"cmp"
	"container/heap"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"slices"
	"sync"

	"github.com/openhrdd/hrdd/engine/document"
)

// A run keeps findings as compact records and rebuilds each full finding
// (citations, message) only when it is written out. Records beyond a limit
// are sorted and spilled to temporary files, then merged, so that the report
// order (severity, requirement, subject) holds with bounded memory.

type recordKind uint8

const (
	recValue     recordKind = iota // a practice value against a requirement
	recScopeTier                   // a supplier's tier against due_diligence.scope_tiers
	recCodeTier                    // a supplier's tier against policies.suppliers.applies_to_tiers
	recNoPack                      // a subject in a country with no national rules
)

type record struct {
	Rank     int32 // severity and requirement, as one number in report order
	Res      int32 // index into the run's resolved requirements
	Index    int32 // the site's or supplier's position in the document; -1 for policies
	Tier     int32 // the supplier's tier; 0 for other subjects
	Kind     recordKind
	SubjKind uint8 // subjectRank of the subject's kind
	ID       string
	Country  string
	Practice any // nil when absent
}

// subjectKinds are the subject kinds by subjectRank.
var subjectKinds = [...]string{SubjectDueDiligence, SubjectOwnOperations, SubjectSupplierCode, SubjectSite, SubjectSupplier}

// subject rebuilds the subject of a record.
func (r *record) subject() Subject {
	return Subject{Kind: subjectKinds[r.SubjKind], ID: r.ID, Country: r.Country, Tier: int(r.Tier)}
}

// defaultSpillLimit is how many records a run holds before spilling: some
// 40 MB of records, enough for 100,000 typical suppliers before anything
// touches the disk.
const defaultSpillLimit = 600_000

type findingStore struct {
	buf   []record
	limit int
	files []*os.File
}

func newFindingStore(limit int) *findingStore {
	return &findingStore{limit: max(limit, 1)}
}

// compareRecords is the report order: severity and requirement (Rank), then
// subject kind, id and country, then position in the document.
func compareRecords(a, b *record) int {
	return cmp.Or(
		cmp.Compare(a.Rank, b.Rank),
		cmp.Compare(a.SubjKind, b.SubjKind),
		cmp.Compare(a.ID, b.ID),
		cmp.Compare(a.Country, b.Country),
		cmp.Compare(a.Index, b.Index),
	)
}

func (fs *findingStore) add(rec record) {
	fs.buf = append(fs.buf, rec)
	if len(fs.buf) >= fs.limit {
		// A failed spill keeps the records in memory: correct, only larger.
		if err := fs.spill(); err != nil {
			fs.limit *= 2
		}
	}
}

// sortBuf sorts the records in report order. The order is total — no two
// records compare equal — so an unstable sort is deterministic.
func (fs *findingStore) sortBuf() {
	slices.SortFunc(fs.buf, func(a, b record) int { return compareRecords(&a, &b) })
}

func (fs *findingStore) spill() error {
	fs.sortBuf()
	f, err := os.CreateTemp("", "hrdd-findings-*.bin")
	if err != nil {
		return fmt.Errorf("spilling findings: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var scratch []byte
	for i := range fs.buf {
		if scratch, err = fs.buf[i].appendBinary(scratch[:0]); err == nil {
			_, err = w.Write(scratch)
		}
		if err != nil {
			f.Close()
			os.Remove(f.Name())
			return fmt.Errorf("spilling findings: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		os.Remove(f.Name())
		return fmt.Errorf("spilling findings: %w", err)
	}
	fs.files = append(fs.files, f)
	fs.buf = fs.buf[:0]
	return nil
}

// appendBinary encodes a record for a spill file: fixed fields, then
// length-prefixed strings, then the practice value as JSON (empty when absent).
func (r *record) appendBinary(b []byte) ([]byte, error) {
	b = binary.AppendUvarint(b, uint64(r.Rank))
	b = binary.AppendUvarint(b, uint64(r.Res))
	b = append(b, byte(r.Kind))
	b = binary.AppendVarint(b, int64(r.Index))
	b = binary.AppendUvarint(b, uint64(r.Tier))
	b = append(b, r.SubjKind)
	for _, s := range [...]string{r.ID, r.Country} {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	var practice []byte
	if r.Practice != nil {
		var err error
		if practice, err = json.Marshal(r.Practice); err != nil {
			return nil, err
		}
	}
	b = binary.AppendUvarint(b, uint64(len(practice)))
	return append(b, practice...), nil
}

// readBinary decodes what appendBinary wrote.
func (r *record) readBinary(br *bufio.Reader) error {
	d := binReader{br: br}
	*r = record{}
	r.Rank = int32(d.uvarint())
	r.Res = int32(d.uvarint())
	r.Kind = recordKind(d.byte())
	r.Index = int32(d.varint())
	r.Tier = int32(d.uvarint())
	r.SubjKind = d.byte()
	r.ID, r.Country = d.str(), d.str()
	if p := d.str(); p != "" && d.err == nil {
		d.err = json.Unmarshal([]byte(p), &r.Practice)
		// A value combined with local law was written as its object.
		if m, ok := r.Practice.(map[string]any); ok && m["local_law"] == "if_stricter" {
			r.Practice = document.IfStricter{Value: m["value"]}
		}
	}
	return d.err
}

// binReader reads varints, bytes and strings, keeping the first error.
type binReader struct {
	br  *bufio.Reader
	err error
}

func (d *binReader) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.br)
	d.err = err
	return v
}

func (d *binReader) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(d.br)
	d.err = err
	return v
}

func (d *binReader) byte() byte {
	if d.err != nil {
		return 0
	}
	c, err := d.br.ReadByte()
	d.err = err
	return c
}

func (d *binReader) str() string {
	n := d.uvarint()
	if d.err != nil || n == 0 {
		return ""
	}
	buf := make([]byte, n)
	_, d.err = io.ReadFull(d.br, buf)
	return string(buf)
}

// sorted returns every finding of every shard in report order. Each shard's
// records are sorted (in parallel), then merged with its spilled runs; full
// findings are built on a goroutine of their own while the caller writes. The
// iterator may be ranged over more than once.
func (r *Run) sorted() (iter.Seq2[Finding, error], error) {
	var wg sync.WaitGroup
	for _, sh := range r.shards {
		wg.Add(1)
		go func() { defer wg.Done(); sh.findings.sortBuf() }()
	}
	wg.Wait()
	return func(yield func(Finding, error) bool) {
		var srcs []recordSource
		for _, sh := range r.shards {
			if len(sh.findings.buf) > 0 {
				srcs = append(srcs, &memSource{recs: sh.findings.buf})
			}
			for _, f := range sh.findings.files {
				if _, err := f.Seek(0, io.SeekStart); err != nil {
					yield(Finding{}, fmt.Errorf("reading spilled findings: %w", err))
					return
				}
				srcs = append(srcs, &spillReader{br: bufio.NewReaderSize(f, 1<<20)})
			}
		}
		out := make(chan built, 1024)
		stop := make(chan struct{})
		defer func() {
			close(stop)
			for range out { // let the builder finish
			}
		}()
		go func() {
			defer close(out)
			err := mergeRecords(srcs, func(rec *record) bool {
				f, err := r.safeFinding(rec)
				select {
				case out <- built{f: f, err: err}:
					return err == nil
				case <-stop:
					return false
				}
			})
			if err != nil {
				select {
				case out <- built{err: err}:
				case <-stop:
				}
			}
		}()
		for b := range out {
			if !yield(b.f, b.err) || b.err != nil {
				return
			}
		}
	}, nil
}

// safeFinding builds a finding; a panic in a builder becomes an error, so
// that a bug never kills the host program from a goroutine.
func (r *Run) safeFinding(rec *record) (f Finding, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error building the finding for %s at record %d: %v", r.resList[rec.Res].req.ID, rec.Index, p)
		}
	}()
	return r.finding(rec), nil
}

type built struct {
	f   Finding
	err error
}

// recordSource is a sorted run of records: in memory or spilled.
type recordSource interface {
	next() (bool, error)
	current() *record
}

type memSource struct {
	recs []record
	i    int
}

func (m *memSource) next() (bool, error) {
	m.i++
	return m.i <= len(m.recs), nil
}

func (m *memSource) current() *record { return &m.recs[m.i-1] }

// mergeRecords calls emit with the records of all sources in order.
func mergeRecords(srcs []recordSource, emit func(*record) bool) error {
	if len(srcs) == 1 {
		for {
			ok, err := srcs[0].next()
			if err != nil || !ok {
				return err
			}
			if !emit(srcs[0].current()) {
				return nil
			}
		}
	}
	h := &recordHeap{}
	for _, src := range srcs {
		ok, err := src.next()
		if err != nil {
			return err
		}
		if ok {
			h.items = append(h.items, src)
		}
	}
	heap.Init(h)
	for h.Len() > 0 {
		src := h.items[0]
		if !emit(src.current()) {
			return nil
		}
		ok, err := src.next()
		if err != nil {
			return err
		}
		if ok {
			heap.Fix(h, 0)
		} else {
			heap.Pop(h)
		}
	}
	return nil
}

func (fs *findingStore) close() error {
	var errs []error
	for _, f := range fs.files {
		errs = append(errs, f.Close(), os.Remove(f.Name()))
	}
	fs.files = nil
	fs.buf = nil
	return errors.Join(errs...)
}

type spillReader struct {
	br  *bufio.Reader
	cur record
}

func (s *spillReader) current() *record { return &s.cur }

func (s *spillReader) next() (bool, error) {
	if _, err := s.br.Peek(1); errors.Is(err, io.EOF) {
		return false, nil
	}
	if err := s.cur.readBinary(s.br); err != nil {
		return false, fmt.Errorf("reading spilled findings: %w", err)
	}
	return true, nil
}

type recordHeap struct {
	items []recordSource
}

func (h *recordHeap) Len() int { return len(h.items) }
func (h *recordHeap) Less(i, j int) bool {
	return compareRecords(h.items[i].current(), h.items[j].current()) < 0
}
func (h *recordHeap) Swap(i, j int) { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *recordHeap) Push(x any)    { h.items = append(h.items, x.(recordSource)) }
func (h *recordHeap) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}
