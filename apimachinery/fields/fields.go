package fields

import (
	"sort"
	"strings"
)

// Fields gives read access to a set of field values; a selector matches
// against it.
type Fields interface {
	// Has reports whether the field exists.
	Has(field string) (exists bool)

	// Get returns the field's value, or "" when it does not exist.
	Get(field string) (value string)
}

// Set is a map of field paths to values. It implements Fields.
type Set map[string]string

// String renders ls as "field1=value1,field2=value2" with fields sorted.
// Values are not escaped.
func (ls Set) String() string {
	terms := make([]string, 0, len(ls))
	for k, v := range ls {
		terms = append(terms, k+"="+v)
	}
	sort.Strings(terms)
	return strings.Join(terms, ",")
}

// Has reports whether field is in ls.
func (ls Set) Has(field string) bool {
	_, exists := ls[field]
	return exists
}

// Get returns the value of field, or "".
func (ls Set) Get(field string) string {
	return ls[field]
}

// AsSelector returns a selector that matches exactly the fields of ls.
func (ls Set) AsSelector() Selector {
	return SelectorFromSet(ls)
}
