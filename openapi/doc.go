// Package openapi reads the OpenAPI v3 documents of an API server: Paths
// lists the group versions GET /openapi/v3 advertises, and each
// GroupVersion fetches its document in the content type asked for.
package openapi
