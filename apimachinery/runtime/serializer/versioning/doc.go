// Package versioning wraps an encoder and a decoder with version
// conversion: objects are converted to the encode version before encoding
// (with apiVersion and kind set from the scheme) and defaulted and
// converted to the decode version after decoding.
package versioning
