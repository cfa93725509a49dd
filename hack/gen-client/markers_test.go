package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseKind(t *testing.T) {
	all := map[string]bool{"create": true, "update": true, "patch": true, "delete": true, "deletecollection": true, "get": true, "list": true, "watch": true}
	tests := []struct {
		name  string
		lines []string
		want  *Kind
	}{
		{"no marker", []string{"Foo is a thing."}, nil},
		{"defaults", []string{"+genclient"}, &Kind{Name: "Foo", Resource: "foos", Namespaced: true, Status: true, Verbs: all}},
		{"cluster scoped without status", []string{"+genclient", "+genclient:nonNamespaced", "+genclient:noStatus", "+resourceName=fooz"},
			&Kind{Name: "Foo", Resource: "fooz", Verbs: all}},
		{"only verbs", []string{"+genclient", "+genclient:onlyVerbs=create, get,updateStatus"},
			&Kind{Name: "Foo", Resource: "foos", Namespaced: true, Status: true, Verbs: map[string]bool{"create": true, "get": true}}},
		{"skip verbs", []string{"+genclient", "+genclient:skipVerbs=watch,deleteCollection"},
			&Kind{Name: "Foo", Resource: "foos", Namespaced: true, Status: true, Verbs: map[string]bool{"create": true, "update": true, "patch": true, "delete": true, "get": true, "list": true}}},
		{"read only", []string{"+genclient", "+genclient:readonly"}, &Kind{Name: "Foo", Resource: "foos", Namespaced: true, Status: true, Verbs: map[string]bool{"get": true, "list": true, "watch": true}}},
		{"no verbs", []string{"+genclient", "+genclient:noVerbs"}, &Kind{Name: "Foo", Resource: "foos", Namespaced: true, Status: true, Verbs: map[string]bool{}}},
		{"method", []string{"+genclient", "+genclient:method=GetScale,verb=get,subresource=scale,result=a/b.Scale"},
			&Kind{Name: "Foo", Resource: "foos", Namespaced: true, Status: true, Verbs: all, Methods: []Method{{Name: "GetScale", Verb: "get", Subresource: "scale", Result: "a/b.Scale"}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseKind("Foo", tc.lines)
			if err != nil {
				t.Fatalf("parseKind: %v", err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("parseKind = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestParseKindErrors(t *testing.T) {
	tests := []struct{ name, line, want string }{
		{"unknown marker", "+genclient:bogus", "unknown marker"},
		{"unknown verb", "+genclient:onlyVerbs=get,frob", "unknown verb"},
		{"method without subresource", "+genclient:method=Foo,verb=get", "needs a name and a subresource"},
		{"method with bad verb", "+genclient:method=Foo,verb=list,subresource=x", "unsupported verb"},
		{"method with bad key", "+genclient:method=Foo,verb=get,subresource=x,color=red", "unknown key"},
		{"method with bare word", "+genclient:method=Foo,verb=get,subresource=x,oops", "not key=value"},
		{"empty resource name", "+resourceName=", "resource name"},
		{"quoted resource name", `+resourceName=a"b`, "resource name"},
		{"lowercase method", "+genclient:method=foo,verb=get,subresource=x", "exported Go name"},
		{"bad result type", `+genclient:method=Foo,verb=get,subresource=x,result=a"b`, "input and result"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseKind("Foo", []string{"+genclient", tc.line})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestNames(t *testing.T) {
	tests := []struct{ kind, resource, plural string }{
		{"Pod", "pods", "Pods"},
		{"Endpoints", "endpoints", "Endpoints"},
		{"ComponentStatus", "componentstatuses", "ComponentStatuses"},
		{"Ingress", "ingresses", "Ingresses"},
		{"NetworkPolicy", "networkpolicies", "NetworkPolicies"},
		{"Gateway", "gateways", "Gateways"},
		{"Box", "", "Boxes"},
		{"Policy", "", "Policies"},
	}
	for _, tc := range tests {
		t.Run(tc.kind, func(t *testing.T) {
			k := &Kind{Name: tc.kind, Resource: tc.resource}
			if k.Resource == "" {
				k.Resource = strings.ToLower(pluralize(tc.kind))
			}
			if got := k.plural(); got != tc.plural {
				t.Errorf("plural = %q, want %q", got, tc.plural)
			}
		})
	}
	for in, want := range map[string]string{"": "Core", "apps": "Apps", "internal.apiserver.k8s.io": "Internal", "rbac.authorization.k8s.io": "Rbac"} {
		if got := goGroup(in); got != want {
			t.Errorf("goGroup(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"Pod": "pod", "URLMap": "urlMap", "CSI": "csi", "x": "x"} {
		if got := lowerFirst(in); got != want {
			t.Errorf("lowerFirst(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReadMarkers(t *testing.T) {
	dir := t.TempDir()
	good := dir + "/good.txt"
	bad := dir + "/bad.txt"
	writeFile(t, good, "# comment\n\npolicy/v1.Eviction +genclient +genclient:noVerbs\n")
	writeFile(t, bad, "policy/v1.Eviction\n")
	got, err := readMarkers(good)
	if err != nil || !reflect.DeepEqual(got, map[string][]string{"policy/v1.Eviction": {"+genclient", "+genclient:noVerbs"}}) {
		t.Errorf("readMarkers = %v, %v", got, err)
	}
	if _, err := readMarkers(bad); err == nil {
		t.Error("readMarkers of a line without markers: want an error")
	}
	if _, err := readMarkers(dir + "/missing"); err == nil {
		t.Error("readMarkers of a missing file: want an error")
	}
}

func FuzzParseKind(f *testing.F) {
	for _, seed := range []string{
		"+genclient\n+genclient:nonNamespaced",
		"+genclient\n+genclient:onlyVerbs=get,list",
		"+genclient\n+genclient:method=GetScale,verb=get,subresource=scale,result=a/b.Scale",
		"+genclient\n+genclient:method=,",
		"+genclient:skipVerbs=",
		"+genclient\n+resourceName=",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		k, err := parseKind("Foo", strings.Split(text, "\n"))
		if err != nil || k == nil {
			return
		}
		if !resourcePattern.MatchString(k.Resource) {
			t.Errorf("resource name %q accepted from %q", k.Resource, text)
		}
		for _, m := range k.Methods {
			if strings.ContainsAny(m.Name+m.Subresource+m.Input+m.Result, "\"` \n") {
				t.Errorf("method %+v accepted from %q", m, text)
			}
		}
	})
}
