package intstr

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// GetScaledValueFromIntOrPercent resolves intOrPercent against total. An
// integer is returned as is; a string must be a percentage such as "25%"
// and yields that share of total, rounded up when roundUp is set and down
// otherwise. Any other string is an error.
func GetScaledValueFromIntOrPercent(intOrPercent *IntOrString, total int, roundUp bool) (int, error) {
	if intOrPercent == nil {
		return 0, errors.New("scale IntOrString: nil value")
	}
	value, isPercent, err := strictIntOrPercent(intOrPercent)
	if err != nil {
		return 0, fmt.Errorf("invalid value for IntOrString: %w", err)
	}
	if isPercent {
		return percentOf(value, total, roundUp), nil
	}
	return value, nil
}

// GetValueFromIntOrPercent is the lenient predecessor of
// GetScaledValueFromIntOrPercent: every string counts as a percentage, with
// or without "%" signs (all of which are removed before parsing).
//
// Deprecated: use GetScaledValueFromIntOrPercent, which rejects strings
// that are not percentages.
func GetValueFromIntOrPercent(intOrPercent *IntOrString, total int, roundUp bool) (int, error) {
	if intOrPercent == nil {
		return 0, errors.New("scale IntOrString: nil value")
	}
	value, isPercent, err := lenientIntOrPercent(intOrPercent)
	if err != nil {
		return 0, fmt.Errorf("invalid value for IntOrString: %w", err)
	}
	if isPercent {
		return percentOf(value, total, roundUp), nil
	}
	return value, nil
}

// strictIntOrPercent returns the integer or the percentage number of a
// value whose string form must end in "%".
func strictIntOrPercent(v *IntOrString) (int, bool, error) {
	switch v.Type {
	case Int:
		return v.IntValue(), false, nil
	case String:
		s, ok := strings.CutSuffix(v.StrVal, "%")
		if !ok {
			return 0, false, fmt.Errorf("%q is not a percentage", v.StrVal)
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			return 0, false, fmt.Errorf("invalid percentage %q: %w", v.StrVal, err)
		}
		return n, true, nil
	}
	return 0, false, fmt.Errorf("invalid type %d: neither int nor percentage", v.Type)
}

// lenientIntOrPercent is strictIntOrPercent without the "%" requirement.
func lenientIntOrPercent(v *IntOrString) (int, bool, error) {
	switch v.Type {
	case Int:
		return v.IntValue(), false, nil
	case String:
		n, err := strconv.Atoi(strings.ReplaceAll(v.StrVal, "%", ""))
		if err != nil {
			return 0, false, fmt.Errorf("invalid value %q: %w", v.StrVal, err)
		}
		return n, true, nil
	}
	return 0, false, fmt.Errorf("invalid type %d: neither int nor percentage", v.Type)
}

// percentOf returns percent*total/100 rounded up or down, computed exactly
// and saturated at the bounds of int.
func percentOf(percent, total int, roundUp bool) int {
	p := new(big.Int).Mul(big.NewInt(int64(percent)), big.NewInt(int64(total)))
	q, m := new(big.Int).DivMod(p, big.NewInt(100), new(big.Int))
	if roundUp && m.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	switch {
	case !q.IsInt64(), q.Int64() > math.MaxInt:
		if q.Sign() < 0 {
			return math.MinInt
		}
		return math.MaxInt
	case q.Int64() < math.MinInt:
		return math.MinInt
	}
	return int(q.Int64())
}
