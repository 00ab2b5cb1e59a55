package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/openhrdd/hrdd/engine"
)

// Sectors writes the sector vocabulary (hrdd sectors): one word a line with
// its ISIC Rev.4 code and title, then the aliases read as it; then the broad
// words (groups) and the words each stands for.
func Sectors(w io.Writer, list []engine.Sector, groups []engine.SectorGroup) error {
	b := bufio.NewWriter(w)
	fmt.Fprintln(b, "Sector words (a document's sector is read as one of these, in any case, with spaces or hyphens for underscores):")
	line := func(word, isic, title string, aliases []string) {
		if isic == "" {
			isic = "-"
		}
		fmt.Fprintf(b, "  %-30s ISIC %-12s %s\n", word, isic, title)
		if len(aliases) > 0 {
			fmt.Fprintf(b, "  %-30s also: %s\n", "", strings.Join(aliases, ", "))
		}
	}
	for _, s := range list {
		line(s.Word, s.ISIC, s.Title, s.Aliases)
	}
	if len(groups) > 0 {
		fmt.Fprintln(b, "\nBroad words (the sector is one of the words listed, unknown which: a condition that tells them apart stays unknown):")
	}
	for _, g := range groups {
		line(g.Word, g.ISIC, g.Title, g.Aliases)
		fmt.Fprintf(b, "  %-30s one of: %s\n", "", strings.Join(g.Words, ", "))
	}
	return b.Flush()
}
