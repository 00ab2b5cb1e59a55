package output

import (
	"bytes"
	"testing"

	"github.com/openhrdd/hrdd/engine"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSectors(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, Sectors(&b, []engine.Sector{
		{Word: "apparel", Title: "Manufacture of wearing apparel", ISIC: "14", Aliases: []string{"garments"}},
		{Word: "salt_works", Title: "A statute's own category"},
	}, []engine.SectorGroup{{Word: "manufacturing", Title: "Manufacturing", ISIC: "C", Words: []string{"apparel", "salt_works"}}}))
	assert.Equal(t, `Sector words (a document's sector is read as one of these, in any case, with spaces or hyphens for underscores):
  apparel                        ISIC 14           Manufacture of wearing apparel
                                 also: garments
  salt_works                     ISIC -            A statute's own category

Broad words (the sector is one of the words listed, unknown which: a condition that tells them apart stays unknown):
  manufacturing                  ISIC C            Manufacturing
                                 one of: apparel, salt_works
`, b.String())
}
