package patch

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

// listType is how server-side apply treats a list.
type listType int

// The list types of server-side apply.
const (
	// listAtomic lists are owned and replaced as a whole.
	listAtomic listType = iota
	// listMap lists are keyed by their merge key fields.
	listMap
	// listSet lists hold distinct primitive values.
	listSet
)

// listMapKeys overrides the single patchMergeKey with the full key list the
// real server's OpenAPI schema declares (x-kubernetes-list-map-keys).
var listMapKeys = map[reflect.Type][]string{
	reflect.TypeFor[corev1.ContainerPort]():            {"containerPort", "protocol"},
	reflect.TypeFor[corev1.ServicePort]():              {"port", "protocol"},
	reflect.TypeFor[corev1.TopologySpreadConstraint](): {"topologyKey", "whenUnsatisfiable"},
}

// keyDefaults are the values the real server defaults key fields to before
// it compares list elements.
var keyDefaults = map[string]any{"protocol": "TCP"}

// atomicStructs are struct types the real schema marks
// x-kubernetes-map-type: atomic.
var atomicStructs = map[reflect.Type]bool{
	reflect.TypeFor[metav1.LabelSelector](): true,
}

// isAtomic reports whether a map value of Go type t is owned as a whole.
func isAtomic(t reflect.Type) bool { return t != nil && atomicStructs[deref(t)] }

// listTypeOf decides how a list value of field fm is treated.
func listTypeOf(fm fieldMeta, list []any) (listType, []string) {
	if !fm.merge {
		return listAtomic, nil
	}
	if fm.mergeKey == "" {
		for _, e := range list {
			switch e.(type) {
			case map[string]any, []any:
				return listAtomic, nil
			}
		}
		return listSet, nil
	}
	if keys, ok := listMapKeys[elemOf(fm.typ)]; ok {
		return listMap, keys
	}
	return listMap, []string{fm.mergeKey}
}

// keyElem is the "k:" path element of a list-map item; ok is false when
// the item is not an object or has none of the key fields.
func keyElem(item any, keys []string) (string, bool) {
	m, ok := item.(map[string]any)
	if !ok {
		return "", false
	}
	k := make(map[string]any, len(keys))
	for _, name := range keys {
		if v, ok := m[name]; ok && v != nil {
			k[name] = v
		} else if d, ok := keyDefaults[name]; ok && len(keys) > 1 {
			k[name] = d
		}
	}
	if len(k) == 0 || (len(keys) == 1 && len(k) == 0) {
		return "", false
	}
	if _, ok := k[keys[0]]; !ok {
		return "", false
	}
	return "k:" + compactJSON(k), true
}

// valueElem is the "v:" path element of a set item.
func valueElem(v any) string { return "v:" + compactJSON(v) }

// elemMeta is the fieldMeta of the items of list field fm.
func elemMeta(fm fieldMeta) fieldMeta { return fieldMeta{typ: elemOf(fm.typ)} }

// child returns p extended by e, never sharing p's backing array.
func child(p []string, e string) []string {
	out := make([]string, len(p)+1)
	copy(out, p)
	out[len(p)] = e
	return out
}

// matchesKey reports whether list item matches the key element value
// (the decoded object of a "k:" element), honouring key defaults.
func matchesKey(item any, key map[string]any) bool {
	m, ok := item.(map[string]any)
	if !ok {
		return false
	}
	for name, want := range key {
		got, ok := m[name]
		if !ok || got == nil {
			got, ok = keyDefaults[name]
		}
		if !ok || !equal(got, want) {
			return false
		}
	}
	return true
}

// zeroDoc is the JSON form of the zero value of t, which the real server
// compares a created object against; {} for a nil t.
func zeroDoc(t reflect.Type) map[string]any {
	t = deref(t)
	if t == nil || t.Kind() != reflect.Struct {
		return map[string]any{}
	}
	b, err := json.Marshal(reflect.New(t).Interface())
	if err != nil {
		return map[string]any{}
	}
	m, err := decodeObject(b, "zero value")
	if err != nil {
		return map[string]any{}
	}
	return m
}

// strippedPaths are the fields no manager ever owns.
var strippedPaths = func() []string {
	out := []string{joinPath([]string{"f:apiVersion"}), joinPath([]string{"f:kind"})}
	for _, f := range []string{"name", "namespace", "creationTimestamp", "selfLink", "uid",
		"clusterName", "generation", "managedFields", "resourceVersion"} {
		out = append(out, joinPath([]string{"f:metadata", "f:" + f}))
	}
	sort.Strings(out)
	return out
}()

// subresourceStatus is the subresource whose writes own status fields.
const subresourceStatus = "status"

// strip removes the fields a write cannot own from s: the server-owned
// metadata and the metadata node itself; for a write through the status
// subresource everything outside status; for a main-resource write of a
// type with a status field, the status.
func strip(s pathSet, t reflect.Type, subresource string) {
	for _, p := range strippedPaths {
		s.removeUnder(p)
	}
	delete(s, joinPath([]string{"f:metadata"}))
	status := joinPath([]string{"f:status"})
	switch {
	case subresource == subresourceStatus:
		for p := range s {
			if p != status && !strings.HasPrefix(p, status+pathSep) {
				delete(s, p)
			}
		}
	case t != nil && fieldOf(t, "status").typ != nil:
		s.removeUnder(status)
	}
}
