package meta

import (
	"time"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

// SetStatusCondition adds newCondition to conditions, or updates the
// condition of the same type, and reports whether anything changed.
//
// LastTransitionTime is taken from newCondition when set, and is the current
// time otherwise; on an existing condition it changes only when Status
// changes. Reason, Message and ObservedGeneration are always copied.
func SetStatusCondition(conditions *[]metav1.Condition, newCondition metav1.Condition) (changed bool) {
	if conditions == nil {
		return false
	}
	existing := FindStatusCondition(*conditions, newCondition.Type)
	if existing == nil {
		if newCondition.LastTransitionTime.IsZero() {
			newCondition.LastTransitionTime = metav1.NewTime(time.Now())
		}
		*conditions = append(*conditions, newCondition)
		return true
	}
	if existing.Status != newCondition.Status {
		existing.Status = newCondition.Status
		if !newCondition.LastTransitionTime.IsZero() {
			existing.LastTransitionTime = newCondition.LastTransitionTime
		} else {
			existing.LastTransitionTime = metav1.NewTime(time.Now())
		}
		changed = true
	}
	if existing.Reason != newCondition.Reason {
		existing.Reason = newCondition.Reason
		changed = true
	}
	if existing.Message != newCondition.Message {
		existing.Message = newCondition.Message
		changed = true
	}
	if existing.ObservedGeneration != newCondition.ObservedGeneration {
		existing.ObservedGeneration = newCondition.ObservedGeneration
		changed = true
	}
	return changed
}

// RemoveStatusCondition removes every condition of conditionType and
// reports whether one was removed.
func RemoveStatusCondition(conditions *[]metav1.Condition, conditionType string) (removed bool) {
	if conditions == nil || len(*conditions) == 0 {
		return false
	}
	kept := make([]metav1.Condition, 0, len(*conditions))
	for _, c := range *conditions {
		if c.Type != conditionType {
			kept = append(kept, c)
		}
	}
	removed = len(kept) != len(*conditions)
	*conditions = kept
	return removed
}

// FindStatusCondition returns a pointer into conditions to the condition of
// conditionType, or nil.
func FindStatusCondition(conditions []metav1.Condition, conditionType string) *metav1.Condition {
	for i := range conditions {
		if conditions[i].Type == conditionType {
			return &conditions[i]
		}
	}
	return nil
}

// IsStatusConditionTrue reports whether the condition of conditionType is
// present with status True.
func IsStatusConditionTrue(conditions []metav1.Condition, conditionType string) bool {
	return IsStatusConditionPresentAndEqual(conditions, conditionType, metav1.ConditionTrue)
}

// IsStatusConditionFalse reports whether the condition of conditionType is
// present with status False.
func IsStatusConditionFalse(conditions []metav1.Condition, conditionType string) bool {
	return IsStatusConditionPresentAndEqual(conditions, conditionType, metav1.ConditionFalse)
}

// IsStatusConditionPresentAndEqual reports whether the condition of
// conditionType is present with the given status.
func IsStatusConditionPresentAndEqual(conditions []metav1.Condition, conditionType string, status metav1.ConditionStatus) bool {
	c := FindStatusCondition(conditions, conditionType)
	return c != nil && c.Status == status
}
