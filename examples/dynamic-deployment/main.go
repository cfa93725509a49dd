// Command dynamic-deployment creates, updates, lists and deletes a
// Deployment through the dynamic client, which needs no Go types: the
// object is a map, built here by hand and read with the unstructured
// helpers. It then converts a listed object to the typed appsv1.Deployment
// with runtime.DefaultUnstructuredConverter.
//
//	go run ./examples/dynamic-deployment -namespace default
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/tools/clientcmd"
	"github.com/skiff-k8s/skiff/util/retry"
)

// deploymentsGVR names the resource the dynamic client talks to.
var deploymentsGVR = schema.GroupVersionResource{Group: "apps", Version: "v1", Resource: "deployments"}

// main parses the flags and runs the example, exiting 1 on error.
func main() {
	kubeconfig := flag.String("kubeconfig", "", "path to a kubeconfig (default: $KUBECONFIG, ~/.kube/config or in-cluster)")
	namespace := flag.String("namespace", "default", "namespace to create the deployment in")
	name := flag.String("name", "dynamic-demo", "name of the deployment to create and delete")
	flag.Parse()

	if err := run(context.Background(), *kubeconfig, *namespace, *name, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "dynamic-deployment:", err)
		os.Exit(1)
	}
}

// run walks the deployment name through create, update, list and delete.
func run(ctx context.Context, kubeconfig, namespace, name string, out io.Writer) error {
	config, err := loadConfig(kubeconfig)
	if err != nil {
		return err
	}
	client, err := dynamic.NewForConfig(config)
	if err != nil {
		return fmt.Errorf("creating dynamic client: %w", err)
	}
	deployments := client.Resource(deploymentsGVR).Namespace(namespace)

	created, err := deployments.Create(ctx, newDeployment(name), metav1.CreateOptions{})
	if err != nil {
		return fmt.Errorf("creating deployment %s/%s: %w", namespace, name, err)
	}
	fmt.Fprintf(out, "created deployment %s/%s\n", namespace, created.GetName())

	if err := scaleAndUpgrade(ctx, deployments, name); err != nil {
		return err
	}
	fmt.Fprintf(out, "updated deployment %s: 1 replica, image nginx:1.27\n", name)

	if err := printDeployments(ctx, deployments, out); err != nil {
		return err
	}

	// Background propagation deletes the deployment now and leaves its
	// replica sets and pods to the garbage collector, as kubectl does.
	background := metav1.DeletePropagationBackground
	if err := deployments.Delete(ctx, name, metav1.DeleteOptions{PropagationPolicy: &background}); err != nil {
		return fmt.Errorf("deleting deployment %s/%s: %w", namespace, name, err)
	}
	fmt.Fprintf(out, "deleted deployment %s/%s\n", namespace, name)
	return nil
}

// newDeployment returns a two-replica nginx Deployment as a plain map.
func newDeployment(name string) *unstructured.Unstructured {
	labels := map[string]any{"app": name}
	return &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "apps/v1",
		"kind":       "Deployment",
		"metadata":   map[string]any{"name": name},
		"spec": map[string]any{
			"replicas": int64(2),
			"selector": map[string]any{"matchLabels": labels},
			"template": map[string]any{
				"metadata": map[string]any{"labels": labels},
				"spec": map[string]any{
					"containers": []any{map[string]any{
						"name":  "web",
						"image": "nginx:1.26",
						"ports": []any{map[string]any{"name": "http", "protocol": "TCP", "containerPort": int64(80)}},
					}},
				},
			},
		},
	}}
}

// scaleAndUpgrade sets the deployment to one replica and a newer image.
// Another client may update the deployment between our Get and Update, so
// the read-modify-write runs under retry.RetryOnConflict: on a 409 Conflict
// it reads the latest version and tries again.
func scaleAndUpgrade(ctx context.Context, deployments dynamic.ResourceInterface, name string) error {
	err := retry.RetryOnConflict(retry.DefaultRetry, func() error {
		current, err := deployments.Get(ctx, name, metav1.GetOptions{})
		if err != nil {
			return err
		}
		if err := unstructured.SetNestedField(current.Object, int64(1), "spec", "replicas"); err != nil {
			return err
		}
		containers, _, err := unstructured.NestedSlice(current.Object, "spec", "template", "spec", "containers")
		if err != nil {
			return fmt.Errorf("deployment %s: reading containers: %w", name, err)
		}
		if len(containers) == 0 {
			return fmt.Errorf("deployment %s has no containers", name)
		}
		first, ok := containers[0].(map[string]any)
		if !ok {
			return fmt.Errorf("deployment %s: container 0 is a %T, not an object", name, containers[0])
		}
		first["image"] = "nginx:1.27"
		if err := unstructured.SetNestedSlice(current.Object, containers, "spec", "template", "spec", "containers"); err != nil {
			return err
		}
		_, err = deployments.Update(ctx, current, metav1.UpdateOptions{})
		return err
	})
	if err != nil {
		return fmt.Errorf("updating deployment %s: %w", name, err)
	}
	return nil
}

// printDeployments lists the namespace's deployments and prints each, once
// from the map and once after converting it to the typed appsv1.Deployment.
func printDeployments(ctx context.Context, deployments dynamic.ResourceInterface, out io.Writer) error {
	list, err := deployments.List(ctx, metav1.ListOptions{})
	if err != nil {
		return fmt.Errorf("listing deployments: %w", err)
	}
	fmt.Fprintf(out, "%d deployments:\n", len(list.Items))
	for _, item := range list.Items {
		replicas, _, err := unstructured.NestedInt64(item.Object, "spec", "replicas")
		if err != nil {
			return fmt.Errorf("deployment %s: reading spec.replicas: %w", item.GetName(), err)
		}
		var typed appsv1.Deployment
		if err := runtime.DefaultUnstructuredConverter.FromUnstructured(item.Object, &typed); err != nil {
			return fmt.Errorf("converting deployment %s to appsv1.Deployment: %w", item.GetName(), err)
		}
		image := ""
		if cs := typed.Spec.Template.Spec.Containers; len(cs) > 0 {
			image = cs[0].Image
		}
		fmt.Fprintf(out, "  * %s replicas %d; as appsv1.Deployment: image %s, selector %s\n",
			item.GetName(), replicas, image, metav1.FormatLabelSelector(typed.Spec.Selector))
	}
	return nil
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
