package meta

import (
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/types"
)

// NewAccessor returns a MetadataAccessor that works on any object whose
// metadata Accessor, CommonAccessor or ListAccessor can reach.
func NewAccessor() MetadataAccessor {
	return resourceAccessor{}
}

// resourceAccessor implements MetadataAccessor with the package's accessor
// functions.
type resourceAccessor struct{}

func (resourceAccessor) Kind(obj runtime.Object) (string, error) {
	return objectAccessor{obj}.GetKind(), nil
}

func (resourceAccessor) SetKind(obj runtime.Object, kind string) error {
	objectAccessor{obj}.SetKind(kind)
	return nil
}

func (resourceAccessor) APIVersion(obj runtime.Object) (string, error) {
	return objectAccessor{obj}.GetAPIVersion(), nil
}

func (resourceAccessor) SetAPIVersion(obj runtime.Object, version string) error {
	objectAccessor{obj}.SetAPIVersion(version)
	return nil
}

func (resourceAccessor) Namespace(obj runtime.Object) (string, error) {
	a, err := Accessor(obj)
	if err != nil {
		return "", err
	}
	return a.GetNamespace(), nil
}

func (resourceAccessor) SetNamespace(obj runtime.Object, namespace string) error {
	a, err := Accessor(obj)
	if err != nil {
		return err
	}
	a.SetNamespace(namespace)
	return nil
}

func (resourceAccessor) Name(obj runtime.Object) (string, error) {
	a, err := Accessor(obj)
	if err != nil {
		return "", err
	}
	return a.GetName(), nil
}

func (resourceAccessor) SetName(obj runtime.Object, name string) error {
	a, err := Accessor(obj)
	if err != nil {
		return err
	}
	a.SetName(name)
	return nil
}

func (resourceAccessor) GenerateName(obj runtime.Object) (string, error) {
	a, err := Accessor(obj)
	if err != nil {
		return "", err
	}
	return a.GetGenerateName(), nil
}

func (resourceAccessor) SetGenerateName(obj runtime.Object, name string) error {
	a, err := Accessor(obj)
	if err != nil {
		return err
	}
	a.SetGenerateName(name)
	return nil
}

func (resourceAccessor) UID(obj runtime.Object) (types.UID, error) {
	a, err := Accessor(obj)
	if err != nil {
		return "", err
	}
	return a.GetUID(), nil
}

func (resourceAccessor) SetUID(obj runtime.Object, uid types.UID) error {
	a, err := Accessor(obj)
	if err != nil {
		return err
	}
	a.SetUID(uid)
	return nil
}

func (resourceAccessor) SelfLink(obj runtime.Object) (string, error) {
	a, err := CommonAccessor(obj)
	if err != nil {
		return "", err
	}
	return a.GetSelfLink(), nil
}

func (resourceAccessor) SetSelfLink(obj runtime.Object, selfLink string) error {
	a, err := CommonAccessor(obj)
	if err != nil {
		return err
	}
	a.SetSelfLink(selfLink)
	return nil
}

func (resourceAccessor) Labels(obj runtime.Object) (map[string]string, error) {
	a, err := Accessor(obj)
	if err != nil {
		return nil, err
	}
	return a.GetLabels(), nil
}

func (resourceAccessor) SetLabels(obj runtime.Object, labels map[string]string) error {
	a, err := Accessor(obj)
	if err != nil {
		return err
	}
	a.SetLabels(labels)
	return nil
}

func (resourceAccessor) Annotations(obj runtime.Object) (map[string]string, error) {
	a, err := Accessor(obj)
	if err != nil {
		return nil, err
	}
	return a.GetAnnotations(), nil
}

func (resourceAccessor) SetAnnotations(obj runtime.Object, annotations map[string]string) error {
	a, err := Accessor(obj)
	if err != nil {
		return err
	}
	a.SetAnnotations(annotations)
	return nil
}

func (resourceAccessor) ResourceVersion(obj runtime.Object) (string, error) {
	a, err := CommonAccessor(obj)
	if err != nil {
		return "", err
	}
	return a.GetResourceVersion(), nil
}

func (resourceAccessor) SetResourceVersion(obj runtime.Object, version string) error {
	a, err := CommonAccessor(obj)
	if err != nil {
		return err
	}
	a.SetResourceVersion(version)
	return nil
}

func (resourceAccessor) Continue(obj runtime.Object) (string, error) {
	a, err := ListAccessor(obj)
	if err != nil {
		return "", err
	}
	return a.GetContinue(), nil
}

func (resourceAccessor) SetContinue(obj runtime.Object, c string) error {
	a, err := ListAccessor(obj)
	if err != nil {
		return err
	}
	a.SetContinue(c)
	return nil
}
