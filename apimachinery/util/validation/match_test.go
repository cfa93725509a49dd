package validation

import (
	"regexp"
	"testing"
)

// matchers pairs each hand-written matcher with the pattern it replaces;
// the tests check that both accept exactly the same strings.
var matchers = []struct {
	name    string
	pattern string
	match   func(string) bool
}{
	{"qualifiedName", "^" + qualifiedNameFmt + "$", matchQualifiedName},
	{"labelValue", "^" + labelValueFmt + "$", matchLabelValue},
	{"dns1123Label", "^" + dns1123LabelFmt + "$", matchDNS1123Label},
	{"dns1123Subdomain", "^" + dns1123SubdomainFmt + "$", matchDNS1123Subdomain},
	{"dns1035Label", "^" + dns1035LabelFmt + "$", matchDNS1035Label},
	{"wildcardDNS1123Subdomain", "^" + wildcardDNS1123SubdomainFmt + "$", matchWildcardDNS1123Subdomain},
	{"cIdentifier", "^" + cIdentifierFmt + "$", matchCIdentifier},
	{"httpHeaderName", "^" + httpHeaderNameFmt + "$", matchHTTPHeaderName},
	{"envVarName", "^" + envVarNameFmt + "$", matchEnvVarName},
	{"configMapKey", "^" + configMapKeyFmt + "$", matchConfigMapKey},
	{"percent", "^" + percentFmt + "$", matchPercent},
	{"portNameCharset", "^[-a-z0-9]+$", matchPortNameCharset},
	{"portNameOneLetter", "[a-z]", containsLower},
	{"httpPath", "^" + httpPathFmt + "$", matchHTTPPath},
}

// matchInputs covers each class's edges: empty, single characters, bad
// first/last bytes, dots, wildcards, non-ASCII and a trailing newline.
var matchInputs = []string{
	"", "a", "A", "0", "-", "_", ".", "%", "*", "/", "a-", "-a", "a.", ".a", "_a", "a_",
	"abc", "aBc", "a-b", "a_b", "a.b", "a..b", "a.-b", "a-.b", "9abc", "abc9", "ABC",
	"example.com", "foo.example.com", "*.example.com", "*.", "*", "**.a", "a.*.b",
	"my_name", "MY_NAME", "1name", "Content-Type", "x-y", "a b", "a\n", "a\nb",
	"12%", "%", "12", "1%2", "100%%", "http", "HTTP", "p-1", "1-2",
	"path/to/x", "a~b!$&'()*+,;=:", "a?b", "a#b", "é", "aé", "a\xff", "\x00",
}

func TestMatchersAgreeWithPatterns(t *testing.T) {
	for _, m := range matchers {
		re := regexp.MustCompile(m.pattern)
		for _, in := range matchInputs {
			t.Run(m.name+"/"+in, func(t *testing.T) {
				if got, want := m.match(in), re.MatchString(in); got != want {
					t.Errorf("%s(%q) = %v, want %v (pattern %s)", m.name, in, got, want, m.pattern)
				}
			})
		}
	}
}

func FuzzMatchersAgreeWithPatterns(f *testing.F) {
	for _, in := range matchInputs {
		f.Add(in)
	}
	res := make([]*regexp.Regexp, len(matchers))
	for i, m := range matchers {
		res[i] = regexp.MustCompile(m.pattern)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for i, m := range matchers {
			if got, want := m.match(in), res[i].MatchString(in); got != want {
				t.Errorf("%s(%q) = %v, want %v (pattern %s)", m.name, in, got, want, m.pattern)
			}
		}
	})
}
