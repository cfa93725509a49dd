package watch

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"strings"
	"sync"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// Decoder reads events from a watch stream, one per Decode call. Decode
// returns io.EOF at the clean end of the stream. Close releases the stream
// and makes a Decode in progress return.
type Decoder interface {
	// Decode returns the next event. It blocks until one is available or
	// the stream ends.
	Decode() (action EventType, object runtime.Object, err error)
	// Close closes the underlying stream.
	Close()
}

// Reporter turns an error met while reading a watch stream into the object
// of an Error event, usually a *metav1.Status.
type Reporter interface {
	// AsObject returns the object describing err.
	AsObject(err error) runtime.Object
}

// StreamWatcher is an Interface fed by a Decoder. A goroutine decodes
// events and delivers them on an unbuffered channel. When the stream ends
// cleanly (EOF, an unexpected EOF, a closed or reset connection, a timeout)
// the channel just closes; on any other decode error one Error event built
// by the Reporter is delivered first. Stop closes the decoder, abandons a
// pending delivery, and may be called more than once.
type StreamWatcher struct {
	sync.Mutex

	source   Decoder
	reporter Reporter
	result   chan Event
	done     chan struct{}
	logger   *slog.Logger
}

// NewStreamWatcher returns a running StreamWatcher reading from d and
// reporting decode errors through r. A nil r means decode errors close the
// channel without an Error event.
func NewStreamWatcher(d Decoder, r Reporter) *StreamWatcher {
	return NewStreamWatcherWithLogger(nil, d, r)
}

// NewStreamWatcherWithLogger is NewStreamWatcher that logs, at debug level,
// why the stream ended when that is not a clean EOF. A nil logger logs
// nothing.
func NewStreamWatcherWithLogger(logger *slog.Logger, d Decoder, r Reporter) *StreamWatcher {
	sw := &StreamWatcher{
		source:   d,
		reporter: r,
		result:   make(chan Event),
		done:     make(chan struct{}),
		logger:   logger,
	}
	go sw.receive()
	return sw
}

// ResultChan returns the channel of decoded events.
func (sw *StreamWatcher) ResultChan() <-chan Event {
	return sw.result
}

// Stop ends the watch and closes the decoder, once.
func (sw *StreamWatcher) Stop() {
	sw.Lock()
	defer sw.Unlock()
	select {
	case <-sw.done:
	default:
		close(sw.done)
		sw.source.Close()
	}
}

// receive decodes and delivers events until the stream ends or Stop.
func (sw *StreamWatcher) receive() {
	defer close(sw.result)
	defer sw.Stop()
	for {
		action, obj, err := sw.source.Decode()
		if err != nil {
			sw.finish(err)
			return
		}
		if !sw.send(Event{Type: action, Object: obj}) {
			return
		}
	}
}

// finish handles the error that ended the stream: silence for the clean
// endings, one Error event for anything else.
func (sw *StreamWatcher) finish(err error) {
	if sw.stopping() {
		return
	}
	if errors.Is(err, io.EOF) {
		return
	}
	if isProbableEOF(err) || isTimeout(err) {
		sw.debug("watch stream ended", "error", err)
		return
	}
	if sw.reporter == nil {
		sw.debug("watch stream decode failed, no reporter", "error", err)
		return
	}
	decodeErr := fmt.Errorf("unable to decode an event from the watch stream: %w", err)
	sw.send(Event{Type: Error, Object: sw.reporter.AsObject(decodeErr)})
}

// send delivers event unless Stop comes first; it reports whether it did.
func (sw *StreamWatcher) send(event Event) bool {
	select {
	case <-sw.done:
		return false
	case sw.result <- event:
		return true
	}
}

// stopping reports whether Stop has been called.
func (sw *StreamWatcher) stopping() bool {
	select {
	case <-sw.done:
		return true
	default:
		return false
	}
}

// debug logs msg at debug level when a logger is set.
func (sw *StreamWatcher) debug(msg string, args ...any) {
	if sw.logger != nil {
		sw.logger.Debug(msg, args...)
	}
}

// probableEOFMessages are the connection errors, matched case-insensitively
// in the message, that mean the other side went away.
var probableEOFMessages = []string{
	"http2: server sent goaway and closed the connection",
	"connection reset by peer",
	"use of closed network connection",
}

// isProbableEOF reports whether err means the stream's connection ended
// rather than that the data was bad.
func isProbableEOF(err error) bool {
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) {
		return true
	}
	msg := err.Error()
	if msg == "http: can't write HTTP request on broken connection" {
		return true
	}
	lower := strings.ToLower(msg)
	for _, m := range probableEOFMessages {
		if strings.Contains(lower, m) {
			return true
		}
	}
	return false
}

// isTimeout reports whether err is a network timeout.
func isTimeout(err error) bool {
	var nerr interface{ Timeout() bool }
	return errors.As(err, &nerr) && nerr.Timeout()
}
