// Package integration holds the integration tests of skiff: the same
// behaviour the unit tests check against the in-memory server, checked
// against a real kube-apiserver v1.34.4 and etcd on loopback.
//
// The tests carry the build tag "integration" and read the kubeconfig that
// hack/integration/up.sh writes from SKIFF_INTEGRATION_KUBECONFIG. Run them
// with the servers started and stopped around them:
//
//	./hack/integration/run.sh go test -tags integration -count=1 ./test/integration/...
//
// (make integration does the same). The kubeconfig has three contexts:
// "admin" (client certificate in group system:masters, the current
// context), "admin-token" (a bearer token in system:masters) and "limited"
// (a bearer token with no RBAC bindings).
package integration
