package pager

import (
	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// list gathers the items of several pages. Its metadata is the first
// page's resource version; its items are the objects of every page.
// meta.ListAccessor, meta.ExtractList and meta.EachListItem work on it.
type list struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []runtime.Object
}

// newList returns an empty list with first's resource version, room for
// about one page.
func newList(first meta.List, pageSize int64) *list {
	capacity := pageSize + 1
	if capacity < 1 || capacity > 1<<16 {
		capacity = 1 << 10
	}
	l := &list{Items: make([]runtime.Object, 0, capacity)}
	l.ResourceVersion = first.GetResourceVersion()
	l.SelfLink = first.GetSelfLink()
	return l
}

// add appends the items of page.
func (l *list) add(page runtime.Object, allocNew bool) error {
	appendItem := func(obj runtime.Object) error {
		l.Items = append(l.Items, obj)
		return nil
	}
	if allocNew {
		return meta.EachListItemWithAlloc(page, appendItem)
	}
	return meta.EachListItem(page, appendItem)
}

// DeepCopyObject implements runtime.Object.
func (l *list) DeepCopyObject() runtime.Object {
	if l == nil {
		return nil
	}
	out := &list{TypeMeta: l.TypeMeta}
	l.ListMeta.DeepCopyInto(&out.ListMeta)
	if l.Items != nil {
		out.Items = make([]runtime.Object, len(l.Items))
		for i, item := range l.Items {
			if item != nil {
				out.Items[i] = item.DeepCopyObject()
			}
		}
	}
	return out
}
