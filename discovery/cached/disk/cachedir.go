package disk

import (
	"path/filepath"
	"regexp"
	"strings"
)

// unsafeHostChars are the characters of a host that do not go into a
// directory name.
var unsafeHostChars = regexp.MustCompile(`[^(\w/.)]`)

// DiscoveryCacheDir returns the discovery cache directory of host under
// parentDir: the host without its scheme, every character outside
// [A-Za-z0-9_/.()] replaced by "_" (so "https://10.0.0.1:6443" becomes
// "10.0.0.1_6443"), and any "." or ".." path element replaced by "_", so
// that the result always stays inside parentDir.
func DiscoveryCacheDir(parentDir, host string) string {
	schemeless := host
	if _, rest, ok := strings.Cut(host, "://"); ok {
		schemeless = rest
	}
	safe := unsafeHostChars.ReplaceAllString(schemeless, "_")
	var parts []string
	for _, part := range strings.Split(safe, "/") {
		switch part {
		case "":
			continue
		case ".", "..":
			part = "_"
		}
		parts = append(parts, part)
	}
	if len(parts) == 0 {
		parts = []string{"_"}
	}
	return filepath.Join(append([]string{parentDir}, parts...)...)
}
