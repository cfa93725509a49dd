package field

// ErrorType is the machine-readable kind of a validation Error.
type ErrorType string

// The kinds of validation error; their values appear as the "reason" of a
// StatusCause in API responses.
const (
	// ErrorTypeNotFound means a referenced value does not exist.
	ErrorTypeNotFound ErrorType = "FieldValueNotFound"
	// ErrorTypeRequired means a required value is missing.
	ErrorTypeRequired ErrorType = "FieldValueRequired"
	// ErrorTypeDuplicate means a value that must be unique is repeated.
	ErrorTypeDuplicate ErrorType = "FieldValueDuplicate"
	// ErrorTypeInvalid means a value is malformed or out of range.
	ErrorTypeInvalid ErrorType = "FieldValueInvalid"
	// ErrorTypeNotSupported means a value is not one of the allowed ones.
	ErrorTypeNotSupported ErrorType = "FieldValueNotSupported"
	// ErrorTypeForbidden means a value may not be set in this context.
	ErrorTypeForbidden ErrorType = "FieldValueForbidden"
	// ErrorTypeTooLong means a value is longer than allowed.
	ErrorTypeTooLong ErrorType = "FieldValueTooLong"
	// ErrorTypeTooMany means a list has more items than allowed.
	ErrorTypeTooMany ErrorType = "FieldValueTooMany"
	// ErrorTypeInternal: validation itself failed.
	ErrorTypeInternal ErrorType = "InternalError"
	// ErrorTypeTypeInvalid means a value has the wrong type.
	ErrorTypeTypeInvalid ErrorType = "FieldValueTypeInvalid"
)

var errorTypeText = map[ErrorType]string{
	ErrorTypeNotFound:     "Not found",
	ErrorTypeRequired:     "Required value",
	ErrorTypeDuplicate:    "Duplicate value",
	ErrorTypeInvalid:      "Invalid value",
	ErrorTypeNotSupported: "Unsupported value",
	ErrorTypeForbidden:    "Forbidden",
	ErrorTypeTooLong:      "Too long",
	ErrorTypeTooMany:      "Too many",
	ErrorTypeInternal:     "Internal error",
	ErrorTypeTypeInvalid:  "Invalid value",
}

// String returns the human-readable name of t, e.g. "Invalid value".
func (t ErrorType) String() string {
	if s, ok := errorTypeText[t]; ok {
		return s
	}
	return "unrecognized validation error: " + string(t)
}
