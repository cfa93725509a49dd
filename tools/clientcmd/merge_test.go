package clientcmd

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

type mergeInner struct {
	A string
	B int
}

type mergeSample struct {
	X      string
	Y      int
	U      mergeInner
	S      []string
	M      map[string]int
	P      *mergeInner
	IntPtr *int
	hidden string
}

func intPtr(i int) *int { return &i }

func TestMergeSemantics(t *testing.T) {
	tests := []struct {
		name     string
		dst, src mergeSample
		want     mergeSample
	}{
		{
			name: "scalars and nested struct",
			dst:  mergeSample{X: "one", Y: 5, U: mergeInner{A: "four", B: 6}},
			src:  mergeSample{X: "two", U: mergeInner{A: "three", B: 4}},
			want: mergeSample{X: "two", Y: 5, U: mergeInner{A: "three", B: 4}},
		},
		{
			name: "non-empty slice replaces",
			dst:  mergeSample{S: []string{"test3", "test4", "test5"}},
			src:  mergeSample{S: []string{"test1", "test2", "test3"}},
			want: mergeSample{S: []string{"test1", "test2", "test3"}},
		},
		{
			name: "empty slice changes nothing",
			dst:  mergeSample{S: []string{"a"}},
			src:  mergeSample{S: []string{}},
			want: mergeSample{S: []string{"a"}},
		},
		{
			name: "struct pointer replaced wholesale, zero fields win",
			dst:  mergeSample{P: &mergeInner{A: "a", B: 1}},
			src:  mergeSample{P: &mergeInner{A: "b", B: 0}},
			want: mergeSample{P: &mergeInner{A: "b", B: 0}},
		},
		{
			name: "nil pointer changes nothing",
			dst:  mergeSample{P: &mergeInner{A: "a"}, IntPtr: intPtr(3)},
			want: mergeSample{P: &mergeInner{A: "a"}, IntPtr: intPtr(3)},
		},
		{
			name: "map shallow merge, src wins",
			dst:  mergeSample{M: map[string]int{"rsc": 6543, "r": 2138, "gri": 1908, "adg": 912, "prt": 22}},
			src:  mergeSample{M: map[string]int{"rsc": 3711, "r": 2138, "gri": 1908, "adg": 912}},
			want: mergeSample{M: map[string]int{"rsc": 3711, "r": 2138, "gri": 1908, "adg": 912, "prt": 22}},
		},
		{
			name: "map into nil",
			src:  mergeSample{M: map[string]int{"a": 1}},
			want: mergeSample{M: map[string]int{"a": 1}},
		},
		{
			name: "unexported fields are left alone",
			dst:  mergeSample{hidden: "d"},
			src:  mergeSample{hidden: "s"},
			want: mergeSample{hidden: "d"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dst := tt.dst
			require.NoError(t, mergeInto(&dst, &tt.src))
			assert.Equal(t, tt.want, dst)
		})
	}
}

func TestMergeNonStructPointerIsCopied(t *testing.T) {
	src := mergeSample{IntPtr: intPtr(7)}
	var dst mergeSample
	require.NoError(t, mergeInto(&dst, &src))
	require.NotNil(t, dst.IntPtr)
	assert.NotSame(t, src.IntPtr, dst.IntPtr)
	assert.Equal(t, 7, *dst.IntPtr)
	require.Error(t, mergeInto[mergeSample](nil, &src))
}

func TestMergeAuthInfoReplacesExec(t *testing.T) {
	dst := clientcmdapi.AuthInfo{Exec: &clientcmdapi.ExecConfig{Command: "old", Args: []string{"x"}}}
	src := clientcmdapi.AuthInfo{Exec: &clientcmdapi.ExecConfig{Command: "new"}}
	require.NoError(t, mergeInto(&dst, &src))
	assert.Equal(t, &clientcmdapi.ExecConfig{Command: "new"}, dst.Exec)
}
