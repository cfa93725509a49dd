package runtime

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// toUnstructuredHook is implemented by types that render their own
// unstructured form (metav1.Time, resource.Quantity, ...).
type toUnstructuredHook interface {
	ToUnstructured() interface{}
}

var (
	toUnstructuredHookType = reflect.TypeFor[toUnstructuredHook]()
	jsonMarshalerType      = reflect.TypeFor[json.Marshaler]()
	jsonUnmarshalerType    = reflect.TypeFor[json.Unmarshaler]()
	textMarshalerType      = reflect.TypeFor[encoding.TextMarshaler]()
	textUnmarshalerType    = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// fieldPlan describes how one struct field maps to a map key.
type fieldPlan struct {
	index     int
	name      string
	omitEmpty bool
	// inline fields (embedded structs without a name, or ",inline") share
	// the parent's map.
	inline bool
}

// typePlan is everything the converter needs to know about a type,
// computed once per reflect.Type.
type typePlan struct {
	fields []fieldPlan // for structs
	// hooks on the value type and on its pointer type
	valueToUnstructured, ptrToUnstructured bool
	valueMarshalJSON, ptrMarshalJSON       bool
	valueMarshalText, ptrMarshalText       bool
	ptrUnmarshalJSON, ptrUnmarshalText     bool
}

var typePlans sync.Map // reflect.Type -> *typePlan

// planFor returns the cached plan of t, computing it on first use.
func planFor(t reflect.Type) *typePlan {
	if p, ok := typePlans.Load(t); ok {
		return p.(*typePlan)
	}
	pt := reflect.PointerTo(t)
	p := &typePlan{
		valueToUnstructured: t.Implements(toUnstructuredHookType),
		ptrToUnstructured:   pt.Implements(toUnstructuredHookType),
		valueMarshalJSON:    t.Implements(jsonMarshalerType),
		ptrMarshalJSON:      pt.Implements(jsonMarshalerType),
		valueMarshalText:    t.Implements(textMarshalerType),
		ptrMarshalText:      pt.Implements(textMarshalerType),
		ptrUnmarshalJSON:    pt.Implements(jsonUnmarshalerType),
		ptrUnmarshalText:    pt.Implements(textUnmarshalerType),
	}
	if t.Kind() == reflect.Struct {
		p.fields = structFields(t)
	}
	actual, _ := typePlans.LoadOrStore(t, p)
	return actual.(*typePlan)
}

// structFields lists the serialized fields of struct type t following
// encoding/json's tag rules.
func structFields(t reflect.Type) []fieldPlan {
	fields := make([]fieldPlan, 0, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() && !f.Anonymous {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		fp := fieldPlan{index: i, name: name}
		for _, opt := range strings.Split(opts, ",") {
			switch opt {
			case "omitempty":
				fp.omitEmpty = true
			case "inline":
				fp.inline = true // validated below
			}
		}
		ft := f.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		// json promotes the fields of embedded structs without a name; the
		// ",inline" option is the Kubernetes spelling of the same thing.
		fp.inline = name == "" && ft.Kind() == reflect.Struct && (f.Anonymous || fp.inline)
		if !f.IsExported() && !fp.inline {
			continue
		}
		if fp.name == "" {
			fp.name = f.Name
		}
		fields = append(fields, fp)
	}
	return fields
}

// isEmptyValue reports whether v is empty in the sense of omitempty.
func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return v.IsZero()
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}

// joinPath appends a field name to a path used in error messages.
func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// fieldPath names the value being converted in error messages and
// unknown-field lists. It is a stack of segments pushed and popped around
// each recursive call and rendered by String only when a message needs it,
// so a conversion builds no path strings and allocates one segment slice.
type fieldPath struct {
	segs []pathSeg
}

// pathSeg is a field or map key name, or a slice or array index.
type pathSeg struct {
	name    string
	index   int
	isIndex bool
}

func (p *fieldPath) pushName(name string) { p.segs = append(p.segs, pathSeg{name: name}) }
func (p *fieldPath) pushIndex(i int)      { p.segs = append(p.segs, pathSeg{index: i, isIndex: true}) }
func (p *fieldPath) pop()                 { p.segs = p.segs[:len(p.segs)-1] }

// String renders the path: fields joined by ".", indexes as "[i]", the
// root as "".
func (p *fieldPath) String() string {
	path := ""
	for _, s := range p.segs {
		if s.isIndex {
			path += "[" + strconv.Itoa(s.index) + "]"
		} else {
			path = joinPath(path, s.name)
		}
	}
	return path
}
