// Command typed-deployment creates, updates, lists and deletes a Deployment
// with the typed clientset: the same steps as dynamic-deployment, with Go
// structs instead of maps, so the compiler checks every field.
//
//	go run ./examples/typed-deployment -namespace default
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/kubernetes"
	typedappsv1 "github.com/skiff-k8s/skiff/kubernetes/typed/apps/v1"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/tools/clientcmd"
	"github.com/skiff-k8s/skiff/util/retry"
)

// main parses the flags and runs the example, exiting 1 on error.
func main() {
	kubeconfig := flag.String("kubeconfig", "", "path to a kubeconfig (default: $KUBECONFIG, ~/.kube/config or in-cluster)")
	namespace := flag.String("namespace", "default", "namespace to create the deployment in")
	name := flag.String("name", "typed-demo", "name of the deployment to create and delete")
	flag.Parse()

	if err := run(context.Background(), *kubeconfig, *namespace, *name, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "typed-deployment:", err)
		os.Exit(1)
	}
}

// run walks the deployment name through create, update, list and delete.
func run(ctx context.Context, kubeconfig, namespace, name string, out io.Writer) error {
	config, err := loadConfig(kubeconfig)
	if err != nil {
		return err
	}
	clientset, err := kubernetes.NewForConfig(config)
	if err != nil {
		return fmt.Errorf("creating clientset: %w", err)
	}
	deployments := clientset.AppsV1().Deployments(namespace)

	created, err := deployments.Create(ctx, newDeployment(name), metav1.CreateOptions{})
	if err != nil {
		return fmt.Errorf("creating deployment %s/%s: %w", namespace, name, err)
	}
	fmt.Fprintf(out, "created deployment %s/%s\n", namespace, created.Name)

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

// newDeployment returns a two-replica nginx Deployment.
func newDeployment(name string) *appsv1.Deployment {
	labels := map[string]string{"app": name}
	replicas := int32(2)
	return &appsv1.Deployment{
		ObjectMeta: metav1.ObjectMeta{Name: name},
		Spec: appsv1.DeploymentSpec{
			Replicas: &replicas,
			Selector: &metav1.LabelSelector{MatchLabels: labels},
			Template: corev1.PodTemplateSpec{
				ObjectMeta: metav1.ObjectMeta{Labels: labels},
				Spec: corev1.PodSpec{
					Containers: []corev1.Container{{
						Name:  "web",
						Image: "nginx:1.26",
						Ports: []corev1.ContainerPort{{Name: "http", Protocol: corev1.ProtocolTCP, ContainerPort: 80}},
					}},
				},
			},
		},
	}
}

// scaleAndUpgrade sets the deployment to one replica and a newer image.
// Another client may update the deployment between our Get and Update, so
// the read-modify-write runs under retry.RetryOnConflict: on a 409 Conflict
// it reads the latest version and tries again.
func scaleAndUpgrade(ctx context.Context, deployments typedappsv1.DeploymentInterface, name string) error {
	err := retry.RetryOnConflict(retry.DefaultRetry, func() error {
		current, err := deployments.Get(ctx, name, metav1.GetOptions{})
		if err != nil {
			return err
		}
		if len(current.Spec.Template.Spec.Containers) == 0 {
			return fmt.Errorf("deployment %s has no containers", name)
		}
		replicas := int32(1)
		current.Spec.Replicas = &replicas
		current.Spec.Template.Spec.Containers[0].Image = "nginx:1.27"
		_, err = deployments.Update(ctx, current, metav1.UpdateOptions{})
		return err
	})
	if err != nil {
		return fmt.Errorf("updating deployment %s: %w", name, err)
	}
	return nil
}

// printDeployments lists the namespace's deployments and prints each.
func printDeployments(ctx context.Context, deployments typedappsv1.DeploymentInterface, out io.Writer) error {
	list, err := deployments.List(ctx, metav1.ListOptions{})
	if err != nil {
		return fmt.Errorf("listing deployments: %w", err)
	}
	fmt.Fprintf(out, "%d deployments:\n", len(list.Items))
	for _, d := range list.Items {
		replicas := int32(1) // the server's default when spec.replicas is unset
		if d.Spec.Replicas != nil {
			replicas = *d.Spec.Replicas
		}
		image := ""
		if cs := d.Spec.Template.Spec.Containers; len(cs) > 0 {
			image = cs[0].Image
		}
		fmt.Fprintf(out, "  * %s replicas %d, ready %d, image %s\n", d.Name, replicas, d.Status.ReadyReplicas, image)
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
