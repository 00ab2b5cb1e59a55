package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/openhrdd/hrdd/engine"
)

// Sectors writes the sector vocabulary (hrdd sectors): one word a line with
// its ISIC Rev.4 code and title, then the aliases read as it.
func Sectors(w io.Writer, list []engine.Sector) error {
	b := bufio.NewWriter(w)
	fmt.Fprintln(b, "Sector words (a document's sector is read as one of these, in any case, with spaces or hyphens for underscores):")
	for _, s := range list {
		isic := s.ISIC
		if isic == "" {
			isic = "-"
		}
		fmt.Fprintf(b, "  %-24s ISIC %-12s %s\n", s.Word, isic, s.Title)
		if len(s.Aliases) > 0 {
			fmt.Fprintf(b, "  %-24s also: %s\n", "", strings.Join(s.Aliases, ", "))
		}
	}
	return b.Flush()
}
