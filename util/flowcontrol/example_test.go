package flowcontrol_test

import (
	"fmt"
	"time"

	"github.com/skiff-k8s/skiff/util/flowcontrol"
)

func ExampleBackoff() {
	b := flowcontrol.NewBackOff(time.Second, 10*time.Second)
	for i := 0; i < 6; i++ {
		b.Next("pod-a", time.Now())
		fmt.Println(b.Get("pod-a"))
	}
	// Output:
	// 1s
	// 2s
	// 4s
	// 8s
	// 10s
	// 10s
}

func ExampleNewTokenBucketRateLimiter() {
	limiter := flowcontrol.NewTokenBucketRateLimiter(1, 3)
	accepted := 0
	for i := 0; i < 10; i++ {
		if limiter.TryAccept() {
			accepted++
		}
	}
	fmt.Println("accepted at once:", accepted)
	// Output: accepted at once: 3
}
