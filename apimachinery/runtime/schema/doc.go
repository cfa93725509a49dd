// Package schema holds the identifiers of the Kubernetes type system: API
// groups, versions, kinds and resources, their string forms and parsers.
package schema
