#!/usr/bin/env bash
# examples.sh runs every example program in examples/ against the real
# kube-apiserver that up.sh started (SKIFF_INTEGRATION_KUBECONFIG), after
# seeding namespace "demo" with hack/seed, and fails when any example does
# not exit as expected. Run it through run.sh:
#
#   ./hack/integration/run.sh ./hack/integration/examples.sh
#
# examples/fake-client is a unit test against the in-memory server and is
# left to `make test`; examples/in-cluster must fail outside a pod.
set -euo pipefail
cd "$(dirname "$0")/../.."

KUBECONFIG_PATH="${SKIFF_INTEGRATION_KUBECONFIG:?SKIFF_INTEGRATION_KUBECONFIG is not set: run this through ./hack/integration/run.sh}"
NS=demo
WORK="$(mktemp -d /tmp/skiff-examples.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
BIN="$WORK/bin"
failed=()
passed=0
say() { echo "examples: $*" >&2; }
unset KUBERNETES_SERVICE_HOST KUBERNETES_SERVICE_PORT

# run_example NAME WANT_STATUS ARGS... runs one example with a 60 s limit
# and records whether it exited with WANT_STATUS.
run_example() {
	local name=$1 want=$2 status=0
	shift 2
	echo "=== $name $*"
	timeout 60 "$BIN/$name" "$@" >"$WORK/out" 2>&1 || status=$?
	sed -n '1,15s/^/    /p' "$WORK/out"
	if [ "$status" = "$want" ]; then
		passed=$((passed + 1))
	else
		echo "    FAILED: $name exited $status, want $want"
		failed+=("$name")
	fi
}

# seed fills namespace demo with hack/seed, the seeder of the in-memory
# demo: it creates the namespace's default ServiceAccount and waits for the
# CronTab CRD to be established and served before creating CronTabs.
seed() {
	"$BIN/seed" -kubeconfig "$KUBECONFIG_PATH" -namespace "$NS" >&2
}

main() {
	local start=$SECONDS kc=(-kubeconfig "$KUBECONFIG_PATH") pod
	mkdir -p "$BIN"
	go build -o "$BIN/" ./hack/seed ./examples/rest-list-pods ./examples/clientset-get-pod \
		./examples/pod-counter ./examples/dynamic-deployment ./examples/typed-deployment \
		./examples/discovery ./examples/in-cluster ./examples/informer ./examples/workqueue-controller
	go build -o "$BIN/crd" ./examples/crd/cmd/crontabs
	say "built in $((SECONDS - start))s"
	seed

	run_example rest-list-pods 0 "${kc[@]}"
	pod=$(awk -v ns="$NS" '$1 == ns && $2 ~ /^web-/ { print $2; exit }' "$WORK/out")
	run_example clientset-get-pod 0 "${kc[@]}" -namespace "$NS" -name "${pod:-web}"
	run_example clientset-get-pod 1 "${kc[@]}" -namespace "$NS" -name no-such-pod
	run_example pod-counter 0 "${kc[@]}" -interval 1s -count 3
	run_example dynamic-deployment 0 "${kc[@]}" -namespace "$NS"
	run_example typed-deployment 0 "${kc[@]}" -namespace "$NS"
	run_example discovery 0 "${kc[@]}" -cache-dir "$WORK/cache"
	run_example discovery 0 "${kc[@]}" -cache-dir "$WORK/cache"
	run_example informer 0 "${kc[@]}" -namespace "$NS" -duration 3s
	grep -q "cache synced: 7 pods" "$WORK/out" || { echo "    FAILED: informer did not sync 7 pods"; failed+=(informer); }
	run_example workqueue-controller 0 "${kc[@]}" -namespace "$NS" -duration 5s
	grep -q "created configmap $NS/web-summary" "$WORK/out" || { echo "    FAILED: no summary configmap"; failed+=(workqueue-controller); }
	run_example in-cluster 3 -count 1
	run_example crd 0 "${kc[@]}" -namespace "$NS"

	say "$passed passed, ${#failed[@]} failed, in $((SECONDS - start))s"
	[ ${#failed[@]} -eq 0 ] || { say "failed: ${failed[*]}"; return 1; }
}

main "$@"
