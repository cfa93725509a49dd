// Package streaming decodes and encodes a stream of framed objects, such as
// the body of a watch response: each frame read from a runtime.Framer's
// reader is one object.
package streaming
