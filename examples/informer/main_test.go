package main

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/testing/apiserver"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// syncBuffer is a bytes.Buffer safe for one writer and concurrent readers.
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

// waitFor waits until out contains want; the limit guards against a hang
// and is not a timing assertion.
func waitFor(t *testing.T, out *syncBuffer, want string) {
	t.Helper()
	require.Eventually(t, func() bool { return strings.Contains(out.String(), want) }, 30*time.Second, 10*time.Millisecond,
		"output never contained %q; got:\n%s", want, out)
}

func pod(ns, name string) *corev1.Pod {
	return &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Namespace: ns, Name: name},
		Spec:       corev1.PodSpec{Containers: []corev1.Container{{Name: "app", Image: "nginx"}}},
	}
}

func TestRun(t *testing.T) {
	server, err := apiserver.New(apiserver.Options{})
	require.NoError(t, err)
	ctx := context.Background()
	require.NoError(t, server.Add(pod("demo", "before"), pod("other", "elsewhere")))
	clientset := kubernetes.NewForConfigOrDie(server.RESTConfig())
	pods := clientset.CoreV1().Pods("demo")

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	out := &syncBuffer{}
	done := make(chan error, 1)
	go func() { done <- run(runCtx, server.RESTConfig(), "demo", 0, out) }()
	waitFor(t, out, "cache synced: 1 pods\n")

	_, err = pods.Create(ctx, pod("demo", "after"), metav1.CreateOptions{})
	require.NoError(t, err)
	waitFor(t, out, "ADD     demo/after")
	running, err := pods.Get(ctx, "after", metav1.GetOptions{})
	require.NoError(t, err)
	running.Status.Phase = corev1.PodRunning
	_, err = pods.UpdateStatus(ctx, running, metav1.UpdateOptions{})
	require.NoError(t, err)
	waitFor(t, out, "UPDATE  demo/after")
	require.NoError(t, pods.Delete(ctx, "before", metav1.DeleteOptions{}))
	waitFor(t, out, "DELETE  demo/before")

	cancel()
	select {
	case err := <-done:
		require.NoError(t, err, "run after cancel")
	case <-time.After(30 * time.Second):
		t.Fatal("run did not return after its context was cancelled")
	}
	want := "ADD     demo/before phase=Pending\n" +
		"cache synced: 1 pods\n" +
		"ADD     demo/after phase=Pending\n" +
		"UPDATE  demo/after phase=Running (was Pending)\n" +
		"DELETE  demo/before\n" +
		"stopping\n"
	assert.Equal(t, want, out.String(), "output")
}

func TestRunBadServer(t *testing.T) {
	server, err := apiserver.New(apiserver.Options{})
	require.NoError(t, err)
	server.InjectFault(apiserver.Fault{Status: 403})
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // the cache can never sync: run must give up, not hang
	err = run(ctx, server.RESTConfig(), "", 0, &syncBuffer{})
	assert.ErrorContains(t, err, "did not sync")
}
