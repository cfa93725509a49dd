package apiserver

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
)

// watchStream writes events of one watch request.
type watchStream struct {
	s       *Server
	w       http.ResponseWriter
	flusher http.Flusher
	buf     []byte
	// metaVersion, when set, sends PartialObjectMetadata of that version.
	metaVersion string
	// tableVersion, when set, sends each object as a Table of that version.
	tableVersion string
	r            *http.Request
	lo           *listOptions
	info         *requestInfo
	// left counts the events the stream may still send before a fault
	// closes it; negative means unlimited.
	left int
	// proto, when set, writes length-delimited protobuf frames.
	proto *protobufFrames
}

// send writes one frame and flushes it; false when the stream must end.
func (ws *watchStream) send(typ string, raw []byte) bool {
	if ws.left == 0 {
		return false
	}
	if ws.metaVersion != "" && typ != "ERROR" {
		raw = partialRaw(raw, ws.metaVersion)
	}
	if ws.tableVersion != "" && typ != "ERROR" && typ != "BOOKMARK" {
		raw = ws.s.buildTable(ws.r, ws.info.res, ws.tableVersion, [][]byte{raw}, listMeta{})
	}
	if ws.proto != nil {
		frame, err := ws.proto.appendFrame(ws.buf[:0], typ, raw)
		if err != nil {
			// An object without a protobuf form ends the stream with an
			// ERROR event saying so.
			st, _ := json.Marshal(statusOf(apierrors.NewInternalError(fmt.Errorf("encoding a watch event in protobuf: %w", err))))
			if frame, err = ws.proto.appendFrame(ws.buf[:0], "ERROR", st); err == nil {
				_, _ = ws.w.Write(frame)
			}
			return false
		}
		ws.buf = frame
	} else {
		ws.buf = append(ws.buf[:0], `{"type":"`...)
		ws.buf = append(ws.buf, typ...)
		ws.buf = append(ws.buf, `","object":`...)
		ws.buf = append(ws.buf, raw...)
		ws.buf = append(ws.buf, "}\n"...)
	}
	if _, err := ws.w.Write(ws.buf); err != nil {
		return false
	}
	if ws.flusher != nil {
		ws.flusher.Flush()
	}
	if ws.left > 0 {
		ws.left--
	}
	return true
}

// sendError writes an ERROR event carrying the Status for err.
func (ws *watchStream) sendError(err error) {
	raw, _ := json.Marshal(statusOf(err))
	ws.send("ERROR", raw)
}

// bookmark writes a BOOKMARK at rv, marking the end of the initial events
// when initialEnd is set.
func (ws *watchStream) bookmark(rv uint64, initialEnd bool) bool {
	md := map[string]any{"resourceVersion": strconv.FormatUint(rv, 10), "creationTimestamp": nil}
	if initialEnd {
		md["annotations"] = map[string]any{"k8s.io/initial-events-end": "true"}
	}
	raw, _ := json.Marshal(map[string]any{"kind": ws.info.res.Kind, "apiVersion": ws.info.res.apiVersion(), "metadata": md})
	return ws.send("BOOKMARK", raw)
}

// handleWatch serves a watch: optional initial events, then the history
// after the start resourceVersion, filtered by namespace and selectors.
func (s *Server) handleWatch(w http.ResponseWriter, r *http.Request, info *requestInfo) error {
	lo, err := s.parseListOptions(r, info.res)
	if err != nil {
		return err
	}
	rv, err := parseRV(lo.rv)
	if err != nil {
		return err
	}
	ws := &watchStream{s: s, w: w, lo: lo, info: info, left: -1}
	ws.flusher, _ = w.(http.Flusher)
	ws.metaVersion, _ = wantsMetadata(r)
	ws.tableVersion, _ = wantsTable(r)
	ws.r = r
	closeAfter, gone, cut := s.watchFaults(r)
	if closeAfter >= 0 {
		ws.left = closeAfter
		if cut {
			defer abortConnection()
		}
	}
	w.Header().Set("Content-Type", mediaJSON)
	if media, _ := negotiate(r); media == mediaProtobuf && !info.res.custom && ws.metaVersion == "" && ws.tableVersion == "" {
		ws.proto = newProtobufFrames(s)
		w.Header().Set("Content-Type", protobufWatch)
	}
	w.Header().Set("Transfer-Encoding", "chunked")
	w.WriteHeader(http.StatusOK)
	if ws.flusher != nil {
		ws.flusher.Flush()
	}
	if gone {
		ws.sendError(apierrors.NewResourceExpired("too old resource version: " + lo.rv + " (" + strconv.FormatUint(s.ResourceVersion(), 10) + ")"))
		return nil
	}
	initial := (lo.rv == "" || lo.rv == "0") && (lo.sendInitialEvents == nil || *lo.sendInitialEvents)
	if lo.sendInitialEvents != nil && *lo.sendInitialEvents {
		initial = true
	}
	cursor := rv
	if initial {
		if cursor, err = ws.sendInitial(); err != nil {
			return nil
		}
	} else if lo.rv == "" || lo.rv == "0" {
		cursor = s.ResourceVersion()
	}
	ws.follow(r, cursor)
	return nil
}

// sendInitial sends a synthetic ADDED for every matching object and, for a
// watch-list, the initial-events-end bookmark. It returns the snapshot's
// resourceVersion.
func (ws *watchStream) sendInitial() (uint64, error) {
	items, rv, err := ws.s.store.snapshot(ws.info.res.GVR, prefixOf(ws.info.namespace), 0)
	if err != nil {
		return 0, err
	}
	for _, it := range items {
		if ws.info.name != "" && it.key != objectKey(ws.info.namespace, ws.info.name) {
			continue
		}
		if ws.lo.matches(it.obj.m) && !ws.send(eventAdded, it.obj.raw) {
			return 0, errStreamClosed
		}
	}
	if ws.lo.sendInitialEvents != nil && *ws.lo.sendInitialEvents && ws.lo.allowBookmarks && !ws.bookmark(rv, true) {
		return 0, errStreamClosed
	}
	return rv, nil
}

// errStreamClosed stops a watch whose stream ended.
var errStreamClosed = apierrors.NewInternalError(errClosed{})

// errClosed is the cause of errStreamClosed.
type errClosed struct{}

// Error says the stream closed.
func (errClosed) Error() string { return "watch stream closed" }

// follow streams the history after cursor until the client leaves, the
// timeout passes, the server stops or a fault ends the stream.
func (ws *watchStream) follow(r *http.Request, cursor uint64) {
	var timeout <-chan time.Time
	if ws.lo.timeoutSeconds > 0 {
		t := time.NewTimer(time.Duration(ws.lo.timeoutSeconds) * time.Second)
		defer t.Stop()
		timeout = t.C
	}
	var tick <-chan time.Time
	if ws.lo.allowBookmarks {
		tk := time.NewTicker(ws.s.opts.BookmarkInterval)
		defer tk.Stop()
		tick = tk.C
	}
	for {
		evs, wake, gone := ws.s.store.eventsAfter(cursor)
		if gone {
			_, compacted := ws.s.store.current()
			ws.sendError(apierrors.NewResourceExpired("too old resource version: " +
				strconv.FormatUint(cursor, 10) + " (" + strconv.FormatUint(compacted+1, 10) + ")"))
			return
		}
		for _, ev := range evs {
			if !ws.deliver(ev) {
				return
			}
			cursor = ev.rv
		}
		select {
		case <-wake:
		case <-r.Context().Done():
			return
		case <-ws.s.stopped():
			return
		case <-timeout:
			return
		case <-tick:
			if !ws.bookmark(cursor, false) {
				return
			}
		}
	}
}

// deliver sends ev if it concerns the watch, turning selector transitions
// into ADDED and DELETED like the real server.
func (ws *watchStream) deliver(ev event) bool {
	if ev.gvr != ws.info.res.GVR || !hasPrefix(ev.key, prefixOf(ws.info.namespace)) {
		return true
	}
	if ws.info.name != "" && ev.key != objectKey(ws.info.namespace, ws.info.name) {
		return true
	}
	switch ev.typ {
	case eventAdded:
		if ws.lo.matches(ev.obj.m) {
			return ws.send(eventAdded, ev.obj.raw)
		}
	case eventDeleted:
		if ws.lo.matches(ev.obj.m) {
			return ws.send(eventDeleted, ev.obj.raw)
		}
	case eventModified:
		now, before := ws.lo.matches(ev.obj.m), ws.lo.matches(ev.prev.m)
		switch {
		case now && before:
			return ws.send(eventModified, ev.obj.raw)
		case now:
			return ws.send(eventAdded, ev.obj.raw)
		case before:
			return ws.send(eventDeleted, withRV(ev.prev, ev.rv))
		}
	}
	return true
}

// withRV returns the encoding of o with its resourceVersion set to rv.
func withRV(o *object, rv uint64) []byte {
	m := copyMap(o.m)
	setMeta(m, "resourceVersion", strconv.FormatUint(rv, 10))
	raw, err := json.Marshal(m)
	if err != nil {
		return o.raw
	}
	return raw
}

// abortConnection cuts the connection of the current request, as a
// network failure would.
func abortConnection() {
	panic(http.ErrAbortHandler)
}
