package v1

// ConditionStatus is the state of a condition: True, False or Unknown.
type ConditionStatus string

// The values of ConditionStatus.
const (
	// ConditionTrue: the condition holds.
	ConditionTrue ConditionStatus = "True"
	// ConditionFalse: the condition does not hold.
	ConditionFalse ConditionStatus = "False"
	// ConditionUnknown: the controller cannot tell.
	ConditionUnknown ConditionStatus = "Unknown"
)

// Condition is one aspect of an object's state, as recorded in the
// conditions list of its status.
type Condition struct {
	// Type names the condition in CamelCase, e.g. "Ready".
	Type string `json:"type"`
	// Status is True, False or Unknown.
	Status ConditionStatus `json:"status"`
	// ObservedGeneration is the metadata.generation the condition was
	// computed from.
	ObservedGeneration int64 `json:"observedGeneration,omitempty"`
	// LastTransitionTime is when Status last changed.
	LastTransitionTime Time `json:"lastTransitionTime"`
	// Reason is a CamelCase word explaining the last transition.
	Reason string `json:"reason"`
	// Message explains the last transition for people.
	Message string `json:"message"`
}
