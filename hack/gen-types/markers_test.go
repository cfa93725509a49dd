package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClientMarkers(t *testing.T) {
	scale := Subresource{Name: "scale", Verbs: []string{"update", "patch", "get"}, Kind: "api/autoscaling/v1.Scale"}
	status := Subresource{Name: "status", Verbs: []string{"update", "patch", "get"}}
	const scaleType = "github.com/skiff-k8s/skiff/api/autoscaling/v1.Scale"
	tests := []struct {
		name  string
		res   Resource
		quirk clientQuirk
		want  []string
	}{
		{
			name: "namespaced standard with status",
			res:  Resource{Plural: "pods", Namespaced: true, Verbs: standardVerbs, Subresources: []Subresource{status}},
			want: []string{"+genclient", "+resourceName=pods"},
		},
		{
			name: "cluster scoped create only",
			res:  Resource{Plural: "tokenreviews", Verbs: []string{"create"}},
			want: []string{"+genclient", "+genclient:nonNamespaced", "+genclient:onlyVerbs=create", "+genclient:noStatus", "+resourceName=tokenreviews"},
		},
		{
			name: "no verbs",
			res:  Resource{Plural: "things", Namespaced: true},
			want: []string{"+genclient", "+genclient:noVerbs", "+genclient:noStatus", "+resourceName=things"},
		},
		{
			name: "scale subresource",
			res:  Resource{Plural: "deployments", Namespaced: true, Verbs: standardVerbs, Subresources: []Subresource{scale, status}},
			want: []string{"+genclient",
				"+genclient:method=UpdateScale,verb=update,subresource=scale,input=" + scaleType + ",result=" + scaleType,
				"+genclient:method=ApplyScale,verb=apply,subresource=scale,input=" + scaleType + ",result=" + scaleType,
				"+genclient:method=GetScale,verb=get,subresource=scale,result=" + scaleType,
				"+resourceName=deployments"},
		},
		{
			name:  "quirk skips a method and replaces verbs",
			res:   Resource{Plural: "replicationcontrollers", Namespaced: true, Verbs: []string{"get", "list"}, Subresources: []Subresource{scale, status}},
			quirk: clientQuirk{verbs: standardVerbs, skipMethods: []string{"ApplyScale"}},
			want: []string{"+genclient",
				"+genclient:method=UpdateScale,verb=update,subresource=scale,input=" + scaleType + ",result=" + scaleType,
				"+genclient:method=GetScale,verb=get,subresource=scale,result=" + scaleType,
				"+resourceName=replicationcontrollers"},
		},
		{
			name: "same-kind subresource and connect",
			res: Resource{Plural: "pods", Namespaced: true, Verbs: standardVerbs, Subresources: []Subresource{
				{Name: "ephemeralcontainers", Verbs: []string{"update", "patch", "get"}},
				{Name: "exec", Verbs: []string{"connect"}, Kind: "api/core/v1.PodExecOptions"},
				{Name: "log", Verbs: []string{"get"}},
			}},
			want: []string{"+genclient",
				"+genclient:method=UpdateEphemeralContainers,verb=update,subresource=ephemeralcontainers",
				"+genclient:noStatus", "+resourceName=pods"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, clientMarkers(&tt.res, tt.quirk))
		})
	}
}

func TestTypeDocQuirkDropsClient(t *testing.T) {
	p := &Package{Path: "api/core/v1", Version: "v1"}
	typ := &Type{Name: "Binding", Kind: "struct", Object: true, Resource: &Resource{Plural: "bindings", Namespaced: true, Verbs: []string{"create"}}}
	got := typeDoc(p, typ)
	assert.NotContains(t, got, "+genclient")
	assert.Contains(t, got, "+k8s:deepcopy-gen:interfaces="+runtimeObject)
}
