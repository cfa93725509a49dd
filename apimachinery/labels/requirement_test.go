package labels

import (
	"testing"

	"github.com/skiff-k8s/skiff/apimachinery/selection"
	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewRequirement(t *testing.T) {
	tests := []struct {
		name    string
		key     string
		op      selection.Operator
		vals    []string
		wantStr string
		wantErr string
	}{
		{"equals", "x", selection.Equals, []string{"a"}, "x=a", ""},
		{"double equals", "x", selection.DoubleEquals, []string{"a"}, "x==a", ""},
		{"not equals", "x", selection.NotEquals, []string{"a"}, "x!=a", ""},
		{"in sorted output", "x", selection.In, []string{"c", "a"}, "x in (a,c)", ""},
		{"notin", "x", selection.NotIn, []string{"a"}, "x notin (a)", ""},
		{"exists", "x", selection.Exists, nil, "x", ""},
		{"does not exist", "x", selection.DoesNotExist, []string{}, "!x", ""},
		{"gt", "x", selection.GreaterThan, []string{"8"}, "x>8", ""},
		{"lt", "x", selection.LessThan, []string{"8"}, "x<8", ""},
		{"in empty", "x", selection.In, nil, "", "values set can't be empty"},
		{"equals two", "x", selection.Equals, []string{"a", "b"}, "", "exact-match compatibility requires one single value"},
		{"exists with value", "x", selection.Exists, []string{"a"}, "", "values set must be empty for exists and does not exist"},
		{"gt two", "x", selection.GreaterThan, []string{"1", "2"}, "", "exactly one value is required"},
		{"gt word", "x", selection.GreaterThan, []string{"a"}, "", "values[0]: Invalid value: \"a\": for 'Gt', 'Lt' operators, the value must be an integer"},
		{"bad operator", "x", selection.Operator("~"), []string{"a"}, "", `operator: Unsupported value: "~"`},
		{"bad key", "x y", selection.Exists, nil, "", `key: Invalid value: "x y"`},
		{"empty key", "", selection.Exists, nil, "", "name part must be non-empty"},
		{"bad value", "x", selection.In, []string{"ok", "not ok"}, "", `values[1]: Invalid value: "not ok"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewRequirement(tt.key, tt.op, tt.vals)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Nil(t, r)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantStr, r.String())
		})
	}
}

func TestNewRequirementPath(t *testing.T) {
	_, err := NewRequirement("x", selection.In, []string{"-"}, field.WithPath(field.NewPath("spec", "selector")))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "spec.selector.values[0]: Invalid value")
}

func TestRequirementAccessors(t *testing.T) {
	vals := []string{"b", "a"}
	r, err := NewRequirement("k", selection.In, vals)
	require.NoError(t, err)
	vals[0] = "mutated"
	assert.Equal(t, "k", r.Key())
	assert.Equal(t, selection.In, r.Operator())
	assert.Equal(t, []string{"b", "a"}, r.ValuesUnsorted(), "NewRequirement must copy its values")
	assert.Equal(t, []string{"a", "b"}, r.Values().List())

	cp := r.DeepCopy()
	assert.True(t, r.Equal(*cp))
	cp.strValues[0] = "z"
	assert.False(t, r.Equal(*cp))
	assert.Nil(t, (*Requirement)(nil).DeepCopy())

	other, err := NewRequirement("k", selection.In, []string{"a", "b"})
	require.NoError(t, err)
	assert.False(t, r.Equal(*other), "Equal is order-sensitive")
}

func TestRequirementMatchesInvalidGt(t *testing.T) {
	r := Requirement{key: "x", operator: selection.GreaterThan, strValues: []string{"nope"}}
	assert.False(t, r.Matches(Set{"x": "3"}))
	r = Requirement{key: "x", operator: selection.Operator("?"), strValues: nil}
	assert.False(t, r.Matches(Set{"x": "3"}))
}

func TestByKey(t *testing.T) {
	reqs := ByKey{mustReq(t, "b", selection.Exists, nil), mustReq(t, "a", selection.Exists, nil)}
	assert.Equal(t, 2, reqs.Len())
	assert.True(t, reqs.Less(1, 0))
	reqs.Swap(0, 1)
	assert.Equal(t, "a", reqs[0].Key())
}

func TestNewRequirementFullMessage(t *testing.T) {
	_, err := NewRequirement("", selection.In, nil)
	require.Error(t, err)
	want := `[key: Invalid value: "": name part must be non-empty; name part must consist of alphanumeric characters, '-', '_' or '.', ` +
		`and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', ` +
		`regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]'), ` +
		`values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty]`
	assert.Equal(t, want, err.Error())
}
