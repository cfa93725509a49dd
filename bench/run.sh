#!/usr/bin/env bash
# run.sh runs the skiff-versus-reference benchmarks once (-count runs of
# each) and prints the raw `go test -bench` output, then the comparison
# table cmd/benchtable makes of it (medians, ratios skiff/reference).
#
# Usage: cd bench && ./run.sh
# Environment: COUNT (default 3), BENCHTIME (default 1s), BENCH (the
# -bench regexp, default "."), SIZE=1 also runs size.sh.
set -euo pipefail
cd "$(dirname "$0")"

raw=$(mktemp "${TMPDIR:-/tmp}/skiff-bench.XXXXXX")
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(go version | awk '{print $3}'), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
go test -run '^$' -bench "${BENCH:-.}" -benchmem -count="${COUNT:-3}" -benchtime="${BENCHTIME:-1s}" | tee "$raw"
echo "# load after the run: $(cut -d' ' -f1-3 /proc/loadavg); raw output kept in $raw"
echo
go run ./cmd/benchtable <"$raw"
if [ "${SIZE:-0}" = 1 ]; then
	echo
	./size.sh
fi
