package labels

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSetMethods(t *testing.T) {
	s := Set{"b": "2", "a": "1", "e": ""}
	assert.Equal(t, "a=1,b=2,e=", s.String())
	assert.True(t, s.Has("e"))
	assert.False(t, s.Has("z"))
	assert.Equal(t, "2", s.Get("b"))
	v, ok := s.Lookup("e")
	assert.True(t, ok)
	assert.Equal(t, "", v)
	_, ok = s.Lookup("z")
	assert.False(t, ok)
	assert.Equal(t, "", Set(nil).String())
}

func TestFormatLabels(t *testing.T) {
	assert.Equal(t, "<none>", FormatLabels(nil))
	assert.Equal(t, "a=1,b=2", FormatLabels(map[string]string{"b": "2", "a": "1"}))
}

func TestSetAlgebra(t *testing.T) {
	tests := []struct {
		name          string
		a, b          Set
		wantConflicts bool
		wantEquals    bool
		wantMerge     Set
	}{
		{"both empty", nil, Set{}, false, true, Set{}},
		{"disjoint", Set{"a": "1"}, Set{"b": "2"}, false, false, Set{"a": "1", "b": "2"}},
		{"same", Set{"a": "1"}, Set{"a": "1"}, false, true, Set{"a": "1"}},
		{"conflict", Set{"a": "1", "c": "3"}, Set{"a": "2"}, true, false, Set{"a": "2", "c": "3"}},
		{"same size different keys", Set{"a": "1"}, Set{"b": "1"}, false, false, Set{"a": "1", "b": "1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.wantConflicts, Conflicts(tt.a, tt.b), "Conflicts")
			assert.Equal(t, tt.wantConflicts, Conflicts(tt.b, tt.a), "Conflicts is symmetric")
			assert.Equal(t, tt.wantEquals, Equals(tt.a, tt.b), "Equals")
			assert.Equal(t, tt.wantMerge, Merge(tt.a, tt.b), "Merge")
		})
	}
}

func TestConvertSelectorToLabelsMap(t *testing.T) {
	tests := []struct {
		in      string
		want    Set
		wantErr string
	}{
		{"", Set{}, ""},
		{"a=b", Set{"a": "b"}, ""},
		{" a = b , c=d", Set{"a": "b", "c": "d"}, ""},
		{"a=", Set{"a": ""}, ""},
		{"a", nil, `"a" is not of the form key=value`},
		{"a==b", nil, "not of the form key=value"},
		{"a b=c", nil, `key: Invalid value: "a b"`},
		{"a=-c", nil, `Invalid value: "-c"`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ConvertSelectorToLabelsMap(tt.in)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}
