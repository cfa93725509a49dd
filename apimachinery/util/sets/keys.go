package sets

import "reflect"

// reflectKeySet returns the keys of theMap whose kind matches T's kind,
// converted to T. A theMap that is not a map gives an empty set rather than
// a panic, as do keys of another kind.
func reflectKeySet[T comparable](theMap any) Set[T] {
	v := reflect.ValueOf(theMap)
	if v.Kind() != reflect.Map {
		return New[T]()
	}
	target := reflect.TypeFor[T]()
	out := make(Set[T], v.Len())
	for _, k := range v.MapKeys() {
		if k.Kind() != target.Kind() {
			continue
		}
		out[k.Convert(target).Interface().(T)] = Empty{}
	}
	return out
}
