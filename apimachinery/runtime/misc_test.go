package runtime

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

func TestGroupVersioners(t *testing.T) {
	apps := schema.GroupVersion{Group: "apps", Version: "v1"}
	kinds := []schema.GroupVersionKind{{Group: "extensions", Version: "v1beta1", Kind: "Deployment"}}
	tests := []struct {
		name   string
		v      GroupVersioner
		kinds  []schema.GroupVersionKind
		want   schema.GroupVersionKind
		wantOK bool
	}{
		{name: "internal", v: InternalGroupVersioner, kinds: kinds, want: schema.GroupVersionKind{Group: "extensions", Version: APIVersionInternal, Kind: "Deployment"}, wantOK: true},
		{name: "internal empty", v: InternalGroupVersioner},
		{name: "disabled", v: DisabledGroupVersioner, kinds: kinds},
		{name: "multi accepts group", v: NewMultiGroupVersioner(apps, schema.GroupKind{Group: "extensions"}), kinds: kinds,
			want: apps.WithKind("Deployment"), wantOK: true},
		{name: "multi kind filter", v: NewMultiGroupVersioner(apps, schema.GroupKind{Group: "extensions", Kind: "ReplicaSet"}), kinds: kinds},
		{name: "multi without kinds is the group version", v: NewMultiGroupVersioner(apps), kinds: []schema.GroupVersionKind{{Group: "apps", Version: "v1beta2", Kind: "X"}},
			want: apps.WithKind("X"), wantOK: true},
		{name: "coercing", v: NewCoercingMultiGroupVersioner(apps, schema.GroupKind{Group: "batch"}), kinds: kinds,
			want: apps.WithKind("Deployment"), wantOK: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.v.KindForGroupVersionKinds(tt.kinds)
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.want, got)
			assert.NotEmpty(t, tt.v.Identifier())
		})
	}
}

func TestStringConversions(t *testing.T) {
	s := NewScheme()
	require.NoError(t, RegisterStringConversions(s))
	tests := []struct {
		name    string
		in      interface{}
		out     interface{}
		want    interface{}
		wantErr string
	}{
		{name: "string", in: &[]string{"a", "b"}, out: new(string), want: "a"},
		{name: "empty string", in: &[]string{}, out: new(string), want: ""},
		{name: "int", in: &[]string{"42"}, out: new(int), want: 42},
		{name: "bad int", in: &[]string{"x"}, out: new(int), wantErr: `converting "x" to int`},
		{name: "bool true", in: &[]string{"yes"}, out: new(bool), want: true},
		{name: "bool false", in: &[]string{"FALSE"}, out: new(bool), want: false},
		{name: "bool zero", in: &[]string{"0"}, out: new(bool), want: false},
		{name: "int64", in: &[]string{"-7"}, out: new(int64), want: int64(-7)},
		{name: "bad int64", in: &[]string{"1.5"}, out: new(int64), wantErr: `converting "1.5" to int64`},
		{name: "string to int64", in: ptr("9"), out: new(int64), want: int64(9)},
		{name: "empty to nil pointer", in: ptr(""), out: new(*int64), want: (*int64)(nil)},
		{name: "pointer int64", in: &[]string{"3"}, out: new(*int64), want: ptr(int64(3))},
		{name: "no values nil pointer", in: &[]string{}, out: new(*bool), want: (*bool)(nil)},
		{name: "pointer bool", in: &[]string{"true"}, out: new(*bool), want: ptr(true)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.Convert(tt.in, tt.out, nil)
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, reflect.ValueOf(tt.out).Elem().Interface())
		})
	}
}

func TestEmbeddedConversions(t *testing.T) {
	s := NewScheme()
	require.NoError(t, RegisterEmbeddedConversions(s))
	obj := Object(&testStatus{Message: "m"})
	var ext RawExtension
	require.NoError(t, s.Convert(&obj, &ext, nil))
	assert.Equal(t, obj, ext.Object)

	unk := Object(&Unknown{Raw: []byte(`{"a":1}`)})
	require.NoError(t, s.Convert(&unk, &ext, nil))
	assert.Equal(t, `{"a":1}`, string(ext.Raw))
	assert.Nil(t, ext.Object)

	tests := []struct {
		name string
		in   RawExtension
		want Object
	}{
		{name: "object", in: RawExtension{Object: &testStatus{}}, want: &testStatus{}},
		{name: "raw", in: RawExtension{Raw: []byte(`{"apiVersion":"v1","kind":"X"}`)},
			want: &Unknown{TypeMeta: TypeMeta{APIVersion: "v1", Kind: "X"}, Raw: []byte(`{"apiVersion":"v1","kind":"X"}`), ContentType: ContentTypeJSON}},
		{name: "null", in: RawExtension{Raw: []byte("null")}, want: nil},
		{name: "empty", in: RawExtension{}, want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out Object
			require.NoError(t, s.Convert(&tt.in, &out, nil))
			assert.Equal(t, tt.want, out)
		})
	}
}

func TestRawExtensionAndUnknownJSON(t *testing.T) {
	type holder struct {
		Ext RawExtension  `json:"ext"`
		Opt *RawExtension `json:"opt,omitempty"`
	}
	var h holder
	require.NoError(t, json.Unmarshal([]byte(`{"ext":{"kind":"X","spec":[1,2]}}`), &h))
	assert.Equal(t, `{"kind":"X","spec":[1,2]}`, string(h.Ext.Raw))
	out, err := json.Marshal(h)
	require.NoError(t, err)
	assert.Equal(t, `{"ext":{"kind":"X","spec":[1,2]}}`, string(out))

	h = holder{Ext: RawExtension{Object: &testStatus{Message: "o"}}}
	out, err = json.Marshal(h)
	require.NoError(t, err)
	assert.Equal(t, `{"ext":{"message":"o"}}`, string(out))
	out, err = json.Marshal(holder{})
	require.NoError(t, err)
	assert.Equal(t, `{"ext":null}`, string(out))

	require.NoError(t, json.Unmarshal([]byte(`{"ext":null}`), &h))
	assert.Nil(t, h.Ext.Raw)

	orig := &RawExtension{Raw: []byte("x"), Object: &testStatus{Message: "c"}}
	cp := orig.DeepCopy()
	cp.Raw[0] = 'y'
	cp.Object.(*testStatus).Message = "changed"
	assert.Equal(t, "x", string(orig.Raw))
	assert.Equal(t, "c", orig.Object.(*testStatus).Message)
	assert.Equal(t, "x", orig.String())

	var u Unknown
	require.NoError(t, json.Unmarshal([]byte(`{"kind":"K"}`), &u))
	assert.Equal(t, `{"kind":"K"}`, string(u.Raw))
	assert.Equal(t, ContentTypeJSON, u.ContentType)
	data, err := json.Marshal(&u)
	require.NoError(t, err)
	assert.Equal(t, `{"kind":"K"}`, string(data))
	ucp := u.DeepCopyObject().(*Unknown)
	ucp.Raw[0] = '['
	assert.Equal(t, byte('{'), u.Raw[0])
	assert.Contains(t, u.String(), "Unknown{")

	tm := &TypeMeta{}
	tm.GetObjectKind().SetGroupVersionKind(schema.GroupVersionKind{Group: "apps", Version: "v1", Kind: "Deployment"})
	assert.Equal(t, TypeMeta{APIVersion: "apps/v1", Kind: "Deployment"}, *tm)
	assert.Equal(t, "Deployment", tm.GroupVersionKind().Kind)
	assert.Equal(t, "&TypeMeta{APIVersion:apps/v1,Kind:Deployment,}", tm.String())
}

func TestReflectHelpers(t *testing.T) {
	type inner struct {
		Name  string
		Count int32
	}
	v := reflect.ValueOf(&inner{Name: "n", Count: 2}).Elem()
	var name string
	require.NoError(t, Field(v, "Name", &name))
	assert.Equal(t, "n", name)
	var count int64
	require.NoError(t, Field(v, "Count", &count), "convertible")
	assert.Equal(t, int64(2), count)
	assert.ErrorContains(t, Field(v, "Missing", &name), "couldn't find Missing field")
	assert.ErrorContains(t, Field(v, "Name", &count), "couldn't assign/convert")
	assert.ErrorContains(t, Field(v, "Name", name), "non-nil pointer")

	var namePtr *string
	require.NoError(t, FieldPtr(v, "Name", &namePtr))
	*namePtr = "changed"
	assert.Equal(t, "changed", v.Field(0).String())

	require.NoError(t, SetField("set", v, "Name"))
	assert.Equal(t, "set", v.Field(0).String())
	assert.ErrorContains(t, SetField(3.5, v, "Name"), "couldn't assign/convert")
	assert.ErrorContains(t, SetField("x", reflect.ValueOf(inner{}), "Name"), "cannot be set")

	obj := &testStatus{Message: "m"}
	require.NoError(t, SetZeroValue(obj))
	assert.Equal(t, &testStatus{}, obj)

	type tagged struct {
		A string `json:"a,omitempty"`
	}
	tag := reflect.TypeOf(tagged{}).Field(0).Tag
	a, b := JSONKeyMapper("A", "", tag)
	assert.Equal(t, []string{"a", "A"}, []string{a, b})
	a, b = JSONKeyMapper("A", tag, "")
	assert.Equal(t, []string{"A", "a"}, []string{a, b})
}

func TestMultiObjectTyper(t *testing.T) {
	s1 := mustTestScheme(t)
	s2 := NewScheme()
	s2.AddKnownTypeWithName(schema.GroupVersionKind{Version: "v7", Kind: "U"}, &Unknown{})
	m := MultiObjectTyper{s1, s2}
	gvks, _, err := m.ObjectKinds(&Unknown{})
	require.NoError(t, err)
	assert.Equal(t, "U", gvks[0].Kind)
	assert.True(t, m.Recognizes(schema.GroupVersionKind{Version: "v7", Kind: "U"}))
	assert.False(t, m.Recognizes(schema.GroupVersionKind{Version: "v7", Kind: "V"}))
	_, _, err = m.ObjectKinds(&convObject{})
	assert.True(t, IsNotRegisteredError(err))
	_, _, err = MultiObjectTyper{}.ObjectKinds(&Unknown{})
	assert.Error(t, err)
}

func TestEquivalentResourceRegistry(t *testing.T) {
	deployV1 := schema.GroupVersionResource{Group: "apps", Version: "v1", Resource: "deployments"}
	deployBeta := schema.GroupVersionResource{Group: "extensions", Version: "v1beta1", Resource: "deployments"}
	r := NewEquivalentResourceRegistryWithIdentity(func(gr schema.GroupResource) string {
		if gr.Resource == "deployments" {
			return "deployments"
		}
		return ""
	})
	r.RegisterKindFor(deployV1, "", schema.GroupVersionKind{Group: "apps", Version: "v1", Kind: "Deployment"})
	r.RegisterKindFor(deployBeta, "", schema.GroupVersionKind{Group: "extensions", Version: "v1beta1", Kind: "Deployment"})
	r.RegisterKindFor(deployV1, "scale", schema.GroupVersionKind{Group: "autoscaling", Version: "v1", Kind: "Scale"})
	r.RegisterKindFor(deployV1, "", schema.GroupVersionKind{Group: "apps", Version: "v1", Kind: "Deployment"})
	assert.Equal(t, []schema.GroupVersionResource{deployV1, deployBeta}, r.EquivalentResourcesFor(deployBeta, ""))
	assert.Equal(t, []schema.GroupVersionResource{deployV1}, r.EquivalentResourcesFor(deployV1, "scale"))
	assert.Equal(t, "Scale", r.KindFor(deployV1, "scale").Kind)
	assert.True(t, r.KindFor(deployBeta, "status").Empty())

	plain := NewEquivalentResourceRegistry()
	assert.Nil(t, plain.EquivalentResourcesFor(deployV1, ""))
	plain.RegisterKindFor(deployV1, "", schema.GroupVersionKind{Kind: "Deployment"})
	assert.Nil(t, plain.EquivalentResourcesFor(deployBeta, ""), "different groups are not equivalent without identity")
}

func TestToOpenAPIDefinitionName(t *testing.T) {
	s := mustTestScheme(t)
	got, err := s.ToOpenAPIDefinitionName(testGroupV1.WithKind("Simple"))
	require.NoError(t, err)
	assert.Equal(t, "io.k8s.apimachinery.pkg.runtime.externalSimple", got)
	_, err = s.ToOpenAPIDefinitionName(testGroupV1.WithKind("Nope"))
	assert.True(t, IsNotRegisteredError(err))
	assert.Nil(t, s.Validate(context.Background(), nil, &externalSimple{}))
	assert.Nil(t, s.ValidateUpdate(context.Background(), nil, &externalSimple{}, &externalSimple{}))
}

func TestErrorsPredicates(t *testing.T) {
	strict := NewStrictDecodingError([]error{assert.AnError})
	se, ok := AsStrictDecodingError(strict)
	require.True(t, ok)
	assert.Equal(t, []error{assert.AnError}, se.Errors())
	_, ok = AsStrictDecodingError(assert.AnError)
	assert.False(t, ok)
	assert.True(t, IsMissingKind(NewMissingKindErr("x")))
	assert.False(t, IsMissingKind(NewMissingVersionErr("x")))
	assert.EqualError(t, NewMissingVersionErr("{}"), "Object 'apiVersion' is missing in '{}'")
	assert.Contains(t, NewNotRegisteredErrForTarget("s", reflect.TypeOf(Unknown{}), InternalGroupVersioner).Error(), "is not suitable for converting to \"internal\"")
	assert.Contains(t, NewNotRegisteredGVKErrForTarget("s", testGroupV1.WithKind("A"), DisabledGroupVersioner).Error(), "\"test.skiff.io/v1\" is not suitable")
	assert.Contains(t, NewNotRegisteredErrForKind("s", schema.GroupVersionKind{Version: "v9"}).Error(), "no version \"v9\" has been registered")
}
