#!/usr/bin/env bash
# Runs every fuzz target of the library for a short time each.
# Usage: hack/fuzz.sh [fuzztime]   (default 5s)
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${1:-5s}
found=0
while IFS=: read -r file name; do
  pkg="./$(dirname "$file")"
  echo "fuzz: $pkg $name ($fuzztime)"
  go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" "$pkg" </dev/null
  found=$((found + 1))
done < <(git ls-files '*_test.go' | grep -v '^bench/' | xargs grep -Ho '^func Fuzz[A-Za-z0-9_]*' | sed 's/func //')
if [ "$found" -eq 0 ]; then echo "fuzz: no fuzz targets found" >&2; exit 1; fi
echo "fuzz: ran $found targets"
