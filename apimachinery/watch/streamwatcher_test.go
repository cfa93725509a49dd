package watch

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// decodeResult is one answer of fakeDecoder.Decode.
type decodeResult struct {
	typ EventType
	obj runtime.Object
	err error
}

// fakeDecoder answers Decode from a queue; when the queue is empty it blocks
// until Close, then returns a closed-connection error.
type fakeDecoder struct {
	items     chan decodeResult
	closed    chan struct{}
	closeOnce sync.Once
	closes    atomic.Int32
}

func newFakeDecoder(items ...decodeResult) *fakeDecoder {
	d := &fakeDecoder{items: make(chan decodeResult, len(items)), closed: make(chan struct{})}
	for _, it := range items {
		d.items <- it
	}
	return d
}

func (d *fakeDecoder) Decode() (EventType, runtime.Object, error) {
	select {
	case it := <-d.items:
		return it.typ, it.obj, it.err
	default:
	}
	<-d.closed
	return "", nil, net.ErrClosed
}

func (d *fakeDecoder) Close() {
	d.closes.Add(1)
	d.closeOnce.Do(func() { close(d.closed) })
}

// nameReporter reports an error as a testObject named by the message.
type nameReporter struct{}

func (nameReporter) AsObject(err error) runtime.Object { return obj(err.Error()) }

// timeoutError is a net.Error that timed out.
type timeoutError struct{}

func (timeoutError) Error() string   { return "i/o timeout" }
func (timeoutError) Timeout() bool   { return true }
func (timeoutError) Temporary() bool { return true }

func TestStreamWatcherEndings(t *testing.T) {
	a := decodeResult{typ: Added, obj: obj("a")}
	b := decodeResult{typ: Modified, obj: obj("b")}
	tests := []struct {
		name     string
		end      error
		reporter Reporter
		want     []string
	}{
		{"clean EOF", io.EOF, nameReporter{}, []string{"ADDED a", "MODIFIED b"}},
		{"wrapped EOF", fmt.Errorf("read body: %w", io.EOF), nameReporter{}, []string{"ADDED a", "MODIFIED b"}},
		{"unexpected EOF", io.ErrUnexpectedEOF, nameReporter{}, []string{"ADDED a", "MODIFIED b"}},
		{"closed connection", errors.New("read tcp: use of closed network connection"), nameReporter{}, []string{"ADDED a", "MODIFIED b"}},
		{"reset by peer in url.Error", &url.Error{Op: "Get", URL: "https://x", Err: errors.New("read: Connection Reset By Peer")}, nameReporter{}, []string{"ADDED a", "MODIFIED b"}},
		{"GOAWAY", errors.New("http2: server sent GOAWAY and closed the connection; LastStreamID=1"), nameReporter{}, []string{"ADDED a", "MODIFIED b"}},
		{"broken connection", errors.New("http: can't write HTTP request on broken connection"), nameReporter{}, []string{"ADDED a", "MODIFIED b"}},
		{"timeout", &net.OpError{Op: "read", Err: timeoutError{}}, nameReporter{}, []string{"ADDED a", "MODIFIED b"}},
		{"deadline", os.ErrDeadlineExceeded, nameReporter{}, []string{"ADDED a", "MODIFIED b"}},
		{"decode error", errors.New("invalid character 'x'"), nameReporter{},
			[]string{"ADDED a", "MODIFIED b", "ERROR unable to decode an event from the watch stream: invalid character 'x'"}},
		{"decode error without reporter", errors.New("bad"), nil, []string{"ADDED a", "MODIFIED b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNoGoroutineLeak(t)
			d := newFakeDecoder(a, b, decodeResult{err: tt.end})
			sw := NewStreamWatcher(d, tt.reporter)
			assert.Equal(t, tt.want, summary(collect(t, sw.ResultChan())))
			assert.Equal(t, int32(1), d.closes.Load(), "decoder closes")
			sw.Stop()
			assert.Equal(t, int32(1), d.closes.Load(), "decoder closes after a second Stop")
		})
	}
}

func TestStreamWatcherStop(t *testing.T) {
	tests := []struct {
		name string
		// read is how many events the consumer takes before Stop.
		read int
	}{
		{"stop while waiting for data", 2},
		{"stop with a send pending", 1},
		{"stop before reading", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNoGoroutineLeak(t)
			d := newFakeDecoder(decodeResult{typ: Added, obj: obj("a")}, decodeResult{typ: Added, obj: obj("b")})
			sw := NewStreamWatcherWithLogger(nil, d, nameReporter{})
			for i := 0; i < tt.read; i++ {
				receive(t, sw.ResultChan())
			}
			sw.Stop()
			sw.Stop()
			for _, e := range collect(t, sw.ResultChan()) {
				if e.Type == Error {
					t.Errorf("got an Error event after Stop: %v", nameOf(e.Object))
				}
			}
			assert.Equal(t, int32(1), d.closes.Load(), "decoder closes")
		})
	}
}
