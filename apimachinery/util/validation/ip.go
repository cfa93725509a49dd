package validation

import (
	"net"

	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
)

// IsValidIP checks an IPv4 or IPv6 address, reporting a problem under
// fldPath.
func IsValidIP(fldPath *field.Path, value string) field.ErrorList {
	if net.ParseIP(value) == nil {
		return field.ErrorList{field.Invalid(fldPath, value, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)")}
	}
	return nil
}

// IsValidIPv4Address checks an IPv4 address, reporting a problem under
// fldPath.
func IsValidIPv4Address(fldPath *field.Path, value string) field.ErrorList {
	ip := net.ParseIP(value)
	if ip == nil || ip.To4() == nil {
		return field.ErrorList{field.Invalid(fldPath, value, "must be a valid IPv4 address")}
	}
	return nil
}

// IsValidIPv6Address checks an IPv6 address, reporting a problem under
// fldPath.
func IsValidIPv6Address(fldPath *field.Path, value string) field.ErrorList {
	ip := net.ParseIP(value)
	if ip == nil || ip.To4() != nil {
		return field.ErrorList{field.Invalid(fldPath, value, "must be a valid IPv6 address")}
	}
	return nil
}
