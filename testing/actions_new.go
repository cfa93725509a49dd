package testing

import (
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/fields"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
)

// NewRootGetAction returns a get of a cluster-scoped object.
func NewRootGetAction(resource schema.GroupVersionResource, name string) GetActionImpl {
	return NewRootGetActionWithOptions(resource, name, metav1.GetOptions{})
}

// NewRootGetActionWithOptions returns a get of a cluster-scoped object.
func NewRootGetActionWithOptions(resource schema.GroupVersionResource, name string, opts metav1.GetOptions) GetActionImpl {
	return NewGetSubresourceActionWithOptions(resource, "", "", name, opts)
}

// NewGetAction returns a get of a namespaced object.
func NewGetAction(resource schema.GroupVersionResource, namespace, name string) GetActionImpl {
	return NewGetActionWithOptions(resource, namespace, name, metav1.GetOptions{})
}

// NewGetActionWithOptions returns a get of a namespaced object.
func NewGetActionWithOptions(resource schema.GroupVersionResource, namespace, name string, opts metav1.GetOptions) GetActionImpl {
	return NewGetSubresourceActionWithOptions(resource, namespace, "", name, opts)
}

// NewGetSubresourceAction returns a get of a subresource.
func NewGetSubresourceAction(resource schema.GroupVersionResource, namespace, subresource, name string) GetActionImpl {
	return NewGetSubresourceActionWithOptions(resource, namespace, subresource, name, metav1.GetOptions{})
}

// NewGetSubresourceActionWithOptions returns a get of a subresource.
func NewGetSubresourceActionWithOptions(resource schema.GroupVersionResource, namespace, subresource, name string, opts metav1.GetOptions) GetActionImpl {
	return GetActionImpl{
		ActionImpl: ActionImpl{Verb: "get", Resource: resource, Namespace: namespace, Subresource: subresource},
		Name:       name, GetOptions: opts,
	}
}

// NewRootGetSubresourceAction returns a get of a cluster-scoped subresource.
func NewRootGetSubresourceAction(resource schema.GroupVersionResource, subresource, name string) GetActionImpl {
	return NewGetSubresourceActionWithOptions(resource, "", subresource, name, metav1.GetOptions{})
}

// NewRootGetSubresourceActionWithOptions returns a get of a cluster-scoped
// subresource.
func NewRootGetSubresourceActionWithOptions(resource schema.GroupVersionResource, subresource, name string, opts metav1.GetOptions) GetActionImpl {
	return NewGetSubresourceActionWithOptions(resource, "", subresource, name, opts)
}

// NewRootListAction returns a list of a cluster-scoped resource; opts is a
// metav1.ListOptions or a pointer to one.
func NewRootListAction(resource schema.GroupVersionResource, kind schema.GroupVersionKind, opts interface{}) ListActionImpl {
	return NewListActionWithOptions(resource, kind, "", listOptionsOf(opts))
}

// NewRootListActionWithOptions returns a list of a cluster-scoped resource.
func NewRootListActionWithOptions(resource schema.GroupVersionResource, kind schema.GroupVersionKind, opts metav1.ListOptions) ListActionImpl {
	return NewListActionWithOptions(resource, kind, "", opts)
}

// NewListAction returns a list in a namespace; opts is a
// metav1.ListOptions or a pointer to one.
func NewListAction(resource schema.GroupVersionResource, kind schema.GroupVersionKind, namespace string, opts interface{}) ListActionImpl {
	return NewListActionWithOptions(resource, kind, namespace, listOptionsOf(opts))
}

// NewListActionWithOptions returns a list in a namespace.
func NewListActionWithOptions(resource schema.GroupVersionResource, kind schema.GroupVersionKind, namespace string, opts metav1.ListOptions) ListActionImpl {
	l, f, _ := ExtractFromListOptions(opts)
	return ListActionImpl{
		ActionImpl: ActionImpl{Verb: "list", Resource: resource, Namespace: namespace},
		Kind:       kind, ListRestrictions: ListRestrictions{Labels: l, Fields: f}, ListOptions: opts,
	}
}

// NewRootCreateAction returns a create of a cluster-scoped object.
func NewRootCreateAction(resource schema.GroupVersionResource, object runtime.Object) CreateActionImpl {
	return NewCreateSubresourceActionWithOptions(resource, "", "", "", object, metav1.CreateOptions{})
}

// NewRootCreateActionWithOptions returns a create of a cluster-scoped object.
func NewRootCreateActionWithOptions(resource schema.GroupVersionResource, object runtime.Object, opts metav1.CreateOptions) CreateActionImpl {
	return NewCreateSubresourceActionWithOptions(resource, "", "", "", object, opts)
}

// NewCreateAction returns a create in a namespace.
func NewCreateAction(resource schema.GroupVersionResource, namespace string, object runtime.Object) CreateActionImpl {
	return NewCreateSubresourceActionWithOptions(resource, "", "", namespace, object, metav1.CreateOptions{})
}

// NewCreateActionWithOptions returns a create in a namespace.
func NewCreateActionWithOptions(resource schema.GroupVersionResource, namespace string, object runtime.Object, opts metav1.CreateOptions) CreateActionImpl {
	return NewCreateSubresourceActionWithOptions(resource, "", "", namespace, object, opts)
}

// NewRootCreateSubresourceAction returns a create on a subresource of a
// cluster-scoped object.
func NewRootCreateSubresourceAction(resource schema.GroupVersionResource, name, subresource string, object runtime.Object) CreateActionImpl {
	return NewCreateSubresourceActionWithOptions(resource, name, subresource, "", object, metav1.CreateOptions{})
}

// NewRootCreateSubresourceActionWithOptions returns a create on a
// subresource of a cluster-scoped object.
func NewRootCreateSubresourceActionWithOptions(resource schema.GroupVersionResource, name, subresource string, object runtime.Object, opts metav1.CreateOptions) CreateActionImpl {
	return NewCreateSubresourceActionWithOptions(resource, name, subresource, "", object, opts)
}

// NewCreateSubresourceAction returns a create on a subresource (a binding,
// an eviction, a token request).
func NewCreateSubresourceAction(resource schema.GroupVersionResource, name, subresource, namespace string, object runtime.Object) CreateActionImpl {
	return NewCreateSubresourceActionWithOptions(resource, name, subresource, namespace, object, metav1.CreateOptions{})
}

// NewCreateSubresourceActionWithOptions returns a create on a subresource.
func NewCreateSubresourceActionWithOptions(resource schema.GroupVersionResource, name, subresource, namespace string, object runtime.Object, opts metav1.CreateOptions) CreateActionImpl {
	return CreateActionImpl{
		ActionImpl: ActionImpl{Verb: "create", Resource: resource, Namespace: namespace, Subresource: subresource},
		Name:       name, Object: object, CreateOptions: opts,
	}
}

// NewRootUpdateAction returns an update of a cluster-scoped object.
func NewRootUpdateAction(resource schema.GroupVersionResource, object runtime.Object) UpdateActionImpl {
	return NewUpdateSubresourceActionWithOptions(resource, "", "", object, metav1.UpdateOptions{})
}

// NewRootUpdateActionWithOptions returns an update of a cluster-scoped object.
func NewRootUpdateActionWithOptions(resource schema.GroupVersionResource, object runtime.Object, opts metav1.UpdateOptions) UpdateActionImpl {
	return NewUpdateSubresourceActionWithOptions(resource, "", "", object, opts)
}

// NewUpdateAction returns an update in a namespace.
func NewUpdateAction(resource schema.GroupVersionResource, namespace string, object runtime.Object) UpdateActionImpl {
	return NewUpdateSubresourceActionWithOptions(resource, "", namespace, object, metav1.UpdateOptions{})
}

// NewUpdateActionWithOptions returns an update in a namespace.
func NewUpdateActionWithOptions(resource schema.GroupVersionResource, namespace string, object runtime.Object, opts metav1.UpdateOptions) UpdateActionImpl {
	return NewUpdateSubresourceActionWithOptions(resource, "", namespace, object, opts)
}

// NewRootUpdateSubresourceAction returns an update of a subresource of a
// cluster-scoped object.
func NewRootUpdateSubresourceAction(resource schema.GroupVersionResource, subresource string, object runtime.Object) UpdateActionImpl {
	return NewUpdateSubresourceActionWithOptions(resource, subresource, "", object, metav1.UpdateOptions{})
}

// NewRootUpdateSubresourceActionWithOptions returns an update of a
// subresource of a cluster-scoped object.
func NewRootUpdateSubresourceActionWithOptions(resource schema.GroupVersionResource, subresource string, object runtime.Object, opts metav1.UpdateOptions) UpdateActionImpl {
	return NewUpdateSubresourceActionWithOptions(resource, subresource, "", object, opts)
}

// NewUpdateSubresourceAction returns an update of a subresource (status).
func NewUpdateSubresourceAction(resource schema.GroupVersionResource, subresource, namespace string, object runtime.Object) UpdateActionImpl {
	return NewUpdateSubresourceActionWithOptions(resource, subresource, namespace, object, metav1.UpdateOptions{})
}

// NewUpdateSubresourceActionWithOptions returns an update of a subresource.
func NewUpdateSubresourceActionWithOptions(resource schema.GroupVersionResource, subresource, namespace string, object runtime.Object, opts metav1.UpdateOptions) UpdateActionImpl {
	return UpdateActionImpl{
		ActionImpl: ActionImpl{Verb: "update", Resource: resource, Namespace: namespace, Subresource: subresource},
		Object:     object, UpdateOptions: opts,
	}
}

// NewRootDeleteAction returns a delete of a cluster-scoped object.
func NewRootDeleteAction(resource schema.GroupVersionResource, name string) DeleteActionImpl {
	return NewDeleteSubresourceActionWithOptions(resource, "", "", name, metav1.DeleteOptions{})
}

// NewRootDeleteActionWithOptions returns a delete of a cluster-scoped object.
func NewRootDeleteActionWithOptions(resource schema.GroupVersionResource, name string, opts metav1.DeleteOptions) DeleteActionImpl {
	return NewDeleteSubresourceActionWithOptions(resource, "", "", name, opts)
}

// NewDeleteAction returns a delete in a namespace.
func NewDeleteAction(resource schema.GroupVersionResource, namespace, name string) DeleteActionImpl {
	return NewDeleteSubresourceActionWithOptions(resource, "", namespace, name, metav1.DeleteOptions{})
}

// NewDeleteActionWithOptions returns a delete in a namespace.
func NewDeleteActionWithOptions(resource schema.GroupVersionResource, namespace, name string, opts metav1.DeleteOptions) DeleteActionImpl {
	return NewDeleteSubresourceActionWithOptions(resource, "", namespace, name, opts)
}

// NewRootDeleteSubresourceAction returns a delete of a subresource of a
// cluster-scoped object.
func NewRootDeleteSubresourceAction(resource schema.GroupVersionResource, subresource, name string) DeleteActionImpl {
	return NewDeleteSubresourceActionWithOptions(resource, subresource, "", name, metav1.DeleteOptions{})
}

// NewRootDeleteSubresourceActionWithOptions returns a delete of a
// subresource of a cluster-scoped object.
func NewRootDeleteSubresourceActionWithOptions(resource schema.GroupVersionResource, subresource, name string, opts metav1.DeleteOptions) DeleteActionImpl {
	return NewDeleteSubresourceActionWithOptions(resource, subresource, "", name, opts)
}

// NewDeleteSubresourceAction returns a delete of a subresource.
func NewDeleteSubresourceAction(resource schema.GroupVersionResource, subresource, namespace, name string) DeleteActionImpl {
	return NewDeleteSubresourceActionWithOptions(resource, subresource, namespace, name, metav1.DeleteOptions{})
}

// NewDeleteSubresourceActionWithOptions returns a delete of a subresource.
func NewDeleteSubresourceActionWithOptions(resource schema.GroupVersionResource, subresource, namespace, name string, opts metav1.DeleteOptions) DeleteActionImpl {
	return DeleteActionImpl{
		ActionImpl: ActionImpl{Verb: "delete", Resource: resource, Namespace: namespace, Subresource: subresource},
		Name:       name, DeleteOptions: opts,
	}
}

// NewRootDeleteCollectionAction returns a delete-collection of a
// cluster-scoped resource; opts is a metav1.ListOptions or a pointer to one.
func NewRootDeleteCollectionAction(resource schema.GroupVersionResource, opts interface{}) DeleteCollectionActionImpl {
	return NewDeleteCollectionActionWithOptions(resource, "", metav1.DeleteOptions{}, listOptionsOf(opts))
}

// NewRootDeleteCollectionActionWithOptions returns a delete-collection of a
// cluster-scoped resource.
func NewRootDeleteCollectionActionWithOptions(resource schema.GroupVersionResource, deleteOpts metav1.DeleteOptions, listOpts metav1.ListOptions) DeleteCollectionActionImpl {
	return NewDeleteCollectionActionWithOptions(resource, "", deleteOpts, listOpts)
}

// NewDeleteCollectionAction returns a delete-collection in a namespace;
// opts is a metav1.ListOptions or a pointer to one.
func NewDeleteCollectionAction(resource schema.GroupVersionResource, namespace string, opts interface{}) DeleteCollectionActionImpl {
	return NewDeleteCollectionActionWithOptions(resource, namespace, metav1.DeleteOptions{}, listOptionsOf(opts))
}

// NewDeleteCollectionActionWithOptions returns a delete-collection in a
// namespace.
func NewDeleteCollectionActionWithOptions(resource schema.GroupVersionResource, namespace string, deleteOpts metav1.DeleteOptions, listOpts metav1.ListOptions) DeleteCollectionActionImpl {
	l, f, _ := ExtractFromListOptions(listOpts)
	return DeleteCollectionActionImpl{
		ActionImpl:       ActionImpl{Verb: "delete-collection", Resource: resource, Namespace: namespace},
		ListRestrictions: ListRestrictions{Labels: l, Fields: f}, DeleteOptions: deleteOpts, ListOptions: listOpts,
	}
}

// NewRootPatchAction returns a patch of a cluster-scoped object.
func NewRootPatchAction(resource schema.GroupVersionResource, name string, pt types.PatchType, patch []byte) PatchActionImpl {
	return NewPatchSubresourceActionWithOptions(resource, "", name, pt, patch, metav1.PatchOptions{})
}

// NewRootPatchActionWithOptions returns a patch of a cluster-scoped object.
func NewRootPatchActionWithOptions(resource schema.GroupVersionResource, name string, pt types.PatchType, patch []byte, opts metav1.PatchOptions) PatchActionImpl {
	return NewPatchSubresourceActionWithOptions(resource, "", name, pt, patch, opts)
}

// NewPatchAction returns a patch in a namespace.
func NewPatchAction(resource schema.GroupVersionResource, namespace, name string, pt types.PatchType, patch []byte) PatchActionImpl {
	return NewPatchSubresourceActionWithOptions(resource, namespace, name, pt, patch, metav1.PatchOptions{})
}

// NewPatchActionWithOptions returns a patch in a namespace.
func NewPatchActionWithOptions(resource schema.GroupVersionResource, namespace, name string, pt types.PatchType, patch []byte, opts metav1.PatchOptions) PatchActionImpl {
	return NewPatchSubresourceActionWithOptions(resource, namespace, name, pt, patch, opts)
}

// NewRootPatchSubresourceAction returns a patch of a subresource of a
// cluster-scoped object; subresources are joined with "/".
func NewRootPatchSubresourceAction(resource schema.GroupVersionResource, name string, pt types.PatchType, patch []byte, subresources ...string) PatchActionImpl {
	return NewPatchSubresourceActionWithOptions(resource, "", name, pt, patch, metav1.PatchOptions{}, subresources...)
}

// NewRootPatchSubresourceActionWithOptions returns a patch of a subresource
// of a cluster-scoped object.
func NewRootPatchSubresourceActionWithOptions(resource schema.GroupVersionResource, name string, pt types.PatchType, patch []byte, opts metav1.PatchOptions, subresources ...string) PatchActionImpl {
	return NewPatchSubresourceActionWithOptions(resource, "", name, pt, patch, opts, subresources...)
}

// NewPatchSubresourceAction returns a patch of a subresource; subresources
// are joined with "/".
func NewPatchSubresourceAction(resource schema.GroupVersionResource, namespace, name string, pt types.PatchType, patch []byte, subresources ...string) PatchActionImpl {
	return NewPatchSubresourceActionWithOptions(resource, namespace, name, pt, patch, metav1.PatchOptions{}, subresources...)
}

// NewPatchSubresourceActionWithOptions returns a patch of a subresource.
func NewPatchSubresourceActionWithOptions(resource schema.GroupVersionResource, namespace, name string, pt types.PatchType, patch []byte, opts metav1.PatchOptions, subresources ...string) PatchActionImpl {
	sub := ""
	for i, s := range subresources {
		if i > 0 {
			sub += "/"
		}
		sub += s
	}
	return PatchActionImpl{
		ActionImpl: ActionImpl{Verb: "patch", Resource: resource, Namespace: namespace, Subresource: sub},
		Name:       name, PatchType: pt, Patch: patch, PatchOptions: opts,
	}
}

// NewRootWatchAction returns a watch of a cluster-scoped resource; opts is
// a metav1.ListOptions or a pointer to one.
func NewRootWatchAction(resource schema.GroupVersionResource, opts interface{}) WatchActionImpl {
	return NewWatchActionWithOptions(resource, "", listOptionsOf(opts))
}

// NewRootWatchActionWithOptions returns a watch of a cluster-scoped resource.
func NewRootWatchActionWithOptions(resource schema.GroupVersionResource, opts metav1.ListOptions) WatchActionImpl {
	return NewWatchActionWithOptions(resource, "", opts)
}

// NewWatchAction returns a watch in a namespace; opts is a
// metav1.ListOptions or a pointer to one.
func NewWatchAction(resource schema.GroupVersionResource, namespace string, opts interface{}) WatchActionImpl {
	return NewWatchActionWithOptions(resource, namespace, listOptionsOf(opts))
}

// NewWatchActionWithOptions returns a watch in a namespace.
func NewWatchActionWithOptions(resource schema.GroupVersionResource, namespace string, opts metav1.ListOptions) WatchActionImpl {
	l, f, rv := ExtractFromListOptions(opts)
	return WatchActionImpl{
		ActionImpl:        ActionImpl{Verb: "watch", Resource: resource, Namespace: namespace},
		WatchRestrictions: WatchRestrictions{Labels: l, Fields: f, ResourceVersion: rv}, ListOptions: opts,
	}
}

// NewProxyGetAction returns a GET through a pod's or service's proxy.
func NewProxyGetAction(resource schema.GroupVersionResource, namespace, scheme, name, port, path string, params map[string]string) ProxyGetActionImpl {
	return ProxyGetActionImpl{
		ActionImpl: ActionImpl{Verb: "get", Resource: resource, Namespace: namespace, Subresource: "proxy"},
		Scheme:     scheme, Name: name, Port: port, Path: path, Params: params,
	}
}

// ExtractFromListOptions returns the label selector, field selector and
// resourceVersion of a metav1.ListOptions (or pointer to one). Anything
// else, or a selector that does not parse, selects everything.
func ExtractFromListOptions(opts interface{}) (labelSelector labels.Selector, fieldSelector fields.Selector, resourceVersion string) {
	o := listOptionsOf(opts)
	labelSelector, err := labels.Parse(o.LabelSelector)
	if err != nil {
		labelSelector = labels.Everything()
	}
	fieldSelector, err = fields.ParseSelector(o.FieldSelector)
	if err != nil {
		fieldSelector = fields.Everything()
	}
	return labelSelector, fieldSelector, o.ResourceVersion
}

// listOptionsOf returns the ListOptions in opts, or the zero value.
func listOptionsOf(opts interface{}) metav1.ListOptions {
	switch o := opts.(type) {
	case metav1.ListOptions:
		return o
	case *metav1.ListOptions:
		if o != nil {
			return *o
		}
	}
	return metav1.ListOptions{}
}
