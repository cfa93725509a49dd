package apiserver

import (
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

// Fault describes a failure the server injects into matching requests.
// Match fields select requests; effect fields say what happens. A Fault
// with Times > 0 applies to that many matching requests, then disappears.
type Fault struct {
	// Method matches the HTTP method; "" matches every method.
	Method string
	// PathPrefix matches the URL path prefix; "" matches every path.
	PathPrefix string
	// Query, when set, must appear in the raw query (e.g. "watch=true").
	Query string
	// Times is how many matching requests the fault applies to; 0 means
	// every matching request until the fault is removed.
	Times int

	// Delay holds the request this long before answering (or failing).
	Delay time.Duration
	// Status answers with this HTTP status and a matching Status body:
	// 429 TooManyRequests, 500 InternalError, 503 ServiceUnavailable,
	// 504 Timeout, or any other code.
	Status int
	// RetryAfter sets the Retry-After header (seconds) with Status.
	RetryAfter int
	// Message overrides the Status message.
	Message string
	// CutBody answers 200 with a truncated body and cuts the connection.
	CutBody bool
	// CloseWatchAfter ends a matching watch after that many events; with
	// CutBody the connection is cut instead of the stream ending cleanly.
	CloseWatchAfter int
	// WatchGone makes a matching watch send a 410 Expired ERROR event and
	// end.
	WatchGone bool
}

// isWatchFault says whether f acts on watch streams only.
func (f *Fault) isWatchFault() bool {
	return f.CloseWatchAfter > 0 || f.WatchGone
}

// matches says whether f selects r.
func (f *Fault) matches(r *http.Request) bool {
	if f.Method != "" && !strings.EqualFold(f.Method, r.Method) {
		return false
	}
	if f.PathPrefix != "" && !strings.HasPrefix(r.URL.Path, f.PathPrefix) {
		return false
	}
	return f.Query == "" || strings.Contains(r.URL.RawQuery, f.Query)
}

// faultTable holds the injected faults.
type faultTable struct {
	mu     sync.Mutex
	faults []*Fault
}

// newFaultTable returns an empty table.
func newFaultTable() *faultTable { return &faultTable{} }

// take returns the first fault of the wanted kind matching r, consuming
// one of its Times.
func (ft *faultTable) take(r *http.Request, watch bool) *Fault {
	ft.mu.Lock()
	defer ft.mu.Unlock()
	for i, f := range ft.faults {
		if f.isWatchFault() != watch || !f.matches(r) {
			continue
		}
		if f.Times > 0 {
			f.Times--
			if f.Times == 0 {
				ft.faults = append(ft.faults[:i:i], ft.faults[i+1:]...)
			}
		}
		return f
	}
	return nil
}

// InjectFault adds a fault; the returned function removes it.
func (s *Server) InjectFault(f Fault) (remove func()) {
	fp := &f
	s.faults.mu.Lock()
	s.faults.faults = append(s.faults.faults, fp)
	s.faults.mu.Unlock()
	return func() {
		s.faults.mu.Lock()
		defer s.faults.mu.Unlock()
		for i, e := range s.faults.faults {
			if e == fp {
				s.faults.faults = append(s.faults.faults[:i:i], s.faults.faults[i+1:]...)
				return
			}
		}
	}
}

// ClearFaults removes every injected fault.
func (s *Server) ClearFaults() {
	s.faults.mu.Lock()
	s.faults.faults = nil
	s.faults.mu.Unlock()
}

// applyFaults runs the request faults; true when the request is answered.
func (s *Server) applyFaults(w http.ResponseWriter, r *http.Request) bool {
	f := s.faults.take(r, false)
	if f == nil {
		return false
	}
	if f.Delay > 0 {
		t := time.NewTimer(f.Delay)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return true
		}
	}
	switch {
	case f.CutBody:
		w.Header().Set("Content-Type", mediaJSON)
		w.Header().Set("Content-Length", "4096")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte(`{"kind":"Status","apiVersion":"v1","metadata":{},"sta`))
		if fl, ok := w.(http.Flusher); ok {
			fl.Flush()
		}
		panic(http.ErrAbortHandler)
	case f.Status != 0:
		s.writeError(w, r, faultError(f))
		return true
	}
	return false
}

// faultError is the Status error a fault answers with.
func faultError(f *Fault) error {
	msg := f.Message
	var err *apierrors.StatusError
	switch f.Status {
	case http.StatusTooManyRequests:
		if msg == "" {
			msg = "Too many requests, please try again later."
		}
		err = apierrors.NewTooManyRequests(msg, f.RetryAfter)
	case http.StatusServiceUnavailable:
		if msg == "" {
			msg = "the server is currently unable to handle the request"
		}
		err = apierrors.NewServiceUnavailable(msg)
	case http.StatusGatewayTimeout:
		if msg == "" {
			msg = "the server was unable to return a response in the time allotted"
		}
		err = apierrors.NewTimeoutError(msg, f.RetryAfter)
	default:
		if msg == "" {
			msg = "injected fault: " + strconv.Itoa(f.Status)
		}
		err = &apierrors.StatusError{ErrStatus: metav1.Status{Status: metav1.StatusFailure, Code: int32(f.Status),
			Reason: reasonForCode(f.Status), Message: msg}}
	}
	if f.RetryAfter > 0 {
		if err.ErrStatus.Details == nil {
			err.ErrStatus.Details = &metav1.StatusDetails{}
		}
		err.ErrStatus.Details.RetryAfterSeconds = int32(f.RetryAfter)
	}
	return err
}

// reasonForCode is the Status reason the real server uses for code.
func reasonForCode(code int) metav1.StatusReason {
	switch code {
	case http.StatusInternalServerError:
		return metav1.StatusReasonInternalError
	case http.StatusConflict:
		return metav1.StatusReasonConflict
	case http.StatusGone:
		return metav1.StatusReasonGone
	case http.StatusNotFound:
		return metav1.StatusReasonNotFound
	case http.StatusForbidden:
		return metav1.StatusReasonForbidden
	case http.StatusUnauthorized:
		return metav1.StatusReasonUnauthorized
	}
	return metav1.StatusReasonUnknown
}

// watchFaults returns, for a watch, after how many events it must close
// (-1 for never), whether it must answer 410 at once and whether the close
// cuts the connection.
func (s *Server) watchFaults(r *http.Request) (closeAfter int, gone, cut bool) {
	f := s.faults.take(r, true)
	if f == nil {
		return -1, false, false
	}
	if f.WatchGone {
		return -1, true, false
	}
	return f.CloseWatchAfter, false, f.CutBody
}
