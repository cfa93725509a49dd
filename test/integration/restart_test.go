//go:build integration

package integration

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// apiserverControl kills and restarts the kube-apiserver up.sh started,
// through the pid file and the start script it wrote.
type apiserverControl struct {
	dir    string
	script string
}

// newAPIServerControl reads the state directory from the environment and
// skips the test when it is not there (a kubeconfig from elsewhere).
func newAPIServerControl(t *testing.T) apiserverControl {
	t.Helper()
	c := apiserverControl{dir: os.Getenv("SKIFF_INTEGRATION_DIR"), script: os.Getenv("SKIFF_INTEGRATION_APISERVER_SCRIPT")}
	if c.dir == "" || c.script == "" {
		t.Skip("SKIFF_INTEGRATION_DIR or SKIFF_INTEGRATION_APISERVER_SCRIPT unset: the server was not started by hack/integration/up.sh")
	}
	return c
}

// pid returns the pid of the newest kube-apiserver in the pid file.
func (c apiserverControl) pid(t *testing.T) int {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(c.dir, "pids"))
	require.NoError(t, err, "reading the pid file")
	pid := 0
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && f[0] == "kube-apiserver" {
			pid, err = strconv.Atoi(f[1])
			require.NoError(t, err, "pid file line %q", line)
		}
	}
	require.NotZero(t, pid, "no kube-apiserver in the pid file")
	return pid
}

// kill stops the apiserver with SIGKILL, as a crash would, and waits until
// it is gone.
func (c apiserverControl) kill(t *testing.T) {
	t.Helper()
	pid := c.pid(t)
	require.NoError(t, syscall.Kill(pid, syscall.SIGKILL), "killing kube-apiserver %d", pid)
	for i := 0; i < 100; i++ {
		if syscall.Kill(pid, 0) != nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("kube-apiserver %d still alive after SIGKILL", pid)
}

// start runs the start script in its own session, appending to the log,
// and records the new pid so down.sh stops it.
func (c apiserverControl) start(t *testing.T) {
	t.Helper()
	log, err := os.OpenFile(filepath.Join(c.dir, "kube-apiserver.log"), os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err, "opening the apiserver log")
	defer log.Close()
	cmd := exec.Command(c.script)
	cmd.Stdout, cmd.Stderr = log, log
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	require.NoError(t, cmd.Start(), "restarting kube-apiserver")
	pids, err := os.OpenFile(filepath.Join(c.dir, "pids"), os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err, "opening the pid file")
	defer pids.Close()
	_, err = fmt.Fprintf(pids, "kube-apiserver %d\n", cmd.Process.Pid)
	require.NoError(t, err, "recording the new pid")
	go func() { _ = cmd.Wait() }() // reap it if it exits while the tests run
}

// waitReady polls /readyz until the server answers ok.
func waitReady(t *testing.T, ctx context.Context, c *rest.RESTClient) {
	t.Helper()
	for {
		if _, err := c.Get().AbsPath("/readyz").DoRaw(ctx); err == nil {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("kube-apiserver not ready after restart: %v", ctx.Err())
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// createWithRetry creates cm, retrying while the server is down; an
// AlreadyExists after a retry means an earlier attempt landed.
func createWithRetry(ctx context.Context, c *rest.RESTClient, ns string, cm *corev1.ConfigMap) error {
	for attempt := 0; ; attempt++ {
		err := c.Post().Namespace(ns).Resource("configmaps").Body(cm).Do(ctx).Error()
		if err == nil || (attempt > 0 && apierrors.IsAlreadyExists(err)) {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("creating %s after %d attempts: %w (last error %v)", cm.Name, attempt+1, ctx.Err(), err)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// resumableWatch collects ADDED names from a watch that it re-establishes
// from the last resourceVersion seen whenever the stream ends.
type resumableWatch struct {
	c        *rest.RESTClient
	ts       testScheme
	ns       string
	lastRV   string
	added    map[string]int
	resumed  int
	relisted int
}

// run collects events until want names were added or ctx ends. When the
// resumed watch is too old (410), it relists as a reflector does: names
// the list holds that no event showed count as added once.
func (r *resumableWatch) run(ctx context.Context, want int) error {
	for len(r.added) < want {
		opts := metav1.ListOptions{Watch: true, ResourceVersion: r.lastRV, AllowWatchBookmarks: true}
		w, err := r.c.Get().Namespace(r.ns).Resource("configmaps").VersionedParams(&opts, r.ts.params).Watch(ctx)
		if err == nil {
			err = r.drain(w, want)
		}
		if apierrors.IsGone(err) || apierrors.IsResourceExpired(err) {
			err = r.relist(ctx)
		}
		if err == nil {
			if len(r.added) < want {
				r.resumed++ // the stream ended early: resume it
			}
			continue
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("re-establishing the watch: %w (last error %v)", ctx.Err(), err)
		case <-time.After(200 * time.Millisecond):
		}
	}
	return nil
}

// relist lists the namespace and continues from the list's version.
func (r *resumableWatch) relist(ctx context.Context) error {
	list := &corev1.ConfigMapList{}
	if err := r.c.Get().Namespace(r.ns).Resource("configmaps").Do(ctx).Into(list); err != nil {
		return fmt.Errorf("relisting after 410: %w", err)
	}
	for _, cm := range list.Items {
		if r.added[cm.Name] == 0 {
			r.added[cm.Name] = 1
		}
	}
	r.lastRV = list.ResourceVersion
	r.relisted++
	return nil
}

// drain reads one watch stream until it ends or want names were added.
func (r *resumableWatch) drain(w watch.Interface, want int) error {
	defer w.Stop()
	for ev := range w.ResultChan() {
		switch ev.Type {
		case watch.Error:
			return fmt.Errorf("watch error event: %w", apierrors.FromObject(ev.Object))
		case watch.Added, watch.Modified, watch.Deleted, watch.Bookmark:
		default:
			return fmt.Errorf("unexpected event type %q", ev.Type)
		}
		cm, ok := ev.Object.(*corev1.ConfigMap)
		if !ok {
			return fmt.Errorf("event object is %T", ev.Object)
		}
		r.lastRV = cm.ResourceVersion
		if ev.Type == watch.Added {
			r.added[cm.Name]++
		}
		if len(r.added) >= want {
			return nil
		}
	}
	return nil
}

// TestWatchAndWritesSurviveAPIServerRestart kills kube-apiserver in the
// middle of a sequence of writes watched by a client, restarts it, and
// checks every write landed and was seen exactly once by a watch resumed
// from the last resourceVersion.
func TestWatchAndWritesSurviveAPIServerRestart(t *testing.T) {
	ctl := newAPIServerControl(t)
	e := newEnv(t)
	ctx, cancel := context.WithTimeout(e.ctx, 3*time.Minute)
	defer cancel()
	list := &corev1.ConfigMapList{}
	require.NoError(t, e.core.Get().Namespace(e.ns).Resource("configmaps").Do(ctx).Into(list))

	const total, killAt = 20, 8
	rw := &resumableWatch{c: e.core, ts: e.ts, ns: e.ns, lastRV: list.ResourceVersion, added: map[string]int{}}
	watchDone := make(chan error, 1)
	go func() { watchDone <- rw.run(ctx, total) }()

	for i := 0; i < total; i++ {
		if i == killAt {
			ctl.kill(t)
			err := e.core.Get().Namespace(e.ns).Resource("configmaps").Do(ctx).Error()
			require.Error(t, err, "a request while the server is down fails")
			ctl.start(t)
		}
		require.NoError(t, createWithRetry(ctx, e.core, e.ns, configMap(fmt.Sprintf("w-%02d", i), nil)))
	}
	waitReady(t, ctx, e.core)
	require.NoError(t, <-watchDone, "resumable watch")

	got := &corev1.ConfigMapList{}
	require.NoError(t, e.core.Get().Namespace(e.ns).Resource("configmaps").Do(ctx).Into(got), "list after restart")
	assert.Len(t, got.Items, total, "every write landed once")
	for i := 0; i < total; i++ {
		name := fmt.Sprintf("w-%02d", i)
		assert.Equal(t, 1, rw.added[name], "ADDED events for %s", name)
	}
	assert.GreaterOrEqual(t, rw.resumed, 1, "the watch was re-established at least once")
	t.Logf("watch re-established %d times, relisted %d times after 410", rw.resumed, rw.relisted)
}
