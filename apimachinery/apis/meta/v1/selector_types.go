package v1

// LabelSelector selects objects by their labels. The requirements of
// MatchLabels and MatchExpressions are ANDed. An empty selector matches
// everything; a nil one matches nothing.
type LabelSelector struct {
	// MatchLabels requires each key to have exactly the given value.
	MatchLabels map[string]string `json:"matchLabels,omitempty"`
	// MatchExpressions are further requirements.
	MatchExpressions []LabelSelectorRequirement `json:"matchExpressions,omitempty"`
}

// LabelSelectorRequirement is one requirement on one label key.
type LabelSelectorRequirement struct {
	// Key is the label key.
	Key string `json:"key"`
	// Operator is In, NotIn, Exists or DoesNotExist.
	Operator LabelSelectorOperator `json:"operator"`
	// Values must be non-empty for In and NotIn and empty otherwise.
	Values []string `json:"values,omitempty"`
}

// LabelSelectorOperator relates a label key to a set of values.
type LabelSelectorOperator string

// The operators of LabelSelectorRequirement.
const (
	// LabelSelectorOpIn requires the label's value to be one of Values.
	LabelSelectorOpIn LabelSelectorOperator = "In"
	// LabelSelectorOpNotIn requires it not to be one of Values (or absent).
	LabelSelectorOpNotIn LabelSelectorOperator = "NotIn"
	// LabelSelectorOpExists requires the label to be present.
	LabelSelectorOpExists LabelSelectorOperator = "Exists"
	// LabelSelectorOpDoesNotExist requires the label to be absent.
	LabelSelectorOpDoesNotExist LabelSelectorOperator = "DoesNotExist"
)

// FieldSelectorRequirement is one requirement on one field path.
type FieldSelectorRequirement struct {
	// Key is the field path, e.g. "metadata.name".
	Key string `json:"key"`
	// Operator is In, NotIn, Exists or DoesNotExist.
	Operator FieldSelectorOperator `json:"operator"`
	// Values must be non-empty for In and NotIn and empty otherwise.
	Values []string `json:"values,omitempty"`
}

// FieldSelectorOperator relates a field path to a set of values.
type FieldSelectorOperator string

// The operators of FieldSelectorRequirement.
const (
	// FieldSelectorOpIn requires the field's value to be one of Values.
	FieldSelectorOpIn FieldSelectorOperator = "In"
	// FieldSelectorOpNotIn requires it not to be one of Values.
	FieldSelectorOpNotIn FieldSelectorOperator = "NotIn"
	// FieldSelectorOpExists requires the field to be present.
	FieldSelectorOpExists FieldSelectorOperator = "Exists"
	// FieldSelectorOpDoesNotExist requires the field to be absent.
	FieldSelectorOpDoesNotExist FieldSelectorOperator = "DoesNotExist"
)
