#!/usr/bin/env bash
# up.sh starts a real etcd and kube-apiserver on loopback for the integration
# tests and writes what the tests need into a state directory:
#
#   $DIR/env          shell assignments (SKIFF_INTEGRATION_KUBECONFIG, ...)
#   $DIR/kubeconfig   contexts "admin" (client certificate, system:masters,
#                     current), "admin-token" (bearer token, system:masters)
#                     and "limited" (bearer token, no RBAC bindings)
#   $DIR/pids         "etcd <pid>" and "kube-apiserver <pid>"
#   $DIR/*.log        the servers' logs
#
# DIR is $SKIFF_INTEGRATION_DIR when set (it must be empty or absent), else
# a new temporary directory. The last line on stdout is the env file's path.
# Stop everything with down.sh DIR. Binaries come from build-tools.sh (built
# once, cached in ${SKIFF_CACHE:-$HOME/.cache/skiff}/bin).
#
# SKIFF_INTEGRATION_TIMEOUT (seconds, default 180) bounds the wait for etcd
# and /readyz.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
TIMEOUT="${SKIFF_INTEGRATION_TIMEOUT:-180}"
DIR="${SKIFF_INTEGRATION_DIR:-$(mktemp -d /tmp/skiff-integration.XXXXXX)}"
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"

say() { echo "up: $*" >&2; }

# fail prints why, the tail of both logs, stops what was started, exits 1.
fail() {
	say "ERROR: $*"
	local f
	for f in "$DIR/etcd.log" "$DIR/kube-apiserver.log"; do
		[ -f "$f" ] || continue
		echo "---- last 30 lines of $f ----" >&2
		tail -30 "$f" >&2
	done
	"$HERE/down.sh" "$DIR" >&2 || true
	exit 1
}

# port_in_use reports whether any local TCP socket (listening or the local
# end of a connection) uses port.
port_in_use() {
	local p=$1
	if command -v ss >/dev/null; then
		[ -n "$(ss -Htan "sport = :$p" 2>/dev/null)" ]
	else
		(exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null
	fi
}

# free_port VAR sets VAR to a loopback TCP port nothing uses and no earlier
# call returned, below Linux's ephemeral range (32768+) so outgoing
# connections do not take it later.
USED_PORTS=""
free_port() {
	local p i
	for i in $(seq 1 200); do
		p=$((20000 + RANDOM % 12000))
		case " $USED_PORTS " in *" $p "*) continue ;; esac
		port_in_use "$p" && continue
		USED_PORTS+=" $p"
		printf -v "$1" '%s' "$p"
		return 0
	done
	fail "no free loopback port"
}

# gen_certs writes a CA, a serving certificate for 127.0.0.1/localhost, an
# admin client certificate (group system:masters) and service-account keys.
gen_certs() {
	local c="$DIR/certs"
	mkdir -p "$c"
	(
		cd "$c"
		local ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
		openssl req -x509 "${ec[@]}" -keyout ca.key -out ca.crt -days 2 \
			-subj "/CN=skiff-integration-ca" 2>/dev/null
		openssl req "${ec[@]}" -keyout serving.key -out serving.csr -subj "/CN=kube-apiserver" 2>/dev/null
		printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' >serving.ext
		openssl x509 -req -in serving.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
			-extfile serving.ext -out serving.crt 2>/dev/null
		openssl req "${ec[@]}" -keyout admin.key -out admin.csr \
			-subj "/O=system:masters/CN=skiff-admin" 2>/dev/null
		printf 'extendedKeyUsage=clientAuth\n' >admin.ext
		openssl x509 -req -in admin.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
			-extfile admin.ext -out admin.crt 2>/dev/null
		openssl genrsa -out sa.key 2048 2>/dev/null
		openssl rsa -in sa.key -pubout -out sa.pub 2>/dev/null
	) || fail "generating certificates with openssl failed"
}

# gen_tokens writes the static token file: an admin and a limited user.
gen_tokens() {
	ADMIN_TOKEN="$(openssl rand -hex 16)"
	LIMITED_TOKEN="$(openssl rand -hex 16)"
	{
		echo "$ADMIN_TOKEN,skiff-admin-token,uid-admin,\"system:masters\""
		echo "$LIMITED_TOKEN,skiff-limited,uid-limited"
	} >"$DIR/tokens.csv"
}

# start_etcd starts etcd with a data directory under DIR and waits for it.
start_etcd() {
	local peer
	free_port ETCD_PORT
	free_port peer
	setsid "$ETCD" --name skiff --data-dir "$DIR/etcd-data" \
		--listen-client-urls "http://127.0.0.1:$ETCD_PORT" \
		--advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
		--listen-peer-urls "http://127.0.0.1:$peer" \
		--initial-advertise-peer-urls "http://127.0.0.1:$peer" \
		--initial-cluster "skiff=http://127.0.0.1:$peer" \
		--unsafe-no-fsync --log-level warn \
		</dev/null >"$DIR/etcd.log" 2>&1 &
	echo "etcd $!" >>"$DIR/pids"
	local pid=$! deadline=$((SECONDS + TIMEOUT))
	until curl -fsS "http://127.0.0.1:$ETCD_PORT/health" >/dev/null 2>&1; do
		kill -0 "$pid" 2>/dev/null || fail "etcd exited during startup"
		[ $SECONDS -lt $deadline ] || fail "etcd not healthy after ${TIMEOUT}s"
		sleep 0.5
	done
}

# write_apiserver_script writes DIR/kube-apiserver.sh, which execs the
# apiserver with this cluster's flags and its own arguments (tests and
# examples.sh use it to restart it).
write_apiserver_script() {
	local c="$DIR/certs"
	cat >"$DIR/kube-apiserver.sh" <<-EOF
		#!/usr/bin/env bash
		exec "$KUBE_APISERVER" \\
		  --etcd-servers=http://127.0.0.1:$ETCD_PORT \\
		  --bind-address=127.0.0.1 --advertise-address=127.0.0.1 --secure-port=$API_PORT \\
		  --cert-dir=$c --tls-cert-file=$c/serving.crt --tls-private-key-file=$c/serving.key \\
		  --client-ca-file=$c/ca.crt \\
		  --service-account-key-file=$c/sa.pub --service-account-signing-key-file=$c/sa.key \\
		  --service-account-issuer=https://kubernetes.default.svc.cluster.local \\
		  --token-auth-file=$DIR/tokens.csv \\
		  --authorization-mode=RBAC \\
		  --service-cluster-ip-range=10.96.0.0/16 \\
		  --endpoint-reconciler-type=none \\
		  --runtime-config=api/all=true \\
		  --profiling=false "\$@"
	EOF
	chmod +x "$DIR/kube-apiserver.sh"
}

# start_apiserver starts kube-apiserver and waits for /readyz.
start_apiserver() {
	free_port API_PORT
	write_apiserver_script
	setsid "$DIR/kube-apiserver.sh" </dev/null >"$DIR/kube-apiserver.log" 2>&1 &
	local pid=$! deadline=$((SECONDS + TIMEOUT))
	echo "kube-apiserver $pid" >>"$DIR/pids"
	until admin_curl -o /dev/null "https://127.0.0.1:$API_PORT/readyz"; do
		kill -0 "$pid" 2>/dev/null || fail "kube-apiserver exited during startup"
		[ $SECONDS -lt $deadline ] || fail "kube-apiserver /readyz not ok after ${TIMEOUT}s"
		sleep 0.5
	done
}

# admin_curl runs curl as the admin client certificate, failing on non-2xx.
admin_curl() {
	local c="$DIR/certs"
	curl -fsS --cacert "$c/ca.crt" --cert "$c/admin.crt" --key "$c/admin.key" "$@" 2>/dev/null
}

# create_default_sa creates the default ServiceAccount in namespace default;
# no controller-manager runs, and pods need it.
create_default_sa() {
	local url="https://127.0.0.1:$API_PORT/api/v1/namespaces/default/serviceaccounts"
	local deadline=$((SECONDS + 30))
	until admin_curl -o /dev/null "$url/default"; do
		admin_curl -o /dev/null -X POST -H 'Content-Type: application/json' \
			-d '{"apiVersion":"v1","kind":"ServiceAccount","metadata":{"name":"default"}}' "$url" || true
		[ $SECONDS -lt $deadline ] || fail "could not create serviceaccount default/default"
		sleep 0.5
	done
}

# write_kubeconfig writes DIR/kubeconfig with the admin and limited contexts.
write_kubeconfig() {
	local c="$DIR/certs"
	cat >"$DIR/kubeconfig" <<-EOF
		apiVersion: v1
		kind: Config
		clusters:
		- name: skiff
		  cluster:
		    server: https://127.0.0.1:$API_PORT
		    certificate-authority: $c/ca.crt
		users:
		- name: admin
		  user:
		    client-certificate: $c/admin.crt
		    client-key: $c/admin.key
		- name: admin-token
		  user:
		    token: $ADMIN_TOKEN
		- name: limited
		  user:
		    token: $LIMITED_TOKEN
		contexts:
		- name: admin
		  context: {cluster: skiff, user: admin, namespace: default}
		- name: admin-token
		  context: {cluster: skiff, user: admin-token, namespace: default}
		- name: limited
		  context: {cluster: skiff, user: limited, namespace: default}
		current-context: admin
	EOF
}

# write_env writes DIR/env, the file run.sh sources and tests read.
write_env() {
	cat >"$DIR/env" <<-EOF
		SKIFF_INTEGRATION_DIR=$DIR
		SKIFF_INTEGRATION_KUBECONFIG=$DIR/kubeconfig
		SKIFF_INTEGRATION_SERVER=https://127.0.0.1:$API_PORT
		SKIFF_INTEGRATION_CA=$DIR/certs/ca.crt
		SKIFF_INTEGRATION_ADMIN_TOKEN=$ADMIN_TOKEN
		SKIFF_INTEGRATION_LIMITED_TOKEN=$LIMITED_TOKEN
		SKIFF_INTEGRATION_ETCD=http://127.0.0.1:$ETCD_PORT
		SKIFF_INTEGRATION_APISERVER_SCRIPT=$DIR/kube-apiserver.sh
	EOF
}

main() {
	[ -z "$(ls -A "$DIR")" ] || { say "ERROR: $DIR is not empty"; exit 1; }
	local t0=$SECONDS bins
	bins="$("$HERE/build-tools.sh")" || { say "ERROR: building the binaries failed"; exit 1; }
	eval "$bins"
	local t1=$SECONDS
	gen_certs
	gen_tokens
	start_etcd
	start_apiserver
	local t2=$SECONDS
	create_default_sa
	write_kubeconfig
	write_env
	say "binaries ready in $((t1 - t0))s; etcd + kube-apiserver /readyz in $((t2 - t1))s; state in $DIR"
	echo "$DIR/env"
}

main "$@"
