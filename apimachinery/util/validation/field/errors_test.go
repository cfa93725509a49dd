package field

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

type stringer struct{}

type ptrStringer struct{ n int }

func (p *ptrStringer) String() string { return fmt.Sprintf("ptr-%d", p.n) }

func (stringer) String() string { return "from-stringer" }

func TestErrorString(t *testing.T) {
	p := NewPath("spec", "replicas")
	str := "x"
	var nilPtr *int
	tests := []struct {
		name string
		err  *Error
		want string
	}{
		{"invalid string", Invalid(p, "abc", "must be a number"), `spec.replicas: Invalid value: "abc": must be a number`},
		{"invalid int", Invalid(p, -1, "must be positive"), `spec.replicas: Invalid value: -1: must be positive`},
		{"invalid bool no detail", Invalid(p, true, ""), `spec.replicas: Invalid value: true`},
		{"invalid nil", Invalid(p, nil, "d"), `spec.replicas: Invalid value: null: d`},
		{"invalid nil pointer", Invalid(p, nilPtr, "d"), `spec.replicas: Invalid value: null: d`},
		{"invalid pointer", Invalid(p, &str, "d"), `spec.replicas: Invalid value: "x": d`},
		{"invalid stringer", Invalid(p, stringer{}, "d"), `spec.replicas: Invalid value: from-stringer: d`},
		{"invalid slice", Invalid(p, []string{"a"}, "d"), `spec.replicas: Invalid value: []string{"a"}: d`},
		{"invalid int is plain", Invalid(p, 3, "d"), `spec.replicas: Invalid value: 3: d`},
		{"invalid pointer stringer value", Invalid(p, ptrStringer{n: 2}, "d"), `spec.replicas: Invalid value: ptr-2: d`},
		{"invalid pointer stringer pointer", Invalid(p, &ptrStringer{n: 3}, "d"), `spec.replicas: Invalid value: ptr-3: d`},
		{"invalid struct", Invalid(p, struct{ A int }{1}, "d"), `spec.replicas: Invalid value: struct { A int }{A:1}: d`},
		{"required", Required(p, ""), `spec.replicas: Required value`},
		{"required detail", Required(p, "must be set"), `spec.replicas: Required value: must be set`},
		{"forbidden", Forbidden(p, "not allowed"), `spec.replicas: Forbidden: not allowed`},
		{"not found", NotFound(p, "x"), `spec.replicas: Not found: "x"`},
		{"duplicate", Duplicate(p, 3), `spec.replicas: Duplicate value: 3`},
		{"not supported", NotSupported(p, "c", []string{"a", "b"}), `spec.replicas: Unsupported value: "c": supported values: "a", "b"`},
		{"not supported no list", NotSupported[string](p, "c", nil), `spec.replicas: Unsupported value: "c"`},
		{"too long", TooLong(p, "long", 5), `spec.replicas: Too long: may not be more than 5 bytes`},
		{"too long one", TooLong(p, "long", 1), `spec.replicas: Too long: may not be more than 1 byte`},
		{"too long unknown", TooLong(p, "long", -1), `spec.replicas: Too long: value is too long`},
		{"too many", TooMany(p, 7, 5), `spec.replicas: Too many: 7: must have at most 5 items`},
		{"too many unknown actual", TooMany(p, -1, 1), `spec.replicas: Too many: must have at most 1 item`},
		{"internal", InternalError(p, errors.New("boom")), `spec.replicas: Internal error: boom`},
		{"type invalid", TypeInvalid(p, "s", "expected int"), `spec.replicas: Invalid value: "s": expected int`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestErrorTypeString(t *testing.T) {
	assert.Equal(t, "Invalid value", ErrorTypeInvalid.String())
	assert.Equal(t, "FieldValueInvalid", string(ErrorTypeInvalid))
	assert.Equal(t, "Not found", ErrorTypeNotFound.String())
	assert.Contains(t, ErrorType("Bogus").String(), "Bogus")
}

func TestErrorListToAggregate(t *testing.T) {
	p := NewPath("a")
	assert.Nil(t, ErrorList{}.ToAggregate())
	list := ErrorList{Required(p, ""), Required(p, ""), Invalid(p, 1, "bad")}
	agg := list.ToAggregate()
	assert.Len(t, agg.Errors(), 2, "duplicates are dropped")
	assert.Equal(t, "[a: Required value, a: Invalid value: 1: bad]", agg.Error())
}

func TestErrorListFilter(t *testing.T) {
	p := NewPath("a")
	list := ErrorList{Required(p, ""), Invalid(p, 1, "bad"), Forbidden(p, "no")}
	got := list.Filter(NewErrorTypeMatcher(ErrorTypeRequired), NewErrorTypeMatcher(ErrorTypeForbidden))
	if assert.Len(t, got, 1) {
		assert.Equal(t, ErrorTypeInvalid, got[0].Type)
	}
	assert.Nil(t, list.Filter(func(error) bool { return true }))
}

func TestOriginAndDeclarative(t *testing.T) {
	e := Invalid(NewPath("a"), 1, "bad").WithOrigin("minimum").MarkCoveredByDeclarative()
	assert.Equal(t, "minimum", e.Origin)
	assert.True(t, e.CoveredByDeclarative)
	list := ErrorList{Required(NewPath("b"), "")}.WithOrigin("o").MarkCoveredByDeclarative()
	assert.Equal(t, "o", list[0].Origin)
	assert.True(t, list[0].CoveredByDeclarative)
	assert.Equal(t, "a: Invalid value: 1: bad", e.Error(), "origin is not rendered")
}

func TestCoveredByDeclarativeSplit(t *testing.T) {
	covered := Required(NewPath("a"), "").MarkCoveredByDeclarative()
	plain := Forbidden(NewPath("b"), "no")
	list := ErrorList{covered, plain}
	assert.Equal(t, ErrorList{covered}, list.ExtractCoveredByDeclarative())
	assert.Equal(t, ErrorList{plain}, list.RemoveCoveredByDeclarative())
	assert.Nil(t, ErrorList{plain}.ExtractCoveredByDeclarative())
}
