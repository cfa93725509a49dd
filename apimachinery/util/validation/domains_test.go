package validation

import (
	"testing"

	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
	"github.com/stretchr/testify/assert"
)

func TestFieldPathChecks(t *testing.T) {
	p := field.NewPath("spec", "group")
	tests := []struct {
		name    string
		check   func(*field.Path, string) field.ErrorList
		value   string
		wantErr string // "" means valid
	}{
		{"fq name", IsFullyQualifiedName, "foo.example.com", ""},
		{"fq name two segments", IsFullyQualifiedName, "example.com", "at least three segments"},
		{"fq name empty", IsFullyQualifiedName, "", "spec.group: Required value"},
		{"fq name upper", IsFullyQualifiedName, "Foo.example.com", "RFC 1123 subdomain"},
		{"fqdn", IsFullyQualifiedDomainName, "example.com.", ""},
		{"fqdn one segment", IsFullyQualifiedDomainName, "localhost", "at least two segments"},
		{"fqdn empty", IsFullyQualifiedDomainName, "", "Required value"},
		{"domain path", IsDomainPrefixedPath, "acme.io/foo", ""},
		{"domain path no slash", IsDomainPrefixedPath, "acme.io", "must be a domain-prefixed path"},
		{"domain path bad host", IsDomainPrefixedPath, "ACME/foo", `Invalid value: "ACME"`},
		{"domain path bad path", IsDomainPrefixedPath, "acme.io/a b", "Invalid path"},
		{"domain path empty", IsDomainPrefixedPath, "", "Required value"},
		{"cidr v4", IsValidCIDR, "10.9.8.0/24", ""},
		{"cidr v6", IsValidCIDR, "2001:db8::/64", ""},
		{"cidr bad", IsValidCIDR, "10.9.8.0", "must be a valid CIDR value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := tt.check(p, tt.value)
			if tt.wantErr == "" {
				assert.Empty(t, errs)
				return
			}
			if assert.NotEmpty(t, errs) {
				assert.Contains(t, errs.ToAggregate().Error(), tt.wantErr)
			}
		})
	}
}

func TestIsValidSocketAddr(t *testing.T) {
	tests := []struct {
		in    string
		valid bool
	}{
		{"0.0.0.0:10254", true},
		{"[::]:10254", true},
		{"1.2.3.4", false},
		{"1.2.3.4:0", false},
		{"host:80", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			errs := IsValidSocketAddr(tt.in)
			if got := len(errs) == 0; got != tt.valid {
				t.Errorf("IsValidSocketAddr(%q) valid = %v, want %v (%q)", tt.in, got, tt.valid, errs)
			}
		})
	}
}
