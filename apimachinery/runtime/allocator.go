package runtime

import "bytes"

// Allocator hands out one buffer that it grows on demand and reuses. It is
// not safe for concurrent use.
type Allocator struct {
	buf []byte
}

var _ MemoryAllocator = &Allocator{}

// Allocate returns a slice of length n backed by the reused buffer. Its
// content is unspecified; it is valid until the next Allocate.
func (a *Allocator) Allocate(n uint64) []byte {
	if uint64(cap(a.buf)) >= n {
		a.buf = a.buf[:n]
		return a.buf
	}
	// Grow by 25% more than asked, to absorb the next slightly larger object.
	a.buf = make([]byte, n, n+n/4)
	return a.buf
}

// SimpleAllocator allocates a new slice on every call.
type SimpleAllocator struct{}

var _ MemoryAllocator = &SimpleAllocator{}

// Allocate returns a new zeroed slice of length n.
func (sa *SimpleAllocator) Allocate(n uint64) []byte {
	return make([]byte, n)
}

// Splice is a buffer that can take a byte slice without copying it.
type Splice interface {
	// Splice makes b the buffer's content, replacing what was there.
	Splice([]byte)
	// Write appends p to the content.
	Write(p []byte) (n int, err error)
	// Reset empties the buffer.
	Reset()
	// Bytes returns the content.
	Bytes() []byte
}

// NewSpliceBuffer returns an empty Splice.
func NewSpliceBuffer() Splice {
	return &spliceBuffer{}
}

type spliceBuffer struct {
	raw []byte
	buf *bytes.Buffer
}

func (sb *spliceBuffer) Splice(raw []byte) {
	sb.raw = raw
	if sb.buf != nil {
		sb.buf.Reset()
	}
}

func (sb *spliceBuffer) Write(p []byte) (int, error) {
	if sb.buf == nil {
		sb.buf = &bytes.Buffer{}
	}
	if sb.raw != nil {
		sb.buf.Write(sb.raw)
		sb.raw = nil
	}
	return sb.buf.Write(p)
}

func (sb *spliceBuffer) Reset() {
	sb.raw = nil
	if sb.buf != nil {
		sb.buf.Reset()
	}
}

func (sb *spliceBuffer) Bytes() []byte {
	if sb.raw != nil {
		return sb.raw
	}
	if sb.buf == nil {
		return nil
	}
	return sb.buf.Bytes()
}
