package resource

import (
	"encoding/json"
	"testing"
)

func FuzzParseQuantity(f *testing.F) {
	for _, seed := range []string{
		"0", "1", "-1", "+1", "01", "100m", "1.5", "0.1", "1000m", "1.5Gi", "100Mi",
		"1Ki", "1024", "1e3", "1E3", "12e6", "1e-2", "1n", "0.1n", "1.G", ".5",
		"10Ei", "-10Ei", "0.0005Ki", "1000E", "123456789012345678901234", "1e16384",
		"1e-2147483648", "9223372036854775807", "9223372036854775808", "", " 1", "1 ",
		"1.1.1", "1Qi", "--1", "1e", "Ki", ".", "1e+3", "-0.000000000001",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		q, err := ParseQuantity(in)
		if err != nil {
			return
		}
		s := q.String()
		again, err := ParseQuantity(s)
		if err != nil {
			t.Fatalf("ParseQuantity(%q).String() = %q, which does not parse: %v", in, s, err)
		}
		if c := again.Cmp(q); c != 0 {
			t.Fatalf("ParseQuantity(%q) = %s, re-parsed as %s (Cmp %d)", in, s, again.String(), c)
		}
		if s2 := again.String(); s2 != s && again.Format == q.Format {
			t.Fatalf("String not stable: %q -> %q -> %q", in, s, s2)
		}
		var canonical Quantity
		canonical.Add(q)
		if cs, qs := canonical.String(), mustCanonical(t, s); cs != qs {
			t.Fatalf("canonical rendering of %q: got %q and %q", in, cs, qs)
		}
		data, err := json.Marshal(q)
		if err != nil {
			t.Fatalf("Marshal(%q): %v", in, err)
		}
		var back Quantity
		if err := json.Unmarshal(data, &back); err != nil || back.Cmp(q) != 0 {
			t.Fatalf("JSON round trip of %q via %s: %v, %s", in, data, err, back.String())
		}
		_, _ = q.AsInt64()
		_ = q.Value()
		_ = q.MilliValue()
		_ = q.AsApproximateFloat64()
	})
}

// mustCanonical returns the computed (never cached) rendering of s.
func mustCanonical(t *testing.T, s string) string {
	t.Helper()
	q, err := ParseQuantity(s)
	if err != nil {
		t.Fatalf("ParseQuantity(%q): %v", s, err)
	}
	var c Quantity
	c.Add(q)
	return c.String()
}
