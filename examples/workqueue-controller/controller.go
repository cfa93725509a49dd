package main

import (
	"context"
	"fmt"
	"io"
	"sync"
	"time"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/informers"
	"github.com/skiff-k8s/skiff/kubernetes"
	appslisters "github.com/skiff-k8s/skiff/listers/apps/v1"
	corelisters "github.com/skiff-k8s/skiff/listers/core/v1"
	"github.com/skiff-k8s/skiff/tools/cache"
	"github.com/skiff-k8s/skiff/util/workqueue"
)

// maxRetries is how many times a key is retried with backoff before the
// controller gives up on it until its next change.
const maxRetries = 5

// reconcileTimeout bounds one reconcile's API calls.
const reconcileTimeout = 30 * time.Second

// Controller keeps a summary ConfigMap per Deployment.
type Controller struct {
	clientset   kubernetes.Interface
	factory     informers.SharedInformerFactory
	deployments appslisters.DeploymentLister
	configMaps  corelisters.ConfigMapLister
	queue       workqueue.TypedRateLimitingInterface[cache.ObjectName]
	log         *logger
	// reconcile is the reconcile function; tests replace it to inject
	// failures.
	reconcile func(ctx context.Context, key cache.ObjectName) error
}

// NewController returns a controller of the Deployments of namespace
// (every namespace when empty), whose informers resync every resync and
// which reports what it does to out.
func NewController(clientset kubernetes.Interface, namespace string, resync time.Duration, out io.Writer) *Controller {
	factory := informers.NewSharedInformerFactoryWithOptions(clientset, resync, informers.WithNamespace(namespace))
	deployments := factory.Apps().V1().Deployments()
	configMaps := factory.Core().V1().ConfigMaps()
	c := &Controller{
		clientset:   clientset,
		factory:     factory,
		deployments: deployments.Lister(),
		configMaps:  configMaps.Lister(),
		queue: workqueue.NewTypedRateLimitingQueueWithConfig(
			workqueue.DefaultTypedControllerRateLimiter[cache.ObjectName](),
			workqueue.TypedRateLimitingQueueConfig[cache.ObjectName]{Name: "deployment-summaries"}),
		log: &logger{out: out},
	}
	c.reconcile = c.sync
	// The handlers only enqueue keys: the work happens in the workers.
	// Registration cannot fail before the informers start.
	_, _ = deployments.Informer().AddEventHandler(cache.ResourceEventHandlerFuncs{
		AddFunc:    c.enqueueDeployment,
		UpdateFunc: func(_, obj interface{}) { c.enqueueDeployment(obj) },
		DeleteFunc: c.enqueueDeployment,
	})
	_, _ = configMaps.Informer().AddEventHandler(cache.ResourceEventHandlerFuncs{
		AddFunc:    c.enqueueOwner,
		UpdateFunc: func(_, obj interface{}) { c.enqueueOwner(obj) },
		DeleteFunc: c.enqueueOwner,
	})
	return c
}

// Run starts the informers, waits for their caches, runs workers until ctx
// is done, then drains the queue and waits for the workers and informers.
func (c *Controller) Run(ctx context.Context, workers int) error {
	defer c.factory.Shutdown()
	c.factory.Start(ctx.Done())
	for typ, ok := range c.factory.WaitForCacheSync(ctx.Done()) {
		if !ok {
			c.queue.ShutDown()
			return fmt.Errorf("the %v cache did not sync: %w", typ, context.Cause(ctx))
		}
	}
	c.log.printf("caches synced, starting %d workers\n", workers)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c.processNextItem(ctx) {
			}
		}()
	}
	<-ctx.Done()
	// Finish the keys being reconciled, then let the workers see the end
	// of the queue.
	c.queue.ShutDownWithDrain()
	wg.Wait()
	c.log.printf("stopped\n")
	return nil
}

// processNextItem reconciles one key; it returns false once the queue is
// shut down.
func (c *Controller) processNextItem(ctx context.Context) bool {
	key, shutdown := c.queue.Get()
	if shutdown {
		return false
	}
	defer c.queue.Done(key)
	// A reconcile that has started finishes even when ctx ends: the queue
	// drains on shutdown, so its API calls get their own deadline.
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), reconcileTimeout)
	defer cancel()
	err := c.reconcile(rctx, key)
	switch {
	case err == nil:
		c.queue.Forget(key)
	case c.queue.NumRequeues(key) < maxRetries:
		c.log.printf("retrying %s: %v\n", key, err)
		c.queue.AddRateLimited(key)
	default:
		c.log.printf("giving up on %s after %d retries: %v\n", key, maxRetries, err)
		c.queue.Forget(key)
	}
	return true
}

// enqueueDeployment queues the key of a Deployment (or of its tombstone).
func (c *Controller) enqueueDeployment(obj interface{}) {
	name, err := cache.DeletionHandlingObjectToName(obj)
	if err != nil {
		c.log.printf("ignoring an object without a key: %v\n", err)
		return
	}
	c.queue.Add(name)
}

// enqueueOwner queues the Deployment owning a summary ConfigMap, so a
// ConfigMap edited or deleted by someone else is repaired.
func (c *Controller) enqueueOwner(obj interface{}) {
	if tomb, ok := obj.(cache.DeletedFinalStateUnknown); ok {
		obj = tomb.Obj
	}
	cm, ok := obj.(*corev1.ConfigMap)
	if !ok || cm.Labels[managedByLabel] != controllerName {
		return
	}
	owner := metav1.GetControllerOf(cm)
	if owner == nil || owner.Kind != "Deployment" {
		return
	}
	c.queue.Add(cache.NewObjectName(cm.Namespace, owner.Name))
}

// logger writes whole lines from concurrent workers.
type logger struct {
	mu  sync.Mutex
	out io.Writer
}

func (l *logger) printf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.out, format, args...)
}
