package jsonx_test

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/skiff-k8s/skiff/internal/jsonx"
)

// fuzzSeeds are small API objects and edge cases to start fuzzing from.
var fuzzSeeds = []string{
	`{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","labels":{"a":"b"}},"data":{"k":"v\u003c"},"binaryData":{"b":"aGk="},"immutable":true}`,
	`{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d","creationTimestamp":"2026-11-23T10:00:00Z"},"spec":{"replicas":3,"selector":{"matchLabels":{"app":"x"}},"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":"25%","maxUnavailable":1}},"template":{"spec":{"containers":[{"name":"c","image":"i","resources":{"limits":{"cpu":"500m"}}}]}}},"status":{"replicas":3}}`,
	`{"metadata":{"name":"p","managedFields":[{"manager":"m","fieldsV1":{"f:spec":{}}}],"ownerReferences":[{"uid":"u","controller":true}]},"spec":{"containers":[{"name":"a","ports":[{"containerPort":80}],"livenessProbe":{"httpGet":{"port":"http"}}}],"overhead":{"memory":"1Gi"}}}`,
	`{"a":1,"b":1.5,"c":[1e3,-0,9223372036854775808],"d":{"e":null,"f":"\ud83d\ude00"}}`,
	`{"metadata":{"Name":"folded","name":"exact"}}`,
	`{"spec":{"containers":[{"name":"x"}],"containers":[]}}`,
	"{\"data\":{\"k\":\"\xff\"}}",
	`[1,2,3]`, `null`, `"str"`, `{"metadata":{"creationTimestamp":"bad"}}`,
}

// podSeed adds the first pod of the committed 20-pod sample.
func podSeed(f *testing.F) {
	raw, err := os.ReadFile("../../api/core/v1/testdata/pods.json")
	if err != nil {
		f.Fatal(err)
	}
	var list corev1.PodList
	if err := json.Unmarshal(raw, &list); err != nil {
		f.Fatal(err)
	}
	pod, err := json.Marshal(&list.Items[0])
	if err != nil {
		f.Fatal(err)
	}
	f.Add(pod)
}

// FuzzDecodeAgreesWithEncodingJSON checks that jsonx decodes arbitrary
// input into Pod, Deployment, ConfigMap and interface{} exactly like
// encoding/json under the Kubernetes rules: the same value, or both an
// error. Inputs whose keys differ from a field name only by case are
// skipped for that type (encoding/json folds case, Kubernetes does not);
// for interface{} the reference decodes integers as int64.
func FuzzDecodeAgreesWithEncodingJSON(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	podSeed(f)
	targets := []reflect.Type{
		reflect.TypeFor[corev1.Pod](), reflect.TypeFor[appsv1.Deployment](), reflect.TypeFor[corev1.ConfigMap](),
	}
	names := map[reflect.Type][]string{}
	for _, t := range targets {
		names[t] = jsonNames(t)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var keys []string
		var generic any
		if json.Unmarshal(data, &generic) == nil {
			keys = objectKeys(generic, nil)
		}
		for _, typ := range targets {
			if foldedKey(keys, names[typ]) {
				continue
			}
			got, want := reflect.New(typ), reflect.New(typ)
			gotErr := jsonx.Unmarshal(data, got.Interface())
			wantErr := json.Unmarshal(data, want.Interface())
			compare(t, typ.String(), data, got.Interface(), want.Interface(), gotErr, wantErr)
		}
		var got any
		gotErr := jsonx.Unmarshal(data, &got)
		want, wantErr := kubernetesAny(data)
		compare(t, "interface{}", data, got, want, gotErr, wantErr)
	})
}

// compare fails unless both decodes failed or both gave equal values.
func compare(t *testing.T, what string, data []byte, got, want any, gotErr, wantErr error) {
	t.Helper()
	if (gotErr == nil) != (wantErr == nil) {
		t.Fatalf("%s: %q: jsonx error %v, encoding/json error %v", what, data, gotErr, wantErr)
	}
	if gotErr == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: %q: decoded values differ:\njsonx:         %#v\nencoding/json: %#v", what, data, got, want)
	}
}

// kubernetesAny decodes like encoding/json into interface{} but keeps
// integers as int64, the Kubernetes rule.
func kubernetesAny(data []byte) (any, error) {
	if !json.Valid(data) {
		return nil, &json.SyntaxError{}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return convertNumbers(v)
}

// convertNumbers turns json.Number into int64 or float64.
func convertNumbers(v any) (any, error) {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i, nil
		}
		return x.Float64()
	case map[string]any:
		for k, e := range x {
			c, err := convertNumbers(e)
			if err != nil {
				return nil, err
			}
			x[k] = c
		}
	case []any:
		for i, e := range x {
			c, err := convertNumbers(e)
			if err != nil {
				return nil, err
			}
			x[i] = c
		}
	}
	return v, nil
}

// objectKeys collects every object key in a decoded value.
func objectKeys(v any, out []string) []string {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			out = objectKeys(e, append(out, k))
		}
	case []any:
		for _, e := range x {
			out = objectKeys(e, out)
		}
	}
	return out
}

// foldedKey reports whether a key equals a field name only up to case.
func foldedKey(keys, names []string) bool {
	for _, k := range keys {
		for _, n := range names {
			if k != n && strings.EqualFold(k, n) {
				return true
			}
		}
	}
	return false
}

// jsonNames lists the JSON field names reachable from t.
func jsonNames(t reflect.Type) []string {
	seen := map[reflect.Type]bool{}
	set := map[string]bool{}
	var walk func(reflect.Type)
	walk = func(t reflect.Type) {
		if seen[t] {
			return
		}
		seen[t] = true
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Array:
			walk(t.Elem())
		case reflect.Struct:
			for i := 0; i < t.NumField(); i++ {
				sf := t.Field(i)
				name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
				if name == "" {
					name = sf.Name
				}
				set[name] = true
				walk(sf.Type)
			}
		}
	}
	walk(t)
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	return out
}

// FuzzMarshalMatchesEncodingJSON decodes arbitrary input into a Pod with
// encoding/json and checks that jsonx.Marshal writes the same bytes (or
// fails too), for the pointer and the value.
func FuzzMarshalMatchesEncodingJSON(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	podSeed(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		var pod corev1.Pod
		if json.Unmarshal(data, &pod) != nil {
			return
		}
		for _, v := range []any{&pod, pod} {
			want, wantErr := json.Marshal(v)
			got, gotErr := jsonx.Marshal(v)
			if (gotErr == nil) != (wantErr == nil) {
				t.Fatalf("%q: jsonx error %v, encoding/json error %v", data, gotErr, wantErr)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("%q: output differs:\njsonx:         %s\nencoding/json: %s", data, got, want)
			}
		}
	})
}
