package validation

import (
	"net"
	"strconv"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
)

const httpPathFmt = `[A-Za-z0-9/\-._~%!$&'()*+,;=:]+`

// IsFullyQualifiedName checks that name is a DNS subdomain with at least
// three segments (e.g. "foo.example.com"), as API group names of custom
// resources must be. Problems are reported under fldPath.
func IsFullyQualifiedName(fldPath *field.Path, name string) field.ErrorList {
	if name == "" {
		return field.ErrorList{field.Required(fldPath, "")}
	}
	if errs := IsDNS1123Subdomain(name); len(errs) > 0 {
		return field.ErrorList{field.Invalid(fldPath, name, strings.Join(errs, ","))}
	}
	if len(strings.Split(name, ".")) < 3 {
		return field.ErrorList{field.Invalid(fldPath, name, "should be a domain with at least three segments separated by dots")}
	}
	return nil
}

// IsFullyQualifiedDomainName checks that name is a DNS subdomain with at
// least two segments; one trailing dot is allowed. Problems are reported
// under fldPath.
func IsFullyQualifiedDomainName(fldPath *field.Path, name string) field.ErrorList {
	if name == "" {
		return field.ErrorList{field.Required(fldPath, "")}
	}
	name = strings.TrimSuffix(name, ".")
	if errs := IsDNS1123Subdomain(name); len(errs) > 0 {
		return field.ErrorList{field.Invalid(fldPath, name, strings.Join(errs, ","))}
	}
	labels := strings.Split(name, ".")
	if len(labels) < 2 {
		return field.ErrorList{field.Invalid(fldPath, name, "should be a domain with at least two segments separated by dots")}
	}
	for _, label := range labels {
		if errs := IsDNS1123Label(label); len(errs) > 0 {
			return field.ErrorList{field.Invalid(fldPath, label, strings.Join(errs, ","))}
		}
	}
	return nil
}

// IsDomainPrefixedPath checks a path with a DNS subdomain prefix, such as
// "acme.io/foo". Problems are reported under fldPath.
func IsDomainPrefixedPath(fldPath *field.Path, dpPath string) field.ErrorList {
	if dpPath == "" {
		return field.ErrorList{field.Required(fldPath, "")}
	}
	host, path, ok := strings.Cut(dpPath, "/")
	if !ok || host == "" || path == "" {
		return field.ErrorList{field.Invalid(fldPath, dpPath, `must be a domain-prefixed path (such as "acme.io/foo")`)}
	}
	var errs field.ErrorList
	for _, msg := range IsDNS1123Subdomain(host) {
		errs = append(errs, field.Invalid(fldPath, host, msg))
	}
	if !matchHTTPPath(path) {
		errs = append(errs, field.Invalid(fldPath, path, RegexError("Invalid path", httpPathFmt)))
	}
	return errs
}

// IsValidCIDR checks a CIDR such as "10.9.8.0/24", reporting a problem
// under fldPath.
func IsValidCIDR(fldPath *field.Path, value string) field.ErrorList {
	if _, _, err := net.ParseCIDR(value); err != nil {
		return field.ErrorList{field.Invalid(fldPath, value, "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)")}
	}
	return nil
}

// IsValidSocketAddr checks a "host:port" address whose host is an IP.
func IsValidSocketAddr(value string) []string {
	host, port, err := net.SplitHostPort(value)
	if err != nil {
		return []string{"must be a valid socket address format, (e.g. 0.0.0.0:10254 or [::]:10254)"}
	}
	portInt, _ := strconv.Atoi(port)
	errs := IsValidPortNum(portInt)
	for _, e := range IsValidIP(field.NewPath("ip"), host) {
		errs = append(errs, e.Detail)
	}
	return errs
}
