#!/usr/bin/env bash
# Runs every fuzz target of the library for a short time each.
# Usage: hack/fuzz.sh [fuzztime]   (default 5s)
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${1:-5s}
found=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# run_target fuzzes one target. The Go fuzzing engine sometimes ends a very
# short run with "context deadline exceeded" and no failing input when a
# worker is slow to stop on a loaded machine; that is not a finding, so such
# a run is repeated once. Any run that wrote a failing input fails at once.
run_target() {
  local pkg=$1 name=$2 attempt
  for attempt in 1 2; do
    # pipefail (set above) makes the pipeline fail when go test fails.
    if go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" "$pkg" </dev/null 2>&1 | tee "$log"; then
      return 0
    fi
    if grep -q 'Failing input written' "$log" || ! grep -q 'context deadline exceeded' "$log"; then
      return 1
    fi
    echo "fuzz: $pkg $name stopped with 'context deadline exceeded' and no finding; running it again"
  done
  return 1
}
while IFS=: read -r file name; do
  pkg="./$(dirname "$file")"
  echo "fuzz: $pkg $name ($fuzztime)"
  run_target "$pkg" "$name"
  found=$((found + 1))
done < <(git ls-files '*_test.go' | grep -v '^bench/' | xargs grep -Ho '^func Fuzz[A-Za-z0-9_]*' | sed 's/func //')
if [ "$found" -eq 0 ]; then echo "fuzz: no fuzz targets found" >&2; exit 1; fi
echo "fuzz: ran $found targets"
