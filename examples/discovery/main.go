// Command discovery prints every API group, version and resource the
// server offers, as `kubectl api-resources` does, caching the answers on
// disk for ten minutes the way kubectl does:
//
//	go run ./examples/discovery
//	go run ./examples/discovery -cache-dir /tmp/kube-cache   # run it twice
//
// The second run within the TTL reads the disk cache instead of the server.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/discovery"
	"github.com/skiff-k8s/skiff/discovery/cached/disk"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/tools/clientcmd"
	"github.com/skiff-k8s/skiff/util/homedir"
)

// cacheTTL is how long cached discovery documents are used before they are
// read from the server again.
const cacheTTL = 10 * time.Minute

// main parses the flags and runs the example, exiting 1 on error.
func main() {
	kubeconfig := flag.String("kubeconfig", "", "path to a kubeconfig (default: $KUBECONFIG, ~/.kube/config or in-cluster)")
	cacheDir := flag.String("cache-dir", filepath.Join(homedir.HomeDir(), ".kube", "cache"), "directory of the discovery and HTTP caches")
	flag.Parse()

	if err := run(*kubeconfig, *cacheDir, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "discovery:", err)
		os.Exit(1)
	}
}

// run prints the server's groups, versions and resources on out. (The
// discovery interface takes no context: its requests use config.Timeout.)
func run(kubeconfig, cacheDir string, out io.Writer) error {
	config, err := loadConfig(kubeconfig)
	if err != nil {
		return err
	}
	client, err := newCachedClient(config, cacheDir)
	if err != nil {
		return err
	}
	groups, resources, err := client.ServerGroupsAndResources()
	var partial *discovery.ErrGroupDiscoveryFailed
	if errors.As(err, &partial) {
		// Some group versions failed (an aggregated API that is down, say);
		// the others are still worth printing.
		fmt.Fprintf(os.Stderr, "discovery: warning: %v\n", err)
	} else if err != nil {
		return fmt.Errorf("discovering groups and resources: %w", err)
	}
	printGroups(out, groups, resources)
	source := "the disk cache in " + cacheDir
	if client.Fresh() {
		source = "the server (now cached in " + cacheDir + ")"
	}
	fmt.Fprintf(out, "%d groups, %d group versions; read from %s\n", len(groups), len(resources), source)
	return nil
}

// newCachedClient returns a discovery client that keeps the server's
// answers under cacheDir for cacheTTL, laid out as kubectl lays them out.
func newCachedClient(config *rest.Config, cacheDir string) (*disk.CachedDiscoveryClient, error) {
	discoveryDir := disk.DiscoveryCacheDir(filepath.Join(cacheDir, "discovery"), config.Host)
	client, err := disk.NewCachedDiscoveryClientForConfig(config, discoveryDir, filepath.Join(cacheDir, "http"), cacheTTL)
	if err != nil {
		return nil, fmt.Errorf("creating cached discovery client: %w", err)
	}
	return client, nil
}

// printGroups prints each group with its versions, and under each version
// its resources with their scope, kind and verbs.
func printGroups(out io.Writer, groups []*metav1.APIGroup, resources []*metav1.APIResourceList) {
	byGroupVersion := make(map[string]*metav1.APIResourceList, len(resources))
	for _, list := range resources {
		byGroupVersion[list.GroupVersion] = list
	}
	w := tabwriter.NewWriter(out, 0, 8, 2, ' ', 0)
	defer w.Flush()
	for _, group := range groups {
		name := group.Name
		if name == "" {
			name = `"" (core)`
		}
		fmt.Fprintf(w, "%s\n", name)
		for _, version := range group.Versions {
			preferred := ""
			if version.GroupVersion == group.PreferredVersion.GroupVersion {
				preferred = " (preferred)"
			}
			fmt.Fprintf(w, "  %s%s\n", version.Version, preferred)
			list := byGroupVersion[version.GroupVersion]
			if list == nil {
				continue
			}
			for _, r := range list.APIResources {
				scope := "cluster"
				if r.Namespaced {
					scope = "namespaced"
				}
				fmt.Fprintf(w, "    %s\t%s\t%s\t%s\n", r.Name, scope, r.Kind, strings.Join(r.Verbs, ","))
			}
		}
	}
}

// loadConfig builds a rest.Config from the kubeconfig path when one is
// given, else from $KUBECONFIG or ~/.kube/config, else from the in-cluster
// service account.
func loadConfig(kubeconfig string) (*rest.Config, error) {
	rules := clientcmd.NewDefaultClientConfigLoadingRules()
	rules.ExplicitPath = kubeconfig
	config, err := clientcmd.NewNonInteractiveDeferredLoadingClientConfig(rules, &clientcmd.ConfigOverrides{}).ClientConfig()
	if err != nil {
		return nil, fmt.Errorf("loading kubeconfig: %w", err)
	}
	return config, nil
}
