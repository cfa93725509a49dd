package main

import (
	"bufio"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// importPath returns the Go import path of dir (which need not exist yet)
// from the module line of the nearest go.mod above it.
func importPath(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("resolving %s: %w", dir, err)
	}
	for root := abs; ; root = filepath.Dir(root) {
		module, err := moduleOf(filepath.Join(root, "go.mod"))
		if err != nil {
			return "", err
		}
		if module != "" {
			rel, err := filepath.Rel(root, abs)
			if err != nil {
				return "", fmt.Errorf("resolving %s: %w", dir, err)
			}
			return path.Join(module, filepath.ToSlash(rel)), nil
		}
		if filepath.Dir(root) == root {
			return "", fmt.Errorf("%s is not inside a Go module (no go.mod above it)", dir)
		}
	}
}

// moduleOf returns the module path declared in the go.mod file at p, ""
// when there is no such file.
func moduleOf(p string) (string, error) {
	f, err := os.Open(p)
	if os.IsNotExist(err) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("reading %s: %w", p, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if rest, ok := strings.CutPrefix(line, "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`), nil
		}
	}
	if err := sc.Err(); err != nil {
		return "", fmt.Errorf("reading %s: %w", p, err)
	}
	return "", fmt.Errorf("%s has no module line", p)
}

// readMarkers reads a markers file: each line "<group>/<version>.<Type>"
// followed by markers that count as if written above the type; blank
// lines and lines starting with # are skipped. An empty name reads
// nothing.
func readMarkers(name string) (map[string][]string, error) {
	out := map[string][]string{}
	if name == "" {
		return out, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("reading markers: %w", err)
	}
	for i, line := range strings.Split(string(data), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		if len(fields) < 2 || !strings.Contains(fields[0], ".") {
			return nil, fmt.Errorf("%s:%d: want '<group>/<version>.<Type> <marker>...'", name, i+1)
		}
		out[fields[0]] = append(out[fields[0]], fields[1:]...)
	}
	return out, nil
}
