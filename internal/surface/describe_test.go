package surface

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const fixturePath = "internal/surface/testdata/fixture"

var fixtureCache struct {
	once sync.Once
	pkg  *Package
	err  error
}

// fixture describes testdata/fixture once per test binary.
func fixture(t *testing.T) *Package {
	t.Helper()
	fixtureCache.once.Do(func() {
		mod, err := FindModule(".")
		if err != nil {
			fixtureCache.err = err
			return
		}
		res, err := Inspect(mod, []string{fixturePath}, buildFlags()...)
		if err != nil {
			fixtureCache.err = err
			return
		}
		fixtureCache.pkg, fixtureCache.err = res[fixturePath].Package, res[fixturePath].Err
	})
	require.NoError(t, fixtureCache.err)
	return fixtureCache.pkg
}

// findType returns the described type name, failing the test when absent.
func findType(t *testing.T, p *Package, name string) Type {
	t.Helper()
	for _, ty := range p.Types {
		if ty.Name == name {
			return ty
		}
	}
	t.Fatalf("type %s not described", name)
	return Type{}
}

func TestDescribeTypes(t *testing.T) {
	p := fixture(t)
	tests := []struct {
		name, kind, underlying, typeParams string
		methods                            []Func
	}{
		{name: "Color", kind: "basic", underlying: "int"},
		{name: "Names", kind: "slice", underlying: "[]string"},
		{name: "Handler", kind: "func", underlying: "func(string) error"},
		{name: "Set", kind: "map", underlying: "map[T]struct{}", typeParams: "T comparable",
			methods: []Func{{"Has", "(v T) bool"}}},
		{name: "Lister", kind: "interface", methods: []Func{
			{"List", "(ctx context.Context) ([]Inner, error)"},
			{"Read", "(p []byte) (n int, err error)"},
		}},
		{name: "Inner", kind: "struct", methods: []Func{{"Promoted", "()"}}},
		{name: "Alias", kind: "struct", methods: []Func{{"Promoted", "()"}}},
		{name: "Outer", kind: "struct", methods: []Func{
			{"Pointer", "(w io.Writer, opts ...string) (n int, err error)"},
			{"Value", "() string"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findType(t, p, tt.name)
			assert.Equal(t, tt.kind, got.Kind, "kind")
			assert.Equal(t, tt.underlying, got.Underlying, "underlying")
			assert.Equal(t, tt.typeParams, got.TypeParams, "type parameters")
			assert.Equal(t, tt.methods, got.Methods, "methods")
		})
	}
}

func TestDescribeFields(t *testing.T) {
	want := []Field{
		{Name: "Inner", Type: "Inner", JSON: ",inline", Embedded: true},
		{Name: "GroupVersion", Type: "*apimachinery/runtime/schema.GroupVersion", Embedded: true},
		{Name: "P", Type: "*int", JSON: "p", Protobuf: "varint,1,opt,name=p"},
		{Name: "S", Type: "[]string", JSON: "s"},
		{Name: "M", Type: "map[string][]*Inner", JSON: "m"},
		{Name: "Arr", Type: "[4]byte", JSON: "arr"},
		{Name: "Ch", Type: "<-chan struct{}", JSON: "-"},
		{Name: "Send", Type: "chan<- error", JSON: "-"},
		{Name: "Both", Type: "chan int", JSON: "-"},
		{Name: "F", Type: "func(ctx context.Context, n ...int) (err error)"},
		{Name: "Any", Type: "interface{}"},
		{Name: "A", Type: "interface{}"},
		{Name: "D", Type: "time.Duration"},
		{Name: "Set", Type: "Set[string]"},
		{Name: "Al", Type: "[]Alias", JSON: "al"},
		{Name: "GV", Type: "Version", JSON: "gv"},
	}
	got := findType(t, fixture(t), "Outer").Fields
	require.Len(t, got, len(want), "fields (unexported ones are left out)")
	for i := range want {
		t.Run(want[i].Name, func(t *testing.T) {
			assert.Equal(t, want[i], got[i])
		})
	}
}

func TestDescribeFuncsAndConsts(t *testing.T) {
	p := fixture(t)
	assert.Equal(t, []Func{
		{"Chans", "(in chan int, out chan<- error) <-chan Color"},
		{"Map", "[K comparable, V any](m map[K]V, f func(K) V) []V"},
		{"Variadic", "(format string, args ...interface{}) string"},
	}, p.Funcs, "funcs (variables are not listed)")
	assert.Equal(t, []Const{
		{"Big", "untyped int", "1099511627776"},
		{"Blue", "Color", "1"},
		{"Name", "untyped string", `"fix\"ture"`},
		{"Neg", "untyped int", "-3"},
		{"Ratio", "untyped float", "6/5"},
		{"Red", "Color", "0"},
		{"Yes", "untyped bool", "true"},
	}, p.Consts)
}

func TestInspectAbsentPackage(t *testing.T) {
	mod, err := FindModule(".")
	require.NoError(t, err)
	res, err := Inspect(mod, []string{"internal/surface/testdata/no-such-package"})
	require.NoError(t, err)
	got := res["internal/surface/testdata/no-such-package"]
	assert.Nil(t, got.Package)
	assert.ErrorContains(t, got.Err, "not in skiff yet")
}

func TestFindModule(t *testing.T) {
	mod, err := FindModule("testdata/fixture")
	require.NoError(t, err)
	assert.Equal(t, "github.com/skiff-k8s/skiff", mod.Path)
	_, err = FindModule(t.TempDir())
	assert.Error(t, err, "a directory outside any module")
}
