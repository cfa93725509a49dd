package discovery

import (
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/version"
	"github.com/skiff-k8s/skiff/discovery/discoverytest"
	"github.com/skiff-k8s/skiff/rest"
)

// modes are the server modes every whole-server call is checked in.
var modes = []struct {
	name string
	mode discoverytest.Mode
}{
	{"legacy", discoverytest.Legacy},
	{"aggregated v2", discoverytest.Aggregated},
	{"aggregated v2beta1", discoverytest.AggregatedV2Beta1},
}

// newClient starts a golden server in mode and returns a client for it.
func newClient(t *testing.T, mode discoverytest.Mode) (*DiscoveryClient, *discoverytest.Server) {
	t.Helper()
	srv := discoverytest.New(t, "testdata", mode)
	client, err := NewDiscoveryClientForConfig(srv.Config())
	require.NoError(t, err)
	return client, srv
}

// normalizeGroups drops what only the legacy documents carry (server
// addresses) so both modes compare equal.
func normalizeGroups(groups []metav1.APIGroup) []metav1.APIGroup {
	out := make([]metav1.APIGroup, len(groups))
	for i, g := range groups {
		g.ServerAddressByClientCIDRs = nil
		g.TypeMeta = metav1.TypeMeta{}
		out[i] = g
	}
	return out
}

// normalizeLists drops what only one mode carries: storage version hashes
// and the type meta (legacy only) and the singular names aggregated
// discovery gives subresources.
func normalizeLists(lists []*metav1.APIResourceList) []metav1.APIResourceList {
	out := make([]metav1.APIResourceList, 0, len(lists))
	for _, l := range lists {
		n := metav1.APIResourceList{GroupVersion: l.GroupVersion}
		for _, r := range l.APIResources {
			r.StorageVersionHash = ""
			if strings.Contains(r.Name, "/") {
				r.SingularName = ""
			}
			n.APIResources = append(n.APIResources, r)
		}
		out = append(out, n)
	}
	return out
}

func TestServerGroupsAllModes(t *testing.T) {
	var want []metav1.APIGroup
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			client, srv := newClient(t, m.mode)
			groups, err := client.ServerGroups()
			require.NoError(t, err)
			require.Len(t, groups.Groups, 23, "core plus 22 named groups")
			assert.Equal(t, "", groups.Groups[0].Name, "core group first")
			assert.Equal(t, "v1", groups.Groups[0].PreferredVersion.GroupVersion)
			assert.Equal(t, "apiregistration.k8s.io", groups.Groups[1].Name, "then /apis in server order")
			autoscaling := findGroup(t, groups, "autoscaling")
			assert.Equal(t, "autoscaling/v2", autoscaling.PreferredVersion.GroupVersion)
			assert.Equal(t, []string{"autoscaling/v2", "autoscaling/v1"}, []string{autoscaling.Versions[0].GroupVersion, autoscaling.Versions[1].GroupVersion})
			got := normalizeGroups(groups.Groups)
			if want == nil {
				want = got
			} else {
				assert.Equal(t, want, got, "every mode gives the same groups")
			}
			if m.mode != discoverytest.Legacy {
				assert.Equal(t, 0, srv.Requests("/apis/apps/v1"), "aggregated discovery needs no per-version request")
			}
		})
	}
}

// findGroup returns the group named name.
func findGroup(t *testing.T, groups *metav1.APIGroupList, name string) metav1.APIGroup {
	t.Helper()
	for _, g := range groups.Groups {
		if g.Name == name {
			return g
		}
	}
	t.Fatalf("group %q not found", name)
	return metav1.APIGroup{}
}

func TestServerGroupsAndResourcesAllModes(t *testing.T) {
	var wantGroups []metav1.APIGroup
	var wantLists []metav1.APIResourceList
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			client, srv := newClient(t, m.mode)
			groups, lists, err := client.ServerGroupsAndResources()
			require.NoError(t, err)
			require.Equal(t, 36, len(lists), "one list per group version")
			assert.Equal(t, "v1", lists[0].GroupVersion)
			deployments := findResource(t, lists, "apps/v1", "deployments")
			assert.True(t, deployments.Namespaced)
			assert.Equal(t, "Deployment", deployments.Kind)
			assert.Equal(t, []string{"deploy"}, deployments.ShortNames)
			assert.Equal(t, []string{"all"}, deployments.Categories)
			scale := findResource(t, lists, "apps/v1", "deployments/scale")
			assert.Equal(t, schema.GroupVersionKind{Group: "autoscaling", Version: "v1", Kind: "Scale"}, schema.GroupVersionKind{Group: scale.Group, Version: scale.Version, Kind: scale.Kind})
			gotGroups := make([]metav1.APIGroup, len(groups))
			for i, g := range groups {
				gotGroups[i] = *g
			}
			gotGroups, gotLists := normalizeGroups(gotGroups), normalizeLists(lists)
			if wantLists == nil {
				wantGroups, wantLists = gotGroups, gotLists
			} else {
				assert.Equal(t, wantGroups, gotGroups)
				assert.Equal(t, wantLists, gotLists, "every mode gives the same resources")
			}
			if m.mode == discoverytest.Legacy {
				assert.Equal(t, 1, srv.Requests("/apis/apps/v1"))
			}
		})
	}
}

// findResource returns resource name of groupVersion in lists.
func findResource(t *testing.T, lists []*metav1.APIResourceList, groupVersion, name string) metav1.APIResource {
	t.Helper()
	for _, l := range lists {
		if l.GroupVersion != groupVersion {
			continue
		}
		for _, r := range l.APIResources {
			if r.Name == name {
				return r
			}
		}
	}
	t.Fatalf("resource %s %s not found", groupVersion, name)
	return metav1.APIResource{}
}

func TestServerPreferredResourcesAllModes(t *testing.T) {
	var want, wantNamespaced []metav1.APIResourceList
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			client, _ := newClient(t, m.mode)
			lists, err := client.ServerPreferredResources()
			require.NoError(t, err)
			require.Equal(t, 36, len(lists), "one list per group version, possibly empty")
			for _, l := range lists {
				for _, r := range l.APIResources {
					assert.NotContains(t, r.Name, "/", "no subresources")
				}
			}
			hpa := findResource(t, lists, "autoscaling/v2", "horizontalpodautoscalers")
			assert.Equal(t, "HorizontalPodAutoscaler", hpa.Kind)
			assert.Empty(t, listFor(t, lists, "autoscaling/v1").APIResources, "v1 adds nothing the preferred v2 has")
			namespaced, err := client.ServerPreferredNamespacedResources()
			require.NoError(t, err)
			for _, l := range namespaced {
				for _, r := range l.APIResources {
					assert.True(t, r.Namespaced, "%s %s", l.GroupVersion, r.Name)
				}
			}
			findResource(t, namespaced, "v1", "pods")
			got, gotNamespaced := normalizeLists(lists), normalizeLists(namespaced)
			if want == nil {
				want, wantNamespaced = got, gotNamespaced
			} else {
				assert.Equal(t, want, got)
				assert.Equal(t, wantNamespaced, gotNamespaced)
			}
		})
	}
}

// listFor returns the list of groupVersion.
func listFor(t *testing.T, lists []*metav1.APIResourceList, groupVersion string) *metav1.APIResourceList {
	t.Helper()
	for _, l := range lists {
		if l.GroupVersion == groupVersion {
			return l
		}
	}
	t.Fatalf("no list for %s", groupVersion)
	return nil
}

func TestServerResourcesForGroupVersion(t *testing.T) {
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			client, srv := newClient(t, m.mode)
			tests := []struct {
				gv       string
				path     string
				resource string
			}{
				{"v1", "/api/v1", "pods"},
				{"apps/v1", "/apis/apps/v1", "deployments"},
				{"storage.k8s.io/v1beta1", "/apis/storage.k8s.io/v1beta1", "volumeattributesclasses"},
			}
			for _, tt := range tests {
				list, err := client.ServerResourcesForGroupVersion(tt.gv)
				require.NoError(t, err, tt.gv)
				assert.Equal(t, tt.gv, list.GroupVersion)
				assert.Equal(t, 1, srv.Requests(tt.path), "GET %s", tt.path)
				findResource(t, []*metav1.APIResourceList{list}, tt.gv, tt.resource)
			}
		})
	}
}

func TestServerResourcesForGroupVersionErrors(t *testing.T) {
	client, srv := newClient(t, discoverytest.Legacy)
	_, err := client.ServerResourcesForGroupVersion("")
	require.EqualError(t, err, "groupVersion shouldn't be empty")

	_, err = client.ServerResourcesForGroupVersion("nope.example.com/v1")
	require.True(t, apierrors.IsNotFound(err), "got %v, want a NotFound", err)

	srv.Set("/api/v1", nil)
	list, err := client.ServerResourcesForGroupVersion("v1")
	require.NoError(t, err, "a missing core group is no error")
	assert.Equal(t, "v1", list.GroupVersion)
	assert.Empty(t, list.APIResources)

	srv.Set("/apis/apps/v1", []byte("{not json"))
	_, err = client.ServerResourcesForGroupVersion("apps/v1")
	require.ErrorContains(t, err, "decoding APIResourceList")
}

func TestServerVersion(t *testing.T) {
	client, srv := newClient(t, discoverytest.Legacy)
	got, err := client.ServerVersion()
	require.NoError(t, err)
	want := &version.Info{
		Major: "1", Minor: "34", EmulationMajor: "1", EmulationMinor: "34",
		MinCompatibilityMajor: "1", MinCompatibilityMinor: "33",
		GitVersion: "v0.0.0-master+$Format:%H$", GitCommit: "$Format:%H$",
		BuildDate: "1970-01-01T00:00:00Z", GoVersion: "go1.26.8", Compiler: "gc", Platform: "linux/amd64",
	}
	assert.Equal(t, want, got)

	srv.Set("/version", []byte("]"))
	_, err = client.ServerVersion()
	require.ErrorContains(t, err, "unable to parse the server version")

	srv.Fail("/version", http.StatusInternalServerError)
	_, err = client.ServerVersion()
	require.True(t, apierrors.IsInternalError(err), "got %v", err)
}

func TestAcceptHeadersAndTimeout(t *testing.T) {
	client, srv := newClient(t, discoverytest.Aggregated)
	_, err := client.ServerGroups()
	require.NoError(t, err)
	want := "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json"
	assert.Equal(t, want, srv.Accept("/api"))
	assert.Equal(t, want, srv.Accept("/apis"))
	assert.Equal(t, "timeout=32s", srv.Query("/apis"), "the default timeout is sent")

	noPeer := *client
	noPeer.NoPeerDiscovery = true
	_, err = noPeer.ServerGroups()
	require.NoError(t, err)
	assert.Equal(t, "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList;profile=nopeer,"+want, srv.Accept("/apis"))

	legacy := client.WithLegacy()
	assert.False(t, client.UseLegacyDiscovery, "WithLegacy leaves the receiver alone")
	groups, lists, err := legacy.ServerGroupsAndResources()
	require.NoError(t, err)
	assert.Equal(t, "application/json", srv.Accept("/apis"))
	assert.Equal(t, 23, len(groups))
	assert.Equal(t, 36, len(lists))
	assert.Equal(t, 1, srv.Requests("/apis/apps/v1"), "legacy discovery fetches each version")
}

func TestDiscoveryConfigDefaults(t *testing.T) {
	in := &rest.Config{Host: "https://example.com", APIPath: "/apis", Timeout: 0}
	got := discoveryConfig(in)
	assert.Equal(t, 32*time.Second, got.Timeout)
	assert.Equal(t, 300, got.Burst)
	assert.Equal(t, "", got.APIPath)
	assert.Nil(t, got.GroupVersion)
	assert.NotEmpty(t, got.UserAgent)
	assert.Equal(t, "/apis", in.APIPath, "the caller's config is not changed")
	assert.Equal(t, time.Duration(0), in.Timeout)

	got = discoveryConfig(&rest.Config{Timeout: time.Second, Burst: 7})
	assert.Equal(t, time.Second, got.Timeout)
	assert.Equal(t, 7, got.Burst)
}

func TestConstructors(t *testing.T) {
	srv := discoverytest.New(t, "testdata", discoverytest.Legacy)
	clients := map[string]func() (*DiscoveryClient, error){
		"ForConfig": func() (*DiscoveryClient, error) { return NewDiscoveryClientForConfig(srv.Config()) },
		"ForConfigAndClient": func() (*DiscoveryClient, error) {
			return NewDiscoveryClientForConfigAndClient(srv.Config(), srv.Client())
		},
		"OrDie": func() (*DiscoveryClient, error) { return NewDiscoveryClientForConfigOrDie(srv.Config()), nil },
		"NewDiscoveryClient": func() (*DiscoveryClient, error) {
			dc, err := NewDiscoveryClientForConfig(srv.Config())
			if err != nil {
				return nil, err
			}
			return NewDiscoveryClient(dc.RESTClient()), nil
		},
	}
	for name, build := range clients {
		t.Run(name, func(t *testing.T) {
			client, err := build()
			require.NoError(t, err)
			assert.Equal(t, "/api", client.LegacyPrefix)
			assert.NotNil(t, client.RESTClient())
			v, err := client.ServerVersion()
			require.NoError(t, err)
			assert.Equal(t, "34", v.Minor)
		})
	}
	_, err := NewDiscoveryClientForConfig(nil)
	require.Error(t, err)
	_, err = NewDiscoveryClientForConfigAndClient(nil, nil)
	require.Error(t, err)
	assert.Panics(t, func() { NewDiscoveryClientForConfigOrDie(&rest.Config{Host: "http://bad host"}) })
	var nilClient *DiscoveryClient
	assert.Nil(t, nilClient.RESTClient())
}

func TestMissingGroups(t *testing.T) {
	for _, m := range modes {
		t.Run(m.name+" no core group", func(t *testing.T) {
			client, srv := newClient(t, m.mode)
			srv.Set("/api", nil)
			srv.Set("aggregated:/api", nil)
			srv.Fail("/api", http.StatusNotFound)
			groups, err := client.ServerGroups()
			require.NoError(t, err)
			assert.Len(t, groups.Groups, 22)
			assert.Equal(t, "apiregistration.k8s.io", groups.Groups[0].Name)
		})
		t.Run(m.name+" no /apis", func(t *testing.T) {
			client, srv := newClient(t, m.mode)
			srv.Fail("/apis", http.StatusNotFound)
			_, err := client.ServerGroups()
			require.Error(t, err)
			assert.True(t, apierrors.IsNotFound(err), "got %v", err)
		})
		t.Run(m.name+" forbidden everywhere", func(t *testing.T) {
			client, srv := newClient(t, m.mode)
			srv.Fail("/api", http.StatusForbidden)
			srv.Fail("/apis", http.StatusForbidden)
			_, _, err := client.ServerGroupsAndResources()
			require.Error(t, err)
			assert.True(t, apierrors.IsForbidden(err), "got %v", err)
		})
	}
}

func TestMixedAggregation(t *testing.T) {
	// /api aggregated, /apis not: the aggregated resources are dropped and
	// every version is fetched.
	client, srv := newClient(t, discoverytest.Aggregated)
	srv.Set("aggregated:/apis", nil)
	groups, resources, failed, err := client.GroupsAndMaybeResources()
	require.NoError(t, err)
	assert.Nil(t, resources, "a plain /apis means no aggregated resources")
	assert.Nil(t, failed)
	assert.Equal(t, 23, len(groups.Groups))
	_, lists, err := client.ServerGroupsAndResources()
	require.NoError(t, err)
	assert.Equal(t, 36, len(lists))
	assert.Equal(t, 1, srv.Requests("/api/v1"), "the core resources are fetched too")
}

func TestLegacyFetchesConcurrently(t *testing.T) {
	client, srv := newClient(t, discoverytest.Legacy)
	var mu sync.Mutex
	inFlight, maxInFlight := 0, 0
	reached := make(chan struct{})
	var once sync.Once
	srv.OnRequest(func(path string) {
		if !strings.HasPrefix(path, "/apis/") {
			return
		}
		mu.Lock()
		inFlight++
		if inFlight > maxInFlight {
			maxInFlight = inFlight
		}
		if inFlight >= 4 {
			once.Do(func() { close(reached) })
		}
		mu.Unlock()
		// Hold each request until four are in flight; a serial client
		// would pass only after the safety timeout.
		select {
		case <-reached:
		case <-time.After(10 * time.Second):
		}
		mu.Lock()
		inFlight--
		mu.Unlock()
	})
	_, _, err := client.ServerGroupsAndResources()
	require.NoError(t, err)
	mu.Lock()
	defer mu.Unlock()
	assert.GreaterOrEqual(t, maxInFlight, 4, "group versions are fetched concurrently")
}

func TestPartialFailureLegacy(t *testing.T) {
	client, srv := newClient(t, discoverytest.Legacy)
	srv.Fail("/apis/batch/v1", http.StatusServiceUnavailable)
	groups, lists, err := client.ServerGroupsAndResources()
	require.Error(t, err)
	assert.True(t, IsGroupDiscoveryFailedError(err))
	assert.True(t, errors.Is(err, &ErrGroupDiscoveryFailed{}))
	failed, ok := GroupDiscoveryFailedErrorGroups(err)
	require.True(t, ok)
	require.Equal(t, 1, len(failed))
	batch := schema.GroupVersion{Group: "batch", Version: "v1"}
	assert.True(t, apierrors.IsServiceUnavailable(failed[batch]), "got %v", failed[batch])
	assert.Equal(t, 23, len(groups))
	assert.Equal(t, 35, len(lists), "everything but batch/v1")
	assert.True(t, strings.HasPrefix(err.Error(), "unable to retrieve the complete list of server APIs: batch/v1: "), err.Error())
	assert.Equal(t, 2, srv.Requests("/apis/batch/v1"), "the whole call is retried once")

	preferred, err := client.ServerPreferredResources()
	require.True(t, IsGroupDiscoveryFailedError(err), "got %v", err)
	assert.Equal(t, 35, len(preferred))
	namespaced, err := client.ServerPreferredNamespacedResources()
	require.True(t, IsGroupDiscoveryFailedError(err), "got %v", err)
	assert.Equal(t, 35, len(namespaced))
}

func TestPartialFailureAggregatedStale(t *testing.T) {
	client, srv := newClient(t, discoverytest.Aggregated)
	srv.MarkStale(t, "/apis", "batch", "v1")
	srv.MarkStale(t, "/apis", "autoscaling", "v2")
	groups, lists, err := client.ServerGroupsAndResources()
	failed, ok := GroupDiscoveryFailedErrorGroups(err)
	require.True(t, ok, "got %v", err)
	assert.Equal(t, map[schema.GroupVersion]error{
		{Group: "batch", Version: "v1"}:       StaleGroupVersionError{gv: schema.GroupVersion{Group: "batch", Version: "v1"}},
		{Group: "autoscaling", Version: "v2"}: StaleGroupVersionError{gv: schema.GroupVersion{Group: "autoscaling", Version: "v2"}},
	}, failed)
	assert.Equal(t, "unable to retrieve the complete list of server APIs: autoscaling/v2: stale GroupVersion discovery: autoscaling/v2, batch/v1: stale GroupVersion discovery: batch/v1", err.Error())
	assert.Equal(t, 22, len(groups), "batch has no usable version left")
	assert.Equal(t, 34, len(lists))
	groupList, err := client.ServerGroups()
	require.NoError(t, err, "ServerGroups reports no per-version failure")
	autoscaling := findGroup(t, groupList, "autoscaling")
	assert.Equal(t, "autoscaling/v1", autoscaling.PreferredVersion.GroupVersion, "preferred = first non-stale version")
}
