// Package podmatch finds the controllers whose label selectors select an
// object: the shared logic of the hand-written lister expansions
// (GetPodReplicaSets, GetPodDaemonSets, GetHistoryDaemonSets, ...).
package podmatch

import (
	"fmt"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
)

// Rules say how the selectors of candidates count.
type Rules struct {
	// InvalidIsError makes a selector that does not convert an error;
	// otherwise such a candidate selects nothing.
	InvalidIsError bool
	// EmptyMatches lets an empty selector select everything; otherwise it
	// selects nothing.
	EmptyMatches bool
}

// Select returns the candidates whose selector (as selectorOf returns it)
// matches target.
func Select[T any](candidates []T, target labels.Set, selectorOf func(T) (labels.Selector, error), rules Rules) ([]T, error) {
	var out []T
	for _, c := range candidates {
		selector, err := selectorOf(c)
		if err != nil {
			if rules.InvalidIsError {
				return nil, fmt.Errorf("invalid label selector: %w", err)
			}
			continue
		}
		if (selector.Empty() && !rules.EmptyMatches) || !selector.Matches(target) {
			continue
		}
		out = append(out, c)
	}
	return out, nil
}

// LabelSelector returns a selectorOf function for objects whose selector
// is a *metav1.LabelSelector.
func LabelSelector[T any](get func(T) *metav1.LabelSelector) func(T) (labels.Selector, error) {
	return func(c T) (labels.Selector, error) { return metav1.LabelSelectorAsSelector(get(c)) }
}

// Find lists the candidates in the namespace of an object with the given
// labels and returns those whose selectors match them. what names the
// candidates and whose the object in the errors: an object without labels
// and no match are errors.
func Find[T any](what, whose string, meta metav1.ObjectMeta, list func(namespace string) ([]T, error),
	selectorOf func(T) (labels.Selector, error), rules Rules) ([]T, error) {
	if len(meta.Labels) == 0 {
		return nil, fmt.Errorf("no %s found for %s %s because it has no labels", what, whose, meta.Name)
	}
	candidates, err := list(meta.Namespace)
	if err != nil {
		return nil, err
	}
	out, err := Select(candidates, labels.Set(meta.Labels), selectorOf, rules)
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("could not find %s for %s %s in namespace %s with labels: %v",
			what, whose, meta.Name, meta.Namespace, meta.Labels)
	}
	return out, nil
}
