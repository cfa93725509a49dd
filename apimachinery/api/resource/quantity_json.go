package resource

import (
	"bytes"
	"fmt"
	"strings"
)

// MarshalJSON encodes the canonical rendering as a JSON string.
func (q Quantity) MarshalJSON() ([]byte, error) {
	if q.s != "" {
		out := make([]byte, 0, len(q.s)+2)
		out = append(out, '"')
		out = append(out, q.s...)
		return append(out, '"'), nil
	}
	out := make([]byte, 1, 24)
	out[0] = '"'
	out, _ = appendCanonical(out, q.a, q.Format)
	return append(out, '"'), nil
}

// UnmarshalJSON decodes a JSON string or number holding a quantity;
// surrounding whitespace inside the string is ignored. JSON null sets q to
// zero.
func (q *Quantity) UnmarshalJSON(value []byte) error {
	if bytes.Equal(value, []byte("null")) {
		*q = Quantity{}
		return nil
	}
	if l := len(value); l >= 2 && value[0] == '"' && value[l-1] == '"' {
		value = value[1 : l-1]
	}
	parsed, err := ParseQuantity(strings.TrimSpace(string(value)))
	if err != nil {
		return fmt.Errorf("unmarshal quantity: %w", err)
	}
	*q = parsed
	return nil
}

// ToUnstructured returns the canonical rendering, the form a quantity takes
// in unstructured JSON.
func (q Quantity) ToUnstructured() interface{} {
	return q.String()
}

// OpenAPISchemaType is the OpenAPI type of Quantity: a string.
func (Quantity) OpenAPISchemaType() []string { return []string{"string"} }

// OpenAPISchemaFormat is the OpenAPI format of Quantity: none.
func (Quantity) OpenAPISchemaFormat() string { return "" }

// OpenAPIV3OneOfTypes lists the OpenAPI v3 types a Quantity may take.
func (Quantity) OpenAPIV3OneOfTypes() []string { return []string{"number", "string"} }

// DeepCopy returns a copy of q.
func (q Quantity) DeepCopy() Quantity {
	if q.a.isBig() {
		q.a.big = q.a.unscaled()
	}
	return q
}

// DeepCopyInto copies q into out.
func (q *Quantity) DeepCopyInto(out *Quantity) {
	*out = q.DeepCopy()
}

// QuantityValue makes a Quantity usable as a command-line flag value
// (flag.Value and pflag.Value): *QuantityValue has Set, String and Type.
type QuantityValue struct {
	Quantity
}

// Set parses s into the quantity.
func (q *QuantityValue) Set(s string) error {
	parsed, err := ParseQuantity(s)
	if err != nil {
		return err
	}
	q.Quantity = parsed
	return nil
}

// Type names the flag value type: "quantity".
func (q QuantityValue) Type() string {
	return "quantity"
}

// DeepCopy returns a copy of q, or nil for a nil receiver.
func (q *QuantityValue) DeepCopy() *QuantityValue {
	if q == nil {
		return nil
	}
	out := new(QuantityValue)
	q.DeepCopyInto(out)
	return out
}

// DeepCopyInto copies q into out.
func (q *QuantityValue) DeepCopyInto(out *QuantityValue) {
	out.Quantity = q.Quantity.DeepCopy()
}
