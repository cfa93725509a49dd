package conversion

import (
	"errors"
	"fmt"
	"reflect"
)

// ConversionFunc converts the object a into the object b. Both are pointers
// to the registered types. The scope lets the function convert nested values
// with the same converter.
type ConversionFunc func(a, b interface{}, scope Scope) error

// Meta carries caller-supplied context through a conversion.
type Meta struct {
	// Context is whatever the caller passed to Convert; it may be nil.
	Context interface{}
}

// Scope is handed to every ConversionFunc. It converts nested values with
// the converter running the conversion and exposes the caller's Meta.
type Scope interface {
	// Convert converts src into dest using the registered functions.
	Convert(src, dest interface{}) error
	// Meta returns the metadata of the running conversion; it may be nil.
	Meta() *Meta
}

// typePair is the key of the conversion function tables.
type typePair struct {
	source reflect.Type
	dest   reflect.Type
}

// Converter holds conversion functions keyed by their (source, destination)
// pointer types. The zero value is not usable; call NewConverter.
type Converter struct {
	funcs     map[typePair]ConversionFunc
	generated map[typePair]ConversionFunc
	ignored   map[typePair]struct{}
}

// NewConverter returns an empty Converter. A NameFunc may be passed for
// compatibility with the reference; it is not used.
func NewConverter(_ ...NameFunc) *Converter {
	return &Converter{
		funcs:     map[typePair]ConversionFunc{},
		generated: map[typePair]ConversionFunc{},
		ignored:   map[typePair]struct{}{},
	}
}

// pairOf validates that a and b are pointers and returns their type pair.
func pairOf(a, b interface{}) (typePair, error) {
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta == nil || ta.Kind() != reflect.Pointer {
		return typePair{}, fmt.Errorf("conversion source must be a pointer, got %v", ta)
	}
	if tb == nil || tb.Kind() != reflect.Pointer {
		return typePair{}, fmt.Errorf("conversion destination must be a pointer, got %v", tb)
	}
	return typePair{source: ta, dest: tb}, nil
}

// RegisterUntypedConversionFunc registers fn to convert values of a's type
// into values of b's type. a and b must be pointers; only their types are
// used. A hand-written function wins over a generated one.
func (c *Converter) RegisterUntypedConversionFunc(a, b interface{}, fn ConversionFunc) error {
	pair, err := pairOf(a, b)
	if err != nil {
		return fmt.Errorf("registering conversion: %w", err)
	}
	if fn == nil {
		return errors.New("registering conversion: function is nil")
	}
	c.funcs[pair] = fn
	return nil
}

// RegisterGeneratedUntypedConversionFunc registers a generated conversion
// function for the pair (a, b). It is used only when no hand-written
// function is registered for the same pair.
func (c *Converter) RegisterGeneratedUntypedConversionFunc(a, b interface{}, fn ConversionFunc) error {
	pair, err := pairOf(a, b)
	if err != nil {
		return fmt.Errorf("registering generated conversion: %w", err)
	}
	if fn == nil {
		return errors.New("registering generated conversion: function is nil")
	}
	c.generated[pair] = fn
	return nil
}

// RegisterIgnoredConversion records that converting a's type into b's type
// is a no-op.
func (c *Converter) RegisterIgnoredConversion(from, to interface{}) error {
	pair, err := pairOf(from, to)
	if err != nil {
		return fmt.Errorf("registering ignored conversion: %w", err)
	}
	c.ignored[pair] = struct{}{}
	return nil
}

// Has reports whether a function (or an ignore rule) is registered for
// converting in's type into out's type.
func (c *Converter) Has(in, out interface{}) bool {
	pair := typePair{source: reflect.TypeOf(in), dest: reflect.TypeOf(out)}
	_, ok := c.lookup(pair)
	if ok {
		return true
	}
	_, ignored := c.ignored[pair]
	return ignored
}

func (c *Converter) lookup(pair typePair) (ConversionFunc, bool) {
	if fn, ok := c.funcs[pair]; ok {
		return fn, true
	}
	fn, ok := c.generated[pair]
	return fn, ok
}

// Convert converts a into b with the function registered for their types.
// When none is registered and both have the same pointer type, the pointee
// of a is copied into b (a shallow copy). Otherwise it returns an error
// naming both types.
func (c *Converter) Convert(a, b interface{}, meta *Meta) error {
	pair := typePair{source: reflect.TypeOf(a), dest: reflect.TypeOf(b)}
	if _, ok := c.ignored[pair]; ok {
		return nil
	}
	if fn, ok := c.lookup(pair); ok {
		return fn(a, b, &scope{converter: c, meta: meta})
	}
	if pair.source == pair.dest && pair.source != nil && pair.source.Kind() == reflect.Pointer {
		src, dst := reflect.ValueOf(a), reflect.ValueOf(b)
		if src.IsNil() || dst.IsNil() {
			return fmt.Errorf("converting %v: nil pointer", pair.source)
		}
		dst.Elem().Set(src.Elem())
		return nil
	}
	return fmt.Errorf("converting %v to %v: no conversion function registered", pair.source, pair.dest)
}

// scope is the Scope handed to conversion functions.
type scope struct {
	converter *Converter
	meta      *Meta
}

func (s *scope) Convert(src, dest interface{}) error {
	return s.converter.Convert(src, dest, s.meta)
}

func (s *scope) Meta() *Meta { return s.meta }
