package main

import (
	"context"
	"fmt"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/kubernetes"
)

// createOrGet creates an object with create; when it already exists (a
// second run of seed) it reads the existing one with get instead, so
// seeding twice is not an error. what names the object in errors.
func createOrGet[T any](what string, create, get func() (T, error)) (T, error) {
	obj, err := create()
	if err == nil {
		return obj, nil
	}
	if !apierrors.IsAlreadyExists(err) {
		return obj, fmt.Errorf("creating %s: %w", what, err)
	}
	obj, err = get()
	if err != nil {
		return obj, fmt.Errorf("reading existing %s: %w", what, err)
	}
	return obj, nil
}

// ensureDefaultServiceAccount creates the ServiceAccount "default" of
// namespace unless it exists. A real cluster's controller-manager creates
// it; without one (the in-memory server, a bare kube-apiserver) the
// ServiceAccount admission plugin rejects pods in the namespace.
func ensureDefaultServiceAccount(ctx context.Context, clientset kubernetes.Interface, namespace string) error {
	sa := &corev1.ServiceAccount{ObjectMeta: metav1.ObjectMeta{Name: "default"}}
	_, err := clientset.CoreV1().ServiceAccounts(namespace).Create(ctx, sa, metav1.CreateOptions{})
	if err != nil && !apierrors.IsAlreadyExists(err) {
		return fmt.Errorf("creating serviceaccount %s/default: %w", namespace, err)
	}
	return nil
}
