// Command informer keeps a cache of the cluster's pods with a shared
// informer and prints every change it sees: the pods already there as ADD
// once the cache has synced, then ADD, UPDATE and DELETE as they happen,
// until it is interrupted (Ctrl-C or SIGTERM):
//
//	go run ./examples/informer
//	go run ./examples/informer -namespace demo -duration 5s   # stop after 5s
//
// The informer lists the pods once, then watches from the list's
// resourceVersion; on a watch that breaks or expires (410 Gone) it lists
// again. The event handlers read objects shared with the cache, so they
// never modify them.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/informers"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/tools/cache"
	"github.com/skiff-k8s/skiff/tools/clientcmd"
)

// main parses the flags and prints pod changes until a signal arrives or
// the duration ends, exiting 1 on error.
func main() {
	kubeconfig := flag.String("kubeconfig", "", "path to a kubeconfig (default: $KUBECONFIG, ~/.kube/config or in-cluster)")
	namespace := flag.String("namespace", "", "namespace to watch (default: every namespace)")
	resync := flag.Duration("resync", 0, "period after which every cached pod is delivered again as an update (0: never)")
	duration := flag.Duration("duration", 0, "stop after this long (0: run until interrupted)")
	flag.Parse()

	// Ctrl-C or SIGTERM cancels ctx, which stops the informer.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if *duration > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, *duration)
		defer cancel()
	}
	config, err := loadConfig(*kubeconfig)
	if err == nil {
		err = run(ctx, config, *namespace, *resync, os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "informer:", err)
		os.Exit(1)
	}
}

// run starts a shared informer of the pods of namespace (every namespace
// when empty), prints their changes to out and returns once ctx is done
// and the informer has stopped.
func run(ctx context.Context, config *rest.Config, namespace string, resync time.Duration, out io.Writer) error {
	clientset, err := kubernetes.NewForConfig(config)
	if err != nil {
		return fmt.Errorf("creating clientset: %w", err)
	}
	factory := informers.NewSharedInformerFactoryWithOptions(clientset, resync, informers.WithNamespace(namespace))
	pods := factory.Core().V1().Pods()
	p := &printer{out: out}
	registration, err := pods.Informer().AddEventHandler(p.handler())
	if err != nil {
		return fmt.Errorf("adding the event handler: %w", err)
	}

	// Start runs the informers requested so far in goroutines until ctx is
	// done; Shutdown then waits for them to return.
	factory.Start(ctx.Done())
	defer factory.Shutdown()
	for typ, ok := range factory.WaitForCacheSync(ctx.Done()) {
		if !ok {
			return fmt.Errorf("the %v cache did not sync: %w", typ, context.Cause(ctx))
		}
	}
	// The registration has synced once the handler has seen the initial
	// list, so the ADD lines of the pods already there come first.
	if !cache.WaitForCacheSync(ctx.Done(), registration.HasSynced) {
		return fmt.Errorf("the event handler did not sync: %w", context.Cause(ctx))
	}
	cached, err := pods.Lister().List(labels.Everything())
	if err != nil {
		return fmt.Errorf("listing the cache: %w", err)
	}
	p.printf("cache synced: %d pods\n", len(cached))
	<-ctx.Done()
	p.printf("stopping\n")
	return nil
}

// printer writes one line per pod change; its mutex keeps lines whole.
type printer struct {
	mu  sync.Mutex
	out io.Writer
}

func (p *printer) printf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.out, format, args...)
}

// handler returns the event handler printing ADD, UPDATE and DELETE.
func (p *printer) handler() cache.ResourceEventHandler {
	return cache.ResourceEventHandlerFuncs{
		AddFunc: func(obj interface{}) {
			if pod, ok := obj.(*corev1.Pod); ok {
				p.printf("ADD     %s/%s phase=%s\n", pod.Namespace, pod.Name, pod.Status.Phase)
			}
		},
		UpdateFunc: func(oldObj, newObj interface{}) {
			old, ok1 := oldObj.(*corev1.Pod)
			pod, ok2 := newObj.(*corev1.Pod)
			if !ok1 || !ok2 || old.ResourceVersion == pod.ResourceVersion {
				return // a resync: nothing changed
			}
			p.printf("UPDATE  %s/%s phase=%s (was %s)\n", pod.Namespace, pod.Name, pod.Status.Phase, old.Status.Phase)
		},
		DeleteFunc: func(obj interface{}) {
			// A deletion the watch missed arrives as a tombstone holding
			// the last state the cache knew.
			if tomb, ok := obj.(cache.DeletedFinalStateUnknown); ok {
				obj = tomb.Obj
			}
			if pod, ok := obj.(*corev1.Pod); ok {
				p.printf("DELETE  %s/%s\n", pod.Namespace, pod.Name)
			}
		},
	}
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
