package metrics_test

import (
	"context"
	"fmt"

	"github.com/skiff-k8s/skiff/tools/metrics"
)

type printResults struct{}

func (printResults) Increment(_ context.Context, code, method, host string) {
	fmt.Println(code, method, host)
}

// Example wires a result counter; the client calls it after each request.
func Example() {
	metrics.Register(metrics.RegisterOpts{RequestResult: printResults{}})
	metrics.RequestResult.Increment(context.Background(), "200", "GET", "example.com")
	// Output: 200 GET example.com
}
