package runtime

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/conversion"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

func mustTestScheme(t *testing.T) *Scheme {
	t.Helper()
	s, err := newTestScheme()
	require.NoError(t, err)
	return s
}

func TestSchemeObjectKinds(t *testing.T) {
	s := mustTestScheme(t)
	tests := []struct {
		name            string
		obj             Object
		wantKinds       []schema.GroupVersionKind
		wantUnversioned bool
		wantErr         func(error) bool
	}{
		{name: "internal", obj: &internalSimple{}, wantKinds: []schema.GroupVersionKind{testGroupInternal.WithKind("Simple")}},
		{name: "several kinds", obj: &externalSimple{}, wantKinds: []schema.GroupVersionKind{
			testGroupV1.WithKind("Simple"), testGroupV1.WithKind("Other"), testGroupV2.WithKind("Simple")}},
		{name: "unversioned", obj: &testStatus{}, wantKinds: []schema.GroupVersionKind{{Version: "v1", Kind: "testStatus"}}, wantUnversioned: true},
		{name: "unstructured reports own kind", obj: &testUnstructured{Object: map[string]interface{}{"apiVersion": "x.io/v3", "kind": "Thing"}},
			wantKinds: []schema.GroupVersionKind{{Group: "x.io", Version: "v3", Kind: "Thing"}}},
		{name: "unstructured missing kind", obj: &testUnstructured{Object: map[string]interface{}{"apiVersion": "v1"}}, wantErr: IsMissingKind},
		{name: "unstructured missing version", obj: &testUnstructured{Object: map[string]interface{}{"kind": "Pod"}}, wantErr: IsMissingVersion},
		{name: "unregistered", obj: &Unknown{}, wantErr: IsNotRegisteredError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, unversioned, err := s.ObjectKinds(tt.obj)
			if tt.wantErr != nil {
				require.Error(t, err)
				assert.True(t, tt.wantErr(err), "unexpected error kind: %v", err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantKinds, got)
			assert.Equal(t, tt.wantUnversioned, unversioned)
		})
	}
}

func TestSchemeNew(t *testing.T) {
	s := mustTestScheme(t)
	tests := []struct {
		name     string
		gvk      schema.GroupVersionKind
		wantType reflect.Type
		wantErr  string
	}{
		{name: "v1", gvk: testGroupV1.WithKind("Simple"), wantType: reflect.TypeOf(&externalSimple{})},
		{name: "alias", gvk: testGroupV1.WithKind("Other"), wantType: reflect.TypeOf(&externalSimple{})},
		{name: "unversioned in any group", gvk: schema.GroupVersionKind{Group: "g", Version: "v9", Kind: "testStatus"}, wantType: reflect.TypeOf(&testStatus{})},
		{name: "unknown kind", gvk: testGroupV1.WithKind("Nope"), wantErr: `no kind "Nope" is registered for version "test.skiff.io/v1" in scheme`},
		{name: "internal unknown", gvk: testGroupInternal.WithKind("Nope"), wantErr: `no kind "Nope" is registered for the internal version of group "test.skiff.io"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.New(tt.gvk)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.True(t, IsNotRegisteredError(err))
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantType, reflect.TypeOf(got))
			again, err := s.New(tt.gvk)
			require.NoError(t, err)
			assert.NotSame(t, got, again, "New must return a fresh object")
		})
	}
}

func TestSchemeRegistrationErrors(t *testing.T) {
	tests := []struct {
		name     string
		register func(*Scheme)
		wantErr  string
	}{
		{name: "non pointer", register: func(s *Scheme) { s.AddKnownTypes(testGroupV1, notPointer{}) }, wantErr: "must be a pointer to a struct"},
		{name: "empty kind", register: func(s *Scheme) { s.AddKnownTypeWithName(testGroupV1.WithKind(""), &externalSimple{}) }, wantErr: "must not be empty"},
		{name: "double registration", register: func(s *Scheme) {
			s.AddKnownTypeWithName(testGroupV1.WithKind("X"), &externalSimple{})
			s.AddKnownTypeWithName(testGroupV1.WithKind("X"), &internalSimple{})
		}, wantErr: "registered twice"},
		{name: "same type twice is fine", register: func(s *Scheme) {
			s.AddKnownTypes(testGroupV1, &externalSimple{})
			s.AddKnownTypes(testGroupV1, &externalSimple{})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewScheme()
			sb := NewSchemeBuilder(func(s *Scheme) error { tt.register(s); return nil })
			err := sb.AddToScheme(s)
			if tt.wantErr == "" {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.wantErr)
		})
	}
}

// notPointer is an Object implemented on a value receiver, which the scheme
// must refuse.
type notPointer struct{ TypeMeta }

func (n notPointer) GetObjectKind() schema.ObjectKind { return schema.EmptyObjectKind }
func (n notPointer) DeepCopyObject() Object           { return n }

func TestSchemeConvertToVersion(t *testing.T) {
	s := mustTestScheme(t)
	tests := []struct {
		name    string
		in      Object
		target  GroupVersioner
		want    Object
		wantErr bool
	}{
		{name: "internal to v1", in: &internalSimple{Name: "a", Count: 2}, target: testGroupV1,
			want: &externalSimple{TypeMeta: TypeMeta{APIVersion: "test.skiff.io/v1", Kind: "Simple"}, Name: "a", Count: 2}},
		{name: "v1 to internal clears kind", in: &externalSimple{TypeMeta: TypeMeta{APIVersion: "test.skiff.io/v1", Kind: "Simple"}, Name: "b", Count: 3},
			target: InternalGroupVersioner, want: &internalSimple{Name: "b", Count: 3}},
		{name: "same type sets kind", in: &externalSimple{Name: "c", Tags: []string{"x"}}, target: testGroupV2,
			want: &externalSimple{TypeMeta: TypeMeta{APIVersion: "test.skiff.io/v2", Kind: "Simple"}, Name: "c", Tags: []string{"x"}}},
		{name: "unversioned keeps its kind", in: &testStatus{Message: "m"}, target: testGroupV1,
			want: &testStatus{TypeMeta: TypeMeta{APIVersion: "v1", Kind: "testStatus"}, Message: "m"}},
		{name: "other group", in: &externalSimple{}, target: schema.GroupVersion{Group: "other", Version: "v1"}, wantErr: true},
		{name: "unregistered type", in: &Unknown{}, target: testGroupV1, wantErr: true},
		{name: "nil target", in: &externalSimple{}, target: nil, wantErr: true},
		{name: "nil object", in: (*externalSimple)(nil), target: testGroupV1, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := tt.in.DeepCopyObject()
			got, err := s.ConvertToVersion(tt.in, tt.target)
			if tt.wantErr {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, before, tt.in, "input must not change")
		})
	}
}

func TestSchemeConvert(t *testing.T) {
	s := mustTestScheme(t)
	tests := []struct {
		name    string
		in, out interface{}
		want    interface{}
		wantErr string
	}{
		{name: "registered func", in: &internalSimple{Name: "n", Count: 1}, out: &externalSimple{}, want: &externalSimple{Name: "n", Count: 1}},
		{name: "identical types copy", in: &testStatus{Message: "hi"}, out: &testStatus{}, want: &testStatus{Message: "hi"}},
		{name: "identical types deep copy", in: &externalSimple{Tags: []string{"a"}}, out: &externalSimple{}, want: &externalSimple{Tags: []string{"a"}}},
		{name: "nil input", in: (*testStatus)(nil), out: &testStatus{}, wantErr: "nil pointer"},
		{name: "typed to unstructured", in: &externalSimple{Name: "u", Count: 4}, out: &testUnstructured{},
			want: &testUnstructured{Object: map[string]interface{}{"apiVersion": "test.skiff.io/v1", "kind": "Simple", "name": "u", "count": int64(4)}}},
		{name: "unstructured to typed", in: &testUnstructured{Object: map[string]interface{}{"name": "v", "count": int64(5)}}, out: &externalSimple{},
			want: &externalSimple{Name: "v", Count: 5}},
		{name: "no func", in: &testStatus{}, out: &externalSimple{}, wantErr: "no conversion function registered"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.Convert(tt.in, tt.out, nil)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, tt.out)
		})
	}
}

func TestSchemeVersions(t *testing.T) {
	s := mustTestScheme(t)
	require.NoError(t, s.SetVersionPriority(testGroupV2, testGroupV1))
	assert.Equal(t, []schema.GroupVersion{testGroupV2, testGroupV1}, s.PrioritizedVersionsForGroup("test.skiff.io"))
	assert.Equal(t, []schema.GroupVersion{testGroupV2, testGroupV1, {Version: "v1"}}, s.PrioritizedVersionsAllGroups())
	assert.Equal(t, []schema.GroupVersion{testGroupV2, {Version: "v1"}}, s.PreferredVersionAllGroups())
	assert.Equal(t, []schema.GroupVersion{testGroupV2, testGroupV1}, s.VersionsForGroupKind(schema.GroupKind{Group: "test.skiff.io", Kind: "Simple"}))
	assert.True(t, s.IsGroupRegistered("test.skiff.io"))
	assert.False(t, s.IsGroupRegistered("nope"))
	assert.True(t, s.IsVersionRegistered(testGroupV1))
	assert.False(t, s.IsVersionRegistered(schema.GroupVersion{Group: "test.skiff.io", Version: "v3"}))
	assert.True(t, s.Recognizes(testGroupV1.WithKind("Other")))
	assert.Len(t, s.KnownTypes(testGroupV1), 2)
	assert.Len(t, s.AllKnownTypes(), 5)
	err := s.SetVersionPriority(testGroupV1, schema.GroupVersion{Group: "other", Version: "v1"})
	assert.ErrorContains(t, err, "same group")
}

func TestSchemeDefaultAndFieldLabels(t *testing.T) {
	s := mustTestScheme(t)
	s.AddTypeDefaultingFunc(&externalSimple{}, func(obj interface{}) {
		if o := obj.(*externalSimple); o.Count == 0 {
			o.Count = 7
		}
	})
	obj := &externalSimple{}
	s.Default(obj)
	assert.Equal(t, int64(7), obj.Count)
	s.Default(&internalSimple{}) // no defaulter: must not panic

	gvk := testGroupV1.WithKind("Simple")
	require.NoError(t, s.AddFieldLabelConversionFunc(gvk, func(label, value string) (string, string, error) {
		return "spec." + label, value, nil
	}))
	tests := []struct {
		name               string
		gvk                schema.GroupVersionKind
		label              string
		wantLabel, wantErr string
	}{
		{name: "registered", gvk: gvk, label: "x", wantLabel: "spec.x"},
		{name: "default name", gvk: testGroupV2.WithKind("Simple"), label: "metadata.name", wantLabel: "metadata.name"},
		{name: "default unknown", gvk: testGroupV2.WithKind("Simple"), label: "spec.x", wantErr: `"spec.x" is not a known field selector`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			label, value, err := s.ConvertFieldLabel(tt.gvk, tt.label, "v")
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantLabel, label)
			assert.Equal(t, "v", value)
		})
	}
}

func TestSchemeConvertUnstructuredToVersion(t *testing.T) {
	s := mustTestScheme(t)
	v1Obj := func() *testUnstructured {
		return &testUnstructured{Object: map[string]interface{}{
			"apiVersion": "test.skiff.io/v1", "kind": "Simple", "name": "u", "count": int64(2),
		}}
	}
	tests := []struct {
		name    string
		in      Object
		target  GroupVersioner
		want    Object
		wantErr func(error) bool
	}{
		{name: "same version copies", in: v1Obj(), target: testGroupV1, want: v1Obj()},
		{name: "other version through typed form", in: v1Obj(), target: testGroupV2,
			want: &testUnstructured{Object: map[string]interface{}{"apiVersion": "test.skiff.io/v2", "kind": "Simple", "name": "u", "count": int64(2)}}},
		{name: "other group", in: v1Obj(), target: schema.GroupVersion{Group: "other", Version: "v1"}, wantErr: IsNotRegisteredError},
		{name: "unregistered kind", in: &testUnstructured{Object: map[string]interface{}{"apiVersion": "test.skiff.io/v1", "kind": "Nope"}},
			target: testGroupV2, wantErr: IsNotRegisteredError},
		{name: "missing kind", in: &testUnstructured{Object: map[string]interface{}{"apiVersion": "v1"}}, target: testGroupV2, wantErr: IsMissingKind},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.ConvertToVersion(tt.in, tt.target)
			if tt.wantErr != nil {
				require.Error(t, err)
				assert.True(t, tt.wantErr(err), "unexpected error: %v", err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.NotSame(t, tt.in, got)
		})
	}
}

func TestUnsafeObjectConvertor(t *testing.T) {
	s := mustTestScheme(t)
	in := &externalSimple{Name: "x"}
	out, err := UnsafeObjectConvertor(s).ConvertToVersion(in, testGroupV1)
	require.NoError(t, err)
	assert.Same(t, in, out, "no defensive copy")
	assert.Equal(t, "Simple", in.Kind)
	assert.True(t, s.Converter().Has(&internalSimple{}, &externalSimple{}))
	unversioned, registered := s.IsUnversioned(&testStatus{})
	assert.True(t, unversioned && registered)
	unversioned, registered = s.IsUnversioned(&externalSimple{})
	assert.False(t, unversioned)
	assert.True(t, registered)
	_, registered = s.IsUnversioned(&Unknown{})
	assert.False(t, registered)
	assert.NotEmpty(t, s.Name())
	require.NoError(t, s.AddIgnoredConversionType(&testStatus{}, &externalSimple{}))
	require.NoError(t, s.Convert(&testStatus{}, &externalSimple{}, nil))
	require.NoError(t, s.AddGeneratedConversionFunc(&Unknown{}, &testStatus{}, func(a, b interface{}, _ conversion.Scope) error {
		b.(*testStatus).Message = "generated"
		return nil
	}))
	st := &testStatus{}
	require.NoError(t, s.Convert(&Unknown{}, st, nil))
	assert.Equal(t, "generated", st.Message)
}

func TestUseOrCreateObject(t *testing.T) {
	s := mustTestScheme(t)
	existing := &externalSimple{}
	got, err := UseOrCreateObject(s, s, testGroupV1.WithKind("Simple"), existing)
	require.NoError(t, err)
	assert.Same(t, existing, got)
	got, err = UseOrCreateObject(s, s, testGroupInternal.WithKind("Simple"), existing)
	require.NoError(t, err)
	assert.IsType(t, &internalSimple{}, got)
	_, err = UseOrCreateObject(s, s, testGroupV1.WithKind("Simple"), &Unknown{})
	assert.True(t, IsNotRegisteredError(err))
}

func TestSchemeConvertIdenticalTypesDoesNotAlias(t *testing.T) {
	s := mustTestScheme(t)
	in := &externalSimple{Tags: []string{"a"}}
	out := &externalSimple{}
	require.NoError(t, s.Convert(in, out, nil))
	in.Tags[0] = "changed"
	assert.Equal(t, []string{"a"}, out.Tags)
}
