package patch

import (
	"reflect"
	"strings"
	"sync"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

// fieldMeta is what the Go type says about one JSON field.
type fieldMeta struct {
	// typ is the field's Go type with pointers removed; nil when unknown.
	typ reflect.Type
	// merge is set for lists with patchStrategy "merge".
	merge bool
	// retainKeys is set for patchStrategy "retainKeys".
	retainKeys bool
	// mergeKey is the patchMergeKey tag.
	mergeKey string
}

// structFields caches the JSON fields of each struct type.
var structFields sync.Map // reflect.Type -> map[string]fieldMeta

// objectMetaType gets patch metadata the hand-written ObjectMeta lacks.
var objectMetaType = reflect.TypeFor[metav1.ObjectMeta]()

// deref strips pointer types.
func deref(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// fieldOf returns the metadata of JSON field name inside a value of Go type
// t: a struct field (embedded inline structs included) or a map element.
// Unknown fields and nil types give the zero fieldMeta.
func fieldOf(t reflect.Type, name string) fieldMeta {
	t = deref(t)
	if t == nil {
		return fieldMeta{}
	}
	switch t.Kind() {
	case reflect.Map:
		return fieldMeta{typ: deref(t.Elem())}
	case reflect.Struct:
		return structFieldsOf(t)[name]
	}
	return fieldMeta{}
}

// elemOf returns the element type of a slice type (nil otherwise).
func elemOf(t reflect.Type) reflect.Type {
	t = deref(t)
	if t == nil || (t.Kind() != reflect.Slice && t.Kind() != reflect.Array) {
		return nil
	}
	return deref(t.Elem())
}

// structFieldsOf returns (and caches) the JSON fields of a struct type.
func structFieldsOf(t reflect.Type) map[string]fieldMeta {
	if m, ok := structFields.Load(t); ok {
		return m.(map[string]fieldMeta)
	}
	m := map[string]fieldMeta{}
	collectFields(t, m, 0)
	if t == objectMetaType {
		m["finalizers"] = fieldMeta{typ: m["finalizers"].typ, merge: true}
		m["ownerReferences"] = fieldMeta{typ: m["ownerReferences"].typ, merge: true, mergeKey: "uid"}
	}
	structFields.Store(t, m)
	return m
}

// collectFields adds the JSON fields of struct t to m, descending into
// embedded structs without a JSON name.
func collectFields(t reflect.Type, m map[string]fieldMeta, depth int) {
	if depth > 8 {
		return
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		name, _, _ := strings.Cut(tag, ",")
		if name == "-" && tag == "-" {
			continue
		}
		ft := deref(f.Type)
		if f.Anonymous && name == "" && ft.Kind() == reflect.Struct {
			collectFields(ft, m, depth+1)
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if _, dup := m[name]; dup {
			continue
		}
		fm := fieldMeta{typ: ft, mergeKey: f.Tag.Get("patchMergeKey")}
		for _, s := range strings.Split(f.Tag.Get("patchStrategy"), ",") {
			switch s {
			case "merge":
				fm.merge = true
			case "retainKeys":
				fm.retainKeys = true
			}
		}
		m[name] = fm
	}
}
