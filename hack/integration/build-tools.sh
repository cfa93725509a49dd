#!/usr/bin/env bash
# build-tools.sh builds the kube-apiserver and etcd binaries the integration
# tests run against, once, into a cache outside the repository:
#
#   ${SKIFF_CACHE:-$HOME/.cache/skiff}/bin/kube-apiserver-<version>
#   ${SKIFF_CACHE:-$HOME/.cache/skiff}/bin/etcd-<version>
#
# A binary already in the cache is reused; a clean machine builds both from
# the Go module proxy (hack/tools and hack/tools/etcd). If the etcd build
# fails, it falls back to Debian's etcd-server (3.4, no watch-list support)
# and says so. Cold build times measured on 2 cores (GOCACHE empty, modules
# already downloaded): etcd 99 s, kube-apiserver 35 min while seven other
# builds shared the machine (16 CPU-minutes for both binaries, so roughly
# 8-10 min on two idle cores). It prints the two paths as shell
# assignments on stdout:
#   KUBE_APISERVER=... ETCD=...
# Build logs go to ${SKIFF_CACHE}/log/.
set -euo pipefail

KUBE_VERSION=v1.34.4
ETCD_VERSION=v3.5.21
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="${SKIFF_CACHE:-$HOME/.cache/skiff}"
BIN="$CACHE/bin"
LOG="$CACHE/log"
mkdir -p "$BIN" "$LOG"

say() { echo "build-tools: $*" >&2; }

# build_apiserver builds kube-apiserver with the version stamped in, so
# /version reports v1.34.4 like a released binary.
build_apiserver() {
	local out="$BIN/kube-apiserver-$KUBE_VERSION" pkg=k8s.io/component-base/version
	[ -x "$out" ] && return 0
	say "building kube-apiserver $KUBE_VERSION (first run only; 8-35 min on 2 cores), log: $LOG/kube-apiserver.log"
	local ldflags="-s -w -X $pkg.gitVersion=$KUBE_VERSION -X $pkg.gitMajor=1 -X $pkg.gitMinor=34"
	ldflags+=" -X $pkg.gitTreeState=clean -X $pkg.buildDate=1970-01-01T00:00:00Z"
	local start=$SECONDS
	if ! (cd "$ROOT/hack/tools" && CGO_ENABLED=0 go build -trimpath -ldflags "$ldflags" \
		-o "$out.tmp" k8s.io/kubernetes/cmd/kube-apiserver) >"$LOG/kube-apiserver.log" 2>&1; then
		say "kube-apiserver build failed; last lines of $LOG/kube-apiserver.log:"
		tail -20 "$LOG/kube-apiserver.log" >&2
		return 1
	fi
	mv "$out.tmp" "$out"
	say "built kube-apiserver in $((SECONDS - start))s"
}

# build_etcd builds etcd 3.5 from hack/tools/etcd.
build_etcd() {
	local out="$BIN/etcd-$ETCD_VERSION"
	[ -x "$out" ] && return 0
	say "building etcd $ETCD_VERSION (first run only; about 2 min on 2 cores), log: $LOG/etcd.log"
	local start=$SECONDS
	if ! (cd "$ROOT/hack/tools/etcd" && CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" \
		-o "$out.tmp" .) >"$LOG/etcd.log" 2>&1; then
		say "etcd build failed; last lines of $LOG/etcd.log:"
		tail -20 "$LOG/etcd.log" >&2
		return 1
	fi
	mv "$out.tmp" "$out"
	say "built etcd in $((SECONDS - start))s"
}

# etcd_path prints the etcd binary to use: the built one, else Debian's.
etcd_path() {
	if build_etcd; then
		echo "$BIN/etcd-$ETCD_VERSION"
		return 0
	fi
	say "FALLING BACK to Debian etcd-server (3.4): watch-list requests (sendInitialEvents=true) will fail with 500"
	if ! command -v etcd >/dev/null; then
		{ apt-get update -qq && apt-get install -y etcd-server; } >&2 ||
			{ say "apt-get install etcd-server failed"; return 1; }
	fi
	command -v etcd
}

main() {
	# One builder at a time per cache; a second caller waits for the first.
	exec 9>"$CACHE/build.lock"
	flock 9
	local etcd
	etcd="$(etcd_path)"
	build_apiserver
	echo "KUBE_APISERVER=$BIN/kube-apiserver-$KUBE_VERSION"
	echo "ETCD=$etcd"
}

main "$@"
