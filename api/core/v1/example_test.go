package v1_test

import (
	"fmt"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/skiff-k8s/skiff/apimachinery/api/resource"
)

// ExampleResourceList_Cpu reads the CPU request of a container.
func ExampleResourceList_Cpu() {
	req := corev1.ResourceList{corev1.ResourceCPU: resource.MustParse("500m")}
	fmt.Println(req.Cpu().MilliValue(), req.Memory().IsZero())
	// Output: 500 true
}
