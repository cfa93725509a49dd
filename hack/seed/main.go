// Command seed fills a cluster with a small, realistic application for the
// demo (hack/demo.sh): in one namespace, three Deployments with their
// ReplicaSets and Pods (owner references, pod-template-hash labels, nodes,
// IPs and statuses as controllers would have set them), a Service and a
// ConfigMap, two Nodes, and the CronTab CustomResourceDefinition of
// examples/crd with two CronTabs.
//
//	go run ./hack/seed -kubeconfig /tmp/demo/kubeconfig -namespace demo
//
// The in-memory API server runs no controllers, so seed writes what the
// deployment and replica set controllers, the scheduler and the kubelet
// would have written. It also creates the namespace's default
// ServiceAccount (written by the controller-manager on a real cluster; a bare
// kube-apiserver rejects pods without it) and waits until the CRD is
// established and served before creating CronTabs. Running it again is not
// an error: objects that already exist are kept.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/tools/clientcmd"
)

// app describes one Deployment of the seeded application.
type app struct {
	name, image string
	replicas    int32
	// pending is how many of the replicas are not running yet.
	pending int
}

// apps is the seeded application: a web front end, an API and a worker
// whose second replica waits for its image.
var apps = []app{
	{name: "web", image: "nginx:1.27", replicas: 3},
	{name: "api", image: "ghcr.io/example/shop-api:2.4.1", replicas: 2},
	{name: "worker", image: "ghcr.io/example/shop-worker:2.4.1", replicas: 2, pending: 1},
}

// nodes are the seeded Nodes the pods are spread over.
var nodes = []string{"node-a", "node-b"}

// main parses the flags and seeds the cluster, exiting 1 on error.
func main() {
	kubeconfig := flag.String("kubeconfig", "", "path to a kubeconfig (default: $KUBECONFIG or ~/.kube/config)")
	namespace := flag.String("namespace", "demo", "namespace to create and fill")
	flag.Parse()

	if err := run(context.Background(), *kubeconfig, *namespace); err != nil {
		fmt.Fprintln(os.Stderr, "seed:", err)
		os.Exit(1)
	}
}

// run connects to the cluster and creates every seeded object.
func run(ctx context.Context, kubeconfig, namespace string) error {
	rules := clientcmd.NewDefaultClientConfigLoadingRules()
	rules.ExplicitPath = kubeconfig
	config, err := clientcmd.NewNonInteractiveDeferredLoadingClientConfig(rules, &clientcmd.ConfigOverrides{}).ClientConfig()
	if err != nil {
		return fmt.Errorf("loading kubeconfig: %w", err)
	}
	clientset, err := kubernetes.NewForConfig(config)
	if err != nil {
		return fmt.Errorf("creating clientset: %w", err)
	}
	dyn, err := dynamic.NewForConfig(config)
	if err != nil {
		return fmt.Errorf("creating dynamic client: %w", err)
	}
	if err := seedCluster(ctx, clientset, namespace); err != nil {
		return err
	}
	pods := 0
	for _, a := range apps {
		if err := seedApp(ctx, clientset, namespace, a); err != nil {
			return fmt.Errorf("seeding %s: %w", a.name, err)
		}
		pods += int(a.replicas)
	}
	if err := seedCronTabs(ctx, dyn, clientset.Discovery(), namespace); err != nil {
		return err
	}
	fmt.Printf("seeded namespace %q: %d deployments, %d replicasets, %d pods, 1 service, 1 configmap; %d nodes; CRD %s with %d CronTabs\n",
		namespace, len(apps), len(apps), pods, len(nodes), cronTabCRDName, len(cronTabs))
	return nil
}

// seedCluster creates the nodes, the namespace and the namespace's
// Service and ConfigMap.
func seedCluster(ctx context.Context, clientset kubernetes.Interface, namespace string) error {
	for _, name := range nodes {
		if err := createNode(ctx, clientset, name); err != nil {
			return err
		}
	}
	ns := &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: namespace, Labels: map[string]string{"team": "shop"}}}
	if _, err := clientset.CoreV1().Namespaces().Create(ctx, ns, metav1.CreateOptions{}); err != nil && !apierrors.IsAlreadyExists(err) {
		return fmt.Errorf("creating namespace %s: %w", namespace, err)
	}
	if err := ensureDefaultServiceAccount(ctx, clientset, namespace); err != nil {
		return err
	}
	svc := &corev1.Service{
		ObjectMeta: metav1.ObjectMeta{Name: "web", Labels: map[string]string{"app": "web"}},
		Spec: corev1.ServiceSpec{
			Selector: map[string]string{"app": "web"},
			Ports:    []corev1.ServicePort{{Name: "http", Protocol: corev1.ProtocolTCP, Port: 80}},
		},
	}
	if _, err := clientset.CoreV1().Services(namespace).Create(ctx, svc, metav1.CreateOptions{}); err != nil && !apierrors.IsAlreadyExists(err) {
		return fmt.Errorf("creating service %s/web: %w", namespace, err)
	}
	cm := &corev1.ConfigMap{
		ObjectMeta: metav1.ObjectMeta{Name: "shop-config"},
		Data:       map[string]string{"LOG_LEVEL": "info", "CURRENCY": "EUR"},
	}
	if _, err := clientset.CoreV1().ConfigMaps(namespace).Create(ctx, cm, metav1.CreateOptions{}); err != nil && !apierrors.IsAlreadyExists(err) {
		return fmt.Errorf("creating configmap %s/shop-config: %w", namespace, err)
	}
	return nil
}

// createNode creates a Ready node called name.
func createNode(ctx context.Context, clientset kubernetes.Interface, name string) error {
	node := &corev1.Node{ObjectMeta: metav1.ObjectMeta{Name: name, Labels: map[string]string{"kubernetes.io/hostname": name}}}
	nodesClient := clientset.CoreV1().Nodes()
	created, err := createOrGet("node "+name,
		func() (*corev1.Node, error) { return nodesClient.Create(ctx, node, metav1.CreateOptions{}) },
		func() (*corev1.Node, error) { return nodesClient.Get(ctx, name, metav1.GetOptions{}) })
	if err != nil {
		return err
	}
	created.Status.Conditions = []corev1.NodeCondition{{Type: corev1.NodeReady, Status: corev1.ConditionTrue, Reason: "KubeletReady"}}
	if _, err := clientset.CoreV1().Nodes().UpdateStatus(ctx, created, metav1.UpdateOptions{}); err != nil {
		return fmt.Errorf("setting status of node %s: %w", name, err)
	}
	return nil
}
