package v1alpha1

// WidgetExpansion is hand-written: gen-client leaves it out of
// generated_expansion.go and skips the UpdateApproval method it declares.
type WidgetExpansion interface {
	UpdateApproval()
}

// PolicyExpansion is hand-written too.
type PolicyExpansion interface {
	Evict()
}
