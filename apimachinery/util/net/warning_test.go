package net

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseWarningHeaders(t *testing.T) {
	tests := []struct {
		name     string
		headers  []string
		want     []WarningHeader
		wantErrs int
	}{
		{name: "none"},
		{name: "one", headers: []string{`299 - "deprecated API"`},
			want: []WarningHeader{{Code: 299, Agent: "-", Text: "deprecated API"}}},
		{name: "two in one value with date", headers: []string{`299 - "a" "Wed, 21 Oct 2015 07:28:00 GMT", 199 agent "b"`},
			want: []WarningHeader{{299, "-", "a"}, {199, "agent", "b"}}},
		{name: "escaped quotes", headers: []string{`299 - "say \"hi\" \\ ok"`},
			want: []WarningHeader{{299, "-", `say "hi" \ ok`}}},
		{name: "utf8 text", headers: []string{`299 - "héllo"`}, want: []WarningHeader{{299, "-", "héllo"}}},
		{name: "bad value then good value", headers: []string{`abc - "x"`, `299 - "y"`},
			want: []WarningHeader{{299, "-", "y"}}, wantErrs: 1},
		{name: "good then bad in one value", headers: []string{`299 - "x", 99 - "y"`},
			want: []WarningHeader{{299, "-", "x"}}, wantErrs: 1},
		{name: "unterminated", headers: []string{`299 - "x`}, wantErrs: 1},
		{name: "unquoted text", headers: []string{`299 - x`}, wantErrs: 1},
		{name: "no agent", headers: []string{`299`}, wantErrs: 1},
		{name: "code out of range", headers: []string{`300 - "x"`}, wantErrs: 1},
		{name: "trailing junk", headers: []string{`299 - "x" junk`}, wantErrs: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs := ParseWarningHeaders(tt.headers)
			assert.Equal(t, tt.want, got)
			if len(errs) != tt.wantErrs {
				t.Errorf("errors: got %v, want %d", errs, tt.wantErrs)
			}
		})
	}
}

func TestNewWarningHeaderRoundTrip(t *testing.T) {
	tests := []struct {
		code        int
		agent, text string
		want        string
		wantErr     bool
	}{
		{299, "-", "deprecated", `299 - "deprecated"`, false},
		{299, "kube", `q"uo\te`, `299 kube "q\"uo\\te"`, false},
		{99, "-", "x", "", true},
		{299, "", "x", "", true},
		{299, "a b", "x", "", true},
		{299, "-", "\xff", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got, err := NewWarningHeader(tt.code, tt.agent, tt.text)
			if tt.wantErr {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			parsed, rest, err := ParseWarningHeader(got)
			require.NoError(t, err)
			assert.Empty(t, rest)
			assert.Equal(t, WarningHeader{Code: tt.code, Agent: tt.agent, Text: tt.text}, parsed)
		})
	}
}

func FuzzParseWarningHeader(f *testing.F) {
	for _, seed := range []string{
		`299 - "deprecated"`, `299 - "a" "date", 199 b "c"`, `299 - "\"x\""`, `abc`, `299 - "x`, "", `299 -  "x"`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, header string) {
		w, rest, err := ParseWarningHeader(header)
		if err != nil {
			return
		}
		if len(rest) >= len(header) {
			t.Fatalf("remainder %q does not shrink input %q", rest, header)
		}
		formatted, err := NewWarningHeader(w.Code, w.Agent, w.Text)
		if err != nil {
			t.Fatalf("parsed %+v from %q but cannot format it: %v", w, header, err)
		}
		again, _, err := ParseWarningHeader(formatted)
		if err != nil || again != w {
			t.Fatalf("round trip of %q: got %+v (%v), want %+v", formatted, again, err, w)
		}
	})
}
