package labels

import "fmt"

// Token is the kind of a lexical item of the selector syntax.
type Token int

// The tokens of the selector syntax.
const (
	// ErrorToken marks input that is not a token; its literal says why.
	ErrorToken Token = iota
	// EndOfStringToken marks the end of the input.
	EndOfStringToken
	// ClosedParToken is ")".
	ClosedParToken
	// CommaToken is ",".
	CommaToken
	// DoesNotExistToken is "!".
	DoesNotExistToken
	// DoubleEqualsToken is "==".
	DoubleEqualsToken
	// EqualsToken is "=".
	EqualsToken
	// GreaterThanToken is ">".
	GreaterThanToken
	// IdentifierToken is a key or a value.
	IdentifierToken
	// InToken is the keyword "in".
	InToken
	// LessThanToken is "<".
	LessThanToken
	// NotEqualsToken is "!=".
	NotEqualsToken
	// NotInToken is the keyword "notin".
	NotInToken
	// OpenParToken is "(".
	OpenParToken
)

// string2token maps the fixed spellings of tokens to their kinds.
var string2token = map[string]Token{
	")":     ClosedParToken,
	",":     CommaToken,
	"!":     DoesNotExistToken,
	"==":    DoubleEqualsToken,
	"=":     EqualsToken,
	">":     GreaterThanToken,
	"in":    InToken,
	"<":     LessThanToken,
	"!=":    NotEqualsToken,
	"notin": NotInToken,
	"(":     OpenParToken,
}

// ScannedItem is one token read by the Lexer with its literal text.
type ScannedItem struct {
	tok     Token
	literal string
}

// Lexer splits a selector string into tokens.
type Lexer struct {
	s   string // the input
	pos int    // the index of the next unread byte
}

func isWhitespace(ch byte) bool {
	return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n'
}

func isSpecialSymbol(ch byte) bool {
	switch ch {
	case '=', '!', '(', ')', ',', '>', '<':
		return true
	}
	return false
}

// Lex returns the next token and its literal text. At the end of the input
// it returns EndOfStringToken; for input that is no token, ErrorToken with
// a message as the literal.
func (l *Lexer) Lex() (tok Token, lit string) {
	for l.pos < len(l.s) && isWhitespace(l.s[l.pos]) {
		l.pos++
	}
	if l.pos >= len(l.s) {
		return EndOfStringToken, ""
	}
	if isSpecialSymbol(l.s[l.pos]) {
		return l.scanSpecialSymbol()
	}
	return l.scanIDOrKeyword()
}

// scanIDOrKeyword reads up to the next whitespace or symbol and returns a
// keyword token if the word is one, else an identifier.
func (l *Lexer) scanIDOrKeyword() (Token, string) {
	start := l.pos
	for l.pos < len(l.s) && !isWhitespace(l.s[l.pos]) && !isSpecialSymbol(l.s[l.pos]) {
		l.pos++
	}
	word := l.s[start:l.pos]
	if tok, ok := string2token[word]; ok {
		return tok, word
	}
	return IdentifierToken, word
}

// scanSpecialSymbol reads the longest run of symbol bytes that spells a
// token, e.g. "!=" rather than "!".
func (l *Lexer) scanSpecialSymbol() (Token, string) {
	start := l.pos
	var last ScannedItem
	end := start
	for l.pos < len(l.s) && isSpecialSymbol(l.s[l.pos]) {
		l.pos++
		if tok, ok := string2token[l.s[start:l.pos]]; ok {
			last = ScannedItem{tok: tok, literal: l.s[start:l.pos]}
			end = l.pos
		} else if last.tok != ErrorToken {
			break
		}
	}
	if last.tok == ErrorToken {
		return ErrorToken, fmt.Sprintf("error expected: keyword found '%s'", l.s[start:l.pos])
	}
	l.pos = end
	return last.tok, last.literal
}
