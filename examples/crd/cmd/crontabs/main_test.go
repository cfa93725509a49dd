package main

import (
	"bytes"
	"context"
	"testing"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	stablev1 "github.com/skiff-k8s/skiff/examples/crd/apis/stable/v1"
	"github.com/skiff-k8s/skiff/examples/crd/client"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

func TestRun(t *testing.T) {
	server, err := apiserver.New(apiserver.Options{})
	if err != nil {
		t.Fatal(err)
	}
	crd := map[string]any{
		"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
		"metadata": map[string]any{"name": "crontabs.stable.example.com"},
		"spec": map[string]any{"group": "stable.example.com", "scope": "Namespaced",
			"names":    map[string]any{"plural": "crontabs", "singular": "crontab", "kind": "CronTab", "listKind": "CronTabList"},
			"versions": []any{map[string]any{"name": "v1", "served": true, "storage": true}}},
	}
	if err := server.AddCRD(crd); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := run(ctx, server.RESTConfig(), "", &bytes.Buffer{}); err != nil {
		t.Fatalf("run on an empty cluster: %v", err)
	}
	cs := client.NewForConfigOrDie(server.RESTConfig())
	ct := &stablev1.CronTab{ObjectMeta: metav1.ObjectMeta{Name: "nightly"}, Spec: stablev1.CronTabSpec{CronSpec: "@daily", Image: "job:2"}}
	if _, err := cs.StableV1().CronTabs("default").Create(ctx, ct, metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(ctx, server.RESTConfig(), "", &out); err != nil {
		t.Fatalf("run: %v", err)
	}
	if got, want := out.String(), "default/nightly\t@daily\tjob:2\n"; got != want {
		t.Errorf("output = %q, want %q", got, want)
	}
}
