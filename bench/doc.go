// Package bench compares skiff with the reference Kubernetes client
// (k8s.io/client-go) on the same work against the same in-process server.
//
// Run it with ./run.sh (or make bench from the repository root); the
// benchmarks live in the _test.go files of this package, the binary size
// comparison in size.sh, and cmd/benchtable turns `go test -bench` output
// into a skiff-versus-reference table.
package bench
