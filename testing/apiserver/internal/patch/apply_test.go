package patch

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	t0 = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	t1 = t0.Add(time.Minute)
	t2 = t0.Add(2 * time.Minute)
)

// managed returns the managedFields of obj as "manager/operation" ->
// compact fieldsV1, and the entry order.
func managed(t *testing.T, obj []byte) (map[string]string, []string) {
	t.Helper()
	var o struct {
		Metadata struct {
			ManagedFields []struct {
				Manager, Operation, APIVersion, Time, FieldsType string
				FieldsV1                                         json.RawMessage
			} `json:"managedFields"`
		} `json:"metadata"`
	}
	require.NoError(t, json.Unmarshal(obj, &o))
	got := map[string]string{}
	var order []string
	for _, e := range o.Metadata.ManagedFields {
		k := e.Manager + "/" + e.Operation
		require.Equal(t, "FieldsV1", e.FieldsType, "fieldsType of %s", k)
		require.NotEmpty(t, e.Time, "time of %s", k)
		got[k] = string(e.FieldsV1)
		order = append(order, k)
	}
	return got, order
}

// body strips managedFields from obj for comparing contents.
func body(t *testing.T, obj []byte) string {
	t.Helper()
	m, err := decodeObject(obj, "test")
	require.NoError(t, err)
	b, err := encode(withoutManaged(m))
	require.NoError(t, err)
	return string(b)
}

const deployV1 = `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d","labels":{"app":"x"}},
 "spec":{"replicas":3,"template":{"spec":{"containers":[{"name":"c","image":"nginx:1","ports":[{"containerPort":80}]}]}}}}`

func TestApplyCreate(t *testing.T) {
	out, err := Apply(nil, []byte(deployV1), deploymentType, "kubectl", false, t0)
	require.NoError(t, err)
	got, _ := managed(t, out)
	assert.Equal(t, map[string]string{"kubectl/Apply": `{"f:metadata":{"f:labels":{"f:app":{}}},"f:spec":{"f:replicas":{},"f:template":{"f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{".":{},"f:image":{},"f:name":{},"f:ports":{"k:{\"containerPort\":80,\"protocol\":\"TCP\"}":{".":{},"f:containerPort":{}}}}}}}}}`}, got)
	assert.JSONEq(t, `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d","labels":{"app":"x"}},
 "spec":{"replicas":3,"template":{"spec":{"containers":[{"name":"c","image":"nginx:1","ports":[{"containerPort":80}]}]}}}}`, body(t, out))
	assert.Contains(t, string(out), `"apiVersion":"apps/v1","fieldsType":"FieldsV1"`)
	assert.Contains(t, string(out), `"time":"2026-01-02T03:04:05Z"`)
}

func TestApplyYAML(t *testing.T) {
	cfg := "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\ndata:\n  a: \"1\"\n"
	out, err := Apply(nil, []byte(cfg), nil, "kubectl", false, t0)
	require.NoError(t, err)
	assert.JSONEq(t, `{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m"},"data":{"a":"1"}}`, body(t, out))
}

func TestApplySameIsNoChange(t *testing.T) {
	first, err := Apply(nil, []byte(deployV1), deploymentType, "kubectl", false, t0)
	require.NoError(t, err)
	second, err := Apply(first, []byte(deployV1), deploymentType, "kubectl", false, t1)
	require.NoError(t, err)
	assert.JSONEq(t, string(first), string(second))
}

func TestApplyRemovesOmittedField(t *testing.T) {
	first, err := Apply(nil, []byte(deployV1), deploymentType, "kubectl", false, t0)
	require.NoError(t, err)
	cfg := `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},
 "spec":{"template":{"spec":{"containers":[{"name":"c","image":"nginx:2"}]}}}}`
	out, err := Apply(first, []byte(cfg), deploymentType, "kubectl", false, t1)
	require.NoError(t, err)
	assert.JSONEq(t, `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},
 "spec":{"template":{"spec":{"containers":[{"name":"c","image":"nginx:2"}]}}}}`, body(t, out))
	got, _ := managed(t, out)
	assert.Equal(t, `{"f:spec":{"f:template":{"f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{".":{},"f:image":{},"f:name":{}}}}}}}`, got["kubectl/Apply"])
}

func TestApplyTwoManagers(t *testing.T) {
	first, err := Apply(nil, []byte(deployV1), deploymentType, "kubectl", false, t0)
	require.NoError(t, err)
	hpa := `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d","annotations":{"scaler":"on"}}}`
	out, err := Apply(first, []byte(hpa), deploymentType, "scaler", false, t1)
	require.NoError(t, err)
	got, order := managed(t, out)
	assert.Equal(t, []string{"kubectl/Apply", "scaler/Apply"}, order)
	assert.Equal(t, `{"f:metadata":{"f:annotations":{"f:scaler":{}}}}`, got["scaler/Apply"])
	// kubectl drops its labels; scaler's annotation stays.
	cfg := `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"replicas":3}}`
	out, err = Apply(out, []byte(cfg), deploymentType, "kubectl", false, t2)
	require.NoError(t, err)
	assert.JSONEq(t, `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d","annotations":{"scaler":"on"}},"spec":{"replicas":3}}`, body(t, out))
	got, order = managed(t, out)
	assert.Equal(t, []string{"scaler/Apply", "kubectl/Apply"}, order, "sorted by time within Apply")
	assert.Equal(t, `{"f:spec":{"f:replicas":{}}}`, got["kubectl/Apply"])
}

func TestApplySharedFieldIsKept(t *testing.T) {
	first, err := Apply(nil, []byte(`{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m"},"data":{"a":"1"}}`), nil, "one", false, t0)
	require.NoError(t, err)
	both, err := Apply(first, []byte(`{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m"},"data":{"a":"1"}}`), nil, "two", false, t1)
	require.NoError(t, err)
	out, err := Apply(both, []byte(`{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m"}}`), nil, "one", false, t2)
	require.NoError(t, err)
	assert.JSONEq(t, `{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m"},"data":{"a":"1"}}`, body(t, out))
	got, _ := managed(t, out)
	assert.Equal(t, map[string]string{"two/Apply": `{"f:data":{"f:a":{}}}`}, got)
}

func TestApplyConflict(t *testing.T) {
	first, err := Apply(nil, []byte(deployV1), deploymentType, "kubectl", false, t0)
	require.NoError(t, err)
	cfg := `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"replicas":5}}`
	_, err = Apply(first, []byte(cfg), deploymentType, "hpa", false, t1)
	var ce *ConflictError
	require.True(t, errors.As(err, &ce), "got %v, want *ConflictError", err)
	require.Len(t, ce.Conflicts, 1)
	assert.Equal(t, "kubectl", ce.Conflicts[0].Manager)
	assert.Equal(t, ".spec.replicas", ce.Conflicts[0].Field)
	assert.Equal(t, `Apply failed with 1 conflict: conflict with "kubectl" using apps/v1: .spec.replicas`, err.Error())
	assert.Equal(t, `conflict with "kubectl" using apps/v1`, ce.Conflicts[0].CauseMessage())

	same := `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"replicas":3}}`
	out, err := Apply(first, []byte(same), deploymentType, "hpa", false, t1)
	require.NoError(t, err, "same value is shared, not a conflict")
	got, _ := managed(t, out)
	assert.Equal(t, `{"f:spec":{"f:replicas":{}}}`, got["hpa/Apply"])
	assert.Contains(t, got["kubectl/Apply"], `"f:replicas":{}`)
}

func TestApplyConflictMessageSeveral(t *testing.T) {
	first, err := Apply(nil, []byte(deployV1), deploymentType, "kubectl", false, t0)
	require.NoError(t, err)
	cfg := `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d","labels":{"app":"y"}},
 "spec":{"replicas":5,"template":{"spec":{"containers":[{"name":"c","image":"other"}]}}}}`
	_, err = Apply(first, []byte(cfg), deploymentType, "hpa", false, t1)
	require.Error(t, err)
	assert.Equal(t, "Apply failed with 3 conflicts: conflicts with \"kubectl\" using apps/v1:\n"+
		"- .metadata.labels.app\n- .spec.replicas\n- .spec.template.spec.containers[name=\"c\"].image", err.Error())
}

func TestApplyForce(t *testing.T) {
	first, err := Apply(nil, []byte(deployV1), deploymentType, "kubectl", false, t0)
	require.NoError(t, err)
	cfg := `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"replicas":5}}`
	out, err := Apply(first, []byte(cfg), deploymentType, "hpa", true, t1)
	require.NoError(t, err)
	got, _ := managed(t, out)
	assert.Equal(t, `{"f:spec":{"f:replicas":{}}}`, got["hpa/Apply"])
	assert.NotContains(t, got["kubectl/Apply"], "f:replicas")
	m, err := decodeObject(out, "out")
	require.NoError(t, err)
	assert.Equal(t, int64(5), pick(m, []string{"spec", "replicas"}))
	// kubectl re-applying its old value now conflicts with hpa.
	_, err = Apply(out, []byte(deployV1), deploymentType, "kubectl", false, t2)
	assert.EqualError(t, err, `Apply failed with 1 conflict: conflict with "hpa" using apps/v1: .spec.replicas`)
}

func TestUpdateAfterApply(t *testing.T) {
	first, err := Apply(nil, []byte(deployV1), deploymentType, "kubectl", false, t0)
	require.NoError(t, err)
	m, err := decodeObject(first, "first")
	require.NoError(t, err)
	m["spec"].(map[string]any)["replicas"] = int64(7)
	m["metadata"].(map[string]any)["labels"].(map[string]any)["team"] = "a"
	updated, err := encode(m)
	require.NoError(t, err)
	out, err := Update(first, updated, deploymentType, "kube-controller-manager", "Update", t1)
	require.NoError(t, err)
	got, order := managed(t, out)
	assert.Equal(t, []string{"kubectl/Apply", "kube-controller-manager/Update"}, order)
	assert.Equal(t, `{"f:metadata":{"f:labels":{"f:team":{}}},"f:spec":{"f:replicas":{}}}`, got["kube-controller-manager/Update"])
	assert.NotContains(t, got["kubectl/Apply"], "f:replicas")
	assert.Contains(t, got["kubectl/Apply"], "f:app")
}

func TestUpdateCreate(t *testing.T) {
	pod := `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","namespace":"ns","uid":"u","labels":{"app":"x"},"finalizers":["f"]},
 "spec":{"containers":[{"name":"c","image":"i","resources":{}}],"restartPolicy":"Always"},"status":{"phase":"Pending"}}`
	out, err := Update(nil, []byte(pod), podType, "kubectl-create", "Update", t0)
	require.NoError(t, err)
	got, _ := managed(t, out)
	assert.Equal(t, map[string]string{"kubectl-create/Update": `{"f:metadata":{"f:finalizers":{".":{},"v:\"f\"":{}},"f:labels":{".":{},"f:app":{}}},"f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{".":{},"f:image":{},"f:name":{},"f:resources":{}}},"f:restartPolicy":{}}}`}, got)
}

func TestUpdateRemovedFieldLeavesOwners(t *testing.T) {
	first, err := Apply(nil, []byte(deployV1), deploymentType, "kubectl", false, t0)
	require.NoError(t, err)
	m, err := decodeObject(first, "first")
	require.NoError(t, err)
	delete(m["metadata"].(map[string]any), "labels")
	updated, err := encode(m)
	require.NoError(t, err)
	out, err := Update(first, updated, deploymentType, "editor", "Update", t1)
	require.NoError(t, err)
	got, _ := managed(t, out)
	assert.NotContains(t, got["kubectl/Apply"], "f:labels")
	assert.NotContains(t, got, "editor/Update", "a pure removal gives the editor nothing")
}

func TestUpdateManagedFieldsReset(t *testing.T) {
	first, err := Apply(nil, []byte(deployV1), deploymentType, "kubectl", false, t0)
	require.NoError(t, err)
	m, err := decodeObject(first, "first")
	require.NoError(t, err)
	m["metadata"].(map[string]any)["managedFields"] = []any{map[string]any{}}
	updated, err := encode(m)
	require.NoError(t, err)
	out, err := Update(first, updated, deploymentType, "editor", "Update", t1)
	require.NoError(t, err)
	assert.NotContains(t, string(out), "managedFields")
}

func TestApplyBeforeFirstApply(t *testing.T) {
	live := `{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m"},"data":{"a":"1","b":"2"}}`
	_, err := Apply([]byte(live), []byte(`{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m"},"data":{"a":"9"}}`), nil, "kubectl", false, t0)
	assert.EqualError(t, err, `Apply failed with 1 conflict: conflict with "before-first-apply" using v1: .data.a`)
	out, err := Apply([]byte(live), []byte(`{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m"},"data":{"c":"3"}}`), nil, "kubectl", false, t0)
	require.NoError(t, err)
	got, order := managed(t, out)
	assert.Equal(t, []string{"kubectl/Apply", "before-first-apply/Update"}, order)
	assert.Equal(t, `{"f:data":{".":{},"f:a":{},"f:b":{}}}`, got["before-first-apply/Update"])
}

func TestApplyFinalizersSet(t *testing.T) {
	cfg := `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","finalizers":["a","b"]}}`
	first, err := Apply(nil, []byte(cfg), podType, "one", false, t0)
	require.NoError(t, err)
	out, err := Apply(first, []byte(`{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","finalizers":["c"]}}`), podType, "two", false, t1)
	require.NoError(t, err)
	m, err := decodeObject(out, "out")
	require.NoError(t, err)
	assert.Equal(t, []any{"a", "b", "c"}, pick(m, []string{"metadata", "finalizers"}))
	got, _ := managed(t, out)
	assert.Equal(t, `{"f:metadata":{"f:finalizers":{"v:\"c\"":{}}}}`, got["two/Apply"])
	out, err = Apply(out, []byte(`{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","finalizers":["a"]}}`), podType, "one", false, t2)
	require.NoError(t, err)
	m, err = decodeObject(out, "out")
	require.NoError(t, err)
	assert.Equal(t, []any{"a", "c"}, pick(m, []string{"metadata", "finalizers"}))
}

func TestApplyErrors(t *testing.T) {
	tests := []struct {
		name, body string
		code       int
	}{
		{"not JSON", `{`, http.StatusBadRequest},
		{"not an object", `[1]`, http.StatusBadRequest},
		{"managedFields set", `{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m","managedFields":[{"manager":"x"}]}}`, http.StatusBadRequest},
		{"keyed item without key", `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"image":"x"}]}}`, http.StatusUnprocessableEntity},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Apply(nil, []byte(tt.body), podType, "m", false, t0)
			var ipe *InvalidPatchError
			require.True(t, errors.As(err, &ipe), "got %v", err)
			assert.Equal(t, tt.code, ipe.Code, "code for %v", err)
		})
	}
}

func TestApplyListOrder(t *testing.T) {
	pod := func(names ...string) string {
		var cs []string
		for _, n := range names {
			cs = append(cs, `{"name":"`+n+`","image":"i"}`)
		}
		return `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[` + strings.Join(cs, ",") + `]}}`
	}
	tests := []struct {
		name        string
		live        []string
		liveManager string
		applied     []string
		want        []string
	}{
		{"new item from another manager goes last", []string{"nginx"}, "other", []string{"sidecar"}, []string{"nginx", "sidecar"}},
		{"submitted order wins", []string{"original"}, "kubectl", []string{"new", "original"}, []string{"new", "original"}},
		{"reorder", []string{"a", "b"}, "kubectl", []string{"b", "a"}, []string{"b", "a"}},
		{"unnamed live item keeps its place", []string{"a", "x", "b"}, "other", []string{"a", "b", "c"}, []string{"a", "x", "b", "c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			live, err := Apply(nil, []byte(pod(tt.live...)), podType, tt.liveManager, false, t0)
			require.NoError(t, err)
			out, err := Apply(live, []byte(pod(tt.applied...)), podType, "kubectl", false, t1)
			require.NoError(t, err)
			m, err := decodeObject(out, "out")
			require.NoError(t, err)
			var want []any
			for _, n := range tt.want {
				want = append(want, n)
			}
			assert.Equal(t, want, pick(m, []string{"spec", "containers", "*", "name"}))
		})
	}
}

func TestStatusSubresource(t *testing.T) {
	live, err := Apply(nil, []byte(deployV1), deploymentType, "kubectl", false, t0)
	require.NoError(t, err)
	m, err := decodeObject(live, "live")
	require.NoError(t, err)
	m["status"] = map[string]any{"replicas": int64(3)}
	updated, err := encode(m)
	require.NoError(t, err)
	out, err := UpdateSubresource(live, updated, deploymentType, "controller", "Update", "status", t1)
	require.NoError(t, err)
	assert.Contains(t, string(out), `"fieldsV1":{"f:status":{".":{},"f:replicas":{}}},"manager":"controller","operation":"Update","subresource":"status"`)
	m["spec"].(map[string]any)["replicas"] = int64(4)
	scaled, err := encode(m)
	require.NoError(t, err)
	viaScale, err := UpdateSubresource(live, scaled, deploymentType, "hpa", "Update", "scale", t1)
	require.NoError(t, err)
	assert.Contains(t, string(viaScale), `"fieldsV1":{"f:spec":{"f:replicas":{}}},"manager":"hpa","operation":"Update","subresource":"scale"`)
	main, err := Update(live, updated, deploymentType, "controller", "Update", t1)
	require.NoError(t, err)
	got, _ := managed(t, main)
	assert.NotContains(t, got, "controller/Update", "a main-resource write owns no status")
}

func TestUpdateCapsManagers(t *testing.T) {
	obj := []byte(`{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m"},"data":{}}`)
	for i := 0; i < 12; i++ {
		m, err := decodeObject(obj, "obj")
		require.NoError(t, err)
		m["data"].(map[string]any)["k"+string(rune('a'+i))] = "v"
		next, err := encode(m)
		require.NoError(t, err)
		out, err := Update(obj, next, nil, "writer-"+string(rune('a'+i)), "Update", t0.Add(time.Duration(i)*time.Minute))
		require.NoError(t, err)
		obj = out
	}
	got, order := managed(t, obj)
	assert.Len(t, order, 10)
	assert.Equal(t, `{"f:data":{"f:ka":{},"f:kb":{},"f:kc":{}}}`, got["ancient-changes/Update"])
	assert.NotContains(t, got, "writer-a/Update")
	assert.Contains(t, got, "writer-l/Update")
}

func TestApplyConflictWithUpdater(t *testing.T) {
	first, err := Apply(nil, []byte(deployV1), deploymentType, "kubectl", false, t0)
	require.NoError(t, err)
	m, err := decodeObject(first, "first")
	require.NoError(t, err)
	m["spec"].(map[string]any)["replicas"] = int64(9)
	next, err := encode(m)
	require.NoError(t, err)
	scaled, err := Update(first, next, deploymentType, "kube-controller-manager", "Update", t1)
	require.NoError(t, err)
	_, err = Apply(scaled, []byte(deployV1), deploymentType, "kubectl", false, t2)
	assert.EqualError(t, err, `Apply failed with 1 conflict: conflict with "kube-controller-manager" using apps/v1: .spec.replicas`)
	// Dropping replicas from the configuration avoids the conflict and
	// leaves the updater's value alone.
	cfg := `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d","labels":{"app":"x"}},
 "spec":{"template":{"spec":{"containers":[{"name":"c","image":"nginx:1","ports":[{"containerPort":80}]}]}}}}`
	out, err := Apply(scaled, []byte(cfg), deploymentType, "kubectl", false, t2)
	require.NoError(t, err)
	m, err = decodeObject(out, "out")
	require.NoError(t, err)
	assert.Equal(t, int64(9), pick(m, []string{"spec", "replicas"}))
}
