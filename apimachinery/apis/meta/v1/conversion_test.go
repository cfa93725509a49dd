package v1

import (
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/api/resource"
	"github.com/skiff-k8s/skiff/apimachinery/fields"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/util/intstr"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
)

func TestConvertQueryToListOptions(t *testing.T) {
	tests := []struct {
		name    string
		query   string
		start   ListOptions
		want    ListOptions
		wantErr string
	}{
		{"all fields", "labelSelector=a%3Db&fieldSelector=metadata.name%3Dx&watch=true&allowWatchBookmarks=1" +
			"&resourceVersion=5&resourceVersionMatch=Exact&timeoutSeconds=30&limit=10&continue=tok&sendInitialEvents=false",
			ListOptions{}, ListOptions{LabelSelector: "a=b", FieldSelector: "metadata.name=x", Watch: true, AllowWatchBookmarks: true,
				ResourceVersion: "5", ResourceVersionMatch: ResourceVersionMatchExact, TimeoutSeconds: ptr(int64(30)),
				Limit: 10, Continue: "tok", SendInitialEvents: ptr(false)}, ""},
		{"absent keys reset fields", "limit=1", ListOptions{TypeMeta: TypeMeta{Kind: "K"}, LabelSelector: "old", Watch: true},
			ListOptions{TypeMeta: TypeMeta{Kind: "K"}, Limit: 1}, ""},
		{"bool spellings", "watch=FALSE&allowWatchBookmarks=0", ListOptions{}, ListOptions{}, ""},
		{"bad number", "limit=ten", ListOptions{}, ListOptions{}, `"limit"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := url.ParseQuery(tt.query)
			require.NoError(t, err)
			got := tt.start
			err = Convert_url_Values_To_v1_ListOptions(&q, &got, nil)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestConvertQueryToOtherOptions(t *testing.T) {
	q := url.Values{"dryRun": {"All"}, "fieldManager": {"me"}, "fieldValidation": {"Strict"}, "force": {"true"},
		"gracePeriodSeconds": {"0"}, "propagationPolicy": {"Foreground"}, "orphanDependents": {"false"},
		"resourceVersion": {"9"}, "includeObject": {"Object"}}
	var create CreateOptions
	require.NoError(t, Convert_url_Values_To_v1_CreateOptions(&q, &create, nil))
	assert.Equal(t, CreateOptions{DryRun: []string{"All"}, FieldManager: "me", FieldValidation: "Strict"}, create)
	var update UpdateOptions
	require.NoError(t, Convert_url_Values_To_v1_UpdateOptions(&q, &update, nil))
	assert.Equal(t, "me", update.FieldManager)
	var patch PatchOptions
	require.NoError(t, Convert_url_Values_To_v1_PatchOptions(&q, &patch, nil))
	assert.Equal(t, ptr(true), patch.Force)
	var get GetOptions
	require.NoError(t, Convert_url_Values_To_v1_GetOptions(&q, &get, nil))
	assert.Equal(t, "9", get.ResourceVersion)
	del := DeleteOptions{Preconditions: &Preconditions{ResourceVersion: ptr("1")}}
	require.NoError(t, Convert_url_Values_To_v1_DeleteOptions(&q, &del, nil))
	assert.Equal(t, DeleteOptions{GracePeriodSeconds: ptr(int64(0)), PropagationPolicy: ptr(DeletePropagationForeground),
		OrphanDependents: ptr(false), DryRun: []string{"All"}, Preconditions: &Preconditions{ResourceVersion: ptr("1")}}, del)
	table := TableOptions{NoHeaders: true}
	require.NoError(t, Convert_url_Values_To_v1_TableOptions(&q, &table, nil))
	assert.Equal(t, TableOptions{NoHeaders: true, IncludeObject: IncludeObject}, table)
}

func TestSchemeConvertsQueryParameters(t *testing.T) {
	scheme := runtime.NewScheme()
	require.NoError(t, RegisterConversions(scheme))
	q := url.Values{"labelSelector": {"app=web"}, "limit": {"3"}}
	var got ListOptions
	require.NoError(t, scheme.Convert(&q, &got, nil))
	assert.Equal(t, ListOptions{LabelSelector: "app=web", Limit: 3}, got)
}

func TestWatchEventConversions(t *testing.T) {
	status := &Status{Status: StatusFailure}
	tests := []struct {
		name string
		in   watch.Event
		want WatchEvent
	}{
		{"object kept", watch.Event{Type: watch.Error, Object: status}, WatchEvent{Type: "ERROR", Object: runtime.RawExtension{Object: status}}},
		{"unknown gives raw", watch.Event{Type: watch.Added, Object: &runtime.Unknown{Raw: []byte(`{}`)}},
			WatchEvent{Type: "ADDED", Object: runtime.RawExtension{Raw: []byte(`{}`)}}},
		{"nil object", watch.Event{Type: watch.Bookmark}, WatchEvent{Type: "BOOKMARK"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got WatchEvent
			require.NoError(t, Convert_watch_Event_To_v1_WatchEvent(&tt.in, &got, nil))
			assert.Equal(t, tt.want, got)
			internal := InternalEvent(tt.in)
			var viaInternal WatchEvent
			require.NoError(t, Convert_v1_InternalEvent_To_v1_WatchEvent(&internal, &viaInternal, nil))
			assert.Equal(t, tt.want, viaInternal)
		})
	}

	var ev watch.Event
	require.NoError(t, Convert_v1_WatchEvent_To_watch_Event(&WatchEvent{Type: "MODIFIED", Object: runtime.RawExtension{Raw: []byte(`{"a":1}`)}}, &ev, nil))
	assert.Equal(t, watch.Modified, ev.Type)
	assert.Equal(t, &runtime.Unknown{Raw: []byte(`{"a":1}`), ContentType: runtime.ContentTypeJSON}, ev.Object)
	var internal InternalEvent
	require.NoError(t, Convert_v1_WatchEvent_To_v1_InternalEvent(&WatchEvent{Type: "DELETED", Object: runtime.RawExtension{Object: status}}, &internal, nil))
	assert.Equal(t, InternalEvent{Type: watch.Deleted, Object: status}, internal)

	cp := internal.DeepCopy()
	cp.Object.(*Status).Status = "changed"
	assert.Equal(t, StatusFailure, status.Status, "deep copy must copy the object")
}

func TestSmallConversions(t *testing.T) {
	var i64 int64
	var nilI64 *int64
	require.NoError(t, Convert_Pointer_int64_To_int64(&nilI64, &i64, nil))
	assert.Equal(t, int64(0), i64)
	var p *int64
	seven := 7
	require.NoError(t, Convert_int_To_Pointer_int64(&seven, &p, nil))
	assert.Equal(t, int64(7), *p)
	var n int
	require.NoError(t, Convert_Pointer_int64_To_int(&p, &n, nil))
	assert.Equal(t, 7, n)
	var b *bool
	tr := true
	require.NoError(t, Convert_bool_To_Pointer_bool(&tr, &b, nil))
	tr = false
	assert.True(t, *b, "the pointer must be to a copy")

	var ports []int32
	require.NoError(t, Convert_Slice_string_To_Slice_int32(&[]string{"80,443", "8080"}, &ports, nil))
	assert.Equal(t, []int32{80, 443, 8080}, ports)
	require.Error(t, Convert_Slice_string_To_Slice_int32(&[]string{"70000"}, &ports, nil))

	var tm Time
	require.NoError(t, Convert_Slice_string_To_v1_Time(&[]string{"2024-01-02T03:04:05Z"}, &tm, nil))
	assert.True(t, tm.Time.Equal(time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)))
	var ptm *Time
	require.Error(t, Convert_Slice_string_To_Pointer_v1_Time(&[]string{"bad"}, &ptm, nil))
	var dp *DeletionPropagation
	require.NoError(t, Convert_Slice_string_To_Pointer_v1_DeletionPropagation(&[]string{"Orphan"}, &dp, nil))
	assert.Equal(t, DeletePropagationOrphan, *dp)

	var ios intstr.IntOrString
	var nilIOS *intstr.IntOrString
	require.NoError(t, Convert_Pointer_intstr_IntOrString_To_intstr_IntOrString(&nilIOS, &ios, nil))
	assert.Equal(t, intstr.IntOrString{}, ios)

	var sel labels.Selector
	require.NoError(t, Convert_string_To_labels_Selector(ptr("a=b"), &sel, nil))
	var s string
	require.NoError(t, Convert_labels_Selector_To_string(&sel, &s, nil))
	assert.Equal(t, "a=b", s)
	require.Error(t, Convert_string_To_labels_Selector(ptr("a in ("), &sel, nil))

	var fsel fields.Selector
	require.NoError(t, Convert_string_To_fields_Selector(ptr("metadata.name=x"), &fsel, nil))
	var fs string
	require.NoError(t, Convert_fields_Selector_To_string(&fsel, &fs, nil))
	assert.Equal(t, "metadata.name=x", fs)
	require.Error(t, Convert_string_To_fields_Selector(ptr("a=b=c=("), &fsel, nil))
	var nilFields fields.Selector
	fs = "kept"
	require.NoError(t, Convert_fields_Selector_To_string(&nilFields, &fs, nil))
	assert.Equal(t, "kept", fs)

	var ls LabelSelector
	require.NoError(t, Convert_Map_string_To_string_To_v1_LabelSelector(&map[string]string{"k": "v"}, &ls, nil))
	var m map[string]string
	require.NoError(t, Convert_v1_LabelSelector_To_Map_string_To_string(&ls, &m, nil))
	assert.Equal(t, map[string]string{"k": "v"}, m)

	q := resource.MustParse("1500m")
	var qOut resource.Quantity
	require.NoError(t, Convert_resource_Quantity_To_resource_Quantity(&q, &qOut, nil))
	assert.Equal(t, "1500m", qOut.String())

	tmIn := TypeMeta{Kind: "A", APIVersion: "v1"}
	tmOut := TypeMeta{Kind: "B"}
	require.NoError(t, Convert_v1_TypeMeta_To_v1_TypeMeta(&tmIn, &tmOut, nil))
	assert.Equal(t, TypeMeta{Kind: "B"}, tmOut, "TypeMeta is deliberately not copied")
}

func TestParameterCodec(t *testing.T) {
	tests := []struct {
		name string
		in   runtime.Object
		want url.Values
		into runtime.Object
	}{
		{"list options", &ListOptions{LabelSelector: "a=b", Limit: 5, TimeoutSeconds: ptr(int64(10))},
			url.Values{"labelSelector": {"a=b"}, "limit": {"5"}, "timeoutSeconds": {"10"}}, &ListOptions{}},
		{"patch options send force", &PatchOptions{FieldManager: "me", Force: ptr(false)},
			url.Values{"fieldManager": {"me"}, "force": {"false"}}, &PatchOptions{}},
		{"delete options", &DeleteOptions{DryRun: []string{"All"}, GracePeriodSeconds: ptr(int64(0))},
			url.Values{"dryRun": {"All"}, "gracePeriodSeconds": {"0"}}, &DeleteOptions{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.in.DeepCopyObject()
			got, err := ParameterCodec.EncodeParameters(tt.in, schema.GroupVersion{Version: "v1"})
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			other, err := ParameterCodec.EncodeParameters(tt.in, schema.GroupVersion{Group: "apps", Version: "v1"})
			require.NoError(t, err)
			assert.Equal(t, tt.want, other, "the same parameters for another group version")
			assert.Equal(t, want, tt.in, "EncodeParameters must not modify the caller's options")
			require.NoError(t, ParameterCodec.DecodeParameters(got, schema.GroupVersion{Group: "apps", Version: "v1"}, tt.into))
			assert.Equal(t, want, tt.into)
		})
	}
}
