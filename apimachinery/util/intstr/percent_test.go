package intstr

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGetScaledValueFromIntOrPercent(t *testing.T) {
	tests := []struct {
		name    string
		in      *IntOrString
		total   int
		roundUp bool
		want    int
		wantErr string
	}{
		{name: "int", in: ptr(FromInt32(123)), total: 100, want: 123},
		{name: "int ignores total", in: ptr(FromInt32(-3)), total: 0, want: -3},
		{name: "percent exact", in: ptr(FromString("90%")), total: 100, roundUp: true, want: 90},
		{name: "percent up", in: ptr(FromString("90%")), total: 95, roundUp: true, want: 86},
		{name: "percent down", in: ptr(FromString("90%")), total: 95, roundUp: false, want: 85},
		{name: "25% of 10 up", in: ptr(FromString("25%")), total: 10, roundUp: true, want: 3},
		{name: "25% of 10 down", in: ptr(FromString("25%")), total: 10, want: 2},
		{name: "1% of 1 up", in: ptr(FromString("1%")), total: 1, roundUp: true, want: 1},
		{name: "1% of 1 down", in: ptr(FromString("1%")), total: 1, want: 0},
		{name: "negative percent up", in: ptr(FromString("-25%")), total: 10, roundUp: true, want: -2},
		{name: "negative percent down", in: ptr(FromString("-25%")), total: 10, want: -3},
		{name: "0%", in: ptr(FromString("0%")), total: 1000, roundUp: true, want: 0},
		{name: "200%", in: ptr(FromString("200%")), total: 3, want: 6},
		{name: "huge saturates", in: ptr(FromString("1000%")), total: math.MaxInt, want: math.MaxInt},
		{name: "no percent sign", in: ptr(FromString("90")), total: 100, wantErr: `"90" is not a percentage`},
		{name: "bad number", in: ptr(FromString("a%")), total: 100, wantErr: `invalid percentage "a%"`},
		{name: "double percent", in: ptr(FromString("5%%")), total: 100, wantErr: `invalid percentage "5%%"`},
		{name: "bad type", in: &IntOrString{Type: 9}, total: 100, wantErr: "invalid type 9"},
		{name: "nil", in: nil, total: 100, wantErr: "nil value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := GetScaledValueFromIntOrPercent(tt.in, tt.total, tt.roundUp)
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

func TestGetValueFromIntOrPercent(t *testing.T) {
	tests := []struct {
		name    string
		in      *IntOrString
		total   int
		roundUp bool
		want    int
		wantErr string
	}{
		{name: "int", in: ptr(FromInt32(7)), total: 100, want: 7},
		{name: "percent", in: ptr(FromString("50%")), total: 5, roundUp: true, want: 3},
		{name: "string without sign is a percent", in: ptr(FromString("50")), total: 5, want: 2},
		{name: "all signs removed", in: ptr(FromString("5%%")), total: 100, want: 5},
		{name: "bad number", in: ptr(FromString("x%")), total: 100, wantErr: `invalid value "x%"`},
		{name: "bad type", in: &IntOrString{Type: -1}, total: 100, wantErr: "invalid type -1"},
		{name: "nil", in: nil, total: 100, wantErr: "nil value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := GetValueFromIntOrPercent(tt.in, tt.total, tt.roundUp)
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

func ptr(v IntOrString) *IntOrString { return &v }
