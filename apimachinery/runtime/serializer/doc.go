// Package serializer builds the codecs a client uses: CodecFactory offers
// JSON (with a watch stream framing) and YAML for the types of a Scheme,
// with or without version conversion.
package serializer
