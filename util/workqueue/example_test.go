package workqueue_test

import (
	"errors"
	"fmt"
	"sync"

	"github.com/skiff-k8s/skiff/util/workqueue"
)

// A tiny controller: one worker drains a rate-limited queue of object keys,
// retrying a key whose reconcile fails and forgetting it once it succeeds.
func Example() {
	queue := workqueue.NewTypedRateLimitingQueueWithConfig(
		workqueue.DefaultTypedControllerRateLimiter[string](),
		workqueue.TypedRateLimitingQueueConfig[string]{Name: "example"},
	)

	failuresLeft := map[string]int{"default/b": 1}
	reconcile := func(key string) error {
		if failuresLeft[key] > 0 {
			failuresLeft[key]--
			return errors.New("conflict")
		}
		fmt.Println("reconciled", key)
		return nil
	}

	queue.Add("default/a")
	queue.Add("default/b")
	queue.Add("default/a") // already waiting: not queued twice

	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // the worker
		defer wg.Done()
		for {
			key, shutdown := queue.Get()
			if shutdown {
				return
			}
			if err := reconcile(key); err != nil {
				fmt.Printf("retrying %s after error %q (attempt %d)\n", key, err, queue.NumRequeues(key)+1)
				queue.AddRateLimited(key)
			} else {
				queue.Forget(key)
			}
			queue.Done(key)
			if key == "default/b" && queue.NumRequeues(key) == 0 {
				queue.ShutDown() // everything reconciled: stop the example
			}
		}
	}()

	wg.Wait()
	// Output:
	// reconciled default/a
	// retrying default/b after error "conflict" (attempt 1)
	// reconciled default/b
}
