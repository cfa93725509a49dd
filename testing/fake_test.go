package testing

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
)

var podsGVR = schema.GroupVersionResource{Version: "v1", Resource: "pods"}

// answer returns a reaction answering with a pod named name.
func answer(name string) ReactionFunc {
	return func(Action) (bool, runtime.Object, error) {
		return true, &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Name: name}}, nil
	}
}

func TestFakeReactionChain(t *testing.T) {
	pass := func(Action) (bool, runtime.Object, error) { return false, nil, errors.New("ignored") }
	tests := []struct {
		name  string
		setup func(*Fake)
		want  string
	}{
		{"unhandled returns the default", func(*Fake) {}, "default"},
		{"added", func(f *Fake) { f.AddReactor("get", "pods", answer("added")) }, "added"},
		{"first added wins", func(f *Fake) {
			f.AddReactor("get", "pods", answer("one"))
			f.AddReactor("get", "pods", answer("two"))
		}, "one"},
		{"prepended wins", func(f *Fake) {
			f.AddReactor("*", "*", answer("added"))
			f.PrependReactor("get", "pods", answer("prepended"))
		}, "prepended"},
		{"other verb skipped", func(f *Fake) { f.AddReactor("list", "pods", answer("list")) }, "default"},
		{"other resource skipped", func(f *Fake) { f.AddReactor("get", "nodes", answer("nodes")) }, "default"},
		{"not handled passes on", func(f *Fake) {
			f.AddReactor("*", "*", pass)
			f.AddReactor("*", "pods", answer("next"))
		}, "next"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &Fake{}
			tt.setup(f)
			obj, err := f.Invokes(NewGetAction(podsGVR, "ns", "p"), &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Name: "default"}})
			require.NoError(t, err)
			assert.Equal(t, tt.want, obj.(*corev1.Pod).Name)
			require.Len(t, f.Actions(), 1)
			assert.True(t, f.Actions()[0].Matches("get", "pods"))
		})
	}
}

func TestFakeWatchAndProxyChains(t *testing.T) {
	f := &Fake{}
	_, err := f.InvokesWatch(NewWatchAction(podsGVR, "ns", metav1.ListOptions{}))
	assert.Error(t, err, "no watch reactor")
	assert.Nil(t, f.InvokesProxy(NewProxyGetAction(podsGVR, "ns", "http", "p", "80", "/", nil)))

	fw := watch.NewFake()
	f.PrependWatchReactor("pods", DefaultWatchReactor(fw, nil))
	w, err := f.InvokesWatch(NewWatchAction(podsGVR, "ns", nil))
	require.NoError(t, err)
	assert.Same(t, fw, w)
	_, err = f.InvokesWatch(NewWatchAction(schema.GroupVersionResource{Version: "v1", Resource: "nodes"}, "", nil))
	assert.Error(t, err, "the reactor is for pods only")
	assert.Len(t, f.Actions(), 4)
	f.ClearActions()
	assert.Empty(t, f.Actions())
}

func TestActionsAreCopies(t *testing.T) {
	f := &Fake{}
	p := &corev1.Pod{ObjectMeta: metav1.ObjectMeta{Name: "p"}}
	_, _ = f.Invokes(NewCreateAction(podsGVR, "ns", p), nil)
	p.Name = "changed"
	got := f.Actions()[0].(CreateActionImpl).GetObject().(*corev1.Pod)
	assert.Equal(t, "p", got.Name, "the recorded object does not change with the caller's")
}

func TestActionConstructors(t *testing.T) {
	opts := metav1.ListOptions{LabelSelector: "a=b", FieldSelector: "metadata.name=x", ResourceVersion: "7"}
	tests := []struct {
		name                  string
		action                Action
		verb, ns, sub, object string
	}{
		{"get", NewGetAction(podsGVR, "ns", "p"), "get", "ns", "", "p"},
		{"root get", NewRootGetAction(podsGVR, "p"), "get", "", "", "p"},
		{"get sub", NewGetSubresourceAction(podsGVR, "ns", "status", "p"), "get", "ns", "status", "p"},
		{"list", NewListAction(podsGVR, schema.GroupVersionKind{Kind: "Pod"}, "ns", opts), "list", "ns", "", ""},
		{"create sub", NewCreateSubresourceAction(podsGVR, "p", "eviction", "ns", nil), "create", "ns", "eviction", "p"},
		{"update sub", NewUpdateSubresourceAction(podsGVR, "status", "ns", nil), "update", "ns", "status", ""},
		{"delete", NewDeleteAction(podsGVR, "ns", "p"), "delete", "ns", "", "p"},
		{"root delete sub", NewRootDeleteSubresourceAction(podsGVR, "status", "p"), "delete", "", "status", "p"},
		{"delete collection", NewDeleteCollectionAction(podsGVR, "ns", &opts), "delete-collection", "ns", "", ""},
		{"patch sub", NewPatchSubresourceAction(podsGVR, "ns", "p", types.MergePatchType, nil, "status"), "patch", "ns", "status", "p"},
		{"watch", NewRootWatchAction(podsGVR, opts), "watch", "", "", ""},
		{"proxy", NewProxyGetAction(podsGVR, "ns", "https", "p", "443", "/x", nil), "get", "ns", "proxy", "p"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.verb, tt.action.GetVerb())
			assert.Equal(t, tt.ns, tt.action.GetNamespace())
			assert.Equal(t, tt.sub, tt.action.GetSubresource())
			assert.Equal(t, podsGVR, tt.action.GetResource())
			if named, ok := tt.action.(interface{ GetName() string }); ok {
				assert.Equal(t, tt.object, named.GetName())
			}
			assert.Equal(t, tt.action, tt.action.DeepCopy())
		})
	}
	w := NewWatchAction(podsGVR, "ns", opts).GetWatchRestrictions()
	assert.Equal(t, "a=b", w.Labels.String())
	assert.Equal(t, "metadata.name=x", w.Fields.String())
	assert.Equal(t, "7", w.ResourceVersion)
}

func TestExtractFromListOptions(t *testing.T) {
	tests := []struct {
		name               string
		opts               interface{}
		labels, fields, rv string
	}{
		{"value", metav1.ListOptions{LabelSelector: "a in (b)", ResourceVersion: "3"}, "a in (b)", "", "3"},
		{"pointer", &metav1.ListOptions{FieldSelector: "spec.nodeName=n"}, "", "spec.nodeName=n", ""},
		{"nil pointer", (*metav1.ListOptions)(nil), "", "", ""},
		{"other type", "label=x", "", "", ""},
		{"bad selector selects everything", metav1.ListOptions{LabelSelector: "a in ("}, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, f, rv := ExtractFromListOptions(tt.opts)
			assert.Equal(t, tt.labels, l.String())
			assert.Equal(t, tt.fields, f.String())
			assert.Equal(t, tt.rv, rv)
		})
	}
}

func TestParsePath(t *testing.T) {
	tests := []struct {
		path string
		want target
		ok   bool
	}{
		{"/api/v1/namespaces/ns/pods/p/status", target{podsGVR, "ns", "p", "status"}, true},
		{"/api/v1/namespaces/ns/pods", target{podsGVR, "ns", "", ""}, true},
		{"/api/v1/namespaces/ns", target{schema.GroupVersionResource{Version: "v1", Resource: "namespaces"}, "", "ns", ""}, true},
		{"/api/v1/namespaces/ns/finalize", target{schema.GroupVersionResource{Version: "v1", Resource: "namespaces"}, "", "ns", "finalize"}, true},
		{"/apis/apps/v1/deployments", target{schema.GroupVersionResource{Group: "apps", Version: "v1", Resource: "deployments"}, "", "", ""}, true},
		{"/api/v1/namespaces/ns/pods/p/proxy/a/b", target{podsGVR, "ns", "p", "proxy/a/b"}, true},
		{"/api", target{}, false},
		{"/apis/apps/v1", target{}, false},
		{"/version", target{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			got, ok := parsePath(tt.path)
			require.Equal(t, tt.ok, ok)
			if ok {
				assert.Equal(t, tt.want, got)
			}
		})
	}
}

func TestMatches(t *testing.T) {
	status := NewUpdateSubresourceAction(podsGVR, "status", "ns", nil)
	plain := NewUpdateAction(podsGVR, "ns", nil)
	tests := []struct {
		name           string
		action         Action
		verb, resource string
		want           bool
	}{
		{"same", plain, "update", "pods", true},
		{"case", plain, "UPDATE", "Pods", true},
		{"wildcards", plain, "*", "*", true},
		{"other verb", plain, "get", "pods", false},
		{"other resource", plain, "update", "nodes", false},
		{"resource covers subresource", status, "update", "pods", true},
		{"subresource", status, "update", "pods/status", true},
		{"other subresource", status, "update", "pods/scale", false},
		{"subresource on main", plain, "update", "pods/status", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.action.Matches(tt.verb, tt.resource))
		})
	}
	f := &Fake{}
	f.AddReactor("update", "pods/status", answer("status only"))
	obj, _ := f.Invokes(status, nil)
	require.NotNil(t, obj)
	obj, _ = f.Invokes(plain, nil)
	assert.Nil(t, obj, "a pods/status reactor does not take the main resource")
}
