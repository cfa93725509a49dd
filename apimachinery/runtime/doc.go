// Package runtime holds the machinery that turns API objects into bytes and
// back: the Object interface, the Scheme that maps Go types to kinds, the
// serializers and codecs, query-parameter encoding and the converter between
// typed objects and unstructured maps.
package runtime
