package main

import (
	"context"
	"fmt"
	"hash/fnv"

	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/kubernetes"
)

// seedApp creates the Deployment of a, its ReplicaSet and its Pods, each
// owned by the one before, and sets their statuses.
func seedApp(ctx context.Context, clientset kubernetes.Interface, namespace string, a app) error {
	deployments := clientset.AppsV1().Deployments(namespace)
	deploy, err := createOrGet("deployment "+a.name,
		func() (*appsv1.Deployment, error) {
			return deployments.Create(ctx, deployment(a), metav1.CreateOptions{})
		},
		func() (*appsv1.Deployment, error) { return deployments.Get(ctx, a.name, metav1.GetOptions{}) })
	if err != nil {
		return err
	}
	hash := templateHash(a)
	replicaSets := clientset.AppsV1().ReplicaSets(namespace)
	want := replicaSet(a, deploy, hash)
	rs, err := createOrGet("replicaset "+want.Name,
		func() (*appsv1.ReplicaSet, error) { return replicaSets.Create(ctx, want, metav1.CreateOptions{}) },
		func() (*appsv1.ReplicaSet, error) { return replicaSets.Get(ctx, want.Name, metav1.GetOptions{}) })
	if err != nil {
		return err
	}
	ready := a.replicas - int32(a.pending)
	for i := range int(a.replicas) {
		if err := seedPod(ctx, clientset, namespace, a, rs, hash, i); err != nil {
			return err
		}
	}
	rs.Status = appsv1.ReplicaSetStatus{Replicas: a.replicas, ReadyReplicas: ready, AvailableReplicas: ready, FullyLabeledReplicas: a.replicas}
	if _, err := clientset.AppsV1().ReplicaSets(namespace).UpdateStatus(ctx, rs, metav1.UpdateOptions{}); err != nil {
		return fmt.Errorf("setting replicaset status: %w", err)
	}
	deploy.Status = appsv1.DeploymentStatus{Replicas: a.replicas, UpdatedReplicas: a.replicas, ReadyReplicas: ready,
		AvailableReplicas: ready, UnavailableReplicas: a.replicas - ready, ObservedGeneration: deploy.Generation}
	if _, err := clientset.AppsV1().Deployments(namespace).UpdateStatus(ctx, deploy, metav1.UpdateOptions{}); err != nil {
		return fmt.Errorf("setting deployment status: %w", err)
	}
	return nil
}

// seedPod creates the i-th pod of a's replica set rs, scheduled on a node,
// and sets its status: Running and Ready, or Pending on its image for the
// last a.pending pods.
func seedPod(ctx context.Context, clientset kubernetes.Interface, namespace string, a app, rs *appsv1.ReplicaSet, hash string, i int) error {
	p := &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{
			Name:            podName(rs.Name, i),
			Labels:          map[string]string{"app": a.name, "pod-template-hash": hash},
			OwnerReferences: []metav1.OwnerReference{ownerRef("ReplicaSet", rs.Name, rs.UID)},
		},
		Spec: podTemplate(a).Spec,
	}
	p.Spec.NodeName = nodes[i%len(nodes)]
	pods := clientset.CoreV1().Pods(namespace)
	created, err := createOrGet("pod "+p.Name,
		func() (*corev1.Pod, error) { return pods.Create(ctx, p, metav1.CreateOptions{}) },
		func() (*corev1.Pod, error) { return pods.Get(ctx, p.Name, metav1.GetOptions{}) })
	if err != nil {
		return err
	}
	created.Status = runningStatus(i)
	if i >= int(a.replicas)-a.pending {
		created.Status = pendingStatus(a)
	}
	if _, err := clientset.CoreV1().Pods(namespace).UpdateStatus(ctx, created, metav1.UpdateOptions{}); err != nil {
		return fmt.Errorf("setting status of pod %s: %w", p.Name, err)
	}
	return nil
}

// runningStatus is the status of the i-th healthy pod.
func runningStatus(i int) corev1.PodStatus {
	now := metav1.Now()
	return corev1.PodStatus{
		Phase:  corev1.PodRunning,
		PodIP:  fmt.Sprintf("10.244.%d.%d", i%len(nodes), 10+i),
		HostIP: fmt.Sprintf("192.168.1.%d", 10+i%len(nodes)),
		Conditions: []corev1.PodCondition{
			{Type: corev1.PodScheduled, Status: corev1.ConditionTrue, LastTransitionTime: now},
			{Type: corev1.PodReady, Status: corev1.ConditionTrue, LastTransitionTime: now},
		},
		StartTime: &now,
	}
}

// pendingStatus is the status of a pod whose image cannot be pulled.
func pendingStatus(a app) corev1.PodStatus {
	return corev1.PodStatus{
		Phase: corev1.PodPending,
		Conditions: []corev1.PodCondition{
			{Type: corev1.PodScheduled, Status: corev1.ConditionTrue},
			{Type: corev1.PodReady, Status: corev1.ConditionFalse, Reason: "ContainersNotReady"},
		},
		ContainerStatuses: []corev1.ContainerStatus{{
			Name:  a.name,
			Image: a.image,
			State: corev1.ContainerState{Waiting: &corev1.ContainerStateWaiting{
				Reason: "ImagePullBackOff", Message: "Back-off pulling image " + a.image}},
		}},
	}
}

// deployment returns the Deployment of a.
func deployment(a app) *appsv1.Deployment {
	replicas := a.replicas
	return &appsv1.Deployment{
		ObjectMeta: metav1.ObjectMeta{Name: a.name, Labels: map[string]string{"app": a.name}},
		Spec: appsv1.DeploymentSpec{
			Replicas: &replicas,
			Selector: &metav1.LabelSelector{MatchLabels: map[string]string{"app": a.name}},
			Template: podTemplate(a),
		},
	}
}

// replicaSet returns the ReplicaSet the deployment controller would have
// made for deploy.
func replicaSet(a app, deploy *appsv1.Deployment, hash string) *appsv1.ReplicaSet {
	replicas := a.replicas
	labels := map[string]string{"app": a.name, "pod-template-hash": hash}
	template := podTemplate(a)
	template.Labels = labels
	return &appsv1.ReplicaSet{
		ObjectMeta: metav1.ObjectMeta{
			Name:            a.name + "-" + hash,
			Labels:          labels,
			OwnerReferences: []metav1.OwnerReference{ownerRef("Deployment", deploy.Name, deploy.UID)},
		},
		Spec: appsv1.ReplicaSetSpec{
			Replicas: &replicas,
			Selector: &metav1.LabelSelector{MatchLabels: labels},
			Template: template,
		},
	}
}

// podTemplate returns the pod template of a: one container with a port,
// configured from the shop-config ConfigMap.
func podTemplate(a app) corev1.PodTemplateSpec {
	return corev1.PodTemplateSpec{
		ObjectMeta: metav1.ObjectMeta{Labels: map[string]string{"app": a.name}},
		Spec: corev1.PodSpec{
			Containers: []corev1.Container{{
				Name:    a.name,
				Image:   a.image,
				Ports:   []corev1.ContainerPort{{Name: "http", ContainerPort: 8080, Protocol: corev1.ProtocolTCP}},
				EnvFrom: []corev1.EnvFromSource{{ConfigMapRef: &corev1.ConfigMapEnvSource{LocalObjectReference: corev1.LocalObjectReference{Name: "shop-config"}}}},
			}},
		},
	}
}

// ownerRef returns a controller owner reference to an apps/v1 object.
func ownerRef(kind, name string, uid types.UID) metav1.OwnerReference {
	controller := true
	return metav1.OwnerReference{APIVersion: "apps/v1", Kind: kind, Name: name, UID: uid, Controller: &controller}
}

// podSuffixes are the random-looking name suffixes of the seeded pods.
var podSuffixes = []string{"7xkqp", "b2m9d", "tz4wc", "h8vln"}

// podName returns the name of the i-th pod of the replica set rsName.
func podName(rsName string, i int) string {
	return fmt.Sprintf("%s-%s", rsName, podSuffixes[i%len(podSuffixes)])
}

// templateHash is a stable short hash of a's pod template, like the
// pod-template-hash label the deployment controller sets.
func templateHash(a app) string {
	h := fnv.New32a()
	fmt.Fprintf(h, "%s/%s", a.name, a.image)
	return fmt.Sprintf("%08x", h.Sum32())[:8]
}
