package runtime

import (
	"fmt"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/conversion"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// queryTime mimics metav1.Time's query parameter methods.
type queryTime struct{ time.Time }

func (t queryTime) MarshalQueryParameter() (string, error) {
	if t.IsZero() {
		return "", nil
	}
	return t.UTC().Format(time.RFC3339), nil
}

func (t *queryTime) UnmarshalQueryParameter(s string) error {
	if s == "" {
		t.Time = time.Time{}
		return nil
	}
	parsed, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return err
	}
	t.Time = parsed
	return nil
}

type propagation string

// listOpts mirrors metav1.ListOptions.
type listOpts struct {
	TypeMeta             `json:",inline"`
	LabelSelector        string `json:"labelSelector,omitempty"`
	Watch                bool   `json:"watch,omitempty"`
	AllowWatchBookmarks  bool   `json:"allowWatchBookmarks,omitempty"`
	ResourceVersion      string `json:"resourceVersion,omitempty"`
	TimeoutSeconds       *int64 `json:"timeoutSeconds,omitempty"`
	Limit                int64  `json:"limit,omitempty"`
	SendInitialEvents    *bool  `json:"sendInitialEvents,omitempty"`
	ResourceVersionMatch string `json:"resourceVersionMatch,omitempty"`
}

func (o *listOpts) DeepCopyObject() Object { c := *o; return &c }

// patchOpts mirrors metav1.PatchOptions / DeleteOptions.
type patchOpts struct {
	TypeMeta          `json:",inline"`
	DryRun            []string     `json:"dryRun,omitempty"`
	Force             *bool        `json:"force,omitempty"`
	FieldManager      string       `json:"fieldManager,omitempty"`
	GracePeriod       *int64       `json:"gracePeriodSeconds,omitempty"`
	PropagationPolicy *propagation `json:"propagationPolicy,omitempty"`
	Preconditions     *struct{}    `json:"preconditions,omitempty"`
	Ratio             float32      `json:"ratio,omitempty"`
	Ignored           string       `json:"-"`
	Untagged          string
}

func (o *patchOpts) DeepCopyObject() Object { c := *o; return &c }

// logOpts mirrors corev1.PodLogOptions.
type logOpts struct {
	TypeMeta  `json:",inline"`
	Container string     `json:"container,omitempty"`
	Follow    bool       `json:"follow,omitempty"`
	SinceTime *queryTime `json:"sinceTime,omitempty"`
	TailLines *int64     `json:"tailLines,omitempty"`
	Always    bool       `json:"always"`
}

func (o *logOpts) DeepCopyObject() Object { c := *o; return &c }

func TestEncodeParameters(t *testing.T) {
	s := NewScheme()
	gv := schema.GroupVersion{Version: "v1"}
	s.AddUnversionedTypes(gv, &listOpts{}, &patchOpts{}, &logOpts{})
	codec := NewParameterCodec(s)
	policy := propagation("Foreground")
	since := &queryTime{time.Date(2024, 3, 4, 5, 6, 7, 0, time.UTC)}
	tests := []struct {
		name string
		obj  Object
		want url.Values
	}{
		{name: "empty list options", obj: &listOpts{}, want: url.Values{}},
		{name: "list options", obj: &listOpts{TypeMeta: TypeMeta{Kind: "ListOptions", APIVersion: "v1"}, LabelSelector: "a=b,c!=d", Watch: true,
			ResourceVersion: "12", TimeoutSeconds: ptr(int64(30)), Limit: 500, SendInitialEvents: ptr(false)},
			want: url.Values{"labelSelector": {"a=b,c!=d"}, "watch": {"true"}, "resourceVersion": {"12"},
				"timeoutSeconds": {"30"}, "limit": {"500"}, "sendInitialEvents": {"false"}}},
		{name: "force false is sent", obj: &patchOpts{Force: ptr(false), FieldManager: "me"},
			want: url.Values{"force": {"false"}, "fieldManager": {"me"}, "Untagged": nil}},
		{name: "slices repeat and named types", obj: &patchOpts{DryRun: []string{"All", "Other"}, GracePeriod: ptr(int64(0)), PropagationPolicy: &policy, Ratio: 0.25, Ignored: "x", Untagged: "y"},
			want: url.Values{"dryRun": {"All", "Other"}, "gracePeriodSeconds": {"0"}, "propagationPolicy": {"Foreground"}, "ratio": {"0.25"}}},
		{name: "query marshaler and no omitempty", obj: &logOpts{Container: "c", SinceTime: since, TailLines: ptr(int64(10))},
			want: url.Values{"container": {"c"}, "sinceTime": {"2024-03-04T05:06:07Z"}, "tailLines": {"10"}, "always": {"false"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := codec.EncodeParameters(tt.obj, gv)
			require.NoError(t, err)
			for k, v := range tt.want {
				if v == nil {
					delete(tt.want, k)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestEncodeParametersErrors(t *testing.T) {
	codec := NewParameterCodec(NewScheme())
	_, err := codec.EncodeParameters(&testUnstructured{}, schema.GroupVersion{Version: "v1"})
	assert.ErrorContains(t, err, "encoding parameters")
	_, err = codec.EncodeParameters(&listOpts{Limit: 1}, schema.GroupVersion{Version: "v1"})
	assert.True(t, IsNotRegisteredError(err), "unregistered option types are an error: %v", err)
	_, err = NewParameterCodec(nil).EncodeParameters(&listOpts{}, schema.GroupVersion{Version: "v1"})
	assert.ErrorContains(t, err, "no scheme")
}

func TestDecodeParameters(t *testing.T) {
	s := NewScheme()
	gv := schema.GroupVersion{Version: "v1"}
	s.AddUnversionedTypes(gv, &listOpts{}, &logOpts{})
	s.AddTypeDefaultingFunc(&listOpts{}, func(obj interface{}) {
		if o := obj.(*listOpts); o.Limit == 0 {
			o.Limit = 100
		}
	})
	codec := NewParameterCodec(s)
	tests := []struct {
		name    string
		query   string
		into    Object
		want    Object
		wantErr string
	}{
		{name: "list", query: "labelSelector=a%3Db&watch&timeoutSeconds=5&sendInitialEvents=false&unknown=1", into: &listOpts{},
			want: &listOpts{LabelSelector: "a=b", Watch: true, TimeoutSeconds: ptr(int64(5)), SendInitialEvents: ptr(false), Limit: 100}},
		{name: "bool zero", query: "watch=0&allowWatchBookmarks=TRUE", into: &listOpts{}, want: &listOpts{AllowWatchBookmarks: true, Limit: 100}},
		{name: "time", query: "sinceTime=2024-03-04T05:06:07Z&follow=true", into: &logOpts{},
			want: &logOpts{Follow: true, SinceTime: &queryTime{time.Date(2024, 3, 4, 5, 6, 7, 0, time.UTC)}}},
		{name: "bad int", query: "limit=many", into: &listOpts{}, wantErr: `parameter limit: strconv.ParseInt: parsing "many"`},
		{name: "bad time", query: "sinceTime=never", into: &logOpts{}, wantErr: "parameter sinceTime"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := url.ParseQuery(tt.query)
			require.NoError(t, err)
			err = codec.DecodeParameters(q, gv, tt.into)
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, tt.into)
		})
	}
}

func TestParameterRoundTrip(t *testing.T) {
	s := NewScheme()
	s.AddUnversionedTypes(schema.GroupVersion{Version: "v1"}, &listOpts{})
	codec := NewParameterCodec(s)
	in := &listOpts{LabelSelector: "x in (a,b)", Watch: true, TimeoutSeconds: ptr(int64(0)), Limit: 7, ResourceVersionMatch: "NotOlderThan"}
	q, err := codec.EncodeParameters(in, schema.GroupVersion{Version: "v1"})
	require.NoError(t, err)
	out := &listOpts{}
	require.NoError(t, codec.DecodeParameters(q, schema.GroupVersion{Version: "v1"}, out))
	assert.Equal(t, in, out, fmt.Sprintf("query %s", q.Encode()))
}

func TestDecodeParametersUsesRegisteredConversion(t *testing.T) {
	s := NewScheme()
	require.NoError(t, s.AddConversionFunc((*url.Values)(nil), (*listOpts)(nil), func(a, b interface{}, _ conversion.Scope) error {
		b.(*listOpts).LabelSelector = "from-func:" + (*a.(*url.Values)).Get("labelSelector")
		return nil
	}))
	got := &listOpts{}
	require.NoError(t, NewParameterCodec(s).DecodeParameters(url.Values{"labelSelector": {"x"}}, schema.GroupVersion{Version: "v1"}, got))
	assert.Equal(t, "from-func:x", got.LabelSelector)
}
