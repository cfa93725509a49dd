package selection

import "testing"

func TestOperatorValues(t *testing.T) {
	tests := []struct {
		op   Operator
		want string
	}{
		{DoesNotExist, "!"},
		{Equals, "="},
		{DoubleEquals, "=="},
		{In, "in"},
		{NotEquals, "!="},
		{NotIn, "notin"},
		{Exists, "exists"},
		{GreaterThan, "gt"},
		{LessThan, "lt"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := string(tt.op); got != tt.want {
				t.Errorf("operator = %q, want %q", got, tt.want)
			}
		})
	}
}
