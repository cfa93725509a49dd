package net

import (
	"errors"
	"io"
	"net"
	"net/url"
	"strings"
	"syscall"
)

// IsProbableEOF reports whether err most likely means the peer closed the
// connection: io.EOF, io.ErrUnexpectedEOF, a reset, a closed network
// connection, a broken-connection write or an HTTP/2 GOAWAY. A *url.Error
// is looked through.
func IsProbableEOF(err error) bool {
	if err == nil {
		return false
	}
	var uerr *url.Error
	if errors.As(err, &uerr) && uerr.Err != nil {
		err = uerr.Err
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return true
	}
	msg := err.Error()
	switch {
	case msg == "http: can't write HTTP request on broken connection":
		return true
	case strings.Contains(msg, "http2: server sent GOAWAY and closed the connection"):
		return true
	case strings.Contains(msg, "connection reset by peer"):
		return true
	case strings.Contains(strings.ToLower(msg), "use of closed network connection"):
		return true
	}
	return false
}

// IsConnectionReset reports whether err wraps ECONNRESET.
func IsConnectionReset(err error) bool {
	var errno syscall.Errno
	return errors.As(err, &errno) && errno == syscall.ECONNRESET
}

// IsConnectionRefused reports whether err wraps ECONNREFUSED.
func IsConnectionRefused(err error) bool {
	var errno syscall.Errno
	return errors.As(err, &errno) && errno == syscall.ECONNREFUSED
}

// IsTimeout reports whether err wraps a net.Error that timed out.
func IsTimeout(err error) bool {
	var neterr net.Error
	return errors.As(err, &neterr) && neterr != nil && neterr.Timeout()
}

// IsHTTP2ConnectionLost reports whether err says the HTTP/2 connection was
// lost, as the health check (ReadIdleTimeout/PingTimeout) reports it.
func IsHTTP2ConnectionLost(err error) bool {
	return err != nil && strings.Contains(err.Error(), "http2: client connection lost")
}
