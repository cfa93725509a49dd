// Command gen-types is the first stage of skiff's type generation: it
// writes the api/<group>/<version> packages (Go types with markers, deep
// copies, scheme registration) so that code written against
// k8s.io/api/<group>/<version> compiles against
// github.com/skiff-k8s/skiff/api/<group>/<version> unchanged.
//
// # Inputs
//
// Two reference sources decide the output. The surface table
// (../shared/reference/api-surface.json) decides Go names, field order and
// types, JSON and protobuf tags, named types and constants. The OpenAPI v3
// documents (../shared/kubernetes-1.34/openapi/v3, one per group/version)
// decide required fields, list types and map keys, patch strategies and
// merge keys, and, from their paths, each kind's resource name, scope,
// verbs and subresources.
//
// Neither source is needed to generate: `make generate` must work in a
// clean clone without ../shared. So generation is split in two:
//
//	go run . -refresh -shared ../../../shared -data data/input.json
//
// reads the reference material and writes data/input.json: only what
// generation needs, sorted, compact, one package per line (about 0.8 MB;
// a name ending in .gz would be gzipped, which the generator also reads).
// The refreshed file is committed. Besides what generation needs it holds
// the trimmed OpenAPI v3 schema of every kind the documents describe
// ("kinds" and "schemas": types, formats, properties, items, map values,
// references; no prose), from which the round-trip test of api/ builds a
// sample object of every kind (api/internal/sample). A normal run reads
// only that file:
//
//	go run . -data data/input.json -out ../../api
//
// which is the go:generate directive of this package, so
// `go generate ./hack/...` regenerates api/. Kinds whose own version is not
// served any more borrow the REST description (scope, verbs, subresources)
// of the same kind in a served version, same group first.
//
// # Output
//
// Per package: doc.go; types.go with structs in table order, exact Go
// types and tags (json, patchStrategy, patchMergeKey, protobuf), named
// types with their constants, and markers (+genclient and friends,
// +optional/+required, +listType, +listMapKey, +patchStrategy,
// +k8s:deepcopy-gen:interfaces); register.go with GroupName,
// SchemeGroupVersion, Kind (where the table has it), Resource,
// SchemeBuilder, localSchemeBuilder and AddToScheme;
// zz_generated.deepcopy.go with straight-line deep copies; and
// zz_generated.helpers.go with String and SwaggerDoc where the table lists
// them. Every generated file starts with the "Code generated" header;
// regeneration removes stale generated files and leaves hand-written files
// (such as api/core/v1/resource.go) alone.
//
// # Markers for the second stage
//
// On a kind served as a REST resource (comment block of the type):
//
//	+genclient                          generate a typed client
//	+genclient:nonNamespaced            the resource is cluster-scoped
//	+genclient:onlyVerbs=create,get     only these verbs (else all eight)
//	+genclient:noVerbs                  no verbs at all
//	+genclient:noStatus                 no status subresource: no UpdateStatus/ApplyStatus
//	+genclient:method=UpdateScale,verb=update,subresource=scale,input=T,result=T
//	                                    an extra subresource method; T is a full Go type path
//	+resourceName=pods                  the plural resource name
//	+k8s:deepcopy-gen:interfaces=github.com/skiff-k8s/skiff/apimachinery/runtime.Object
//
// Verbs and subresources come from the OpenAPI paths; quirks.go adjusts
// them where the reference client's method set differs (Bind, Evict and
// Finalize are hand-written expansions there, not generated methods).
// On fields: +optional or +required (when an OpenAPI schema exists),
// +listType, +listMapKey, +mapType, +patchStrategy and +patchMergeKey; on
// structs: +structType. The patch strategy and merge key are also struct
// tags (patchStrategy:"merge" patchMergeKey:"name"), which strategic merge
// patch reads.
//
// Tests compare the output for the tiny input under testdata/ with golden
// files; run `go test ./hack/gen-types -update` to rewrite them.
package main
