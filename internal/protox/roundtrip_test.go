package protox

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/internal/apiinstall"
)

// apiTypes returns the Go type of every built-in kind, sorted by name, and
// the apimachinery types that travel on their own.
func apiTypes(t testing.TB) []reflect.Type {
	t.Helper()
	scheme := runtime.NewScheme()
	if err := apiinstall.AddToScheme(scheme); err != nil {
		t.Fatalf("installing the API types: %v", err)
	}
	seen := map[reflect.Type]bool{}
	for _, rt := range scheme.AllKnownTypes() {
		// InternalEvent is watch.Event in a scheme: never on the wire.
		seen[rt] = rt.Name() != "InternalEvent"
	}
	var types []reflect.Type
	for rt, ok := range seen {
		if ok {
			types = append(types, rt)
		}
	}
	slices.SortFunc(types, func(a, b reflect.Type) int { return strings.Compare(a.PkgPath()+a.Name(), b.PkgPath()+b.Name()) })
	return types
}

// roundTrip encodes v, decodes the bytes into a new value and checks that
// it equals v and encodes to the same bytes.
func roundTrip(t testing.TB, v reflect.Value) {
	t.Helper()
	data, err := Marshal(v.Addr().Interface())
	if err != nil {
		t.Fatalf("Marshal %v: %v", v.Type(), err)
	}
	back := reflect.New(v.Type())
	if err := Unmarshal(data, back.Interface()); err != nil {
		t.Fatalf("Unmarshal %v: %v", v.Type(), err)
	}
	if !reflect.DeepEqual(back.Elem().Interface(), v.Interface()) {
		t.Fatalf("%v round trip differs: %s", v.Type(), diff(back.Elem(), v, "got"))
	}
	again, err := Marshal(back.Interface())
	if err != nil {
		t.Fatalf("Marshal %v again: %v", v.Type(), err)
	}
	if !bytes.Equal(again, data) {
		t.Fatalf("%v re-encodes to %x, first encoding %x", v.Type(), again, data)
	}
}

func TestRoundTripAllKinds(t *testing.T) {
	types := apiTypes(t)
	if len(types) < 300 {
		t.Fatalf("got %d kinds, want the 300+ built-in ones", len(types))
	}
	for _, rt := range types {
		t.Run(rt.PkgPath()[len(modulePath):]+"."+rt.Name(), func(t *testing.T) {
			if !Supports(rt) {
				_, err := codecFor(rt)
				t.Fatalf("Supports(%v) = false: %v", rt, err)
			}
			for seed := range uint64(4) {
				v := reflect.New(rt).Elem()
				newFiller(nil, seed).fill(v, 0)
				roundTrip(t, v)
			}
		})
	}
}

func FuzzRoundTrip(f *testing.F) {
	types := apiTypes(f)
	f.Add(uint16(0), []byte{})
	f.Add(uint16(17), []byte("arbitrary content for the filler"))
	f.Add(uint16(200), bytes.Repeat([]byte{0xff, 1, 2, 3}, 64))
	f.Fuzz(func(t *testing.T, kind uint16, data []byte) {
		v := reflect.New(types[int(kind)%len(types)]).Elem()
		newFiller(data, 0).fill(v, 0)
		roundTrip(t, v)
	})
}
