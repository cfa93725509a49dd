package v1alpha1

// WidgetListerExpansion is written by hand here, so gen-client leaves it
// out of expansion_generated.go.
type WidgetListerExpansion interface{}
