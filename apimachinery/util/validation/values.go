package validation

import (
	"strings"
)

const (
	httpHeaderNameFmt    = "[-A-Za-z0-9]+"
	httpHeaderNameErrMsg = "a valid HTTP header must consist of alphanumeric characters or '-'"

	envVarNameFmt    = "[-._a-zA-Z][-._a-zA-Z0-9]*"
	envVarNameErrMsg = "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit"

	configMapKeyFmt    = "[-._a-zA-Z0-9]+"
	configMapKeyErrMsg = "a valid config key must consist of alphanumeric characters, '-', '_' or '.'"

	percentFmt    = "[0-9]+%"
	percentErrMsg = "a valid percent string must be a numeric string followed by an ending '%'"

	maxGroupID = 2147483647
	maxUserID  = 2147483647
)

// IsValidPortNum checks a port number: 1 to 65535.
func IsValidPortNum(port int) []string {
	if 1 <= port && port <= 65535 {
		return nil
	}
	return []string{InclusiveRangeError(1, 65535)}
}

// IsInRange checks that value is within [min, max].
func IsInRange(value int, min int, max int) []string {
	if value >= min && value <= max {
		return nil
	}
	return []string{InclusiveRangeError(min, max)}
}

// IsGroupID checks a Linux group ID: 0 to 2147483647.
func IsGroupID(gid int64) []string {
	if 0 <= gid && gid <= maxGroupID {
		return nil
	}
	return []string{InclusiveRangeError(0, maxGroupID)}
}

// IsUserID checks a Linux user ID: 0 to 2147483647.
func IsUserID(uid int64) []string {
	if 0 <= uid && uid <= maxUserID {
		return nil
	}
	return []string{InclusiveRangeError(0, maxUserID)}
}

// IsValidPortName checks a named port (IANA_SVC_NAME): at most 15
// characters of a-z, 0-9 and '-', with at least one letter and no leading,
// trailing or doubled hyphen.
func IsValidPortName(port string) []string {
	var errs []string
	if len(port) > 15 {
		errs = append(errs, MaxLenError(15))
	}
	if !matchPortNameCharset(port) {
		errs = append(errs, "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")
	}
	if !containsLower(port) {
		errs = append(errs, "must contain at least one letter (a-z)")
	}
	if strings.Contains(port, "--") {
		errs = append(errs, "must not contain consecutive hyphens")
	}
	if len(port) > 0 && (port[0] == '-' || port[len(port)-1] == '-') {
		errs = append(errs, "must not begin or end with a hyphen")
	}
	return errs
}

// IsHTTPHeaderName checks an HTTP header name.
func IsHTTPHeaderName(value string) []string {
	if !matchHTTPHeaderName(value) {
		return []string{RegexError(httpHeaderNameErrMsg, httpHeaderNameFmt, "X-Header-Name")}
	}
	return nil
}

// IsEnvVarName checks an environment variable name.
func IsEnvVarName(value string) []string {
	var errs []string
	if !matchEnvVarName(value) {
		errs = append(errs, RegexError(envVarNameErrMsg, envVarNameFmt, "my.env-name", "MY_ENV.NAME", "MyEnvName1"))
	}
	return append(errs, hasChDirPrefix(value)...)
}

// IsConfigMapKey checks a ConfigMap or Secret data key.
func IsConfigMapKey(value string) []string {
	var errs []string
	if len(value) > DNS1123SubdomainMaxLength {
		errs = append(errs, MaxLenError(DNS1123SubdomainMaxLength))
	}
	if !matchConfigMapKey(value) {
		errs = append(errs, RegexError(configMapKeyErrMsg, configMapKeyFmt, "key.name", "KEY_NAME", "key-name"))
	}
	return append(errs, hasChDirPrefix(value)...)
}

// IsValidPercent checks a percentage string such as "25%".
func IsValidPercent(percent string) []string {
	if !matchPercent(percent) {
		return []string{RegexError(percentErrMsg, percentFmt, "1%", "93%")}
	}
	return nil
}

// hasChDirPrefix rejects names that would act as directory references.
func hasChDirPrefix(value string) []string {
	switch {
	case value == ".":
		return []string{`must not be '.'`}
	case value == "..":
		return []string{`must not be '..'`}
	case strings.HasPrefix(value, ".."):
		return []string{`must not start with '..'`}
	}
	return nil
}
