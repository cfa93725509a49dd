package validation

import (
	"fmt"
	"strings"
)

// EmptyError returns the message for a value that must not be empty.
func EmptyError() string {
	return "must be non-empty"
}

// MaxLenError returns the message for a value longer than length characters.
func MaxLenError(length int) string {
	return fmt.Sprintf("must be no more than %d characters", length)
}

// RegexError returns msg followed by example values, if any, and the
// regular expression the value must match.
func RegexError(msg string, fmt string, examples ...string) string {
	if len(examples) == 0 {
		return msg + " (regex used for validation is '" + fmt + "')"
	}
	quoted := make([]string, len(examples))
	for i, e := range examples {
		quoted[i] = "'" + e + "'"
	}
	return msg + " (e.g. " + strings.Join(quoted, ",  or ") + ", regex used for validation is '" + fmt + "')"
}

// InclusiveRangeError returns the message for a value outside [lo, hi].
func InclusiveRangeError(lo, hi int) string {
	return fmt.Sprintf(`must be between %d and %d, inclusive`, lo, hi)
}

// prefixEach returns msgs with prefix put in front of each.
func prefixEach(msgs []string, prefix string) []string {
	out := make([]string, len(msgs))
	for i, m := range msgs {
		out[i] = prefix + m
	}
	return out
}
