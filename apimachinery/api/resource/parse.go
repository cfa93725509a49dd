package resource

import (
	"errors"
	"fmt"
	"math/big"
)

// The errors ParseQuantity wraps; test for them with errors.Is.
var (
	// ErrFormatWrong means the input is not shaped like a quantity.
	ErrFormatWrong = errors.New("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
	// ErrNumeric means the number part of a quantity cannot be represented.
	ErrNumeric = errors.New("unable to parse numeric part of quantity")
	// ErrSuffix means the suffix of a quantity is not a known one.
	ErrSuffix = errors.New("unable to parse quantity's suffix")
)

// maxScale bounds the decimal exponent of a parsed quantity, so that a short
// input such as "1e999999999" cannot demand gigabytes of arithmetic. It is
// far beyond any resource amount.
const maxScale = 1 << 14

// numberParts is a quantity string split into its pieces.
type numberParts struct {
	negative bool
	num      string // integer digits without leading zeros; "0" if none remain
	denom    string // fraction digits
	suffix   string
}

// MustParse parses str like ParseQuantity and panics if it is not a valid
// quantity. Use it for constants in code and tests only.
func MustParse(str string) Quantity {
	q, err := ParseQuantity(str)
	if err != nil {
		panic(fmt.Errorf("cannot parse %q: %w", str, err))
	}
	return q
}

// ParseQuantity parses str as <signedNumber><suffix>. Values are rounded up
// (away from zero) to a multiple of 10^-9; BinarySI values are capped at
// 2^63-1 in magnitude. Errors wrap ErrFormatWrong, ErrNumeric or ErrSuffix
// and quote the input.
//
// Unlike the reference, which reads a bare suffix such as "Ki" or "." as 0,
// the number must contain at least one digit, as the documented grammar
// says. Decimal exponents above 16384 are rejected with ErrNumeric.
func ParseQuantity(str string) (Quantity, error) {
	if str == "0" {
		return Quantity{Format: DecimalSI, s: str}, nil
	}
	p, err := splitNumber(str)
	if err != nil {
		return Quantity{}, parseError(str, err)
	}
	m, ok := interpretSuffix(p.suffix)
	if !ok {
		return Quantity{}, parseError(str, ErrSuffix)
	}
	if q, ok := parseSmall(str, p, m); ok {
		return q, nil
	}
	a, format, err := parseBig(p, m)
	if err != nil {
		return Quantity{}, parseError(str, err)
	}
	return Quantity{a: a, Format: format}, nil
}

// parseError wraps err with the (abbreviated) input.
func parseError(str string, err error) error {
	const limit = 64
	if len(str) > limit {
		str = str[:limit] + "..."
	}
	return fmt.Errorf("parse quantity %q: %w", str, err)
}

// splitNumber splits str into sign, integer digits, fraction digits and
// suffix, checking the overall shape. At least one digit is required.
func splitNumber(str string) (numberParts, error) {
	var p numberParts
	i := 0
	if i < len(str) && (str[i] == '+' || str[i] == '-') {
		p.negative = str[i] == '-'
		i++
	}
	digitsStart := i
	for i < len(str) && str[i] == '0' {
		i++
	}
	numStart := i
	i = skipDigits(str, i)
	p.num = str[numStart:i]
	sawDigits := i > digitsStart
	if i < len(str) && str[i] == '.' {
		i++
		denomStart := i
		i = skipDigits(str, i)
		p.denom = str[denomStart:i]
		sawDigits = sawDigits || i > denomStart
	}
	if !sawDigits {
		return p, ErrFormatWrong
	}
	if p.num == "" {
		p.num = "0"
	}
	p.suffix = str[i:]
	if !validSuffixShape(p.suffix) {
		return p, ErrFormatWrong
	}
	return p, nil
}

// skipDigits returns the index of the first non-digit at or after i.
func skipDigits(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// validSuffixShape reports whether s is [eEinumkKMGTP]*[-+]?[0-9]*.
func validSuffixShape(s string) bool {
	i := 0
	for i < len(s) && isSuffixLetter(s[i]) {
		i++
	}
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	return skipDigits(s, i) == len(s)
}

// isSuffixLetter reports whether c may appear in the letter part of a suffix.
func isSuffixLetter(c byte) bool {
	switch c {
	case 'e', 'E', 'i', 'n', 'u', 'm', 'k', 'K', 'M', 'G', 'T', 'P':
		return true
	}
	return false
}

// parseSmall parses values whose mantissa fits an int64 without
// allocating. It reports false when the value needs parseBig. Inputs that
// the reference's own fast path accepts keep their spelling as the cached
// rendering when it meets the reference's canonical criteria.
func parseSmall(str string, p numberParts, m suffixMeaning) (Quantity, bool) {
	if len(p.num)+len(p.denom) > 18 {
		return Quantity{}, false
	}
	v := parseDigits(p.denom, parseDigits(p.num, 0))
	scale := -int64(len(p.denom))
	if m.base == 10 {
		scale += int64(m.exponent)
	} else {
		var ok bool
		if v, ok = mul64(v, 1<<m.exponent); !ok {
			return Quantity{}, false
		}
	}
	if scale < int64(Nano) || scale > maxScale {
		return Quantity{}, false
	}
	if p.negative {
		v = -v
	}
	q := Quantity{a: amount{value: v, scale: Scale(scale)}, Format: m.format}
	if referenceFastPath(p, m) && isCanonicalInput(p, m, scale, v) {
		q.s = str
	}
	if m.format == BinarySI && v != 0 && scale < 0 && cmpAmount(q.a, amount{value: 1}) < 0 && cmpAmount(q.a, amount{value: -1}) > 0 {
		q.Format = DecimalSI
	}
	return q, true
}

// referenceFastPath reports whether the reference parses p without
// arbitrary precision; only then may it keep the input as the rendering.
func referenceFastPath(p numberParts, m suffixMeaning) bool {
	if m.base == 10 {
		return true // parseSmall's own limits match the reference's here
	}
	return p.denom == "" && 15-len(p.num)-int(m.exponent)*3/10-1 >= 0
}

// parseDigits continues the base-10 number acc with the digits of s. The
// caller guarantees the result fits an int64.
func parseDigits(s string, acc int64) int64 {
	for i := 0; i < len(s); i++ {
		acc = acc*10 + int64(s[i]-'0')
	}
	return acc
}

// isCanonicalInput reports whether a value parsed by parseSmall may keep
// its input as its rendering: the reference's exact criteria, which accept a
// few non-canonical spellings such as "+1" or "1E3".
func isCanonicalInput(p numberParts, m suffixMeaning, scale int64, v int64) bool {
	if m.base == 2 {
		return m.exponent%10 == 0 && v&0x07 != 0
	}
	if scale%3 != 0 || p.num[0] == '0' {
		return false
	}
	// The digits num+denom must not end in "000".
	n := len(p.num) + len(p.denom)
	if n < 3 {
		return true
	}
	for i := n - 3; i < n; i++ {
		if digitAt(p, i) != '0' {
			return true
		}
	}
	return false
}

// digitAt returns digit i of num+denom.
func digitAt(p numberParts, i int) byte {
	if i < len(p.num) {
		return p.num[i]
	}
	return p.denom[i-len(p.num)]
}

// parseBig parses values that need arbitrary precision.
func parseBig(p numberParts, m suffixMeaning) (amount, Format, error) {
	mant, ok := new(big.Int).SetString(p.num+p.denom, 10)
	if !ok {
		return amount{}, "", ErrNumeric
	}
	scale := -int64(len(p.denom))
	if m.base == 10 {
		scale += int64(m.exponent)
	} else {
		mant.Lsh(mant, uint(m.exponent))
	}
	if p.negative {
		mant.Neg(mant)
	}
	if mant.Sign() == 0 {
		return amount{}, m.format, nil
	}
	if scale > maxScale {
		return amount{}, "", fmt.Errorf("exponent %d is too large: %w", scale, ErrNumeric)
	}
	a := amount{big: mant, scale: Scale(max(scale, int64(Nano)))}
	if scale < int64(Nano) {
		a.big, _ = bigDivPow10(mant, int64(Nano)-scale)
	}
	format := m.format
	if format == BinarySI {
		a, format = capBinary(a)
	}
	return a.normalize(), format, nil
}

// capBinary limits a BinarySI amount to 2^63-1 in magnitude, and switches
// amounts below 1 in magnitude to DecimalSI.
func capBinary(a amount) (amount, Format) {
	abs := amount{big: new(big.Int).Abs(a.big), scale: a.scale}
	if cmpAmount(abs, amount{big: bigMax}) > 0 {
		capped := new(big.Int).Set(bigMax)
		if a.big.Sign() < 0 {
			capped.Neg(capped)
		}
		return amount{big: capped}, BinarySI
	}
	if cmpAmount(abs, amount{value: 1}) < 0 {
		return a, DecimalSI
	}
	return a, BinarySI
}
