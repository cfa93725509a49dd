package exec

import (
	"context"
	"net"
	"sync"
)

type dialFunc func(ctx context.Context, network, address string) (net.Conn, error)

// connTracker remembers the connections its dialers opened so that they
// can be closed when the plugin hands out a new client certificate.
type connTracker struct {
	dialer dialFunc
	mu     sync.Mutex
	conns  map[*trackedConn]struct{}
}

func newConnTracker(dial dialFunc) *connTracker {
	return &connTracker{dialer: dial, conns: map[*trackedConn]struct{}{}}
}

// dial opens a tracked connection with the tracker's own dialer.
func (t *connTracker) dial(ctx context.Context, network, address string) (net.Conn, error) {
	return t.wrap(t.dialer)(ctx, network, address)
}

// wrap returns a dialer that tracks the connections dial opens.
func (t *connTracker) wrap(dial dialFunc) dialFunc {
	return func(ctx context.Context, network, address string) (net.Conn, error) {
		conn, err := dial(ctx, network, address)
		if err != nil {
			return nil, err
		}
		tc := &trackedConn{Conn: conn, tracker: t}
		t.mu.Lock()
		t.conns[tc] = struct{}{}
		t.mu.Unlock()
		return tc, nil
	}
}

// closeAll closes every open tracked connection.
func (t *connTracker) closeAll() {
	t.mu.Lock()
	conns := t.conns
	t.conns = map[*trackedConn]struct{}{}
	t.mu.Unlock()
	for c := range conns {
		_ = c.Conn.Close()
	}
}

type trackedConn struct {
	net.Conn
	tracker *connTracker
	once    sync.Once
}

func (c *trackedConn) Close() error {
	c.once.Do(func() {
		c.tracker.mu.Lock()
		delete(c.tracker.conns, c)
		c.tracker.mu.Unlock()
	})
	return c.Conn.Close()
}
