#!/usr/bin/env bash
# test.sh runs everything that checks skiff against the real servers up.sh
# started: the Go integration tests (build tag "integration"), then every
# example program (examples.sh). Both always run; it fails when either
# fails. Run it through run.sh, which starts and stops the servers:
#
#   ./hack/integration/run.sh ./hack/integration/test.sh
#
# Extra arguments go to `go test` (e.g. -run TestWatch -v).
set -uo pipefail
cd "$(dirname "$0")/../.."

rc=0
start=$SECONDS
go test -race -tags integration -count=1 -timeout 20m "$@" ./test/integration/... || rc=1
echo "test: go test finished in $((SECONDS - start))s" >&2
start=$SECONDS
./hack/integration/examples.sh || rc=1
echo "test: examples finished in $((SECONDS - start))s" >&2
exit "$rc"
