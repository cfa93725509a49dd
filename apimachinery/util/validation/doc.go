// Package validation checks strings against the formats Kubernetes uses for
// names, label values, DNS labels and subdomains, ports and similar values.
// Each Is* function returns nil for a valid value and otherwise one message
// per problem, worded as the API server words them.
package validation
