// Package field describes where in an object a validation problem is (Path)
// and what the problem is (Error, ErrorList), in the format the Kubernetes
// API server uses in its Invalid status responses.
package field
