package engine

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/openhrdd/hrdd/engine/rules"
)

// Sector is one word of the catalogue's sector vocabulary: the words a
// document's sector and the packs' sector conditions are written in.
type Sector struct {
	Word    string   `json:"word"`
	Title   string   `json:"title"`
	ISIC    string   `json:"isic,omitempty"` // ISIC Rev.4 division, group or class
	Aliases []string `json:"aliases,omitempty"`
}

// SectorGroup is a broad word of the catalogue (an ISIC section, e.g.
// manufacturing): a sector given as a group is one of its words, unknown
// which.
type SectorGroup struct {
	Word    string   `json:"word"`
	Title   string   `json:"title"`
	ISIC    string   `json:"isic,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
	Words   []string `json:"words"`
}

// sectorIndex maps a normalised word, group or alias to its catalogue word
// or group.
type sectorIndex struct {
	list      []Sector
	groupList []SectorGroup
	words     map[string]string
	groups    map[string][]string // group: its words, sorted
}

func (e *Engine) loadSectors(ctx context.Context) error {
	var raw map[string]Sector
	if err := e.rules.Eval(ctx, rules.QuerySectors, nil, &raw); err != nil {
		return err
	}
	var rawGroups map[string]SectorGroup
	if err := e.rules.Eval(ctx, rules.QuerySectorGroups, nil, &rawGroups); err != nil {
		return err
	}
	idx := sectorIndex{words: map[string]string{}, groups: map[string][]string{}}
	add := func(w string, aliases []string) error {
		for _, a := range append([]string{w}, aliases...) {
			n := normaliseSector(a)
			if prev, ok := idx.words[n]; ok && prev != w {
				return fmt.Errorf("catalogue sectors: %q names both %s and %s", a, prev, w)
			}
			idx.words[n] = w
		}
		return nil
	}
	for _, w := range rules.SortedKeys(raw) {
		s := raw[w]
		s.Word = w
		sort.Strings(s.Aliases)
		idx.list = append(idx.list, s)
		if err := add(w, s.Aliases); err != nil {
			return err
		}
	}
	for _, g := range rules.SortedKeys(rawGroups) {
		grp := rawGroups[g]
		grp.Word = g
		sort.Strings(grp.Aliases)
		sort.Strings(grp.Words)
		for _, w := range grp.Words {
			if _, ok := raw[w]; !ok {
				return fmt.Errorf("catalogue sector group %s: %q is not a sector word", g, w)
			}
		}
		idx.groupList = append(idx.groupList, grp)
		idx.groups[g] = grp.Words
		if err := add(g, grp.Aliases); err != nil {
			return err
		}
	}
	e.sectors = idx
	return nil
}

// normaliseSector reads a sector case-insensitively, with any run of spaces,
// hyphens or other punctuation as one underscore.
func normaliseSector(s string) string {
	var b strings.Builder
	gap := false
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if gap && b.Len() > 0 {
				b.WriteByte('_')
			}
			gap = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		gap = true
	}
	return b.String()
}

// Sectors lists the sector vocabulary, by word.
func (e *Engine) Sectors() []Sector { return slices.Clone(e.sectors.list) }

// SectorGroups lists the broad sector words, by word.
func (e *Engine) SectorGroups() []SectorGroup { return slices.Clone(e.sectors.groupList) }

// Sector returns the catalogue word or group a document's sector stands
// for, and whether it is one: a word, a group or an alias, in any case, with
// spaces or hyphens for underscores. Sector conditions are unknown for a word
// it does not know.
func (e *Engine) Sector(s string) (string, bool) {
	w, ok := e.sectors.words[normaliseSector(s)]
	return w, ok
}

// sectorFacts is what conditions read of a catalogue word or group: a word
// is the sector; a group leaves the sector unknown among its words.
func (e *Engine) sectorFacts(w string) (sector string, among []string) {
	if words, ok := e.sectors.groups[w]; ok {
		return "", words
	}
	return w, nil
}

// sectorOption checks a sector given for a workplace (Requirements,
// Explain) and returns its catalogue word.
func (e *Engine) sectorOption(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	if w, ok := e.Sector(s); ok {
		return w, nil
	}
	return "", fmt.Errorf("unknown sector %q: use one of the catalogue's sector words (hrdd sectors), e.g. %s", s, e.sectorExamples())
}

func (e *Engine) sectorExamples() string {
	var ws []string
	for _, s := range e.sectors.list {
		ws = append(ws, s.Word)
		if len(ws) == 6 {
			break
		}
	}
	return strings.Join(ws, ", ")
}

// UnrecognisedSector is a sector word of the document that is not in the
// catalogue's vocabulary: conditions that read the sector are unknown for the
// subjects that use it.
type UnrecognisedSector struct {
	Word  string `json:"word"`
	Count int    `json:"count"`
	// First is the JSON pointer of its first use (sites before suppliers).
	First string `json:"first"`
}

// uses counts, by key, the subjects a report note is about and keeps the
// first, so that the report is the same however suppliers were spread over
// shards: unrecognised sector words, countries whose laws need a region.
type uses map[string]*use

type use struct {
	count int
	kind  string // SubjectSite before SubjectSupplier
	index int
}

func (u *use) before(kind string, index int) bool {
	if u.kind != kind {
		return kind == SubjectSite
	}
	return index < u.index
}

func (m uses) add(key, kind string, index int) {
	u := m[key]
	if u == nil {
		m[key] = &use{count: 1, kind: kind, index: index}
		return
	}
	u.count++
	if u.before(kind, index) {
		u.kind, u.index = kind, index
	}
}

// merge sums the shards' counts, keeping the first use.
func merge(shards []*shard, of func(*shard) uses) uses {
	all := uses{}
	for _, sh := range shards {
		for k, u := range of(sh) {
			a := all[k]
			if a == nil {
				c := *u
				all[k] = &c
				continue
			}
			a.count += u.count
			if a.before(u.kind, u.index) {
				a.kind, a.index = u.kind, u.index
			}
		}
	}
	return all
}

// pointer is the JSON pointer of field of the first use.
func (u *use) pointer(field string) string {
	base := "/suppliers/"
	if u.kind == SubjectSite {
		base = "/sites/"
	}
	return base + strconv.Itoa(u.index) + "/" + field
}

// sector is the catalogue word of a site's or supplier's sector, or "" when
// it is absent or unrecognised; an unrecognised word is counted for the
// report.
func (sh *shard) sector(s string, kind string, index int) string {
	if s == "" {
		return ""
	}
	if w, ok := sh.run.e.Sector(s); ok {
		return w
	}
	if sh.unknownSectors == nil {
		sh.unknownSectors = uses{}
	}
	sh.unknownSectors.add(s, kind, index)
	return ""
}

// unrecognisedSectors merges the shards' unrecognised sector words, by word.
func (r *Run) unrecognisedSectors() []UnrecognisedSector {
	return notes(r.shards, func(sh *shard) uses { return sh.unknownSectors }, func(w string, u *use) UnrecognisedSector {
		return UnrecognisedSector{Word: w, Count: u.count, First: u.pointer("sector")}
	})
}

// notes merges the shards' counts and makes one report note per key, in
// key order.
func notes[T any](shards []*shard, of func(*shard) uses, note func(string, *use) T) []T {
	all := merge(shards, of)
	out := make([]T, 0, len(all))
	for _, k := range rules.SortedKeys(all) {
		out = append(out, note(k, all[k]))
	}
	return out
}
