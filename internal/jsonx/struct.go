package jsonx

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unsafe"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

// field is one JSON member of a struct, resolved as encoding/json does:
// embedded structs without a name are flattened, shallower fields win,
// and at equal depth a tagged field beats untagged ones.
type field struct {
	name      string
	index     []int
	offset    uintptr
	typ       reflect.Type
	tagged    bool
	omitEmpty bool
	// omitZero (Go 1.24's omitzero) omits the field when isZero says so.
	omitZero bool
	isZero   func(p unsafe.Pointer) bool
	// viaPointer is true when the field is reached through an embedded
	// pointer, which the compiled codec does not support.
	viaPointer bool
	quoted     bool
	codec      *codec
	// prefix is `"name":`, escaped like encoding/json escapes names.
	prefix string
	// pos is the field's position in its struct's field list.
	pos int
}

// fillStruct compiles a struct type.
func (b *builder) fillStruct(c *codec, t reflect.Type) error {
	fields := typeFields(t)
	byName := make(map[string]*field, len(fields))
	for i := range fields {
		f := &fields[i]
		if f.viaPointer || f.quoted {
			return fmt.Errorf("%v.%s: %w", t, f.name, errUnsupported)
		}
		fc, err := b.build(f.typ)
		if err != nil {
			return err
		}
		f.codec = fc
		f.pos = i
		f.prefix = string(appendString(nil, f.name)) + ":"
		if f.omitZero {
			f.isZero = zeroFunc(f.typ)
		}
		byName[f.name] = f
		c.addrMarshal = c.addrMarshal || fc.addrMarshal
	}
	c.dec = func(d *decoder, p unsafe.Pointer) error {
		switch d.ws() {
		case '{':
		case 'n':
			return d.literal("null")
		default:
			return d.mismatch(t)
		}
		key, ok, err := d.objFirst()
		next := 0
		for ; ok; key, ok, err = d.objNext() {
			f := lookup(fields, byName, key, &next)
			if f == nil {
				err = d.skip()
			} else {
				err = f.codec.dec(d, unsafe.Add(p, f.offset))
				if err != nil {
					return fieldContext(err, t, f.name)
				}
			}
			if err != nil {
				return err
			}
		}
		return err
	}
	c.enc = func(e *encoder, p unsafe.Pointer) error {
		e.buf = append(e.buf, '{')
		first := true
		for i := range fields {
			f := &fields[i]
			fp := unsafe.Add(p, f.offset)
			if f.omitEmpty && f.codec.empty(fp) || f.omitZero && f.isZero(fp) {
				continue
			}
			if !first {
				e.buf = append(e.buf, ',')
			}
			first = false
			e.buf = append(e.buf, f.prefix...)
			if err := f.codec.enc(e, fp); err != nil {
				return err
			}
		}
		e.buf = append(e.buf, '}')
		return nil
	}
	c.empty = func(unsafe.Pointer) bool { return false }
	return nil
}

// lookup finds the field named key. Servers write fields in declaration
// order, so the fields after the previous match are tried before the map.
func lookup(fields []field, byName map[string]*field, key []byte, next *int) *field {
	for i := *next; i < len(fields) && i < *next+4; i++ {
		if fields[i].name == string(key) {
			*next = i + 1
			return &fields[i]
		}
	}
	f := byName[string(key)]
	if f != nil {
		*next = f.pos + 1
	}
	return f
}

// typeFields lists the JSON fields of t in encoding order.
func typeFields(t reflect.Type) []field {
	var fields []field
	current, next := []field{}, []field{{typ: t}}
	count, nextCount := map[reflect.Type]int{}, map[reflect.Type]int{}
	visited := map[reflect.Type]bool{}
	for len(next) > 0 {
		current, next = next, current[:0]
		count, nextCount = nextCount, map[reflect.Type]int{}
		for _, f := range current {
			if visited[f.typ] {
				continue
			}
			visited[f.typ] = true
			for i := 0; i < f.typ.NumField(); i++ {
				sf := f.typ.Field(i)
				nf, embed, ok := fieldOf(f, sf, i)
				if !ok {
					continue
				}
				if !embed {
					fields = append(fields, nf)
					if count[f.typ] > 1 {
						fields = append(fields, nf)
					}
					continue
				}
				nextCount[nf.typ]++
				if nextCount[nf.typ] == 1 {
					next = append(next, nf)
				}
			}
		}
	}
	return dominant(fields)
}

// fieldOf describes struct field sf of the (possibly embedded) parent; embed
// is true when sf is an unnamed embedded struct whose fields are promoted.
func fieldOf(parent field, sf reflect.StructField, i int) (f field, embed, ok bool) {
	ft := sf.Type
	if sf.Anonymous {
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if !sf.IsExported() && ft.Kind() != reflect.Struct {
			return field{}, false, false
		}
	} else if !sf.IsExported() {
		return field{}, false, false
	}
	tag := sf.Tag.Get("json")
	if tag == "-" {
		return field{}, false, false
	}
	name, opts, _ := strings.Cut(tag, ",")
	if !validTag(name) {
		name = ""
	}
	f = field{
		index:      append(slices.Clip(parent.index), i),
		offset:     parent.offset + sf.Offset,
		viaPointer: parent.viaPointer,
		omitEmpty:  hasOpt(opts, "omitempty"),
		tagged:     name != "",
		name:       name,
	}
	if name != "" || !sf.Anonymous || ft.Kind() != reflect.Struct {
		f.typ = sf.Type
		if f.name == "" {
			f.name = sf.Name
		}
		f.quoted = hasOpt(opts, "string")
		f.omitZero = hasOpt(opts, "omitzero")
		return f, false, true
	}
	f.typ = ft
	f.name = ft.Name()
	f.viaPointer = f.viaPointer || sf.Type.Kind() == reflect.Pointer
	return f, true, true
}

// hasOpt reports whether the comma-separated tag options contain opt.
func hasOpt(opts, opt string) bool {
	for opts != "" {
		var o string
		o, opts, _ = strings.Cut(opts, ",")
		if o == opt {
			return true
		}
	}
	return false
}

// validTag reports whether encoding/json accepts s as a field name.
func validTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !isLetterOrDigit(c):
			return false
		}
	}
	return true
}

// dominant keeps, for each name, the field encoding/json would use, and
// returns them in struct order.
func dominant(fields []field) []field {
	slices.SortStableFunc(fields, func(a, b field) int {
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		if len(a.index) != len(b.index) {
			return len(a.index) - len(b.index)
		}
		if a.tagged != b.tagged {
			if a.tagged {
				return -1
			}
			return 1
		}
		return slices.Compare(a.index, b.index)
	})
	out := fields[:0:0]
	for i := 0; i < len(fields); {
		j := i + 1
		for j < len(fields) && fields[j].name == fields[i].name {
			j++
		}
		group := fields[i:j]
		if len(group) == 1 || len(group[0].index) != len(group[1].index) || group[0].tagged != group[1].tagged {
			out = append(out, group[0])
		}
		i = j
	}
	slices.SortFunc(out, func(a, b field) int { return slices.Compare(a.index, b.index) })
	return out
}

// isZeroer is the method omitzero consults when a type has it.
type isZeroer interface{ IsZero() bool }

var isZeroerType = reflect.TypeFor[isZeroer]()

// zeroFunc returns the omitzero test of encoding/json for t: its IsZero
// method when it has one, the Go zero value otherwise.
func zeroFunc(t reflect.Type) func(p unsafe.Pointer) bool {
	switch {
	case t == timeType:
		return func(p unsafe.Pointer) bool { return (*metav1.Time)(p).IsZero() }
	case t.Kind() == reflect.Pointer && t.Implements(isZeroerType):
		elemHas := reflect.PointerTo(t.Elem()).Implements(isZeroerType)
		return func(p unsafe.Pointer) bool {
			v := reflect.NewAt(t, p).Elem()
			if v.IsNil() {
				return !elemHas
			}
			return v.Interface().(isZeroer).IsZero()
		}
	case t.Kind() != reflect.Interface && t.Implements(isZeroerType):
		return func(p unsafe.Pointer) bool {
			return reflect.NewAt(t, p).Elem().Interface().(isZeroer).IsZero()
		}
	case reflect.PointerTo(t).Implements(isZeroerType):
		return func(p unsafe.Pointer) bool { return reflect.NewAt(t, p).Interface().(isZeroer).IsZero() }
	}
	return func(p unsafe.Pointer) bool { return reflect.NewAt(t, p).Elem().IsZero() }
}

// fieldContext names the struct field a type mismatch happened in, the way
// encoding/json does: Struct is the innermost struct's name and Field the
// dotted path of JSON names from the outermost value.
func fieldContext(err error, t reflect.Type, name string) error {
	te, ok := err.(*json.UnmarshalTypeError)
	if !ok {
		return err
	}
	if te.Struct == "" {
		te.Struct = t.Name()
		te.Field = name
	} else {
		te.Field = name + "." + te.Field
	}
	return te
}
