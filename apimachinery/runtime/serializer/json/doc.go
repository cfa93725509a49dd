// Package json is the JSON and YAML serializer for API objects: it reads
// the apiVersion and kind from the data, creates the registered Go type and
// decodes into it, optionally rejecting unknown fields (strict mode). It
// also provides the JSON and YAML stream framers used by watch.
package json
