package main

import (
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
)

// replacedVersion is the version required when a replace directive supplies
// the module, the placeholder the go command itself uses.
const replacedVersion = "v0.0.0-00010101000000-000000000000"

// goCmd runs the go command in dir and returns its trimmed standard output.
func goCmd(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go %s in %s: %w: %s", strings.Join(args, " "), dir, err, strings.TrimSpace(stderr.String()))
	}
	return strings.TrimSpace(stdout.String()), nil
}

// resolveVersion decides which skiff version to require.
func resolveVersion(root string, o *options) (string, error) {
	if o.version != "latest" {
		return o.version, nil
	}
	if o.offline {
		if o.replace == "" {
			return "", fmt.Errorf("resolve skiff version: -offline needs -skiff-version or -replace")
		}
		return replacedVersion, nil
	}
	v, err := goCmd(root, "list", "-m", "-f", "{{.Version}}", skiffModule+"@latest")
	if err != nil {
		return "", fmt.Errorf("resolve skiff version: %w", err)
	}
	return v, nil
}

// goModEditArgs builds the `go mod edit` arguments that require skiff, add
// the optional replace and drop the reference modules no file imports.
func goModEditArgs(version, replace string, drop []string) []string {
	args := []string{"mod", "edit", "-require=" + skiffModule + "@" + version}
	if replace != "" {
		args = append(args, "-replace="+skiffModule+"="+replace)
	}
	for _, m := range drop {
		args = append(args, "-droprequire="+m)
	}
	return args
}

// absReplace makes a local replace path absolute unless it is a module path
// with a version (which go mod edit accepts as is).
func absReplace(p string) (string, error) {
	if p == "" || strings.Contains(p, "@") {
		return p, nil
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", fmt.Errorf("replace path %s: %w", p, err)
	}
	return abs, nil
}
