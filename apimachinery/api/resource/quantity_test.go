package resource

import (
	"math"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustParse(t *testing.T, s string) Quantity {
	t.Helper()
	q, err := ParseQuantity(s)
	require.NoError(t, err, "ParseQuantity(%q)", s)
	return q
}

func TestConstructors(t *testing.T) {
	tests := []struct {
		name string
		q    *Quantity
		want string
	}{
		{"NewQuantity DecimalSI", NewQuantity(5000, DecimalSI), "5k"},
		{"NewQuantity BinarySI", NewQuantity(5*1024*1024, BinarySI), "5Mi"},
		{"NewQuantity BinarySI small", NewQuantity(1000, BinarySI), "1k"},
		{"NewQuantity BinarySI inexact", NewQuantity(1536, BinarySI), "1536"},
		{"NewQuantity BinarySI negative", NewQuantity(-2048, BinarySI), "-2Ki"},
		{"NewQuantity DecimalExponent", NewQuantity(12000000, DecimalExponent), "12e6"},
		{"NewQuantity no format", NewQuantity(1500, ""), "1500"},
		{"NewQuantity zero", NewQuantity(0, BinarySI), "0"},
		{"NewQuantity max", NewQuantity(math.MaxInt64, DecimalSI), "9223372036854775807"},
		{"NewQuantity min", NewQuantity(math.MinInt64, DecimalSI), "-9223372036854775808"},
		{"NewMilliQuantity", NewMilliQuantity(1500, DecimalSI), "1500m"},
		{"NewMilliQuantity whole", NewMilliQuantity(2000, DecimalSI), "2"},
		{"NewMilliQuantity BinarySI", NewMilliQuantity(2048000, BinarySI), "2Ki"},
		{"NewMilliQuantity BinarySI fraction", NewMilliQuantity(1025500, BinarySI), "1025500m"},
		{"NewMilliQuantity no format", NewMilliQuantity(1500, ""), "1500e-3"},
		{"NewScaledQuantity", NewScaledQuantity(5, Giga), "5G"},
		{"NewScaledQuantity nano", NewScaledQuantity(5, Nano), "5n"},
		{"NewScaledQuantity beyond SI", NewScaledQuantity(1, 21), "1e21"},
		{"NewScaledQuantity below nano", NewScaledQuantity(1, -12), "1e-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.q.String())
		})
	}
	var nilQ *Quantity
	assert.Equal(t, "<nil>", nilQ.String())
	var zero Quantity
	assert.Equal(t, "0", zero.String())
}

func TestCmp(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"1", "1", 0},
		{"1", "1000m", 0},
		{"1Ki", "1024", 0},
		{"1k", "1Ki", -1},
		{"1Gi", "1G", 1},
		{"-1", "1", -1},
		{"0", "-0", 0},
		{"1n", "0", 1},
		{"1e3", "1k", 0},
		{"123456789012345678901234", "123456789012345678901233", 1},
		{"123456789012345678901234", "1E", 1},
		{"-123456789012345678901234", "-1E", -1},
		{"1e16384", "1n", 1},
		{"9223372036854775807", "9223372036854775808", -1},
		{"100m", "0.1", 0},
	}
	for _, tt := range tests {
		t.Run(tt.a+" vs "+tt.b, func(t *testing.T) {
			a, b := mustParse(t, tt.a), mustParse(t, tt.b)
			assert.Equal(t, tt.want, a.Cmp(b), "Cmp")
			assert.Equal(t, -tt.want, b.Cmp(a), "reverse Cmp")
			assert.Equal(t, tt.want == 0, a.Equal(b), "Equal")
		})
	}
}

func TestCmpInt64SignIsZero(t *testing.T) {
	tests := []struct {
		in       string
		y        int64
		wantCmp  int
		wantSign int
	}{
		{"0", 0, 0, 0},
		{"1", 0, 1, 1},
		{"999m", 1, -1, 1},
		{"1001m", 1, 1, 1},
		{"-1n", 0, -1, -1},
		{"9223372036854775808", math.MaxInt64, 1, 1},
		{"-9223372036854775808", math.MinInt64, 0, -1},
		{"1Ki", 1024, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			q := mustParse(t, tt.in)
			assert.Equal(t, tt.wantCmp, q.CmpInt64(tt.y), "CmpInt64")
			assert.Equal(t, tt.wantSign, q.Sign(), "Sign")
			assert.Equal(t, tt.wantSign == 0, q.IsZero(), "IsZero")
		})
	}
}

func TestAddSub(t *testing.T) {
	tests := []struct {
		a, b             string
		wantSum, wantDif string
	}{
		{"1", "1", "2", "0"},
		{"100m", "900m", "1", "-800m"},
		{"1Gi", "512Mi", "1536Mi", "512Mi"},
		{"1k", "1Ki", "2024", "-24"},
		{"1.5", "1n", "1500000001n", "1499999999n"},
		{"9223372036854775807", "1", "9223372036854775808", "9223372036854775806"},
		{"-9223372036854775808", "-1", "-9223372036854775809", "-9223372036854775807"},
		{"123456789012345678901234", "-123456789012345678901234", "0", "246913578024691357802468"},
		{"1E", "1E", "2E", "0"},
		{"0", "5Mi", "5Mi", "-5Mi"},
		{"0", "12e6", "12e6", "-12e6"},
	}
	for _, tt := range tests {
		t.Run(tt.a+" "+tt.b, func(t *testing.T) {
			a, b := mustParse(t, tt.a), mustParse(t, tt.b)
			sum := a.DeepCopy()
			sum.Add(b)
			assert.Equal(t, tt.wantSum, sum.String(), "Add")
			dif := a.DeepCopy()
			dif.Sub(b)
			assert.Equal(t, tt.wantDif, dif.String(), "Sub")
			assert.True(t, a.Equal(mustParse(t, tt.a)), "operand unchanged")
		})
	}
}

func TestAddTakesFormatOfOperandWhenZero(t *testing.T) {
	var q Quantity
	q.Add(MustParse("1Mi"))
	assert.Equal(t, BinarySI, q.Format)
	assert.Equal(t, "1Mi", q.String())

	var s Quantity
	s.Sub(MustParse("1Mi"))
	assert.Equal(t, "-1Mi", s.String())
}

func TestArithmeticClearsCachedString(t *testing.T) {
	q := MustParse("100m")
	require.Equal(t, "100m", q.String())
	q.Add(MustParse("100m"))
	assert.Equal(t, "200m", q.String())
	q.Neg()
	assert.Equal(t, "-200m", q.String())
	q.Mul(-5)
	assert.Equal(t, "1", q.String())
	q.SetMilli(1500)
	assert.Equal(t, "1500m", q.String())
	q.Set(3)
	assert.Equal(t, "3", q.String())
	q.SetScaled(7, Mega)
	assert.Equal(t, "7M", q.String())
}

func TestCopiesAreIndependent(t *testing.T) {
	big := MustParse("123456789012345678901234")
	shallow := big
	shallow.Add(MustParse("1"))
	shallow.Neg()
	shallow.Mul(3)
	assert.Equal(t, "123456789012345678901234", big.String())

	deep := big.DeepCopy()
	var into Quantity
	big.DeepCopyInto(&into)
	big.Sub(MustParse("4"))
	assert.Equal(t, "123456789012345678901234", deep.String())
	assert.Equal(t, "123456789012345678901234", into.String())
	assert.Equal(t, "123456789012345678901230", big.String())
}

func TestMul(t *testing.T) {
	tests := []struct {
		in      string
		y       int64
		want    string
		wantFit bool
	}{
		{"1", 5, "5", true},
		{"100m", 10, "1", true},
		{"1Gi", 4, "4Gi", true},
		{"1E", 10, "10E", true},
		{"9223372036854775807", 2, "18446744073709551614", false},
		{"-1", math.MinInt64, "9223372036854775808", false},
		{"123456789012345678901234", 0, "0", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			q := mustParse(t, tt.in)
			assert.Equal(t, tt.wantFit, q.Mul(tt.y), "Mul result")
			assert.Equal(t, tt.want, q.String())
		})
	}
}

func TestNeg(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"1", "-1"}, {"-1Ki", "1Ki"}, {"0", "0"}, {"-9223372036854775808", "9223372036854775808"},
	} {
		t.Run(tt.in, func(t *testing.T) {
			q := mustParse(t, tt.in)
			q.Neg()
			assert.Equal(t, tt.want, q.String())
		})
	}
}

func TestScaledValue(t *testing.T) {
	tests := []struct {
		in    string
		scale Scale
		want  int64
	}{
		{"1", Milli, 1000},
		{"1", 0, 1},
		{"1", Kilo, 1},
		{"1001", Kilo, 2},
		{"-1001", Kilo, -2},
		{"1k", Kilo, 1},
		{"1.5", 0, 2},
		{"-1.5", 0, -2},
		{"1n", 0, 1},
		{"1n", Nano, 1},
		{"1", Nano, 1e9},
		{"123456789012345678901234", Peta, 123456790},
		{"123456789012345678901234", Exa, 123457},
		{"-123456789012345678901234", Exa, -123457},
		{"1Gi", Mega, 1074},
		{"1e16384", Exa + 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			q := mustParse(t, tt.in)
			assert.Equal(t, tt.want, q.ScaledValue(tt.scale))
		})
	}
}

func TestAsInt64(t *testing.T) {
	tests := []struct {
		in     string
		want   int64
		wantOK bool
	}{
		{"1", 1, true},
		{"1000m", 1, true},
		{"1500m", 0, false},
		{"1Ki", 1024, true},
		{"1E", 1e18, true},
		{"9E", 9e18, true},
		{"10E", 0, false},
		{"9223372036854775807", math.MaxInt64, true},
		{"9223372036854775808", 0, false},
		{"-9223372036854775808", math.MinInt64, true},
		{"1e16384", 0, false},
		{"0", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			q := mustParse(t, tt.in)
			got, ok := q.AsInt64()
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestFloats(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"0", 0},
		{"1", 1},
		{"1.5", 1.5},
		{"100m", 0.1},
		{"-1Ki", -1024},
		{"1E", 1e18},
		{"123456789012345678901234", 1.2345678901234568e23},
		{"1e400", math.Inf(1)},
		{"-1e400", math.Inf(-1)},
		{"0e400", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			q := mustParse(t, tt.in)
			assert.InEpsilon(t, 1, ratio(q.AsApproximateFloat64(), tt.want), 1e-12, "AsApproximateFloat64 = %v", q.AsApproximateFloat64())
			assert.Equal(t, tt.want, q.AsFloat64Slow(), "AsFloat64Slow")
		})
	}
}

// ratio compares floats including zeros and infinities.
func ratio(got, want float64) float64 {
	if got == want {
		return 1
	}
	return got / want
}

func TestRoundUpAndAsScale(t *testing.T) {
	tests := []struct {
		in        string
		scale     Scale
		want      string
		wantExact bool
	}{
		{"1", 0, "1", true},
		{"1500m", 0, "2", false},
		{"-1500m", 0, "-2", false},
		{"1n", Milli, "1m", false},
		{"1500m", Milli, "1500m", true},
		{"1500m", Kilo, "1k", false},
		{"-9", 1, "-10", false},
		{"123456789012345678901234", Exa, "123457E", false},
		{"123456789012345678901234.5", 0, "123456789012345678901235", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			q := mustParse(t, tt.in)
			v, exact := q.AsScale(tt.scale)
			assert.Equal(t, tt.wantExact, exact, "AsScale exact")
			number, exp := v.AsCanonicalBytes(nil)
			r := mustParse(t, string(number)+"e"+itoa(exp))
			assert.True(t, r.Equal(mustParse(t, tt.want)), "AsScale value %se%d", number, exp)

			assert.Equal(t, tt.wantExact, q.RoundUp(tt.scale), "RoundUp exact")
			assert.Equal(t, tt.want, q.String(), "RoundUp result")
		})
	}
}

func TestCanonicalBytes(t *testing.T) {
	tests := []struct {
		in                     string
		wantDecimal            string
		wantDecimalExp         int32
		wantNumber, wantSuffix string
		wantBase1024           string
		wantBase1024Exp        int32
	}{
		{"1.5Gi", "1610612736", 0, "1536", "Mi", "1536", 2},
		{"100m", "100", -3, "100", "m", "1", 0},
		{"12e6", "12", 6, "12", "e6", "12000000", 0},
		{"0", "0", 0, "0", "", "0", 0},
		{"-2Ki", "-2048", 0, "-2", "Ki", "-2", 1},
		{"1000E", "1", 21, "1", "e21", "953674316406250", 2},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			q := mustParse(t, tt.in)
			number, exp := q.AsCanonicalBytes(nil)
			assert.Equal(t, tt.wantDecimal, string(number), "AsCanonicalBytes number")
			assert.Equal(t, tt.wantDecimalExp, exp, "AsCanonicalBytes exponent")

			number, suffix := q.CanonicalizeBytes(make([]byte, 0, 64))
			assert.Equal(t, tt.wantNumber, string(number), "CanonicalizeBytes number")
			assert.Equal(t, tt.wantSuffix, string(suffix), "CanonicalizeBytes suffix")
			number = append(number, 'X')
			assert.Equal(t, tt.wantSuffix, string(suffix), "appending to number leaves suffix alone")

			v, _ := q.AsScale(0)
			number, exp = v.AsCanonicalBase1024Bytes([]byte("prefix:"))
			assert.Equal(t, "prefix:"+tt.wantBase1024, string(number), "AsCanonicalBase1024Bytes number")
			assert.Equal(t, tt.wantBase1024Exp, exp, "AsCanonicalBase1024Bytes exponent")
		})
	}
}

func TestBinaryBeyondEiFallsBackToDecimal(t *testing.T) {
	q := MustParse("4Ei")
	q.Mul(1024)
	assert.Equal(t, BinarySI, q.Format)
	assert.Equal(t, "4722366482869645213696", q.String())
	again := MustParse(q.String())
	assert.Equal(t, 0, again.Cmp(q))
}

func TestToDec(t *testing.T) {
	q := MustParse("1.5")
	assert.Same(t, &q, q.ToDec())
	assert.Equal(t, "1500m", q.String())
}

func itoa(v int32) string { return strconv.FormatInt(int64(v), 10) }

func TestExtremeScalesStayCheap(t *testing.T) {
	huge := NewScaledQuantity(3, 1<<30)
	tiny := NewScaledQuantity(-7, -(1 << 30))
	assert.Equal(t, 1, huge.Cmp(*NewQuantity(math.MaxInt64, DecimalSI)))
	assert.Equal(t, -1, tiny.CmpInt64(0))
	assert.Equal(t, 1, huge.Cmp(*tiny))
	assert.Equal(t, -1, tiny.Cmp(*huge))
	neg := huge.DeepCopy()
	neg.Neg()
	assert.Equal(t, -1, neg.Cmp(*tiny))
	assert.Equal(t, int64(0), huge.Value(), "low 64 bits of 3*10^(2^30)")
	assert.Equal(t, int64(-1), tiny.Value(), "rounded away from zero")
	assert.Equal(t, "30e1073741823", huge.String())
}

func TestConcurrentReadsAreSafe(t *testing.T) {
	shared := MustParse("1.5Gi")
	done := make(chan string)
	for range 4 {
		go func() {
			b, _ := shared.MarshalJSON()
			done <- shared.String() + string(b)
		}()
	}
	for range 4 {
		assert.Equal(t, `1536Mi"1536Mi"`, <-done)
	}
}
