package field

import (
	"strconv"
	"strings"
)

// Path is a location in an object, such as spec.containers[0].name. Each
// Path element is a field name, a list index or a map key, and points to
// its parent; a Path is never modified once built.
type Path struct {
	name    string // the field name, or the list index or map key
	isIndex bool   // name is a list index or map key, rendered as "[name]"
	parent  *Path
}

// NewPath returns the path name.moreNames[0].moreNames[1]...
func NewPath(name string, moreNames ...string) *Path {
	p := &Path{name: name}
	for _, n := range moreNames {
		p = &Path{name: n, parent: p}
	}
	return p
}

// Root returns the first element of p.
func (p *Path) Root() *Path {
	for ; p.parent != nil; p = p.parent {
	}
	return p
}

// Child returns p extended by the field name and moreNames.
func (p *Path) Child(name string, moreNames ...string) *Path {
	child := NewPath(name, moreNames...)
	child.Root().parent = p
	return child
}

// Index returns p extended by the list index, rendered as "[index]".
func (p *Path) Index(index int) *Path {
	return &Path{name: strconv.Itoa(index), isIndex: true, parent: p}
}

// Key returns p extended by the map key, rendered as "[key]".
func (p *Path) Key(key string) *Path {
	return &Path{name: key, isIndex: true, parent: p}
}

// String renders p, e.g. "spec.containers[0].name". A nil Path renders as
// "<nil>".
func (p *Path) String() string {
	if p == nil {
		return "<nil>"
	}
	var elems []*Path
	for e := p; e != nil; e = e.parent {
		elems = append(elems, e)
	}
	var b strings.Builder
	for i := len(elems) - 1; i >= 0; i-- {
		e := elems[i]
		switch {
		case e.isIndex:
			b.WriteString("[" + e.name + "]")
		case i != len(elems)-1:
			b.WriteString("." + e.name)
		default:
			b.WriteString(e.name)
		}
	}
	return b.String()
}

// pathOptions collects PathOption settings.
type pathOptions struct {
	path *Path
}

// PathOption configures the Path that a validating function reports its
// errors under.
type PathOption func(o *pathOptions)

// WithPath makes errors be reported under p.
func WithPath(p *Path) PathOption {
	return func(o *pathOptions) { o.path = p }
}

// ToPath returns the Path set by opts, or nil when none sets one.
func ToPath(opts ...PathOption) *Path {
	var o pathOptions
	for _, opt := range opts {
		opt(&o)
	}
	return o.path
}
