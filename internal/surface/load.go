package surface

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Module is a Go module on disk.
type Module struct {
	// Root is the directory holding go.mod.
	Root string
	// Path is the module path declared in go.mod.
	Path string
}

// FindModule walks up from dir to the nearest go.mod and reads its module path.
func FindModule(dir string) (Module, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return Module{}, fmt.Errorf("find module from %s: %w", dir, err)
	}
	for d := abs; ; d = filepath.Dir(d) {
		data, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil {
			return Module{Root: d, Path: modulePath(data)}, nil
		}
		if !errors.Is(err, os.ErrNotExist) {
			return Module{}, fmt.Errorf("read %s: %w", filepath.Join(d, "go.mod"), err)
		}
		if filepath.Dir(d) == d {
			return Module{}, fmt.Errorf("find module: no go.mod above %s", abs)
		}
	}
}

// modulePath returns the path on the module line of a go.mod file.
func modulePath(gomod []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(gomod))
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module"); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`)
		}
	}
	return ""
}

// Result is the outcome of inspecting one package.
type Result struct {
	// Package is the described surface; nil when Err is set.
	Package *Package
	// Err says why the package could not be described (absent, does not compile).
	Err error
	// Absent reports that the package has no Go files in the module.
	Absent bool
}

// listedPackage is the part of `go list -json` output that Inspect uses.
type listedPackage struct {
	ImportPath string
	Export     string
	DepOnly    bool
	Error      *struct{ Err string }
}

// Inspect describes the packages at the given module-relative paths. It runs
// `go list -e -export -deps -json` once in the module root, with buildFlags
// (e.g. -race, to reuse the build cache of a race test run), and imports the
// export data; a package that is absent or does not compile gets an error
// in its Result, the others are still described.
func Inspect(mod Module, rels []string, buildFlags ...string) (map[string]Result, error) {
	if len(rels) == 0 {
		return map[string]Result{}, nil
	}
	out := make(map[string]Result, len(rels))
	var present []string
	for _, rel := range rels {
		if hasGoFiles(filepath.Join(mod.Root, filepath.FromSlash(rel))) {
			present = append(present, rel)
		} else {
			out[rel] = Result{Err: fmt.Errorf("package %s is not in skiff yet (no Go files in %s)", rel, rel), Absent: true}
		}
	}
	if len(present) == 0 {
		return out, nil
	}
	listed, err := goList(mod, present, buildFlags)
	if err != nil {
		return nil, err
	}
	exports := make(map[string]string, len(listed))
	for _, p := range listed {
		if p.Export != "" {
			exports[p.ImportPath] = p.Export
		}
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		file, ok := exports[path]
		if !ok {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(file)
	})
	for _, rel := range present {
		out[rel] = inspectOne(mod, imp, listed, rel)
	}
	return out, nil
}

// hasGoFiles reports whether dir holds a non-test Go file. It stats every
// Go file so that go test's result cache notices edits to them (the go list
// subprocess that reads them is invisible to it).
func hasGoFiles(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	found := false
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") {
			continue
		}
		_, _ = os.Stat(filepath.Join(dir, n))
		found = found || !strings.HasSuffix(n, "_test.go")
	}
	return found
}

// inspectOne imports and describes one listed package.
func inspectOne(mod Module, imp types.Importer, listed map[string]listedPackage, rel string) Result {
	path := mod.Path + "/" + rel
	p, ok := listed[path]
	switch {
	case !ok:
		return Result{Err: fmt.Errorf("package %s not listed by go list", path)}
	case p.Error != nil:
		return Result{Err: fmt.Errorf("package %s: %s", path, strings.TrimSpace(p.Error.Err))}
	case p.Export == "":
		return Result{Err: fmt.Errorf("package %s: no export data (does it compile?)", path)}
	}
	tp, err := imp.Import(path)
	if err != nil {
		return Result{Err: fmt.Errorf("import export data of %s: %w", path, err)}
	}
	d := Describe(tp, mod.Path, rel)
	return Result{Package: &d}
}

// goList runs go list in the module root and returns the listed packages by
// import path.
func goList(mod Module, rels, buildFlags []string) (map[string]listedPackage, error) {
	args := append([]string{"list", "-e", "-export", "-deps", "-json=ImportPath,Export,DepOnly,Error"}, buildFlags...)
	for _, rel := range rels {
		args = append(args, mod.Path+"/"+rel)
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = mod.Root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list in %s: %w: %s", mod.Root, err, strings.TrimSpace(stderr.String()))
	}
	out := map[string]listedPackage{}
	dec := json.NewDecoder(bytes.NewReader(stdout))
	for dec.More() {
		var p listedPackage
		if err := dec.Decode(&p); err != nil {
			return nil, fmt.Errorf("decode go list output: %w", err)
		}
		out[p.ImportPath] = p
	}
	return out, nil
}
