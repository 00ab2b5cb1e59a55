package engine

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/openhrdd/hrdd/engine/document"
)

// Input is a company document to evaluate in one pass, with an optional
// NDJSON list of further suppliers (one JSON object per line) for chains too
// large for one document.
type Input struct {
	// Document is the company document, JSON or YAML. It is read once, front
	// to back; it is rewound and read whole only when it cannot be streamed
	// (YAML, or top-level keys after "suppliers").
	Document io.ReadSeeker
	Name     string
	// Suppliers, if set, are appended to the document's suppliers, as if
	// they stood at the end of its "suppliers" array.
	Suppliers     io.Reader
	SuppliersName string
	// Progress, if set, is called every few thousand suppliers with the
	// number evaluated so far and the bytes read of Document and Suppliers.
	Progress func(suppliers int, bytes int64)
}

// progressEvery is how many suppliers pass between Progress calls.
const progressEvery = 4096

// EvaluateSource evaluates a document read in one pass: each supplier is
// decoded, validated against the supplier part of the schema, compared and
// dropped, on all cores, in document order. Findings are the same as
// Evaluate's for the same document. Call FinishStream (or Finish) on the
// returned Run, then Close.
func (e *Engine) EvaluateSource(ctx context.Context, src Input, opts ...Option) (run *Run, err error) {
	defer recoverInternal(&err)
	return e.evaluateSource(ctx, src, opts...)
}

func (e *Engine) evaluateSource(ctx context.Context, src Input, opts ...Option) (*Run, error) {
	st := document.NewStream(src.Document, src.Name)
	hdr, err := st.Header()
	if errors.Is(err, document.ErrNotStreamable) {
		return e.evaluateTwoPass(ctx, src, opts)
	}
	if err != nil {
		return nil, err
	}
	run, err := e.Start(ctx, hdr, opts...)
	if err != nil {
		return nil, err
	}
	defer closeOnPanic(run)
	var read atomic.Int64
	p := &pipeline{run: run, checker: &document.SupplierChecker{File: src.Name}, progress: src.Progress, read: &read}
	err = p.feed(ctx, produceFrom(st, src.Name, &read))
	if errors.Is(err, document.ErrNotStreamable) {
		run.Close()
		return e.evaluateTwoPass(ctx, src, opts)
	}
	if err == nil {
		err = p.rest(ctx, src, st.Offset())
	}
	if err != nil {
		run.Close()
		return nil, err
	}
	return run, nil
}

// evaluateTwoPass reads a JSON document whose keys come in any order in two
// passes, in bounded memory: the first reads everything but the suppliers
// (stepping over them one at a time), the second seeks back to the supplier
// array and evaluates it as the one-pass reader does. YAML is read whole.
func (e *Engine) evaluateTwoPass(ctx context.Context, src Input, opts []Option) (*Run, error) {
	if _, err := src.Document.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("%s: rewinding to read the document again: %w", src.Name, err)
	}
	hdr, at, err := document.NewStream(src.Document, src.Name).HeaderAll()
	if errors.Is(err, document.ErrNotStreamable) {
		return e.evaluateWhole(ctx, src, opts)
	}
	if err != nil {
		// The whole-document reader words every error the same way
		// whichever path the document takes.
		return e.evaluateWhole(ctx, src, opts)
	}
	run, err := e.Start(ctx, hdr, opts...)
	if err != nil {
		return nil, err
	}
	defer closeOnPanic(run)
	var read atomic.Int64
	p := &pipeline{run: run, checker: &document.SupplierChecker{File: src.Name}, progress: src.Progress, read: &read}
	if at != nil {
		if _, err := src.Document.Seek(at.Offset, io.SeekStart); err != nil {
			run.Close()
			return nil, fmt.Errorf("%s: seeking to the suppliers: %w", src.Name, err)
		}
		st := document.NewStreamAt(src.Document, src.Name, *at)
		err = p.feed(ctx, produceFrom(st, src.Name, &read))
		if err != nil {
			run.Close()
			return nil, err
		}
	}
	if err := p.rest(ctx, src, 0); err != nil {
		run.Close()
		return nil, err
	}
	return run, nil
}

// evaluateWhole reads the document whole: for YAML, and for JSON whose
// header is not complete before the suppliers.
func (e *Engine) evaluateWhole(ctx context.Context, src Input, opts []Option) (*Run, error) {
	if _, err := src.Document.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("%s: rewinding to read the document whole: %w", src.Name, err)
	}
	doc, err := document.Decode(src.Document, src.Name)
	if err != nil {
		return nil, err
	}
	run, err := e.startAll(ctx, doc, opts)
	if err != nil {
		return nil, err
	}
	defer closeOnPanic(run)
	// The document's own suppliers were checked by Decode; NDJSON suppliers
	// are checked against them.
	c := &document.SupplierChecker{File: src.Name}
	for i := range doc.Suppliers {
		if err := c.Check(i, &doc.Suppliers[i]); err != nil {
			run.Close()
			return nil, err
		}
	}
	var read atomic.Int64
	p := &pipeline{run: run, checker: c, next: len(doc.Suppliers), progress: src.Progress, read: &read}
	if err := p.rest(ctx, src, 0); err != nil {
		run.Close()
		return nil, err
	}
	return run, nil
}

// produceFrom emits the suppliers of a stream, in order, noting the bytes
// read for progress.
func produceFrom(st *document.Stream, name string, read *atomic.Int64) func(emit func(*item) bool) error {
	return func(emit func(*item) bool) error {
		for {
			i, raw, err := st.Next()
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return err
			}
			read.Store(st.Offset())
			line, col := st.Position()
			if !emit(&item{index: i, raw: raw, decode: func(raw []byte) (*document.Supplier, error) {
				return document.DecodeSupplierAt(name, i, raw, line, col)
			}}) {
				return nil
			}
		}
	}
}

// closeOnPanic removes a run's temporary files if the evaluation panics;
// the panic goes on to the recovery that turns it into an error.
func closeOnPanic(run *Run) {
	if p := recover(); p != nil {
		run.Close()
		panic(p)
	}
}

// item is one supplier on its way through the pipeline.
type item struct {
	index  int
	raw    []byte
	decode func([]byte) (*document.Supplier, error)
	sp     *document.Supplier
	err    error
	done   chan struct{}
}

// pipeline decodes and evaluates suppliers on every core, and checks the
// supply chain in document order.
type pipeline struct {
	run      *Run
	checker  *document.SupplierChecker
	next     int // index of the next supplier
	count    int
	progress func(int, int64)
	read     *atomic.Int64
	// NDJSON bookkeeping, to name lines in errors found at Finish: a
	// supplier's line follows from its index and the blank lines before it.
	ndStart  int
	ndBlanks []int // for each blank line, the index of the next supplier
	ndName   string
	ndActive bool
}

// feed runs produce, which emits items in order, through the decoders and
// evaluates each decoded supplier in order. The first error wins.
func (p *pipeline) feed(ctx context.Context, produce func(emit func(*item) bool) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.GOMAXPROCS(0)
	work := make(chan *item, 4*workers)
	ordered := make(chan *item, 256)
	var wg sync.WaitGroup
	for range workers {
		// Each worker decodes and evaluates into a shard of its own; the
		// consumer below only checks the supply chain, in document order.
		sh := p.run.newShard(workers)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range work {
				it.sp, it.err = safeSupplier(ctx, sh, it)
				it.raw = nil
				close(it.done)
			}
		}()
	}
	prodErr := make(chan error, 1)
	go func() {
		defer close(work)
		defer close(ordered)
		prodErr <- produce(func(it *item) bool {
			it.done = make(chan struct{})
			select {
			case ordered <- it:
			case <-ctx.Done():
				return false
			}
			select {
			case work <- it:
			case <-ctx.Done():
				close(it.done)
				return false
			}
			return true
		})
	}()
	var err error
	for it := range ordered {
		<-it.done
		if err != nil {
			continue // drain
		}
		switch {
		case it.err != nil:
			err = it.err
		case it.sp == nil:
			err = ctx.Err()
		default:
			err = p.checker.Check(it.index, it.sp)
		}
		if err != nil {
			cancel()
			continue
		}
		p.count++
		if p.progress != nil && p.count%progressEvery == 0 {
			p.progress(p.count, p.read.Load())
		}
	}
	wg.Wait()
	if perr := <-prodErr; err == nil {
		err = perr
	}
	if err != nil {
		return p.ndjsonError(err)
	}
	p.next = p.count
	return nil
}

// safeSupplier decodes and evaluates one supplier on a worker goroutine; a
// panic becomes an error, so that a bug never kills the host program.
func safeSupplier(ctx context.Context, sh *shard, it *item) (sp *document.Supplier, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error evaluating supplier %d: %v", it.index, p)
		}
	}()
	if sp, err = it.decode(it.raw); err != nil {
		return sp, err
	}
	return sp, sh.supplier(ctx, it.index, sp)
}

// ndjson streams the NDJSON supplier list, if any, after the document's own
// suppliers.
func (p *pipeline) ndjson(ctx context.Context, src Input, base int64) error {
	if src.Suppliers == nil {
		return nil
	}
	name := src.SuppliersName
	if name == "" {
		name = "<suppliers>"
	}
	p.ndStart, p.ndName, p.ndActive = p.next, name, true
	p.count = p.next
	sc := bufio.NewScanner(src.Suppliers)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	line := 0
	index := p.next
	var readBytes int64
	return p.feed(ctx, func(emit func(*item) bool) error {
		for sc.Scan() {
			line++
			readBytes += int64(len(sc.Bytes())) + 1
			p.read.Store(base + readBytes)
			raw := sc.Bytes()
			if len(trimSpace(raw)) == 0 {
				p.ndBlanks = append(p.ndBlanks, index)
				continue
			}
			i, l := index, line
			index++
			if !emit(&item{index: i, raw: append([]byte(nil), raw...), decode: func(raw []byte) (*document.Supplier, error) {
				return document.DecodeSupplierLine(name, l, i, raw)
			}}) {
				return nil
			}
		}
		if err := sc.Err(); err != nil {
			if errors.Is(err, bufio.ErrTooLong) {
				return &document.Error{File: name + ":" + strconv.Itoa(line+1), Message: "line longer than 64 MiB: one supplier per line, each under 64 MiB"}
			}
			return &document.Error{File: name + ":" + strconv.Itoa(line+1), Message: "cannot read: " + err.Error()}
		}
		return nil
	})
}

// rest reads the NDJSON suppliers, if any, then runs the supply-chain checks
// that need every supplier.
func (p *pipeline) rest(ctx context.Context, src Input, base int64) error {
	if err := p.ndjson(ctx, src, base); err != nil {
		return err
	}
	return p.ndjsonError(p.checker.Finish())
}

// ndjsonError names the NDJSON file and line for cross-supplier errors found
// about a supplier of the NDJSON list.
func (p *pipeline) ndjsonError(err error) error {
	var de *document.Error
	if err == nil || !p.ndActive || !errors.As(err, &de) || de.File != p.checker.File {
		return err
	}
	var idx int
	if n, _ := fmt.Sscanf(de.Pointer, "/suppliers/%d", &idx); n != 1 || idx < p.ndStart {
		return err
	}
	out := *de
	out.File = p.ndName + ":" + strconv.Itoa(p.ndLine(idx))
	out.Pointer = de.Pointer[len("/suppliers/"+strconv.Itoa(idx)):]
	// Another supplier the message names ("also used by /suppliers/12"):
	// by its line if it is on the list, by its pointer in the document if not.
	out.Message = alsoUsedBy.ReplaceAllStringFunc(de.Message, func(m string) string {
		var k int
		if n, _ := fmt.Sscanf(m, "/suppliers/%d", &k); n != 1 || k < p.ndStart {
			return p.checker.File + " " + m
		}
		return "line " + strconv.Itoa(p.ndLine(k))
	})
	return &out
}

var alsoUsedBy = regexp.MustCompile(`/suppliers/\d+`)

// ndLine is the line of the NDJSON list that holds supplier idx.
func (p *pipeline) ndLine(idx int) int {
	line := idx - p.ndStart + 1
	for _, b := range p.ndBlanks {
		if b <= idx {
			line++
		}
	}
	return line
}

func trimSpace(b []byte) []byte {
	i, j := 0, len(b)
	for i < j && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r') {
		i++
	}
	for j > i && (b[j-1] == ' ' || b[j-1] == '\t' || b[j-1] == '\r') {
		j--
	}
	return b[i:j]
}
