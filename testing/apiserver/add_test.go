package apiserver_test

import (
	"strings"
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// TestAddKeepsLargeIntegers seeds an object by a Go call whose integer
// does not fit a float64 exactly: the stored object keeps every digit.
func TestAddKeepsLargeIntegers(t *testing.T) {
	s, err := apiserver.New(apiserver.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	const big = int64(1)<<53 + 1 // 9007199254740993; float64 rounds it to ...992
	pod := &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Name: "p", Namespace: "default"},
		Spec:       corev1.PodSpec{ActiveDeadlineSeconds: ptr(big), Containers: []corev1.Container{{Name: "c", Image: "i"}}},
	}
	if err := s.Add(pod); err != nil {
		t.Fatal(err)
	}
	raw, err := s.Get(schema.GroupVersionResource{Version: "v1", Resource: "pods"}, "default", "p")
	if err != nil {
		t.Fatal(err)
	}
	if want := `"activeDeadlineSeconds":9007199254740993`; !strings.Contains(string(raw), want) {
		t.Errorf("stored pod lacks %s: %s", want, raw)
	}
}

func ptr[T any](v T) *T { return &v }
