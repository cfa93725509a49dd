package retry_test

import (
	"errors"
	"fmt"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/util/retry"
)

// ExampleRetryOnConflict retries an update that conflicts twice.
func ExampleRetryOnConflict() {
	attempts := 0
	err := retry.RetryOnConflict(retry.DefaultRetry, func() error {
		attempts++
		if attempts < 3 {
			return apierrors.NewConflict(schema.GroupResource{Resource: "pods"}, "web", errors.New("object was modified"))
		}
		return nil
	})
	fmt.Println(attempts, err)
	// Output: 3 <nil>
}
