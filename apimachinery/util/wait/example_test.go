package wait_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/skiff-k8s/skiff/apimachinery/util/wait"
)

func ExampleBackoff_Step() {
	b := wait.Backoff{Duration: 100 * time.Millisecond, Factor: 2, Steps: 5, Cap: time.Second}
	for i := 0; i < 6; i++ {
		fmt.Println(b.Step())
	}
	fmt.Println("steps left:", b.Steps)
	// Output:
	// 100ms
	// 200ms
	// 400ms
	// 800ms
	// 1s
	// 1s
	// steps left: 0
}

func ExampleExponentialBackoff() {
	attempts := 0
	err := wait.ExponentialBackoff(wait.Backoff{Duration: time.Millisecond, Factor: 2, Steps: 3}, func() (bool, error) {
		attempts++
		return false, nil
	})
	fmt.Println(attempts, err, wait.Interrupted(err))
	// Output: 3 timed out waiting for the condition true
}

func ExamplePollUntilContextTimeout() {
	ready := 0
	err := wait.PollUntilContextTimeout(context.Background(), time.Millisecond, wait.ForeverTestTimeout, true,
		func(context.Context) (bool, error) {
			ready++
			return ready == 3, nil
		})
	fmt.Println(ready, err)

	err = wait.PollUntilContextTimeout(context.Background(), time.Millisecond, 5*time.Millisecond, false,
		func(context.Context) (bool, error) { return false, nil })
	fmt.Println(errors.Is(err, context.DeadlineExceeded), wait.Interrupted(err))
	// Output:
	// 3 <nil>
	// true true
}

func ExampleUntil() {
	stop := make(chan struct{})
	runs := 0
	wait.Until(func() {
		runs++
		if runs == 3 {
			close(stop)
		}
	}, time.Millisecond, stop)
	fmt.Println("runs:", runs)
	// Output: runs: 3
}
