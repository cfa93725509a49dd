// Package surface compares skiff's exported Go API with the reference
// surface recorded in ../shared/reference (api-surface.json and
// client-surface.json).
//
// The reference files list, for each package path relative to the module
// root, every exported type with its kind, underlying type, struct fields
// (Go name, Go type, JSON tag) and methods, every exported constant with its
// type and exact value, and every exported function with its signature.
// Types are written with module-relative paths for this module
// (apimachinery/runtime.Object), unqualified for the package's own types and
// by import path for everything else (time.Duration); the empty interface is
// written interface{}. A struct type lists the methods declared on it (value
// and pointer receivers, not those promoted from embedded fields); an
// interface lists its whole method set.
//
// [Inspect] computes the same description for skiff's own packages from
// compiler export data (go list -export plus go/importer), so no dependency
// beyond the standard library is needed. [Compare] reports each reference
// item that is [Missing] or [Different] (kind, underlying type, type
// parameters, field type, JSON tag, embedding, constant type or value,
// signature), comparing signatures by types only: parameter and result names
// never count, and neither do the names of unexported types, which user code
// cannot write. Extra exported items in skiff are only counted, except
// [Extra] methods on an interface, which would stop user types that
// implement the reference interface from implementing skiff's.
//
// [LoadOmissions] reads the deliberate omissions from
// testdata/omissions/*.txt, one per line:
//
//	<package-glob> <ident-glob> -- <reason>
//
// Globs use path.Match syntax; as package glob, "..." matches every package
// and "p/..." matches p and every package below it. The ident is "Name" for
// a type, func or const and "Type.Member" for a field or method; a glob that
// matches a type name also covers its members. A line without a reason is an
// error, and after a full run an omission that excused nothing is stale and
// fails the test.
//
// TestSurface checks every reference package (api-surface.json and
// client-surface.json) that exists in skiff; a package without Go files is
// reported as absent and skipped, unless it is on the test's enforced list,
// which must exist. Packages on the test's temporary pendingPackages
// allow-list are reported but do not fail. -pkg takes a path, a path.Match
// glob or "p/...":
//
//	go test ./internal/surface/ -run TestSurface -v                          # all, first gaps per package
//	go test ./internal/surface/ -run TestSurface -v -args -pkg apimachinery/labels   # every gap of one package
//	go test ./internal/surface/ -run TestSurface -v -args -pkg 'api/...'      # every gap of a tree
//	go test ./internal/surface/ -run TestSurface -v -args -surface.report    # every gap of every package
//	go test ./internal/surface/ -run TestSurface -v -args -pkg apimachinery/labels -surface.dump  # skiff's side as JSON
//
// It skips when ../shared (or $SKIFF_SHARED) is absent.
package surface
