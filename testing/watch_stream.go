package testing

import (
	"encoding/json"
	"io"
	"net/http"
	"sync"

	"github.com/skiff-k8s/skiff/apimachinery/watch"
)

// watchResponse streams the events of w as a watch response; closing the
// body stops w.
func watchResponse(req *http.Request, w watch.Interface, scheme ObjectScheme) *http.Response {
	if w == nil {
		w = watch.NewEmptyWatch()
	}
	pr, pw := io.Pipe()
	done := make(chan struct{})
	body := &watchBody{r: pr, w: w, done: done}
	go streamEvents(w, pw, done, req, scheme)
	return newResponse(req, http.StatusOK, body)
}

// streamEvents writes the events of w to pw until w ends, the body is
// closed or the request is cancelled.
func streamEvents(w watch.Interface, pw *io.PipeWriter, done <-chan struct{}, req *http.Request, scheme ObjectScheme) {
	defer func() { _ = pw.Close() }()
	enc := json.NewEncoder(pw)
	for {
		select {
		case <-done:
			return
		case <-req.Context().Done():
			w.Stop()
			return
		case e, ok := <-w.ResultChan():
			if !ok {
				return
			}
			ev := struct {
				Type   watch.EventType `json:"type"`
				Object any             `json:"object"`
			}{e.Type, withKind(e.Object, scheme)}
			if err := enc.Encode(ev); err != nil {
				w.Stop()
				return
			}
		}
	}
}

// watchBody is the body of a reactor's watch; Close stops the watch.
type watchBody struct {
	r    *io.PipeReader
	w    watch.Interface
	done chan struct{}
	once sync.Once
}

// Read reads the event stream.
func (b *watchBody) Read(p []byte) (int, error) { return b.r.Read(p) }

// Close stops the watch and ends the stream.
func (b *watchBody) Close() error {
	b.once.Do(func() {
		close(b.done)
		b.w.Stop()
	})
	return b.r.Close()
}
