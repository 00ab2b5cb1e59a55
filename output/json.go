package output

import (
	"encoding/json"
	"io"
)

// JSON writes v as indented JSON with a final newline. HTML characters are
// not escaped, so citations such as "§ 5(4)" and URLs read as written.
func JSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
