package v1

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestString(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"nil", (*ObjectMeta)(nil).String(), "nil"},
		{"ObjectMeta", (&ObjectMeta{Name: "a", Labels: map[string]string{"b": "c"},
			DeletionGracePeriodSeconds: ptr(int64(3))}).String(),
			"&ObjectMeta{Name:a,GenerateName:,Namespace:,SelfLink:,UID:,ResourceVersion:,Generation:0," +
				"CreationTimestamp:0001-01-01 00:00:00 +0000 UTC,DeletionTimestamp:nil,DeletionGracePeriodSeconds:3," +
				"Labels:map[b:c],Annotations:map[],OwnerReferences:[],Finalizers:[],ManagedFields:[],}"},
		{"nested struct", (&Status{Status: "Failure", Details: &StatusDetails{Name: "x"}}).String(),
			"&Status{TypeMeta:TypeMeta{Kind:,APIVersion:,},ListMeta:ListMeta{SelfLink:,ResourceVersion:,Continue:,RemainingItemCount:nil,}," +
				"Status:Failure,Message:,Reason:,Details:&StatusDetails{Name:x,Group:,Kind:,UID:,Causes:[],RetryAfterSeconds:0,},Code:0,}"},
		{"slice of structs", (&LabelSelector{MatchExpressions: []LabelSelectorRequirement{{Key: "k", Operator: "In", Values: []string{"a", "b"}}}}).String(),
			"&LabelSelector{MatchLabels:map[],MatchExpressions:[LabelSelectorRequirement{Key:k,Operator:In,Values:[a b],}],}"},
		{"time field", (&Condition{Type: "Ready", LastTransitionTime: Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}).String(),
			"&Condition{Type:Ready,Status:,ObservedGeneration:0,LastTransitionTime:2024-01-02 03:04:05 +0000 UTC,Reason:,Message:,}"},
		{"APIVersions joins", APIVersions{Versions: []string{"v1", "v2"}}.String(), "v1,v2"},
		{"APIVersions GoString", APIVersions{Versions: []string{"v1"}}.GoString(), "v1"},
		{"FieldsV1 raw", FieldsV1{Raw: []byte(`{"f:a":{}}`)}.String(), `{"f:a":{}}`},
		{"Verbs", Verbs{"get", "list"}.String(), "[get list]"},
		{"GroupVersion", GroupVersion{Group: "apps", Version: "v1"}.String(), "apps/v1"},
		{"GroupVersion core", GroupVersion{Version: "v1"}.String(), "v1"},
		{"GroupKind", (&GroupKind{Group: "apps", Kind: "Deployment"}).String(), "Deployment.apps"},
		{"GroupResource", (&GroupResource{Resource: "pods"}).String(), "pods"},
		{"GroupVersionKind", GroupVersionKind{Group: "apps", Version: "v1", Kind: "Deployment"}.String(), "apps/v1, Kind=Deployment"},
		{"GroupVersionResource", (&GroupVersionResource{Group: "apps", Version: "v1", Resource: "deployments"}).String(), "apps/v1, Resource=deployments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got)
		})
	}
}
