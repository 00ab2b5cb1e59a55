package engine

import (
	"bufio"
	"cmp"
	"container/heap"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"slices"
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
)

type record struct {
	Res      int32      `json:"r"`
	Kind     recordKind `json:"k"`
	Subject  Subject    `json:"s"`
	Pointer  string     `json:"p"`
	Practice any        `json:"v,omitempty"`
	Country  string     `json:"c,omitempty"`
}

// defaultSpillLimit is how many records a run holds before spilling: about
// 50 MB of records.
const defaultSpillLimit = 250_000

type findingStore struct {
	run   *Run
	buf   []record
	limit int
	files []*os.File
}

func newFindingStore(r *Run) *findingStore {
	limit := r.s.spill
	if limit <= 0 {
		limit = defaultSpillLimit
	}
	return &findingStore{run: r, limit: limit}
}

func (fs *findingStore) cmp(a, b *record) int {
	ra, rb := fs.run.resList[a.Res], fs.run.resList[b.Res]
	return cmp.Or(
		cmp.Compare(severityRank(ra.req.Severity), severityRank(rb.req.Severity)),
		cmp.Compare(ra.req.ID, rb.req.ID),
		cmp.Compare(subjectRank(a.Subject.Kind), subjectRank(b.Subject.Kind)),
		cmp.Compare(a.Subject.ID, b.Subject.ID),
		cmp.Compare(a.Subject.Country, b.Subject.Country),
		cmp.Compare(a.Pointer, b.Pointer),
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

func (fs *findingStore) sortBuf() {
	slices.SortStableFunc(fs.buf, func(a, b record) int { return fs.cmp(&a, &b) })
}

func (fs *findingStore) spill() error {
	fs.sortBuf()
	f, err := os.CreateTemp("", "hrdd-findings-*.jsonl")
	if err != nil {
		return fmt.Errorf("spilling findings: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	for i := range fs.buf {
		if err := enc.Encode(&fs.buf[i]); err != nil {
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

// sorted returns every finding in report order.
func (fs *findingStore) sorted() (iter.Seq2[Finding, error], error) {
	if len(fs.files) == 0 {
		fs.sortBuf()
		return func(yield func(Finding, error) bool) {
			for i := range fs.buf {
				if !yield(fs.run.finding(&fs.buf[i]), nil) {
					return
				}
			}
		}, nil
	}
	if len(fs.buf) > 0 {
		if err := fs.spill(); err != nil {
			return nil, err
		}
	}
	return fs.merge, nil
}

// merge is a k-way merge of the spilled runs.
func (fs *findingStore) merge(yield func(Finding, error) bool) {
	h := &recordHeap{store: fs}
	for _, f := range fs.files {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			yield(Finding{}, err)
			return
		}
		src := &spillReader{dec: json.NewDecoder(bufio.NewReaderSize(f, 1<<20))}
		ok, err := src.next()
		if err != nil {
			yield(Finding{}, err)
			return
		}
		if ok {
			h.items = append(h.items, src)
		}
	}
	heap.Init(h)
	for h.Len() > 0 {
		src := h.items[0]
		if !yield(fs.run.finding(&src.cur), nil) {
			return
		}
		ok, err := src.next()
		if err != nil {
			yield(Finding{}, err)
			return
		}
		if ok {
			heap.Fix(h, 0)
		} else {
			heap.Pop(h)
		}
	}
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
	dec *json.Decoder
	cur record
}

func (s *spillReader) next() (bool, error) {
	s.cur = record{}
	if err := s.dec.Decode(&s.cur); err != nil {
		if errors.Is(err, io.EOF) {
			return false, nil
		}
		return false, fmt.Errorf("reading spilled findings: %w", err)
	}
	return true, nil
}

type recordHeap struct {
	store *findingStore
	items []*spillReader
}

func (h *recordHeap) Len() int { return len(h.items) }
func (h *recordHeap) Less(i, j int) bool {
	return h.store.cmp(&h.items[i].cur, &h.items[j].cur) < 0
}
func (h *recordHeap) Swap(i, j int) { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *recordHeap) Push(x any)    { h.items = append(h.items, x.(*spillReader)) }
func (h *recordHeap) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}
