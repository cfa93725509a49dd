package runtime

import "github.com/skiff-k8s/skiff/apimachinery/runtime/schema"

// Object is what every API type implements: it can say what kind it is and
// copy itself deeply.
type Object interface {
	GetObjectKind() schema.ObjectKind
	DeepCopyObject() Object
}
