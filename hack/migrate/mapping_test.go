package main

import (
	"testing"
)

func TestMapImport(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		mapped  bool
		isRef   bool
		wantMod string
	}{
		{in: "k8s.io/client-go/kubernetes", want: "github.com/skiff-k8s/skiff/kubernetes", mapped: true, isRef: true, wantMod: "k8s.io/client-go"},
		{in: "k8s.io/client-go", want: "github.com/skiff-k8s/skiff", mapped: true, isRef: true, wantMod: "k8s.io/client-go"},
		{in: "k8s.io/client-gox/foo", isRef: false},
		{in: "k8s.io/api/core/v1", want: "github.com/skiff-k8s/skiff/api/core/v1", mapped: true, isRef: true, wantMod: "k8s.io/api"},
		{in: "k8s.io/api", want: "github.com/skiff-k8s/skiff/api", mapped: true, isRef: true, wantMod: "k8s.io/api"},
		{in: "k8s.io/apiserver/pkg/server", isRef: false},
		{in: "k8s.io/apimachinery/pkg/apis/meta/v1", want: "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1", mapped: true, isRef: true, wantMod: "k8s.io/apimachinery"},
		{in: "k8s.io/apimachinery/pkg", want: "github.com/skiff-k8s/skiff/apimachinery", mapped: true, isRef: true, wantMod: "k8s.io/apimachinery"},
		{in: "k8s.io/apimachinery/pkgx", mapped: false, isRef: true, wantMod: "k8s.io/apimachinery"},
		{in: "k8s.io/apimachinery/third_party/forked/golang/json", mapped: false, isRef: true, wantMod: "k8s.io/apimachinery"},
		{in: "k8s.io/apimachinery", mapped: false, isRef: true, wantMod: "k8s.io/apimachinery"},
		{in: "fmt", isRef: false},
		{in: "github.com/skiff-k8s/skiff/rest", isRef: false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, mapped, isRef := mapImport(tt.in)
			if got != tt.want || mapped != tt.mapped || isRef != tt.isRef {
				t.Errorf("mapImport(%q) = %q, %v, %v; want %q, %v, %v", tt.in, got, mapped, isRef, tt.want, tt.mapped, tt.isRef)
			}
			if mod := referenceModule(tt.in); mod != tt.wantMod {
				t.Errorf("referenceModule(%q) = %q, want %q", tt.in, mod, tt.wantMod)
			}
		})
	}
}

func TestOfferedKnowsCorePackages(t *testing.T) {
	offers := loadOffered()
	for _, p := range []string{"kubernetes", "rest", "tools/clientcmd", "api/core/v1", "apimachinery/apis/meta/v1"} {
		if !offers[skiffModule+"/"+p] {
			t.Errorf("packages.txt lacks %s", p)
		}
	}
	for _, p := range []string{"tools/remotecommand", "internal/jsonx", "hack/migrate"} {
		if offers[skiffModule+"/"+p] {
			t.Errorf("packages.txt offers %s, want it left out", p)
		}
	}
}
