#!/usr/bin/env bash
# run.sh CMD [ARGS...] starts etcd and kube-apiserver (up.sh), runs CMD with
# the SKIFF_INTEGRATION_* variables exported, and always stops both and
# removes their state (down.sh), also when CMD fails or the run is
# interrupted. It exits with CMD's exit code.
#
#   ./hack/integration/run.sh go test -tags integration -count=1 ./test/integration/...
#
# SKIFF_INTEGRATION_KEEP=1 leaves the servers running and prints how to stop
# them, for debugging.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
[ $# -gt 0 ] || { echo "usage: run.sh CMD [ARGS...]" >&2; exit 2; }

DIR="$(mktemp -d /tmp/skiff-integration.XXXXXX)"
cleanup() {
	if [ "${SKIFF_INTEGRATION_KEEP:-}" = 1 ]; then
		echo "run: servers left running; stop them with: $HERE/down.sh $DIR" >&2
		return
	fi
	local t=$SECONDS
	"$HERE/down.sh" "$DIR"
	echo "run: stopped and cleaned up in $((SECONDS - t))s" >&2
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

t0=$SECONDS
SKIFF_INTEGRATION_DIR="$DIR" "$HERE/up.sh" >/dev/null
set -a
# shellcheck disable=SC1091
. "$DIR/env"
set +a
echo "run: servers up in $((SECONDS - t0))s; running: $*" >&2

# The command runs in the background so a signal to this script is handled
# at once: it is passed on (as TERM) and the servers are stopped.
t1=$SECONDS
rc=0
"$@" <&0 &
CHILD=$!
trap 'kill -TERM "$CHILD" 2>/dev/null; exit 130' INT
trap 'kill -TERM "$CHILD" 2>/dev/null; exit 143' TERM
wait "$CHILD" || rc=$?
echo "run: command exited $rc after $((SECONDS - t1))s" >&2
exit "$rc"
