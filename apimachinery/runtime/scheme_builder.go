package runtime

import "fmt"

// SchemeBuilder collects functions that register types with a Scheme, so
// that an API package can expose one AddToScheme.
type SchemeBuilder []func(*Scheme) error

// NewSchemeBuilder returns a SchemeBuilder holding funcs.
func NewSchemeBuilder(funcs ...func(*Scheme) error) SchemeBuilder {
	var sb SchemeBuilder
	sb.Register(funcs...)
	return sb
}

// Register appends funcs to the builder.
func (sb *SchemeBuilder) Register(funcs ...func(*Scheme) error) {
	*sb = append(*sb, funcs...)
}

// AddToScheme runs every registered function on s, stopping at the first
// error. It also returns bad input recorded by AddKnownTypes and friends.
func (sb *SchemeBuilder) AddToScheme(s *Scheme) error {
	if s == nil {
		return fmt.Errorf("adding to scheme: scheme is nil")
	}
	for _, fn := range *sb {
		if err := fn(s); err != nil {
			return err
		}
		if err := s.takeRegistrationErrors(); err != nil {
			return fmt.Errorf("adding to scheme %s: %w", s.schemeName, err)
		}
	}
	return nil
}
