package resource

import (
	"cmp"
	"math"
	"math/big"
)

// amount is the exact value of a Quantity: value * 10^scale, or
// big * 10^scale when big is non-nil. Operations never modify a big.Int they
// did not allocate, so copies of an amount may share one safely.
type amount struct {
	value int64
	big   *big.Int
	scale Scale
}

// pow10 holds 10^0 .. 10^18, every power of ten an int64 can hold.
var pow10 = [...]int64{
	1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
}

var (
	bigTen = big.NewInt(10)
	bigMax = big.NewInt(math.MaxInt64)
)

// bigPow10 returns a new 10^n for n >= 0.
func bigPow10(n int64) *big.Int {
	if n < int64(len(pow10)) {
		return big.NewInt(pow10[n])
	}
	return new(big.Int).Exp(bigTen, big.NewInt(n), nil)
}

// mul64 returns a*b and whether it did not overflow.
func mul64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	c := a * b
	if (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) || c/b != a {
		return 0, false
	}
	return c, true
}

// add64 returns a+b and whether it did not overflow.
func add64(a, b int64) (int64, bool) {
	c := a + b
	if (c > a) != (b > 0) {
		return 0, false
	}
	return c, true
}

// mulPow10 returns v*10^n (n >= 0) and whether it fits an int64.
func mulPow10(v int64, n int64) (int64, bool) {
	if v == 0 {
		return 0, true
	}
	if n >= int64(len(pow10)) {
		return 0, false
	}
	return mul64(v, pow10[n])
}

// divPow10 divides v by 10^n (n > 0), rounding away from zero, and reports
// whether the division was exact.
func divPow10(v int64, n int64) (int64, bool) {
	if n >= int64(len(pow10)) {
		// |v| < 10^19 <= 10^n: only the sign survives.
		switch {
		case v > 0:
			return 1, false
		case v < 0:
			return -1, false
		}
		return 0, true
	}
	q, r := v/pow10[n], v%pow10[n]
	switch {
	case r > 0:
		return q + 1, false
	case r < 0:
		return q - 1, false
	}
	return q, true
}

// bigDivPow10 divides b by 10^n (n > 0), rounding away from zero, and
// reports whether the division was exact. It returns a new big.Int.
func bigDivPow10(b *big.Int, n int64) (*big.Int, bool) {
	if b.Sign() == 0 {
		return new(big.Int), true
	}
	// |b| < 2^BitLen <= 2^(3n) < 10^n: only the sign survives.
	if n*3 >= int64(b.BitLen()) {
		return big.NewInt(int64(b.Sign())), false
	}
	q, r := new(big.Int).QuoRem(b, bigPow10(n), new(big.Int))
	if r.Sign() == 0 {
		return q, true
	}
	return q.Add(q, big.NewInt(int64(b.Sign()))), false
}

// isBig reports whether the amount uses its big.Int form.
func (a amount) isBig() bool { return a.big != nil }

// sign returns -1, 0 or +1.
func (a amount) sign() int {
	if a.big != nil {
		return a.big.Sign()
	}
	return cmp.Compare(a.value, 0)
}

// unscaled returns the mantissa as a new big.Int.
func (a amount) unscaled() *big.Int {
	if a.big != nil {
		return new(big.Int).Set(a.big)
	}
	return big.NewInt(a.value)
}

// bigAt returns the mantissa expressed at scale s <= a.scale, as a new big.Int.
func (a amount) bigAt(s Scale) *big.Int {
	b := a.unscaled()
	if d := int64(a.scale) - int64(s); d > 0 {
		b.Mul(b, bigPow10(d))
	}
	return b
}

// normalize returns a with a big mantissa that fits an int64 moved back to
// the int64 form.
func (a amount) normalize() amount {
	if a.big != nil && a.big.IsInt64() {
		return amount{value: a.big.Int64(), scale: a.scale}
	}
	return a
}

// fromBig returns the amount b * 10^s, in int64 form when it fits.
func fromBig(b *big.Int, s Scale) amount {
	return amount{big: b, scale: s}.normalize()
}

// alignSmall expresses both int64 amounts at their common scale, reporting
// false when that overflows.
func alignSmall(a, b amount) (x, y int64, s Scale, ok bool) {
	s = min(a.scale, b.scale)
	x, ok1 := mulPow10(a.value, int64(a.scale)-int64(s))
	y, ok2 := mulPow10(b.value, int64(b.scale)-int64(s))
	return x, y, s, ok1 && ok2
}

// cmpAmount compares a and b exactly.
func cmpAmount(a, b amount) int {
	if sa, sb := a.sign(), b.sign(); sa != sb || sa == 0 {
		return cmp.Compare(sa, sb)
	}
	if !a.isBig() && !b.isBig() {
		if x, y, _, ok := alignSmall(a, b); ok {
			return cmp.Compare(x, y)
		}
	}
	if c, ok := cmpMagnitude(a, b); ok {
		return c * a.sign()
	}
	s := min(a.scale, b.scale)
	return a.bigAt(s).Cmp(b.bigAt(s))
}

// cmpMagnitude compares |a| and |b| (both non-zero) without arithmetic
// when their scales alone decide it, so that comparing 1e16384 with 1n
// does not build 10^16393.
func cmpMagnitude(a, b amount) (int, bool) {
	// |x| < 10^(scale+digits) and |x| >= 10^scale.
	if int64(b.scale) >= int64(a.scale)+a.maxDigits() {
		return -1, true
	}
	if int64(a.scale) >= int64(b.scale)+b.maxDigits() {
		return 1, true
	}
	return 0, false
}

// maxDigits bounds the number of decimal digits of the mantissa from above.
func (a amount) maxDigits() int64 {
	bits := 64
	if a.isBig() {
		bits = a.big.BitLen()
	}
	// log10(2) < 0.302; one more digit covers the rounding.
	return int64(bits)*302/1000 + 1
}

// addAmount returns a+b exactly.
func addAmount(a, b amount) amount {
	if b.sign() == 0 {
		return a
	}
	if a.sign() == 0 {
		return b
	}
	if !a.isBig() && !b.isBig() {
		if x, y, s, ok := alignSmall(a, b); ok {
			if sum, ok := add64(x, y); ok {
				return amount{value: sum, scale: s}
			}
		}
	}
	s := min(a.scale, b.scale)
	x := a.bigAt(s)
	return fromBig(x.Add(x, b.bigAt(s)), s)
}

// negAmount returns -a.
func negAmount(a amount) amount {
	if !a.isBig() && a.value != math.MinInt64 {
		return amount{value: -a.value, scale: a.scale}
	}
	b := a.unscaled()
	return fromBig(b.Neg(b), a.scale)
}

// mulAmount returns a*y exactly.
func mulAmount(a amount, y int64) amount {
	if !a.isBig() {
		if v, ok := mul64(a.value, y); ok {
			return amount{value: v, scale: a.scale}
		}
	}
	b := a.unscaled()
	return fromBig(b.Mul(b, big.NewInt(y)), a.scale)
}

// asScale returns a expressed at scale s or coarser, rounding away from
// zero, and whether no precision was lost. Amounts already at s or coarser
// are returned unchanged.
func (a amount) asScale(s Scale) (amount, bool) {
	if a.scale >= s {
		return a, true
	}
	n := int64(s) - int64(a.scale)
	if !a.isBig() {
		v, exact := divPow10(a.value, n)
		return amount{value: v, scale: s}, exact
	}
	b, exact := bigDivPow10(a.big, n)
	return fromBig(b, s), exact
}

// scaledInt64 returns ceil(|a| / 10^s) with a's sign, that is a at scale s
// rounded away from zero. Results beyond int64 wrap to their low 64 bits.
func (a amount) scaledInt64(s Scale) int64 {
	if a.scale < s {
		r, _ := a.asScale(s)
		return r.lowInt64()
	}
	n := int64(a.scale) - int64(s)
	if !a.isBig() {
		if v, ok := mulPow10(a.value, n); ok {
			return v
		}
	}
	if n >= 64 {
		// 10^n is a multiple of 2^64, so the low 64 bits are all zero.
		return 0
	}
	return amount{big: a.bigAt(s)}.lowInt64()
}

// lowInt64 returns the mantissa, wrapped to 64 bits if it is larger.
func (a amount) lowInt64() int64 {
	if !a.isBig() {
		return a.value
	}
	v := int64(a.big.Uint64())
	if a.big.Sign() < 0 {
		return -v
	}
	return v
}

// exactInt64 returns the amount as an int64 when it is an integer that fits.
func (a amount) exactInt64() (int64, bool) {
	r, exact := a.asScale(0)
	if !exact {
		return 0, false
	}
	if !r.isBig() {
		return mulPow10(r.value, int64(r.scale))
	}
	if r.scale > 18 {
		return 0, false
	}
	b := r.bigAt(0)
	if !b.IsInt64() {
		return 0, false
	}
	return b.Int64(), true
}
