package field

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	utilerrors "github.com/skiff-k8s/skiff/apimachinery/util/errors"
)

// Error is one validation problem: what kind (Type), where (Field), the
// offending value (BadValue) and a human explanation (Detail).
type Error struct {
	Type     ErrorType
	Field    string
	BadValue interface{}
	Detail   string

	// Origin optionally names the validation rule that produced the error,
	// for machine consumption; it is not part of Error().
	Origin string

	// CoveredByDeclarative records that declarative validation also reports
	// this error.
	CoveredByDeclarative bool
}

var _ error = &Error{}

// Error renders v as "<field>: <type>[: <value>][: <detail>]".
func (v *Error) Error() string {
	return fmt.Sprintf("%s: %s", v.Field, v.ErrorBody())
}

// ErrorBody renders v without its field: the type, the bad value when the
// type shows one, and the detail.
func (v *Error) ErrorBody() string {
	s := v.Type.String()
	if v.showsValue() {
		s += ": " + formatBadValue(v.BadValue)
	}
	if v.Detail != "" {
		s += ": " + v.Detail
	}
	return s
}

// showsValue reports whether ErrorBody includes the bad value.
func (v *Error) showsValue() bool {
	switch v.Type {
	case ErrorTypeRequired, ErrorTypeForbidden, ErrorTypeTooLong, ErrorTypeInternal:
		return false
	}
	_, omitted := v.BadValue.(OmitValueType)
	return !omitted
}

// formatBadValue renders a bad value: nil and nil pointers as null,
// strings quoted, numbers and booleans plain, values whose type or pointer
// type has a String method through it, and anything else in Go syntax.
func formatBadValue(value interface{}) string {
	if value == nil {
		return "null"
	}
	value = dereference(value)
	if value == nil {
		return "null"
	}
	switch t := value.(type) {
	case int64, int32, float64, float32, bool:
		return fmt.Sprintf("%v", t)
	case string:
		return strconv.Quote(t)
	case fmt.Stringer:
		return t.String()
	}
	return fmt.Sprintf("%#v", value)
}

var stringerType = reflect.TypeFor[fmt.Stringer]()

// dereference follows a pointer unless the pointer itself is a Stringer,
// and turns a value whose pointer type is a Stringer (such as a Quantity)
// into such a pointer, so its String method is used. A nil pointer gives nil.
func dereference(value interface{}) interface{} {
	rv := reflect.ValueOf(value)
	if rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return nil
		}
		if rv.Type().Implements(stringerType) {
			return value
		}
		return rv.Elem().Interface()
	}
	if reflect.PointerTo(rv.Type()).Implements(stringerType) && !rv.Type().Implements(stringerType) {
		ptr := reflect.New(rv.Type())
		ptr.Elem().Set(rv)
		return ptr.Interface()
	}
	return value
}

// WithOrigin sets v.Origin and returns v.
func (v *Error) WithOrigin(o string) *Error {
	v.Origin = o
	return v
}

// MarkCoveredByDeclarative sets v.CoveredByDeclarative and returns v.
func (v *Error) MarkCoveredByDeclarative() *Error {
	v.CoveredByDeclarative = true
	return v
}

// OmitValueType is the type of a BadValue that should not be shown.
type OmitValueType struct{}

var omitValue = OmitValueType{}

// NotFound reports that value was not found at field.
func NotFound(field *Path, value interface{}) *Error {
	return &Error{Type: ErrorTypeNotFound, Field: field.String(), BadValue: value}
}

// Required reports that field must be set; detail may explain why.
func Required(field *Path, detail string) *Error {
	return &Error{Type: ErrorTypeRequired, Field: field.String(), BadValue: "", Detail: detail}
}

// Duplicate reports that value occurs more than once at field.
func Duplicate(field *Path, value interface{}) *Error {
	return &Error{Type: ErrorTypeDuplicate, Field: field.String(), BadValue: value}
}

// Invalid reports that value is malformed or out of range at field.
func Invalid(field *Path, value interface{}, detail string) *Error {
	return &Error{Type: ErrorTypeInvalid, Field: field.String(), BadValue: value, Detail: detail}
}

// NotSupported reports that value is not one of validValues, which the
// detail lists.
func NotSupported[T ~string](field *Path, value interface{}, validValues []T) *Error {
	detail := ""
	if len(validValues) > 0 {
		quoted := make([]string, len(validValues))
		for i, v := range validValues {
			quoted[i] = strconv.Quote(string(v))
		}
		detail = "supported values: " + strings.Join(quoted, ", ")
	}
	return &Error{Type: ErrorTypeNotSupported, Field: field.String(), BadValue: value, Detail: detail}
}

// Forbidden reports that field may not be set (for example because of a
// feature gate or a policy); detail explains why.
func Forbidden(field *Path, detail string) *Error {
	return &Error{Type: ErrorTypeForbidden, Field: field.String(), BadValue: "", Detail: detail}
}

// TooLong reports that the value at field is longer than maxLength bytes. A
// negative maxLength means the limit is unknown. The value is not shown.
func TooLong(field *Path, value interface{}, maxLength int) *Error {
	detail := "value is too long"
	if maxLength >= 0 {
		detail = fmt.Sprintf("may not be more than %d %s", maxLength, plural(maxLength, "byte", "bytes"))
	}
	return &Error{Type: ErrorTypeTooLong, Field: field.String(), BadValue: "<value omitted>", Detail: detail}
}

// TooLongMaxLength is TooLong with the limit given as maxLength.
//
// Deprecated: use TooLong.
func TooLongMaxLength(field *Path, value interface{}, maxLength int) *Error {
	return TooLong(field, value, maxLength)
}

// TooMany reports that the list at field has actualQuantity items, more
// than maxQuantity. Negative quantities mean unknown.
func TooMany(field *Path, actualQuantity, maxQuantity int) *Error {
	detail := "has too many items"
	if maxQuantity >= 0 {
		detail = fmt.Sprintf("must have at most %d %s", maxQuantity, plural(maxQuantity, "item", "items"))
	}
	var actual interface{} = omitValue
	if actualQuantity >= 0 {
		actual = actualQuantity
	}
	return &Error{Type: ErrorTypeTooMany, Field: field.String(), BadValue: actual, Detail: detail}
}

// InternalError reports that validating field failed for a reason other
// than the user's input.
func InternalError(field *Path, err error) *Error {
	return &Error{Type: ErrorTypeInternal, Field: field.String(), Detail: err.Error()}
}

// TypeInvalid reports that value at field has the wrong type.
func TypeInvalid(field *Path, value interface{}, detail string) *Error {
	return &Error{Type: ErrorTypeTypeInvalid, Field: field.String(), BadValue: value, Detail: detail}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// ErrorList is a list of validation errors.
type ErrorList []*Error

// NewErrorTypeMatcher returns a Matcher accepting *Error values of type t.
func NewErrorTypeMatcher(t ErrorType) utilerrors.Matcher {
	return func(err error) bool {
		e, ok := err.(*Error)
		return ok && e.Type == t
	}
}

// ToAggregate returns the errors as one Aggregate, dropping errors whose
// message repeats an earlier one; nil for an empty list.
func (list ErrorList) ToAggregate() utilerrors.Aggregate {
	if len(list) == 0 {
		return nil
	}
	seen := map[string]bool{}
	errs := make([]error, 0, len(list))
	for _, e := range list {
		msg := e.Error()
		if seen[msg] {
			continue
		}
		seen[msg] = true
		errs = append(errs, e)
	}
	return utilerrors.NewAggregate(errs)
}

// Filter returns the errors that no matcher in fns accepts, or nil when
// none are left.
func (list ErrorList) Filter(fns ...utilerrors.Matcher) ErrorList {
	var out ErrorList
	for _, e := range list {
		keep := true
		for _, fn := range fns {
			if fn(e) {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, e)
		}
	}
	return out
}

// WithOrigin sets the Origin of every error in list and returns list.
func (list ErrorList) WithOrigin(origin string) ErrorList {
	for _, e := range list {
		e.Origin = origin
	}
	return list
}

// MarkCoveredByDeclarative marks every error in list as covered by
// declarative validation and returns list.
func (list ErrorList) MarkCoveredByDeclarative() ErrorList {
	for _, e := range list {
		e.CoveredByDeclarative = true
	}
	return list
}

// ExtractCoveredByDeclarative returns the errors marked as covered by
// declarative validation.
func (list ErrorList) ExtractCoveredByDeclarative() ErrorList {
	var out ErrorList
	for _, e := range list {
		if e.CoveredByDeclarative {
			out = append(out, e)
		}
	}
	return out
}

// RemoveCoveredByDeclarative returns the errors not marked as covered by
// declarative validation.
func (list ErrorList) RemoveCoveredByDeclarative() ErrorList {
	var out ErrorList
	for _, e := range list {
		if !e.CoveredByDeclarative {
			out = append(out, e)
		}
	}
	return out
}
