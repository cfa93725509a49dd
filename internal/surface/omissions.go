package surface

import (
	"bufio"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Omission is one deliberate omission: reference items skiff does not offer,
// with the reason.
type Omission struct {
	// File and Line locate the omission for messages.
	File string
	Line int
	// PackageGlob matches module-relative package paths with path.Match
	// syntax; "..." matches every package and "p/..." matches p and every
	// package below it.
	PackageGlob string
	// IdentGlob matches "Name" or "Type.Member" with path.Match syntax; a
	// glob matching a type name also covers the type's fields and methods.
	IdentGlob string
	// Reason says why the items are omitted.
	Reason string
	// Used counts the gaps this omission excused.
	Used int
}

// String renders the omission as it appears in its file, with its location.
func (o *Omission) String() string {
	return fmt.Sprintf("%s:%d: %s %s -- %s", filepath.Base(o.File), o.Line, o.PackageGlob, o.IdentGlob, o.Reason)
}

// MatchesPackage reports whether the omission applies to the package path.
func (o *Omission) MatchesPackage(pkg string) bool {
	switch g := o.PackageGlob; {
	case g == "...":
		return true
	case strings.HasSuffix(g, "/..."):
		prefix := strings.TrimSuffix(g, "/...")
		return pkg == prefix || strings.HasPrefix(pkg, prefix+"/")
	default:
		ok, _ := path.Match(g, pkg)
		return ok
	}
}

// Matches reports whether the omission excuses a gap in pkg at ident.
func (o *Omission) Matches(pkg, ident string) bool {
	if !o.MatchesPackage(pkg) {
		return false
	}
	if ok, _ := path.Match(o.IdentGlob, ident); ok {
		return true
	}
	if typeName, _, member := strings.Cut(ident, "."); member {
		ok, _ := path.Match(o.IdentGlob, typeName)
		return ok
	}
	return false
}

// Omissions is the list of all deliberate omissions.
type Omissions []*Omission

// Excuse returns the first omission matching the gap, or nil. Every
// matching omission counts the use, so an overlapping line is not stale.
func (list Omissions) Excuse(g Gap) *Omission {
	var first *Omission
	for _, o := range list {
		if o.Matches(g.Package, g.Ident) {
			o.Used++
			if first == nil {
				first = o
			}
		}
	}
	return first
}

// Stale returns the omissions that apply to one of pkgs but excused no gap.
func (list Omissions) Stale(pkgs []string) []*Omission {
	var out []*Omission
	for _, o := range list {
		if o.Used > 0 {
			continue
		}
		for _, p := range pkgs {
			if o.MatchesPackage(p) {
				out = append(out, o)
				break
			}
		}
	}
	return out
}

// Unknown returns the omissions whose package glob matches none of the
// reference packages, which is most likely a typo.
func (list Omissions) Unknown(ref []Package) []*Omission {
	var out []*Omission
	for _, o := range list {
		known := false
		for _, p := range ref {
			if o.MatchesPackage(p.Path) {
				known = true
				break
			}
		}
		if !known {
			out = append(out, o)
		}
	}
	return out
}

// LoadOmissions reads every *.txt file in dir, in name order.
func LoadOmissions(dir string) (Omissions, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("list omission files in %s: %w", dir, err)
	}
	sort.Strings(files)
	var out Omissions
	for _, f := range files {
		got, err := loadOmissionFile(f)
		if err != nil {
			return nil, err
		}
		out = append(out, got...)
	}
	return out, nil
}

func loadOmissionFile(file string) (Omissions, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("open omission file: %w", err)
	}
	defer f.Close()
	var out Omissions
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		o, err := ParseOmission(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", file, n, err)
		}
		o.File, o.Line = file, n
		out = append(out, o)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read omission file %s: %w", file, err)
	}
	return out, nil
}

// ParseOmission parses "<package-glob> <ident-glob> -- <reason>".
func ParseOmission(line string) (*Omission, error) {
	spec, reason, ok := strings.Cut(line, " -- ")
	reason = strings.TrimSpace(reason)
	if !ok || reason == "" {
		return nil, fmt.Errorf("omission %q has no \" -- <reason>\"", line)
	}
	fields := strings.Fields(spec)
	if len(fields) != 2 {
		return nil, fmt.Errorf("omission %q: want \"<package-glob> <ident-glob> -- <reason>\"", line)
	}
	for _, g := range fields {
		if _, err := path.Match(g, ""); err != nil {
			return nil, fmt.Errorf("omission %q: bad glob %q: %w", line, g, err)
		}
	}
	return &Omission{PackageGlob: fields[0], IdentGlob: fields[1], Reason: reason}, nil
}
