package runtime

import (
	"fmt"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// InternalGroupVersioner converts any kind to the internal version of its
// group.
var InternalGroupVersioner GroupVersioner = internalGroupVersioner{}

// DisabledGroupVersioner never picks a target: encoders and decoders given
// it do not convert.
var DisabledGroupVersioner GroupVersioner = disabledGroupVersioner{}

type internalGroupVersioner struct{}

// KindForGroupVersionKinds returns the internal kind of the first kind, or
// the first kind already internal.
func (internalGroupVersioner) KindForGroupVersionKinds(kinds []schema.GroupVersionKind) (schema.GroupVersionKind, bool) {
	for _, kind := range kinds {
		if kind.Version == APIVersionInternal {
			return kind, true
		}
	}
	for _, kind := range kinds {
		return schema.GroupVersionKind{Group: kind.Group, Version: APIVersionInternal, Kind: kind.Kind}, true
	}
	return schema.GroupVersionKind{}, false
}

func (internalGroupVersioner) Identifier() string { return "internal" }

type disabledGroupVersioner struct{}

// KindForGroupVersionKinds always returns false.
func (disabledGroupVersioner) KindForGroupVersionKinds([]schema.GroupVersionKind) (schema.GroupVersionKind, bool) {
	return schema.GroupVersionKind{}, false
}

func (disabledGroupVersioner) Identifier() string { return "disabled" }

// multiGroupVersioner targets one version but accepts kinds of other groups
// unchanged.
type multiGroupVersioner struct {
	target             schema.GroupVersion
	acceptedGroupKinds []schema.GroupKind
	coerce             bool
}

// NewMultiGroupVersioner returns a versioner that converts to gv any kind
// whose group is gv's or whose group and kind are among groupKinds (a Kind
// of "*" accepts every kind of that group).
func NewMultiGroupVersioner(gv schema.GroupVersion, groupKinds ...schema.GroupKind) GroupVersioner {
	if len(groupKinds) == 0 || (len(groupKinds) == 1 && groupKinds[0].Group == gv.Group) {
		return gv
	}
	return multiGroupVersioner{target: gv, acceptedGroupKinds: groupKinds}
}

// NewCoercingMultiGroupVersioner is NewMultiGroupVersioner that, when no
// kind matches, converts the first kind to gv anyway.
func NewCoercingMultiGroupVersioner(gv schema.GroupVersion, groupKinds ...schema.GroupKind) GroupVersioner {
	return multiGroupVersioner{target: gv, acceptedGroupKinds: groupKinds, coerce: true}
}

func (v multiGroupVersioner) KindForGroupVersionKinds(kinds []schema.GroupVersionKind) (schema.GroupVersionKind, bool) {
	for _, src := range kinds {
		for _, kind := range v.acceptedGroupKinds {
			if kind.Group != src.Group {
				continue
			}
			if kind.Kind != "" && kind.Kind != "*" && kind.Kind != src.Kind {
				continue
			}
			return v.target.WithKind(src.Kind), true
		}
	}
	if v.coerce && len(kinds) > 0 {
		return v.target.WithKind(kinds[0].Kind), true
	}
	return schema.GroupVersionKind{}, false
}

func (v multiGroupVersioner) Identifier() string {
	groupKinds := make([]string, 0, len(v.acceptedGroupKinds))
	for _, gk := range v.acceptedGroupKinds {
		groupKinds = append(groupKinds, gk.String())
	}
	return fmt.Sprintf("multi(%s,%s,%t)", v.target.String(), strings.Join(groupKinds, ";"), v.coerce)
}
