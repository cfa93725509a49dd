package fields

import (
	"sort"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/selection"
)

// Selector decides whether a set of fields is selected.
type Selector interface {
	// Matches reports whether the fields satisfy the selector.
	Matches(Fields) bool

	// Empty reports whether the selector has no terms and so matches
	// everything.
	Empty() bool

	// RequiresExactMatch returns the value a field must have for the
	// selector to match, if the selector pins it with "=".
	RequiresExactMatch(field string) (value string, found bool)

	// Transform returns a new selector with fn applied to every term.
	// Terms that fn turns into an empty field and value are dropped.
	Transform(fn TransformFunc) (Selector, error)

	// Requirements returns the terms of the selector.
	Requirements() Requirements

	// String renders the selector in its canonical, parseable form.
	String() string

	// DeepCopySelector returns a copy that shares no memory with the
	// original.
	DeepCopySelector() Selector
}

// TransformFunc rewrites one term of a selector, for example to map a
// field name used by clients to the one used in storage.
type TransformFunc func(field, value string) (newField, newValue string, err error)

// Everything returns a selector that matches all fields.
func Everything() Selector {
	return andTerm{}
}

// Nothing returns a selector that matches no fields.
func Nothing() Selector {
	return nothingSelector{}
}

// OneTermEqualSelector returns the selector "k=v".
func OneTermEqualSelector(k, v string) Selector {
	return &hasTerm{field: k, value: v}
}

// OneTermNotEqualSelector returns the selector "k!=v".
func OneTermNotEqualSelector(k, v string) Selector {
	return &notHasTerm{field: k, value: v}
}

// AndSelectors returns a selector that matches when all of selectors match.
func AndSelectors(selectors ...Selector) Selector {
	return andTerm(selectors)
}

// SelectorFromSet returns a selector matching fields equal to every entry
// of ls; a nil set gives Everything.
func SelectorFromSet(ls Set) Selector {
	if ls == nil {
		return Everything()
	}
	keys := make([]string, 0, len(ls))
	for k := range ls {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	items := make([]Selector, 0, len(ls))
	for _, k := range keys {
		items = append(items, &hasTerm{field: k, value: ls[k]})
	}
	if len(items) == 1 {
		return items[0]
	}
	return andTerm(items)
}

// hasTerm matches when the field has the value.
type hasTerm struct {
	field, value string
}

// Matches reports whether the field has the value.
func (t *hasTerm) Matches(ls Fields) bool { return ls.Get(t.field) == t.value }

// Empty returns false.
func (t *hasTerm) Empty() bool { return false }

// RequiresExactMatch returns the value when field is the term's field.
func (t *hasTerm) RequiresExactMatch(field string) (value string, found bool) {
	if t.field == field {
		return t.value, true
	}
	return "", false
}

// Transform applies fn to the term.
func (t *hasTerm) Transform(fn TransformFunc) (Selector, error) {
	field, value, err := fn(t.field, t.value)
	if err != nil {
		return nil, err
	}
	if field == "" && value == "" {
		return Everything(), nil
	}
	return &hasTerm{field: field, value: value}, nil
}

// Requirements returns the term as an Equals requirement.
func (t *hasTerm) Requirements() Requirements {
	return Requirements{{Field: t.field, Operator: selection.Equals, Value: t.value}}
}

// String renders "field=value" with the value escaped.
func (t *hasTerm) String() string { return t.field + "=" + EscapeValue(t.value) }

// DeepCopySelector returns a copy of the term.
func (t *hasTerm) DeepCopySelector() Selector {
	if t == nil {
		return nil
	}
	out := *t
	return &out
}

// notHasTerm matches when the field does not have the value.
type notHasTerm struct {
	field, value string
}

// Matches reports whether the field lacks the value.
func (t *notHasTerm) Matches(ls Fields) bool { return ls.Get(t.field) != t.value }

// Empty returns false.
func (t *notHasTerm) Empty() bool { return false }

// RequiresExactMatch returns false: "!=" pins no value.
func (t *notHasTerm) RequiresExactMatch(_ string) (value string, found bool) { return "", false }

// Transform applies fn to the term.
func (t *notHasTerm) Transform(fn TransformFunc) (Selector, error) {
	field, value, err := fn(t.field, t.value)
	if err != nil {
		return nil, err
	}
	if field == "" && value == "" {
		return Everything(), nil
	}
	return &notHasTerm{field: field, value: value}, nil
}

// Requirements returns the term as a NotEquals requirement.
func (t *notHasTerm) Requirements() Requirements {
	return Requirements{{Field: t.field, Operator: selection.NotEquals, Value: t.value}}
}

// String renders "field!=value" with the value escaped.
func (t *notHasTerm) String() string { return t.field + "!=" + EscapeValue(t.value) }

// DeepCopySelector returns a copy of the term.
func (t *notHasTerm) DeepCopySelector() Selector {
	if t == nil {
		return nil
	}
	out := *t
	return &out
}

// andTerm matches when all of its selectors match.
type andTerm []Selector

// Matches reports whether every selector matches.
func (t andTerm) Matches(ls Fields) bool {
	for _, q := range t {
		if !q.Matches(ls) {
			return false
		}
	}
	return true
}

// Empty reports whether every selector is empty.
func (t andTerm) Empty() bool {
	for _, q := range t {
		if !q.Empty() {
			return false
		}
	}
	return true
}

// RequiresExactMatch returns the first value a selector pins field to.
func (t andTerm) RequiresExactMatch(field string) (string, bool) {
	for _, q := range t {
		if value, found := q.RequiresExactMatch(field); found {
			return value, true
		}
	}
	return "", false
}

// Transform applies fn to every selector, dropping those that become empty.
func (t andTerm) Transform(fn TransformFunc) (Selector, error) {
	next := make(andTerm, 0, len(t))
	for _, q := range t {
		n, err := q.Transform(fn)
		if err != nil {
			return nil, err
		}
		if !n.Empty() {
			next = append(next, n)
		}
	}
	return next, nil
}

// Requirements returns the requirements of every selector, in order.
func (t andTerm) Requirements() Requirements {
	var reqs Requirements
	for _, q := range t {
		reqs = append(reqs, q.Requirements()...)
	}
	return reqs
}

// String renders the selectors comma-separated, in order.
func (t andTerm) String() string {
	terms := make([]string, 0, len(t))
	for _, q := range t {
		if s := q.String(); s != "" {
			terms = append(terms, s)
		}
	}
	return strings.Join(terms, ",")
}

// DeepCopySelector returns a copy of every selector.
func (t andTerm) DeepCopySelector() Selector {
	if t == nil {
		return andTerm(nil)
	}
	out := make(andTerm, len(t))
	for i, q := range t {
		out[i] = q.DeepCopySelector()
	}
	return out
}

// nothingSelector matches no fields.
type nothingSelector struct{}

// Matches returns false.
func (nothingSelector) Matches(_ Fields) bool { return false }

// Empty returns false: matching nothing is not the empty selector.
func (nothingSelector) Empty() bool { return false }

// String returns "".
func (nothingSelector) String() string { return "" }

// Requirements returns no requirements.
func (nothingSelector) Requirements() Requirements { return nil }

// DeepCopySelector returns s.
func (s nothingSelector) DeepCopySelector() Selector { return s }

// RequiresExactMatch returns false.
func (nothingSelector) RequiresExactMatch(_ string) (value string, found bool) { return "", false }

// Transform returns s unchanged.
func (s nothingSelector) Transform(_ TransformFunc) (Selector, error) { return s, nil }
