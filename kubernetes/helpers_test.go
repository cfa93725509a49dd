package kubernetes_test

import (
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/kubernetes/scheme"
)

// kubernetesCodecs is the serializer typed clients use.
func kubernetesCodecs() runtime.NegotiatedSerializer { return scheme.Codecs.WithoutConversion() }
