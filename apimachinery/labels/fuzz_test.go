package labels

import "testing"

// FuzzParseLabelSelector checks that Parse never panics and that the String
// of a parsed selector parses again to the same String.
func FuzzParseLabelSelector(f *testing.F) {
	for _, seed := range []string{
		"", "x", "!x", "x=a", "x==a", "x!=a", "x in (a,b)", "x notin (a)",
		"x>1", "x<2", "x in ()", "x in (,a,)", "a=b,c in (d,e),!f,g",
		"example.com/app=web", "x=a||y=b", "x in (a", "!x=a", "in=notin",
		"a=b=c", "a \t= b", "(", "x in (a,,b)", "a>-1",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		sel, err := Parse(in)
		if err != nil {
			return
		}
		first := sel.String()
		again, err := Parse(first)
		if err != nil {
			t.Fatalf("Parse(%q).String() = %q does not re-parse: %v", in, first, err)
		}
		if second := again.String(); second != first {
			t.Fatalf("round trip of %q: %q then %q", in, first, second)
		}
		if _, err := ParseToRequirements(in); err != nil {
			t.Fatalf("ParseToRequirements(%q) failed where Parse succeeded: %v", in, err)
		}
	})
}
