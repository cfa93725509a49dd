package fields

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEscapeValue(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"plain", "plain"},
		{`a\b`, `a\\b`},
		{"a,b", `a\,b`},
		{"a=b", `a\=b`},
		{`\,=`, `\\\,\=`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := EscapeValue(tt.in)
			assert.Equal(t, tt.want, got)
			back, err := UnescapeValue(got)
			require.NoError(t, err)
			assert.Equal(t, tt.in, back, "UnescapeValue must reverse EscapeValue")
		})
	}
}

func TestUnescapeValueErrors(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{`\`, `invalid field selector: invalid escape sequence: \`},
		{`a\n`, `invalid field selector: invalid escape sequence: \n`},
		{`a,b`, `invalid field selector: unescaped character in value: ,`},
		{`a=b`, `invalid field selector: unescaped character in value: =`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := UnescapeValue(tt.in)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestSplitTerms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"a", []string{"a"}},
		{"a=1,b==2,c!=3", []string{"a=1", "b==2", "c!=3"}},
		{"a=a,", []string{"a=a", ""}},
		{",a=a", []string{"", "a=a"}},
		{`k=\,,k2=v2`, []string{`k=\,`, "k2=v2"}},
		{`k=\\,k2=v2`, []string{`k=\\`, "k2=v2"}},
		{`k=\\\,,k2=v2`, []string{`k=\\\,`, "k2=v2"}},
		{`k=\`, []string{`k=\`}},
		{"함=수,목=록", []string{"함=수", "목=록"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, splitTerms(tt.in))
		})
	}
}

func TestSplitTerm(t *testing.T) {
	tests := []struct {
		in           string
		lhs, op, rhs string
		ok           bool
	}{
		{"a=value", "a", "=", "value", true},
		{"b==value", "b", "==", "value", true},
		{"c!=value", "c", "!=", "value", true},
		{"", "", "", "", false},
		{"a", "", "", "", false},
		{`k=\,`, "k", "=", `\,`, true},
		{"함=수", "함", "=", "수", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			lhs, op, rhs, ok := splitTerm(tt.in)
			assert.Equal(t, []any{tt.lhs, tt.op, tt.rhs, tt.ok}, []any{lhs, op, rhs, ok})
		})
	}
}
