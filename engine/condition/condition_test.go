package condition

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func parse(t *testing.T, s string) *Conditions {
	t.Helper()
	var c Conditions
	require.NoError(t, json.Unmarshal([]byte(s), &c))
	return &c
}

func num(f float64) *float64 { return &f }

func TestEval(t *testing.T) {
	small := `{"sectors": ["retail"], "workplace_workers_below": 10, "text": "small retail"}`
	tests := []struct {
		name  string
		cond  string
		facts Facts
		want  Truth
	}{
		{"no conditions", `{}`, Facts{}, Yes},
		{"workers at threshold", `{"workplace_workers_min": 50}`, Facts{Workers: num(50)}, Yes},
		{"workers below threshold", `{"workplace_workers_min": 50}`, Facts{Workers: num(49)}, No},
		{"workers unknown", `{"workplace_workers_min": 50}`, Facts{}, Unknown},
		{"below: fewer", `{"workplace_workers_below": 10}`, Facts{Workers: num(9)}, Yes},
		{"below: as many", `{"workplace_workers_below": 10}`, Facts{Workers: num(10)}, No},
		{"employer known", `{"employer_employees_min": 15}`, Facts{Employees: num(14)}, No},
		{"employer lower bound settles", `{"employer_employees_min": 15}`, Facts{EmployeesAtLeast: 20}, Yes},
		{"employer lower bound too low", `{"employer_employees_min": 15}`, Facts{EmployeesAtLeast: 10}, Unknown},
		{"employer below, lower bound above", `{"employer_employees_below": 50}`, Facts{EmployeesAtLeast: 60}, No},
		{"sector listed", `{"sectors": ["retail", "commerce"]}`, Facts{Sector: "retail"}, Yes},
		{"sector not listed", `{"sectors": ["retail"]}`, Facts{Sector: "metals"}, No},
		{"sector unknown", `{"sectors": ["retail"]}`, Facts{}, Unknown},
		{"sector excluded", `{"sectors_excluded": ["agriculture"]}`, Facts{Sector: "agriculture"}, No},
		{"zone: ordinary territory", `{"zones_excluded": ["export_processing_zone"]}`, Facts{}, Yes},
		{"zone: in the zone", `{"zones_excluded": ["export_processing_zone"]}`, Facts{Zone: "export_processing_zone"}, No},
		{"zone: a policy may be anywhere", `{"zones": ["export_processing_zone"]}`, Facts{Zone: AnyZone}, Unknown},
		{"service only: owed to qualifying workers", `{"service_months_min": 12}`, Facts{}, Yes},
		{"unless: special rule holds", `{"unless": ` + small + `}`, Facts{Sector: "retail", Workers: num(5)}, No},
		{"unless: other sector settles it", `{"unless": ` + small + `}`, Facts{Sector: "metals"}, Yes},
		{"unless: unknown", `{"unless": ` + small + `}`, Facts{Sector: "retail"}, Unknown},
		{"sector group: no word listed", `{"sectors": ["retail"]}`, Facts{Among: []string{"apparel", "textiles"}}, No},
		{"sector group: every word listed", `{"sectors": ["apparel", "textiles", "retail"]}`, Facts{Among: []string{"apparel", "textiles"}}, Yes},
		{"sector group: some words listed", `{"sectors": ["textiles"]}`, Facts{Among: []string{"apparel", "textiles"}}, Unknown},
		{"sector group: excluded", `{"sectors_excluded": ["construction"]}`, Facts{Among: []string{"apparel", "textiles"}}, Yes},
		{"region excluded", `{"regions_excluded": ["MY-12", "MY-13"]}`, Facts{Region: "MY-12"}, No},
		{"region elsewhere", `{"regions_excluded": ["MY-12", "MY-13"]}`, Facts{Region: "MY-10"}, Yes},
		{"region unknown", `{"regions_excluded": ["MY-12"]}`, Facts{}, Unknown},
		{"region listed", `{"regions": ["IN-MH"]}`, Facts{Region: "IN-MH"}, Yes},
		{"worker group: never in the facts", `{"worker_groups": ["foreign_workers"]}`, Facts{Sector: "retail", Workers: num(5)}, Unknown},
		{"worker group: a scenario", `{"worker_groups": ["foreign_workers"]}`, Facts{WorkerGroup: "foreign_workers"}, Yes},
		{"worker group: unless", `{"unless": {"worker_groups": ["foreign_workers"]}}`, Facts{WorkerGroup: "nationals"}, Yes},
		{"and: one no wins over unknown", `{"workplace_workers_min": 50, "sectors": ["retail"]}`, Facts{Sector: "metals"}, No},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, parse(t, tt.cond).Eval(tt.facts))
		})
	}
	var nilCond *Conditions
	assert.Equal(t, Yes, nilCond.Eval(Facts{}), "a value without conditions always applies")
}

func TestScenarios(t *testing.T) {
	c := parse(t, `{"unless": {"sectors": ["retail"], "workplace_workers_below": 10}, "text": "x"}`)
	d := parse(t, `{"workplace_workers_min": 50, "text": "y"}`)
	all := Scenarios(Facts{}, []*Conditions{c, d})
	// workers: bands 0, 10, 50; sector: retail or other.
	assert.Len(t, all, 6)
	for _, s := range all {
		assert.NotEqual(t, Unknown, c.Eval(s), "every scenario settles every condition")
		assert.NotEqual(t, Unknown, d.Eval(s))
	}
	known := Scenarios(Facts{Workers: num(12), Sector: "metals"}, []*Conditions{c, d})
	assert.Len(t, known, 1, "nothing unknown: the facts alone")
	lower := Scenarios(Facts{EmployeesAtLeast: 30}, []*Conditions{parse(t, `{"employer_employees_min": 20, "text": "z"}`), parse(t, `{"employer_employees_min": 50, "text": "w"}`)})
	for _, s := range lower {
		assert.GreaterOrEqual(t, *s.Employees, 30.0, "scenarios respect the lower bound")
	}
	zones := Scenarios(Facts{Zone: AnyZone}, []*Conditions{parse(t, `{"zones_excluded": ["export_processing_zone"], "text": "v"}`)})
	assert.Len(t, zones, 2, "ordinary territory or the zone")
	tex := parse(t, `{"sectors": ["textiles", "retail"], "text": "t"}`)
	among := Scenarios(Facts{Among: []string{"apparel", "textiles"}}, []*Conditions{tex})
	require.Len(t, among, 2, "textiles, or another word of the group")
	for _, s := range among {
		assert.NotEqual(t, "retail", s.Sector, "a scenario stays within the group")
		assert.NotEqual(t, Unknown, tex.Eval(s))
	}
	assert.Len(t, Scenarios(Facts{Among: []string{"textiles"}}, []*Conditions{tex}), 1, "every word of the group named: no other")
	reg := parse(t, `{"regions_excluded": ["MY-12", "MY-13"], "text": "r"}`)
	assert.Len(t, Scenarios(Facts{}, []*Conditions{reg}), 3, "Sabah, Sarawak or elsewhere")
	assert.Len(t, Scenarios(Facts{Region: "MY-10"}, []*Conditions{reg}), 1)
	assert.Equal(t, []string{Region}, reg.Reads())
	g := parse(t, `{"worker_groups": ["foreign_workers"], "text": "g"}`)
	groups := Scenarios(Facts{Workers: num(12), Sector: "retail"}, []*Conditions{g})
	assert.Len(t, groups, 2, "the group or other workers, even when every figure is known")
	for _, s := range groups {
		assert.NotEqual(t, Unknown, g.Eval(s))
	}
	assert.Equal(t, []string{WorkerGroup}, g.Reads())
	g.Text = ""
	assert.Equal(t, "workers who are foreign_workers", g.Describe())
}

func TestReadsAndDescribe(t *testing.T) {
	c := parse(t, `{"employer_employees_min": 50, "service_months_min": 12, "unless": {"sectors": ["a"]}}`)
	assert.Equal(t, []string{Employees, Sector}, c.Reads())
	assert.Equal(t, "employers of 50 or more employees; workers with 12 or more months of service; unless sectors a", c.Describe())
	c.Text = "FMLA: employers of 50 or more"
	assert.Equal(t, "FMLA: employers of 50 or more", c.Describe())
	assert.Empty(t, parse(t, `{"service_months_min": 6}`).Reads(), "service is worker-level: it reads no figure of the document")
}
