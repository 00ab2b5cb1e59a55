// Package policies embeds the national rule packs, the due-diligence laws and
// the Rego entry point (main.rego) that composes them with the standards.
package policies

import "embed"

// FS holds every .rego file below this folder, tests included; checks/ holds
// the contract checks every pack must pass (official hosts, coverage).
//
//go:embed main.rego national dd checks
var FS embed.FS
