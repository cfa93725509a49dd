package v1

import "github.com/skiff-k8s/skiff/apimachinery/types"

// ListOptions are the query parameters of list and watch requests.
type ListOptions struct {
	TypeMeta `json:",inline"`
	// LabelSelector restricts the result by labels, e.g. "app=web,tier!=db".
	LabelSelector string `json:"labelSelector,omitempty"`
	// FieldSelector restricts the result by fields, e.g.
	// "metadata.name=x".
	FieldSelector string `json:"fieldSelector,omitempty"`
	// Watch turns the request into a watch.
	Watch bool `json:"watch,omitempty"`
	// AllowWatchBookmarks asks for BOOKMARK events on a watch.
	AllowWatchBookmarks bool `json:"allowWatchBookmarks,omitempty"`
	// ResourceVersion says which version of the store to read from or watch
	// after; its meaning depends on ResourceVersionMatch.
	ResourceVersion string `json:"resourceVersion,omitempty"`
	// ResourceVersionMatch says how ResourceVersion applies to a list.
	ResourceVersionMatch ResourceVersionMatch `json:"resourceVersionMatch,omitempty"`
	// TimeoutSeconds bounds the duration of a list or watch call.
	TimeoutSeconds *int64 `json:"timeoutSeconds,omitempty"`
	// Limit is the page size of a list; zero means no paging.
	Limit int64 `json:"limit,omitempty"`
	// Continue is the token of the page to fetch, from ListMeta.Continue.
	Continue string `json:"continue,omitempty"`
	// SendInitialEvents asks a watch to begin with synthetic ADDED events
	// for the current state.
	SendInitialEvents *bool `json:"sendInitialEvents,omitempty"`
}

// ResourceVersionMatch says how a list's ResourceVersion is applied.
type ResourceVersionMatch string

// The values of ListOptions.ResourceVersionMatch.
const (
	// ResourceVersionMatchNotOlderThan returns data at least as new as the
	// given version.
	ResourceVersionMatchNotOlderThan ResourceVersionMatch = "NotOlderThan"
	// ResourceVersionMatchExact returns data at exactly the given version.
	ResourceVersionMatchExact ResourceVersionMatch = "Exact"
)

// GetOptions are the query parameters of a get request.
type GetOptions struct {
	TypeMeta `json:",inline"`
	// ResourceVersion, when set, allows the server to answer from its cache
	// at least as new as this version.
	ResourceVersion string `json:"resourceVersion,omitempty"`
}

// DryRunAll is the dryRun value that runs every stage without persisting.
const DryRunAll = "All"

// The values of the fieldValidation parameter of writes.
const (
	// FieldValidationIgnore drops unknown and duplicate fields silently.
	FieldValidationIgnore = "Ignore"
	// FieldValidationWarn drops them and returns a warning for each.
	FieldValidationWarn = "Warn"
	// FieldValidationStrict fails the request on them.
	FieldValidationStrict = "Strict"
)

// CreateOptions are the query parameters of a create request.
type CreateOptions struct {
	TypeMeta `json:",inline"`
	// DryRun, when ["All"], validates without persisting.
	DryRun []string `json:"dryRun,omitempty"`
	// FieldManager names the actor making the change.
	FieldManager string `json:"fieldManager,omitempty"`
	// FieldValidation is Ignore, Warn or Strict.
	FieldValidation string `json:"fieldValidation,omitempty"`
}

// UpdateOptions are the query parameters of an update request.
type UpdateOptions struct {
	TypeMeta `json:",inline"`
	// DryRun, when ["All"], validates without persisting.
	DryRun []string `json:"dryRun,omitempty"`
	// FieldManager names the actor making the change.
	FieldManager string `json:"fieldManager,omitempty"`
	// FieldValidation is Ignore, Warn or Strict.
	FieldValidation string `json:"fieldValidation,omitempty"`
}

// PatchOptions are the query parameters of a patch request.
type PatchOptions struct {
	TypeMeta `json:",inline"`
	// DryRun, when ["All"], validates without persisting.
	DryRun []string `json:"dryRun,omitempty"`
	// Force takes conflicting fields away from other managers; only for
	// apply patches.
	Force *bool `json:"force,omitempty"`
	// FieldManager names the actor making the change; required for apply.
	FieldManager string `json:"fieldManager,omitempty"`
	// FieldValidation is Ignore, Warn or Strict.
	FieldValidation string `json:"fieldValidation,omitempty"`
}

// ApplyOptions are the options of a server-side apply, sent as a patch.
type ApplyOptions struct {
	TypeMeta `json:",inline"`
	// DryRun, when ["All"], validates without persisting.
	DryRun []string `json:"dryRun,omitempty"`
	// Force takes conflicting fields away from other managers.
	Force bool `json:"force"`
	// FieldManager names the actor applying; required.
	FieldManager string `json:"fieldManager"`
}

// ToPatchOptions returns the PatchOptions that carry o in a patch request;
// Force is always set, so "force=false" is sent explicitly.
func (o ApplyOptions) ToPatchOptions() PatchOptions {
	force := o.Force
	return PatchOptions{DryRun: o.DryRun, Force: &force, FieldManager: o.FieldManager}
}

// DeletionPropagation says what happens to an object's dependents when it is
// deleted.
type DeletionPropagation string

// The values of DeleteOptions.PropagationPolicy.
const (
	// DeletePropagationOrphan leaves the dependents alone.
	DeletePropagationOrphan DeletionPropagation = "Orphan"
	// DeletePropagationBackground deletes the object now and the dependents
	// later.
	DeletePropagationBackground DeletionPropagation = "Background"
	// DeletePropagationForeground deletes the dependents first.
	DeletePropagationForeground DeletionPropagation = "Foreground"
)

// DeleteOptions are the body (or query parameters) of a delete request.
type DeleteOptions struct {
	TypeMeta `json:",inline"`
	// GracePeriodSeconds overrides the object's grace period; zero deletes
	// immediately.
	GracePeriodSeconds *int64 `json:"gracePeriodSeconds,omitempty"`
	// Preconditions must hold for the deletion to happen.
	Preconditions *Preconditions `json:"preconditions,omitempty"`
	// OrphanDependents is deprecated; use PropagationPolicy.
	OrphanDependents *bool `json:"orphanDependents,omitempty"`
	// PropagationPolicy is Orphan, Background or Foreground.
	PropagationPolicy *DeletionPropagation `json:"propagationPolicy,omitempty"`
	// DryRun, when ["All"], validates without persisting.
	DryRun []string `json:"dryRun,omitempty"`
	// IgnoreStoreReadErrorWithClusterBreakingPotential deletes an object
	// that cannot be read from storage; dangerous.
	IgnoreStoreReadErrorWithClusterBreakingPotential *bool `json:"ignoreStoreReadErrorWithClusterBreakingPotential,omitempty"`
}

// Preconditions must be met before an operation (a delete) happens.
type Preconditions struct {
	// UID is the UID the object must have.
	UID *types.UID `json:"uid,omitempty"`
	// ResourceVersion is the version the object must be at.
	ResourceVersion *string `json:"resourceVersion,omitempty"`
}

// IncludeObjectPolicy says how much of each object a server-side table row
// carries.
type IncludeObjectPolicy string

// The values of TableOptions.IncludeObject.
const (
	// IncludeNone leaves the object out of each row.
	IncludeNone IncludeObjectPolicy = "None"
	// IncludeMetadata puts PartialObjectMetadata in each row.
	IncludeMetadata IncludeObjectPolicy = "Metadata"
	// IncludeObject puts the whole object in each row.
	IncludeObject IncludeObjectPolicy = "Object"
)

// TableOptions are the query parameters of a request for a Table.
type TableOptions struct {
	TypeMeta `json:",inline"`
	// NoHeaders leaves out the column definitions; not sent on the wire.
	NoHeaders bool `json:"-"`
	// IncludeObject is None, Metadata (the default) or Object.
	IncludeObject IncludeObjectPolicy `json:"includeObject,omitempty"`
}

// Patch is the body of a patch request; its content type says its format.
type Patch struct{}
