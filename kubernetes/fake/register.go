package fake

import "github.com/skiff-k8s/skiff/kubernetes/scheme"

// AddToScheme adds every built-in kind the fake clientset serves to a
// scheme, as the reference's fake package offers.
var AddToScheme = scheme.AddToScheme
