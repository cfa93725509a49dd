package main

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// writeFiles writes files below dir, creating directories, and leaves a
// file untouched when its content is already the same. In every directory
// it writes to, a file gen-client generated earlier that this run did not
// produce (a kind that is gone) is removed.
func writeFiles(dir string, files map[string][]byte) error {
	if err := removeStale(dir, files); err != nil {
		return err
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if old, err := os.ReadFile(p); err == nil && string(old) == string(files[name]) {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("writing %s: %w", p, err)
		}
		if err := os.WriteFile(p, files[name], 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", p, err)
		}
	}
	return nil
}

// removeStale removes the gen-client files in the directories of files
// that files does not hold.
func removeStale(dir string, files map[string][]byte) error {
	dirs := map[string]bool{}
	for name := range files {
		dirs[path.Dir(name)] = true
	}
	for d := range dirs {
		entries, err := os.ReadDir(filepath.Join(dir, filepath.FromSlash(d)))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return fmt.Errorf("reading %s: %w", d, err)
		}
		for _, e := range entries {
			name := path.Join(d, e.Name())
			if e.IsDir() || !strings.HasSuffix(name, ".go") || files[name] != nil {
				continue
			}
			p := filepath.Join(dir, filepath.FromSlash(name))
			data, err := os.ReadFile(p)
			if err != nil {
				return fmt.Errorf("reading %s: %w", p, err)
			}
			if bytes.HasPrefix(data, []byte(header)) {
				if err := os.Remove(p); err != nil {
					return fmt.Errorf("removing stale %s: %w", p, err)
				}
			}
		}
	}
	return nil
}
