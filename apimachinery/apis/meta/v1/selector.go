package v1

import (
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/selection"
)

// labelOperators maps the operators of LabelSelectorRequirement to those of
// labels.Requirement.
var labelOperators = map[LabelSelectorOperator]selection.Operator{
	LabelSelectorOpIn:           selection.In,
	LabelSelectorOpNotIn:        selection.NotIn,
	LabelSelectorOpExists:       selection.Exists,
	LabelSelectorOpDoesNotExist: selection.DoesNotExist,
}

// LabelSelectorAsSelector converts ps into a labels.Selector. A nil ps
// selects nothing, an empty one everything. Invalid keys, values or
// operators give an error.
func LabelSelectorAsSelector(ps *LabelSelector) (labels.Selector, error) {
	if ps == nil {
		return labels.Nothing(), nil
	}
	if len(ps.MatchLabels)+len(ps.MatchExpressions) == 0 {
		return labels.Everything(), nil
	}
	requirements := make([]labels.Requirement, 0, len(ps.MatchLabels)+len(ps.MatchExpressions))
	for k, v := range ps.MatchLabels {
		r, err := labels.NewRequirement(k, selection.Equals, []string{v})
		if err != nil {
			return nil, err
		}
		requirements = append(requirements, *r)
	}
	for _, expr := range ps.MatchExpressions {
		op, ok := labelOperators[expr.Operator]
		if !ok {
			return nil, fmt.Errorf("%q is not a valid label selector operator", expr.Operator)
		}
		r, err := labels.NewRequirement(expr.Key, op, append([]string(nil), expr.Values...))
		if err != nil {
			return nil, err
		}
		requirements = append(requirements, *r)
	}
	return labels.NewSelector().Add(requirements...), nil
}

// LabelSelectorAsMap converts ps into the equality-only map form of older
// APIs. Only MatchLabels and In expressions with one value can be
// converted; anything else gives an error together with the map built so
// far. A nil ps gives a nil map.
func LabelSelectorAsMap(ps *LabelSelector) (map[string]string, error) {
	if ps == nil {
		return nil, nil
	}
	selector := make(map[string]string, len(ps.MatchLabels))
	for k, v := range ps.MatchLabels {
		selector[k] = v
	}
	for _, expr := range ps.MatchExpressions {
		switch expr.Operator {
		case LabelSelectorOpIn:
			if len(expr.Values) != 1 {
				return selector, fmt.Errorf("operator %q without a single value cannot be converted into the old label selector format", expr.Operator)
			}
			selector[expr.Key] = expr.Values[0]
		case LabelSelectorOpNotIn, LabelSelectorOpExists, LabelSelectorOpDoesNotExist:
			return selector, fmt.Errorf("operator %q cannot be converted into the old label selector format", expr.Operator)
		default:
			return selector, fmt.Errorf("%q is not a valid selector operator", expr.Operator)
		}
	}
	return selector, nil
}

// ParseToLabelSelector parses a label selector string such as
// "app=web,tier in (a,b),!canary" into a LabelSelector: equalities go to
// MatchLabels, set and existence requirements to MatchExpressions (values
// sorted). "!=", ">" and "<" have no LabelSelector form and give an error.
func ParseToLabelSelector(selector string) (*LabelSelector, error) {
	reqs, err := labels.ParseToRequirements(selector)
	if err != nil {
		return nil, fmt.Errorf("couldn't parse the selector string \"%s\": %w", selector, err)
	}
	out := &LabelSelector{
		MatchLabels:      map[string]string{},
		MatchExpressions: []LabelSelectorRequirement{},
	}
	for i := range reqs {
		if err := addParsedRequirement(out, &reqs[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// addParsedRequirement adds one parsed requirement to ls.
func addParsedRequirement(ls *LabelSelector, req *labels.Requirement) error {
	var op LabelSelectorOperator
	switch req.Operator() {
	case selection.Equals, selection.DoubleEquals:
		vals := req.Values()
		if vals.Len() != 1 {
			return fmt.Errorf("equals operator must have exactly one value")
		}
		ls.MatchLabels[req.Key()] = vals.List()[0]
		return nil
	case selection.In:
		op = LabelSelectorOpIn
	case selection.NotIn:
		op = LabelSelectorOpNotIn
	case selection.Exists:
		op = LabelSelectorOpExists
	case selection.DoesNotExist:
		op = LabelSelectorOpDoesNotExist
	case selection.GreaterThan, selection.LessThan:
		return fmt.Errorf("%q isn't supported in label selectors", req.Operator())
	default:
		return fmt.Errorf("%q is not a valid label selector operator", req.Operator())
	}
	ls.MatchExpressions = append(ls.MatchExpressions, LabelSelectorRequirement{
		Key:      req.Key(),
		Operator: op,
		Values:   req.Values().List(),
	})
	return nil
}

// SetAsLabelSelector returns a LabelSelector matching exactly the labels of
// ls; nil for a nil set.
func SetAsLabelSelector(ls labels.Set) *LabelSelector {
	if ls == nil {
		return nil
	}
	selector := &LabelSelector{MatchLabels: make(map[string]string, len(ls))}
	for label, value := range ls {
		selector.MatchLabels[label] = value
	}
	return selector
}

// FormatLabelSelector renders labelSelector in the selector string syntax:
// "<none>" when it selects everything or nothing, "<error>" when it is
// invalid.
func FormatLabelSelector(labelSelector *LabelSelector) string {
	selector, err := LabelSelectorAsSelector(labelSelector)
	if err != nil {
		return "<error>"
	}
	l := selector.String()
	if len(l) == 0 {
		l = "<none>"
	}
	return l
}

// AddLabelToSelector adds the requirement labelKey=labelValue to selector's
// MatchLabels in place and returns selector. An empty key changes nothing;
// a nil selector gives a new one.
func AddLabelToSelector(selector *LabelSelector, labelKey string, labelValue string) *LabelSelector {
	if labelKey == "" {
		return selector
	}
	if selector == nil {
		selector = &LabelSelector{}
	}
	if selector.MatchLabels == nil {
		selector.MatchLabels = make(map[string]string)
	}
	selector.MatchLabels[labelKey] = labelValue
	return selector
}

// CloneSelectorAndAddLabel returns a deep copy of selector with the
// requirement labelKey=labelValue added. An empty key returns selector
// itself.
func CloneSelectorAndAddLabel(selector *LabelSelector, labelKey string, labelValue string) *LabelSelector {
	if labelKey == "" {
		return selector
	}
	return AddLabelToSelector(selector.DeepCopy(), labelKey, labelValue)
}

// SelectorHasLabel reports whether selector's MatchLabels require a
// non-empty value for labelKey.
func SelectorHasLabel(selector *LabelSelector, labelKey string) bool {
	if selector == nil {
		return false
	}
	return len(selector.MatchLabels[labelKey]) > 0
}
