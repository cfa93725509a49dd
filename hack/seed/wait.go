package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/discovery"
	"github.com/skiff-k8s/skiff/dynamic"
)

// pollInterval is how often waitForCRD asks the server again.
const pollInterval = 200 * time.Millisecond

// waitForCRD waits, for at most timeout, until the CronTab CRD has the
// condition Established=True and its resource is listed in discovery for
// stable.example.com/v1. A real kube-apiserver establishes a new CRD and
// starts serving it asynchronously, so creating CronTabs right after the
// CRD can fail with NotFound.
func waitForCRD(ctx context.Context, client dynamic.Interface, disco discovery.DiscoveryInterface, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	gv := cronTabsGVR.GroupVersion().String()
	last := errors.New("not checked yet")
	steps := []struct {
		what  string
		check func() error
	}{
		{"established", func() error { return crdEstablished(ctx, client) }},
		{"served in discovery of " + gv, func() error { return resourceServed(disco, gv, cronTabsGVR.Resource) }},
	}
	for _, step := range steps {
		for {
			if last = step.check(); last == nil {
				break
			}
			select {
			case <-ctx.Done():
				return fmt.Errorf("waiting %s for CRD %s to be %s: %w (last check: %w)", timeout, cronTabCRDName, step.what, ctx.Err(), last)
			case <-time.After(pollInterval):
			}
		}
	}
	return nil
}

// crdEstablished reads the CronTab CRD and returns nil when its status has
// the condition Established=True, or an error saying what it saw.
func crdEstablished(ctx context.Context, client dynamic.Interface) error {
	crd, err := client.Resource(crdsGVR).Get(ctx, cronTabCRDName, metav1.GetOptions{})
	if err != nil {
		return fmt.Errorf("reading CRD: %w", err)
	}
	conditions, _, err := unstructured.NestedSlice(crd.Object, "status", "conditions")
	if err != nil {
		return fmt.Errorf("reading status.conditions: %w", err)
	}
	for _, c := range conditions {
		cond, ok := c.(map[string]any)
		if !ok || cond["type"] != "Established" {
			continue
		}
		if cond["status"] == "True" {
			return nil
		}
		return fmt.Errorf("condition Established=%v: %v", cond["status"], cond["message"])
	}
	return errors.New("no Established condition yet")
}

// resourceServed returns nil when discovery lists resource in groupVersion.
func resourceServed(disco discovery.DiscoveryInterface, groupVersion, resource string) error {
	list, err := disco.ServerResourcesForGroupVersion(groupVersion)
	if err != nil {
		return fmt.Errorf("discovering %s: %w", groupVersion, err)
	}
	if !slices.ContainsFunc(list.APIResources, func(r metav1.APIResource) bool { return r.Name == resource }) {
		return fmt.Errorf("%s not listed in %s", resource, groupVersion)
	}
	return nil
}
