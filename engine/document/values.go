package document

import "encoding/json"

// ifStricterWord is the local_law member of an IfStricter value.
const ifStricterWord = "if_stricter"

// UnmarshalJSON decodes practices as encoding/json does, except that a value
// {"value": v, "local_law": "if_stricter"} becomes IfStricter{Value: v}.
func (p *Practices) UnmarshalJSON(b []byte) error {
	var m map[string]map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	for _, fields := range m {
		ifStricterValues(fields)
	}
	*p = m
	return nil
}

// UnmarshalJSON decodes the due-diligence practices as encoding/json does,
// except that a value {"value": v, "local_law": "if_stricter"} becomes
// IfStricter{Value: v}.
func (p *ProcessPractices) UnmarshalJSON(b []byte) error {
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	ifStricterValues(m)
	*p = m
	return nil
}

// ifStricterValues replaces, in place, every value of fields that has the
// shape {"value": v, "local_law": "if_stricter"} with IfStricter{Value: v}.
// The schema has checked v; any other object is left alone.
func ifStricterValues(fields map[string]any) {
	for k, v := range fields {
		m, ok := v.(map[string]any)
		if !ok || len(m) != 2 || m["local_law"] != ifStricterWord {
			continue
		}
		if val, ok := m["value"]; ok {
			fields[k] = IfStricter{Value: val}
		}
	}
}
