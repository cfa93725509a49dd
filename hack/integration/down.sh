#!/usr/bin/env bash
# down.sh DIR stops the etcd and kube-apiserver that up.sh started in DIR
# (by the pids in DIR/pids: TERM, then KILL after 15 s) and removes DIR.
# DIR defaults to $SKIFF_INTEGRATION_DIR. A pid is signalled only while its
# command line still names the process up.sh started. Safe to run twice.
set -uo pipefail

DIR="${1:-${SKIFF_INTEGRATION_DIR:-}}"
say() { echo "down: $*" >&2; }
[ -n "$DIR" ] || { say "usage: down.sh DIR (or set SKIFF_INTEGRATION_DIR)"; exit 2; }
[ -d "$DIR" ] || exit 0

# ours reports whether pid is alive and still runs a process named name.
ours() {
	local pid=$1 name=$2
	[ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$name"
}

# stop sends TERM to pid, waits, then KILLs it.
stop() {
	local name=$1 pid=$2 i
	ours "$pid" "$name" || return 0
	kill -TERM "$pid" 2>/dev/null
	for i in $(seq 1 150); do
		ours "$pid" "$name" || return 0
		sleep 0.1
	done
	say "$name ($pid) did not stop on TERM; sending KILL"
	kill -KILL "$pid" 2>/dev/null
}

# Stop the apiserver before etcd. The pid file may name a restarted
# apiserver too (tests append to it).
if [ -f "$DIR/pids" ]; then
	while read -r name pid; do
		[ "$name" = kube-apiserver ] && stop kube-apiserver "$pid"
	done <"$DIR/pids"
	while read -r name pid; do
		[ "$name" = etcd ] && stop etcd "$pid"
	done <"$DIR/pids"
fi
case "$DIR" in
/ | "$HOME" | /tmp) say "refusing to remove $DIR" ; exit 1 ;;
esac
rm -rf "$DIR"
