package fields

import (
	"fmt"
	"sort"
	"strings"
)

// The term operators, longest first so "!=" and "==" win over "=".
const (
	notEqualOperator    = "!="
	doubleEqualOperator = "=="
	equalOperator       = "="
)

var termOperators = []string{notEqualOperator, doubleEqualOperator, equalOperator}

// ParseSelector parses a field selector such as "metadata.name=x,
// status.phase!=Running". The error names the selector and the term that
// could not be understood, or the bad escape in a value.
func ParseSelector(selector string) (Selector, error) {
	return ParseAndTransformSelector(selector, func(field, value string) (string, string, error) {
		return field, value, nil
	})
}

// ParseAndTransformSelector parses selector and applies fn to every term.
func ParseAndTransformSelector(selector string, fn TransformFunc) (Selector, error) {
	items, err := parseTerms(selector)
	if err != nil {
		return nil, err
	}
	if len(items) == 1 {
		return items[0].Transform(fn)
	}
	return andTerm(items).Transform(fn)
}

// ParseSelectorOrDie is ParseSelector for selectors known to be valid, such
// as constants; it panics on an error.
func ParseSelectorOrDie(s string) Selector {
	selector, err := ParseSelector(s)
	if err != nil {
		panic(err)
	}
	return selector
}

// parseTerms turns each term of selector into a hasTerm or notHasTerm,
// ordered by their canonical string.
func parseTerms(selector string) ([]Selector, error) {
	var items []Selector
	for _, part := range splitTerms(selector) {
		if part == "" {
			continue
		}
		lhs, op, rhs, ok := splitTerm(part)
		if !ok {
			return nil, fmt.Errorf("invalid selector: '%s'; can't understand '%s'", selector, part)
		}
		value, err := UnescapeValue(rhs)
		if err != nil {
			return nil, fmt.Errorf("invalid selector: '%s': term '%s': %w", selector, part, err)
		}
		if op == notEqualOperator {
			items = append(items, &notHasTerm{field: lhs, value: value})
		} else {
			items = append(items, &hasTerm{field: lhs, value: value})
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].String() < items[j].String() })
	return items, nil
}

// splitTerms splits selector at the commas that no backslash escapes.
func splitTerms(selector string) []string {
	if selector == "" {
		return nil
	}
	var terms []string
	start := 0
	inSlash := false
	for i, c := range selector {
		switch {
		case inSlash:
			inSlash = false
		case c == '\\':
			inSlash = true
		case c == ',':
			terms = append(terms, selector[start:i])
			start = i + 1
		}
	}
	return append(terms, selector[start:])
}

// splitTerm splits a term at its first operator into field, operator and
// the still-escaped value.
func splitTerm(term string) (lhs, op, rhs string, ok bool) {
	for i := range term {
		rest := term[i:]
		for _, op := range termOperators {
			if strings.HasPrefix(rest, op) {
				return term[:i], op, term[i+len(op):], true
			}
		}
	}
	return "", "", "", false
}
