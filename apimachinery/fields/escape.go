package fields

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// valueEscaper escapes the three characters with a meaning in selectors.
var valueEscaper = strings.NewReplacer(`\`, `\\`, `,`, `\,`, `=`, `\=`)

// EscapeValue escapes s for use as a field selector value: backslash, comma
// and equals sign each get a backslash in front.
func EscapeValue(s string) string {
	return valueEscaper.Replace(s)
}

// InvalidEscapeSequence is the error for a backslash followed by something
// other than a backslash, comma or equals sign, or ending the value.
type InvalidEscapeSequence struct {
	sequence string
}

// Error names the bad escape sequence.
func (i InvalidEscapeSequence) Error() string {
	return fmt.Sprintf("invalid field selector: invalid escape sequence: %s", i.sequence)
}

// UnescapedRune is the error for a comma or equals sign in a value without
// the backslash that must precede it.
type UnescapedRune struct {
	r rune
}

// Error names the unescaped character.
func (i UnescapedRune) Error() string {
	return fmt.Sprintf("invalid field selector: unescaped character in value: %v", string(i.r))
}

// UnescapeValue reverses EscapeValue. It fails on an unknown escape
// sequence, a trailing backslash, or an unescaped comma or equals sign.
// Bytes that are not valid UTF-8 are kept as they are.
func UnescapeValue(s string) (string, error) {
	if !strings.ContainsAny(s, `\,=`) {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			if i+1 == len(s) {
				return "", InvalidEscapeSequence{sequence: `\`}
			}
			next := s[i+1]
			if next != '\\' && next != ',' && next != '=' {
				r, _ := utf8.DecodeRuneInString(s[i+1:])
				return "", InvalidEscapeSequence{sequence: `\` + string(r)}
			}
			b.WriteByte(next)
			i++
		case ',', '=':
			return "", UnescapedRune{r: rune(c)}
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}
