package field

import "testing"

func TestPathString(t *testing.T) {
	tests := []struct {
		name string
		path *Path
		want string
	}{
		{"single", NewPath("spec"), "spec"},
		{"more names", NewPath("spec", "template", "metadata"), "spec.template.metadata"},
		{"child", NewPath("spec").Child("containers"), "spec.containers"},
		{"index", NewPath("spec", "containers").Index(0).Child("name"), "spec.containers[0].name"},
		{"key", NewPath("metadata", "labels").Key("app"), "metadata.labels[app]"},
		{"empty key", NewPath("m").Key(""), "m[]"},
		{"child of nil", (*Path)(nil).Child("key"), "key"},
		{"index of nil", (*Path)(nil).Index(3), "[3]"},
		{"nil", nil, "<nil>"},
		{"child with more names", NewPath("a").Child("b", "c"), "a.b.c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.path.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPathRootAndImmutability(t *testing.T) {
	base := NewPath("spec")
	a := base.Child("a")
	b := base.Child("b")
	if a.String() != "spec.a" || b.String() != "spec.b" {
		t.Errorf("siblings interfere: %q, %q", a, b)
	}
	if got := a.Child("x").Root(); got != base {
		t.Errorf("Root() = %v, want the spec element", got)
	}
}

func TestToPath(t *testing.T) {
	if got := ToPath(); got != nil {
		t.Errorf("ToPath() = %v, want nil", got)
	}
	p := NewPath("selector")
	if got := ToPath(WithPath(p)); got != p {
		t.Errorf("ToPath(WithPath(p)) = %v, want p", got)
	}
}
