package errors

import (
	"errors"
	"strconv"
	"strings"
)

// MessageCountMap counts how often each error message occurred.
type MessageCountMap map[string]int

// Aggregate is an error that holds several errors. Error() joins their
// messages; errors.Is and errors.As look inside every one of them.
type Aggregate interface {
	error
	Errors() []error
	Is(error) bool
}

// aggregate is the Aggregate that NewAggregate returns.
type aggregate []error

// NewAggregate returns an Aggregate of the non-nil errors in errlist, or nil
// when there are none.
func NewAggregate(errlist []error) Aggregate {
	var errs []error
	for _, e := range errlist {
		if e != nil {
			errs = append(errs, e)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return aggregate(errs)
}

// Error returns the single message, or the distinct messages in order
// joined by ", " inside square brackets.
func (agg aggregate) Error() string {
	var msgs []string
	seen := map[string]bool{}
	for _, e := range flattenAll(agg) {
		msg := e.Error()
		if seen[msg] {
			continue
		}
		seen[msg] = true
		msgs = append(msgs, msg)
	}
	switch len(msgs) {
	case 0:
		return ""
	case 1:
		return msgs[0]
	default:
		return "[" + strings.Join(msgs, ", ") + "]"
	}
}

// Is reports whether any held error matches target.
func (agg aggregate) Is(target error) bool {
	for _, e := range agg {
		if errors.Is(e, target) {
			return true
		}
	}
	return false
}

// Errors returns the held errors.
func (agg aggregate) Errors() []error {
	return []error(agg)
}

// Unwrap returns the held errors so errors.Is and errors.As search them.
func (agg aggregate) Unwrap() []error {
	return []error(agg)
}

// flattenAll expands nested aggregates into one list of leaf errors.
func flattenAll(errs []error) []error {
	var out []error
	for _, e := range errs {
		if inner, ok := e.(Aggregate); ok {
			out = append(out, flattenAll(inner.Errors())...)
			continue
		}
		out = append(out, e)
	}
	return out
}

// Matcher reports whether an error belongs to some class.
type Matcher func(error) bool

// FilterOut removes from err every error that a matcher accepts. It returns
// nil when nothing is left. Aggregates are filtered recursively.
func FilterOut(err error, fns ...Matcher) error {
	if err == nil {
		return nil
	}
	if agg, ok := err.(Aggregate); ok {
		return NewAggregate(filterErrors(agg.Errors(), fns...))
	}
	if !matchesAny(err, fns...) {
		return err
	}
	return nil
}

func filterErrors(list []error, fns ...Matcher) []error {
	var out []error
	for _, e := range list {
		if r := FilterOut(e, fns...); r != nil {
			out = append(out, r)
		}
	}
	return out
}

func matchesAny(err error, fns ...Matcher) bool {
	for _, fn := range fns {
		if fn(err) {
			return true
		}
	}
	return false
}

// Flatten returns an Aggregate whose errors contain no nested Aggregates.
func Flatten(agg Aggregate) Aggregate {
	if agg == nil {
		return nil
	}
	return NewAggregate(flattenAll(agg.Errors()))
}

// Reduce returns nil for nil, the only error of a one-error Aggregate, and
// err unchanged otherwise.
func Reduce(err error) error {
	if agg, ok := err.(Aggregate); ok {
		switch len(agg.Errors()) {
		case 0:
			return nil
		case 1:
			return agg.Errors()[0]
		}
	}
	return err
}

// CreateAggregateFromMessageCountMap returns an Aggregate with one error per
// message, noting "(repeated N times)" when a message occurred more than once.
func CreateAggregateFromMessageCountMap(m MessageCountMap) Aggregate {
	if m == nil {
		return nil
	}
	list := make([]error, 0, len(m))
	for msg, count := range m {
		if count > 1 {
			msg = msg + " (repeated " + strconv.Itoa(count) + " times)"
		}
		list = append(list, errors.New(msg))
	}
	return NewAggregate(list)
}

// AggregateGoroutines runs every function in its own goroutine, waits for
// all of them and returns the errors they returned as an Aggregate.
func AggregateGoroutines(funcs ...func() error) Aggregate {
	errCh := make(chan error, len(funcs))
	for _, f := range funcs {
		go func() { errCh <- f() }()
	}
	list := make([]error, 0, len(funcs))
	for range funcs {
		list = append(list, <-errCh)
	}
	return NewAggregate(list)
}

// ErrPreconditionViolated is returned when a precondition is violated.
var ErrPreconditionViolated = errors.New("precondition is violated")
