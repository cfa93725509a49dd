package v1

import (
	"encoding/json"
	"fmt"
	"time"
)

// Duration wraps time.Duration for API objects; on the wire it is a Go
// duration string such as "1m30s".
type Duration struct {
	time.Duration `protobuf:"varint,1,opt,name=duration,casttype=time.Duration"`
}

// DeepCopyInto copies d into out.
func (d *Duration) DeepCopyInto(out *Duration) {
	*out = *d
}

// MarshalJSON encodes d as a duration string.
func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.Duration.String())
}

// UnmarshalJSON decodes a duration string such as "1m30s" into d.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return fmt.Errorf("decoding duration %s: %w", b, err)
	}
	pd, err := time.ParseDuration(str)
	if err != nil {
		return fmt.Errorf("decoding duration %q: %w", str, err)
	}
	d.Duration = pd
	return nil
}

// ToUnstructured returns the value d has in unstructured content: its
// duration string.
func (d Duration) ToUnstructured() interface{} {
	return d.Duration.String()
}

// OpenAPISchemaType is the OpenAPI type of Duration: string.
func (Duration) OpenAPISchemaType() []string { return []string{"string"} }

// OpenAPISchemaFormat is the OpenAPI format of Duration: none.
func (Duration) OpenAPISchemaFormat() string { return "" }
