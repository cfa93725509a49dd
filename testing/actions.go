package testing

import (
	"maps"
	"strings"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/fields"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
)

// Action is one request a fake client received: a verb on a resource,
// optionally in a namespace and on a subresource.
type Action interface {
	GetNamespace() string
	GetVerb() string
	GetResource() schema.GroupVersionResource
	GetSubresource() string
	Matches(verb, resource string) bool
	DeepCopy() Action
}

// GenericAction is an Action carrying an arbitrary value.
type GenericAction interface {
	Action
	GetValue() interface{}
}

// GetAction is a get of one named object.
type GetAction interface {
	Action
	GetName() string
}

// ListAction is a list with label and field restrictions.
type ListAction interface {
	Action
	GetListRestrictions() ListRestrictions
}

// CreateAction is a create carrying the object sent.
type CreateAction interface {
	Action
	GetObject() runtime.Object
}

// UpdateAction is an update carrying the object sent.
type UpdateAction interface {
	Action
	GetObject() runtime.Object
}

// DeleteAction is a delete of one named object.
type DeleteAction interface {
	Action
	GetName() string
	GetDeleteOptions() metav1.DeleteOptions
}

// DeleteCollectionAction is a delete of every object matching restrictions.
type DeleteCollectionAction interface {
	Action
	GetListRestrictions() ListRestrictions
}

// PatchAction is a patch of one named object.
type PatchAction interface {
	Action
	GetName() string
	GetPatchType() types.PatchType
	GetPatch() []byte
}

// WatchAction is a watch with label, field and resourceVersion restrictions.
type WatchAction interface {
	Action
	GetWatchRestrictions() WatchRestrictions
}

// ProxyGetAction is a GET through the proxy subresource.
type ProxyGetAction interface {
	Action
	GetScheme() string
	GetName() string
	GetPort() string
	GetPath() string
	GetParams() map[string]string
}

// ListRestrictions are the selectors of a list or delete-collection.
type ListRestrictions struct {
	Labels labels.Selector
	Fields fields.Selector
}

// WatchRestrictions are the selectors and resourceVersion of a watch.
type WatchRestrictions struct {
	Labels          labels.Selector
	Fields          fields.Selector
	ResourceVersion string
}

// ActionImpl holds what every Action has.
type ActionImpl struct {
	Namespace   string
	Verb        string
	Resource    schema.GroupVersionResource
	Subresource string
}

// GetNamespace returns the namespace, empty for cluster-scoped requests.
func (a ActionImpl) GetNamespace() string { return a.Namespace }

// GetVerb returns the verb (get, list, create, ...).
func (a ActionImpl) GetVerb() string { return a.Verb }

// GetResource returns the resource.
func (a ActionImpl) GetResource() schema.GroupVersionResource { return a.Resource }

// GetSubresource returns the subresource, empty for the main resource.
func (a ActionImpl) GetSubresource() string { return a.Subresource }

// Matches says whether the action has the verb and the resource, ignoring
// case. The resource is a plural name, matching the resource and any of
// its subresources, or "<resource>/<subresource>"; "*" matches any verb or
// resource.
func (a ActionImpl) Matches(verb, resource string) bool {
	if verb != "*" && !strings.EqualFold(verb, a.Verb) {
		return false
	}
	if resource == "*" {
		return true
	}
	top, sub, hasSub := strings.Cut(resource, "/")
	if !strings.EqualFold(top, a.Resource.Resource) {
		return false
	}
	return !hasSub || strings.EqualFold(sub, a.Subresource)
}

// DeepCopy returns a copy of the action.
func (a ActionImpl) DeepCopy() Action { return a }

// GenericActionImpl is an Action with an arbitrary value.
type GenericActionImpl struct {
	ActionImpl
	Value interface{}
}

// GetValue returns the value.
func (a GenericActionImpl) GetValue() interface{} { return a.Value }

// DeepCopy returns a copy of the action; the value is shared.
func (a GenericActionImpl) DeepCopy() Action { return a }

// GetActionImpl is the GetAction the fakes record.
type GetActionImpl struct {
	ActionImpl
	Name       string
	GetOptions metav1.GetOptions
}

// GetName returns the object name.
func (a GetActionImpl) GetName() string { return a.Name }

// GetGetOptions returns the options of the get.
func (a GetActionImpl) GetGetOptions() metav1.GetOptions { return a.GetOptions }

// DeepCopy returns a copy of the action.
func (a GetActionImpl) DeepCopy() Action { return a }

// ListActionImpl is the ListAction the fakes record.
type ListActionImpl struct {
	ActionImpl
	Kind             schema.GroupVersionKind
	Name             string
	ListRestrictions ListRestrictions
	ListOptions      metav1.ListOptions
}

// GetKind returns the kind listed.
func (a ListActionImpl) GetKind() schema.GroupVersionKind { return a.Kind }

// GetListRestrictions returns the label and field selectors.
func (a ListActionImpl) GetListRestrictions() ListRestrictions { return a.ListRestrictions }

// GetListOptions returns the options of the list.
func (a ListActionImpl) GetListOptions() metav1.ListOptions { return a.ListOptions }

// DeepCopy returns a copy of the action with copied selectors.
func (a ListActionImpl) DeepCopy() Action {
	a.ListRestrictions = a.ListRestrictions.deepCopy()
	return a
}

// CreateActionImpl is the CreateAction the fakes record.
type CreateActionImpl struct {
	ActionImpl
	Name          string
	Object        runtime.Object
	CreateOptions metav1.CreateOptions
}

// GetObject returns the object sent.
func (a CreateActionImpl) GetObject() runtime.Object { return a.Object }

// GetCreateOptions returns the options of the create.
func (a CreateActionImpl) GetCreateOptions() metav1.CreateOptions { return a.CreateOptions }

// DeepCopy returns a copy of the action with a copy of its object.
func (a CreateActionImpl) DeepCopy() Action {
	a.Object = copyObject(a.Object)
	return a
}

// UpdateActionImpl is the UpdateAction the fakes record.
type UpdateActionImpl struct {
	ActionImpl
	Object        runtime.Object
	UpdateOptions metav1.UpdateOptions
}

// GetObject returns the object sent.
func (a UpdateActionImpl) GetObject() runtime.Object { return a.Object }

// GetUpdateOptions returns the options of the update.
func (a UpdateActionImpl) GetUpdateOptions() metav1.UpdateOptions { return a.UpdateOptions }

// DeepCopy returns a copy of the action with a copy of its object.
func (a UpdateActionImpl) DeepCopy() Action {
	a.Object = copyObject(a.Object)
	return a
}

// DeleteActionImpl is the DeleteAction the fakes record.
type DeleteActionImpl struct {
	ActionImpl
	Name          string
	DeleteOptions metav1.DeleteOptions
}

// GetName returns the object name.
func (a DeleteActionImpl) GetName() string { return a.Name }

// GetDeleteOptions returns the options of the delete.
func (a DeleteActionImpl) GetDeleteOptions() metav1.DeleteOptions { return a.DeleteOptions }

// DeepCopy returns a copy of the action.
func (a DeleteActionImpl) DeepCopy() Action { return a }

// DeleteCollectionActionImpl is the DeleteCollectionAction the fakes record.
type DeleteCollectionActionImpl struct {
	ActionImpl
	ListRestrictions ListRestrictions
	DeleteOptions    metav1.DeleteOptions
	ListOptions      metav1.ListOptions
}

// GetListRestrictions returns the label and field selectors.
func (a DeleteCollectionActionImpl) GetListRestrictions() ListRestrictions {
	return a.ListRestrictions
}

// GetDeleteOptions returns the delete options.
func (a DeleteCollectionActionImpl) GetDeleteOptions() metav1.DeleteOptions {
	return a.DeleteOptions
}

// GetListOptions returns the list options selecting the objects.
func (a DeleteCollectionActionImpl) GetListOptions() metav1.ListOptions { return a.ListOptions }

// DeepCopy returns a copy of the action with copied selectors.
func (a DeleteCollectionActionImpl) DeepCopy() Action {
	a.ListRestrictions = a.ListRestrictions.deepCopy()
	return a
}

// PatchActionImpl is the PatchAction the fakes record.
type PatchActionImpl struct {
	ActionImpl
	Name         string
	PatchType    types.PatchType
	Patch        []byte
	PatchOptions metav1.PatchOptions
}

// GetName returns the object name.
func (a PatchActionImpl) GetName() string { return a.Name }

// GetPatch returns the patch body.
func (a PatchActionImpl) GetPatch() []byte { return a.Patch }

// GetPatchType returns the patch type.
func (a PatchActionImpl) GetPatchType() types.PatchType { return a.PatchType }

// GetPatchOptions returns the options of the patch.
func (a PatchActionImpl) GetPatchOptions() metav1.PatchOptions { return a.PatchOptions }

// DeepCopy returns a copy of the action with a copy of the patch.
func (a PatchActionImpl) DeepCopy() Action {
	if a.Patch != nil {
		a.Patch = append([]byte(nil), a.Patch...)
	}
	return a
}

// WatchActionImpl is the WatchAction the fakes record.
type WatchActionImpl struct {
	ActionImpl
	WatchRestrictions WatchRestrictions
	ListOptions       metav1.ListOptions
}

// GetWatchRestrictions returns the selectors and resourceVersion.
func (a WatchActionImpl) GetWatchRestrictions() WatchRestrictions { return a.WatchRestrictions }

// GetListOptions returns the options of the watch.
func (a WatchActionImpl) GetListOptions() metav1.ListOptions { return a.ListOptions }

// DeepCopy returns a copy of the action with copied selectors.
func (a WatchActionImpl) DeepCopy() Action {
	l := ListRestrictions{Labels: a.WatchRestrictions.Labels, Fields: a.WatchRestrictions.Fields}.deepCopy()
	a.WatchRestrictions.Labels, a.WatchRestrictions.Fields = l.Labels, l.Fields
	return a
}

// ProxyGetActionImpl is the ProxyGetAction the fakes record.
type ProxyGetActionImpl struct {
	ActionImpl
	Scheme string
	Name   string
	Port   string
	Path   string
	Params map[string]string
}

// GetScheme returns the scheme (http or https) proxied to.
func (a ProxyGetActionImpl) GetScheme() string { return a.Scheme }

// GetName returns the object name.
func (a ProxyGetActionImpl) GetName() string { return a.Name }

// GetPort returns the port proxied to.
func (a ProxyGetActionImpl) GetPort() string { return a.Port }

// GetPath returns the path proxied to.
func (a ProxyGetActionImpl) GetPath() string { return a.Path }

// GetParams returns the query parameters.
func (a ProxyGetActionImpl) GetParams() map[string]string { return a.Params }

// DeepCopy returns a copy of the action with a copy of its parameters.
func (a ProxyGetActionImpl) DeepCopy() Action {
	a.Params = maps.Clone(a.Params)
	return a
}

// deepCopy copies the selectors.
func (r ListRestrictions) deepCopy() ListRestrictions {
	if r.Labels != nil {
		r.Labels = r.Labels.DeepCopySelector()
	}
	if r.Fields != nil {
		r.Fields = r.Fields.DeepCopySelector()
	}
	return r
}

// copyObject deep-copies obj, keeping nil.
func copyObject(obj runtime.Object) runtime.Object {
	if obj == nil {
		return nil
	}
	return obj.DeepCopyObject()
}
