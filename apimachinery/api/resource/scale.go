package resource

import "strconv"

// Scale is a power of ten: a value v at scale s means v * 10^s.
type Scale int32

// The decimal scales named by SI prefixes.
const (
	// Nano is 10^-9, the suffix "n" and the finest scale a parsed value keeps.
	Nano Scale = -9
	// Micro is 10^-6, the suffix "u".
	Micro Scale = -6
	// Milli is 10^-3, the suffix "m".
	Milli Scale = -3
	// Kilo is 10^3, the suffix "k".
	Kilo Scale = 3
	// Mega is 10^6, the suffix "M".
	Mega Scale = 6
	// Giga is 10^9, the suffix "G".
	Giga Scale = 9
	// Tera is 10^12, the suffix "T".
	Tera Scale = 12
	// Peta is 10^15, the suffix "P".
	Peta Scale = 15
	// Exa is 10^18, the suffix "E".
	Exa Scale = 18
)

// Format names the suffix family a Quantity is rendered with.
type Format string

// The suffix families of a Quantity.
const (
	// DecimalExponent renders as e.g. "12e6".
	DecimalExponent = Format("DecimalExponent")
	// BinarySI renders as e.g. "5Gi".
	BinarySI = Format("BinarySI")
	// DecimalSI renders as e.g. "5G".
	DecimalSI = Format("DecimalSI")
)

// decimalSuffixes maps a power of ten to its SI suffix.
var decimalSuffixes = map[int32]string{
	-9: "n", -6: "u", -3: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P", 18: "E",
}

// binarySuffixes maps a power of 1024 to its binary SI suffix.
var binarySuffixes = [...]string{"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"}

// suffixMeaning describes what a suffix multiplies the number by: base^exponent.
type suffixMeaning struct {
	base     int32 // 10 or 2
	exponent int32
	format   Format
}

// interpretSuffix reports what suffix means, or false if it is not one.
func interpretSuffix(suffix string) (suffixMeaning, bool) {
	switch suffix {
	case "":
		return suffixMeaning{10, 0, DecimalSI}, true
	case "n":
		return suffixMeaning{10, -9, DecimalSI}, true
	case "u":
		return suffixMeaning{10, -6, DecimalSI}, true
	case "m":
		return suffixMeaning{10, -3, DecimalSI}, true
	case "k":
		return suffixMeaning{10, 3, DecimalSI}, true
	case "M":
		return suffixMeaning{10, 6, DecimalSI}, true
	case "G":
		return suffixMeaning{10, 9, DecimalSI}, true
	case "T":
		return suffixMeaning{10, 12, DecimalSI}, true
	case "P":
		return suffixMeaning{10, 15, DecimalSI}, true
	case "E":
		return suffixMeaning{10, 18, DecimalSI}, true
	case "Ki", "Mi", "Gi", "Ti", "Pi", "Ei":
		for i, s := range binarySuffixes {
			if s == suffix {
				return suffixMeaning{2, int32(i) * 10, BinarySI}, true
			}
		}
	}
	if len(suffix) > 1 && (suffix[0] == 'e' || suffix[0] == 'E') {
		exp, err := strconv.ParseInt(suffix[1:], 10, 32)
		if err != nil {
			return suffixMeaning{}, false
		}
		return suffixMeaning{10, int32(exp), DecimalExponent}, true
	}
	return suffixMeaning{}, false
}

// appendDecimalSuffix appends the suffix for 10^exponent in format, which is
// DecimalSI or DecimalExponent. Exponents without an SI prefix use the
// exponent form, so the rendering never loses magnitude.
func appendDecimalSuffix(out []byte, exponent int32, format Format) []byte {
	if format == DecimalSI {
		if s, ok := decimalSuffixes[exponent]; ok {
			return append(out, s...)
		}
	}
	if exponent == 0 {
		return out
	}
	out = append(out, 'e')
	return strconv.AppendInt(out, int64(exponent), 10)
}
