package rest

import (
	"bufio"
	"context"
	"net/http"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWatchConnectionCutMidEvent drops the TCP connection in the middle
// of the second event: the first event arrives, the half event is not
// reported, and the channel closes without an error event.
func TestWatchConnectionCutMidEvent(t *testing.T) {
	for _, tt := range []struct {
		name string
		tail string // what follows the first event before the cut
	}{
		{"inside the object", modifiedA[:len(modifiedA)/2]},
		{"inside the type", `{"type":"MOD`},
		{"between events", "\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				conn, buf, err := w.(http.Hijacker).Hijack()
				if err != nil {
					t.Errorf("hijack: %v", err)
					return
				}
				defer conn.Close()
				writeChunked(buf, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
					addedA+"\n"+tt.tail)
			}))
			w, err := c.Get().Resource("pods").Param("watch", "true").Watch(context.Background())
			require.NoError(t, err)
			var got []string
			for _, ev := range collect(t, w) {
				got = append(got, eventSummary(ev))
			}
			assert.Equal(t, []string{"ADDED a@1"}, got)
		})
	}
}

// writeChunked writes a raw response head and one chunk of body, without
// the terminating chunk, as a server does when it dies mid-stream.
func writeChunked(buf *bufio.ReadWriter, head, body string) {
	_, _ = buf.WriteString(head)
	_, _ = buf.WriteString(strconv.FormatInt(int64(len(body)), 16) + "\r\n" + body + "\r\n")
	_ = buf.Flush()
}
