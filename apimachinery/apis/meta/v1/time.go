package v1

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"time"
)

// Time wraps time.Time for API objects. On the wire it is an RFC 3339 string
// with second precision in UTC ("2006-01-02T15:04:05Z"); the zero Time is
// encoded as null.
type Time struct {
	time.Time `protobuf:"-"`
}

// DeepCopyInto copies t into out.
func (t *Time) DeepCopyInto(out *Time) {
	*out = *t
}

// NewTime wraps t.
func NewTime(t time.Time) Time {
	return Time{t}
}

// Date returns the Time of the given date and clock in loc, like time.Date.
func Date(year int, month time.Month, day, hour, min, sec, nsec int, loc *time.Location) Time {
	return Time{time.Date(year, month, day, hour, min, sec, nsec, loc)}
}

// Now returns the current local time.
func Now() Time {
	return Time{time.Now()}
}

// Unix returns the local Time of the given Unix seconds and nanoseconds.
func Unix(sec int64, nsec int64) Time {
	return Time{time.Unix(sec, nsec)}
}

// IsZero reports whether t is nil or the zero time.
func (t *Time) IsZero() bool {
	return t == nil || t.Time.IsZero()
}

// Before reports whether t is before u; false when either is nil.
func (t *Time) Before(u *Time) bool {
	if t == nil || u == nil {
		return false
	}
	return t.Time.Before(u.Time)
}

// Equal reports whether t and u are the same instant; two nils are equal.
func (t *Time) Equal(u *Time) bool {
	if t == nil || u == nil {
		return t == nil && u == nil
	}
	return t.Time.Equal(u.Time)
}

// Rfc3339Copy returns t as a round trip through its RFC 3339 text would:
// whole seconds, with t's offset kept.
func (t Time) Rfc3339Copy() Time {
	copied, err := time.Parse(time.RFC3339, t.Format(time.RFC3339))
	if err != nil {
		// Only years outside 0..9999 do not survive the text form.
		return Time{t.Truncate(time.Second)}
	}
	return Time{copied}
}

// MarshalJSON encodes t as an RFC 3339 UTC string, or null when zero.
func (t Time) MarshalJSON() ([]byte, error) {
	if t.IsZero() {
		return []byte("null"), nil
	}
	buf := make([]byte, 0, len(time.RFC3339)+2)
	buf = append(buf, '"')
	buf = t.UTC().AppendFormat(buf, time.RFC3339)
	buf = append(buf, '"')
	return buf, nil
}

// UnmarshalJSON decodes an RFC 3339 string into t; null and "" decode to the
// zero Time.
func (t *Time) UnmarshalJSON(b []byte) error {
	str, err := timeString(b)
	if err != nil {
		return fmt.Errorf("decoding time %s: %w", b, err)
	}
	return t.UnmarshalQueryParameter(str)
}

// MarshalQueryParameter renders t for a URL query: RFC 3339 in UTC, or ""
// when zero.
func (t Time) MarshalQueryParameter() (string, error) {
	if t.IsZero() {
		return "", nil
	}
	return t.UTC().Format(time.RFC3339), nil
}

// UnmarshalQueryParameter parses an RFC 3339 string into t; "" and "null"
// give the zero Time.
func (t *Time) UnmarshalQueryParameter(str string) error {
	if str == "" || str == "null" {
		t.Time = time.Time{}
		return nil
	}
	pt, err := time.Parse(time.RFC3339, str)
	if err != nil {
		return fmt.Errorf("parsing time %q: %w", str, err)
	}
	t.Time = pt.Local()
	return nil
}

// ToUnstructured returns the value t has in unstructured content: the
// RFC 3339 UTC string, or nil when zero.
func (t Time) ToUnstructured() interface{} {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(time.RFC3339)
}

// OpenAPISchemaType is the OpenAPI type of Time: string.
func (Time) OpenAPISchemaType() []string { return []string{"string"} }

// OpenAPISchemaFormat is the OpenAPI format of Time: date-time.
func (Time) OpenAPISchemaFormat() string { return "date-time" }

// ProtoTime returns t as a Timestamp.
func (t *Time) ProtoTime() *Timestamp {
	if t == nil {
		return &Timestamp{}
	}
	return &Timestamp{Seconds: t.Time.Unix(), Nanos: int32(t.Time.Nanosecond())}
}

// RandFill sets t to a random whole-second time for fuzz tests.
func (t *Time) RandFill(r *rand.Rand) {
	// Up to roughly 1000 years after 1970, whole seconds as on the wire.
	t.Time = time.Unix(r.Int63n(1000*365*24*60*60), 0)
}

// timeString returns the string a JSON time value holds: "null" for JSON
// null, otherwise the decoded JSON string.
func timeString(b []byte) (string, error) {
	if string(b) == "null" {
		return "null", nil
	}
	// Fast path for the usual plain string: no escapes to decode.
	if n := len(b); n >= 2 && b[0] == '"' && b[n-1] == '"' && plainJSONString(b[1:n-1]) {
		return string(b[1 : n-1]), nil
	}
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return "", err
	}
	return str, nil
}

// plainJSONString reports whether s, the inside of a JSON string literal,
// holds no escapes, quotes or control characters, so it is its own value.
func plainJSONString(s []byte) bool {
	for _, c := range s {
		if c == '\\' || c == '"' || c < 0x20 {
			return false
		}
	}
	return true
}

// Timestamp is an instant as seconds and nanoseconds since the Unix epoch,
// the protobuf form of Time.
type Timestamp struct {
	// Seconds since 1970-01-01T00:00:00Z.
	Seconds int64 `json:"seconds"`
	// Nanos is the non-negative fraction of a second, below 1e9.
	Nanos int32 `json:"nanos"`
}
