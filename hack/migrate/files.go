package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// findModuleRoot returns the directory holding the go.mod that governs dir.
func findModuleRoot(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("find module of %s: %w", dir, err)
	}
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("find module of %s: no go.mod in it or any parent", abs)
		}
	}
}

// skipDir reports whether a directory below a walk's root is left out, as the
// go command leaves it out of ./... : testdata, vendor, names starting with
// . or _, and nested modules.
func skipDir(path, name string) bool {
	if name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
		return true
	}
	_, err := os.Stat(filepath.Join(path, "go.mod"))
	return err == nil
}

// goFilesIn lists the .go files directly in dir.
func goFilesIn(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", dir, err)
	}
	var files []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".go") {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	return files, nil
}

// walkGoFiles lists the .go files of root and the directories below it that
// belong to the same package tree (see skipDir).
func walkGoFiles(root string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && skipDir(path, d.Name()) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(path, ".go") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("walk %s: %w", root, err)
	}
	return files, nil
}

// expandPatterns turns command-line patterns (dir or dir/...) into a sorted,
// de-duplicated list of Go files.
func expandPatterns(patterns []string) ([]string, error) {
	seen := map[string]bool{}
	var all []string
	for _, p := range patterns {
		var files []string
		var err error
		if dir, ok := strings.CutSuffix(p, "..."); ok {
			dir = strings.TrimSuffix(dir, "/")
			if dir == "" {
				dir = "."
			}
			files, err = walkGoFiles(filepath.Clean(dir))
		} else {
			files, err = goFilesIn(filepath.Clean(p))
		}
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("pattern %s: %w", p, errNoFiles)
		}
		for _, f := range files {
			if !seen[f] {
				seen[f] = true
				all = append(all, f)
			}
		}
	}
	sort.Strings(all)
	return all, nil
}

// errNoFiles reports a pattern that matched no Go file.
var errNoFiles = errors.New("matched no Go files")
