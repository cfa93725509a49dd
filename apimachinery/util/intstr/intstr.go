package intstr

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// Type tells which of the two members of an IntOrString is in use.
type Type int64

const (
	// Int means the IntOrString holds an integer in IntVal.
	Int Type = iota
	// String means the IntOrString holds a string in StrVal.
	String
)

// IntOrString holds either an int32 or a string. The zero value is the
// integer 0. It marshals to a JSON number or a JSON string.
type IntOrString struct {
	// Type says which of IntVal and StrVal is meaningful.
	Type Type `protobuf:"varint,1,opt,name=type,casttype=Type"`
	// IntVal is the integer value when Type is Int.
	IntVal int32 `protobuf:"varint,2,opt,name=intVal"`
	// StrVal is the string value when Type is String.
	StrVal string `protobuf:"bytes,3,opt,name=strVal"`
}

// FromInt returns an IntOrString holding val. Values outside the int32
// range are truncated to 32 bits, as in the reference; prefer FromInt32.
func FromInt(val int) IntOrString {
	return IntOrString{Type: Int, IntVal: int32(val)}
}

// FromInt32 returns an IntOrString holding the integer val.
func FromInt32(val int32) IntOrString {
	return IntOrString{Type: Int, IntVal: val}
}

// FromString returns an IntOrString holding the string val.
func FromString(val string) IntOrString {
	return IntOrString{Type: String, StrVal: val}
}

// Parse returns an integer IntOrString when val is a decimal integer that
// fits in an int32, and a string IntOrString holding val otherwise.
func Parse(val string) IntOrString {
	i, err := strconv.ParseInt(val, 10, 32)
	if err != nil {
		return FromString(val)
	}
	return FromInt32(int32(i))
}

// String returns the string value, or the integer formatted in base 10.
// A nil receiver yields "<nil>".
func (intstr *IntOrString) String() string {
	if intstr == nil {
		return "<nil>"
	}
	if intstr.Type == String {
		return intstr.StrVal
	}
	return strconv.Itoa(intstr.IntValue())
}

// IntValue returns the integer value. For a string IntOrString it returns
// the string parsed as a base-10 integer, or 0 when it is not one.
func (intstr *IntOrString) IntValue() int {
	if intstr.Type == String {
		i, _ := strconv.Atoi(intstr.StrVal)
		return i
	}
	return int(intstr.IntVal)
}

// MarshalJSON encodes the value as a JSON number or a JSON string.
func (intstr IntOrString) MarshalJSON() ([]byte, error) {
	switch intstr.Type {
	case Int:
		return strconv.AppendInt(nil, int64(intstr.IntVal), 10), nil
	case String:
		return json.Marshal(intstr.StrVal)
	default:
		return nil, fmt.Errorf("marshal IntOrString: impossible type %d", intstr.Type)
	}
}

// UnmarshalJSON decodes a JSON number (an int32) or a JSON string. A JSON
// null leaves the value unchanged; any other JSON is an error.
func (intstr *IntOrString) UnmarshalJSON(value []byte) error {
	if len(value) == 0 {
		return fmt.Errorf("unmarshal IntOrString: empty input")
	}
	if string(value) == "null" {
		return nil
	}
	if value[0] == '"' {
		var s string
		if err := json.Unmarshal(value, &s); err != nil {
			return fmt.Errorf("unmarshal IntOrString from %s: %w", abbreviate(value), err)
		}
		*intstr = FromString(s)
		return nil
	}
	var i int32
	if err := json.Unmarshal(value, &i); err != nil {
		return fmt.Errorf("unmarshal IntOrString from %s: want a JSON integer or string: %w", abbreviate(value), err)
	}
	*intstr = FromInt32(i)
	return nil
}

// abbreviate shortens input quoted in error messages.
func abbreviate(value []byte) string {
	const limit = 64
	if len(value) > limit {
		return strconv.Quote(string(value[:limit]) + "...")
	}
	return strconv.Quote(string(value))
}

// ToUnstructured returns the value as the unstructured JSON model holds it:
// an int64 for an integer, a string otherwise.
func (intstr IntOrString) ToUnstructured() interface{} {
	if intstr.Type == String {
		return intstr.StrVal
	}
	return int64(intstr.IntVal)
}

// DeepCopyInto copies the receiver into out.
func (intstr *IntOrString) DeepCopyInto(out *IntOrString) {
	*out = *intstr
}

// DeepCopy returns a copy of the receiver, or nil for a nil receiver.
func (intstr *IntOrString) DeepCopy() *IntOrString {
	if intstr == nil {
		return nil
	}
	out := *intstr
	return &out
}

// OpenAPISchemaType is the OpenAPI type of IntOrString: a string.
func (IntOrString) OpenAPISchemaType() []string { return []string{"string"} }

// OpenAPISchemaFormat is the OpenAPI format of IntOrString: "int-or-string".
func (IntOrString) OpenAPISchemaFormat() string { return "int-or-string" }

// OpenAPIV3OneOfTypes lists the OpenAPI v3 types an IntOrString may take.
func (IntOrString) OpenAPIV3OneOfTypes() []string { return []string{"integer", "string"} }

// ValueOrDefault returns intOrPercent, or a pointer to defaultValue when
// intOrPercent is nil.
func ValueOrDefault(intOrPercent *IntOrString, defaultValue IntOrString) *IntOrString {
	if intOrPercent == nil {
		return &defaultValue
	}
	return intOrPercent
}
