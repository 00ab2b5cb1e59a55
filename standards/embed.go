// Package standards embeds the international instruments (ILO conventions, the
// UN Guiding Principles, the OECD Guidelines and industry codes) as Rego, with
// the requirement catalogue, so that the hrdd binary needs no files beside it.
package standards

import "embed"

// FS holds the .rego files one folder down (family/instrument.rego), tests included.
//
//go:embed */*.rego
var FS embed.FS
