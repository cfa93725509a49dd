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
// written interface{}.
//
// [Inspect] computes the same description for skiff's own packages from
// compiler export data (go list -export plus go/importer), so no dependency
// beyond the standard library is needed. [Compare] reports what is missing
// or differs, comparing signatures by types only: parameter and result names
// never count. [LoadOmissions] reads the deliberate omissions, one
// "<package-glob> <ident-glob> -- <reason>" per line, that excuse a gap.
//
// The package is test tooling: TestSurface in this directory runs the check
// for the enforced package prefixes and fails on every gap that is not
// listed as an omission.
package surface
