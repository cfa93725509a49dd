package main

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"go/parser"
	"go/scanner"
	"go/token"
	"sort"
	"strconv"
)

// change is one rewritten import of a file.
type change struct {
	Line     int
	Old, New string
}

// unmapped is one import of the reference skiff does not offer.
type unmapped struct {
	Line int
	Path string
}

// fileResult is what rewriteFile found and did in one file.
type fileResult struct {
	Changes  []change
	Unmapped []unmapped
	// Imports are the import paths left in the file after the rewrite.
	Imports []string
	// Out is the new content, nil when nothing changed.
	Out []byte
	// NotFormatted reports that the input was not gofmt-clean, so import
	// groups were not re-sorted.
	NotFormatted bool
}

// edit replaces src[start:end] with text.
type edit struct {
	start, end int
	text       string
}

// rewriteFile rewrites the reference imports of one Go source file. It
// returns an error (with file:line when known) when src does not parse.
func rewriteFile(name string, src []byte, offers offered) (*fileResult, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ImportsOnly|parser.ParseComments)
	if err != nil {
		var list scanner.ErrorList
		if errors.As(err, &list) && len(list) > 0 {
			return nil, fmt.Errorf("parse: %w", list[0])
		}
		return nil, fmt.Errorf("parse %s: %w", name, err)
	}
	res := &fileResult{}
	var edits []edit
	for _, spec := range f.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			return nil, fmt.Errorf("parse %s: bad import path %s: %w", fset.Position(spec.Path.Pos()), spec.Path.Value, err)
		}
		line := fset.Position(spec.Path.Pos()).Line
		target, mapped, isRef := mapImport(path)
		switch {
		case !isRef:
			res.Imports = append(res.Imports, path)
		case !mapped || !offers[target]:
			res.Unmapped = append(res.Unmapped, unmapped{Line: line, Path: path})
			res.Imports = append(res.Imports, path)
		default:
			res.Changes = append(res.Changes, change{Line: line, Old: path, New: target})
			res.Imports = append(res.Imports, target)
			edits = append(edits, edit{
				start: fset.Position(spec.Path.Pos()).Offset,
				end:   fset.Position(spec.Path.End()).Offset,
				text:  strconv.Quote(target),
			})
		}
	}
	if len(edits) == 0 {
		return res, nil
	}
	out := applyEdits(src, edits)
	res.Out, res.NotFormatted = resort(src, out)
	return res, nil
}

// applyEdits returns src with the non-overlapping edits applied.
func applyEdits(src []byte, edits []edit) []byte {
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var buf bytes.Buffer
	last := 0
	for _, e := range edits {
		buf.Write(src[last:e.start])
		buf.WriteString(e.text)
		last = e.end
	}
	buf.Write(src[last:])
	return buf.Bytes()
}

// resort keeps out gofmt-clean: when the original src was gofmt-formatted,
// the only thing gofmt can change in out is the order of imports within a
// group, so out is formatted. Otherwise out is returned as is, and the second
// result reports that formatting was left alone.
func resort(src, out []byte) ([]byte, bool) {
	formatted, err := format.Source(src)
	if err != nil || !bytes.Equal(formatted, src) {
		return out, true
	}
	sorted, err := format.Source(out)
	if err != nil {
		return out, true
	}
	return sorted, false
}
