package protobuf_test

import (
	"bytes"
	"fmt"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/protobuf"
)

// Example encodes a ConfigMap in the Kubernetes protobuf form and decodes
// it back into a new object of the kind its envelope names.
func Example() {
	scheme := runtime.NewScheme()
	if err := corev1.AddToScheme(scheme); err != nil {
		fmt.Println(err)
		return
	}
	s := protobuf.NewSerializer(scheme, scheme)
	cm := &corev1.ConfigMap{
		TypeMeta:   metav1.TypeMeta{APIVersion: "v1", Kind: "ConfigMap"},
		ObjectMeta: metav1.ObjectMeta{Name: "greeting"},
		Data:       map[string]string{"hello": "world"},
	}
	var buf bytes.Buffer
	if err := s.Encode(cm, &buf); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%q\n", buf.Bytes()[:4])
	obj, gvk, err := s.Decode(buf.Bytes(), nil, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	back := obj.(*corev1.ConfigMap)
	fmt.Println(gvk.Kind, back.Name, back.Data["hello"])
	// Output:
	// "k8s\x00"
	// ConfigMap greeting world
}
