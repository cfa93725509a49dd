#!/usr/bin/env bash
# demo.sh runs every example program against skiff's in-memory API server,
# with no cluster (the network is used only if go must fetch modules that
# are not in the module cache yet):
#
#   1. builds hack/apiserver, hack/seed and the examples into a temp dir;
#   2. starts the API server on a free loopback port, writing a kubeconfig;
#   3. seeds it with a namespace "demo" of deployments, pods and CronTabs;
#   4. runs each example with -kubeconfig pointing at the server, printing
#      a header, what the example does and its output.
#
# The server is always stopped on exit. The exit status is non-zero when a
# build or an example fails. Run it as `make demo` or ./hack/demo.sh.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

namespace=demo
work=$(mktemp -d "${TMPDIR:-/tmp}/skiff-demo.XXXXXX")
bin=$work/bin
kubeconfig=$work/kubeconfig
server_pid=
passed=0
failed=()
# shown is how many output lines of the next example to print.
shown=30
# want, when set, is text the next example's output must contain.
want=

# The examples get an explicit -kubeconfig; make sure the in-cluster
# example sees no pod environment even when the demo itself runs in a pod.
unset KUBERNETES_SERVICE_HOST KUBERNETES_SERVICE_PORT

if [[ -t 1 ]]; then bold=$'\e[1m' green=$'\e[32m' red=$'\e[31m' reset=$'\e[0m'
else bold= green= red= reset=; fi

# cleanup stops the API server and removes the temp dir.
cleanup() {
	if [[ -n $server_pid ]]; then
		kill "$server_pid" 2>/dev/null || true
		wait "$server_pid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# step prints a section header.
step() { printf '\n%s==> %s%s\n' "$bold" "$*" "$reset"; }

# limited runs a command, stopping it after 60s when GNU timeout(1) exists
# (--foreground keeps Ctrl-C reaching the example).
if timeout --foreground 5 true 2>/dev/null; then
	limited() { timeout --foreground 60 "$@"; }
else
	limited() { "$@"; }
fi

# show prints the captured output of the last example, indented: at most
# $shown lines, or only the last line when shown is "last".
show() {
	local lines
	lines=$(wc -l <"$work/out")
	if [[ $shown == last ]]; then
		tail -n 1 "$work/out" | sed 's/^/    /'
		return
	fi
	sed -n "1,${shown}s/^/    /p" "$work/out"
	if ((lines > shown)); then echo "    ... ($((lines - shown)) more lines)"; fi
}

# header prints the title of an example and the command it stands for.
header() {
	local name=$1 what=$2
	shift 2
	printf '\n%s=== %s%s: %s\n' "$bold" "$name" "$reset" "$what"
	case $name in
	fake-client) echo "    \$ go test -v ./examples/fake-client" ;;
	crd) echo "    \$ go run ./examples/crd/cmd/crontabs $*" ;;
	*) echo "    \$ go run ./examples/$name $*" ;;
	esac
}

# example NAME WHAT ARGS... runs the example binary NAME with ARGS and
# expects it to succeed.
example() {
	local name=$1 what=$2 status=0
	shift 2
	header "$name" "$what" "$@"
	limited "$bin/$name" "$@" >"$work/out" 2>&1 || status=$?
	show
	shown=30
	if ((status != 0)); then
		echo "    ${red}FAILED: $name exited with status $status${reset}"
		failed+=("$name")
	elif [[ -n $want ]] && ! grep -qF -- "$want" "$work/out"; then
		echo "    ${red}FAILED: $name did not print \"$want\"${reset}"
		failed+=("$name")
	else
		passed=$((passed + 1))
	fi
	want=
}

# example_fails NAME WHAT STATUS TEXT ARGS... runs NAME with ARGS and
# expects it to exit with STATUS and print TEXT.
example_fails() {
	local name=$1 what=$2 want_status=$3 want_text=$4 status=0
	shift 4
	header "$name" "$what" "$@"
	limited "$bin/$name" "$@" >"$work/out" 2>&1 || status=$?
	show
	shown=30
	if [[ $status == "$want_status" ]] && grep -qF -- "$want_text" "$work/out"; then
		echo "    ${green}(failed as expected, exit status $status)${reset}"
		passed=$((passed + 1))
	else
		echo "    ${red}FAILED: want exit status $want_status and \"$want_text\", got status $status${reset}"
		failed+=("$name")
	fi
}

# build compiles the server, the seeder, the examples and the fake-client
# test once, so each example starts at once instead of compiling.
build() {
	step "building hack/apiserver, hack/seed and the examples"
	mkdir -p "$bin"
	local start=$SECONDS
	go build -o "$bin/" ./hack/apiserver ./hack/seed \
		./examples/rest-list-pods ./examples/clientset-get-pod ./examples/pod-counter \
		./examples/dynamic-deployment ./examples/typed-deployment ./examples/discovery \
		./examples/in-cluster ./examples/informer ./examples/workqueue-controller
	go test -c -o "$bin/fake-client" ./examples/fake-client
	if [[ -f examples/crd/cmd/crontabs/main.go ]]; then
		go build -o "$bin/crd" ./examples/crd/cmd/crontabs
	fi
	echo "    built in $((SECONDS - start))s"
}

# start_server starts the in-memory API server on a free loopback port and
# waits for the kubeconfig it writes once it listens.
start_server() {
	step "starting the in-memory API server (hack/apiserver) on a free loopback port"
	"$bin/apiserver" -addr 127.0.0.1:0 -kubeconfig "$kubeconfig" >"$work/apiserver.log" 2>&1 &
	server_pid=$!
	for _ in $(seq 100); do
		if grep -qs 'server:' "$kubeconfig"; then
			grep -m1 'server:' "$kubeconfig" | sed 's/^ */    /'
			echo "    kubeconfig: $kubeconfig"
			return 0
		fi
		if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
		sleep 0.1
	done
	echo "${red}the API server did not start:${reset}" >&2
	cat "$work/apiserver.log" >&2
	return 1
}

# run_examples runs every example against the seeded server.
run_examples() {
	local kc=(-kubeconfig "$kubeconfig") pod
	want="Pending"
	example rest-list-pods "a bare RESTClient lists every pod (namespace, name, phase)" "${kc[@]}"
	pod=$(awk -v ns="$namespace" '$1 == ns && $2 ~ /^web-/ { print $2; exit }' "$work/out")
	want="condition Ready=True"
	example clientset-get-pod "the typed clientset reads one pod" "${kc[@]}" -namespace "$namespace" -name "${pod:-web}"
	example_fails clientset-get-pod "a missing pod is a NotFound StatusError" 1 "not found" \
		"${kc[@]}" -namespace "$namespace" -name no-such-pod
	want="7 pods in the cluster, 6 running" # what hack/seed creates
	example pod-counter "counts the cluster's pods every second (3 times here; forever by default)" \
		"${kc[@]}" -interval 1s -count 3
	want="deleted deployment $namespace/dynamic-demo"
	example dynamic-deployment "create, update (retry on conflict), list, convert to appsv1.Deployment and delete, from a map" \
		"${kc[@]}" -namespace "$namespace"
	want="deleted deployment $namespace/typed-demo"
	example typed-deployment "the same with the typed clientset" "${kc[@]}" -namespace "$namespace"
	shown=12 want="read from the server"
	example discovery "every group, version and resource, read from the server into a disk cache (TTL 10m)" \
		"${kc[@]}" -cache-dir "$work/cache"
	shown=last want="read from the disk cache"
	example discovery "run again: answered from the disk cache (last line shown)" "${kc[@]}" -cache-dir "$work/cache"
	want="cache synced: 7 pods" # what hack/seed creates
	example informer "a shared informer of the namespace's pods: the initial list as ADDs, then changes (2s here; until Ctrl-C by default)" \
		"${kc[@]}" -namespace "$namespace" -duration 2s
	want="created configmap $namespace/web-summary"
	example workqueue-controller "informers feed a rate-limited workqueue; 2 workers keep a summary ConfigMap per Deployment (3s here)" \
		"${kc[@]}" -namespace "$namespace" -duration 3s
	example_fails in-cluster "the in-cluster config, run outside a pod: fails with a clear message" 3 \
		"must run inside a Kubernetes pod" -count 1
	if [[ -x $bin/crd ]]; then
		want="$namespace/nightly-report"
		example crd "the clientset gen-client generated for the CronTab CRD lists CronTabs" \
			"${kc[@]}" -namespace "$namespace"
	fi
	want="PASS"
	example fake-client "a unit test: a real clientset against the in-process API server, with an injected 500" \
		-test.v
}

main() {
	build
	start_server
	step "seeding namespace \"$namespace\" (hack/seed)"
	"$bin/seed" -kubeconfig "$kubeconfig" -namespace "$namespace" | sed 's/^/    /'
	step "running the examples"
	run_examples
	step "done in ${SECONDS}s: $passed passed, ${#failed[@]} failed"
	if ((${#failed[@]} > 0)); then
		echo "${red}failed: ${failed[*]}${reset}"
		return 1
	fi
	echo "${green}all examples passed${reset}"
}

main "$@"
