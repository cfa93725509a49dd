package validation

import "strings"

// The name and value formats are small character-class languages. They are
// matched here by hand instead of with package regexp: the result is the
// same (match_test.go checks each matcher against its *Fmt pattern), but a
// program that validates a label no longer carries the regexp engine and
// compiles no patterns at start-up.

func isDigit(c byte) bool      { return '0' <= c && c <= '9' }
func isLower(c byte) bool      { return 'a' <= c && c <= 'z' }
func isAlpha(c byte) bool      { return isLower(c) || ('A' <= c && c <= 'Z') }
func isAlnum(c byte) bool      { return isAlpha(c) || isDigit(c) }
func isLowerAlnum(c byte) bool { return isLower(c) || isDigit(c) }

// all reports whether s is non-empty and every byte of it satisfies ok.
// Every class used is ASCII, so a byte test agrees with regexp's rune test:
// a non-ASCII byte never matches.
func all(s string, ok func(byte) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}

// edged reports whether s is non-empty, starts with a byte satisfying
// first, ends with one satisfying last and consists of bytes satisfying
// body (first and last bytes included).
func edged(s string, first, body, last func(byte) bool) bool {
	return all(s, body) && first(s[0]) && last(s[len(s)-1])
}

// matchQualifiedName matches qualifiedNameFmt.
func matchQualifiedName(s string) bool {
	return edged(s, isAlnum, func(c byte) bool { return isAlnum(c) || c == '-' || c == '_' || c == '.' }, isAlnum)
}

// matchLabelValue matches labelValueFmt.
func matchLabelValue(s string) bool { return s == "" || matchQualifiedName(s) }

// matchDNS1123Label matches dns1123LabelFmt.
func matchDNS1123Label(s string) bool {
	return edged(s, isLowerAlnum, func(c byte) bool { return isLowerAlnum(c) || c == '-' }, isLowerAlnum)
}

// matchDNS1123Subdomain matches dns1123SubdomainFmt: dot-separated labels.
func matchDNS1123Subdomain(s string) bool {
	for {
		label, rest, more := strings.Cut(s, ".")
		if !matchDNS1123Label(label) {
			return false
		}
		if !more {
			return true
		}
		s = rest
	}
}

// matchDNS1035Label matches dns1035LabelFmt.
func matchDNS1035Label(s string) bool {
	return edged(s, isLower, func(c byte) bool { return isLowerAlnum(c) || c == '-' }, isLowerAlnum)
}

// matchWildcardDNS1123Subdomain matches wildcardDNS1123SubdomainFmt.
func matchWildcardDNS1123Subdomain(s string) bool {
	rest, ok := strings.CutPrefix(s, "*.")
	return ok && matchDNS1123Subdomain(rest)
}

// matchCIdentifier matches cIdentifierFmt.
func matchCIdentifier(s string) bool {
	word := func(c byte) bool { return isAlnum(c) || c == '_' }
	return all(s, word) && !isDigit(s[0])
}

// matchHTTPHeaderName matches httpHeaderNameFmt.
func matchHTTPHeaderName(s string) bool {
	return all(s, func(c byte) bool { return isAlnum(c) || c == '-' })
}

// isConfigMapKeyByte is the class of configMapKeyFmt.
func isConfigMapKeyByte(c byte) bool { return isAlnum(c) || c == '-' || c == '.' || c == '_' }

// matchEnvVarName matches envVarNameFmt.
func matchEnvVarName(s string) bool { return all(s, isConfigMapKeyByte) && !isDigit(s[0]) }

// matchConfigMapKey matches configMapKeyFmt.
func matchConfigMapKey(s string) bool { return all(s, isConfigMapKeyByte) }

// matchPercent matches percentFmt.
func matchPercent(s string) bool {
	digits, ok := strings.CutSuffix(s, "%")
	return ok && all(digits, isDigit)
}

// matchPortNameCharset matches "[-a-z0-9]+".
func matchPortNameCharset(s string) bool {
	return all(s, func(c byte) bool { return isLowerAlnum(c) || c == '-' })
}

// containsLower reports whether s contains a letter a-z.
func containsLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if isLower(s[i]) {
			return true
		}
	}
	return false
}

// matchHTTPPath matches httpPathFmt.
func matchHTTPPath(s string) bool {
	return all(s, func(c byte) bool { return isAlnum(c) || strings.IndexByte(`/-._~%!$&'()*+,;=:`, c) >= 0 })
}
