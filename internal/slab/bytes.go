package slab

import "unsafe"

// BytesChunk is the chunk size of a Bytes arena whose Chunk is zero.
const BytesChunk = 32 << 10

// Bytes copies byte strings out of a decoder's input into shared chunks,
// so that many short values cost one allocation per chunk instead of one
// each. A retained value keeps its whole chunk alive, so a decoder keeps
// values of different lifetimes (strings a cache keeps, bytes a transform
// drops) in different Bytes arenas. The zero value is ready. It is not
// safe for concurrent use.
type Bytes struct {
	// Chunk is the size of one chunk in bytes, BytesChunk when zero.
	// Values longer than Chunk/8 get an allocation of their own.
	Chunk int
	buf   []byte
}

// Copy returns a copy of b whose capacity ends at its length, so that
// appending to it never writes over a neighbour in the chunk. An empty b
// gives an empty, non-nil slice.
func (a *Bytes) Copy(b []byte) []byte {
	n := len(b)
	if n == 0 {
		return []byte{}
	}
	chunk := a.Chunk
	if chunk == 0 {
		chunk = BytesChunk
	}
	if n > chunk/8 {
		c := make([]byte, n)
		copy(c, b)
		return c
	}
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]byte, 0, chunk)
	}
	at := len(a.buf)
	a.buf = append(a.buf, b...)
	return a.buf[at : at+n : at+n]
}

// String returns a copy of b as a string.
func (a *Bytes) String(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	c := a.Copy(b)
	return unsafe.String(&c[0], len(c))
}
