package resource

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseQuantityCanonical(t *testing.T) {
	tests := []struct {
		in         string
		wantString string
		wantFormat Format
		wantValue  int64
		wantMilli  int64
	}{
		// Decimal SI.
		{"0", "0", DecimalSI, 0, 0},
		{"-0", "0", DecimalSI, 0, 0},
		{"00", "0", DecimalSI, 0, 0},
		{"0.0", "0", DecimalSI, 0, 0},
		{"1", "1", DecimalSI, 1, 1000},
		{"1024", "1024", DecimalSI, 1024, 1024000},
		{"1000", "1k", DecimalSI, 1000, 1000000},
		{"100", "100", DecimalSI, 100, 100000},
		{"1500", "1500", DecimalSI, 1500, 1500000},
		{"0.1", "100m", DecimalSI, 1, 100},
		{"1.5", "1500m", DecimalSI, 2, 1500},
		{"1000m", "1", DecimalSI, 1, 1000},
		{"100m", "100m", DecimalSI, 1, 100},
		{"250m", "250m", DecimalSI, 1, 250},
		{"1.5k", "1500", DecimalSI, 1500, 1500000},
		{"1k", "1k", DecimalSI, 1000, 1000000},
		{"1M", "1M", DecimalSI, 1000000, 1000000000},
		{"1G", "1G", DecimalSI, 1e9, 1e12},
		{"1T", "1T", DecimalSI, 1e12, 1e15},
		{"1P", "1P", DecimalSI, 1e15, 1e18},
		{"1E", "1E", DecimalSI, 1e18, 3875820019684212736}, // milli overflows and wraps
		{"1n", "1n", DecimalSI, 1, 1},
		{"1u", "1u", DecimalSI, 1, 1},
		{"1000u", "1m", DecimalSI, 1, 1},
		{"0.5m", "500u", DecimalSI, 1, 1},
		{"0.1n", "1n", DecimalSI, 1, 1},
		{"1.0001n", "2n", DecimalSI, 1, 1},
		{"-0.1n", "-1n", DecimalSI, -1, -1},
		{".5", "500m", DecimalSI, 1, 500},
		{"5.", "5.", DecimalSI, 5, 5000},
		{"1.G", "1.G", DecimalSI, 1e9, 1e12},
		{"-1", "-1", DecimalSI, -1, -1000},
		{"-1.5", "-1500m", DecimalSI, -2, -1500},
		{"-100m", "-100m", DecimalSI, -1, -100},
		{"1000E", "1e21", DecimalSI, 3875820019684212736, 2003764205206896640},
		{"123456789012345678901234", "123456789012345678901234", DecimalSI, -7269072992350064654, -1055827308501317296},
		{"9223372036854775807", "9223372036854775807", DecimalSI, math.MaxInt64, -1000},
		{"9223372036854775808", "9223372036854775808", DecimalSI, math.MinInt64, 0},
		{"0.0000000001", "1n", DecimalSI, 1, 1},
		// Inputs already canonical keep their spelling, as in the reference.
		{"+1", "+1", DecimalSI, 1, 1000},
		{"01", "01", DecimalSI, 1, 1000},
		{"1.001", "1.001", DecimalSI, 2, 1001},
		{"1.441k", "1.441k", DecimalSI, 1441, 1441000},
		{"1.000001", "1.000001", DecimalSI, 2, 1001},
		{"1.44", "1440m", DecimalSI, 2, 1440},
		{"1.000000000000000001E", "1000000000000000001", DecimalSI, 1000000000000000001, 3875820019684213736},
		{"-1.000000000000000001E", "-1000000000000000001", DecimalSI, -1000000000000000001, -3875820019684213736},
		{"1000000000000000000.1", "1000000000000000000100m", DecimalSI, 1000000000000000001, 3875820019684212836},
		// Binary SI.
		{"1Ki", "1Ki", BinarySI, 1024, 1024000},
		{"8Ki", "8Ki", BinarySI, 8192, 8192000},
		{"1024Ki", "1Mi", BinarySI, 1 << 20, 1 << 20 * 1000},
		{"100Mi", "100Mi", BinarySI, 100 << 20, 100 << 20 * 1000},
		{"1536Mi", "1536Mi", BinarySI, 1536 << 20, 1536 << 20 * 1000},
		{"1.5Gi", "1536Mi", BinarySI, 1536 << 20, 1536 << 20 * 1000},
		{"1Gi", "1Gi", BinarySI, 1 << 30, 1 << 30 * 1000},
		{"1Ti", "1Ti", BinarySI, 1 << 40, 1 << 40 * 1000},
		{"1Pi", "1Pi", BinarySI, 1 << 50, 1 << 50 * 1000},
		{"1Ei", "1Ei", BinarySI, 1 << 60, math.MinInt64}, // 2^60*1000 wraps
		{"0.5Ki", "512", BinarySI, 512, 512000},
		{"1.5Ki", "1536", BinarySI, 1536, 1536000},
		{"0.0005Ki", "512m", DecimalSI, 1, 512},
		{"0.001Ki", "1024m", BinarySI, 2, 1024},
		{"1.0001Ki", "1024102400u", BinarySI, 1025, 1024103},
		{"-1Ki", "-1Ki", BinarySI, -1024, -1024000},
		{"10Ei", "9223372036854775807", BinarySI, math.MaxInt64, -1000},
		{"-10Ei", "-9223372036854775807", BinarySI, -math.MaxInt64, 1000},
		{"0Ki", "0", BinarySI, 0, 0},
		// Decimal exponent.
		{"1e3", "1e3", DecimalExponent, 1000, 1000000},
		{"1E3", "1E3", DecimalExponent, 1000, 1000000},
		{"1e+3", "1e+3", DecimalExponent, 1000, 1000000},
		{"12e6", "12e6", DecimalExponent, 12e6, 12e9},
		{"1.5e3", "1500", DecimalExponent, 1500, 1500000},
		{"1e-2", "10e-3", DecimalExponent, 1, 10},
		{"1E-3", "1E-3", DecimalExponent, 1, 1},
		{"1e-20", "1e-9", DecimalExponent, 1, 1},
		{"1e0", "1e0", DecimalExponent, 1, 1000},
		{"1.5e+3", "1500", DecimalExponent, 1500, 1500000},
		{"100e-3", "100e-3", DecimalExponent, 1, 100},
		{"1000e-3", "1", DecimalExponent, 1, 1000},
		{"1e21", "1e21", DecimalExponent, 3875820019684212736, 2003764205206896640},
		{"1e-2147483648", "1e-9", DecimalExponent, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			q, err := ParseQuantity(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.wantString, q.String(), "String")
			assert.Equal(t, tt.wantFormat, q.Format, "Format")
			assert.Equal(t, tt.wantValue, q.Value(), "Value")
			assert.Equal(t, tt.wantMilli, q.MilliValue(), "MilliValue")

			again, err := ParseQuantity(q.String())
			require.NoError(t, err, "re-parse of %q", q.String())
			assert.Equal(t, 0, again.Cmp(q), "re-parsed %q = %s, want %s", q.String(), again.String(), tt.wantString)
		})
	}
}

func TestParseQuantityErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"", ErrFormatWrong},
		{" 1", ErrFormatWrong},
		{"1 ", ErrFormatWrong},
		{"1.1.1", ErrFormatWrong},
		{"1.1.M", ErrFormatWrong},
		{"1+1.0M", ErrFormatWrong},
		{"1Qi", ErrFormatWrong},
		{"--1", ErrFormatWrong},
		{"+-1", ErrFormatWrong},
		{"Ki", ErrFormatWrong},
		{"M", ErrFormatWrong},
		{".", ErrFormatWrong},
		{"-", ErrFormatWrong},
		{"+", ErrFormatWrong},
		{"e3", ErrFormatWrong},
		{"aoeu", ErrFormatWrong},
		{"1,5", ErrFormatWrong},
		{"1_000", ErrFormatWrong},
		{"0x10", ErrFormatWrong},
		{"１", ErrFormatWrong},
		{"1e", ErrSuffix},
		{"1e-", ErrSuffix},
		{"-3.01e-", ErrSuffix},
		{"1m3", ErrSuffix},
		{"1Ee3", ErrSuffix},
		{"0.1mi", ErrSuffix},
		{"1i", ErrSuffix},
		{".5i", ErrSuffix},
		{"-3.01i", ErrSuffix},
		{"1KI", ErrFormatWrong},
		{"1ki", ErrSuffix},
		{"1K", ErrSuffix},
		{"1mm", ErrSuffix},
		{"1e2147483648", ErrSuffix},
		{"1e16385", ErrNumeric},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParseQuantity(tt.in)
			require.Error(t, err)
			assert.True(t, errors.Is(err, tt.want), "got %v, want %v", err, tt.want)
			assert.Contains(t, err.Error(), strconv.Quote(tt.in), "error names the input")
		})
	}
}

func TestParseQuantityLongInputAbbreviated(t *testing.T) {
	in := strings.Repeat("9", 200) + "x"
	_, err := ParseQuantity(in)
	require.ErrorIs(t, err, ErrFormatWrong)
	assert.Less(t, len(err.Error()), 250)
	assert.Contains(t, err.Error(), "...")
}

func TestMustParse(t *testing.T) {
	q := MustParse("1Gi")
	assert.Equal(t, "1Gi", q.String())
	assert.PanicsWithError(t, `cannot parse "1Qi": parse quantity "1Qi": `+ErrFormatWrong.Error(), func() { MustParse("1Qi") })
}

func TestParseQuantityDoesNotAllocateForSmallValues(t *testing.T) {
	for _, in := range []string{"100m", "128Mi", "1.5Gi", "2", "1500m", "0.5", "1e3", "-0.0005Ki"} {
		allocs := testing.AllocsPerRun(100, func() {
			if _, err := ParseQuantity(in); err != nil {
				t.Fatal(err)
			}
		})
		assert.Zero(t, allocs, "ParseQuantity(%q) allocations", in)
	}
}
