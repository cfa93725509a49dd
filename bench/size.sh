#!/usr/bin/env bash
# size.sh builds the minimal list-pods program with skiff and with the
# reference client (cmd/listpods-skiff, cmd/listpods-reference) and reports,
# for each: binary size (plain and with -ldflags='-s -w'), the number of
# modules in its build graph, and its cold build time (fresh GOCACHE).
#
# Usage: cd bench && ./size.sh        (SIZE_COLD=0 skips the cold builds)
set -euo pipefail
cd "$(dirname "$0")"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

declare -A plain stripped modules cold
progs=(skiff reference)

for p in "${progs[@]}"; do
	pkg=./cmd/listpods-$p
	go build -o "$tmp/$p" "$pkg"
	go build -ldflags='-s -w' -o "$tmp/$p-stripped" "$pkg"
	plain[$p]=$(stat -c %s "$tmp/$p")
	stripped[$p]=$(stat -c %s "$tmp/$p-stripped")
	go list -deps -f '{{with .Module}}{{.Path}}{{end}}' "$pkg" | sort -u >"$tmp/$p.modules"
	modules[$p]=$(wc -l <"$tmp/$p.modules")
	if [ "${SIZE_COLD:-1}" != 0 ]; then
		start=$(date +%s.%N)
		GOCACHE="$tmp/gocache-$p" go build -o "$tmp/$p-cold" "$pkg"
		end=$(date +%s.%N)
		cold[$p]=$(awk -v s="$start" -v e="$end" 'BEGIN{printf "%.1f", e-s}')
	else
		cold[$p]=-
	fi
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b+0 == 0 || a == "-") print "-"; else printf "%.2fx", a/b }'; }
mib() { awk -v a="$1" 'BEGIN{printf "%.2f MiB", a/1048576}'; }

echo "list-pods program ($(go version | awk '{print $3}'), $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-28s %16s %16s %8s\n' "" skiff reference ratio
printf '%-28s %16s %16s %8s\n' "binary size" "$(mib "${plain[skiff]}")" "$(mib "${plain[reference]}")" "$(ratio "${plain[skiff]}" "${plain[reference]}")"
printf '%-28s %16s %16s %8s\n' "binary size (-s -w)" "$(mib "${stripped[skiff]}")" "$(mib "${stripped[reference]}")" "$(ratio "${stripped[skiff]}" "${stripped[reference]}")"
printf '%-28s %16s %16s %8s\n' "modules in build graph" "${modules[skiff]}" "${modules[reference]}" "$(ratio "${modules[skiff]}" "${modules[reference]}")"
printf '%-28s %16s %16s %8s\n' "cold build (s)" "${cold[skiff]}" "${cold[reference]}" "$(ratio "${cold[skiff]}" "${cold[reference]}")"
echo
echo "modules of listpods-skiff (the bench module itself included):"
sed 's/^/  /' "$tmp/skiff.modules"
