package disk

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/discovery"
	"github.com/skiff-k8s/skiff/discovery/discoverytest"
)

const testdata = "../../testdata"

// fakeDelegate is a CachedDiscoveryInterface serving one group "a" with
// version v1 holding one resource, counting its calls.
type fakeDelegate struct {
	discovery.DiscoveryInterface
	mu             sync.Mutex
	groupCalls     int
	resourceCalls  int
	invalidateCall int
	groups         []metav1.APIGroup
}

func newFakeDelegate() *fakeDelegate {
	return &fakeDelegate{groups: []metav1.APIGroup{{
		Name:             "a",
		Versions:         []metav1.GroupVersionForDiscovery{{GroupVersion: "a/v1", Version: "v1"}},
		PreferredVersion: metav1.GroupVersionForDiscovery{GroupVersion: "a/v1", Version: "v1"},
	}}}
}

func (f *fakeDelegate) ServerGroups() (*metav1.APIGroupList, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.groupCalls++
	return &metav1.APIGroupList{Groups: f.groups}, nil
}

func (f *fakeDelegate) ServerResourcesForGroupVersion(gv string) (*metav1.APIResourceList, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.resourceCalls++
	return &metav1.APIResourceList{GroupVersion: gv, APIResources: []metav1.APIResource{{Name: "widgets", Kind: "Widget", Verbs: []string{"get"}}}}, nil
}

func (f *fakeDelegate) Fresh() bool { return true }

func (f *fakeDelegate) Invalidate() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.invalidateCall++
}

func (f *fakeDelegate) calls() (int, int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.groupCalls, f.resourceCalls
}

func TestCachedDiscoveryFreshness(t *testing.T) {
	dir := t.TempDir()
	delegate := newFakeDelegate()
	c := newCachedDiscoveryClient(delegate, dir, time.Hour)
	assert.True(t, c.Fresh(), "a new client is fresh")
	_, err := c.ServerGroups()
	require.NoError(t, err)
	_, err = c.ServerGroups()
	require.NoError(t, err)
	groupCalls, _ := delegate.calls()
	assert.Equal(t, 1, groupCalls, "the second call is served from the file")
	assert.True(t, c.Fresh(), "serving our own file keeps the client fresh")

	delegate2 := newFakeDelegate()
	c2 := newCachedDiscoveryClient(delegate2, dir, time.Hour)
	_, err = c2.ServerGroups()
	require.NoError(t, err)
	groupCalls, _ = delegate2.calls()
	assert.Equal(t, 0, groupCalls, "another client reads the file")
	assert.False(t, c2.Fresh(), "a file written by someone else makes the client not fresh")

	c2.Invalidate()
	assert.True(t, c2.Fresh())
	assert.Equal(t, 1, delegate2.invalidateCall, "Invalidate reaches the memory cache")
	_, _, err = c2.ServerGroupsAndResources()
	require.NoError(t, err)
	groupCalls, resourceCalls := delegate2.calls()
	assert.Equal(t, 1, groupCalls, "after Invalidate the old file is not served")
	assert.Equal(t, 1, resourceCalls)
	assert.True(t, c2.Fresh())
	_, _, err = c2.ServerGroupsAndResources()
	require.NoError(t, err)
	groupCalls, resourceCalls = delegate2.calls()
	assert.Equal(t, 1, groupCalls, "rewritten files are served again")
	assert.Equal(t, 1, resourceCalls)
}

func TestCachedDiscoveryTTL(t *testing.T) {
	dir := t.TempDir()
	delegate := newFakeDelegate()
	c := newCachedDiscoveryClient(delegate, dir, time.Minute)
	_, err := c.ServerResourcesForGroupVersion("a/v1")
	require.NoError(t, err)
	_, err = c.ServerResourcesForGroupVersion("a/v1")
	require.NoError(t, err)
	_, resourceCalls := delegate.calls()
	assert.Equal(t, 1, resourceCalls)

	file := filepath.Join(dir, "a", "v1", "serverresources.json")
	old := time.Now().Add(-2 * time.Minute)
	require.NoError(t, os.Chtimes(file, old, old))
	_, err = c.ServerResourcesForGroupVersion("a/v1")
	require.NoError(t, err)
	_, resourceCalls = delegate.calls()
	assert.Equal(t, 2, resourceCalls, "an expired file is fetched again")
	info, err := os.Stat(file)
	require.NoError(t, err)
	assert.True(t, info.ModTime().After(old), "and rewritten")
}

func TestCachedDiscoveryLayoutAndPermissions(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cache")
	c := newCachedDiscoveryClient(newFakeDelegate(), dir, time.Hour)
	_, _, err := c.ServerGroupsAndResources()
	require.NoError(t, err)

	for _, d := range []string{dir, filepath.Join(dir, "a"), filepath.Join(dir, "a", "v1")} {
		info, err := os.Stat(d)
		require.NoError(t, err)
		assert.True(t, info.IsDir())
		assert.Zero(t, info.Mode().Perm()&^0o750, "%s has mode %v, want 0750 or stricter", d, info.Mode().Perm())
	}
	for _, f := range []string{filepath.Join(dir, "servergroups.json"), filepath.Join(dir, "a", "v1", "serverresources.json")} {
		info, err := os.Stat(f)
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o660), info.Mode().Perm(), f)
	}
	data, err := os.ReadFile(filepath.Join(dir, "a", "v1", "serverresources.json"))
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"APIResourceList","apiVersion":"v1","groupVersion":"a/v1","resources":[{"name":"widgets","singularName":"","namespaced":false,"kind":"Widget","verbs":["get"]}]}`, string(data))
	data, err = os.ReadFile(filepath.Join(dir, "servergroups.json"))
	require.NoError(t, err)
	assert.Contains(t, string(data), `"kind":"APIGroupList","apiVersion":"v1"`)
	entries, err := os.ReadDir(filepath.Join(dir, "a", "v1"))
	require.NoError(t, err)
	assert.Equal(t, 1, len(entries), "no temporary file is left behind")
}

func TestCachedDiscoveryCorruptFile(t *testing.T) {
	for _, content := range []string{"{garbage", `{"kind":"APIGroupList","groups":[]}`, ""} {
		t.Run(content, func(t *testing.T) {
			dir := t.TempDir()
			file := filepath.Join(dir, "servergroups.json")
			require.NoError(t, writeFileAtomic(file, []byte(content)))
			delegate := newFakeDelegate()
			c := newCachedDiscoveryClient(delegate, dir, time.Hour)
			groups, err := c.ServerGroups()
			require.NoError(t, err)
			assert.Equal(t, "a", groups.Groups[0].Name)
			groupCalls, _ := delegate.calls()
			assert.Equal(t, 1, groupCalls, "the corrupt file is ignored")
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			assert.Contains(t, string(data), `"name":"a"`, "and rewritten")
		})
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "a", "v1", "serverresources.json")
	require.NoError(t, writeFileAtomic(file, []byte(`{"groupVersion":"other/v1","resources":[]}`)))
	delegate := newFakeDelegate()
	c := newCachedDiscoveryClient(delegate, dir, time.Hour)
	list, err := c.ServerResourcesForGroupVersion("a/v1")
	require.NoError(t, err)
	assert.Equal(t, "a/v1", list.GroupVersion, "a file for another group version is not served")
}

func TestCachedDiscoveryUnsafeGroupVersions(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "cache")
	delegate := newFakeDelegate()
	c := newCachedDiscoveryClient(delegate, dir, time.Hour)
	for _, gv := range []string{"../../escape/v1", "../v1", "a/..", "a/v1/extra", "/abs/v1", "a\\..\\b/v1", ".hidden/v1", ""} {
		t.Run(gv, func(t *testing.T) {
			_, ok := c.resourcesFile(gv)
			assert.False(t, ok)
			_, _ = c.ServerResourcesForGroupVersion(gv)
		})
	}
	for _, gv := range []string{"v1", "apps/v1", "flowcontrol.apiserver.k8s.io/v1beta3"} {
		f, ok := c.resourcesFile(gv)
		assert.True(t, ok, gv)
		rel, err := filepath.Rel(dir, f)
		require.NoError(t, err)
		assert.NotContains(t, rel, "..")
	}
	_, err := c.ServerResourcesForGroupVersion("a/v1")
	require.NoError(t, err)
	entries, err := os.ReadDir(root)
	require.NoError(t, err)
	require.Equal(t, 1, len(entries), "nothing is written outside the cache directory")
	assert.Equal(t, "cache", entries[0].Name())
}

func TestCachedDiscoveryGolden(t *testing.T) {
	for _, mode := range []discoverytest.Mode{discoverytest.Legacy, discoverytest.Aggregated} {
		t.Run(map[discoverytest.Mode]string{discoverytest.Legacy: "legacy", discoverytest.Aggregated: "aggregated"}[mode], func(t *testing.T) {
			srv := discoverytest.New(t, testdata, mode)
			root := t.TempDir()
			discoveryDir := DiscoveryCacheDir(filepath.Join(root, "discovery"), srv.URL)
			httpDir := filepath.Join(root, "http")

			c, err := NewCachedDiscoveryClientForConfig(srv.Config(), discoveryDir, httpDir, 10*time.Minute)
			require.NoError(t, err)
			groups, lists, err := c.ServerGroupsAndResources()
			require.NoError(t, err)
			assert.Equal(t, 23, len(groups))
			assert.Equal(t, 36, len(lists))
			first := srv.TotalRequests()
			assert.FileExists(t, filepath.Join(discoveryDir, "apps", "v1", "serverresources.json"))
			assert.FileExists(t, filepath.Join(discoveryDir, "v1", "serverresources.json"))
			httpEntries, err := os.ReadDir(httpDir)
			require.NoError(t, err)
			assert.NotEmpty(t, httpEntries, "the HTTP cache holds the responses")

			c2, err := NewCachedDiscoveryClientForConfig(srv.Config(), discoveryDir, httpDir, 10*time.Minute)
			require.NoError(t, err)
			groups2, lists2, err := c2.ServerGroupsAndResources()
			require.NoError(t, err)
			assert.Equal(t, first, srv.TotalRequests(), "a second process is served from the files")
			assert.Equal(t, len(groups), len(groups2))
			assert.Equal(t, len(lists), len(lists2))
			assert.False(t, c2.Fresh())

			c2.Invalidate()
			_, _, err = c2.ServerGroupsAndResources()
			require.NoError(t, err)
			assert.Greater(t, srv.TotalRequests(), first, "after Invalidate the server is asked")
			assert.Greater(t, srv.NotModified(), 0, "and the HTTP cache revalidates with the ETag")
			v, err := c2.ServerVersion()
			require.NoError(t, err)
			assert.Equal(t, "34", v.Minor)
			assert.NotNil(t, c2.RESTClient())
			assert.NotNil(t, c2.OpenAPIV3())
			assert.Equal(t, c2, c2.WithLegacy())
			preferred, err := c2.ServerPreferredResources()
			require.NoError(t, err)
			assert.Equal(t, 36, len(preferred))
			namespaced, err := c2.ServerPreferredNamespacedResources()
			require.NoError(t, err)
			assert.Equal(t, 36, len(namespaced))
		})
	}
}

func TestNewCachedDiscoveryClientForConfigErrors(t *testing.T) {
	_, err := NewCachedDiscoveryClientForConfig(nil, t.TempDir(), "", time.Minute)
	require.Error(t, err)
}

func TestDiscoveryCacheDir(t *testing.T) {
	parent := filepath.Join("home", "me", ".kube", "cache", "discovery")
	tests := []struct {
		host string
		want string
	}{
		{"https://10.0.0.1:6443", "10.0.0.1_6443"},
		{"http://localhost:8080", "localhost_8080"},
		{"my-cluster.example.com", "my_cluster.example.com"},
		{"https://example.com/k8s/clusters/c-1", filepath.Join("example.com", "k8s", "clusters", "c_1")},
		{"https://[::1]:6443", "___1__6443"},
		{"../../etc", filepath.Join("_", "_", "etc")},
		{"https://host/../../../x", filepath.Join("host", "_", "_", "_", "x")},
		{"", "_"},
		{"https://", "_"},
	}
	for _, tt := range tests {
		t.Run(tt.host, func(t *testing.T) {
			assert.Equal(t, filepath.Join(parent, tt.want), DiscoveryCacheDir(parent, tt.host))
		})
	}
}

// FuzzDiscoveryCacheDir checks that no host makes the cache directory
// leave its parent.
func FuzzDiscoveryCacheDir(f *testing.F) {
	for _, seed := range []string{"https://10.0.0.1:6443", "../..", "a/../../b", "https://x/./../", "..\\..", "/abs"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, host string) {
		parent := filepath.Join("root", "discovery")
		got := DiscoveryCacheDir(parent, host)
		rel, err := filepath.Rel(parent, got)
		if err != nil || rel == "." || rel == ".." || filepath.IsAbs(rel) || len(rel) >= 3 && rel[:3] == ".."+string(filepath.Separator) {
			t.Fatalf("DiscoveryCacheDir(%q) = %q leaves %q", host, got, parent)
		}
	})
}
