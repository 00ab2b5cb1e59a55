package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHoursCapsInEveryPack: the real limits on hours (overtime per day, week,
// month or year, or total hours) are in the rules of every country where
// factory audits find excessive overtime.
func TestHoursCapsInEveryPack(t *testing.T) {
	caps := []string{"working_hours.overtime_daily_max", "working_hours.overtime_weekly_max", "working_hours.overtime_monthly_max",
		"working_hours.overtime_yearly_max", "working_hours.total_daily_max", "working_hours.total_weekly_max"}
	for _, cc := range []string{"JP", "CN", "VN", "TH", "ID", "IN", "MX", "KR", "BD"} {
		date := goldenAsOf
		if cc == "IN" {
			// The OSH Code 2020 (from 2025-11-21) leaves the overtime cap to
			// State and Central Rules, which are not encoded; the Factories
			// Act 1948 s. 65(3) set one until then.
			date = "2025-06-01"
		}
		code, out, errs := runCLI(t, "", "requirements", "--jurisdiction", cc, "--as-of", date, "--format", "json")
		require.Equal(t, 0, code, errs)
		var rq struct {
			Requirements []struct {
				ID       string `json:"id"`
				Domestic *struct {
					Value any `json:"value"`
				} `json:"domestic"`
				Conditional []struct {
					Value any `json:"value"`
				} `json:"conditional"`
			} `json:"requirements"`
		}
		require.NoError(t, json.Unmarshal([]byte(out), &rq))
		var found []string
		for _, r := range rq.Requirements {
			for _, c := range caps {
				if r.ID == c && r.Domestic != nil && r.Domestic.Value != nil {
					found = append(found, fmt.Sprintf("%s=%v", c, r.Domestic.Value))
				}
				// A cap that depends on the workplace is listed with its conditions.
				for _, x := range r.Conditional {
					if r.ID == c && x.Value != nil {
						found = append(found, fmt.Sprintf("%s=%v (conditional)", c, x.Value))
					}
				}
			}
		}
		assert.NotEmpty(t, found, "%s: no overtime or total-hours cap", cc)
	}
}

// TestPayThresholdIsNotACap: hours above the FLSA's 40 or France's 35 only
// earn overtime pay; a site working 50 regular hours there is not unlawful
// for that reason.
func TestPayThresholdIsNotACap(t *testing.T) {
	for _, cc := range []string{"US", "FR"} {
		doc := fmt.Sprintf(`{"hrdd": "1", "company": {"name": "T", "headquarters": %q},
			"sites": [{"id": "S", "country": %q, "workers": 100, "practices": {"working_hours": {"regular_weekly_max": 46}}}]}`, cc, cc)
		_, out, errs := runCLI(t, doc, "eval", "--as-of", goldenAsOf, "--format", "json", "--show-passed", "-")
		require.Empty(t, errs)
		var rep struct {
			Findings []struct {
				Requirement string `json:"requirement"`
				Status      string `json:"status"`
				Message     string `json:"message"`
			} `json:"findings"`
		}
		require.NoError(t, json.Unmarshal([]byte(out), &rep))
		for _, f := range rep.Findings {
			if f.Requirement == "working_hours.regular_weekly_max" {
				assert.NotEqual(t, "below_domestic", f.Status, "%s: %s", cc, f.Message)
				assert.NotContains(t, f.Message, "unlawful", cc)
			}
		}
	}
}

// TestNoPackCountriesInTheHeader: a report on a company with suppliers in
// countries without national rules names them in the header and the summary.
func TestNoPackCountriesInTheHeader(t *testing.T) {
	doc := `{"hrdd": "1", "company": {"name": "T", "headquarters": "JP"},
		"suppliers": [{"id": "A", "country": "PT", "tier": 1}, {"id": "B", "country": "MA", "tier": 1}]}`
	_, out, errs := runCLI(t, doc, "eval", "--as-of", goldenAsOf, "-")
	require.Empty(t, errs)
	head := strings.SplitN(out, "\n\n", 2)[0]
	assert.Contains(t, head, "no national rules for MA, PT: domestic side not checked")
	assert.Contains(t, out, "countries without national rules (domestic side not checked): MA, PT")
	code, out, _ := runCLI(t, "", "gaps", "PT", "--as-of", goldenAsOf)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "hrdd has no national rules for PT")
	code, _, errs = runCLI(t, "", "requirements", "--jurisdiction", "UK")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "UK")
}

// TestRequirementsWorkplaceFlags: --workers and --sector settle conditional
// values (Japan's health committee from 50 workers).
func TestRequirementsWorkplaceFlags(t *testing.T) {
	code, out, errs := runCLI(t, "", "requirements", "--jurisdiction", "JP", "--as-of", goldenAsOf, "--workers", "60", "--sector", "automotive", "--format", "json")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, `"workers": 60`)
	code, _, errs = runCLI(t, "", "requirements", "--jurisdiction", "JP", "--workers", "-1")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "--workers")
}

// TestIfStricterCodeMeetsEveryPack: a supplier code written as "no one under
// 15, or the local minimum age if higher" meets the law in every country with
// national rules and is below the international standard nowhere.
func TestIfStricterCodeMeetsEveryPack(t *testing.T) {
	countries := []string{"JP", "DE", "FR", "US", "CN", "VN", "IN", "BD", "ID", "MX", "TH", "KR", "MY", "TW", "PH", "KH"}
	var sup []string
	for i, cc := range countries {
		sup = append(sup, fmt.Sprintf(`{"id": "S%d", "country": %q, "tier": 1}`, i, cc))
	}
	doc := `{"hrdd": "1", "company": {"name": "T", "headquarters": "JP"},
		"policies": {"suppliers": {"child_labour": {"minimum_age": {"value": 15, "local_law": "if_stricter"}}}},
		"suppliers": [` + strings.Join(sup, ",") + `]}`
	for _, date := range []string{"2024-06-01", goldenAsOf, "2031-01-01"} {
		_, out, errs := runCLI(t, doc, "eval", "--as-of", date, "--format", "json", "--show-passed", "-")
		require.Empty(t, errs)
		var rep struct {
			Findings []struct {
				Requirement string `json:"requirement"`
				Subject     struct {
					Kind    string `json:"kind"`
					Country string `json:"country"`
				} `json:"subject"`
				Status  string `json:"status"`
				Message string `json:"message"`
			} `json:"findings"`
		}
		require.NoError(t, json.Unmarshal([]byte(out), &rep))
		seen := map[string]bool{}
		for _, f := range rep.Findings {
			if f.Requirement == "child_labour.minimum_age" && f.Subject.Kind == "supplier_code" {
				seen[f.Subject.Country] = true
				assert.Equal(t, "meets", f.Status, "%s %s: %s", date, f.Subject.Country, f.Message)
			}
		}
		assert.Len(t, seen, len(countries), date)
	}
}

// TestSectorWordsMeetTheRules: Japan's 44-hour special measure (LSA Art. 40)
// covers small commerce, health and hospitality workplaces; a small
// workplace whose sector is given broadly as manufacturing is none of them,
// so the 40-hour limit applies, while an unknown word leaves it open.
func TestSectorWordsMeetTheRules(t *testing.T) {
	for _, tc := range []struct{ sector, want string }{
		{"manufacturing", "below_domestic"},
		{"Auto Parts", "below_domestic"}, // an alias
		{"retail", "meets"},
		{"Hotels", "meets"},
		{"knitting", "unaddressed"},
	} {
		doc := fmt.Sprintf(`{"hrdd": "1", "company": {"name": "X", "headquarters": "JP"},
		  "sites": [{"id": "A", "country": "JP", "workers": 6, "sector": %q, "practices": {"working_hours": {"regular_weekly_max": 44}}}]}`, tc.sector)
		_, out, errs := runCLI(t, doc, "eval", "--as-of", goldenAsOf, "--format", "json", "--show-passed", "-")
		var rep struct {
			Findings []struct {
				ID     string `json:"id"`
				Status string `json:"status"`
			} `json:"findings"`
		}
		require.NoError(t, json.Unmarshal([]byte(out), &rep), errs)
		got := ""
		for _, f := range rep.Findings {
			if f.ID == "working_hours.regular_weekly_max/site/A/JP" {
				got = f.Status
			}
		}
		assert.Equal(t, tc.want, got, tc.sector)
	}
}

// TestRegionsMeetTheRules: Malaysia's Employment Act covers Peninsular
// Malaysia and Labuan, not Sabah (MY-12) or Sarawak (MY-13); a workplace
// whose region is not given is asked for it rather than assumed.
func TestRegionsMeetTheRules(t *testing.T) {
	for _, tc := range []struct {
		region, id, want, msg string
		practice              string
	}{
		{`"region": "MY-10",`, "working_hours.overtime_monthly_max", "below_domestic", "unlawful there", `"working_hours": {"overtime_monthly_max": 120}`},
		{``, "working_hours.overtime_monthly_max", "unaddressed", "unknown: needs /sites/0/region", `"working_hours": {"overtime_monthly_max": 120}`},
		{`"region": "MY-10",`, "child_labour.minimum_age", "below_domestic", "unlawful there", `"child_labour": {"minimum_age": 14}`},
		{`"region": "MY-12",`, "child_labour.minimum_age", "below_international", "hrdd's rules hold no binding domestic value", `"child_labour": {"minimum_age": 14}`},
		{``, "child_labour.minimum_age", "below_international", "may also be below the law", `"child_labour": {"minimum_age": 14}`},
	} {
		doc := fmt.Sprintf(`{"hrdd": "1", "company": {"name": "X", "headquarters": "JP"},
		  "sites": [{"id": "A", "country": "MY", %s "workers": 300, "practices": {%s}}]}`, tc.region, tc.practice)
		_, out, errs := runCLI(t, doc, "eval", "--as-of", goldenAsOf, "--format", "json", "-")
		var rep struct {
			Findings []struct {
				ID, Status, Message string
			} `json:"findings"`
		}
		require.NoError(t, json.Unmarshal([]byte(out), &rep), errs)
		var got, msg string
		for _, f := range rep.Findings {
			if f.ID == tc.id+"/site/A/MY" {
				got, msg = f.Status, f.Message
			}
		}
		assert.Equal(t, tc.want, got, "%s %s: %s", tc.id, tc.region, msg)
		assert.Contains(t, msg, tc.msg, "%s %s", tc.id, tc.region)
	}
}

// TestRegionsNeededInTheHeader: the report names the countries whose laws
// depend on a region the document does not give, with the first pointer.
func TestRegionsNeededInTheHeader(t *testing.T) {
	doc := `{"hrdd": "1", "company": {"name": "X", "headquarters": "JP"},
	  "sites": [{"id": "A", "country": "MY", "region": "MY-10"}, {"id": "B", "country": "MY"}],
	  "suppliers": [{"id": "S", "country": "MY", "tier": 1}, {"id": "T", "country": "VN", "tier": 1}]}`
	_, out, errs := runCLI(t, doc, "eval", "--as-of", goldenAsOf, "--format", "json", "-")
	var rep struct {
		RegionsNeeded []struct {
			Country, First string
			Count          int
		} `json:"regions_needed"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep), errs)
	require.Len(t, rep.RegionsNeeded, 1)
	assert.Equal(t, "MY", rep.RegionsNeeded[0].Country)
	assert.Equal(t, 2, rep.RegionsNeeded[0].Count)
	assert.Equal(t, "/sites/1/region", rep.RegionsNeeded[0].First)
	_, out, _ = runCLI(t, doc, "eval", "--as-of", goldenAsOf, "-")
	assert.Contains(t, out, "region not given in MY, where some laws apply in part of the country (2 sites or suppliers, first at /sites/1/region)")
}
