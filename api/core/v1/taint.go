package v1

import "fmt"

// MatchTaint reports whether t and taintToMatch have the same key and
// effect; two taints with those equal cannot both be set on a node.
func (t *Taint) MatchTaint(taintToMatch *Taint) bool {
	return t.Key == taintToMatch.Key && t.Effect == taintToMatch.Effect
}

// ToString renders the taint as key=value:effect, leaving out an empty
// value ("key:effect") and an empty effect ("key=value:" or "key").
func (t *Taint) ToString() string {
	switch {
	case len(t.Effect) == 0 && len(t.Value) == 0:
		return t.Key
	case len(t.Effect) == 0:
		return fmt.Sprintf("%v=%v:", t.Key, t.Value)
	case len(t.Value) == 0:
		return fmt.Sprintf("%v:%v", t.Key, t.Effect)
	}
	return fmt.Sprintf("%v=%v:%v", t.Key, t.Value, t.Effect)
}

// MatchToleration reports whether t and tolerationToMatch have the same
// key, effect, operator and value.
func (t *Toleration) MatchToleration(tolerationToMatch *Toleration) bool {
	return t.Key == tolerationToMatch.Key &&
		t.Effect == tolerationToMatch.Effect &&
		t.Operator == tolerationToMatch.Operator &&
		t.Value == tolerationToMatch.Value
}

// ToleratesTaint reports whether the toleration tolerates taint: an empty
// effect matches every effect, an empty key with operator Exists matches
// every key, Exists matches any value and Equal (or no operator) needs
// equal values.
func (t *Toleration) ToleratesTaint(taint *Taint) bool {
	if len(t.Effect) > 0 && t.Effect != taint.Effect {
		return false
	}
	if len(t.Key) > 0 && t.Key != taint.Key {
		return false
	}
	switch t.Operator {
	case "", TolerationOpEqual:
		return t.Value == taint.Value
	case TolerationOpExists:
		return true
	}
	return false
}
