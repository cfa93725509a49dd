package slab

import (
	"reflect"
	"testing"
	"unsafe"
)

type pair struct{ a, b int64 }

func TestTake(t *testing.T) {
	k := NewKind(reflect.TypeFor[pair]())
	if k == nil {
		t.Fatal("NewKind(pair) = nil, want a kind")
	}
	var a Allocator
	first := (*[3]pair)(a.Take(k, 3))
	second := (*pair)(a.Take(k, 1))
	if uintptr(unsafe.Pointer(second)) != uintptr(unsafe.Pointer(&first[2]))+unsafe.Sizeof(pair{}) {
		t.Errorf("second value is not next to the first three in the slab")
	}
	for i, p := range append(first[:], *second) {
		if p != (pair{}) {
			t.Errorf("value %d = %+v, want zero", i, p)
		}
	}
	first[0].a = 7
	if second.a != 0 {
		t.Errorf("values overlap: writing the first changed the fourth")
	}
}

func TestTakeRefuses(t *testing.T) {
	var a Allocator
	k := NewKind(reflect.TypeFor[pair]())
	tests := []struct {
		name  string
		kind  *Kind
		count int
	}{
		{"nil kind", nil, 1},
		{"more than a quarter of a slab", k, k.n/4 + 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if p := a.Take(tt.kind, tt.count); p != nil {
				t.Errorf("Take(%d) = %p, want nil", tt.count, p)
			}
		})
	}
	if NewKind(reflect.TypeFor[[Size]byte]()) != nil {
		t.Error("NewKind of a type larger than a quarter slab is not nil")
	}
	if NewKind(reflect.TypeFor[struct{}]()) != nil {
		t.Error("NewKind of an empty type is not nil")
	}
}

func TestNewSlabWhenFull(t *testing.T) {
	var a Allocator
	k := NewKind(reflect.TypeFor[pair]())
	seen := map[unsafe.Pointer]bool{} // keeps every slab alive
	for i := 0; i < 2*k.n; i++ {
		p := a.Take(k, 1)
		if seen[p] {
			t.Fatalf("value %d reuses an address already handed out", i)
		}
		seen[p] = true
	}
}
