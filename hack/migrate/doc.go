// Command migrate moves a Go module from the reference Kubernetes client
// (k8s.io/client-go, k8s.io/api, k8s.io/apimachinery) to skiff by rewriting
// import paths, the only change skiff's compatibility promise asks for:
//
//	k8s.io/client-go/X        -> github.com/skiff-k8s/skiff/X
//	k8s.io/api/X              -> github.com/skiff-k8s/skiff/api/X
//	k8s.io/apimachinery/pkg/X -> github.com/skiff-k8s/skiff/apimachinery/X
//
// Usage, from the root (or any directory) of the module to migrate (the
// @version suffix makes the go command build the tool outside that module,
// which does not require skiff yet):
//
//	go run github.com/skiff-k8s/skiff/hack/migrate@latest [flags] [dir | dir/... ...]
//
// or from a skiff checkout, against a local module:
//
//	go run ./hack/migrate -C /path/to/module -offline -replace "$PWD" ./...
//
// The default pattern is ./... (every Go file of the module below the current
// directory, skipping testdata, vendor, hidden and _ directories and nested
// modules). Flags:
//
//	-C DIR               migrate the module in DIR (patterns are relative to it)
//	-dry-run             report what would change, write nothing
//	-offline             never use the network (needs -replace or -skiff-version)
//	-skiff-version V     version of skiff to require (default latest, resolved
//	                     with `go list -m` unless -offline)
//	-replace PATH        add a replace directive pointing at a local skiff checkout
//	                     (a relative PATH is taken from where the tool started)
//
// Only the import path string literals change; every other byte of a file
// stays as it was, except that a gofmt-formatted file has its import groups
// re-sorted so it stays gofmt-clean. Package names do not change under the
// rule (the last path element is kept), so no import needs a new alias.
//
// Imports of the reference that skiff does not offer (for example
// k8s.io/client-go/tools/remotecommand) are left untouched and listed; the tool
// then exits with status 2 after writing everything else. Whether skiff offers
// a package is decided from packages.txt, embedded at build time and
// regenerated from the repository with `go generate`, so the answer matches
// the skiff version the tool was built from and needs neither the network nor
// a loadable user module.
//
// go.mod is updated with `go mod edit`: skiff is required, the reference
// modules are dropped when no Go file of the module imports them any more.
// Run `go mod tidy` afterwards.
//
// Exit status: 0 done, 1 error, 2 done but some imports could not be mapped.
package main

//go:generate go test -run TestPackagesListFresh -update .
