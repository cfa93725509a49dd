package patch

import (
	"errors"
	"testing"
)

// FuzzJSONPatch checks that JSON never panics, that failures are
// *InvalidPatchError for a valid document, and that a successful result is
// valid JSON that applying an empty patch leaves unchanged.
func FuzzJSONPatch(f *testing.F) {
	seeds := [][2]string{
		{`{"a":{"b":[1,2]}}`, `[{"op":"add","path":"/a/b/-","value":3}]`},
		{`{"a":1}`, `[{"op":"remove","path":"/a"}]`},
		{`{"a":1}`, `[{"op":"move","from":"/a","path":"/b"},{"op":"copy","from":"/b","path":"/c"}]`},
		{`{"l":[1]}`, `[{"op":"test","path":"/l/0","value":1},{"op":"replace","path":"/l/0","value":null}]`},
		{`{"a~b":{"c/d":1}}`, `[{"op":"remove","path":"/a~0b/c~1d"}]`},
		{`[]`, `[{"op":"add","path":"/0","value":{}}]`},
		{`{}`, `[{"op":"add","path":"","value":[1]}]`},
	}
	for _, s := range seeds {
		f.Add([]byte(s[0]), []byte(s[1]))
	}
	f.Fuzz(func(t *testing.T, doc, patch []byte) {
		if _, err := decode(doc); err != nil {
			return
		}
		out, err := JSON(doc, patch)
		if err != nil {
			var ipe *InvalidPatchError
			if !errors.As(err, &ipe) {
				t.Fatalf("JSON(%q, %q) error %v is not *InvalidPatchError", doc, patch, err)
			}
			return
		}
		again, err := JSON(out, []byte(`[]`))
		if err != nil {
			t.Fatalf("result %q does not re-parse: %v", out, err)
		}
		if string(again) != string(out) {
			t.Fatalf("empty patch changed %q into %q", out, again)
		}
	})
}

// FuzzMergePatch checks that Merge never panics and that the merge diff of
// two documents, applied to the first, yields the second.
func FuzzMergePatch(f *testing.F) {
	seeds := [][2]string{
		{`{"a":1}`, `{"a":null,"b":{"c":[1]}}`},
		{`{"a":{"b":{"c":1}}}`, `{"a":{"b":{"d":2}}}`},
		{`{"l":[1,2]}`, `{"l":{"x":1}}`},
		{`{}`, `[1,2]`},
		{`{"a":"x"}`, `{"a":1.5e3}`},
	}
	for _, s := range seeds {
		f.Add([]byte(s[0]), []byte(s[1]))
	}
	f.Fuzz(func(t *testing.T, a, b []byte) {
		if _, err := Merge(a, b); err != nil {
			var ipe *InvalidPatchError
			if _, derr := decode(a); derr == nil && !errors.As(err, &ipe) {
				t.Fatalf("Merge(%q, %q) error %v is not *InvalidPatchError", a, b, err)
			}
		}
		av, err := decode(a)
		if err != nil {
			return
		}
		bv, err := decode(b)
		if err != nil {
			return
		}
		bm, ok := bv.(map[string]any)
		if _, aok := av.(map[string]any); !ok || !aok {
			return
		}
		bv = pruneNulls(bm)
		p, err := encode(mergeDiff(av, bv))
		if err != nil {
			t.Fatalf("encoding diff: %v", err)
		}
		got, err := Merge(a, p)
		if err != nil {
			t.Fatalf("Merge(%q, diff %q): %v", a, p, err)
		}
		gv, err := decode(got)
		if err != nil || !equal(gv, bv) {
			t.Fatalf("Merge(%q, diff %q) = %q, want %v (err %v)", a, p, got, bv, err)
		}
	})
}

// FuzzStrategicPatch checks that Strategic never panics, that its errors
// for a valid document are *InvalidPatchError, and that a result is a JSON
// object.
func FuzzStrategicPatch(f *testing.F) {
	f.Add([]byte(smpPod), []byte(`{"spec":{"containers":[{"name":"c1","$patch":"delete"},{"name":"c3"}]}}`))
	f.Add([]byte(smpPod), []byte(`{"metadata":{"$deleteFromPrimitiveList/finalizers":["a/x"],"labels":{"$patch":"replace"}}}`))
	f.Add([]byte(smpPod), []byte(`{"spec":{"$setElementOrder/containers":[{"name":"c2"},{"name":"c1"}],"volumes":[{"name":"v1","$retainKeys":["name"]}]}}`))
	f.Add([]byte(`{"a":[1]}`), []byte(`{"a":[{"$patch":"replace"}]}`))
	f.Fuzz(func(t *testing.T, doc, patch []byte) {
		if _, err := decodeObject(doc, "doc"); err != nil {
			return
		}
		out, err := Strategic(doc, patch, podType)
		if err != nil {
			var ipe *InvalidPatchError
			if !errors.As(err, &ipe) {
				t.Fatalf("Strategic(%q, %q) error %v is not *InvalidPatchError", doc, patch, err)
			}
			return
		}
		if _, err := decodeObject(out, "result"); err != nil {
			t.Fatalf("Strategic(%q, %q) = %q: %v", doc, patch, out, err)
		}
		same, err := Strategic(out, []byte(`{}`), podType)
		if err != nil || string(same) != string(out) {
			t.Fatalf("empty strategic patch changed %q into %q (%v)", out, same, err)
		}
	})
}

// FuzzApply checks that Apply never panics on any live object and
// configuration, that applying the same configuration twice by the same
// manager changes nothing the second time, and that an update that changes
// nothing records nothing.
func FuzzApply(f *testing.F) {
	f.Add([]byte(deployV1), []byte(`{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"replicas":5}}`))
	f.Add([]byte(`{"metadata":{"managedFields":[{"manager":"x","operation":"Update","fieldsV1":{"f:spec":{"f:a":{}}}}]},"spec":{"a":1}}`),
		[]byte(`{"spec":{"a":2,"template":{"spec":{"containers":[{"name":"c"}]}}}}`))
	f.Fuzz(func(t *testing.T, live, cfg []byte) {
		if _, err := decodeObject(live, "live"); err != nil {
			return
		}
		out, err := Apply(live, cfg, deploymentType, "fuzz", true, t0)
		if err != nil {
			return
		}
		again, err := Apply(out, cfg, deploymentType, "fuzz", false, t1)
		if err != nil {
			t.Fatalf("re-apply of %q onto %q: %v", cfg, out, err)
		}
		a, _ := decode(out)
		b, _ := decode(again)
		if !equal(a, b) {
			t.Fatalf("re-apply of %q changed\n%s\ninto\n%s", cfg, out, again)
		}
		noop, err := Update(out, out, deploymentType, "writer", "Update", t2)
		if err != nil {
			t.Fatalf("no-op update of %q: %v", out, err)
		}
		if c, _ := decode(noop); !equal(a, c) {
			t.Fatalf("no-op update changed\n%s\ninto\n%s", out, noop)
		}
	})
}
