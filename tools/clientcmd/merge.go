package clientcmd

import (
	"fmt"
	"reflect"
)

// mergeInto merges src into dst (both pointers to the same struct type)
// with the semantics kubeconfig loading relies on:
//
//   - a non-zero scalar in src overwrites dst; a zero src changes nothing;
//   - a non-empty src slice replaces dst;
//   - maps are merged key by key and src entries overwrite dst entries
//     wholesale (the entry's value is not merged);
//   - a non-nil src pointer to a struct replaces dst's pointer: zero fields
//     inside src win, there is no deep merge;
//   - a non-nil src pointer to a non-struct is copied into a fresh pointer;
//   - a non-nil src interface value replaces dst;
//   - struct fields (not pointers) merge field by field.
//
// mergo's WithOverride deep-merges struct pointers and map values, which
// would let a later kubeconfig add fields to an earlier file's entry, so
// this small reflection walk is used instead.
func mergeInto[T any](dst, src *T) error {
	if dst == nil || src == nil {
		return fmt.Errorf("merge: nil argument")
	}
	mergeValue(reflect.ValueOf(dst).Elem(), reflect.ValueOf(src).Elem())
	return nil
}

func mergeValue(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Struct:
		for i := 0; i < src.NumField(); i++ {
			if dst.Field(i).CanSet() {
				mergeValue(dst.Field(i), src.Field(i))
			}
		}
	case reflect.Map:
		if src.Len() == 0 {
			return
		}
		if dst.IsNil() {
			dst.Set(reflect.MakeMapWithSize(src.Type(), src.Len()))
		}
		iter := src.MapRange()
		for iter.Next() {
			dst.SetMapIndex(iter.Key(), iter.Value())
		}
	case reflect.Slice:
		if src.Len() > 0 {
			dst.Set(src)
		}
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		if src.Elem().Kind() == reflect.Struct {
			dst.Set(src)
			return
		}
		fresh := reflect.New(src.Elem().Type())
		fresh.Elem().Set(src.Elem())
		dst.Set(fresh)
	case reflect.Interface:
		if !src.IsNil() {
			dst.Set(src)
		}
	default:
		if !src.IsZero() {
			dst.Set(src)
		}
	}
}
