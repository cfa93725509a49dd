package main

import (
	"context"
	"fmt"
	"time"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/discovery"
	"github.com/skiff-k8s/skiff/dynamic"
)

// cronTabCRDName is the name of the CustomResourceDefinition of
// examples/crd.
const cronTabCRDName = "crontabs.stable.example.com"

var (
	crdsGVR     = schema.GroupVersionResource{Group: "apiextensions.k8s.io", Version: "v1", Resource: "customresourcedefinitions"}
	cronTabsGVR = schema.GroupVersionResource{Group: "stable.example.com", Version: "v1", Resource: "crontabs"}
)

// cronTabs are the seeded CronTabs: name, schedule and image.
var cronTabs = [][3]string{
	{"nightly-report", "0 2 * * *", "ghcr.io/example/shop-report:1.3"},
	{"cache-warmer", "*/15 * * * *", "ghcr.io/example/shop-worker:2.4.1"},
}

// crdTimeout bounds how long seed waits for the CronTab CRD to be served.
const crdTimeout = 60 * time.Second

// seedCronTabs registers the CronTab CRD, waits until it is established and
// served, and creates the seeded CronTabs in namespace, through the dynamic
// client since they have no Go types here.
func seedCronTabs(ctx context.Context, client dynamic.Interface, disco discovery.DiscoveryInterface, namespace string) error {
	_, err := client.Resource(crdsGVR).Create(ctx, cronTabCRD(), metav1.CreateOptions{})
	if err != nil && !apierrors.IsAlreadyExists(err) {
		return fmt.Errorf("creating CRD %s: %w", cronTabCRDName, err)
	}
	if err := waitForCRD(ctx, client, disco, crdTimeout); err != nil {
		return err
	}
	for _, ct := range cronTabs {
		obj := &unstructured.Unstructured{Object: map[string]any{
			"apiVersion": "stable.example.com/v1",
			"kind":       "CronTab",
			"metadata":   map[string]any{"name": ct[0]},
			"spec":       map[string]any{"cronSpec": ct[1], "image": ct[2], "replicas": int64(1)},
		}}
		_, err := client.Resource(cronTabsGVR).Namespace(namespace).Create(ctx, obj, metav1.CreateOptions{})
		if err != nil && !apierrors.IsAlreadyExists(err) {
			return fmt.Errorf("creating CronTab %s/%s: %w", namespace, ct[0], err)
		}
	}
	return nil
}

// cronTabCRD returns the CustomResourceDefinition of CronTab, version v1,
// with a status subresource.
func cronTabCRD() *unstructured.Unstructured {
	schemaProps := map[string]any{
		"type": "object",
		"properties": map[string]any{
			"spec": map[string]any{"type": "object", "properties": map[string]any{
				"cronSpec": map[string]any{"type": "string"},
				"image":    map[string]any{"type": "string"},
				"replicas": map[string]any{"type": "integer"},
			}},
			"status": map[string]any{"type": "object", "x-kubernetes-preserve-unknown-fields": true},
		},
	}
	return &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "apiextensions.k8s.io/v1",
		"kind":       "CustomResourceDefinition",
		"metadata":   map[string]any{"name": cronTabCRDName},
		"spec": map[string]any{
			"group": "stable.example.com",
			"scope": "Namespaced",
			"names": map[string]any{"plural": "crontabs", "singular": "crontab", "kind": "CronTab",
				"listKind": "CronTabList", "shortNames": []any{"ct"}},
			"versions": []any{map[string]any{
				"name": "v1", "served": true, "storage": true,
				"schema":       map[string]any{"openAPIV3Schema": schemaProps},
				"subresources": map[string]any{"status": map[string]any{}},
			}},
		},
	}}
}
