package document

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"sigs.k8s.io/yaml"
)

func decodeString(t *testing.T, s string) (*Document, error) {
	t.Helper()
	doc, err := Decode(strings.NewReader(s), "doc.json")
	if err != nil {
		var de *Error
		require.True(t, errors.As(err, &de), "error is %T, want *Error", err)
		assert.Nil(t, doc)
	}
	return doc, err
}

func TestDecodeDesignExample(t *testing.T) {
	for _, name := range []string{"design-example.json", "design-example.yaml"} {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", name))
			require.NoError(t, err)
			defer f.Close()
			doc, err := Decode(f, name)
			require.NoError(t, err)

			assert.Equal(t, "1", doc.HRDD)
			assert.Equal(t, "Example Auto Parts K.K.", doc.Company.Name)
			assert.Equal(t, "JP", doc.Company.Headquarters)
			require.NotNil(t, doc.Company.Employees)
			assert.Equal(t, 12000, *doc.Company.Employees)
			assert.Equal(t, map[string]int{"JP": 9000, "DE": 1200}, doc.Company.EmployeesByCountry)
			require.NotNil(t, doc.Company.AnnualTurnoverEUR)
			assert.Equal(t, 3200000000.0, *doc.Company.AnnualTurnoverEUR)
			assert.Equal(t, []string{"automotive"}, doc.Company.Sectors)

			assert.Equal(t, Practices{"child_labour": {"minimum_age": 15.0}, "working_hours": {"regular_weekly_max": LocalLaw}}, doc.Policies.OwnOperations)
			assert.Equal(t, Practices{"child_labour": {"minimum_age": LocalLaw}}, doc.Policies.Suppliers, "applies_to_tiers is not a practice")
			assert.Equal(t, []int{1}, doc.Policies.SupplierTiers)

			assert.Equal(t, ProcessPractices{
				"policy_commitment":                  true,
				"scope_tiers":                        []any{1.0},
				"stakeholders":                       []any{"affected_workers", "civil_society"},
				"grievance_mechanism":                true,
				"grievance_open_to":                  []any{"own_workers"},
				"international_standards_precedence": false,
			}, doc.DueDiligence)

			require.Len(t, doc.Sites, 1)
			assert.Equal(t, "JP-NGY-1", doc.Sites[0].ID)
			require.NotNil(t, doc.Sites[0].Workers)
			assert.Equal(t, 1200, *doc.Sites[0].Workers)
			assert.Equal(t, Practices{"working_hours": {"regular_weekly_max": 40.0}}, doc.Sites[0].Practices)

			require.Len(t, doc.Suppliers, 2)
			assert.Equal(t, Supplier{ID: "S-0001", Name: "Hanoi Castings", Country: "VN", Tier: 1,
				Practices: Practices{"child_labour": {"minimum_age": 15.0}}}, doc.Suppliers[0])
			assert.Equal(t, Supplier{ID: "S-0002", Country: "VN", Tier: 2, Parent: "S-0001", Practices: Practices{}}, doc.Suppliers[1])
		})
	}
}

func TestDecodeJSONAndYAMLAgree(t *testing.T) {
	docs := map[string]*Document{}
	for _, name := range []string{"design-example.json", "design-example.yaml"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		require.NoError(t, err)
		docs[name], err = Decode(bytes.NewReader(b), name)
		require.NoError(t, err)
	}
	assert.Equal(t, docs["design-example.json"], docs["design-example.yaml"])
}

// testFiles lists the valid documents in testdata.
func testFiles() ([]string, error) {
	j, err := filepath.Glob("testdata/*.json")
	if err != nil {
		return nil, err
	}
	y, err := filepath.Glob("testdata/*.yaml")
	return append(j, y...), err
}

func TestDecodeValidFiles(t *testing.T) {
	files, err := testFiles()
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			b, err := os.ReadFile(file)
			require.NoError(t, err)
			_, err = Decode(bytes.NewReader(b), file)
			require.NoError(t, err)
		})
	}
}

func TestDecodeFull(t *testing.T) {
	b, err := os.ReadFile("testdata/full.json")
	require.NoError(t, err)
	doc, err := Decode(bytes.NewReader(b), "full.json")
	require.NoError(t, err)
	assert.Equal(t, "all", doc.Policies.SupplierTiers)
	assert.Equal(t, "all", doc.DueDiligence["scope_tiers"])
	assert.Equal(t, map[string]float64{"SEK": 16500000000, "NOK": 120000000}, doc.Company.TurnoverByCurrency)
	assert.Equal(t, map[string]float64{"SEK": 9000000000}, doc.Company.BalanceSheetByCurrency)
	assert.Equal(t, 900000000.0, *doc.Company.AnnualTurnoverEUEUR)
	assert.Equal(t, "AB", doc.Company.LegalForm)
	assert.Equal(t, "T-2", doc.Suppliers[0].Parent, "a parent may come after its child in a whole document")
	assert.Equal(t, LocalLaw, doc.Policies.Suppliers["non_discrimination"]["grounds"])

	// Presence, zones, supplier employees.
	assert.Equal(t, map[string]string{"SE": PresenceSeat, "BD": PresenceSubsidiary, "NO": PresenceBranch, "US": PresenceNone}, doc.Company.Presence)
	assert.Equal(t, "", doc.Sites[0].Zone)
	assert.Equal(t, "export_processing_zone", doc.Sites[1].Zone)
	assert.Equal(t, "special_economic_zone", doc.Suppliers[0].Zone)
	require.NotNil(t, doc.Suppliers[0].Employees)
	assert.Equal(t, 80, *doc.Suppliers[0].Employees)
	assert.Equal(t, 2500, *doc.Suppliers[1].Employees)
	require.NotNil(t, doc.Suppliers[2].Employees, "0 is a figure, not an absence")
	assert.Equal(t, 0, *doc.Suppliers[2].Employees)
	assert.Nil(t, doc.Suppliers[3].Employees)
	assert.Equal(t, "", doc.Suppliers[3].Zone)

	// Value or local law, whichever is stricter, in every place a practice can be.
	own := doc.Policies.OwnOperations
	assert.Equal(t, IfStricter{Value: 16.0}, own["child_labour"]["minimum_age"])
	assert.Equal(t, IfStricter{Value: []any{"race", "colour", "sex", "religion", "political_opinion", "national_extraction", "social_origin", "disability"}}, own["non_discrimination"]["grounds"])
	assert.Equal(t, IfStricter{Value: 200.0}, own["working_hours"]["overtime_yearly_max"])
	assert.Equal(t, map[string]any{
		"regular_daily_max": 8.0, "regular_weekly_max": 40.0, "total_weekly_max": 48.0, "overtime_voluntary": true, "overtime_premium_min_percent": 150.0,
		"overtime_pay_threshold_weekly": 40.0, "overtime_daily_max": 2.0, "overtime_weekly_max": 8.0, "overtime_monthly_max": 36.0,
		"overtime_yearly_max": IfStricter{Value: 200.0}, "total_daily_max": 10.0,
	}, own["working_hours"])
	assert.Equal(t, IfStricter{Value: 12.0}, doc.Policies.Suppliers["working_hours"]["overtime_weekly_max"], "in the supplier code")
	assert.Equal(t, IfStricter{Value: []any{"trade_unions", "workers_representatives", "affected_workers"}}, doc.DueDiligence["stakeholders"])
	assert.Equal(t, IfStricter{Value: 12.0}, doc.DueDiligence["risk_assessment_interval_months"])
	assert.Equal(t, IfStricter{Value: 2.0}, doc.Suppliers[1].Practices["working_hours"]["overtime_daily_max"])
	assert.Equal(t, IfStricter{Value: []any{"sex", "religion"}}, doc.Suppliers[2].Practices["non_discrimination"]["grounds"])
}

// TestIfStricterMarshalsAsWritten: a report shows the value the way the
// document states it.
func TestIfStricterMarshalsAsWritten(t *testing.T) {
	d, err := decodeString(t, doc(`"policies":{"own_operations":{"child_labour":{"minimum_age":{"value":15,"local_law":"if_stricter"}},"non_discrimination":{"grounds":{"local_law":"if_stricter","value":["race"]}}},"suppliers":{"rest":{"weekly_rest_min_hours":{"value":24,"local_law":"if_stricter"}}}},"due_diligence":{"grievance_open_to":{"value":[],"local_law":"if_stricter"}}`))
	require.NoError(t, err)
	b, err := json.Marshal(d)
	require.NoError(t, err)
	assert.JSONEq(t, `{"hrdd":"1","company":{"name":"x","headquarters":"JP"},
		"policies":{"own_operations":{"child_labour":{"minimum_age":{"value":15,"local_law":"if_stricter"}},"non_discrimination":{"grounds":{"value":["race"],"local_law":"if_stricter"}}},
		            "suppliers":{"rest":{"weekly_rest_min_hours":{"value":24,"local_law":"if_stricter"}}}},
		"due_diligence":{"grievance_open_to":{"value":[],"local_law":"if_stricter"}}}`, string(b))

	var p Practices
	require.NoError(t, json.Unmarshal([]byte(`{"child_labour":{"minimum_age":{"value":15,"local_law":"if_stricter"},"night_work_minimum_age":{"value":18,"local_law":"other"}}}`), &p))
	assert.Equal(t, Practices{"child_labour": {"minimum_age": IfStricter{Value: 15.0}, "night_work_minimum_age": map[string]any{"value": 18.0, "local_law": "other"}}}, p,
		"only the if_stricter shape is converted")
	require.NoError(t, json.Unmarshal([]byte(`null`), &p))
	assert.Nil(t, p)
	var pp ProcessPractices
	require.NoError(t, json.Unmarshal([]byte(`{"stakeholders":{"local_law":"if_stricter","value":["experts"]},"remediation":true}`), &pp))
	assert.Equal(t, ProcessPractices{"stakeholders": IfStricter{Value: []any{"experts"}}, "remediation": true}, pp)
	assert.Error(t, json.Unmarshal([]byte(`[]`), &pp))
	assert.Error(t, json.Unmarshal([]byte(`{"a":1}`), &p))
}

// TestDecodeYAMLNewForms: YAML takes the same forms as JSON, to the same values.
func TestDecodeYAMLNewForms(t *testing.T) {
	b, err := os.ReadFile("testdata/full.json")
	require.NoError(t, err)
	y, err := yaml.JSONToYAML(b)
	require.NoError(t, err)
	fromJSON, err := Decode(bytes.NewReader(b), "full.json")
	require.NoError(t, err)
	fromYAML, err := Decode(bytes.NewReader(y), "full.yaml")
	require.NoError(t, err)
	assert.Equal(t, fromJSON, fromYAML)

	d, err := decodeString(t, `hrdd: "1"
company:
  name: x
  headquarters: DE
  presence: {DE: seat, FR: branch, CN: subsidiary}
policies:
  own_operations:
    child_labour:
      minimum_age:
        value: 15
        local_law: if_stricter
    non_discrimination:
      grounds: {value: [race, sex], local_law: if_stricter}
    working_hours: {total_daily_max: 10, overtime_monthly_max: {local_law: if_stricter, value: 45}}
due_diligence:
  stakeholders:
    value: [trade_unions]
    local_law: if_stricter
sites:
  - {id: a, country: BD, zone: export_processing_zone}
suppliers:
  - {id: s, country: VN, tier: 1, employees: 300, zone: special_economic_zone}
`)
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"DE": "seat", "FR": "branch", "CN": "subsidiary"}, d.Company.Presence)
	assert.Equal(t, Practices{
		"child_labour":       {"minimum_age": IfStricter{Value: 15.0}},
		"non_discrimination": {"grounds": IfStricter{Value: []any{"race", "sex"}}},
		"working_hours":      {"total_daily_max": 10.0, "overtime_monthly_max": IfStricter{Value: 45.0}},
	}, d.Policies.OwnOperations)
	assert.Equal(t, ProcessPractices{"stakeholders": IfStricter{Value: []any{"trade_unions"}}}, d.DueDiligence)
	assert.Equal(t, "export_processing_zone", d.Sites[0].Zone)
	assert.Equal(t, Supplier{ID: "s", Country: "VN", Tier: 1, Employees: ptr(300), Zone: "special_economic_zone"}, d.Suppliers[0])

	// YAML 1.2: an unquoted yes is the string "yes", not true.
	_, err = decodeString(t, "hrdd: '1'\ncompany: {name: x, headquarters: DE}\npolicies:\n  own_operations:\n    rest: {weekly_rest_min_hours: {value: 24, local_law: yes}}\n")
	require.Error(t, err)
	assert.Equal(t, `doc.json: /policies/own_operations/rest/weekly_rest_min_hours/local_law: must be "if_stricter", got "yes"`, err.Error())
}

func ptr[T any](v T) *T { return &v }

func TestDecodeMinimalAndNumberForms(t *testing.T) {
	doc, err := decodeString(t, `{"hrdd":"1","company":{"name":"x","headquarters":"JP","employees":1.2e4},"sites":[{"id":"a","country":"JP","workers":5.0}]}`)
	require.NoError(t, err)
	assert.Equal(t, 12000, *doc.Company.Employees)
	assert.Equal(t, 5, *doc.Sites[0].Workers)
	assert.Nil(t, doc.Policies.SupplierTiers)
	assert.Nil(t, doc.Policies.Suppliers)
}

// doc wraps company fields and extra top-level members into a document.
func doc(extra string) string {
	s := `{"hrdd":"1","company":{"name":"x","headquarters":"JP"}`
	if extra != "" {
		s += "," + extra
	}
	return s + "}"
}

func TestDecodeErrors(t *testing.T) {
	sup := func(list string) string { return doc(`"suppliers":[` + list + `]`) }
	tests := []struct {
		name, in, want string
	}{
		// Syntax.
		{"empty", "  \n", `doc.json: /: the document is empty`},
		{"json syntax", "{\"hrdd\":\"1\",\n  \"company\": {\"name\":\"x\",}}", `doc.json: /company: invalid JSON at line 2, column 26: invalid character '}' looking for beginning of object key string`},
		{"json missing comma", "{\"hrdd\":\"1\",\n  \"company\": {\"name\":\"x\" \"y\"}}", `doc.json: /company: invalid JSON at line 2, column 26: invalid character '"' after object key:value pair`},
		{"json truncated", `{"hrdd":"1"`, `doc.json: /: invalid JSON at line 1, column 12: unexpected end of input`},
		{"json trailing", `{"hrdd":"1"} x`, `doc.json: /: invalid JSON at line 1, column 14: invalid character 'x' after top-level value`},
		{"json trailing value", `{"hrdd":"1"} {}`, `doc.json: /: invalid JSON at line 1, column 14: invalid character '{' after top-level value`},
		{"json duplicate key", "{\"hrdd\":\"1\",\n  \"company\": {\"name\":\"x\", \"name\": \"y\"}}", `doc.json: /company/name: duplicate key "name" at line 2, column 27; each key may appear once`},
		{"json number out of range", doc(`"sites":[{"id":"a","country":"JP","workers":1e400}]`), `doc.json: /sites/0/workers: number 1e400 is out of range`},
		{"json too deep", `{"a":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}`, `doc.json: /a/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0: nested more than 64 levels deep`},
		{"yaml syntax", "hrdd: '1'\ncompany: [\n", `doc.json: /: invalid YAML at line 2: did not find expected node content`},
		{"yaml duplicate key", "hrdd: '1'\ncompany:\n  name: x\n  name: y\n", `doc.json: /: invalid YAML at line 4: duplicate key "name" (also on line 3); each key may appear once`},
		{"yaml not an object", "- 1\n", `doc.json: /: must be an object, got a list`},

		// Schema: required fields, versions, unknown fields.
		{"version", `{"hrdd":"2","company":{"name":"x","headquarters":"JP"}}`, `doc.json: /hrdd: must be "1", got "2"`},
		{"yaml numeric version", "hrdd: 1\ncompany: {name: x, headquarters: JP}\n", `doc.json: /hrdd: must be "1", got 1`},
		{"missing hrdd", `{"company":{"name":"x","headquarters":"JP"}}`, `doc.json: /: missing required field "hrdd"`},
		{"missing name", `{"hrdd":"1","company":{"headquarters":"JP"}}`, `doc.json: /company: missing required field "name"`},
		{"missing headquarters", `{"hrdd":"1","company":{"name":"x"}}`, `doc.json: /company: missing required field "headquarters"`},
		{"empty name", `{"hrdd":"1","company":{"name":"","headquarters":"JP"}}`, `doc.json: /company/name: must be a non-empty string, got ""`},
		{"unknown top-level field", doc(`"extra":1`), `doc.json: /extra: unknown field; known fields of the document: company, due_diligence, hrdd, policies, remediation_plans, sites, suppliers`},
		{"unknown company field", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","a/b":1}}`, `doc.json: /company/a~1b: unknown field; known fields of company: annual_turnover_by_currency, annual_turnover_eu_eur, annual_turnover_eur, balance_sheet_total_by_currency, employees, employees_by_country, headquarters, legal_form, name, presence, sectors`},
		{"unknown practice field", doc(`"policies":{"own_operations":{"child_labour":{"minimum_agee":15}}}`), `doc.json: /policies/own_operations/child_labour/minimum_agee: unknown field; known fields of child_labour: hazardous_work_minimum_age, minimum_age, night_work_minimum_age`},
		{"unknown topic", doc(`"sites":[{"id":"a","country":"JP","practices":{"child_labor":{}}}]`), `doc.json: /sites/0/practices/child_labor: unknown topic; known topics: child_labour, equal_pay, forced_labour, freedom_of_association, harassment, health_safety, leave, maternity, non_discrimination, rest, wages, working_hours`},
		{"unknown supplier-code topic", doc(`"policies":{"suppliers":{"tiers":[1]}}`), `doc.json: /policies/suppliers/tiers: unknown topic; known topics: child_labour, equal_pay, forced_labour, freedom_of_association, harassment, health_safety, leave, maternity, non_discrimination, rest, wages, working_hours; or applies_to_tiers`},
		{"applies_to_tiers outside the supplier code", doc(`"policies":{"own_operations":{"applies_to_tiers":[1]}}`), `doc.json: /policies/own_operations/applies_to_tiers: unknown topic; known topics: child_labour, equal_pay, forced_labour, freedom_of_association, harassment, health_safety, leave, maternity, non_discrimination, rest, wages, working_hours`},
		{"unknown due-diligence field", doc(`"due_diligence":{"scope":[1]}`), `doc.json: /due_diligence/scope: unknown field; known fields of due_diligence: effectiveness_tracking, grievance_criteria, grievance_mechanism, grievance_open_to, international_standards_precedence, policy_commitment, policy_public, public_reporting, remediation, risk_assessment_interval_months, scope_tiers, senior_level_approval, stakeholders`},
		{"unknown policies field", doc(`"policies":{"site":{}}`), `doc.json: /policies/site: unknown field; known fields of policies: own_operations, suppliers`},
		{"unknown site field", doc(`"sites":[{"id":"a","country":"JP","tier":1}]`), `doc.json: /sites/0/tier: unknown field; known fields of a site: country, id, practices, region, sector, workers, zone`},
		{"unknown supplier field", sup(`{"id":"a","country":"JP","tier":1,"size":3}`), `doc.json: /suppliers/0/size: unknown field; known fields of a supplier: country, employees, id, name, parent, practices, region, sector, tier, workers, zone`},
		{"first unknown field wins", doc(`"policies":{"own_operations":{"rest":{"z":1,"b":2}}}`), `doc.json: /policies/own_operations/rest/b: unknown field; known fields of rest: weekly_rest_min_hours`},
		{"missing site id", doc(`"sites":[{"country":"JP"}]`), `doc.json: /sites/0: missing required field "id"`},
		{"missing supplier tier", sup(`{"id":"a","country":"JP"}`), `doc.json: /suppliers/0: missing required field "tier"`},

		// Schema: types and ranges.
		{"negative tier", sup(`{"id":"a","country":"VN","tier":1},{"id":"b","country":"VN","tier":1},{"id":"c","country":"VN","tier":-1}`), `doc.json: /suppliers/2/tier: must be an integer ≥ 1, got -1`},
		{"fractional tier", sup(`{"id":"a","country":"VN","tier":1.5}`), `doc.json: /suppliers/0/tier: must be an integer ≥ 1, got 1.5`},
		{"huge count", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","employees":1e300}}`, `doc.json: /company/employees: must be at most 9007199254740991, got 1e+300`},
		{"negative employees", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","employees":-3}}`, `doc.json: /company/employees: must be an integer ≥ 0, got -3`},
		{"negative turnover", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","annual_turnover_eur":-1}}`, `doc.json: /company/annual_turnover_eur: must be a number ≥ 0, got -1`},
		{"string turnover", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","annual_turnover_eu_eur":"1M"}}`, `doc.json: /company/annual_turnover_eu_eur: must be a number ≥ 0, got "1M"`},
		{"bad currency", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","annual_turnover_by_currency":{"eur":1}}}`, `doc.json: /company/annual_turnover_by_currency/eur: key must be an ISO 4217 currency code (three capital letters, like "EUR"), got "eur"`},
		{"negative balance sheet", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","balance_sheet_total_by_currency":{"GBP":-1}}}`, `doc.json: /company/balance_sheet_total_by_currency/GBP: must be a number ≥ 0, got -1`},
		{"bad employees_by_country key", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","employees_by_country":{"de":1}}}`, `doc.json: /company/employees_by_country/de: key must be an ISO 3166-1 alpha-2 country code (two capital letters, like "DE"), got "de"`},
		{"bad employees_by_country value", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","employees_by_country":{"DE":0.5}}}`, `doc.json: /company/employees_by_country/DE: must be an integer ≥ 0, got 0.5`},
		{"lower-case country", `{"hrdd":"1","company":{"name":"x","headquarters":"jp"}}`, `doc.json: /company/headquarters: must be an ISO 3166-1 alpha-2 country code (two capital letters, like "DE"), got "jp"`},
		{"legal form type", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","legal_form":1}}`, `doc.json: /company/legal_form: must be a string, got 1`},
		{"sectors type", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","sectors":"auto"}}`, `doc.json: /company/sectors: must be a list, got "auto"`},
		{"sector item type", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","sectors":[1]}}`, `doc.json: /company/sectors/0: must be a string, got 1`},
		{"company type", `{"hrdd":"1","company":[]}`, `doc.json: /company: must be an object, got a list`},
		{"sites type", doc(`"sites":{}`), `doc.json: /sites: must be a list, got an object`},
		{"topic type", doc(`"policies":{"own_operations":{"child_labour":5}}`), `doc.json: /policies/own_operations/child_labour: must be an object, got 5`},
		{"practices null", doc(`"sites":[{"id":"a","country":"JP","practices":null}]`), `doc.json: /sites/0/practices: must be an object, got null`},
		{"negative age", doc(`"policies":{"own_operations":{"child_labour":{"minimum_age":-1}}}`), `doc.json: /policies/own_operations/child_labour/minimum_age: must be a whole number of years from 5 to 30, "local_law" or {"value": …, "local_law": "if_stricter"}, got -1`},
		{"fractional age", doc(`"policies":{"own_operations":{"child_labour":{"minimum_age":14.5}}}`), `doc.json: /policies/own_operations/child_labour/minimum_age: must be a whole number of years from 5 to 30, "local_law" or {"value": …, "local_law": "if_stricter"}, got 14.5`},
		{"age zero", doc(`"policies":{"own_operations":{"child_labour":{"minimum_age":0}}}`), `doc.json: /policies/own_operations/child_labour/minimum_age: must be a whole number of years from 5 to 30, "local_law" or {"value": …, "local_law": "if_stricter"}, got 0`},
		{"more hours than a day has", doc(`"sites":[{"id":"s","country":"DE","practices":{"working_hours":{"regular_daily_max":25}}}]`), `doc.json: /sites/0/practices/working_hours/regular_daily_max: must be a number of hours from 0 to 24, "local_law" or {"value": …, "local_law": "if_stricter"}, got 25`},
		{"applies_to_tiers local_law", doc(`"policies":{"suppliers":{"applies_to_tiers":"local_law"}}`), `doc.json: /policies/suppliers/applies_to_tiers: must be a list of tier numbers (integers ≥ 1) or "all", got "local_law"`},
		{"applies_to_tiers repeated", doc(`"policies":{"suppliers":{"applies_to_tiers":[1,2,1]}}`), `doc.json: /policies/suppliers/applies_to_tiers/2: 1 is listed twice (items 0 and 2); list each once`},
		{"applies_to_tiers zero", doc(`"policies":{"suppliers":{"applies_to_tiers":[0]}}`), `doc.json: /policies/suppliers/applies_to_tiers/0: must be an integer ≥ 1, got 0`},
		{"stakeholder repeated", doc(`"due_diligence":{"stakeholders":["trade_unions","civil_society","trade_unions"]}`), `doc.json: /due_diligence/stakeholders/2: "trade_unions" is listed twice (items 0 and 2); list each once`},
		{"stakeholder case", doc(`"due_diligence":{"stakeholders":["Trade Unions"]}`), `doc.json: /due_diligence/stakeholders/0: "Trade Unions" is not one of: affected_communities, affected_workers, business_partners, civil_society, consumers, experts, human_rights_defenders, indigenous_peoples, investors, public_authorities, trade_unions, workers_representatives`},
		{"deepest error wins", doc(`"extra":1,"due_diligence":{"policy_public":"yes","stakeholders":[1]}`), `doc.json: /due_diligence/stakeholders/0: must be one of: affected_communities, affected_workers, business_partners, civil_society, consumers, experts, human_rights_defenders, indigenous_peoples, investors, public_authorities, trade_unions, workers_representatives, got 1`},
		{"tie broken by pointer", doc(`"due_diligence":{"remediation":1,"policy_public":"yes"}`), `doc.json: /due_diligence/policy_public: must be true, false or "local_law", got "yes"`},
		{"long string shortened", `{"hrdd":"1","company":{"name":"x","headquarters":"` + strings.Repeat("Ä", 50) + `"}}`, `doc.json: /company/headquarters: must be an ISO 3166-1 alpha-2 country code (two capital letters, like "DE"), got "` + strings.Repeat("Ä", 40) + `…"`},

		// Cross-field checks.
		{"unknown headquarters", `{"hrdd":"1","company":{"name":"x","headquarters":"XX"}}`, `doc.json: /company/headquarters: unknown country "XX"; use an officially assigned ISO 3166-1 alpha-2 code`},
		{"unknown employees_by_country key", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","employees_by_country":{"JP":1,"UK":2,"XK":3}}}`, `doc.json: /company/employees_by_country/UK: unknown country "UK"; use an officially assigned ISO 3166-1 alpha-2 code`},
		{"unknown site country", doc(`"sites":[{"id":"a","country":"ZZ"}]`), `doc.json: /sites/0/country: unknown country "ZZ"; use an officially assigned ISO 3166-1 alpha-2 code`},
		{"unknown supplier country", sup(`{"id":"a","country":"EU","tier":1}`), `doc.json: /suppliers/0/country: unknown country "EU"; use an officially assigned ISO 3166-1 alpha-2 code`},
		{"site region in another country", doc(`"sites":[{"id":"a","country":"MY","region":"ID-JK"}]`), `doc.json: /sites/0/region: region "ID-JK" is not in MY: an ISO 3166-2 code starts with its country's code, e.g. MY-…`},
		{"supplier region in another country", sup(`{"id":"a","country":"MY","tier":1,"region":"SG-01"}`), `doc.json: /suppliers/0/region: region "SG-01" is not in MY: an ISO 3166-2 code starts with its country's code, e.g. MY-…`},
		{"region not a code", sup(`{"id":"a","country":"MY","tier":1,"region":"Sabah"}`), `doc.json: /suppliers/0/region: must be an ISO 3166-2 code of a state, province or region (the country's code, a hyphen and up to three capitals or digits, like "MY-12"), got "Sabah"`},
		{"duplicate site id", doc(`"sites":[{"id":"a","country":"JP"},{"id":"b","country":"JP"},{"id":"a","country":"DE"}]`), `doc.json: /sites/2/id: duplicate site id "a" (also used by /sites/0)`},
		{"duplicate supplier id", sup(`{"id":"S-1","country":"VN","tier":1},{"id":"S-1","country":"VN","tier":1}`), `doc.json: /suppliers/1/id: duplicate supplier id "S-1" (also used by /suppliers/0)`},
		{"missing parent", sup(`{"id":"S-0","country":"VN","tier":1},{"id":"S-1","country":"VN","tier":1},{"id":"S-2","country":"VN","tier":1},{"id":"S-3","country":"VN","tier":1},{"id":"S-4","country":"VN","tier":1},{"id":"S-5","country":"VN","tier":2,"parent":"S-9"}`), `doc.json: /suppliers/5/parent: supplier "S-9" does not exist`},
		{"tier-1 with parent", sup(`{"id":"S-1","country":"VN","tier":1},{"id":"S-2","country":"VN","tier":1,"parent":"S-1"}`), `doc.json: /suppliers/1/parent: a tier-1 supplier is a direct supplier and has no parent; remove parent "S-1" or correct the tier`},
		{"tier does not follow parent", sup(`{"id":"S-0001","country":"VN","tier":1},{"id":"x","country":"VN","tier":1},{"id":"y","country":"VN","tier":1},{"id":"S-3","country":"VN","tier":3,"parent":"S-0001"}`), `doc.json: /suppliers/3/tier: tier 3 does not follow its parent S-0001 (tier 1)`},
		{"tier does not follow a later parent", sup(`{"id":"c","country":"VN","tier":2,"parent":"p"},{"id":"p","country":"VN","tier":2}`), `doc.json: /suppliers/0/tier: tier 2 does not follow its parent p (tier 2)`},
		{"self parent", sup(`{"id":"S-1","country":"VN","tier":2,"parent":"S-1"}`), `doc.json: /suppliers/0/parent: parent cycle S-1 → S-1`},
		{"parent cycle", sup(`{"id":"a","country":"VN","tier":1},{"id":"b","country":"VN","tier":1},{"id":"c","country":"VN","tier":1},{"id":"d","country":"VN","tier":1},{"id":"e","country":"VN","tier":1},{"id":"f","country":"VN","tier":1},{"id":"g","country":"VN","tier":1},{"id":"S-1","country":"VN","tier":3,"parent":"S-2"},{"id":"S-2","country":"VN","tier":2,"parent":"S-1"}`), `doc.json: /suppliers/7/parent: parent cycle S-1 → S-2 → S-1`},
		{"cycle reported before tier", sup(`{"id":"x","country":"VN","tier":1},{"id":"y","country":"VN","tier":5,"parent":"x"},{"id":"A","country":"VN","tier":2,"parent":"C"},{"id":"B","country":"VN","tier":2,"parent":"A"},{"id":"C","country":"VN","tier":2,"parent":"B"},{"id":"D","country":"VN","tier":3,"parent":"A"}`), `doc.json: /suppliers/2/parent: parent cycle A → C → B → A`},
		{"missing parent reported before cycle", sup(`{"id":"A","country":"VN","tier":2,"parent":"A"},{"id":"B","country":"VN","tier":2,"parent":"Q"}`), `doc.json: /suppliers/1/parent: supplier "Q" does not exist`},

		// Closed vocabularies.
		{"unknown stakeholder", doc(`"due_diligence":{"stakeholders":["trade_unions","unions"]}`), `doc.json: /due_diligence/stakeholders/1: "unions" is not one of: affected_communities, affected_workers, business_partners, civil_society, consumers, experts, human_rights_defenders, indigenous_peoples, investors, public_authorities, trade_unions, workers_representatives`},
		{"unknown grievance user", doc(`"due_diligence":{"grievance_open_to":["own_workers","everyone"]}`), `doc.json: /due_diligence/grievance_open_to/1: "everyone" is not one of: anyone, civil_society, communities, own_workers, supplier_workers, trade_unions`},
		{"unknown grievance criterion", doc(`"due_diligence":{"grievance_criteria":["fair"]}`), `doc.json: /due_diligence/grievance_criteria/0: "fair" is not one of: accessible, continuous_learning, engagement_and_dialogue, equitable, legitimate, predictable, rights_compatible, transparent`},
		{"unknown ground", doc(`"sites":[{"id":"a","country":"JP","practices":{"non_discrimination":{"grounds":["race","colour","gender"]}}}]`), `doc.json: /sites/0/practices/non_discrimination/grounds/2: "gender" is not one of: age, bank_domiciliation, birth, caste, colour, creed, disability, economic_vulnerability, elected_office, employment_status, ethnic_origin, family_responsibilities, family_status, gender_identity, genetic_information, health_status, hiv_status, language, loss_of_autonomy, marital_status, maternity, migration_status, morals, national_extraction, nationality, physical_appearance, place_of_residence, political_opinion, pregnancy, property, race, religion, sex, sexual_orientation, social_origin, social_status, surname, union_membership, whistleblower_status`},
		{"unknown ground, if stricter", sup(`{"id":"a","country":"VN","tier":1,"practices":{"non_discrimination":{"grounds":{"value":["race","color"],"local_law":"if_stricter"}}}}`), `doc.json: /suppliers/0/practices/non_discrimination/grounds/value/1: "color" is not one of: age, bank_domiciliation, birth, caste, colour, creed, disability, economic_vulnerability, elected_office, employment_status, ethnic_origin, family_responsibilities, family_status, gender_identity, genetic_information, health_status, hiv_status, language, loss_of_autonomy, marital_status, maternity, migration_status, morals, national_extraction, nationality, physical_appearance, place_of_residence, political_opinion, pregnancy, property, race, religion, sex, sexual_orientation, social_origin, social_status, surname, union_membership, whistleblower_status`},
		{"vocabulary item type", doc(`"due_diligence":{"grievance_open_to":[true]}`), `doc.json: /due_diligence/grievance_open_to/0: must be one of: anyone, civil_society, communities, own_workers, supplier_workers, trade_unions, got true`},
		{"includes type", doc(`"due_diligence":{"grievance_criteria":"all"}`), `doc.json: /due_diligence/grievance_criteria: must be a list of UNGP 31 criteria or "local_law", got "all"`},

		// Value or local law, whichever is stricter.
		{"if stricter without local_law", doc(`"policies":{"own_operations":{"child_labour":{"minimum_age":{"value":15}}}}`), `doc.json: /policies/own_operations/child_labour/minimum_age: missing required field "local_law"`},
		{"if stricter without value", doc(`"policies":{"suppliers":{"working_hours":{"total_daily_max":{"local_law":"if_stricter"}}}}`), `doc.json: /policies/suppliers/working_hours/total_daily_max: missing required field "value"`},
		{"if stricter misspelt", doc(`"sites":[{"id":"a","country":"JP","practices":{"child_labour":{"minimum_age":{"value":15,"local_law":"if_higher"}}}}]`), `doc.json: /sites/0/practices/child_labour/minimum_age/local_law: must be "if_stricter", got "if_higher"`},
		{"if stricter extra member", doc(`"due_diligence":{"risk_assessment_interval_months":{"value":12,"local_law":"if_stricter","unit":"months"}}`), `doc.json: /due_diligence/risk_assessment_interval_months/unit: unknown field; known fields: local_law, value`},
		{"if stricter negative", doc(`"policies":{"own_operations":{"working_hours":{"overtime_yearly_max":{"value":-360,"local_law":"if_stricter"}}}}`), `doc.json: /policies/own_operations/working_hours/overtime_yearly_max/value: must be a number of hours from 0 to 8784, got -360`},
		{"if stricter of local_law", doc(`"policies":{"own_operations":{"child_labour":{"minimum_age":{"value":"local_law","local_law":"if_stricter"}}}}`), `doc.json: /policies/own_operations/child_labour/minimum_age/value: must be a whole number of years from 5 to 30, got "local_law"`},
		{"if stricter list not a list", doc(`"due_diligence":{"stakeholders":{"value":"trade_unions","local_law":"if_stricter"}}`), `doc.json: /due_diligence/stakeholders/value: must be a list, got "trade_unions"`},
		{"if stricter on required", doc(`"policies":{"own_operations":{"harassment":{"policy":{"value":true,"local_law":"if_stricter"}}}}`), `doc.json: /policies/own_operations/harassment/policy: must be true, false or "local_law", got an object`},
		{"if stricter on scope", doc(`"due_diligence":{"scope_tiers":{"value":[1],"local_law":"if_stricter"}}`), `doc.json: /due_diligence/scope_tiers: must be a list of tier numbers (integers ≥ 1) or "all", got an object`},
		{"if stricter duplicate member", doc(`"policies":{"own_operations":{"child_labour":{"minimum_age":{"value":15,"value":16,"local_law":"if_stricter"}}}}`), `doc.json: /policies/own_operations/child_labour/minimum_age/value: duplicate key "value" at line 1, column 128; each key may appear once`},

		// Presence, zones, supplier employees.
		{"presence key", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","presence":{"fr":"branch"}}}`, `doc.json: /company/presence/fr: key must be an ISO 3166-1 alpha-2 country code (two capital letters, like "DE"), got "fr"`},
		{"presence unknown country", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","presence":{"JP":"seat","UK":"branch"}}}`, `doc.json: /company/presence/UK: unknown country "UK"; use an officially assigned ISO 3166-1 alpha-2 code`},
		{"employees_by_country checked before presence", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","presence":{"AA":"branch"},"employees_by_country":{"ZZ":1}}}`, `doc.json: /company/employees_by_country/ZZ: unknown country "ZZ"; use an officially assigned ISO 3166-1 alpha-2 code`},
		{"presence value", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","presence":{"JP":"headquarters"}}}`, `doc.json: /company/presence/JP: "headquarters" is not one of: seat, branch, subsidiary, none`},
		{"presence value type", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","presence":{"JP":true}}}`, `doc.json: /company/presence/JP: must be one of: seat, branch, subsidiary, none, got true`},
		{"presence type", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","presence":["JP"]}}`, `doc.json: /company/presence: must be an object, got a list`},
		{"site zone", doc(`"sites":[{"id":"a","country":"BD","zone":"epz"}]`), `doc.json: /sites/0/zone: "epz" is not one of: export_processing_zone, special_economic_zone`},
		{"supplier zone", sup(`{"id":"a","country":"VN","tier":1,"zone":"free_trade_zone"}`), `doc.json: /suppliers/0/zone: "free_trade_zone" is not one of: export_processing_zone, special_economic_zone`},
		{"supplier zone null", sup(`{"id":"a","country":"VN","tier":1,"zone":null}`), `doc.json: /suppliers/0/zone: must be one of: export_processing_zone, special_economic_zone, got null`},
		{"supplier employees", sup(`{"id":"a","country":"VN","tier":1,"employees":-5}`), `doc.json: /suppliers/0/employees: must be an integer ≥ 0, got -5`},
		{"supplier employees fraction", sup(`{"id":"a","country":"VN","tier":1,"employees":12.5}`), `doc.json: /suppliers/0/employees: must be an integer ≥ 0, got 12.5`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodeString(t, tt.in)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestErrorFormat(t *testing.T) {
	assert.Equal(t, "a.json: /: bad", (&Error{File: "a.json", Message: "bad"}).Error())
	assert.Equal(t, "a.json: /x/0: bad", (&Error{File: "a.json", Pointer: "/x/0", Message: "bad"}).Error())
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestDecodeReadError(t *testing.T) {
	_, err := Decode(failingReader{}, "-")
	require.Error(t, err)
	assert.Equal(t, "-: /: cannot read: disk on fire", err.Error())
}

func TestDecodeDoesNotWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "doc.json")
	in := []byte(doc(`"suppliers":[{"id":"a","country":"VN","tier":1.0}]`))
	require.NoError(t, os.WriteFile(path, in, 0o444))
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	_, err = Decode(f, path)
	require.NoError(t, err)
	after, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, in, after)
}

func TestPoliciesRoundTrip(t *testing.T) {
	for _, tiers := range []string{`[1,2]`, `"all"`} {
		in := `{"own_operations":{"rest":{"weekly_rest_min_hours":24}},"suppliers":{"applies_to_tiers":` + tiers + `,"wages":{"living_wage":true}}}`
		var p Policies
		require.NoError(t, json.Unmarshal([]byte(in), &p))
		assert.NotContains(t, p.Suppliers, "applies_to_tiers")
		out, err := json.Marshal(p)
		require.NoError(t, err)
		assert.JSONEq(t, in, string(out))
	}
	var p Policies
	require.NoError(t, json.Unmarshal([]byte(`{}`), &p))
	assert.Equal(t, Policies{}, p)
	out, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(out))
	assert.Error(t, json.Unmarshal([]byte(`{"suppliers":{"applies_to_tiers":[0]}}`), &p))
	assert.Error(t, json.Unmarshal([]byte(`{"suppliers":{"applies_to_tiers":"some"}}`), &p))
	assert.Error(t, json.Unmarshal([]byte(`{"suppliers":{"wages":1}}`), &p))
}

func TestDocumentRoundTrip(t *testing.T) {
	b, err := os.ReadFile("testdata/full.json")
	require.NoError(t, err)
	d1, err := Decode(bytes.NewReader(b), "full.json")
	require.NoError(t, err)
	out, err := json.Marshal(d1)
	require.NoError(t, err)
	d2, err := Decode(bytes.NewReader(out), "again.json")
	require.NoError(t, err)
	assert.Equal(t, d1, d2)
}

func TestIsCountry(t *testing.T) {
	assert.Len(t, countries, 249)
	for _, c := range []string{"JP", "DE", "VN", "BD", "SS", "CW", "AQ"} {
		assert.True(t, IsCountry(c), c)
	}
	for _, c := range []string{"", "XK", "EU", "UK", "ZZ", "jp", "JPN", "AN"} {
		assert.False(t, IsCountry(c), c)
	}
}

func TestSchema(t *testing.T) {
	var s map[string]any
	require.NoError(t, json.Unmarshal(Schema(), &s))
	assert.Equal(t, SchemaID, s["$id"])
	assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", s["$schema"])
	Schema()[0] = 'x' // a copy: the embedded schema is untouched
	require.NoError(t, json.Unmarshal(Schema(), &s))
}

// TestSupplierStreaming uses the building blocks as a streaming reader
// would: DecodeSupplier per object, then an Ordered SupplierChecker.
func TestSupplierStreaming(t *testing.T) {
	stream := func(objs ...string) error {
		c := SupplierChecker{File: "big.json", Ordered: true}
		for i, o := range objs {
			s, err := DecodeSupplier("big.json", i, []byte(o))
			if err != nil {
				return err
			}
			if err := c.Check(i, s); err != nil {
				return err
			}
		}
		return c.Finish()
	}
	require.NoError(t, stream(`{"id":"a","country":"VN","tier":1}`, `{"id":"b","country":"VN","tier":2,"parent":"a","practices":{"rest":{"weekly_rest_min_hours":24}}}`))

	tests := []struct {
		name string
		objs []string
		want string
	}{
		{"schema", []string{`{"id":"a","country":"VN","tier":1}`, `{"id":"b","country":"VN","tier":0}`}, `big.json: /suppliers/1/tier: must be an integer ≥ 1, got 0`},
		{"unknown field", []string{`{"id":"a","country":"VN","tier":1,"practices":{"rest":{"x":1}}}`}, `big.json: /suppliers/0/practices/rest/x: unknown field; known fields of rest: weekly_rest_min_hours`},
		{"not an object", []string{`[]`}, `big.json: /suppliers/0: must be an object, got a list`},
		{"syntax", []string{`{"id":"a",`}, `big.json: /suppliers/0: invalid JSON at line 1, column 11: unexpected end of input`},
		{"duplicate key", []string{`{"id":"a","id":"b"}`}, `big.json: /suppliers/0/id: duplicate key "id" at line 1, column 11; each key may appear once`},
		{"country", []string{`{"id":"a","country":"XX","tier":1}`}, `big.json: /suppliers/0/country: unknown country "XX"; use an officially assigned ISO 3166-1 alpha-2 code`},
		{"duplicate", []string{`{"id":"a","country":"VN","tier":1}`, `{"id":"a","country":"VN","tier":1}`}, `big.json: /suppliers/1/id: duplicate supplier id "a" (also used by /suppliers/0)`},
		{"parent later", []string{`{"id":"b","country":"VN","tier":2,"parent":"a"}`, `{"id":"a","country":"VN","tier":1}`}, `big.json: /suppliers/0/parent: supplier "a" does not exist before this supplier; parents must come before their children`},
		{"self parent", []string{`{"id":"a","country":"VN","tier":2,"parent":"a"}`}, `big.json: /suppliers/0/parent: parent cycle a → a`},
		{"tier", []string{`{"id":"a","country":"VN","tier":1}`, `{"id":"b","country":"VN","tier":3,"parent":"a"}`}, `big.json: /suppliers/1/tier: tier 3 does not follow its parent a (tier 1)`},
		{"tier 1 with parent", []string{`{"id":"a","country":"VN","tier":1}`, `{"id":"b","country":"VN","tier":1,"parent":"a"}`}, `big.json: /suppliers/1/parent: a tier-1 supplier is a direct supplier and has no parent; remove parent "a" or correct the tier`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := stream(tt.objs...)
			require.Error(t, err)
			var de *Error
			require.True(t, errors.As(err, &de))
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestSupplierCheckerUnordered(t *testing.T) {
	var c SupplierChecker // the zero value is usable
	require.NoError(t, c.Check(0, &Supplier{ID: "c", Tier: 3, Parent: "b"}))
	require.NoError(t, c.Check(1, &Supplier{ID: "b", Tier: 2, Parent: "a"}))
	require.NoError(t, c.Check(2, &Supplier{ID: "a", Tier: 1}))
	require.NoError(t, c.Finish())
	err := c.Check(3, nil)
	require.Error(t, err)
	assert.Equal(t, ": /suppliers/3: missing supplier", err.Error())
}

func TestSupplierCheckerLongChain(t *testing.T) {
	// A long chain given child-first: cycle detection must stay linear.
	const n = 20000
	var c SupplierChecker
	for i := 0; i < n; i++ {
		s := &Supplier{ID: idOf(n - i), Tier: n - i}
		if n-i > 1 {
			s.Parent = idOf(n - i - 1)
		}
		require.NoError(t, c.Check(i, s))
	}
	require.NoError(t, c.Finish())
}

func idOf(i int) string { return "S-" + strconv.Itoa(i) }

// catalogueKinds is the kind of every requirement id in
// standards/catalogue/catalogue.rego; TestCatalogueKindsMatchRego keeps it honest.
var catalogueKinds = map[string]string{
	"child_labour.minimum_age":                         "floor",
	"child_labour.hazardous_work_minimum_age":          "floor",
	"forced_labour.no_recruitment_fees":                "required",
	"forced_labour.no_retention_of_identity_documents": "required",
	"forced_labour.free_to_resign":                     "required",
	"working_hours.regular_daily_max":                  "ceiling",
	"working_hours.regular_weekly_max":                 "ceiling",
	"working_hours.total_weekly_max":                   "ceiling",
	"working_hours.overtime_voluntary":                 "required",
	"working_hours.overtime_premium_min_percent":       "floor",
	"rest.weekly_rest_min_hours":                       "floor",
	"leave.annual_paid_min_days":                       "floor",
	"maternity.leave_min_weeks":                        "floor",
	"maternity.cash_benefit_min_percent":               "floor",
	"wages.minimum_wage_paid":                          "required",
	"wages.living_wage":                                "required",
	"non_discrimination.grounds":                       "includes",
	"equal_pay.equal_value":                            "required",
	"freedom_of_association.right_to_organise":         "required",
	"freedom_of_association.collective_bargaining":     "required",
	"health_safety.right_to_remove_from_danger":        "required",
	"health_safety.free_protective_equipment":          "required",
	"health_safety.worker_participation":               "required",
	"harassment.policy":                                "required",
	"due_diligence.policy_commitment":                  "required",
	"due_diligence.senior_level_approval":              "required",
	"due_diligence.policy_public":                      "required",
	"due_diligence.scope_tiers":                        "scope",
	"due_diligence.stakeholders":                       "includes",
	"due_diligence.risk_assessment_interval_months":    "ceiling",
	"due_diligence.grievance_mechanism":                "required",
	"due_diligence.grievance_open_to":                  "includes",
	"due_diligence.grievance_criteria":                 "includes",
	"due_diligence.remediation":                        "required",
	"due_diligence.effectiveness_tracking":             "required",
	"due_diligence.public_reporting":                   "required",
	"due_diligence.international_standards_precedence": "required",
	"supplier_code.applies_to_tiers":                   "scope",
	"child_labour.night_work_minimum_age":              "floor",
	"maternity.no_pregnancy_testing":                   "required",
	"maternity.compulsory_postnatal_weeks":             "floor",
	"wages.paid_regularly":                             "required",
	"wages.deductions_only_as_prescribed":              "required",
	"wages.no_disciplinary_deductions":                 "required",
	"wages.no_deductions_for_obtaining_employment":     "required",
	"working_hours.overtime_pay_threshold_weekly":      "ceiling",
	"working_hours.overtime_pay_threshold_daily":       "ceiling",
	"working_hours.overtime_daily_max":                 "ceiling",
	"working_hours.overtime_weekly_max":                "ceiling",
	"working_hours.overtime_monthly_max":               "ceiling",
	"working_hours.overtime_yearly_max":                "ceiling",
	"working_hours.total_daily_max":                    "ceiling",
}

// regoCatalogue is what the document package checks against in
// standards/catalogue/catalogue.rego.
type regoCatalogue struct {
	Requirements map[string]struct {
		Kind string `json:"kind"`
	} `json:"requirements"`
	EngineLevel  []string            `json:"engine_level"` // raised by the engine: no document field
	Vocabularies map[string][]string `json:"vocabularies"` // closed vocabularies of includes requirements
}

// loadCatalogue parses catalogue.rego and reads its constant rules.
func loadCatalogue(t *testing.T) regoCatalogue {
	t.Helper()
	src, err := os.ReadFile("../../standards/catalogue/catalogue.rego")
	require.NoError(t, err)
	mod, err := ast.ParseModuleWithOpts("catalogue.rego", string(src), ast.ParserOptions{RegoVersion: ast.RegoV1})
	require.NoError(t, err)
	consts := map[string]any{}
	for _, r := range mod.Rules {
		name := r.Head.Ref().String()
		if name != "requirements" && name != "engine_level" && name != "vocabularies" {
			continue
		}
		v, err := ast.JSON(r.Head.Value.Value)
		require.NoError(t, err, name)
		consts[name] = v
	}
	b, err := json.Marshal(consts)
	require.NoError(t, err)
	var c regoCatalogue
	require.NoError(t, json.Unmarshal(b, &c))
	require.NotEmpty(t, c.Requirements, "catalogue.rego has no requirements")
	return c
}

// TestCatalogueKindsMatchRego: catalogueKinds is every requirement of the
// catalogue that a document can state, with its kind.
func TestCatalogueKindsMatchRego(t *testing.T) {
	c := loadCatalogue(t)
	found := map[string]string{}
	for id, r := range c.Requirements {
		if !slices.Contains(c.EngineLevel, id) {
			found[id] = r.Kind
		}
	}
	assert.Equal(t, found, catalogueKinds, "update catalogueKinds and company-v1.schema.json together with the catalogue")
}

// TestSchemaFieldsAreCatalogueIds checks that the schema accepts exactly the
// catalogue's ids as practice and due-diligence fields, nothing more.
func TestSchemaFieldsAreCatalogueIds(t *testing.T) {
	var s struct {
		Defs map[string]struct {
			Properties map[string]struct {
				Ref string `json:"$ref"`
			} `json:"properties"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(Schema(), &s))
	// A field's definition is named after its kind; includes_<name> is an
	// includes with a closed vocabulary.
	kind := func(ref string) string {
		k := strings.TrimPrefix(ref, "#/$defs/")
		if strings.HasPrefix(k, "includes_") {
			return "includes"
		}
		// floor_age, ceiling_hours_day …: a kind with bounds.
		k, _, _ = strings.Cut(k, "_")
		return k
	}
	got := map[string]string{}
	for topic := range s.Defs["practices"].Properties {
		for field, p := range s.Defs["topic_"+topic].Properties {
			got[topic+"."+field] = kind(p.Ref)
		}
	}
	for field, p := range s.Defs["due_diligence"].Properties {
		got["due_diligence."+field] = kind(p.Ref)
	}
	got["supplier_code.applies_to_tiers"] = strings.TrimPrefix(s.Defs["supplier_code"].Properties["applies_to_tiers"].Ref, "#/$defs/")
	assert.Equal(t, catalogueKinds, got)

	var codeTopics, topics []string
	for k := range s.Defs["supplier_code"].Properties {
		if k != "applies_to_tiers" {
			codeTopics = append(codeTopics, k)
		}
	}
	for k := range s.Defs["practices"].Properties {
		topics = append(topics, k)
	}
	sort.Strings(codeTopics)
	sort.Strings(topics)
	assert.Equal(t, topics, codeTopics, "the supplier code has the same topics as other practices")
}

// placeValue puts value at the place of requirement id in a document; the
// labour ids are tried in all four practice objects (where picks which).
func placeValue(t *testing.T, id string, where int, value any) (string, string) {
	t.Helper()
	topic, field, ok := strings.Cut(id, ".")
	require.True(t, ok)
	d := map[string]any{"hrdd": "1", "company": map[string]any{"name": "x", "headquarters": "JP"}}
	var ptr string
	switch {
	case topic == "due_diligence":
		d["due_diligence"] = map[string]any{field: value}
		ptr = "/due_diligence/" + field
	case id == "supplier_code.applies_to_tiers":
		d["policies"] = map[string]any{"suppliers": map[string]any{field: value}}
		ptr = "/policies/suppliers/" + field
	default:
		p := map[string]any{topic: map[string]any{field: value}}
		switch where {
		case 0:
			d["policies"] = map[string]any{"own_operations": p}
			ptr = "/policies/own_operations"
		case 1:
			d["policies"] = map[string]any{"suppliers": p}
			ptr = "/policies/suppliers"
		case 2:
			d["sites"] = []any{map[string]any{"id": "s", "country": "DE", "practices": p}}
			ptr = "/sites/0/practices"
		default:
			d["suppliers"] = []any{map[string]any{"id": "s", "country": "VN", "tier": 1, "practices": p}}
			ptr = "/suppliers/0/practices"
		}
		ptr += "/" + topic + "/" + field
	}
	b, err := json.Marshal(d)
	require.NoError(t, err)
	return string(b), ptr
}

// includesUnits is what each includes requirement lists (the catalogue's unit).
var includesUnits = map[string]string{
	"non_discrimination.grounds":       "grounds",
	"due_diligence.stakeholders":       "stakeholder groups",
	"due_diligence.grievance_open_to":  "user groups",
	"due_diligence.grievance_criteria": "UNGP 31 criteria",
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// schemaBounds reads the bounds of a bounded floor or ceiling field from the
// schema: its number definition's minimum, maximum and type, what the field's
// message says it must be, and what the number alone must be.
func schemaBounds(t *testing.T, id string) (lo, hi float64, integer bool, words, def string, ok bool) {
	t.Helper()
	var s map[string]any
	require.NoError(t, json.Unmarshal(Schema(), &s))
	defs := s["$defs"].(map[string]any)
	topic, field, _ := strings.Cut(id, ".")
	tdef, _ := defs["topic_"+topic].(map[string]any)
	if tdef == nil {
		return 0, 0, false, "", "", false
	}
	props, _ := tdef["properties"].(map[string]any)
	fdef, _ := props[field].(map[string]any)
	r, _ := fdef["$ref"].(string)
	ref := strings.TrimPrefix(r, "#/$defs/")
	if !strings.HasPrefix(ref, "floor_") && !strings.HasPrefix(ref, "ceiling_") {
		return 0, 0, false, "", "", false
	}
	first := defs[ref].(map[string]any)["anyOf"].([]any)[0].(map[string]any)
	numName := strings.TrimPrefix(first["$ref"].(string), "#/$defs/")
	n := defs[numName].(map[string]any)
	return n["minimum"].(float64), n["maximum"].(float64), n["type"] == "integer", defMessages[numName], "must be " + defMessages[ref], true
}

func ifStricter(v any) map[string]any { return map[string]any{"value": v, "local_law": "if_stricter"} }

func TestEveryCatalogueIdByKind(t *testing.T) {
	valid := map[string][]any{
		"floor":    {0, 15, 40.5, "local_law", ifStricter(15), ifStricter(0.5)},
		"ceiling":  {0, 48, 7.5, "local_law", ifStricter(48), ifStricter(0)},
		"required": {true, false, "local_law"},
		"scope":    {[]any{1}, []any{1, 2, 3}, "all"},
	}
	type bad struct {
		value any
		sub   string // pointer below the field
		msg   string
	}
	number := `must be a number ≥ 0 or "local_law", got `
	objectForms := []bad{
		{map[string]any{}, "", `missing required field "value"`},
		{map[string]any{"value": 15}, "", `missing required field "local_law"`},
		{map[string]any{"local_law": "if_stricter"}, "", `missing required field "value"`},
		{map[string]any{"value": 15, "local_law": "local_law"}, "/local_law", `must be "if_stricter", got "local_law"`},
		{map[string]any{"value": 15, "local_law": true}, "/local_law", `must be "if_stricter", got true`},
		{map[string]any{"value": 15, "local_law": "if_stricter", "text": "x"}, "/text", `unknown field; known fields: local_law, value`},
		{ifStricter(-1), "/value", `must be a number ≥ 0, got -1`},
		{ifStricter("local_law"), "/value", `must be a number ≥ 0, got "local_law"`},
		{ifStricter(ifStricter(15)), "/value", `must be a number ≥ 0, got an object`},
	}
	invalid := map[string][]bad{
		"floor":    append([]bad{{"yes", "", number + `"yes"`}, {-1, "", number + "-1"}, {true, "", number + "true"}, {[]any{15}, "", number + "a list"}, {nil, "", number + "null"}}, objectForms...),
		"ceiling":  append([]bad{{"all", "", number + `"all"`}, {-0.5, "", number + "-0.5"}}, objectForms...),
		"required": {{1, "", `must be true, false or "local_law", got 1`}, {"true", "", `must be true, false or "local_law", got "true"`}, {nil, "", `must be true, false or "local_law", got null`}, {ifStricter(true), "", `must be true, false or "local_law", got an object`}},
		"scope": {
			{"local_law", "", `must be a list of tier numbers (integers ≥ 1) or "all", got "local_law"`},
			{1, "", `must be a list of tier numbers (integers ≥ 1) or "all", got 1`},
			{[]any{0}, "/0", `must be an integer ≥ 1, got 0`},
			{[]any{1, 1.5}, "/1", `must be an integer ≥ 1, got 1.5`},
			{[]any{"1"}, "/0", `must be an integer ≥ 1, got "1"`},
			{[]any{2, 2}, "/1", `2 is listed twice (items 0 and 1); list each once`},
			{ifStricter([]any{1}), "", `must be a list of tier numbers (integers ≥ 1) or "all", got an object`},
		},
	}
	for id, kind := range catalogueKinds {
		good, wrong := valid[kind], invalid[kind]
		if lo, hi, integer, words, def, ok := schemaBounds(t, id); ok {
			// A number with bounds: its own good values and messages.
			whole := def + ", got "
			good = []any{lo, hi, "local_law", ifStricter(hi), ifStricter(lo)}
			if !integer {
				good = append(good, (lo+hi)/2+0.5)
			}
			wrong = []bad{
				{"yes", "", whole + `"yes"`}, {lo - 1, "", whole + num(lo-1)}, {hi + 1, "", whole + num(hi+1)},
				{true, "", whole + "true"}, {[]any{lo}, "", whole + "a list"}, {nil, "", whole + "null"},
				{map[string]any{}, "", `missing required field "value"`},
				{map[string]any{"value": lo, "local_law": "local_law"}, "/local_law", `must be "if_stricter", got "local_law"`},
				{map[string]any{"value": lo, "local_law": "if_stricter", "text": "x"}, "/text", `unknown field; known fields: local_law, value`},
				{ifStricter(hi + 1), "/value", `must be ` + words + `, got ` + num(hi+1)},
				{ifStricter("local_law"), "/value", `must be ` + words + `, got "local_law"`},
			}
			if integer {
				wrong = append(wrong, bad{lo + 0.5, "", whole + num(lo+0.5)})
			}
		}
		places := 4
		if strings.HasPrefix(id, "due_diligence.") || strings.HasPrefix(id, "supplier_code.") {
			places = 1
		}
		for where := 0; where < places; where++ {
			for _, v := range good {
				in, ptr := placeValue(t, id, where, v)
				d, err := decodeString(t, in)
				if assert.NoError(t, err, "%s (%s) = %#v", id, kind, v) && id != "supplier_code.applies_to_tiers" {
					assert.Equal(t, want(v), valueAt(t, d, ptr), "%s = %#v", ptr, v)
				}
			}
			for _, b := range wrong {
				in, ptr := placeValue(t, id, where, b.value)
				_, err := decodeString(t, in)
				if assert.Error(t, err, "%s (%s) = %#v", id, kind, b.value) {
					assert.Equal(t, "doc.json: "+ptr+b.sub+": "+b.msg, err.Error())
				}
			}
			// An unknown field next to a known one is named.
			topic, _, _ := strings.Cut(id, ".")
			if topic != "due_diligence" && topic != "supplier_code" {
				in, ptr := placeValue(t, topic+".no_such_field", where, true)
				_, err := decodeString(t, in)
				if assert.Error(t, err) {
					assert.Contains(t, err.Error(), "doc.json: "+ptr+": unknown field; known fields of "+topic+": ")
				}
			}
		}
	}
}

// want is the Go value a practice value decodes to: numbers as float64, lists
// as []any, {"value", "local_law": "if_stricter"} as IfStricter.
func want(v any) any {
	switch x := v.(type) {
	case int:
		return float64(x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = want(e)
		}
		return out
	case map[string]any:
		return IfStricter{Value: want(x["value"])}
	}
	return v
}

// valueAt returns the decoded practice value at a pointer placeValue made.
func valueAt(t *testing.T, d *Document, ptr string) any {
	t.Helper()
	tok := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	switch {
	case tok[0] == "due_diligence":
		return d.DueDiligence[tok[1]]
	case tok[0] == "policies" && tok[1] == "own_operations":
		return d.Policies.OwnOperations[tok[2]][tok[3]]
	case tok[0] == "policies":
		return d.Policies.Suppliers[tok[2]][tok[3]]
	case tok[0] == "sites":
		return d.Sites[0].Practices[tok[3]][tok[4]]
	}
	return d.Suppliers[0].Practices[tok[3]][tok[4]]
}

// schemaVocabulary is the enum the schema gives the items of includes field id.
func schemaVocabulary(t *testing.T, id string) []string {
	t.Helper()
	var s struct {
		Defs map[string]json.RawMessage `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(Schema(), &s))
	def := func(name string) map[string]any {
		var m map[string]any
		require.NoError(t, json.Unmarshal(s.Defs[name], &m), name)
		return m
	}
	topic, field, _ := strings.Cut(id, ".")
	holder := "topic_" + topic
	if topic == "due_diligence" {
		holder = "due_diligence"
	}
	ref := def(holder)["properties"].(map[string]any)[field].(map[string]any)["$ref"].(string)
	branches := def(strings.TrimPrefix(ref, "#/$defs/"))["anyOf"].([]any)
	items := branches[0].(map[string]any)["items"].(map[string]any)["$ref"].(string)
	var out []string
	for _, w := range def(strings.TrimPrefix(items, "#/$defs/"))["enum"].([]any) {
		out = append(out, w.(string))
	}
	// The object form lists the same words.
	obj := branches[2].(map[string]any)["properties"].(map[string]any)["value"].(map[string]any)
	require.Equal(t, branches[0], obj, "%s: the list and the value of the object form differ", id)
	return out
}

// TestSchemaVocabulariesMatchCatalogue: the enums of the includes fields are
// exactly the catalogue's vocabularies, sorted, and every includes
// requirement has one.
func TestSchemaVocabulariesMatchCatalogue(t *testing.T) {
	vocabularies := loadCatalogue(t).Vocabularies
	require.NotEmpty(t, vocabularies, "catalogue.rego has no vocabularies")
	got := map[string][]string{}
	for id, kind := range catalogueKinds {
		if kind == "includes" {
			got[id] = schemaVocabulary(t, id)
			assert.True(t, sort.StringsAreSorted(got[id]), "%s: sort the enum", id)
		}
	}
	for id := range vocabularies {
		sort.Strings(vocabularies[id])
	}
	assert.Equal(t, vocabularies, got, "copy vocabularies from catalogue.rego into company-v1.schema.json (sorted)")
	assert.Len(t, includesUnits, len(got))
}

// TestHostileInputs covers inputs that once were, or could be, slow or
// crashing: alias bombs, deep nesting, long lists with a late duplicate,
// enormous numbers. They must fail (or pass) quickly with one plain message.
func TestHostileInputs(t *testing.T) {
	laughs := "a: &a [x,x,x,x,x,x,x,x,x,x]\n"
	prev := "a"
	for c := 'b'; c <= 'j'; c++ {
		laughs += string(c) + ": &" + string(c) + " [" + strings.Repeat("*"+prev+",", 9) + "*" + prev + "]\n"
		prev = string(c)
	}
	var distinct strings.Builder
	for i := 0; i < 60000; i++ {
		distinct.WriteString(`"s_` + strconv.Itoa(i) + `",`)
	}
	dd := func(list string) string { return doc(`"due_diligence":{"stakeholders":[` + list + `]}`) }
	tests := []struct{ name, in, want string }{
		{"alias bomb", laughs, `doc.json: /: invalid YAML at line 1: the document expands to more than 1000000 values (aliases)`},
		{"deep yaml", strings.Repeat("- ", 5000) + "x", "nested more than 64 levels deep"},
		{"late duplicate", dd(`"civil_society",` + distinct.String() + `"civil_society"`), `doc.json: /due_diligence/stakeholders/1: "s_0" is not one of: affected_communities, `},
		{"late duplicate, valid words", dd(strings.Repeat(`"experts","investors",`, 30000) + `"civil_society"`), `doc.json: /due_diligence/stakeholders/2: "experts" is listed twice (items 0 and 2); list each once`},
		{"many errors", dd(strings.Repeat(`"A",`, 60000) + `"a"`), `doc.json: /due_diligence/stakeholders/0: "A" is not one of: affected_communities, `},
		{"huge number", `{"hrdd":"1","company":{"name":"x","headquarters":"JP","employees":1` + strings.Repeat("0", 100000) + `}}`, `doc.json: /company/employees: number 1000000000000000000000000000000000000000… is out of range`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodeString(t, tt.in)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	_, err := decodeString(t, `{"hrdd":"1","company":{"name":"x","headquarters":"JP","employees":0.`+strings.Repeat("0", 100000)+`1}}`)
	assert.NoError(t, err, "a tiny number rounds to 0")
}

// TestDecodeConcurrent: the compiled schema is shared, so Decode must be safe
// to call from many goroutines (run with -race).
func TestDecodeConcurrent(t *testing.T) {
	b, err := os.ReadFile("testdata/full.json")
	require.NoError(t, err)
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func() {
			_, err := Decode(bytes.NewReader(b), "full.json")
			errs <- err
		}()
	}
	for i := 0; i < 8; i++ {
		assert.NoError(t, <-errs)
	}
}
