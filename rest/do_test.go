package rest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/types"
)

// recordedRequest is what a test server saw.
type recordedRequest struct {
	method, path, query, contentType string
	header                           http.Header
	body                             string
}

// recorder is an http.Handler that records requests and answers with
// the responses of a script, repeating the last one.
type recorder struct {
	mu       sync.Mutex
	requests []recordedRequest
	script   []response
}

// response is one scripted answer.
type response struct {
	code   int
	header map[string]string
	body   string
}

func (rec *recorder) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	rec.mu.Lock()
	n := len(rec.requests)
	rec.requests = append(rec.requests, recordedRequest{
		method: req.Method, path: req.URL.Path, query: req.URL.RawQuery,
		contentType: req.Header.Get("Content-Type"), header: req.Header.Clone(), body: string(body),
	})
	resp := rec.script[min(n, len(rec.script)-1)]
	rec.mu.Unlock()
	for k, v := range resp.header {
		w.Header().Set(k, v)
	}
	w.WriteHeader(resp.code)
	_, _ = io.WriteString(w, resp.body)
}

// seen returns the recorded requests.
func (rec *recorder) seen() []recordedRequest {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return append([]recordedRequest(nil), rec.requests...)
}

const jsonCT = "application/json"

func jsonResponse(code int, body string) response {
	return response{code: code, header: map[string]string{"Content-Type": jsonCT}, body: body}
}

// TestIssueExample runs the issue's list call end to end.
func TestIssueExample(t *testing.T) {
	podList := `{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"7"},"items":[{"metadata":{"name":"a","namespace":"default"}},{"metadata":{"name":"b","namespace":"default"}}]}`
	rec := &recorder{script: []response{jsonResponse(200, podList)}}
	_, srv := newTestClient(t, rec)
	ts := newTestScheme(t)

	config := &Config{Host: srv.URL}
	config.APIPath = "api"
	config.GroupVersion = &corev1.SchemeGroupVersion
	config.NegotiatedSerializer = ts.codecs
	restClient, err := RESTClientFor(config)
	require.NoError(t, err)
	result := &corev1.PodList{}
	err = restClient.Get().Namespace("default").Resource("pods").
		VersionedParams(&metav1.ListOptions{Limit: 500}, ts.params).Do(context.Background()).Into(result)
	require.NoError(t, err)

	require.Len(t, result.Items, 2)
	assert.Equal(t, "b", result.Items[1].Name)
	assert.Equal(t, "7", result.ResourceVersion)
	got := rec.seen()[0]
	assert.Equal(t, "GET", got.method)
	assert.Equal(t, "/api/v1/namespaces/default/pods", got.path)
	assert.Equal(t, "limit=500", got.query)
	assert.Equal(t, "application/json, */*", got.header.Get("Accept"))
}

func TestTransformResponseCodes(t *testing.T) {
	tests := []struct {
		name        string
		resp        response
		wantErr     bool
		wantCode    int
		wantCreated bool
		check       func(*testing.T, error)
	}{
		{name: "200 empty", resp: response{code: 200}, wantCode: 200},
		{name: "201 created", resp: jsonResponse(201, `{"kind":"Pod","apiVersion":"v1","metadata":{"name":"p"}}`), wantCode: 201, wantCreated: true},
		{name: "202", resp: jsonResponse(202, `{}`), wantCode: 202},
		{name: "204", resp: response{code: 204}, wantCode: 204},
		{name: "500", resp: jsonResponse(500, ""), wantErr: true, wantCode: 500},
		{name: "422", resp: jsonResponse(422, ""), wantErr: true, wantCode: 422},
		{name: "409", resp: jsonResponse(409, ""), wantErr: true, wantCode: 409},
		{name: "404", resp: jsonResponse(404, ""), wantErr: true, wantCode: 404},
		{name: "403", resp: jsonResponse(403, ""), wantErr: true, wantCode: 403},
		{name: "401", resp: jsonResponse(401, ""), wantErr: true, wantCode: 401},
		{name: "401 text", resp: response{code: 401, header: map[string]string{"Content-Type": "text/any"}, body: "aaaaa"},
			wantErr: true, wantCode: 401, check: func(t *testing.T, err error) {
				assert.True(t, apierrors.IsUnauthorized(err), "IsUnauthorized(%v)", err)
				assert.Contains(t, err.Error(), "server has asked for the client to provide")
			}},
		{name: "401 invalid json", resp: jsonResponse(401, "{not json"),
			wantErr: true, wantCode: 401, check: func(t *testing.T, err error) {
				assert.True(t, apierrors.IsUnauthorized(err))
				assert.NotContains(t, err.Error(), "not json")
			}},
		{name: "500 text body in message", resp: response{code: 500, header: map[string]string{"Content-Type": "text/plain"}, body: "disk on fire"},
			wantErr: true, wantCode: 500, check: func(t *testing.T, err error) {
				assert.True(t, apierrors.IsInternalError(err))
				assert.Contains(t, err.Error(), `an error on the server ("disk on fire") has prevented the request from succeeding`)
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newTestClient(t, &recorder{script: []response{tt.resp}})
			result := c.Get().Resource("pods").Do(context.Background())
			var code int
			var created bool
			result.StatusCode(&code).WasCreated(&created)
			err := result.Error()
			if tt.wantErr {
				require.Error(t, err)
				var status apierrors.APIStatus
				require.True(t, errors.As(err, &status), "error %T is not an APIStatus", err)
				assert.Equal(t, int32(tt.wantCode), status.Status().Code)
			} else {
				require.NoError(t, err)
				assert.Equal(t, tt.wantCode, code)
			}
			assert.Equal(t, tt.wantCreated, created)
			if tt.check != nil {
				tt.check(t, err)
			}
		})
	}
}

func TestUnstructuredErrors(t *testing.T) {
	tests := []struct {
		name  string
		verb  string
		resp  response
		check func(error) bool
	}{
		{"409 post", "POST", jsonResponse(409, ""), apierrors.IsAlreadyExists},
		{"409 put", "PUT", jsonResponse(409, ""), apierrors.IsConflict},
		{"404", "GET", jsonResponse(404, ""), apierrors.IsNotFound},
		{"400", "GET", jsonResponse(400, ""), apierrors.IsBadRequest},
		{"status body wins", "GET", jsonResponse(400, `{"kind":"Status","apiVersion":"v1","status":"Failure","code":404}`), apierrors.IsNotFound},
		{"status body without apiVersion", "GET", jsonResponse(400, `{"kind":"Status","status":"Failure","code":404}`), apierrors.IsNotFound},
		{"success status ignored", "GET", jsonResponse(400, `{"kind":"Status","apiVersion":"v1","status":"Success","code":404}`), apierrors.IsBadRequest},
		{"empty object ignored", "GET", jsonResponse(400, `{}`), apierrors.IsBadRequest},
		{"429 too many requests", "GET", jsonResponse(429, ""), apierrors.IsTooManyRequests},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newTestClient(t, &recorder{script: []response{tt.resp}})
			err := c.Verb(tt.verb).Resource("pods").Name("p").Body([]byte("{}")).Do(context.Background()).Error()
			require.Error(t, err)
			assert.True(t, tt.check(err), "unexpected error %v (reason %q)", err, apierrors.ReasonForError(err))
		})
	}
}

func TestStatusMessageAndDetails(t *testing.T) {
	body := `{"kind":"Status","apiVersion":"v1","status":"Failure","message":"pods \"p\" not found","reason":"NotFound","details":{"name":"p","kind":"pods"},"code":404}`
	c, _ := newTestClient(t, &recorder{script: []response{jsonResponse(404, body)}})
	err := c.Get().Namespace("ns").Resource("pods").Name("p").Do(context.Background()).Into(&corev1.Pod{})
	require.True(t, apierrors.IsNotFound(err))
	assert.Equal(t, `pods "p" not found`, err.Error())
}

func TestGenericErrorNamesResource(t *testing.T) {
	c, _ := newTestClient(t, &recorder{script: []response{{code: 404}}})
	err := c.Get().Namespace("ns").Resource("pods").Name("p").Do(context.Background()).Error()
	require.True(t, apierrors.IsNotFound(err))
	assert.Equal(t, "the server could not find the requested resource (get pods p)", err.Error())
}

func TestResultDecoding(t *testing.T) {
	tests := []struct {
		name    string
		resp    response
		wantErr string
		isErr   func(error) bool
	}{
		{"empty body", response{code: 200, header: map[string]string{"Content-Type": jsonCT}}, "0-length response with status code: 200 and content type: application/json", nil},
		{"unknown content type", response{code: 200, header: map[string]string{"Content-Type": "application/unknown"}, body: "x"}, "serializer for application/unknown doesn't exist", nil},
		{"bad content type", response{code: 200, header: map[string]string{"Content-Type": "application/"}, body: "x"}, "", apierrors.IsInternalError},
		{"failure status in 200", jsonResponse(200, `{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Conflict","code":409}`), "", apierrors.IsConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newTestClient(t, &recorder{script: []response{tt.resp}})
			err := c.Get().Resource("pods").Do(context.Background()).Into(&corev1.Pod{})
			require.Error(t, err)
			if tt.wantErr != "" {
				assert.Equal(t, tt.wantErr, err.Error())
			}
			if tt.isErr != nil {
				assert.True(t, tt.isErr(err), "unexpected error %v", err)
			}
		})
	}
}

func TestResultGetAndRaw(t *testing.T) {
	body := `{"kind":"Pod","apiVersion":"v1","metadata":{"name":"p"}}`
	c, _ := newTestClient(t, &recorder{script: []response{jsonResponse(200, body)}})
	result := c.Get().Resource("pods").Name("p").Do(context.Background())
	obj, err := result.Get()
	require.NoError(t, err)
	pod, ok := obj.(*corev1.Pod)
	require.True(t, ok, "Get returned %T", obj)
	assert.Equal(t, "p", pod.Name)
	raw, err := result.Raw()
	require.NoError(t, err)
	assert.Equal(t, body, string(raw))
	var ct string
	result.ContentType(&ct)
	assert.Equal(t, jsonCT, ct)
}

func TestDoRaw(t *testing.T) {
	tests := []struct {
		name    string
		resp    response
		want    string
		wantErr func(error) bool
	}{
		{"200", response{code: 200, body: "ok"}, "ok", nil},
		{"206", response{code: 206, body: "part"}, "part", nil},
		{"404", response{code: 404, body: "nope"}, "", apierrors.IsNotFound},
		{"302", response{code: 302, body: "moved"}, "", func(err error) bool { return err != nil }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newTestClient(t, &recorder{script: []response{tt.resp}})
			got, err := c.Get().AbsPath("/healthz").DoRaw(context.Background())
			if tt.wantErr != nil {
				assert.True(t, tt.wantErr(err), "unexpected error %v", err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}

func TestPreflight(t *testing.T) {
	tests := []struct {
		verb    string
		name    string
		wantErr string
	}{
		{"POST", "", "an empty namespace may not be set during creation"},
		{"GET", "p", "an empty namespace may not be set when a resource name is provided"},
		{"PUT", "p", "an empty namespace may not be set when a resource name is provided"},
		{"DELETE", "p", "an empty namespace may not be set when a resource name is provided"},
		{"GET", "", ""},
		{"PATCH", "p", ""},
	}
	for _, tt := range tests {
		t.Run(tt.verb+" "+tt.name, func(t *testing.T) {
			rec := &recorder{script: []response{jsonResponse(200, `{}`)}}
			c, _ := newTestClient(t, rec)
			r := c.Verb(tt.verb).Namespace("").Resource("pods")
			if tt.name != "" {
				r.Name(tt.name)
			}
			_, err := r.DoRaw(context.Background())
			if tt.wantErr == "" {
				require.NoError(t, err)
				return
			}
			require.EqualError(t, err, tt.wantErr)
			assert.Empty(t, rec.seen(), "a request failing preflight was sent")
		})
	}
	t.Run("namespace not set never errors", func(t *testing.T) {
		c, _ := newTestClient(t, &recorder{script: []response{jsonResponse(200, `{}`)}})
		_, err := c.Post().Resource("namespaces").Body([]byte(`{}`)).DoRaw(context.Background())
		require.NoError(t, err)
	})
}

func TestBuilderErrorSurfacesWithoutIO(t *testing.T) {
	rec := &recorder{script: []response{jsonResponse(200, `{}`)}}
	c, _ := newTestClient(t, rec)
	ctx := context.Background()
	err := c.Get().Name("a").Name("b").Do(ctx).Error()
	require.Error(t, err)
	_, err = c.Get().Resource("a/b").DoRaw(ctx)
	require.Error(t, err)
	_, err = c.Get().Namespace("..").Stream(ctx)
	require.Error(t, err)
	_, err = c.Get().SubResource("%").Watch(ctx)
	require.Error(t, err)
	assert.Empty(t, rec.seen())
}

func TestRequestBody(t *testing.T) {
	file := filepath.Join(t.TempDir(), "body.json")
	require.NoError(t, os.WriteFile(file, []byte(`{"from":"file"}`), 0o600))
	pod := &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Name: "p"}}
	var nilPod *corev1.Pod
	tests := []struct {
		name     string
		body     interface{}
		wantBody string
		wantCT   string
		wantErr  string
	}{
		{name: "file path", body: file, wantBody: `{"from":"file"}`},
		{name: "bytes", body: []byte("raw"), wantBody: "raw"},
		{name: "reader", body: strings.NewReader("streamed"), wantBody: "streamed"},
		{name: "object", body: pod, wantBody: `{"kind":"Pod","apiVersion":"v1","metadata":{"name":"p"`, wantCT: jsonCT},
		{name: "typed nil object", body: nilPod, wantBody: ""},
		{name: "missing file", body: filepath.Join(t.TempDir(), "missing"), wantErr: "request body"},
		{name: "unknown type", body: 42, wantErr: "unknown type used for body: 42"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &recorder{script: []response{jsonResponse(200, `{}`)}}
			c, _ := newTestClient(t, rec)
			err := c.Put().Resource("pods").Body(tt.body).Do(context.Background()).Error()
			if tt.wantErr != "" {
				require.ErrorContains(t, err, tt.wantErr)
				assert.Empty(t, rec.seen())
				return
			}
			require.NoError(t, err)
			got := rec.seen()[0]
			assert.True(t, strings.HasPrefix(got.body, tt.wantBody), "body %q does not start with %q", got.body, tt.wantBody)
			if tt.wantBody == "" {
				assert.Empty(t, got.body)
			}
			assert.Equal(t, tt.wantCT, got.contentType)
		})
	}
}

func TestHeaders(t *testing.T) {
	tests := []struct {
		name   string
		build  func(*RESTClient) *Request
		header string
		want   string
	}{
		{"json patch", func(c *RESTClient) *Request { return c.Patch(types.JSONPatchType) }, "Content-Type", "application/json-patch+json"},
		{"merge patch", func(c *RESTClient) *Request { return c.Patch(types.MergePatchType) }, "Content-Type", "application/merge-patch+json"},
		{"strategic", func(c *RESTClient) *Request { return c.Patch(types.StrategicMergePatchType) }, "Content-Type", "application/strategic-merge-patch+json"},
		{"apply", func(c *RESTClient) *Request { return c.Patch(types.ApplyPatchType) }, "Content-Type", "application/apply-patch+yaml"},
		{"set header replaces", func(c *RESTClient) *Request {
			return c.Get().SetHeader("X-A", "1", "2").SetHeader("X-A", "3")
		}, "X-A", "3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &recorder{script: []response{jsonResponse(200, `{}`)}}
			c, _ := newTestClient(t, rec)
			require.NoError(t, tt.build(c).Resource("pods").Body([]byte("{}")).Do(context.Background()).Error())
			got := rec.seen()[0].header.Values(tt.header)
			assert.Equal(t, []string{tt.want}, got)
		})
	}
}

func TestVerbs(t *testing.T) {
	for _, verb := range []string{"GET", "POST", "PUT", "PATCH", "DELETE"} {
		t.Run(verb, func(t *testing.T) {
			rec := &recorder{script: []response{jsonResponse(200, `{}`)}}
			c, _ := newTestClient(t, rec)
			var r *Request
			switch verb {
			case "GET":
				r = c.Get()
			case "POST":
				r = c.Post()
			case "PUT":
				r = c.Put()
			case "PATCH":
				r = c.Patch(types.MergePatchType)
			case "DELETE":
				r = c.Delete()
			}
			require.NoError(t, r.Namespace("ns").Resource("pods").Body([]byte("{}")).Do(context.Background()).Error())
			assert.Equal(t, verb, rec.seen()[0].method)
		})
	}
}

func TestTimeoutParamAndDeadline(t *testing.T) {
	rec := &recorder{script: []response{jsonResponse(200, `{}`)}}
	c, _ := newTestClient(t, rec)
	require.NoError(t, c.Get().Resource("pods").Timeout(21e9).Do(context.Background()).Error())
	assert.Equal(t, "timeout=21s", rec.seen()[0].query)

	blocked := make(chan struct{})
	t.Cleanup(func() { close(blocked) })
	slow, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-blocked:
		case <-r.Context().Done():
		}
	}))
	err := slow.Get().Resource("pods").Timeout(1e6).Do(context.Background()).Error()
	require.ErrorIs(t, err, context.DeadlineExceeded)
}

func TestHTTPClientTimeoutBecomesParam(t *testing.T) {
	rec := &recorder{script: []response{jsonResponse(200, `{}`)}}
	srv := httptest.NewServer(rec)
	t.Cleanup(srv.Close)
	cfg := testConfig(t, srv.URL)
	cfg.Timeout = 60e9
	c, err := RESTClientFor(cfg)
	require.NoError(t, err)
	require.NoError(t, c.Get().Resource("pods").Do(context.Background()).Error())
	assert.Equal(t, "timeout=1m0s", rec.seen()[0].query)
}

// Example-style sanity: errors never carry the request body.
func TestErrorDoesNotEchoJSONBody(t *testing.T) {
	c, _ := newTestClient(t, &recorder{script: []response{jsonResponse(500, `{"secret":"s3cr3t"}`)}})
	err := c.Get().Resource("pods").Do(context.Background()).Error()
	require.Error(t, err)
	assert.NotContains(t, fmt.Sprint(err), "s3cr3t")
}
