package validation

import (
	"strings"
	"testing"

	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
	"github.com/stretchr/testify/assert"
)

func TestNameChecks(t *testing.T) {
	long := strings.Repeat("a", 64)
	tests := []struct {
		name  string
		check func(string) []string
		value string
		valid bool
	}{
		{"qualified simple", IsQualifiedName, "app", true},
		{"qualified prefixed", IsQualifiedName, "example.com/MyName", true},
		{"qualified dots and dashes", IsQualifiedName, "a.b-c_d", true},
		{"qualified empty", IsQualifiedName, "", false},
		{"qualified leading dash", IsQualifiedName, "-a", false},
		{"qualified two slashes", IsQualifiedName, "a/b/c", false},
		{"qualified empty prefix", IsQualifiedName, "/a", false},
		{"qualified bad prefix", IsQualifiedName, "Example.com/a", false},
		{"qualified too long", IsQualifiedName, long, false},
		{"label value empty", IsValidLabelValue, "", true},
		{"label value", IsValidLabelValue, "my_value-1.2", true},
		{"label value space", IsValidLabelValue, "a b", false},
		{"label value too long", IsValidLabelValue, long, false},
		{"dns1123 label", IsDNS1123Label, "my-name", true},
		{"dns1123 label upper", IsDNS1123Label, "My-name", false},
		{"dns1123 label dots", IsDNS1123Label, "a.b", false},
		{"dns1123 label too long", IsDNS1123Label, long, false},
		{"dns1123 subdomain", IsDNS1123Subdomain, "example.com", true},
		{"dns1123 subdomain empty", IsDNS1123Subdomain, "", false},
		{"dns1123 subdomain trailing dot", IsDNS1123Subdomain, "example.", false},
		{"dns1035 label", IsDNS1035Label, "abc-123", true},
		{"dns1035 label digit first", IsDNS1035Label, "1abc", false},
		{"wildcard", IsWildcardDNS1123Subdomain, "*.example.com", true},
		{"wildcard missing star", IsWildcardDNS1123Subdomain, "example.com", false},
		{"c identifier", IsCIdentifier, "_my_Name1", true},
		{"c identifier digit first", IsCIdentifier, "1x", false},
		{"port name", IsValidPortName, "http-alt", true},
		{"port name digits only", IsValidPortName, "8080", false},
		{"port name double hyphen", IsValidPortName, "a--b", false},
		{"port name too long", IsValidPortName, "abcdefghijklmnop", false},
		{"header", IsHTTPHeaderName, "X-Header-Name", true},
		{"header space", IsHTTPHeaderName, "X Header", false},
		{"env var", IsEnvVarName, "MY_ENV.NAME", true},
		{"env var digit first", IsEnvVarName, "1A", false},
		{"env var dotdot", IsEnvVarName, "..a", false},
		{"config key", IsConfigMapKey, "key.name", true},
		{"config key dot", IsConfigMapKey, ".", false},
		{"config key slash", IsConfigMapKey, "a/b", false},
		{"percent", IsValidPercent, "93%", true},
		{"percent missing sign", IsValidPercent, "93", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := tt.check(tt.value)
			if got := len(errs) == 0; got != tt.valid {
				t.Errorf("check(%q) valid = %v, want %v; messages %q", tt.value, got, tt.valid, errs)
			}
		})
	}
}

func TestMessages(t *testing.T) {
	tests := []struct {
		name string
		got  []string
		want []string
	}{
		{"qualified name bad char", IsQualifiedName("a b"), []string{
			"name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
		}},
		{"qualified name empty prefix", IsQualifiedName("/a"), []string{"prefix part must be non-empty"}},
		{"label value", IsValidLabelValue("-x"), []string{
			"a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
		}},
		{"dns label dots", IsDNS1123Label("a.b"), []string{"must not contain dots"}},
		{"port", IsValidPortNum(0), []string{"must be between 1 and 65535, inclusive"}},
		{"range", IsInRange(5, 1, 3), []string{"must be between 1 and 3, inclusive"}},
		{"gid", IsGroupID(-1), []string{"must be between 0 and 2147483647, inclusive"}},
		{"uid", IsUserID(1 << 40), []string{"must be between 0 and 2147483647, inclusive"}},
		{"valid port", IsValidPortNum(443), nil},
		{"regex without examples", []string{RegexError("m", "x")}, []string{"m (regex used for validation is 'x')"}},
		{"max len", []string{MaxLenError(5)}, []string{"must be no more than 5 characters"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got)
		})
	}
}

func TestIPChecks(t *testing.T) {
	p := field.NewPath("spec", "ip")
	tests := []struct {
		name  string
		check func(*field.Path, string) field.ErrorList
		value string
		valid bool
	}{
		{"ip v4", IsValidIP, "10.9.8.7", true},
		{"ip v6", IsValidIP, "2001:db8::ffff", true},
		{"ip junk", IsValidIP, "10.9.8", false},
		{"v4 only", IsValidIPv4Address, "2001:db8::1", false},
		{"v4", IsValidIPv4Address, "1.2.3.4", true},
		{"v6 only", IsValidIPv6Address, "1.2.3.4", false},
		{"v6", IsValidIPv6Address, "::1", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := tt.check(p, tt.value)
			if got := len(errs) == 0; got != tt.valid {
				t.Errorf("check(%q) valid = %v, want %v; errors %v", tt.value, got, tt.valid, errs)
			}
			if !tt.valid && errs[0].Field != "spec.ip" {
				t.Errorf("field = %q, want spec.ip", errs[0].Field)
			}
		})
	}
}
