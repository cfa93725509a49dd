package conformance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/skiff-k8s/skiff/rest"
)

// Request is one HTTP request of a row. Path, Query and Body may hold
// placeholders: {ns} (the row's namespace), {rv} and {uid} (from the last
// setup response), {rvN} and {uidN} (from setup response N, 1-based) and
// {continue} (metadata.continue of the last setup response).
type Request struct {
	// Method is the HTTP method.
	Method string
	// Path is the URL path.
	Path string
	// Query is the raw query, without "?".
	Query string
	// ContentType defaults to application/json when Body is set.
	ContentType string
	// Accept defaults to application/json.
	Accept string
	// Body is the request body.
	Body string
	// Eventually retries the request for up to 10 s until it succeeds (a
	// CRD becoming established on a real server).
	Eventually bool
}

// userAgent is the User-Agent of every request; a write without
// ?fieldManager= is recorded under the part before its first "/".
const userAgent = "skiff-conformance/v0 (rows)"

// Check is one assertion on a response. Path addresses the decoded JSON
// body with dot-separated keys and indexes ("items.0.metadata.name"); a key
// with dots goes in brackets ("annotations[k8s.io/x]"); a trailing "#"
// means the length of a list or map. "@body" is the raw body and
// "@header.Name" a response header. A watch response is decoded as
// {"events": [ {type, object}, ... ]}.
//
// Want is the expected value; "*" means present and not empty, "!" means
// absent, a leading "~" means "contains" and a leading "!=" means "differs
// from".
type Check struct {
	Path string
	Want string
}

// Row is one conformance case: setup requests, then the request under test
// with the status code, reason and fields the real server answers.
type Row struct {
	// Name names the row (unique).
	Name string
	// Setup runs first, each expected to succeed.
	Setup []Request
	// Request is the request under test.
	Request
	// WantCode is the expected HTTP status code.
	WantCode int
	// WantReason, when set, is the expected Status reason.
	WantReason string
	// Checks are assertions on the response.
	Checks []Check
	// Cleanup runs after the row, errors ignored (cluster-scoped objects).
	Cleanup []Request
}

// Rows returns every row of the table.
func Rows() []Row {
	var rows []Row
	for _, group := range [][]Row{crudRows(), defaultRows(), subresourceRows(), listRows(), watchRows(), patchRows(), applyRows(), managedRows(), contentRows(), protobufRows(), discoveryRows(), crdRows(), virtualRows()} {
		rows = append(rows, group...)
	}
	return rows
}

// Option changes how Run runs the table.
type Option func(*options)

// options are the settings Options change.
type options struct {
	skip map[string]string
}

// Skip skips the named rows, giving reason in the test log.
func Skip(reason string, names ...string) Option {
	return func(o *options) {
		for _, n := range names {
			o.skip[n] = reason
		}
	}
}

// Run runs every row against the server cfg points at, each row in a new
// namespace (with its "default" ServiceAccount, which pods need on a real
// server). Rows run in parallel.
func Run(t *testing.T, cfg *rest.Config, opts ...Option) {
	t.Helper()
	client, err := rest.HTTPClientFor(cfg)
	if err != nil {
		t.Fatalf("conformance: client for %s: %v", cfg.Host, err)
	}
	r := &runner{base: strings.TrimSuffix(cfg.Host, "/"), client: client}
	o := &options{skip: map[string]string{}}
	for _, opt := range opts {
		opt(o)
	}
	seen := map[string]bool{}
	for _, row := range Rows() {
		if seen[row.Name] {
			t.Fatalf("conformance: duplicate row name %q", row.Name)
		}
		seen[row.Name] = true
		t.Run(row.Name, func(t *testing.T) {
			if reason, ok := o.skip[row.Name]; ok {
				t.Skip(reason)
			}
			t.Parallel()
			r.runRow(t, row)
		})
	}
}

// runner sends the requests of the rows.
type runner struct {
	base   string
	client *http.Client
}

// response is a decoded answer.
type response struct {
	code   int
	header http.Header
	body   []byte
	doc    any
}

// runRow runs one row.
func (r *runner) runRow(t *testing.T, row Row) {
	vars := map[string]string{}
	ns := r.newNamespace(t)
	vars["ns"] = ns
	t.Cleanup(func() {
		for _, c := range row.Cleanup {
			_, _ = r.do(c, vars)
		}
		_, _ = r.do(Request{Method: http.MethodDelete, Path: "/api/v1/namespaces/" + ns}, vars)
	})
	for i, step := range row.Setup {
		resp, err := r.doStep(step, vars)
		if err != nil {
			t.Fatalf("setup %d (%s %s): %v", i+1, step.Method, step.Path, err)
		}
		if resp.code >= 300 {
			t.Fatalf("setup %d (%s %s): got %d %s, want success", i+1, step.Method, step.Path, resp.code, resp.body)
		}
		recordVars(vars, i+1, resp)
	}
	resp, err := r.do(row.Request, vars)
	if err != nil {
		t.Fatalf("%s %s: %v", row.Method, row.Path, err)
	}
	if resp.code != row.WantCode {
		t.Fatalf("%s %s: got code %d, want %d; body %s", row.Method, expand(row.Path, vars), resp.code, row.WantCode, resp.body)
	}
	if row.WantReason != "" {
		if got := lookup(resp, "reason"); got != row.WantReason {
			t.Errorf("reason: got %q, want %q; body %s", got, row.WantReason, resp.body)
		}
	}
	for _, c := range row.Checks {
		want := expand(c.Want, vars)
		if msg, ok := check(resp, c.Path, want); !ok {
			t.Errorf("%s: %s; body %s", c.Path, msg, truncate(resp.body))
		}
	}
}

// truncate shortens a body for messages.
func truncate(b []byte) string {
	if len(b) > 2000 {
		return string(b[:2000]) + "..."
	}
	return string(b)
}

// newNamespace creates the row's namespace and its default ServiceAccount.
func (r *runner) newNamespace(t *testing.T) string {
	t.Helper()
	resp, err := r.do(Request{Method: http.MethodPost, Path: "/api/v1/namespaces",
		Body: `{"metadata":{"generateName":"conformance-"}}`}, nil)
	if err != nil || resp.code != http.StatusCreated {
		t.Fatalf("create namespace: %v %v", err, resp)
	}
	ns := lookup(resp, "metadata.name")
	sa, err := r.do(Request{Method: http.MethodPost, Path: "/api/v1/namespaces/" + ns + "/serviceaccounts",
		Body: `{"metadata":{"name":"default"}}`}, nil)
	if err != nil || (sa.code != http.StatusCreated && sa.code != http.StatusConflict) {
		t.Fatalf("create default ServiceAccount: %v %v", err, sa)
	}
	return ns
}

// recordVars keeps the placeholders a setup response defines.
func recordVars(vars map[string]string, n int, resp *response) {
	for _, k := range []string{"rv", "uid"} {
		path := "metadata.resourceVersion"
		if k == "uid" {
			path = "metadata.uid"
		}
		v := lookup(resp, path)
		vars[k] = v
		vars[k+strconv.Itoa(n)] = v
	}
	if c := lookup(resp, "metadata.continue"); c != "" {
		vars["continue"] = c
	}
}

// expand replaces the placeholders of s.
func expand(s string, vars map[string]string) string {
	for k, v := range vars {
		s = strings.ReplaceAll(s, "{"+k+"}", v)
	}
	return s
}

// doStep sends a setup request, retrying an Eventually step.
func (r *runner) doStep(req Request, vars map[string]string) (*response, error) {
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp, err := r.do(req, vars)
		if !req.Eventually || (err == nil && resp.code < 300) || time.Now().After(deadline) {
			return resp, err
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// do sends one request and decodes the answer.
func (r *runner) do(req Request, vars map[string]string) (*response, error) {
	url := r.base + expand(req.Path, vars)
	if req.Query != "" {
		url += "?" + expand(req.Query, vars)
	}
	var body io.Reader
	if req.Body != "" {
		body = strings.NewReader(expand(req.Body, vars))
	}
	hr, err := http.NewRequest(req.Method, url, body)
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	accept := req.Accept
	if accept == "" {
		accept = "application/json"
	}
	hr.Header.Set("Accept", accept)
	hr.Header.Set("User-Agent", userAgent)
	if req.Body != "" {
		ct := req.ContentType
		if ct == "" {
			ct = "application/json"
		}
		hr.Header.Set("Content-Type", ct)
	}
	resp, err := r.client.Do(hr)
	if err != nil {
		return nil, fmt.Errorf("send: %w", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	out := &response{code: resp.StatusCode, header: resp.Header, body: raw}
	out.doc = decodeBody(raw, isWatch(req) && resp.StatusCode == http.StatusOK)
	return out, nil
}

// isWatch says whether req is a watch.
func isWatch(req Request) bool {
	return strings.Contains(req.Query, "watch=true") || strings.Contains(req.Path, "/watch/")
}

// decodeBody decodes a JSON body or a watch stream; nil when neither.
func decodeBody(raw []byte, watch bool) any {
	if watch {
		events := []any{}
		dec := json.NewDecoder(bytes.NewReader(raw))
		for {
			var ev any
			if err := dec.Decode(&ev); err != nil {
				break
			}
			events = append(events, ev)
		}
		return map[string]any{"events": events}
	}
	var doc any
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil
	}
	return doc
}
