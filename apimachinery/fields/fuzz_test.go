package fields

import "testing"

// FuzzParseFieldSelector checks that ParseSelector never panics, that the
// String of a parsed selector parses again to the same String, and that
// UnescapeValue reverses EscapeValue.
func FuzzParseFieldSelector(f *testing.F) {
	for _, seed := range []string{
		"", ",", "=", "x=a", "x==a", "x!=a", "a=b,c!=d", `x=a\,b`, `x\,y=z`,
		`x=a\`, `x=a\q`, "x=a=b", "a==x,a=b", "metadata.name=web,status.phase!=Running",
		" a = b ", "x!", "=\\\\",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if v, err := UnescapeValue(EscapeValue(in)); err != nil || v != in {
			t.Fatalf("UnescapeValue(EscapeValue(%q)) = %q, %v", in, v, err)
		}
		sel, err := ParseSelector(in)
		if err != nil {
			return
		}
		first := sel.String()
		again, err := ParseSelector(first)
		if err != nil {
			t.Fatalf("ParseSelector(%q).String() = %q does not re-parse: %v", in, first, err)
		}
		if second := again.String(); second != first {
			t.Fatalf("round trip of %q: %q then %q", in, first, second)
		}
	})
}
