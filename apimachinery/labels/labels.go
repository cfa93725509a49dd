package labels

import (
	"fmt"
	"sort"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
)

// Labels gives read access to a set of labels; a selector matches against
// it.
type Labels interface {
	// Has reports whether the label exists.
	Has(label string) (exists bool)

	// Get returns the label's value, or "" when it does not exist.
	Get(label string) (value string)

	// Lookup returns the label's value and whether it exists.
	Lookup(label string) (value string, exists bool)
}

// Set is a map of label keys to values. It implements Labels.
type Set map[string]string

// String renders ls as "key1=value1,key2=value2" with keys sorted.
func (ls Set) String() string {
	keys := make([]string, 0, len(ls))
	for k := range ls {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(ls[k])
	}
	return b.String()
}

// Has reports whether label is in ls.
func (ls Set) Has(label string) bool {
	_, exists := ls[label]
	return exists
}

// Get returns the value of label, or "".
func (ls Set) Get(label string) string {
	return ls[label]
}

// Lookup returns the value of label and whether it is in ls.
func (ls Set) Lookup(label string) (string, bool) {
	val, exists := ls[label]
	return val, exists
}

// AsSelector returns a selector matching exactly the labels of ls, without
// validating them. See SelectorFromSet.
func (ls Set) AsSelector() Selector {
	return SelectorFromSet(ls)
}

// AsValidatedSelector returns a selector matching exactly the labels of ls,
// or an error when a key or value is invalid.
func (ls Set) AsValidatedSelector() (Selector, error) {
	return ValidatedSelectorFromSet(ls)
}

// AsSelectorPreValidated returns a selector matching exactly the labels of
// ls, which the caller has already validated.
func (ls Set) AsSelectorPreValidated() Selector {
	return SelectorFromValidatedSet(ls)
}

// FormatLabels renders labelMap as Set.String does, or "<none>" when it is
// empty.
func FormatLabels(labelMap map[string]string) string {
	l := Set(labelMap).String()
	if l == "" {
		l = "<none>"
	}
	return l
}

// Conflicts reports whether some key is in both sets with different values.
func Conflicts(labels1, labels2 Set) bool {
	small, big := labels1, labels2
	if len(labels2) < len(labels1) {
		small, big = labels2, labels1
	}
	for k, v := range small {
		if val, ok := big[k]; ok && val != v {
			return true
		}
	}
	return false
}

// Merge returns a new set with the labels of both; labels2 wins where a key
// is in both.
func Merge(labels1, labels2 Set) Set {
	merged := make(Set, len(labels1)+len(labels2))
	for k, v := range labels1 {
		merged[k] = v
	}
	for k, v := range labels2 {
		merged[k] = v
	}
	return merged
}

// Equals reports whether the two sets hold the same keys and values.
func Equals(labels1, labels2 Set) bool {
	if len(labels1) != len(labels2) {
		return false
	}
	for k, v := range labels1 {
		if val, ok := labels2[k]; !ok || val != v {
			return false
		}
	}
	return true
}

// ConvertSelectorToLabelsMap converts an equality-only selector such as
// "a=b,c=d" into a Set. Keys and values are validated; an error names the
// offending term.
func ConvertSelectorToLabelsMap(selector string, opts ...field.PathOption) (Set, error) {
	labelsMap := Set{}
	if selector == "" {
		return labelsMap, nil
	}
	path := field.ToPath(opts...)
	for _, term := range strings.Split(selector, ",") {
		kv := strings.Split(term, "=")
		if len(kv) != 2 {
			return labelsMap, fmt.Errorf("invalid selector: %q is not of the form key=value", term)
		}
		key := strings.TrimSpace(kv[0])
		if err := validateLabelKey(key, path); err != nil {
			return labelsMap, err
		}
		value := strings.TrimSpace(kv[1])
		if err := validateLabelValue(value, path.Child("values").Key(key)); err != nil {
			return labelsMap, err
		}
		labelsMap[key] = value
	}
	return labelsMap, nil
}
