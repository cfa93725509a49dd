package resource

import (
	"math/big"
	"strconv"
)

// CanonicalValue is a value that can render itself in canonical form, as
// returned by Quantity.AsScale.
type CanonicalValue interface {
	// AsCanonicalBytes appends the decimal mantissa to out and returns it
	// with an exponent that is a multiple of 3, such that the value equals
	// mantissa * 10^exponent and the mantissa has no more trailing zeros than
	// that requires.
	AsCanonicalBytes(out []byte) ([]byte, int32)
	// AsCanonicalBase1024Bytes appends the integer mantissa to out and
	// returns it with the largest exponent such that the value (rounded up to
	// an integer) equals mantissa * 1024^exponent.
	AsCanonicalBase1024Bytes(out []byte) ([]byte, int32)
}

// AsCanonicalBytes implements CanonicalValue.
func (a amount) AsCanonicalBytes(out []byte) ([]byte, int32) {
	if !a.isBig() {
		v, exp := a.value, int64(a.scale)
		for v != 0 && v%10 == 0 {
			v /= 10
			exp++
		}
		v, exp, ok := alignExponent(v, exp)
		if ok {
			return strconv.AppendInt(out, v, 10), int32(exp)
		}
	}
	b, exp := stripBigFactors(a.unscaled(), int64(a.scale))
	for exp%3 != 0 {
		b.Mul(b, bigTen)
		exp--
	}
	return b.Append(out, 10), int32(exp)
}

// alignExponent lowers exp to a multiple of 3, multiplying v to match, and
// reports false if v overflows.
func alignExponent(v, exp int64) (int64, int64, bool) {
	switch exp % 3 {
	case 1, -2:
		v, ok := mul64(v, 10)
		return v, exp - 1, ok
	case 2, -1:
		v, ok := mul64(v, 100)
		return v, exp - 2, ok
	}
	return v, exp, true
}

// stripBigFactors divides every factor of ten out of b, in place, and
// returns it with exp raised to match.
func stripBigFactors(b *big.Int, exp int64) (*big.Int, int64) {
	if b.Sign() == 0 {
		return b, exp
	}
	q, r := new(big.Int), new(big.Int)
	for _, step := range []int64{18, 1} {
		d := big.NewInt(pow10[step])
		for {
			q.QuoRem(b, d, r)
			if r.Sign() != 0 {
				break
			}
			b, q = q, b
			exp += step
		}
	}
	return b, exp
}

// AsCanonicalBase1024Bytes implements CanonicalValue.
func (a amount) AsCanonicalBase1024Bytes(out []byte) ([]byte, int32) {
	r, _ := a.asScale(0)
	if !r.isBig() {
		if v, ok := mulPow10(r.value, int64(r.scale)); ok {
			exp := int32(0)
			for v != 0 && v%1024 == 0 {
				v /= 1024
				exp++
			}
			return strconv.AppendInt(out, v, 10), exp
		}
	}
	b := r.bigAt(0)
	exp := int32(0)
	for b.Sign() != 0 && b.TrailingZeroBits() >= 10 {
		b.Rsh(b, 10)
		exp++
	}
	return b.Append(out, 10), exp
}

// appendCanonical appends the canonical rendering of a in format to out.
// It returns the extended slice and the length of its number part; the
// suffix follows the number.
func appendCanonical(out []byte, a amount, format Format) ([]byte, int) {
	start := len(out)
	if a.sign() == 0 {
		return append(out, '0'), start + 1
	}
	switch format {
	case DecimalExponent, DecimalSI:
	case BinarySI:
		if full, n, ok := appendCanonicalBinary(out, a); ok {
			return full, n
		}
		format = DecimalSI
	default:
		format = DecimalExponent
	}
	number, exp := a.AsCanonicalBytes(out)
	return appendDecimalSuffix(number, exp, format), len(number)
}

// appendCanonicalBinary renders a with a binary SI suffix when that is exact
// and |a| >= 1024; otherwise it reports false.
func appendCanonicalBinary(out []byte, a amount) ([]byte, int, bool) {
	if cmpAmount(a, amount{value: -1024}) > 0 && cmpAmount(a, amount{value: 1024}) < 0 {
		return nil, 0, false
	}
	r, exact := a.asScale(0)
	if !exact {
		return nil, 0, false
	}
	number, exp := r.AsCanonicalBase1024Bytes(out)
	if int(exp) >= len(binarySuffixes) {
		return nil, 0, false
	}
	return append(number, binarySuffixes[exp]...), len(number), true
}
