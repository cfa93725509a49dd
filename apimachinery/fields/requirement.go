package fields

import "github.com/skiff-k8s/skiff/apimachinery/selection"

// Requirement is one term of a field selector: a field, an operator
// (Equals or NotEquals) and a value.
type Requirement struct {
	Operator selection.Operator
	Field    string
	Value    string
}

// Requirements is a list of requirements, all of which must hold.
type Requirements []Requirement
