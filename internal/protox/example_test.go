package protox_test

import (
	"fmt"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/internal/protox"
)

func Example() {
	pod := &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Name: "web", Namespace: "default"}}
	body, err := protox.MarshalEnvelope(nil, "v1", "Pod", pod)
	if err != nil {
		fmt.Println(err)
		return
	}
	apiVersion, kind, raw, err := protox.DecodeEnvelope(body)
	if err != nil {
		fmt.Println(err)
		return
	}
	var back corev1.Pod
	if err := protox.Unmarshal(raw, &back); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(apiVersion, kind, back.Namespace+"/"+back.Name, len(body), "bytes")
	// Output: v1 Pod default/web 100 bytes
}
