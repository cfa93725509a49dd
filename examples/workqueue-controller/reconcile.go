package main

import (
	"context"
	"fmt"
	"maps"
	"strconv"
	"strings"

	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/tools/cache"
)

const (
	// controllerName marks the ConfigMaps this controller manages.
	controllerName = "workqueue-controller"
	// managedByLabel is the label holding controllerName.
	managedByLabel = "app.kubernetes.io/managed-by"
)

// summaryName returns the name of a Deployment's summary ConfigMap.
func summaryName(deployment string) string { return deployment + "-summary" }

// sync makes the summary ConfigMap of the Deployment key match it: created
// when missing, updated when it differs, deleted when the Deployment is
// gone. It reads from the informers' caches and writes to the server.
func (c *Controller) sync(ctx context.Context, key cache.ObjectName) error {
	deployment, err := c.deployments.Deployments(key.Namespace).Get(key.Name)
	if apierrors.IsNotFound(err) {
		return c.deleteSummary(ctx, key)
	}
	if err != nil {
		return fmt.Errorf("reading deployment %s from the cache: %w", key, err)
	}
	if deployment.DeletionTimestamp != nil {
		return nil // being deleted; the delete event comes next
	}
	want := desiredSummary(deployment)
	current, err := c.configMaps.ConfigMaps(key.Namespace).Get(want.Name)
	if apierrors.IsNotFound(err) {
		_, err = c.clientset.CoreV1().ConfigMaps(key.Namespace).Create(ctx, want, metav1.CreateOptions{})
		if err != nil && !apierrors.IsAlreadyExists(err) {
			return fmt.Errorf("creating configmap %s/%s: %w", key.Namespace, want.Name, err)
		}
		c.log.printf("created configmap %s/%s\n", key.Namespace, want.Name)
		return nil
	}
	if err != nil {
		return fmt.Errorf("reading configmap %s/%s from the cache: %w", key.Namespace, want.Name, err)
	}
	if !metav1.IsControlledBy(current, deployment) {
		return fmt.Errorf("configmap %s/%s exists and is not controlled by deployment %s", key.Namespace, want.Name, key)
	}
	if maps.Equal(current.Data, want.Data) {
		return nil
	}
	// Objects from the cache are shared: change a copy.
	updated := current.DeepCopy()
	updated.Data = want.Data
	if _, err := c.clientset.CoreV1().ConfigMaps(key.Namespace).Update(ctx, updated, metav1.UpdateOptions{}); err != nil {
		return fmt.Errorf("updating configmap %s/%s: %w", key.Namespace, want.Name, err)
	}
	c.log.printf("updated configmap %s/%s: %s\n", key.Namespace, want.Name, describe(want.Data))
	return nil
}

// deleteSummary deletes the summary ConfigMap of a deleted Deployment (a
// cluster's garbage collector would too, through the owner reference; the
// controller does not rely on one running).
func (c *Controller) deleteSummary(ctx context.Context, key cache.ObjectName) error {
	name := summaryName(key.Name)
	current, err := c.configMaps.ConfigMaps(key.Namespace).Get(name)
	if apierrors.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("reading configmap %s/%s from the cache: %w", key.Namespace, name, err)
	}
	if current.Labels[managedByLabel] != controllerName {
		return nil // not ours
	}
	err = c.clientset.CoreV1().ConfigMaps(key.Namespace).Delete(ctx, name, metav1.DeleteOptions{
		Preconditions: &metav1.Preconditions{UID: &current.UID},
	})
	if err != nil && !apierrors.IsNotFound(err) {
		return fmt.Errorf("deleting configmap %s/%s: %w", key.Namespace, name, err)
	}
	c.log.printf("deleted configmap %s/%s\n", key.Namespace, name)
	return nil
}

// desiredSummary returns the summary ConfigMap of deployment.
func desiredSummary(deployment *appsv1.Deployment) *corev1.ConfigMap {
	replicas := int32(1)
	if deployment.Spec.Replicas != nil {
		replicas = *deployment.Spec.Replicas
	}
	var images []string
	for _, c := range deployment.Spec.Template.Spec.Containers {
		images = append(images, c.Image)
	}
	return &corev1.ConfigMap{
		ObjectMeta: metav1.ObjectMeta{
			Namespace: deployment.Namespace,
			Name:      summaryName(deployment.Name),
			Labels:    map[string]string{managedByLabel: controllerName},
			OwnerReferences: []metav1.OwnerReference{
				*metav1.NewControllerRef(deployment, appsv1.SchemeGroupVersion.WithKind("Deployment")),
			},
		},
		Data: map[string]string{
			"replicas": strconv.Itoa(int(replicas)),
			"images":   strings.Join(images, ","),
		},
	}
}

// describe renders summary data as "images=... replicas=...".
func describe(data map[string]string) string {
	return fmt.Sprintf("images=%s replicas=%s", data["images"], data["replicas"])
}
