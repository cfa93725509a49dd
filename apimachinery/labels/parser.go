package labels

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/selection"
	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
)

// ParserContext tells the parser how to read keywords: as operators
// (KeyAndOperator) or as plain identifiers (Values).
type ParserContext int

// The parser contexts.
const (
	// KeyAndOperator reads "in" and "notin" as operators.
	KeyAndOperator ParserContext = iota
	// Values reads "in" and "notin" as identifiers.
	Values
)

// binaryOperators are named in the error for a missing operator.
var binaryOperators = []string{
	string(selection.In), string(selection.NotIn),
	string(selection.Equals), string(selection.DoubleEquals), string(selection.NotEquals),
	string(selection.GreaterThan), string(selection.LessThan),
}

// Parser turns the tokens of a selector string into requirements.
type Parser struct {
	l            *Lexer
	scannedItems []ScannedItem
	position     int
	path         *field.Path
}

// Parse parses a selector string into a Selector whose requirements are
// sorted by key. An empty string gives a selector that matches everything.
// The error names the token where parsing failed and, for an invalid key
// or value, what makes it invalid.
func Parse(selector string, opts ...field.PathOption) (Selector, error) {
	reqs, err := parse(selector, field.ToPath(opts...))
	if err != nil {
		return nil, err
	}
	sort.Stable(ByKey(reqs))
	return internalSelector(reqs), nil
}

// ParseToRequirements parses a selector string into its requirements, in
// the order written.
func ParseToRequirements(selector string, opts ...field.PathOption) ([]Requirement, error) {
	return parse(selector, field.ToPath(opts...))
}

func parse(selector string, path *field.Path) ([]Requirement, error) {
	p := &Parser{l: &Lexer{s: selector}, path: path}
	return p.parse()
}

// scan reads every token of the input up front.
func (p *Parser) scan() {
	for {
		tok, lit := p.l.Lex()
		p.scannedItems = append(p.scannedItems, ScannedItem{tok: tok, literal: lit})
		if tok == EndOfStringToken || tok == ErrorToken {
			return
		}
	}
}

// lookahead returns the next token without consuming it; in the Values
// context the keywords "in" and "notin" are identifiers.
func (p *Parser) lookahead(context ParserContext) (Token, string) {
	item := p.scannedItems[p.position]
	tok := item.tok
	if context == Values && (tok == InToken || tok == NotInToken) {
		tok = IdentifierToken
	}
	return tok, item.literal
}

// consume returns the next token and advances past it, staying on the last
// token (end of string or error) once reached.
func (p *Parser) consume(context ParserContext) (Token, string) {
	tok, lit := p.lookahead(context)
	if p.position < len(p.scannedItems)-1 {
		p.position++
	}
	return tok, lit
}

// parse reads comma-separated requirements up to the end of the input.
func (p *Parser) parse() ([]Requirement, error) {
	p.scan()
	var reqs []Requirement
	for {
		tok, lit := p.lookahead(Values)
		switch tok {
		case IdentifierToken, DoesNotExistToken:
		case EndOfStringToken:
			return reqs, nil
		default:
			return nil, fmt.Errorf("found '%s', expected: !, identifier, or 'end of string'", lit)
		}
		r, err := p.parseRequirement()
		if err != nil {
			return nil, fmt.Errorf("unable to parse requirement: %w", err)
		}
		reqs = append(reqs, *r)
		switch t, l := p.consume(Values); t {
		case EndOfStringToken:
			return reqs, nil
		case CommaToken:
			if t2, l2 := p.lookahead(Values); t2 != IdentifierToken && t2 != DoesNotExistToken {
				return nil, fmt.Errorf("found '%s', expected: identifier after ','", l2)
			}
		default:
			return nil, fmt.Errorf("found '%s', expected: ',' or 'end of string'", l)
		}
	}
}

// parseRequirement reads one requirement: a key with an optional "!", an
// operator and its values.
func (p *Parser) parseRequirement() (*Requirement, error) {
	key, op, err := p.parseKeyAndInferOperator()
	if err != nil {
		return nil, err
	}
	if op == selection.Exists || op == selection.DoesNotExist {
		return NewRequirement(key, op, []string{}, field.WithPath(p.path))
	}
	if op, err = p.parseOperator(); err != nil {
		return nil, err
	}
	var values []string
	if op == selection.In || op == selection.NotIn {
		values, err = p.parseValues()
	} else {
		values, err = p.parseExactValue()
	}
	if err != nil {
		return nil, err
	}
	return NewRequirement(key, op, values, field.WithPath(p.path))
}

// parseKeyAndInferOperator reads "[!]key". It returns Exists or
// DoesNotExist when the key ends the requirement, else an empty operator
// for parseOperator to read.
func (p *Parser) parseKeyAndInferOperator() (string, selection.Operator, error) {
	var op selection.Operator
	tok, lit := p.consume(Values)
	if tok == DoesNotExistToken {
		op = selection.DoesNotExist
		tok, lit = p.consume(Values)
	}
	if tok != IdentifierToken {
		return "", "", fmt.Errorf("found '%s', expected: identifier", lit)
	}
	if err := validateLabelKey(lit, p.path); err != nil {
		return "", "", err
	}
	next, nextLit := p.lookahead(Values)
	switch {
	case next == EndOfStringToken || next == CommaToken:
		if op != selection.DoesNotExist {
			op = selection.Exists
		}
	case op == selection.DoesNotExist:
		return "", "", fmt.Errorf("found '%s', expected: ',' or 'end of string' after '!%s'", nextLit, lit)
	}
	return lit, op, nil
}

// parseOperator reads a binary operator.
func (p *Parser) parseOperator() (selection.Operator, error) {
	tok, lit := p.consume(KeyAndOperator)
	switch tok {
	case EqualsToken:
		return selection.Equals, nil
	case DoubleEqualsToken:
		return selection.DoubleEquals, nil
	case NotEqualsToken:
		return selection.NotEquals, nil
	case InToken:
		return selection.In, nil
	case NotInToken:
		return selection.NotIn, nil
	case GreaterThanToken:
		return selection.GreaterThan, nil
	case LessThanToken:
		return selection.LessThan, nil
	}
	return "", fmt.Errorf("found '%s', expected: %s", lit, strings.Join(binaryOperators, ", "))
}

// parseValues reads "(v1,v2,...)". Values are de-duplicated and sorted; an
// empty slot such as in "()" or "(a,)" is the empty value.
func (p *Parser) parseValues() ([]string, error) {
	if tok, lit := p.consume(Values); tok != OpenParToken {
		return nil, fmt.Errorf("found '%s', expected: '('", lit)
	}
	tok, lit := p.lookahead(Values)
	switch tok {
	case IdentifierToken, CommaToken:
		vals, err := p.parseIdentifiersList()
		if err != nil {
			return nil, err
		}
		if tok, lit := p.consume(Values); tok != ClosedParToken {
			return nil, fmt.Errorf("found '%s', expected: ')'", lit)
		}
		return vals, nil
	case ClosedParToken:
		p.consume(Values)
		return []string{""}, nil
	}
	return nil, fmt.Errorf("found '%s', expected: ',', ')' or identifier", lit)
}

// parseIdentifiersList reads the comma-separated values up to, not
// including, the closing parenthesis.
func (p *Parser) parseIdentifiersList() ([]string, error) {
	var vals []string
	expectValue := true // at the start or just after a comma
	for {
		tok, lit := p.lookahead(Values)
		switch {
		case tok == IdentifierToken && expectValue:
			p.consume(Values)
			vals = append(vals, lit)
			expectValue = false
		case tok == CommaToken:
			p.consume(Values)
			if expectValue {
				vals = append(vals, "")
			}
			expectValue = true
		case tok == ClosedParToken:
			if expectValue {
				vals = append(vals, "")
			}
			slices.Sort(vals)
			return slices.Compact(vals), nil
		case !expectValue:
			return nil, fmt.Errorf("found '%s', expected: ',' or ')'", lit)
		default:
			return nil, fmt.Errorf("found '%s', expected: ',', ')' or identifier", lit)
		}
	}
}

// parseExactValue reads the single value after =, ==, !=, > or <. A missing
// value (end of input or a comma) is the empty value.
func (p *Parser) parseExactValue() ([]string, error) {
	if tok, _ := p.lookahead(Values); tok == EndOfStringToken || tok == CommaToken {
		return []string{""}, nil
	}
	tok, lit := p.consume(Values)
	if tok == IdentifierToken {
		return []string{lit}, nil
	}
	return nil, fmt.Errorf("found '%s', expected: identifier", lit)
}
