package labels

import (
	"slices"
	"sort"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/selection"
)

// Selector decides whether a set of labels is selected.
type Selector interface {
	// Matches reports whether the labels satisfy the selector.
	Matches(Labels) bool

	// Empty reports whether the selector has no requirements and so
	// matches everything.
	Empty() bool

	// String renders the selector in its canonical, parseable form.
	String() string

	// Add returns a new selector with the requirements added.
	Add(r ...Requirement) Selector

	// Requirements returns the requirements; selectable is false for a
	// selector that matches nothing (see Nothing).
	Requirements() (requirements Requirements, selectable bool)

	// DeepCopySelector returns a copy that shares no memory with the
	// original.
	DeepCopySelector() Selector

	// RequiresExactMatch returns the value a label must have for the
	// selector to match, if the selector pins it to one value.
	RequiresExactMatch(label string) (value string, found bool)
}

// Everything returns a selector that matches all labels.
func Everything() Selector {
	return internalSelector{}
}

// NewSelector returns a selector with no requirements; add some with Add.
func NewSelector() Selector {
	return internalSelector(nil)
}

// Nothing returns a selector that matches no labels.
func Nothing() Selector {
	return sharedNothingSelector
}

// MatchesNothing reports whether selector is the one Nothing returns.
func MatchesNothing(selector Selector) bool {
	_, ok := selector.(nothingSelector)
	return ok
}

// nothingSelector matches no labels.
type nothingSelector struct{}

var sharedNothingSelector Selector = nothingSelector{}

// Matches returns false.
func (nothingSelector) Matches(_ Labels) bool { return false }

// Empty returns false: matching nothing is not the empty selector.
func (nothingSelector) Empty() bool { return false }

// String returns "".
func (nothingSelector) String() string { return "" }

// Add returns the selector unchanged: it still matches nothing.
func (nothingSelector) Add(_ ...Requirement) Selector { return sharedNothingSelector }

// Requirements returns no requirements and selectable false.
func (nothingSelector) Requirements() (Requirements, bool) { return nil, false }

// DeepCopySelector returns n.
func (n nothingSelector) DeepCopySelector() Selector { return n }

// RequiresExactMatch returns false.
func (nothingSelector) RequiresExactMatch(_ string) (value string, found bool) {
	return "", false
}

// internalSelector is a conjunction of requirements, kept sorted by key.
type internalSelector []Requirement

// DeepCopy returns a copy of s sharing no memory with it.
func (s internalSelector) DeepCopy() internalSelector {
	if s == nil {
		return nil
	}
	out := make(internalSelector, len(s))
	for i := range s {
		s[i].DeepCopyInto(&out[i])
	}
	return out
}

// DeepCopySelector returns a copy of s.
func (s internalSelector) DeepCopySelector() Selector {
	return s.DeepCopy()
}

// Empty reports whether s has no requirements.
func (s internalSelector) Empty() bool {
	return len(s) == 0
}

// Add returns a new selector holding s and reqs, sorted by key.
func (s internalSelector) Add(reqs ...Requirement) Selector {
	out := make(internalSelector, 0, len(s)+len(reqs))
	for i := range s {
		out = append(out, *s[i].DeepCopy())
	}
	for i := range reqs {
		out = append(out, *reqs[i].DeepCopy())
	}
	sort.Stable(ByKey(out))
	return out
}

// Matches reports whether l satisfies every requirement.
func (s internalSelector) Matches(l Labels) bool {
	for i := range s {
		if !s[i].Matches(l) {
			return false
		}
	}
	return true
}

// Requirements returns the requirements of s.
func (s internalSelector) Requirements() (Requirements, bool) {
	return Requirements(s), true
}

// String renders the requirements comma-separated.
func (s internalSelector) String() string {
	return Requirements(s).String()
}

// RequiresExactMatch returns the single value an =, == or in requirement
// on label pins it to.
func (s internalSelector) RequiresExactMatch(label string) (value string, found bool) {
	for i := range s {
		r := &s[i]
		if r.key != label {
			continue
		}
		switch r.operator {
		case selection.Equals, selection.DoubleEquals, selection.In:
			if len(r.strValues) == 1 {
				return r.strValues[0], true
			}
		}
	}
	return "", false
}

// SelectorFromSet returns a selector matching exactly the labels of ls; a
// nil or empty set gives Everything. Keys and values are not validated, so
// an invalid set yields a selector the API server rejects; use
// ValidatedSelectorFromSet to find out early.
func SelectorFromSet(ls Set) Selector {
	return SelectorFromValidatedSet(ls)
}

// ValidatedSelectorFromSet returns a selector matching exactly the labels of
// ls, or an error naming the first invalid key or value.
func ValidatedSelectorFromSet(ls Set) (Selector, error) {
	if len(ls) == 0 {
		return internalSelector{}, nil
	}
	reqs := make([]Requirement, 0, len(ls))
	for _, k := range sortedKeys(ls) {
		r, err := NewRequirement(k, selection.Equals, []string{ls[k]})
		if err != nil {
			return nil, err
		}
		reqs = append(reqs, *r)
	}
	return internalSelector(reqs), nil
}

// SelectorFromValidatedSet returns a selector matching exactly the labels of
// ls, which the caller has already validated.
func SelectorFromValidatedSet(ls Set) Selector {
	if len(ls) == 0 {
		return internalSelector{}
	}
	reqs := make([]Requirement, 0, len(ls))
	for _, k := range sortedKeys(ls) {
		reqs = append(reqs, Requirement{key: k, operator: selection.Equals, strValues: []string{ls[k]}})
	}
	return internalSelector(reqs)
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// ValidatedSetSelector is a Selector that matches labels equal to every
// entry of the map. It skips parsing and validation, so build it only from
// valid keys and values.
type ValidatedSetSelector map[string]string

// Matches reports whether labels has every key of s with the same value.
func (s ValidatedSetSelector) Matches(labels Labels) bool {
	for k, v := range s {
		if got, ok := labels.Lookup(k); !ok || got != v {
			return false
		}
	}
	return true
}

// Empty reports whether s has no entries.
func (s ValidatedSetSelector) Empty() bool {
	return len(s) == 0
}

// String renders s as "k1=v1,k2=v2" with keys sorted.
func (s ValidatedSetSelector) String() string {
	var b strings.Builder
	for i, k := range sortedKeys(s) {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(k + "=" + s[k])
	}
	return b.String()
}

// Add returns a general selector holding the entries of s and r.
func (s ValidatedSetSelector) Add(r ...Requirement) Selector {
	return s.toFullSelector().Add(r...)
}

// Requirements returns the entries of s as Equals requirements.
func (s ValidatedSetSelector) Requirements() (requirements Requirements, selectable bool) {
	return s.toFullSelector().Requirements()
}

// DeepCopySelector returns a copy of s.
func (s ValidatedSetSelector) DeepCopySelector() Selector {
	if s == nil {
		return ValidatedSetSelector(nil)
	}
	out := make(ValidatedSetSelector, len(s))
	for k, v := range s {
		out[k] = v
	}
	return out
}

// RequiresExactMatch returns the value s requires for label, if any.
func (s ValidatedSetSelector) RequiresExactMatch(label string) (value string, found bool) {
	v, ok := s[label]
	return v, ok
}

func (s ValidatedSetSelector) toFullSelector() Selector {
	return SelectorFromValidatedSet(Set(s))
}
