package schema

import (
	"testing"
)

func TestParseGroupVersion(t *testing.T) {
	tests := []struct {
		in      string
		want    GroupVersion
		wantErr bool
	}{
		{in: "", want: GroupVersion{}},
		{in: "/", want: GroupVersion{}},
		{in: "v1", want: GroupVersion{Version: "v1"}},
		{in: "apps/v1", want: GroupVersion{Group: "apps", Version: "v1"}},
		{in: "rbac.authorization.k8s.io/v1", want: GroupVersion{Group: "rbac.authorization.k8s.io", Version: "v1"}},
		{in: "a/b/c", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseGroupVersion(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("ParseGroupVersion(%q) error = %v, wantErr %v", tt.in, err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("ParseGroupVersion(%q) = %#v, want %#v", tt.in, got, tt.want)
			}
		})
	}
}

func TestStringForms(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"gv legacy", GroupVersion{Version: "v1"}.String(), "v1"},
		{"gv group", GroupVersion{Group: "apps", Version: "v1"}.String(), "apps/v1"},
		{"gv empty", GroupVersion{}.String(), ""},
		{"gvk", GroupVersionKind{Group: "apps", Version: "v1", Kind: "Deployment"}.String(), "apps/v1, Kind=Deployment"},
		{"gvk legacy", GroupVersionKind{Version: "v1", Kind: "Pod"}.String(), "/v1, Kind=Pod"},
		{"gvr", GroupVersionResource{Group: "apps", Version: "v1", Resource: "deployments"}.String(), "apps/v1, Resource=deployments"},
		{"gr", GroupResource{Group: "apps", Resource: "deployments"}.String(), "deployments.apps"},
		{"gr legacy", GroupResource{Resource: "pods"}.String(), "pods"},
		{"gk", GroupKind{Group: "apps", Kind: "Deployment"}.String(), "Deployment.apps"},
		{"gk legacy", GroupKind{Kind: "Pod"}.String(), "Pod"},
		{"gvs identifier", GroupVersions{{Version: "v1"}, {Group: "apps", Version: "v1"}}.Identifier(), "[v1,apps/v1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

func TestParseGroupResourceAndKind(t *testing.T) {
	tests := []struct {
		in     string
		wantGR GroupResource
		wantGK GroupKind
	}{
		{"pods", GroupResource{Resource: "pods"}, GroupKind{Kind: "pods"}},
		{"deployments.apps", GroupResource{Group: "apps", Resource: "deployments"}, GroupKind{Group: "apps", Kind: "deployments"}},
		{"roles.rbac.authorization.k8s.io", GroupResource{Group: "rbac.authorization.k8s.io", Resource: "roles"}, GroupKind{Group: "rbac.authorization.k8s.io", Kind: "roles"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := ParseGroupResource(tt.in); got != tt.wantGR {
				t.Errorf("ParseGroupResource(%q) = %#v, want %#v", tt.in, got, tt.wantGR)
			}
			if got := ParseGroupKind(tt.in); got != tt.wantGK {
				t.Errorf("ParseGroupKind(%q) = %#v, want %#v", tt.in, got, tt.wantGK)
			}
		})
	}
}

func TestParseResourceAndKindArg(t *testing.T) {
	gvr, gr := ParseResourceArg("deployments.v1.apps")
	if gvr == nil || *gvr != (GroupVersionResource{Group: "apps", Version: "v1", Resource: "deployments"}) {
		t.Errorf("ParseResourceArg gvr = %v", gvr)
	}
	if gr != (GroupResource{Group: "v1.apps", Resource: "deployments"}) {
		t.Errorf("ParseResourceArg gr = %#v", gr)
	}
	gvr, gr = ParseResourceArg("pods")
	if gvr != nil || gr != (GroupResource{Resource: "pods"}) {
		t.Errorf("ParseResourceArg(pods) = %v, %#v", gvr, gr)
	}
	gvk, gk := ParseKindArg("Deployment.v1.apps")
	if gvk == nil || *gvk != (GroupVersionKind{Group: "apps", Version: "v1", Kind: "Deployment"}) {
		t.Errorf("ParseKindArg gvk = %v", gvk)
	}
	if gk != (GroupKind{Group: "v1.apps", Kind: "Deployment"}) {
		t.Errorf("ParseKindArg gk = %#v", gk)
	}
}

func TestAPIVersionAndKind(t *testing.T) {
	tests := []struct {
		apiVersion, kind string
		want             GroupVersionKind
	}{
		{"v1", "Pod", GroupVersionKind{Version: "v1", Kind: "Pod"}},
		{"apps/v1", "Deployment", GroupVersionKind{Group: "apps", Version: "v1", Kind: "Deployment"}},
		{"a/b/c", "X", GroupVersionKind{Kind: "X"}},
	}
	for _, tt := range tests {
		t.Run(tt.apiVersion, func(t *testing.T) {
			got := FromAPIVersionAndKind(tt.apiVersion, tt.kind)
			if got != tt.want {
				t.Fatalf("FromAPIVersionAndKind = %#v, want %#v", got, tt.want)
			}
			if tt.want.Version == "" {
				return
			}
			av, k := got.ToAPIVersionAndKind()
			if av != tt.apiVersion || k != tt.kind {
				t.Errorf("ToAPIVersionAndKind = %q %q, want %q %q", av, k, tt.apiVersion, tt.kind)
			}
		})
	}
	if av, k := (GroupVersionKind{}).ToAPIVersionAndKind(); av != "" || k != "" {
		t.Errorf("empty gvk ToAPIVersionAndKind = %q %q", av, k)
	}
}

func TestKindForGroupVersionKinds(t *testing.T) {
	kinds := []GroupVersionKind{
		{Group: "apps", Version: "v1beta1", Kind: "Deployment"},
		{Group: "apps", Version: "v1", Kind: "Deployment"},
	}
	got, ok := GroupVersion{Group: "apps", Version: "v1"}.KindForGroupVersionKinds(kinds)
	if !ok || got != kinds[1] {
		t.Errorf("exact match = %v %v, want %v", got, ok, kinds[1])
	}
	got, ok = GroupVersion{Group: "apps", Version: "v2"}.KindForGroupVersionKinds(kinds)
	if !ok || got != (GroupVersionKind{Group: "apps", Version: "v2", Kind: "Deployment"}) {
		t.Errorf("group match = %v %v", got, ok)
	}
	if _, ok := (GroupVersion{Group: "batch", Version: "v1"}).KindForGroupVersionKinds(kinds); ok {
		t.Errorf("unrelated group matched")
	}
	got, ok = GroupVersions{{Group: "batch", Version: "v1"}, {Group: "apps", Version: "v1"}}.KindForGroupVersionKinds(kinds)
	if !ok || got != kinds[1] {
		t.Errorf("GroupVersions match = %v %v", got, ok)
	}
}

func TestWithAndDrop(t *testing.T) {
	gv := GroupVersion{Group: "apps", Version: "v1"}
	gvk := gv.WithKind("Deployment")
	if gvk.GroupVersion() != gv || gvk.GroupKind() != (GroupKind{Group: "apps", Kind: "Deployment"}) {
		t.Errorf("gvk parts wrong: %#v", gvk)
	}
	gvr := gv.WithResource("deployments")
	if gvr.GroupVersion() != gv || gvr.GroupResource().WithVersion("v1") != gvr {
		t.Errorf("gvr parts wrong: %#v", gvr)
	}
	if gvk.GroupKind().WithVersion("v1") != gvk {
		t.Errorf("GroupKind.WithVersion round trip failed")
	}
	if !(GroupVersion{}).Empty() || gv.Empty() || !(GroupVersionKind{}).Empty() || !(GroupResource{}).Empty() {
		t.Errorf("Empty() wrong")
	}
}

func TestEmptyObjectKind(t *testing.T) {
	EmptyObjectKind.SetGroupVersionKind(GroupVersionKind{Kind: "Pod"})
	if got := EmptyObjectKind.GroupVersionKind(); !got.Empty() {
		t.Errorf("EmptyObjectKind kept %v", got)
	}
}
