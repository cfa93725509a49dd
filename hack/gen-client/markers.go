package main

import (
	"fmt"
	"regexp"
	"strings"
)

// parseKind reads the markers of type name; nil when it has no
// +genclient marker.
func parseKind(name string, lines []string) (*Kind, error) {
	k := &Kind{Name: name, Namespaced: true, Status: true, Verbs: map[string]bool{}}
	found := false
	for _, v := range standardVerbs {
		k.Verbs[v] = true
	}
	for _, line := range lines {
		if line == "+genclient" {
			found = true
			continue
		}
		if err := k.applyMarker(line); err != nil {
			return nil, err
		}
	}
	if !found {
		return nil, nil
	}
	if k.Resource == "" {
		k.Resource = strings.ToLower(pluralize(name))
	}
	if !resourcePattern.MatchString(k.Resource) {
		return nil, fmt.Errorf("resource name %q is not a lowercase REST resource name", k.Resource)
	}
	return k, nil
}

// Patterns the names that end up in generated code must match.
var (
	resourcePattern   = regexp.MustCompile(`^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$`)
	identPattern      = regexp.MustCompile(`^[A-Z][A-Za-z0-9_]*$`)
	typeRefPattern    = regexp.MustCompile(`^([A-Za-z0-9_.~-]+(/[A-Za-z0-9_.~-]+)*\.)?[A-Z][A-Za-z0-9_]*$`)
	subresourcePatten = regexp.MustCompile(`^[a-z][a-z0-9]*$`)
)

// applyMarker applies one comment line to k; lines that are not client
// markers are ignored.
func (k *Kind) applyMarker(line string) error {
	key, value, _ := strings.Cut(line, "=")
	switch key {
	case "+genclient:nonNamespaced":
		k.Namespaced = false
	case "+genclient:noStatus":
		k.Status = false
	case "+genclient:noClient":
		k.NoClient = true
	case "+genclient:noVerbs":
		k.Verbs = map[string]bool{}
	case "+genclient:readonly":
		k.Verbs = map[string]bool{"get": true, "list": true, "watch": true}
	case "+genclient:onlyVerbs":
		verbs, err := verbSet(value)
		if err != nil {
			return err
		}
		k.Verbs = verbs
	case "+genclient:skipVerbs":
		verbs, err := verbSet(value)
		if err != nil {
			return err
		}
		for v := range verbs {
			delete(k.Verbs, v)
		}
	case "+genclient:method":
		m, err := parseMethod(value)
		if err != nil {
			return err
		}
		k.Methods = append(k.Methods, m)
	case "+resourceName":
		if value == "" {
			return fmt.Errorf("empty resource name in %q", line)
		}
		k.Resource = value
	default:
		if strings.HasPrefix(key, "+genclient:") {
			return fmt.Errorf("unknown marker %q", line)
		}
	}
	return nil
}

// verbSet parses a comma-separated verb list. updateStatus and
// applyStatus are accepted and ignored: the status methods follow from
// update and the status subresource.
func verbSet(list string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, v := range strings.Split(list, ",") {
		v = strings.ToLower(strings.TrimSpace(v))
		switch {
		case v == "" || v == "updatestatus" || v == "applystatus" || v == "apply":
		case isStandardVerb(v):
			out[v] = true
		default:
			return nil, fmt.Errorf("unknown verb %q in %q", v, list)
		}
	}
	return out, nil
}

// isStandardVerb reports whether v is one of standardVerbs.
func isStandardVerb(v string) bool {
	for _, s := range standardVerbs {
		if s == v {
			return true
		}
	}
	return false
}

// parseMethod parses the value of a +genclient:method marker:
// Name,verb=...,subresource=...,input=...,result=...
func parseMethod(value string) (Method, error) {
	parts := strings.Split(value, ",")
	m := Method{Name: strings.TrimSpace(parts[0])}
	for _, p := range parts[1:] {
		key, val, ok := strings.Cut(strings.TrimSpace(p), "=")
		if !ok {
			return m, fmt.Errorf("method %s: %q is not key=value", m.Name, p)
		}
		switch key {
		case "verb":
			m.Verb = val
		case "subresource":
			m.Subresource = val
		case "input":
			m.Input = val
		case "result":
			m.Result = val
		default:
			return m, fmt.Errorf("method %s: unknown key %q", m.Name, key)
		}
	}
	switch {
	case m.Name == "" || m.Subresource == "":
		return m, fmt.Errorf("method marker %q needs a name and a subresource", value)
	case !identPattern.MatchString(m.Name) || !subresourcePatten.MatchString(m.Subresource):
		return m, fmt.Errorf("method marker %q: the name must be an exported Go name and the subresource lowercase", value)
	case m.Input != "" && !typeRefPattern.MatchString(m.Input), m.Result != "" && !typeRefPattern.MatchString(m.Result):
		return m, fmt.Errorf("method %s: input and result must be Type or import/path.Type", m.Name)
	case m.Verb != "get" && m.Verb != "update" && m.Verb != "create" && m.Verb != "apply":
		return m, fmt.Errorf("method %s: unsupported verb %q (get, update, create or apply)", m.Name, m.Verb)
	}
	return m, nil
}

// pluralize returns the English plural of a kind name the way the
// reference client generator spells getter names.
func pluralize(name string) string {
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, "endpoints"):
		return name
	case strings.HasSuffix(lower, "s"), strings.HasSuffix(lower, "x"),
		strings.HasSuffix(lower, "ch"), strings.HasSuffix(lower, "sh"):
		return name + "es"
	case strings.HasSuffix(lower, "y") && len(lower) > 1 && !strings.ContainsRune("aeiou", rune(lower[len(lower)-2])):
		return name[:len(name)-1] + "ies"
	}
	return name + "s"
}

// plural returns the Go plural of k's name for getter methods: the kind
// name followed by the rest of the resource name when the resource starts
// with the lowercase kind, the English plural otherwise.
func (k *Kind) plural() string {
	lower := strings.ToLower(k.Name)
	if rest, ok := strings.CutPrefix(k.Resource, lower); ok && !strings.ContainsAny(rest, "./") {
		return k.Name + rest
	}
	return pluralize(k.Name)
}
