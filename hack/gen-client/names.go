package main

import (
	"path"
	"strings"
)

// goGroup is the Go name of an API group: its first DNS label with an
// upper-case initial, "Core" for the legacy core group.
func goGroup(groupName string) string {
	if groupName == "" {
		return "Core"
	}
	label, _, _ := strings.Cut(groupName, ".")
	return upperFirst(strings.ReplaceAll(label, "-", ""))
}

// accessor is the clientset method of g, e.g. "AppsV1beta1".
func (g *Group) accessor() string {
	if g.GoName != "" {
		return g.GoName + upperFirst(g.Version)
	}
	return goGroup(g.GroupName) + upperFirst(g.Version)
}

// clientName is the group client type of g, e.g. "AppsV1Client".
func (g *Group) clientName() string { return g.accessor() + "Client" }

// alias is the import alias of a package path: its last two elements
// joined, e.g. "appsv1" for .../api/apps/v1.
func alias(importPath string) string {
	dir, version := path.Split(importPath)
	group := path.Base(dir)
	return sanitize(group + version)
}

// sanitize keeps the letters and digits of s.
func sanitize(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return strings.ToLower(b.String())
}

// upperFirst returns s with its first letter upper-cased.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// lowerFirst returns s with its leading upper-case run lower-cased the way
// Go names are ("URLMap" -> "urlMap", "Pod" -> "pod").
func lowerFirst(s string) string {
	n := 0
	for n < len(s) && s[n] >= 'A' && s[n] <= 'Z' {
		n++
	}
	switch {
	case n == 0:
		return s
	case n == 1 || n == len(s):
		return strings.ToLower(s[:n]) + s[n:]
	}
	return strings.ToLower(s[:n-1]) + s[n-1:]
}

// splitType splits "import/path.Type" into its package path and type name.
func splitType(full string) (string, string) {
	i := strings.LastIndex(full, ".")
	if i < 0 || strings.LastIndex(full, "/") > i {
		return "", full
	}
	return full[:i], full[i+1:]
}
