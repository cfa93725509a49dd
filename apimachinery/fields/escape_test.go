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
