// Package condition decides whether the conditions a rule pack attaches to a
// source value (workplace or employer size, sector, zone, the group of
// workers protected) hold for one subject. A figure the document lacks makes
// a condition Unknown, never assumed: the caller then says which figure is
// needed. Which workers a practice concerns is never in the document, so a
// condition on the group of workers is always Unknown for a subject.
//
// Conditions are data written in the rule packs (policies/README.md,
// "Conditions"); this package only measures a subject against them.
package condition

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Truth is a three-valued truth.
type Truth int8

// The three truths.
const (
	No Truth = iota
	Unknown
	Yes
)

func (t Truth) String() string { return [...]string{"no", "unknown", "yes"}[t] }

// Attributes a condition may read.
const (
	Workers   = "workers"   // the workplace's normal headcount
	Employees = "employees" // the employer's headcount
	Sector    = "sector"
	Region    = "region" // ISO 3166-2 code of the workplace
	Zone      = "zone"
	// WorkerGroup is the group of workers a value protects (nationals,
	// foreign workers, technical intern trainees): a rule that protects only
	// some workers of a workplace.
	WorkerGroup = "worker_group"
)

// Conditions are the conditions of one source value; every set field must
// hold. The zero value always holds.
type Conditions struct {
	WorkersMin       *float64    `json:"workplace_workers_min,omitempty"`
	WorkersBelow     *float64    `json:"workplace_workers_below,omitempty"`
	EmployeesMin     *float64    `json:"employer_employees_min,omitempty"`
	EmployeesBelow   *float64    `json:"employer_employees_below,omitempty"`
	Sectors          []string    `json:"sectors,omitempty"`
	SectorsExcluded  []string    `json:"sectors_excluded,omitempty"`
	Zones            []string    `json:"zones,omitempty"`
	ZonesExcluded    []string    `json:"zones_excluded,omitempty"`
	Regions          []string    `json:"regions,omitempty"`
	RegionsExcluded  []string    `json:"regions_excluded,omitempty"`
	WorkerGroups     []string    `json:"worker_groups,omitempty"`
	ServiceMonthsMin *float64    `json:"service_months_min,omitempty"`
	Unless           *Conditions `json:"unless,omitempty"`
	Text             string      `json:"text,omitempty"`
}

// Facts are what the document says of one subject. A nil number or an empty
// sector is unknown; an empty zone is ordinary territory (the document names
// special zones only).
type Facts struct {
	Workers *float64
	// Employees is the employer's headcount; EmployeesAtLeast a lower bound
	// on it when the headcount itself is unknown (a workplace's workers).
	Employees        *float64
	EmployeesAtLeast float64
	Sector           string
	// Among narrows an unknown sector (Sector "") to one of these words: a
	// broad word of the document, e.g. manufacturing. Nil: any sector.
	Among []string
	// Region is the workplace's ISO 3166-2 code; empty: unknown (a policy
	// governs every region of its country).
	Region string
	Zone   string
	// WorkerGroup is set only in scenarios (Scenarios): a subject's facts
	// leave it unknown.
	WorkerGroup string
}

// Eval says whether c holds for f.
func (c *Conditions) Eval(f Facts) Truth {
	if c == nil {
		return Yes
	}
	t := Yes
	and := func(u Truth) { t = min(t, u) }
	if c.WorkersMin != nil {
		and(atLeast(f.Workers, 0, *c.WorkersMin))
	}
	if c.WorkersBelow != nil {
		and(not(atLeast(f.Workers, 0, *c.WorkersBelow)))
	}
	if c.EmployeesMin != nil {
		and(atLeast(f.Employees, f.EmployeesAtLeast, *c.EmployeesMin))
	}
	if c.EmployeesBelow != nil {
		and(not(atLeast(f.Employees, f.EmployeesAtLeast, *c.EmployeesBelow)))
	}
	if c.Sectors != nil {
		and(sectorIn(f, c.Sectors))
	}
	if c.SectorsExcluded != nil {
		and(not(sectorIn(f, c.SectorsExcluded)))
	}
	if c.Zones != nil {
		and(inZone(f.Zone, c.Zones))
	}
	if c.ZonesExcluded != nil {
		and(not(inZone(f.Zone, c.ZonesExcluded)))
	}
	if c.Regions != nil {
		and(member(f.Region, c.Regions))
	}
	if c.RegionsExcluded != nil {
		and(not(member(f.Region, c.RegionsExcluded)))
	}
	if c.WorkerGroups != nil {
		and(member(f.WorkerGroup, c.WorkerGroups))
	}
	if c.Unless != nil {
		and(not(c.Unless.Eval(f)))
	}
	return t
}

func atLeast(n *float64, lower, threshold float64) Truth {
	switch {
	case n != nil:
		return truth(*n >= threshold)
	case lower >= threshold:
		return Yes
	}
	return Unknown
}

func member(s string, list []string) Truth {
	if s == "" {
		return Unknown
	}
	return truth(slices.Contains(list, s))
}

// sectorIn says whether f's sector is one of list: unknown for an unknown
// sector, unless the words it may be are all in list or all out of it.
func sectorIn(f Facts, list []string) Truth {
	if f.Sector != "" || f.Among == nil {
		return member(f.Sector, list)
	}
	in := 0
	for _, w := range f.Among {
		if slices.Contains(list, w) {
			in++
		}
	}
	switch in {
	case 0:
		return No
	case len(f.Among):
		return Yes
	}
	return Unknown
}

func inZone(z string, list []string) Truth {
	if z == AnyZone {
		return Unknown
	}
	return truth(slices.Contains(list, z))
}

// AnyZone is the zone of a subject that may be in any zone: a policy, which
// governs every workplace of a country.
const AnyZone = "\x00any"

func truth(b bool) Truth {
	if b {
		return Yes
	}
	return No
}

func not(t Truth) Truth { return 2 - t }

// Reads lists the attributes c reads, sorted.
func (c *Conditions) Reads() []string {
	var out []string
	c.Walk(func(attr string, _ float64, _ []string) {
		if !slices.Contains(out, attr) {
			out = append(out, attr)
		}
	})
	sort.Strings(out)
	return out
}

// Walk calls fn for every test in c: a numeric threshold or a list of names.
func (c *Conditions) Walk(fn func(attr string, threshold float64, names []string)) {
	if c == nil {
		return
	}
	for _, n := range []struct {
		attr string
		v    *float64
	}{{Workers, c.WorkersMin}, {Workers, c.WorkersBelow}, {Employees, c.EmployeesMin}, {Employees, c.EmployeesBelow}} {
		if n.v != nil {
			fn(n.attr, *n.v, nil)
		}
	}
	if c.Sectors != nil || c.SectorsExcluded != nil {
		fn(Sector, 0, append(slices.Clone(c.Sectors), c.SectorsExcluded...))
	}
	if c.Zones != nil || c.ZonesExcluded != nil {
		fn(Zone, 0, append(slices.Clone(c.Zones), c.ZonesExcluded...))
	}
	if c.Regions != nil || c.RegionsExcluded != nil {
		fn(Region, 0, append(slices.Clone(c.Regions), c.RegionsExcluded...))
	}
	if c.WorkerGroups != nil {
		fn(WorkerGroup, 0, slices.Clone(c.WorkerGroups))
	}
	c.Unless.Walk(fn)
}

// Scenarios returns every distinct assignment of the attributes that f leaves
// unknown and that some of conds read, each as Facts with those attributes
// filled in: one value per band between the thresholds the conditions use,
// one per sector they name plus one for any other sector. With nothing
// unknown it returns f alone.
func Scenarios(f Facts, conds []*Conditions) []Facts {
	var workers, employees []float64
	sectors, zones, groups, regions := []string{}, []string{""}, []string{}, []string{}
	readSector, readZone, readGroup, readRegion := false, false, false, false
	for _, c := range conds {
		c.Walk(func(attr string, t float64, names []string) {
			switch attr {
			case Workers:
				workers = append(workers, t)
			case Employees:
				employees = append(employees, t)
			case Sector:
				readSector = true
				sectors = append(sectors, names...)
			case Zone:
				readZone = true
				zones = append(zones, names...)
			case WorkerGroup:
				readGroup = true
				groups = append(groups, names...)
			case Region:
				readRegion = true
				regions = append(regions, names...)
			}
		})
	}
	out := []Facts{f}
	if f.Workers == nil && len(workers) > 0 {
		out = expand(out, bands(workers, 0), func(s *Facts, v float64) { s.Workers = &v })
	}
	if f.Employees == nil && len(employees) > 0 {
		out = expand(out, bands(employees, f.EmployeesAtLeast), func(s *Facts, v float64) { s.Employees = &v })
	}
	if f.Sector == "" && readSector {
		out = expandNames(out, sectorScenarios(sectors, f.Among), func(s *Facts, v string) { s.Sector, s.Among = v, nil })
	}
	if f.Region == "" && readRegion {
		out = expandNames(out, append(regions, otherSector), func(s *Facts, v string) { s.Region = v })
	}
	if f.WorkerGroup == "" && readGroup {
		out = expandNames(out, append(groups, otherSector), func(s *Facts, v string) { s.WorkerGroup = v })
	}
	if f.Zone == AnyZone && readZone {
		out = expandNames(out, zones, func(s *Facts, v string) { s.Zone = v })
	}
	return out
}

// sectorScenarios are the sectors an unknown sector may be, as far as
// conditions naming named tell them apart: each named word it may be, and
// otherSector for any other.
func sectorScenarios(named, among []string) []string {
	if among == nil {
		return append(named, otherSector)
	}
	var out []string
	other := false
	for _, w := range among {
		if slices.Contains(named, w) {
			out = append(out, w)
		} else {
			other = true
		}
	}
	if other {
		out = append(out, otherSector)
	}
	return out
}

// otherSector stands for any sector (or region, or group of workers) no
// condition names.
const otherSector = "\x00other"

// bands returns one representative headcount per band between thresholds,
// from the lower bound up.
func bands(thresholds []float64, lower float64) []float64 {
	sort.Float64s(thresholds)
	thresholds = slices.Compact(thresholds)
	out := []float64{lower}
	for _, t := range thresholds {
		if t > lower {
			out = append(out, t)
		}
	}
	return out
}

// expandNames is expand for names: each distinct name once, sorted.
func expandNames(in []Facts, names []string, set func(*Facts, string)) []Facts {
	names = slices.Clone(names)
	sort.Strings(names)
	return expand(in, slices.Compact(names), set)
}

// expand returns every fact of in once per value, set by set.
func expand[V any](in []Facts, values []V, set func(*Facts, V)) []Facts {
	var out []Facts
	for _, s := range in {
		for _, v := range values {
			s2 := s
			set(&s2, v)
			out = append(out, s2)
		}
	}
	return out
}

// Describe renders c in words: its text, or the tests when it has none.
func (c *Conditions) Describe() string {
	if c == nil {
		return ""
	}
	if c.Text != "" {
		return c.Text
	}
	var parts []string
	num := func(v *float64, f string) {
		if v != nil {
			parts = append(parts, fmt.Sprintf(f, strconv.FormatFloat(*v, 'f', -1, 64)))
		}
	}
	num(c.WorkersMin, "workplaces of %s or more workers")
	num(c.WorkersBelow, "workplaces of fewer than %s workers")
	num(c.EmployeesMin, "employers of %s or more employees")
	num(c.EmployeesBelow, "employers of fewer than %s employees")
	list := func(names []string, prefix string) {
		if names != nil {
			parts = append(parts, prefix+strings.Join(names, ", "))
		}
	}
	list(c.Sectors, "sectors ")
	list(c.SectorsExcluded, "not sectors ")
	list(c.Zones, "zones ")
	list(c.ZonesExcluded, "outside ")
	num(c.ServiceMonthsMin, "workers with %s or more months of service")
	list(c.Regions, "regions ")
	list(c.RegionsExcluded, "outside regions ")
	list(c.WorkerGroups, "workers who are ")
	if c.Unless != nil {
		parts = append(parts, "unless "+c.Unless.Describe())
	}
	return strings.Join(parts, "; ")
}
