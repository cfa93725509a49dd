package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/testing/apiserver"
	"github.com/skiff-k8s/skiff/tools/cache"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// limit bounds every wait; it guards against a hang and is not a timing
// assertion.
const limit = 30 * time.Second

// syncBuffer is a bytes.Buffer safe for concurrent writers and readers.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// waitForCount waits until out contains want n times.
func waitForCount(t *testing.T, out *syncBuffer, want string, n int) {
	t.Helper()
	require.Eventually(t, func() bool { return strings.Count(out.String(), want) >= n }, limit, 10*time.Millisecond,
		"output never contained %q %d times; got:\n%s", want, n, out)
}

func deployment(ns, name, image string, replicas int32) *appsv1.Deployment {
	labels := map[string]string{"app": name}
	return &appsv1.Deployment{
		ObjectMeta: metav1.ObjectMeta{Namespace: ns, Name: name},
		Spec: appsv1.DeploymentSpec{
			Replicas: &replicas,
			Selector: &metav1.LabelSelector{MatchLabels: labels},
			Template: corev1.PodTemplateSpec{
				ObjectMeta: metav1.ObjectMeta{Labels: labels},
				Spec:       corev1.PodSpec{Containers: []corev1.Container{{Name: name, Image: image}}},
			},
		},
	}
}

// start runs c with workers until the test ends and returns a function
// that stops it and returns Run's error.
func start(t *testing.T, c *Controller, workers int) (stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx, workers) }()
	var once sync.Once
	var err error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case err = <-done:
			case <-time.After(limit):
				err = errors.New("Run did not return after its context was cancelled")
			}
		})
		return err
	}
	t.Cleanup(func() { _ = stop() })
	return stop
}

func newServer(t *testing.T, objs ...*appsv1.Deployment) (*apiserver.Server, kubernetes.Interface) {
	t.Helper()
	server, err := apiserver.New(apiserver.Options{})
	require.NoError(t, err)
	for _, o := range objs {
		require.NoError(t, server.Add(o))
	}
	return server, kubernetes.NewForConfigOrDie(server.RESTConfig())
}

func TestControllerReconciles(t *testing.T) {
	_, clientset := newServer(t, deployment("demo", "web", "nginx:1.27", 3), deployment("other", "api", "api:2", 2))
	ctx := context.Background()
	out := &syncBuffer{}
	stop := start(t, NewController(clientset, "demo", 0, out), 2)
	configMaps := clientset.CoreV1().ConfigMaps("demo")

	waitForCount(t, out, "created configmap demo/web-summary", 1)
	cm, err := configMaps.Get(ctx, "web-summary", metav1.GetOptions{})
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"images": "nginx:1.27", "replicas": "3"}, cm.Data)
	assert.Equal(t, controllerName, cm.Labels[managedByLabel])
	owner := metav1.GetControllerOf(cm)
	require.NotNil(t, owner, "controller owner reference")
	assert.Equal(t, "web", owner.Name)

	t.Run("deployment changed", func(t *testing.T) {
		web, err := clientset.AppsV1().Deployments("demo").Get(ctx, "web", metav1.GetOptions{})
		require.NoError(t, err)
		five := int32(5)
		web.Spec.Replicas = &five
		_, err = clientset.AppsV1().Deployments("demo").Update(ctx, web, metav1.UpdateOptions{})
		require.NoError(t, err)
		waitForCount(t, out, "updated configmap demo/web-summary: images=nginx:1.27 replicas=5", 1)
	})
	t.Run("configmap deleted by hand is recreated", func(t *testing.T) {
		require.NoError(t, configMaps.Delete(ctx, "web-summary", metav1.DeleteOptions{}))
		waitForCount(t, out, "created configmap demo/web-summary", 2)
		cm, err := configMaps.Get(ctx, "web-summary", metav1.GetOptions{})
		require.NoError(t, err)
		assert.Equal(t, "5", cm.Data["replicas"])
	})
	t.Run("deployment deleted", func(t *testing.T) {
		require.NoError(t, clientset.AppsV1().Deployments("demo").Delete(ctx, "web", metav1.DeleteOptions{}))
		require.Eventually(t, func() bool {
			_, err := configMaps.Get(ctx, "web-summary", metav1.GetOptions{})
			return apierrors.IsNotFound(err)
		}, limit, 10*time.Millisecond, "summary of a deleted deployment")
	})

	require.NoError(t, stop())
	_, err = clientset.CoreV1().ConfigMaps("other").Get(ctx, "api-summary", metav1.GetOptions{})
	assert.True(t, apierrors.IsNotFound(err), "a deployment of another namespace got a summary: %v", err)
	assert.True(t, strings.HasPrefix(out.String(), "caches synced, starting 2 workers\n"), "output starts with the sync line:\n%s", out)
	assert.True(t, strings.HasSuffix(out.String(), "stopped\n"), "output ends with stopped:\n%s", out)
}

func TestControllerRetries(t *testing.T) {
	tests := []struct {
		name     string
		failures int32
		want     []string
	}{
		{"succeeds after two failures", 2, []string{"retrying demo/web: injected", "created configmap demo/web-summary"}},
		{"gives up", 1000, []string{"giving up on demo/web after 5 retries: injected"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, clientset := newServer(t, deployment("demo", "web", "nginx:1.27", 1))
			out := &syncBuffer{}
			c := NewController(clientset, "demo", 0, out)
			var calls atomic.Int32
			c.reconcile = func(ctx context.Context, key cache.ObjectName) error {
				if calls.Add(1) <= tc.failures {
					return errors.New("injected")
				}
				return c.sync(ctx, key)
			}
			stop := start(t, c, 1)
			for _, want := range tc.want {
				waitForCount(t, out, want, 1)
			}
			require.NoError(t, stop())
			if tc.failures < maxRetries {
				assert.Equal(t, int(tc.failures), strings.Count(out.String(), "retrying demo/web"), "retries:\n%s", out)
			} else {
				assert.Equal(t, maxRetries, strings.Count(out.String(), "retrying demo/web"), "retries:\n%s", out)
				assert.Equal(t, int32(maxRetries+1), calls.Load(), "reconcile calls before giving up")
			}
			assert.Zero(t, c.queue.NumRequeues(cache.NewObjectName("demo", "web")), "requeues after Forget")
		})
	}
}

func TestControllerDrainsOnShutdown(t *testing.T) {
	_, clientset := newServer(t, deployment("demo", "web", "nginx:1.27", 1))
	out := &syncBuffer{}
	c := NewController(clientset, "demo", 0, out)
	started := make(chan struct{})
	var startOnce sync.Once
	release := make(chan struct{})
	var finished atomic.Bool
	c.reconcile = func(ctx context.Context, key cache.ObjectName) error {
		startOnce.Do(func() { close(started) })
		<-release
		err := c.sync(ctx, key) // ctx is not cancelled by the shutdown
		finished.Store(err == nil)
		return err
	}
	stop := start(t, c, 1)
	<-started
	errc := make(chan error, 1)
	go func() { errc <- stop() }()
	// Release the reconcile only once the queue is shutting down.
	require.Eventually(t, c.queue.ShuttingDown, limit, time.Millisecond, "queue shutting down")
	close(release)
	require.NoError(t, <-errc)
	assert.True(t, finished.Load(), "the reconcile in flight at shutdown completed")
	assert.Contains(t, out.String(), "created configmap demo/web-summary")
}

func TestRunBadKubeconfig(t *testing.T) {
	err := run(context.Background(), "/nonexistent/kubeconfig", "", 1, &syncBuffer{})
	assert.ErrorContains(t, err, "loading kubeconfig")
}
