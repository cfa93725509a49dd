package rest

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func TestReadBody(t *testing.T) {
	tests := []struct {
		name    string
		r       io.Reader
		length  int64
		want    string
		wantErr error
	}{
		{"unknown length", strings.NewReader("hello"), -1, "hello", nil},
		{"zero length reads all", strings.NewReader("hello"), 0, "hello", nil},
		{"exact length", strings.NewReader("hello"), 5, "hello", nil},
		{"data and EOF together", iotest.DataErrReader(strings.NewReader("hello")), 5, "hello", nil},
		{"one byte at a time", iotest.OneByteReader(strings.NewReader("hello")), 5, "hello", nil},
		{"longer than announced", strings.NewReader("hello world"), 5, "hello world", nil},
		{"shorter than announced", strings.NewReader("hel"), 5, "hel", io.ErrUnexpectedEOF},
		{"read error after the length", io.MultiReader(strings.NewReader("hello"), iotest.ErrReader(errors.New("boom"))), 5, "hello", errors.New("boom")},
		{"too large to presize", strings.NewReader("x"), maxPresizedBody + 1, "x", nil},
		{"unknown length, empty", strings.NewReader(""), -1, "", nil},
		{"unknown length, one chunk exactly", strings.NewReader(strings.Repeat("a", bodyChunkSize)), -1, strings.Repeat("a", bodyChunkSize), nil},
		{"unknown length, several chunks", iotest.HalfReader(strings.NewReader(strings.Repeat("abc", bodyChunkSize))), -1, strings.Repeat("abc", bodyChunkSize), nil},
		{"unknown length, error after two chunks", io.MultiReader(strings.NewReader(strings.Repeat("b", 2*bodyChunkSize+7)), iotest.ErrReader(errors.New("cut"))), -1, strings.Repeat("b", 2*bodyChunkSize+7), errors.New("cut")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readBody(tt.r, tt.length)
			if string(got) != tt.want {
				t.Errorf("body = %q, want %q", got, tt.want)
			}
			if (err == nil) != (tt.wantErr == nil) || (err != nil && err.Error() != tt.wantErr.Error()) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

// TestReadBodyNeverNil pins what transformUnstructuredResponseError relies
// on: the body handed to it is never nil, so it never reads resp.Body again.
func TestReadBodyNeverNil(t *testing.T) {
	tests := []struct {
		name   string
		r      io.Reader
		length int64
	}{
		{"empty, unknown length", strings.NewReader(""), -1},
		{"empty, zero length", strings.NewReader(""), 0},
		{"error at once", iotest.ErrReader(errors.New("boom")), -1},
		{"error at once, known length", iotest.ErrReader(errors.New("boom")), 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readBody(tt.r, tt.length)
			if got == nil {
				t.Errorf("readBody returned a nil slice, want a non-nil empty one")
			}
		})
	}
}
