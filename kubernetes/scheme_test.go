package kubernetes_test

import (
	"testing"

	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	storagemigrationv1alpha1 "github.com/skiff-k8s/skiff/api/storagemigration/v1alpha1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/kubernetes/scheme"
)

func TestScheme(t *testing.T) {
	if err := scheme.RegistrationError(); err != nil {
		t.Fatalf("RegistrationError = %v", err)
	}
	tests := []struct {
		obj  runtime.Object
		want schema.GroupVersionKind
	}{
		{&corev1.Pod{}, schema.GroupVersionKind{Version: "v1", Kind: "Pod"}},
		{&appsv1.DeploymentList{}, schema.GroupVersionKind{Group: "apps", Version: "v1", Kind: "DeploymentList"}},
		{&storagemigrationv1alpha1.StorageVersionMigration{}, schema.GroupVersionKind{Group: "storagemigration.k8s.io", Version: "v1alpha1", Kind: "StorageVersionMigration"}},
		{&metav1.Status{}, schema.GroupVersionKind{Version: "v1", Kind: "Status"}},
	}
	for _, tc := range tests {
		t.Run(tc.want.Kind, func(t *testing.T) {
			kinds, _, err := scheme.Scheme.ObjectKinds(tc.obj)
			if err != nil || len(kinds) == 0 || kinds[0] != tc.want {
				t.Errorf("ObjectKinds = %v, %v; want %v", kinds, err, tc.want)
			}
		})
	}
	fresh := runtime.NewScheme()
	if err := scheme.AddToScheme(fresh); err != nil {
		t.Fatalf("AddToScheme: %v", err)
	}
	if !fresh.Recognizes(schema.GroupVersionKind{Group: "batch", Version: "v1", Kind: "CronJob"}) {
		t.Error("AddToScheme did not add batch/v1 CronJob")
	}
	values, err := scheme.ParameterCodec.EncodeParameters(&metav1.ListOptions{Limit: 5}, corev1.SchemeGroupVersion)
	if err != nil || values.Get("limit") != "5" {
		t.Errorf("ParameterCodec = %v, %v; want limit=5", values, err)
	}
}
