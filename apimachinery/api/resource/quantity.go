package resource

import (
	"math"
	"strconv"
)

// Quantity is a fixed-point number with a remembered rendering format. The
// zero value is 0. Parse one with ParseQuantity or MustParse, or build one
// with NewQuantity, NewMilliQuantity or NewScaledQuantity.
//
// Copies of a Quantity are independent: no method modifies state shared
// with a copy.
type Quantity struct {
	// a is the exact value.
	a amount
	// s caches the rendering; empty when not yet computed.
	s string

	// Format is the suffix family String renders the value with.
	Format
}

// NewQuantity returns a Quantity holding value in the given format.
func NewQuantity(value int64, format Format) *Quantity {
	return &Quantity{a: amount{value: value}, Format: format}
}

// NewMilliQuantity returns a Quantity holding value/1000 in the given format.
func NewMilliQuantity(value int64, format Format) *Quantity {
	return &Quantity{a: amount{value: value, scale: Milli}, Format: format}
}

// NewScaledQuantity returns a DecimalSI Quantity holding value * 10^scale.
func NewScaledQuantity(value int64, scale Scale) *Quantity {
	return &Quantity{a: amount{value: value, scale: scale}, Format: DecimalSI}
}

// String returns the canonical rendering: the mantissa without fractional
// digits and the largest suffix of the quantity's format that loses no
// precision (binary SI falls back to decimal SI when it cannot be exact or
// the value is below 1024). A nil receiver yields "<nil>".
//
// Parsed quantities remember their input when it is already canonical and
// return it without work. Unlike the reference, String never writes to q,
// so concurrent calls on a shared object (an informer's cache) are safe.
func (q *Quantity) String() string {
	if q == nil {
		return "<nil>"
	}
	if q.s != "" {
		return q.s
	}
	var buf [24]byte
	out, _ := appendCanonical(buf[:0], q.a, q.Format)
	return string(out)
}

// CanonicalizeBytes appends the canonical number to out and returns it,
// with the suffix separately. See String for the form.
func (q *Quantity) CanonicalizeBytes(out []byte) (result, suffix []byte) {
	full, n := appendCanonical(out, q.a, q.Format)
	return full[:n:n], full[n:]
}

// AsCanonicalBytes appends the decimal mantissa to out and returns it with
// an exponent that is a multiple of 3 (value = mantissa * 10^exponent).
func (q *Quantity) AsCanonicalBytes(out []byte) (result []byte, exponent int32) {
	if q.a.sign() == 0 {
		return append(out, '0'), 0
	}
	return q.a.AsCanonicalBytes(out)
}

// Value returns the value rounded up (away from zero) to an integer. It
// wraps around for values beyond int64; check with Cmp or AsInt64 first if
// that matters.
func (q *Quantity) Value() int64 {
	return q.ScaledValue(0)
}

// MilliValue returns the value times 1000, rounded up (away from zero).
func (q *Quantity) MilliValue() int64 {
	return q.ScaledValue(Milli)
}

// ScaledValue returns the value divided by 10^scale, rounded up (away from
// zero): NewQuantity(1, DecimalSI).ScaledValue(Milli) is 1000. Results
// beyond int64 wrap around.
func (q *Quantity) ScaledValue(scale Scale) int64 {
	return q.a.scaledInt64(scale)
}

// AsInt64 returns the value as an int64 when it is an integer that fits.
func (q *Quantity) AsInt64() (int64, bool) {
	return q.a.exactInt64()
}

// AsApproximateFloat64 returns the value as a float64, with the rounding
// error of a multiplication by a power of ten; values beyond float64 yield
// ±Inf.
func (q Quantity) AsApproximateFloat64() float64 {
	if q.a.isBig() {
		return q.AsFloat64Slow()
	}
	base := float64(q.a.value)
	if q.a.scale == 0 || base == 0 {
		return base
	}
	return base * math.Pow10(int(q.a.scale))
}

// AsFloat64Slow returns the float64 nearest to the value; values beyond
// float64 yield ±Inf.
func (q Quantity) AsFloat64Slow() float64 {
	var buf [40]byte
	out := q.a.unscaled().Append(buf[:0], 10)
	out = append(out, 'e')
	out = strconv.AppendInt(out, int64(q.a.scale), 10)
	f, _ := strconv.ParseFloat(string(out), 64)
	return f
}

// AsScale returns the value at the given scale, rounded up (away from zero)
// if it is finer, and whether that was exact.
func (q *Quantity) AsScale(scale Scale) (CanonicalValue, bool) {
	return q.a.asScale(scale)
}

// ToDec returns q. skiff chooses between its int64 and math/big forms by
// itself, so there is nothing to promote; the method exists for
// compatibility.
func (q *Quantity) ToDec() *Quantity {
	return q
}

// IsZero reports whether the value is 0.
func (q *Quantity) IsZero() bool {
	return q.a.sign() == 0
}

// Sign returns -1, 0 or +1 for a negative, zero or positive value.
func (q *Quantity) Sign() int {
	return q.a.sign()
}

// Cmp returns -1, 0 or +1 as q is less than, equal to or greater than y.
func (q *Quantity) Cmp(y Quantity) int {
	return cmpAmount(q.a, y.a)
}

// CmpInt64 returns -1, 0 or +1 as q is less than, equal to or greater than y.
func (q *Quantity) CmpInt64(y int64) int {
	return cmpAmount(q.a, amount{value: y})
}

// Equal reports whether q and v hold the same value, whatever their formats.
func (q Quantity) Equal(v Quantity) bool {
	return cmpAmount(q.a, v.a) == 0
}

// Add adds y to q. A zero q takes y's format.
func (q *Quantity) Add(y Quantity) {
	q.s = ""
	if q.IsZero() {
		q.Format = y.Format
	}
	q.a = addAmount(q.a, y.a)
}

// Sub subtracts y from q. A zero q takes y's format.
func (q *Quantity) Sub(y Quantity) {
	q.s = ""
	if q.IsZero() {
		q.Format = y.Format
	}
	q.a = addAmount(q.a, negAmount(y.a))
}

// Mul multiplies q by y. It returns false when the resulting mantissa no
// longer fits an int64 (the product itself is always exact).
func (q *Quantity) Mul(y int64) bool {
	q.s = ""
	q.a = mulAmount(q.a, y)
	return !q.a.isBig()
}

// Neg negates q.
func (q *Quantity) Neg() {
	q.s = ""
	q.a = negAmount(q.a)
}

// RoundUp rounds q up (away from zero) to a multiple of 10^scale, so a
// non-zero value stays non-zero, and reports whether no precision was lost.
func (q *Quantity) RoundUp(scale Scale) bool {
	r, exact := q.a.asScale(scale)
	if !exact {
		q.s = ""
		q.a = r
	}
	return exact
}

// Set sets q to value, keeping its format.
func (q *Quantity) Set(value int64) {
	q.SetScaled(value, 0)
}

// SetMilli sets q to value/1000, keeping its format.
func (q *Quantity) SetMilli(value int64) {
	q.SetScaled(value, Milli)
}

// SetScaled sets q to value * 10^scale, keeping its format.
func (q *Quantity) SetScaled(value int64, scale Scale) {
	q.s = ""
	q.a = amount{value: value, scale: scale}
}
