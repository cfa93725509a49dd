package disk

import (
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/version"
	"github.com/skiff-k8s/skiff/discovery"
	"github.com/skiff-k8s/skiff/discovery/cached/memory"
	"github.com/skiff-k8s/skiff/openapi"
	"github.com/skiff-k8s/skiff/rest"
)

// CachedDiscoveryClient is a discovery client that keeps the groups and
// the resources of each group version in files, served while younger than
// its TTL, in front of an in-memory cache of the server's answers.
type CachedDiscoveryClient struct {
	delegate discovery.CachedDiscoveryInterface

	// cacheDirectory holds servergroups.json and
	// <group>/<version>/serverresources.json.
	cacheDirectory string
	// ttl is how long a file is served after it was written.
	ttl time.Duration

	mutex sync.Mutex
	// ourFiles are the files this client wrote; serving others makes it
	// not fresh.
	ourFiles map[string]struct{}
	// invalidated stops files this client did not write from being served.
	invalidated bool
	// fresh is true while every answer came from the server or from a file
	// this client wrote.
	fresh bool
}

var _ discovery.CachedDiscoveryInterface = &CachedDiscoveryClient{}

// NewCachedDiscoveryClientForConfig returns a CachedDiscoveryClient for
// config keeping its files in discoveryCacheDir for ttl. When httpCacheDir
// is not empty, discovery requests also go through an HTTP cache there
// (see NewCacheRoundTripper). config is not changed.
func NewCachedDiscoveryClientForConfig(config *rest.Config, discoveryCacheDir, httpCacheDir string, ttl time.Duration) (*CachedDiscoveryClient, error) {
	if config == nil {
		return nil, fmt.Errorf("cached discovery client: a config is required")
	}
	if len(httpCacheDir) > 0 {
		config = rest.CopyConfig(config)
		config.Wrap(func(rt http.RoundTripper) http.RoundTripper {
			return NewCacheRoundTripper(httpCacheDir, rt)
		})
	}
	client, err := discovery.NewDiscoveryClientForConfig(config)
	if err != nil {
		return nil, fmt.Errorf("cached discovery client: %w", err)
	}
	return newCachedDiscoveryClient(memory.NewMemCacheClient(client), discoveryCacheDir, ttl), nil
}

// newCachedDiscoveryClient returns a CachedDiscoveryClient in front of
// delegate.
func newCachedDiscoveryClient(delegate discovery.CachedDiscoveryInterface, cacheDirectory string, ttl time.Duration) *CachedDiscoveryClient {
	return &CachedDiscoveryClient{
		delegate:       delegate,
		cacheDirectory: cacheDirectory,
		ttl:            ttl,
		ourFiles:       map[string]struct{}{},
		fresh:          true,
	}
}

// safeSegment matches a group or version name that is safe as a directory
// name.
var safeSegment = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)

// resourcesFile returns the cache file of groupVersion; false when the
// name is not a plain "version" or "group/version" that stays inside the
// cache directory.
func (d *CachedDiscoveryClient) resourcesFile(groupVersion string) (string, bool) {
	parts := strings.Split(groupVersion, "/")
	if len(parts) > 2 {
		return "", false
	}
	for _, p := range parts {
		if !safeSegment.MatchString(p) || strings.Contains(p, "..") {
			return "", false
		}
	}
	return filepath.Join(append(append([]string{d.cacheDirectory}, parts...), "serverresources.json")...), true
}

// ServerResourcesForGroupVersion returns the resources of groupVersion from
// its file, or from the server (then writing the file).
func (d *CachedDiscoveryClient) ServerResourcesForGroupVersion(groupVersion string) (*metav1.APIResourceList, error) {
	filename, cacheable := d.resourcesFile(groupVersion)
	if cacheable {
		if data, err := d.getCachedFile(filename); err == nil {
			list := &metav1.APIResourceList{}
			if err := json.Unmarshal(data, list); err == nil && list.GroupVersion == groupVersion {
				return list, nil
			}
		}
	}
	live, err := d.delegate.ServerResourcesForGroupVersion(groupVersion)
	if err != nil || live == nil || len(live.APIResources) == 0 || !cacheable {
		return live, err
	}
	toWrite := *live
	toWrite.TypeMeta = metav1.TypeMeta{Kind: "APIResourceList", APIVersion: "v1"}
	if data, err := json.Marshal(&toWrite); err == nil {
		// A failed write only costs a later request; the answer is good.
		_ = d.writeCachedFile(filename, data)
	}
	return live, nil
}

// ServerGroups returns the groups from servergroups.json, or from the
// server (then writing the file).
func (d *CachedDiscoveryClient) ServerGroups() (*metav1.APIGroupList, error) {
	filename := filepath.Join(d.cacheDirectory, "servergroups.json")
	if data, err := d.getCachedFile(filename); err == nil {
		groups := &metav1.APIGroupList{}
		if err := json.Unmarshal(data, groups); err == nil && len(groups.Groups) > 0 {
			return groups, nil
		}
	}
	live, err := d.delegate.ServerGroups()
	if err != nil || live == nil || len(live.Groups) == 0 {
		return live, err
	}
	toWrite := *live
	toWrite.TypeMeta = metav1.TypeMeta{Kind: "APIGroupList", APIVersion: "v1"}
	if data, err := json.Marshal(&toWrite); err == nil {
		_ = d.writeCachedFile(filename, data)
	}
	return live, nil
}

// ServerGroupsAndResources returns every group and the resources of each
// group version, from the files where they are valid.
func (d *CachedDiscoveryClient) ServerGroupsAndResources() ([]*metav1.APIGroup, []*metav1.APIResourceList, error) {
	return discovery.ServerGroupsAndResources(d)
}

// ServerPreferredResources returns the preferred resources, from the files
// where they are valid.
func (d *CachedDiscoveryClient) ServerPreferredResources() ([]*metav1.APIResourceList, error) {
	return discovery.ServerPreferredResources(d)
}

// ServerPreferredNamespacedResources returns the preferred namespaced
// resources, from the files where they are valid.
func (d *CachedDiscoveryClient) ServerPreferredNamespacedResources() ([]*metav1.APIResourceList, error) {
	return discovery.ServerPreferredNamespacedResources(d)
}

// ServerVersion asks the server; the version is not cached on disk.
func (d *CachedDiscoveryClient) ServerVersion() (*version.Info, error) {
	return d.delegate.ServerVersion()
}

// OpenAPIV3 returns the delegate's OpenAPI v3 client (documents are cached
// by the HTTP cache, when there is one).
func (d *CachedDiscoveryClient) OpenAPIV3() openapi.Client {
	return d.delegate.OpenAPIV3()
}

// RESTClient returns the REST client of the underlying discovery client.
func (d *CachedDiscoveryClient) RESTClient() rest.Interface {
	return d.delegate.RESTClient()
}

// WithLegacy returns d: the files hold the same content whichever form the
// server answered in.
func (d *CachedDiscoveryClient) WithLegacy() discovery.DiscoveryInterface {
	return d
}

// Fresh reports whether every answer so far came from the server or from a
// file this client wrote; false means a miss may be due to an old file and
// is worth an Invalidate and a retry.
func (d *CachedDiscoveryClient) Fresh() bool {
	d.mutex.Lock()
	defer d.mutex.Unlock()
	return d.fresh
}

// Invalidate stops this client from serving files it did not write
// (until it rewrites them), makes it fresh and empties the memory cache
// behind it.
func (d *CachedDiscoveryClient) Invalidate() {
	d.mutex.Lock()
	defer d.mutex.Unlock()
	d.ourFiles = map[string]struct{}{}
	d.fresh = true
	d.invalidated = true
	d.delegate.Invalidate()
}
