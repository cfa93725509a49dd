package discovery

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/version"
	"github.com/skiff-k8s/skiff/discovery/discoverytest"
	"github.com/skiff-k8s/skiff/rest"
)

// batchServer serves a core group (pods, services, namespaces) and a batch
// group with versions v1 (jobs), v2alpha1 and v3alpha1 (jobs, cronjobs),
// preferring preferred.
func batchServer(t *testing.T, preferred string) *DiscoveryClient {
	t.Helper()
	resource := func(name, kind string, namespaced bool) metav1.APIResource {
		return metav1.APIResource{Name: name, Kind: kind, Namespaced: namespaced, Verbs: []string{"get"}}
	}
	docs := map[string]any{
		"/api": metav1.APIVersions{Versions: []string{"v1"}},
		"/apis": metav1.APIGroupList{Groups: []metav1.APIGroup{{
			Name: "batch",
			Versions: []metav1.GroupVersionForDiscovery{
				{GroupVersion: "batch/v1", Version: "v1"},
				{GroupVersion: "batch/v2alpha1", Version: "v2alpha1"},
				{GroupVersion: "batch/v3alpha1", Version: "v3alpha1"},
			},
			PreferredVersion: metav1.GroupVersionForDiscovery{GroupVersion: "batch/" + preferred, Version: preferred},
		}}},
		"/api/v1": metav1.APIResourceList{GroupVersion: "v1", APIResources: []metav1.APIResource{
			resource("pods", "Pod", true), resource("services", "Service", true), resource("namespaces", "Namespace", false),
		}},
		"/apis/batch/v1":       metav1.APIResourceList{GroupVersion: "batch/v1", APIResources: []metav1.APIResource{resource("jobs", "Job", true)}},
		"/apis/batch/v2alpha1": metav1.APIResourceList{GroupVersion: "batch/v2alpha1", APIResources: []metav1.APIResource{resource("jobs", "Job", true), resource("cronjobs", "CronJob", true)}},
		"/apis/batch/v3alpha1": metav1.APIResourceList{GroupVersion: "batch/v3alpha1", APIResources: []metav1.APIResource{resource("jobs", "Job", true), resource("cronjobs", "CronJob", true)}},
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		doc, ok := docs[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(doc)
	}))
	t.Cleanup(srv.Close)
	client, err := NewDiscoveryClientForConfig(&rest.Config{Host: srv.URL})
	require.NoError(t, err)
	return client
}

// gvrStrings returns the resources of lists as sorted "group/version/resource".
func gvrStrings(t *testing.T, lists []*metav1.APIResourceList) []string {
	t.Helper()
	set, err := GroupVersionResources(lists)
	require.NoError(t, err)
	var out []string
	for gvr := range set {
		out = append(out, fmt.Sprintf("%s/%s/%s", gvr.Group, gvr.Version, gvr.Resource))
	}
	sort.Strings(out)
	return out
}

func TestServerPreferredNamespacedResourcesBatch(t *testing.T) {
	tests := []struct {
		preferred string
		want      []string
	}{
		{"v1", []string{"/v1/pods", "/v1/services", "batch/v1/jobs", "batch/v2alpha1/cronjobs"}},
		{"v2alpha1", []string{"/v1/pods", "/v1/services", "batch/v2alpha1/cronjobs", "batch/v2alpha1/jobs"}},
		{"v3alpha1", []string{"/v1/pods", "/v1/services", "batch/v3alpha1/cronjobs", "batch/v3alpha1/jobs"}},
	}
	for _, tt := range tests {
		t.Run("preferred "+tt.preferred, func(t *testing.T) {
			client := batchServer(t, tt.preferred)
			got, err := client.ServerPreferredNamespacedResources()
			require.NoError(t, err)
			assert.Equal(t, tt.want, gvrStrings(t, got))
			assert.Equal(t, 4, len(got), "one list per group version")
		})
	}
	all, err := ServerPreferredResources(batchServer(t, "v1"))
	require.NoError(t, err)
	assert.Contains(t, gvrStrings(t, all), "/v1/namespaces", "only the namespaced variant filters namespaces out")
}

func TestFilteredByAndSupportsAllVerbs(t *testing.T) {
	lists := []*metav1.APIResourceList{
		{GroupVersion: "v1", APIResources: []metav1.APIResource{
			{Name: "pods", Verbs: []string{"get", "list", "watch", "create"}},
			{Name: "bindings", Verbs: []string{"create"}},
		}},
		{GroupVersion: "apps/v1", APIResources: []metav1.APIResource{{Name: "deployments", Verbs: []string{"list"}}}},
		nil,
	}
	tests := []struct {
		name string
		pred ResourcePredicate
		want []string
	}{
		{"list and watch", SupportsAllVerbs{Verbs: []string{"list", "watch"}}, []string{"/v1/pods"}},
		{"no verbs", SupportsAllVerbs{}, []string{"/v1/bindings", "/v1/pods", "apps/v1/deployments"}},
		{"func", ResourcePredicateFunc(func(gv string, r *metav1.APIResource) bool { return gv == "apps/v1" }), []string{"apps/v1/deployments"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FilteredBy(tt.pred, lists)
			assert.Equal(t, 2, len(got), "every list is kept, even empty")
			assert.Equal(t, tt.want, gvrStrings(t, got))
		})
	}
	assert.Equal(t, 2, len(lists[0].APIResources), "the input is not changed")
}

func TestGroupVersionResourcesBadGroupVersion(t *testing.T) {
	_, err := GroupVersionResources([]*metav1.APIResourceList{{GroupVersion: "a/b/c"}})
	require.Error(t, err)
}

func TestIsResourceEnabledAndServerSupportsVersion(t *testing.T) {
	client, srv := newClient(t, discoverytest.Aggregated)
	tests := []struct {
		gvr     schema.GroupVersionResource
		want    bool
		wantErr bool
	}{
		{schema.GroupVersionResource{Group: "apps", Version: "v1", Resource: "deployments"}, true, false},
		{schema.GroupVersionResource{Group: "apps", Version: "v1", Resource: "widgets"}, false, false},
		{schema.GroupVersionResource{Group: "nope.io", Version: "v1", Resource: "x"}, false, false},
		{schema.GroupVersionResource{Version: "v1", Resource: "pods"}, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.gvr.String(), func(t *testing.T) {
			got, err := IsResourceEnabled(client, tt.gvr)
			assert.Equal(t, tt.wantErr, err != nil, "err = %v", err)
			assert.Equal(t, tt.want, got)
		})
	}
	srv.Fail("/apis/batch/v1", http.StatusInternalServerError)
	_, err := IsResourceEnabled(client, schema.GroupVersionResource{Group: "batch", Version: "v1", Resource: "jobs"})
	require.Error(t, err)

	require.NoError(t, ServerSupportsVersion(client, schema.GroupVersion{Group: "apps", Version: "v1"}))
	require.NoError(t, ServerSupportsVersion(client, schema.GroupVersion{Version: "v1"}))
	err = ServerSupportsVersion(client, schema.GroupVersion{Group: "apps", Version: "v9"})
	require.EqualError(t, err, `server does not support API version "apps/v9"`)
	srv.Fail("/apis", http.StatusInternalServerError)
	require.ErrorContains(t, ServerSupportsVersion(client, schema.GroupVersion{Version: "v1"}), "couldn't read version from server")
}

func TestMatchesServerVersion(t *testing.T) {
	client, srv := newClient(t, discoverytest.Legacy)
	server := version.Info{GitVersion: "v0.0.0-master+$Format:%H$", GitCommit: "$Format:%H$"}
	require.NoError(t, MatchesServerVersion(server, client))
	other := server
	other.GitCommit = "abc"
	require.ErrorContains(t, MatchesServerVersion(other, client), "differs from client version")
	srv.Fail("/version", http.StatusBadGateway)
	require.ErrorContains(t, MatchesServerVersion(server, client), "couldn't read version from server")
}

func TestErrGroupDiscoveryFailed(t *testing.T) {
	err := &ErrGroupDiscoveryFailed{Groups: map[schema.GroupVersion]error{
		{Group: "b", Version: "v1"}: errors.New("boom"),
		{Group: "a", Version: "v1"}: errors.New("bang"),
	}}
	assert.Equal(t, "unable to retrieve the complete list of server APIs: a/v1: bang, b/v1: boom", err.Error())
	wrapped := fmt.Errorf("listing: %w", err)
	assert.True(t, IsGroupDiscoveryFailedError(wrapped))
	assert.True(t, errors.Is(wrapped, &ErrGroupDiscoveryFailed{}))
	groups, ok := GroupDiscoveryFailedErrorGroups(wrapped)
	assert.True(t, ok)
	assert.Equal(t, err.Groups, groups)
	assert.False(t, IsGroupDiscoveryFailedError(nil))
	assert.False(t, IsGroupDiscoveryFailedError(errors.New("x")))
	_, ok = GroupDiscoveryFailedErrorGroups(errors.New("x"))
	assert.False(t, ok)
}

func TestWithRetries(t *testing.T) {
	tests := []struct {
		name      string
		errs      []error
		wantCalls int
		wantErr   bool
	}{
		{"success", []error{nil}, 1, false},
		{"other error not retried", []error{errors.New("x")}, 1, true},
		{"partial failure retried", []error{&ErrGroupDiscoveryFailed{}, nil}, 2, false},
		{"partial failure twice", []error{&ErrGroupDiscoveryFailed{}, &ErrGroupDiscoveryFailed{}}, 2, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls := 0
			err := withRetries(defaultRetries, func() error {
				calls++
				return tt.errs[calls-1]
			})
			assert.Equal(t, tt.wantCalls, calls)
			assert.Equal(t, tt.wantErr, err != nil)
		})
	}
}

func TestOpenAPIV3(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/openapi/v3":
			_, _ = w.Write([]byte(`{"paths":{"apis/apps/v1":{"serverRelativeURL":"/openapi/v3/apis/apps/v1?hash=ABC"}}}`))
		case "/openapi/v3/apis/apps/v1":
			if r.URL.Query().Get("hash") != "ABC" {
				http.Error(w, "no hash", http.StatusBadRequest)
				return
			}
			_, _ = w.Write([]byte(`{"openapi":"3.0.0","accept":"` + r.Header.Get("Accept") + `"}`))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	client, err := NewDiscoveryClientForConfig(&rest.Config{Host: srv.URL})
	require.NoError(t, err)
	paths, err := client.OpenAPIV3().Paths()
	require.NoError(t, err)
	require.Contains(t, paths, "apis/apps/v1")
	gv := paths["apis/apps/v1"]
	assert.Equal(t, "/openapi/v3/apis/apps/v1?hash=ABC", gv.ServerRelativeURL())
	doc, err := gv.Schema("application/json")
	require.NoError(t, err)
	assert.JSONEq(t, `{"openapi":"3.0.0","accept":"application/json"}`, string(doc))
}
