package conversion

import (
	"errors"
	"fmt"
	"reflect"
)

// Equalities holds custom equality functions keyed by the type they
// compare. Each function has the form func(a, b T) bool.
type Equalities map[reflect.Type]reflect.Value

// EqualitiesOrDie returns Equalities holding funcs. It panics when a func
// has the wrong form; use it only with literal functions.
func EqualitiesOrDie(funcs ...interface{}) Equalities {
	e := Equalities{}
	for _, f := range funcs {
		if err := e.AddFunc(f); err != nil {
			panic(err)
		}
	}
	return e
}

// AddFunc adds eqFunc, which must be a func(a, b T) bool.
func (e Equalities) AddFunc(eqFunc interface{}) error {
	fv := reflect.ValueOf(eqFunc)
	ft := fv.Type()
	if ft == nil || ft.Kind() != reflect.Func {
		return fmt.Errorf("equality function must be a func, got %T", eqFunc)
	}
	if ft.NumIn() != 2 || ft.NumOut() != 1 || ft.In(0) != ft.In(1) || ft.Out(0) != reflect.TypeFor[bool]() {
		return errors.New("equality function must have the form func(a, b T) bool, got " + ft.String())
	}
	e[ft.In(0)] = fv
	return nil
}

// DeepEqual compares a1 and a2 with the function registered for their type
// or, when none is, with reflect.DeepEqual.
func (e Equalities) DeepEqual(a1, a2 interface{}) bool {
	if a1 == nil || a2 == nil {
		return a1 == a2
	}
	v1, v2 := reflect.ValueOf(a1), reflect.ValueOf(a2)
	if v1.Type() != v2.Type() {
		return false
	}
	if fv, ok := e[v1.Type()]; ok {
		return fv.Call([]reflect.Value{v1, v2})[0].Bool()
	}
	return reflect.DeepEqual(a1, a2)
}
