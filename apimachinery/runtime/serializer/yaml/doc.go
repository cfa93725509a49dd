// Package yaml wraps a JSON serializer so that it decodes YAML input too:
// YAML is converted to JSON with sigs.k8s.io/yaml before decoding.
package yaml
