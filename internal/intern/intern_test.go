package intern

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/skiff-k8s/skiff/internal/slab"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sameString reports whether a and b share their bytes.
func sameString(a, b string) bool { return unsafe.StringData(a) == unsafe.StringData(b) }

// sameBytes reports whether a and b share their bytes.
func sameBytes(a, b []byte) bool { return unsafe.SliceData(a) == unsafe.SliceData(b) }

func TestString(t *testing.T) {
	tests := []struct {
		name       string
		input      int
		value      string
		wantShared bool
	}{
		{"small input copies", MinInput - 1, "True", false},
		{"large input shares", MinInput, "True", true},
		{"large input shares the longest interned", MinInput, strings.Repeat("x", MaxLen), true},
		{"large input copies longer strings", MinInput, strings.Repeat("x", MaxLen+1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tab Table
			var arena slab.Bytes
			tab.Start(tt.input)
			defer tab.Stop()
			a := tab.String([]byte(tt.value), &arena)
			b := tab.String([]byte(tt.value), &arena)
			assert.Equal(t, tt.value, a)
			assert.Equal(t, tt.value, b)
			assert.Equal(t, tt.wantShared, sameString(a, b), "two decodes of %q share bytes", tt.value)
		})
	}
}

func TestStringEmptyAndDistinct(t *testing.T) {
	var tab Table
	var arena slab.Bytes
	tab.Start(MinInput)
	defer tab.Stop()
	assert.Equal(t, "", tab.String(nil, &arena))
	a, b := tab.String([]byte("a"), &arena), tab.String([]byte("b"), &arena)
	assert.Equal(t, "a", a)
	assert.Equal(t, "b", b)
	assert.Equal(t, "a", tab.String([]byte("a"), &arena), "a collision-free lookup after another string")
}

func TestRaw(t *testing.T) {
	set := []byte(`{"f:metadata":{"f:labels":{}}}`)
	tests := []struct {
		name       string
		input      int
		restart    bool // Stop and Start between the two values
		wantShared bool
	}{
		{"small input copies", MinInput - 1, false, false},
		{"large input shares within one decode", MinInput, false, true},
		{"large input does not share across decodes", MinInput, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tab Table
			var arena slab.Bytes
			tab.Start(tt.input)
			a := tab.Raw(append([]byte(nil), set...), &arena)
			if tt.restart {
				tab.Stop()
				tab.Start(tt.input)
			}
			b := tab.Raw(append([]byte(nil), set...), &arena)
			tab.Stop()
			assert.Equal(t, set, a)
			assert.Equal(t, set, b)
			assert.Equal(t, tt.wantShared, sameBytes(a, b), "the two values share bytes")
			assert.Equal(t, len(a), cap(a), "cap == len")
			assert.Equal(t, len(b), cap(b), "cap == len")
			grown := append(a, '!')
			assert.Equal(t, set, b, "appending to one value changed the other")
			assert.Equal(t, set, a, "appending changed the value itself")
			assert.False(t, sameBytes(grown, a), "append wrote in place")
		})
	}
}

func TestRawDistinctValues(t *testing.T) {
	var tab Table
	var arena slab.Bytes
	tab.Start(MinInput)
	defer tab.Stop()
	a := tab.Raw([]byte(`{"a":{}}`), &arena)
	b := tab.Raw([]byte(`{"b":{}}`), &arena)
	assert.Equal(t, `{"a":{}}`, string(a))
	assert.Equal(t, `{"b":{}}`, string(b))
	assert.Equal(t, []byte{}, tab.Raw(nil, &arena), "empty input gives an empty, non-nil slice")
	assert.NotNil(t, tab.Raw(nil, &arena))
}

func TestStopEmptiesTables(t *testing.T) {
	tests := []struct {
		name   string
		values int
	}{
		{"few values keep the map", 10},
		{"many values drop the map", rawKeep + 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tab Table
			var arena slab.Bytes
			tab.Start(MinInput)
			for i := range tt.values {
				tab.String([]byte(strings.Repeat("s", i%MaxLen+1)), &arena)
				tab.Raw([]byte(strings.Repeat("r", i+1)), &arena)
			}
			require.True(t, tab.On())
			tab.Stop()
			assert.False(t, tab.On(), "interning is off after Stop")
			for i, s := range tab.strs {
				require.Empty(t, s, "string slot %d after Stop", i)
			}
			assert.Empty(t, tab.raw, "raw table after Stop")
		})
	}
}

func TestStopWithoutStart(t *testing.T) {
	var tab Table
	tab.Stop()
	tab.Start(MinInput - 1)
	assert.False(t, tab.On(), "a small input leaves interning off")
	tab.Stop()
	assert.Nil(t, tab.strs, "no table is made for small inputs")
}
