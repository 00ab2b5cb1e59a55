#!/usr/bin/env bash
# End-to-end benchmark of hrdd on generated documents (see fixtures/bench):
# CLI time beside encoding/json's decode-into-any time for the same file, in
# the same run; peak memory; NDJSON streams up to 1,000,000 suppliers.
# Usage: scripts/bench.sh [flags of fixtures/bench, e.g. -sizes 1000,10000 -ndjson ""]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/hrdd" ./cmd/hrdd
go run ./fixtures/bench -hrdd "$bin/hrdd" "$@"
