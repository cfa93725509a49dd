package errors_test

import (
	"fmt"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

func Example() {
	err := fmt.Errorf("getting pod: %w", apierrors.NewNotFound(schema.GroupResource{Resource: "pods"}, "foo"))
	fmt.Println(err)
	fmt.Println(apierrors.IsNotFound(err), apierrors.IsConflict(err), apierrors.ReasonForError(err))

	// A bare HTTP 429 without a Status body still classifies, and tells the
	// caller how long to wait.
	throttled := apierrors.NewGenericServerResponse(429, "GET", schema.GroupResource{Resource: "pods"}, "", "", 3, true)
	delay, ok := apierrors.SuggestsClientDelay(throttled)
	fmt.Println(throttled, apierrors.IsTooManyRequests(throttled), delay, ok)
	// Output:
	// getting pod: pods "foo" not found
	// true false NotFound
	// the server has received too many requests and has asked us to try again later (get pods) true 3 true
}
