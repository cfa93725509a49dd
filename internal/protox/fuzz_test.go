package protox

import (
	"bytes"
	"reflect"
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

// FuzzUnmarshal decodes arbitrary bytes into a few API types: no panic,
// and whatever decodes re-encodes to bytes that decode to the same thing.
func FuzzUnmarshal(f *testing.F) {
	// Small seeds: the fuzzer minimizes every new input, which takes long
	// for large ones.
	pod := &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Name: "web", Labels: map[string]string{"app": "web"}},
		Spec:       corev1.PodSpec{Containers: []corev1.Container{{Name: "c", Image: "nginx"}}},
	}
	data, err := Marshal(pod)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(uint8(0), data)
	f.Add(uint8(1), []byte("\x0a\x10\x0a\x00\x12\x00\x1a\x00\x22\x00\x2a\x00\x32\x00\x38\x00\x42\x00"))
	f.Add(uint8(2), []byte("\x0a\x03\x01\x02\x03\x08\xff\xff\xff\xff\x0f"))
	f.Add(uint8(3), []byte("\x12\x06\x0a\x01a\x12\x011\x0a\x00\x5a\x02\x0a\x00"))
	types := []reflect.Type{
		reflect.TypeFor[corev1.Pod](), reflect.TypeFor[corev1.ConfigMap](),
		reflect.TypeFor[corev1.PodPortForwardOptions](), reflect.TypeFor[metav1.Status](),
		reflect.TypeFor[corev1.ResourceRequirements](), reflect.TypeFor[metav1.APIResourceList](),
	}
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		rt := types[int(which)%len(types)]
		v := reflect.New(rt)
		if err := Unmarshal(data, v.Interface()); err != nil {
			return
		}
		first, err := Marshal(v.Interface())
		if err != nil {
			t.Fatalf("Marshal of a decoded %v: %v", rt, err)
		}
		w := reflect.New(rt)
		if err := Unmarshal(first, w.Interface()); err != nil {
			t.Fatalf("Unmarshal of a re-encoded %v: %v", rt, err)
		}
		second, err := Marshal(w.Interface())
		if err != nil || !bytes.Equal(first, second) {
			t.Fatalf("encoding is not stable: %x then %x (%v)", first, second, err)
		}
	})
}
