package slab

import (
	"bytes"
	"strings"
	"testing"
	"unsafe"
)

func TestBytesCopy(t *testing.T) {
	tests := []struct {
		name      string
		chunk     int
		in        string
		wantChunk bool // the copy lands in the current chunk
	}{
		{"short value goes to the chunk", 0, "abc", true},
		{"value of chunk/8 goes to the chunk", 64, "12345678", true},
		{"longer value is allocated alone", 64, "123456789", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Bytes{Chunk: tt.chunk}
			first := a.Copy([]byte("x"))
			got := a.Copy([]byte(tt.in))
			if string(got) != tt.in || len(got) != cap(got) {
				t.Fatalf("Copy(%q) = %q cap %d, want the same bytes with cap == len", tt.in, got, cap(got))
			}
			next := unsafe.Pointer(uintptr(unsafe.Pointer(unsafe.SliceData(first))) + 1)
			if inChunk := unsafe.Pointer(unsafe.SliceData(got)) == next; inChunk != tt.wantChunk {
				t.Errorf("copy follows the previous one in the chunk: got %v, want %v", inChunk, tt.wantChunk)
			}
			_ = append(first, 'y')
			if string(got) != tt.in {
				t.Errorf("appending to the previous value changed this one to %q", got)
			}
		})
	}
}

func TestBytesCopyIsACopy(t *testing.T) {
	var a Bytes
	in := []byte("input")
	got := a.Copy(in)
	in[0] = 'X'
	if !bytes.Equal(got, []byte("input")) {
		t.Errorf("Copy shares the input: got %q after changing it", got)
	}
	if empty := a.Copy(nil); empty == nil || len(empty) != 0 {
		t.Errorf("Copy(nil) = %#v, want an empty non-nil slice", empty)
	}
}

func TestBytesString(t *testing.T) {
	var a Bytes
	tests := []string{"", "a", strings.Repeat("z", BytesChunk/8+1)}
	for _, in := range tests {
		if got := a.String([]byte(in)); got != in {
			t.Errorf("String(%q) = %q", in, got)
		}
	}
}
