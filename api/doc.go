// Package api is the root of skiff's Kubernetes API types. Each
// api/<group>/<version> package (api/core/v1, api/apps/v1, ...) is generated
// by hack/gen-types and matches k8s.io/api/<group>/<version> name for name,
// so code moves over by rewriting its imports. This package itself holds
// only tests that exercise every generated package at once.
package api
