package patch

import (
	"errors"
	"net/http"
	"reflect"
	"testing"

	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	podType        = reflect.TypeFor[corev1.Pod]()
	deploymentType = reflect.TypeFor[appsv1.Deployment]()
)

const smpPod = `{"apiVersion":"v1","kind":"Pod",
 "metadata":{"name":"p","labels":{"app":"a","tier":"web"},"finalizers":["a/x","b/y","c/z"]},
 "spec":{"containers":[
   {"name":"c1","image":"nginx:1","args":["-v"],"ports":[{"containerPort":80,"name":"http"},{"containerPort":443,"name":"https"}],
    "env":[{"name":"A","value":"1"},{"name":"B","value":"2"}]},
   {"name":"c2","image":"busybox"}],
  "volumes":[{"name":"v1","emptyDir":{}},{"name":"v2","configMap":{"name":"cm"}}],
  "nodeSelector":{"disk":"ssd"}}}`

func TestStrategic(t *testing.T) {
	tests := []struct {
		name  string
		doc   string
		patch string
		typ   reflect.Type
		want  string // the expected value of the fields named in path
		path  []string
	}{
		{"containers merge by name", smpPod,
			`{"spec":{"containers":[{"name":"c2","image":"busybox:2"},{"name":"c3","image":"redis"}]}}`, podType,
			`[{"name":"c1","image":"nginx:1","args":["-v"],"ports":[{"containerPort":80,"name":"http"},{"containerPort":443,"name":"https"}],"env":[{"name":"A","value":"1"},{"name":"B","value":"2"}]},{"name":"c2","image":"busybox:2"},{"name":"c3","image":"redis"}]`,
			[]string{"spec", "containers"}},
		{"list without strategy replaced", smpPod,
			`{"spec":{"containers":[{"name":"c1","args":["-q","-x"]}]}}`, podType,
			`["-q","-x"]`, []string{"spec", "containers", "0", "args"}},
		{"ports merged by containerPort", smpPod,
			`{"spec":{"containers":[{"name":"c1","ports":[{"containerPort":443,"name":"tls"},{"containerPort":8080}]}]}}`, podType,
			`[{"containerPort":80,"name":"http"},{"containerPort":443,"name":"tls"},{"containerPort":8080}]`,
			[]string{"spec", "containers", "0", "ports"}},
		{"patch delete of a list element", smpPod,
			`{"spec":{"containers":[{"name":"c1","$patch":"delete"}]}}`, podType,
			`[{"name":"c2","image":"busybox"}]`, []string{"spec", "containers"}},
		{"patch replace of a list", smpPod,
			`{"spec":{"containers":[{"name":"only","image":"x"},{"$patch":"replace"}]}}`, podType,
			`[{"name":"only","image":"x"}]`, []string{"spec", "containers"}},
		{"patch replace of a map", smpPod,
			`{"metadata":{"labels":{"$patch":"replace","new":"1"}}}`, podType,
			`{"new":"1"}`, []string{"metadata", "labels"}},
		{"patch delete of a map", smpPod,
			`{"spec":{"nodeSelector":{"$patch":"delete"}}}`, podType,
			`null`, []string{"spec", "nodeSelector"}},
		{"null removes a map key", smpPod,
			`{"metadata":{"labels":{"tier":null,"new":"x"}}}`, podType,
			`{"app":"a","new":"x"}`, []string{"metadata", "labels"}},
		{"null removes a field", smpPod,
			`{"spec":{"nodeSelector":null}}`, podType,
			`null`, []string{"spec", "nodeSelector"}},
		{"retainKeys on volumes", smpPod,
			`{"spec":{"volumes":[{"name":"v1","$retainKeys":["name","hostPath"],"hostPath":{"path":"/tmp"}}]}}`, podType,
			`[{"name":"v1","hostPath":{"path":"/tmp"}},{"name":"v2","configMap":{"name":"cm"}}]`,
			[]string{"spec", "volumes"}},
		{"setElementOrder reorders containers", smpPod,
			`{"spec":{"$setElementOrder/containers":[{"name":"c2"},{"name":"c1"}],"containers":[{"name":"c1","image":"nginx:2"}]}}`, podType,
			`["c2","c1"]`, []string{"spec", "containers", "*", "name"}},
		{"setElementOrder on env with a new element", smpPod,
			`{"spec":{"containers":[{"name":"c1","$setElementOrder/env":[{"name":"Z"},{"name":"A"},{"name":"B"}],"env":[{"name":"Z","value":"0"}]}]}}`, podType,
			`["Z","A","B"]`, []string{"spec", "containers", "0", "env", "*", "name"}},
		{"env merge keeps patch order after server-only items", smpPod,
			`{"spec":{"containers":[{"name":"c1","env":[{"name":"C","value":"3"},{"name":"A","value":"9"}]}]}}`, podType,
			`[{"name":"B","value":"2"},{"name":"C","value":"3"},{"name":"A","value":"9"}]`, []string{"spec", "containers", "0", "env"}},
		{"deleteFromPrimitiveList on finalizers", smpPod,
			`{"metadata":{"$deleteFromPrimitiveList/finalizers":["b/y"]}}`, podType,
			`["a/x","c/z"]`, []string{"metadata", "finalizers"}},
		{"finalizers merge as a set", smpPod,
			`{"metadata":{"finalizers":["a/x","d/w"]}}`, podType,
			`["a/x","b/y","c/z","d/w"]`, []string{"metadata", "finalizers"}},
		{"finalizers union in patch order", smpPod,
			`{"metadata":{"finalizers":["d/w","a/x"]}}`, podType,
			`["b/y","c/z","d/w","a/x"]`, []string{"metadata", "finalizers"}},
		{"retainKeys on deployment strategy", `{"spec":{"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":1}}}}`,
			`{"spec":{"strategy":{"$retainKeys":["type"],"type":"Recreate"}}}`, deploymentType,
			`{"type":"Recreate"}`, []string{"spec", "strategy"}},
		{"nil type replaces lists", `{"spec":{"l":[{"name":"a"}],"m":{"x":1}}}`,
			`{"spec":{"l":[{"name":"b"}],"m":{"y":2}}}`, nil,
			`{"l":[{"name":"b"}],"m":{"x":1,"y":2}}`, []string{"spec"}},
		{"unknown field set", smpPod, `{"spec":{"madeUp":{"a":[1]}}}`, podType,
			`{"a":[1]}`, []string{"spec", "madeUp"}},
		{"new container strips nulls", smpPod,
			`{"spec":{"containers":[{"name":"c9","image":"x","args":null}]}}`, podType,
			`{"name":"c9","image":"x"}`, []string{"spec", "containers", "2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := Strategic([]byte(tt.doc), []byte(tt.patch), tt.typ)
			require.NoError(t, err)
			got, err := decode(out)
			require.NoError(t, err)
			want, err := decode([]byte(tt.want))
			require.NoError(t, err)
			assert.Equal(t, want, pick(got, tt.path), "result %s", out)
		})
	}
}

// pick follows path through decoded JSON; "*" maps the rest over a list.
func pick(v any, path []string) any {
	for i, p := range path {
		switch x := v.(type) {
		case map[string]any:
			v = x[p]
		case []any:
			if p == "*" {
				out := make([]any, len(x))
				for j, e := range x {
					out[j] = pick(e, path[i+1:])
				}
				return out
			}
			var n int
			for _, c := range p {
				n = n*10 + int(c-'0')
			}
			if n >= len(x) {
				return nil
			}
			v = x[n]
		default:
			return nil
		}
	}
	return v
}

func TestStrategicErrors(t *testing.T) {
	tests := []struct {
		name, patch string
		code        int
	}{
		{"not an object", `[1]`, http.StatusBadRequest},
		{"not JSON", `{`, http.StatusBadRequest},
		{"unknown patch type", `{"metadata":{"labels":{"$patch":"explode"}}}`, http.StatusBadRequest},
		{"retainKeys not a list", `{"spec":{"strategy":{"$retainKeys":"type"}}}`, http.StatusBadRequest},
		{"content outside retainKeys", `{"spec":{"strategy":{"$retainKeys":["type"],"rollingUpdate":{}}}}`, http.StatusUnprocessableEntity},
		{"deleteFromPrimitiveList not a list", `{"metadata":{"$deleteFromPrimitiveList/finalizers":"a"}}`, http.StatusBadRequest},
		{"setElementOrder not a list", `{"spec":{"$setElementOrder/containers":{}}}`, http.StatusBadRequest},
		{"merge list element without key", `{"spec":{"template":{"spec":{"containers":[{"image":"x"}]}}}}`, http.StatusUnprocessableEntity},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Strategic([]byte(`{"spec":{"strategy":{"type":"Recreate"}}}`), []byte(tt.patch), deploymentType)
			var ipe *InvalidPatchError
			require.True(t, errors.As(err, &ipe), "got %v, want *InvalidPatchError", err)
			assert.Equal(t, tt.code, ipe.Code, "code for %v", err)
		})
	}
}
