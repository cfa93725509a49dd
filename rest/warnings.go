package rest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"sync"

	utilnet "github.com/skiff-k8s/skiff/apimachinery/util/net"
)

// warningCode is the warn-code the API server uses for its warnings.
const warningCode = 299

// WarningHandler is told about each Warning header of a response.
type WarningHandler interface {
	// HandleWarningHeader is called with each warning's code, agent and
	// text. Implementations must be safe for concurrent use.
	HandleWarningHeader(code int, agent string, text string)
}

// WarningHandlerWithContext is WarningHandler receiving the request's
// context.
type WarningHandlerWithContext interface {
	// HandleWarningHeaderWithContext is called with each warning's code,
	// agent and text. Implementations must be safe for concurrent use.
	HandleWarningHeaderWithContext(ctx context.Context, code int, agent string, text string)
}

var (
	defaultWarningHandlerMu sync.RWMutex
	defaultWarningHandler   WarningHandlerWithContext = &dedupLogger{seen: map[string]bool{}}
)

// SetDefaultWarningHandler sets the handler of clients whose Config names
// none. The initial default logs each distinct code-299 warning once via
// log/slog. NoWarnings{} silences warnings.
func SetDefaultWarningHandler(l WarningHandler) {
	SetDefaultWarningHandlerWithContext(warningHandlerNoContext{l})
}

// SetDefaultWarningHandlerWithContext is SetDefaultWarningHandler for a
// context-aware handler.
func SetDefaultWarningHandlerWithContext(l WarningHandlerWithContext) {
	defaultWarningHandlerMu.Lock()
	defer defaultWarningHandlerMu.Unlock()
	defaultWarningHandler = l
}

// getDefaultWarningHandler returns the process-wide default handler.
func getDefaultWarningHandler() WarningHandlerWithContext {
	defaultWarningHandlerMu.RLock()
	defer defaultWarningHandlerMu.RUnlock()
	return defaultWarningHandler
}

// warningHandlerNoContext adapts a WarningHandler; a nil one drops
// warnings.
type warningHandlerNoContext struct{ WarningHandler }

func (w warningHandlerNoContext) HandleWarningHeaderWithContext(_ context.Context, code int, agent, text string) {
	if w.WarningHandler != nil {
		w.HandleWarningHeader(code, agent, text)
	}
}

// NoWarnings drops every warning.
type NoWarnings struct{}

// HandleWarningHeader does nothing.
func (NoWarnings) HandleWarningHeader(code int, agent string, message string) {}

// HandleWarningHeaderWithContext does nothing.
func (NoWarnings) HandleWarningHeaderWithContext(ctx context.Context, code int, agent string, message string) {
}

// WarningLogger logs every code-299 warning with text at warn level via
// the default slog logger.
type WarningLogger struct{}

// HandleWarningHeader logs a code-299 warning with non-empty text.
func (WarningLogger) HandleWarningHeader(code int, agent string, message string) {
	WarningLogger{}.HandleWarningHeaderWithContext(context.Background(), code, agent, message)
}

// HandleWarningHeaderWithContext logs a code-299 warning with non-empty
// text.
func (WarningLogger) HandleWarningHeaderWithContext(ctx context.Context, code int, agent string, message string) {
	if code != warningCode || len(message) == 0 {
		return
	}
	slog.Default().WarnContext(ctx, message, "agent", agent)
}

// dedupLogger is the default handler: WarningLogger logging each distinct
// message once.
type dedupLogger struct {
	mu   sync.Mutex
	seen map[string]bool
}

func (d *dedupLogger) HandleWarningHeaderWithContext(ctx context.Context, code int, agent string, message string) {
	if code != warningCode || len(message) == 0 {
		return
	}
	d.mu.Lock()
	seen := d.seen[message]
	d.seen[message] = true
	d.mu.Unlock()
	if !seen {
		WarningLogger{}.HandleWarningHeaderWithContext(ctx, code, agent, message)
	}
}

// WarningWriterOptions configures NewWarningWriter.
type WarningWriterOptions struct {
	// Deduplicate writes each distinct message once.
	Deduplicate bool
	// Color writes the "Warning:" prefix in bold yellow.
	Color bool
}

// warningWriter writes code-299 warnings to a writer.
type warningWriter struct {
	mu      sync.Mutex
	out     io.Writer
	opts    WarningWriterOptions
	written map[string]struct{}
	count   int
}

// NewWarningWriter returns a handler writing each code-299 warning as
// "Warning: <text>" on its own line to out.
func NewWarningWriter(out io.Writer, opts WarningWriterOptions) *warningWriter {
	w := &warningWriter{out: out, opts: opts}
	if opts.Deduplicate {
		w.written = map[string]struct{}{}
	}
	return w
}

// HandleWarningHeader writes a code-299 warning with non-empty text.
func (w *warningWriter) HandleWarningHeader(code int, agent string, message string) {
	if code != warningCode || len(message) == 0 {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.opts.Deduplicate {
		if _, done := w.written[message]; done {
			return
		}
		w.written[message] = struct{}{}
	}
	w.count++
	if w.opts.Color {
		fmt.Fprintf(w.out, "\u001b[33;1mWarning:\u001b[0m %v\n", message)
	} else {
		fmt.Fprintf(w.out, "Warning: %v\n", message)
	}
}

// HandleWarningHeaderWithContext is HandleWarningHeader.
func (w *warningWriter) HandleWarningHeaderWithContext(_ context.Context, code int, agent string, message string) {
	w.HandleWarningHeader(code, agent, message)
}

// WarningCount returns how many warnings were written.
func (w *warningWriter) WarningCount() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.count
}

// handleWarnings parses the Warning headers and hands each warning to
// handler (the default handler when nil); it returns the parsed warnings.
func handleWarnings(ctx context.Context, headers http.Header, handler WarningHandlerWithContext) []utilnet.WarningHeader {
	values := headers.Values("Warning")
	if len(values) == 0 {
		return nil
	}
	if handler == nil {
		handler = getDefaultWarningHandler()
	}
	warnings, _ := utilnet.ParseWarningHeaders(values)
	for _, w := range warnings {
		handler.HandleWarningHeaderWithContext(ctx, w.Code, w.Agent, w.Text)
	}
	return warnings
}
