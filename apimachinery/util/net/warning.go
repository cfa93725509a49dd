package net

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// WarningHeader is one warning value of an RFC 7234 Warning header.
type WarningHeader struct {
	// Code is the 3-digit warn-code; the API server sends 299.
	Code int
	// Agent is the warn-agent; the API server sends "-".
	Agent string
	// Text is the unquoted warn-text.
	Text string
}

var (
	errCode       = errors.New("invalid warning header: code segment is not 3 digits between 100-299")
	errNoAgent    = errors.New("invalid warning header: no agent segment")
	errAgent      = errors.New("invalid warning header: invalid agent")
	errTextQuote  = errors.New("invalid warning header: text segment must start with quote")
	errTextEnd    = errors.New("invalid warning header: unterminated text segment")
	errText       = errors.New("invalid warning header: invalid text")
	errDateQuote  = errors.New("invalid warning header: date segment must be quoted")
	errTrailing   = errors.New("invalid warning header: unexpected token after warn-date")
	errCodeFormat = errors.New("invalid warning code: must be between 100 and 299")
)

// ParseWarningHeaders parses every Warning header value (each may hold
// several comma-separated warnings). A malformed value yields an error and
// the rest of that value is skipped; later values are still parsed.
func ParseWarningHeaders(headers []string) ([]WarningHeader, []error) {
	var results []WarningHeader
	var errs []error
	for _, header := range headers {
		for len(header) > 0 {
			result, remainder, err := ParseWarningHeader(header)
			if err != nil {
				errs = append(errs, err)
				break
			}
			results = append(results, result)
			header = remainder
		}
	}
	return results, errs
}

// ParseWarningHeader parses the first warning in header, of the form
// `code SP agent SP "text" [SP "date"]`, and returns the text after the
// comma that ends it.
func ParseWarningHeader(header string) (result WarningHeader, remainder string, err error) {
	header = strings.TrimLeft(header, " ")
	if len(header) < 4 || header[3] != ' ' {
		return WarningHeader{}, "", errCode
	}
	code, err := strconv.Atoi(header[:3])
	if err != nil || code < 100 || code > 299 {
		return WarningHeader{}, "", errCode
	}
	header = header[4:]
	end := strings.IndexByte(header, ' ')
	if end < 1 {
		return WarningHeader{}, "", errNoAgent
	}
	agent := header[:end]
	if !utf8.ValidString(agent) || strings.ContainsAny(agent, "\",\t") {
		return WarningHeader{}, "", errAgent
	}
	text, rest, err := parseQuoted(header[end+1:], errTextQuote)
	if err != nil {
		return WarningHeader{}, "", err
	}
	if !utf8.ValidString(text) {
		return WarningHeader{}, "", errText
	}
	remainder, err = skipDateAndComma(rest)
	if err != nil {
		return WarningHeader{}, "", err
	}
	return WarningHeader{Code: code, Agent: agent, Text: text}, remainder, nil
}

// skipDateAndComma consumes an optional quoted warn-date and the comma that
// separates this warning from the next one.
func skipDateAndComma(rest string) (string, error) {
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, "\"") {
		var err error
		if _, rest, err = parseQuoted(rest, errDateQuote); err != nil {
			return "", err
		}
		rest = strings.TrimLeft(rest, " ")
	}
	switch {
	case rest == "":
		return "", nil
	case rest[0] == ',':
		return strings.TrimLeft(rest[1:], " "), nil
	default:
		return "", errTrailing
	}
}

// parseQuoted reads an HTTP quoted-string at the start of s, undoing
// backslash escapes, and returns its content and the text after it.
func parseQuoted(s string, notQuoted error) (string, string, error) {
	if !strings.HasPrefix(s, "\"") {
		return "", "", notQuoted
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
			if i == len(s) {
				return "", "", errTextEnd
			}
			b.WriteByte(s[i])
		case '"':
			return b.String(), s[i+1:], nil
		default:
			b.WriteByte(s[i])
		}
	}
	return "", "", errTextEnd
}

// NewWarningHeader formats a Warning header value with the given code (100
// to 299), agent (non-empty, no spaces, quotes or commas) and text (quoted
// and escaped here).
func NewWarningHeader(code int, agent, text string) (string, error) {
	if code < 100 || code > 299 {
		return "", fmt.Errorf("%w: got %d", errCodeFormat, code)
	}
	if agent == "" || strings.ContainsAny(agent, " \t\",") || !utf8.ValidString(agent) {
		return "", fmt.Errorf("invalid warning agent %q: must be non-empty with no spaces, quotes or commas", agent)
	}
	if !utf8.ValidString(text) {
		return "", errors.New("invalid warning text: not valid UTF-8")
	}
	return fmt.Sprintf("%03d %s %s", code, agent, quote(text)), nil
}

func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' || s[i] == '\\' {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	b.WriteByte('"')
	return b.String()
}
