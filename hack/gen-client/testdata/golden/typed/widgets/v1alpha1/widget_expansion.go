package v1alpha1

import "context"

// WidgetExpansion is hand-written: gen-client leaves it out of
// generated_expansion.go and skips the UpdateApproval method it declares.
type WidgetExpansion interface {
	UpdateApproval(ctx context.Context) error
}

// UpdateApproval stands in for a hand-written method.
func (c *widgets) UpdateApproval(ctx context.Context) error { return nil }

// PolicyExpansion is hand-written too.
type PolicyExpansion interface {
	Evict(ctx context.Context) error
}

// Evict stands in for a hand-written method.
func (c *policies) Evict(ctx context.Context) error { return nil }
