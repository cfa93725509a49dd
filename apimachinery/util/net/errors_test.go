package net

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"syscall"
	"testing"
)

type timeoutErr struct{ timeout bool }

func (e timeoutErr) Error() string   { return "net op" }
func (e timeoutErr) Timeout() bool   { return e.timeout }
func (e timeoutErr) Temporary() bool { return false }

func TestErrorPredicates(t *testing.T) {
	reset := &net.OpError{Op: "read", Err: os.NewSyscallError("read", syscall.ECONNRESET)}
	refused := &net.OpError{Op: "dial", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}
	tests := []struct {
		name                             string
		err                              error
		eof, reset, refused, timeout, h2 bool
	}{
		{name: "nil"},
		{name: "EOF", err: io.EOF, eof: true},
		{name: "unexpected EOF wrapped", err: fmt.Errorf("reading: %w", io.ErrUnexpectedEOF), eof: true},
		{name: "url error EOF", err: &url.Error{Op: "Get", URL: "http://x", Err: io.EOF}, eof: true},
		{name: "broken connection", err: errors.New("http: can't write HTTP request on broken connection"), eof: true},
		{name: "goaway", err: errors.New("http2: server sent GOAWAY and closed the connection; LastStreamID=1"), eof: true},
		{name: "closed conn", err: errors.New("read tcp: Use of closed network connection"), eof: true},
		{name: "reset", err: reset, eof: true, reset: true},
		{name: "refused", err: refused, refused: true},
		{name: "timeout", err: &url.Error{Op: "Get", URL: "http://x", Err: timeoutErr{true}}, timeout: true},
		{name: "not timeout", err: timeoutErr{false}},
		{name: "h2 lost", err: errors.New("http2: client connection lost"), h2: true},
		{name: "other", err: errors.New("boom")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checks := []struct {
				pred string
				got  bool
				want bool
			}{
				{"IsProbableEOF", IsProbableEOF(tt.err), tt.eof},
				{"IsConnectionReset", IsConnectionReset(tt.err), tt.reset},
				{"IsConnectionRefused", IsConnectionRefused(tt.err), tt.refused},
				{"IsTimeout", IsTimeout(tt.err), tt.timeout},
				{"IsHTTP2ConnectionLost", IsHTTP2ConnectionLost(tt.err), tt.h2},
			}
			for _, c := range checks {
				if c.got != c.want {
					t.Errorf("%s(%v): got %t, want %t", c.pred, tt.err, c.got, c.want)
				}
			}
		})
	}
}
