package meta

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
)

func TestSetStatusCondition(t *testing.T) {
	oneHourBefore := metav1.NewTime(time.Now().Add(-time.Hour).Truncate(time.Second))
	oneHourAfter := metav1.NewTime(time.Now().Add(time.Hour).Truncate(time.Second))
	tests := []struct {
		name        string
		conditions  []metav1.Condition
		toAdd       metav1.Condition
		wantChanged bool
		want        []metav1.Condition
		// wantNowTime names the condition whose LastTransitionTime must be
		// set to about now instead of a fixed value.
		wantNowTime string
	}{
		{
			name:        "add with time",
			toAdd:       metav1.Condition{Type: "Ready", Status: metav1.ConditionTrue, LastTransitionTime: oneHourBefore, Reason: "R", Message: "M"},
			wantChanged: true,
			want:        []metav1.Condition{{Type: "Ready", Status: metav1.ConditionTrue, LastTransitionTime: oneHourBefore, Reason: "R", Message: "M"}},
		},
		{
			name:        "add without time sets now",
			toAdd:       metav1.Condition{Type: "Ready", Status: metav1.ConditionTrue},
			wantChanged: true,
			want:        []metav1.Condition{{Type: "Ready", Status: metav1.ConditionTrue}},
			wantNowTime: "Ready",
		},
		{
			name:        "status change takes given time",
			conditions:  []metav1.Condition{{Type: "Ready", Status: metav1.ConditionFalse, LastTransitionTime: oneHourBefore}},
			toAdd:       metav1.Condition{Type: "Ready", Status: metav1.ConditionTrue, LastTransitionTime: oneHourAfter},
			wantChanged: true,
			want:        []metav1.Condition{{Type: "Ready", Status: metav1.ConditionTrue, LastTransitionTime: oneHourAfter}},
		},
		{
			name:        "status change without time sets now",
			conditions:  []metav1.Condition{{Type: "Ready", Status: metav1.ConditionFalse, LastTransitionTime: oneHourBefore}},
			toAdd:       metav1.Condition{Type: "Ready", Status: metav1.ConditionTrue},
			wantChanged: true,
			want:        []metav1.Condition{{Type: "Ready", Status: metav1.ConditionTrue}},
			wantNowTime: "Ready",
		},
		{
			name:        "same status keeps time, updates reason",
			conditions:  []metav1.Condition{{Type: "Ready", Status: metav1.ConditionTrue, LastTransitionTime: oneHourBefore, Reason: "Old"}},
			toAdd:       metav1.Condition{Type: "Ready", Status: metav1.ConditionTrue, LastTransitionTime: oneHourAfter, Reason: "New", Message: "m", ObservedGeneration: 3},
			wantChanged: true,
			want:        []metav1.Condition{{Type: "Ready", Status: metav1.ConditionTrue, LastTransitionTime: oneHourBefore, Reason: "New", Message: "m", ObservedGeneration: 3}},
		},
		{
			name:       "no change",
			conditions: []metav1.Condition{{Type: "Ready", Status: metav1.ConditionTrue, LastTransitionTime: oneHourBefore, Reason: "R"}, {Type: "Other", Status: metav1.ConditionFalse}},
			toAdd:      metav1.Condition{Type: "Ready", Status: metav1.ConditionTrue, Reason: "R"},
			want:       []metav1.Condition{{Type: "Ready", Status: metav1.ConditionTrue, LastTransitionTime: oneHourBefore, Reason: "R"}, {Type: "Other", Status: metav1.ConditionFalse}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := time.Now().Add(-time.Second)
			got := tt.conditions
			changed := SetStatusCondition(&got, tt.toAdd)
			assert.Equal(t, tt.wantChanged, changed, "changed")
			if tt.wantNowTime != "" {
				c := FindStatusCondition(got, tt.wantNowTime)
				if assert.NotNil(t, c) {
					assert.False(t, c.LastTransitionTime.Time.Before(before), "LastTransitionTime %v should be now", c.LastTransitionTime)
					c.LastTransitionTime = metav1.Time{}
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
	assert.False(t, SetStatusCondition(nil, metav1.Condition{Type: "x"}))
}

func TestRemoveStatusCondition(t *testing.T) {
	tests := []struct {
		name        string
		conditions  []metav1.Condition
		remove      string
		wantRemoved bool
		want        []metav1.Condition
	}{
		{name: "present", conditions: []metav1.Condition{{Type: "A"}, {Type: "B"}}, remove: "A", wantRemoved: true, want: []metav1.Condition{{Type: "B"}}},
		{name: "absent", conditions: []metav1.Condition{{Type: "A"}}, remove: "C", want: []metav1.Condition{{Type: "A"}}},
		{name: "empty", conditions: []metav1.Condition{}, remove: "A", want: []metav1.Condition{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.conditions
			assert.Equal(t, tt.wantRemoved, RemoveStatusCondition(&got, tt.remove))
			assert.Equal(t, tt.want, got)
		})
	}
	assert.False(t, RemoveStatusCondition(nil, "A"))
}

func TestConditionPredicates(t *testing.T) {
	conditions := []metav1.Condition{
		{Type: "Ready", Status: metav1.ConditionTrue},
		{Type: "Degraded", Status: metav1.ConditionFalse},
		{Type: "Progressing", Status: metav1.ConditionUnknown},
	}
	tests := []struct {
		condition                    string
		wantTrue, wantFalse, unknown bool
		wantFound                    bool
	}{
		{condition: "Ready", wantTrue: true, wantFound: true},
		{condition: "Degraded", wantFalse: true, wantFound: true},
		{condition: "Progressing", unknown: true, wantFound: true},
		{condition: "Missing"},
	}
	for _, tt := range tests {
		t.Run(tt.condition, func(t *testing.T) {
			assert.Equal(t, tt.wantTrue, IsStatusConditionTrue(conditions, tt.condition), "true")
			assert.Equal(t, tt.wantFalse, IsStatusConditionFalse(conditions, tt.condition), "false")
			assert.Equal(t, tt.unknown, IsStatusConditionPresentAndEqual(conditions, tt.condition, metav1.ConditionUnknown), "unknown")
			assert.Equal(t, tt.wantFound, FindStatusCondition(conditions, tt.condition) != nil, "found")
		})
	}
}
