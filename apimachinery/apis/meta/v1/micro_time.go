package v1

import (
	"fmt"
	"math/rand"
	"time"
)

// RFC3339Micro is the layout of MicroTime on the wire: RFC 3339 with exactly
// six fractional digits.
const RFC3339Micro = "2006-01-02T15:04:05.000000Z07:00"

// MicroTime wraps time.Time with microsecond precision on the wire
// ("2006-01-02T15:04:05.000000Z", UTC); the zero MicroTime is encoded as
// null.
type MicroTime struct {
	time.Time `protobuf:"-"`
}

// DeepCopyInto copies t into out.
func (t *MicroTime) DeepCopyInto(out *MicroTime) {
	*out = *t
}

// NewMicroTime wraps t.
func NewMicroTime(time time.Time) MicroTime {
	return MicroTime{time}
}

// DateMicro returns the MicroTime of the given date and clock in loc.
func DateMicro(year int, month time.Month, day, hour, min, sec, nsec int, loc *time.Location) MicroTime {
	return MicroTime{time.Date(year, month, day, hour, min, sec, nsec, loc)}
}

// NowMicro returns the current local time.
func NowMicro() MicroTime {
	return MicroTime{time.Now()}
}

// UnixMicro returns the local MicroTime of the given Unix seconds and
// nanoseconds.
func UnixMicro(sec int64, nsec int64) MicroTime {
	return MicroTime{time.Unix(sec, nsec)}
}

// IsZero reports whether t is nil or the zero time.
func (t *MicroTime) IsZero() bool {
	return t == nil || t.Time.IsZero()
}

// Before reports whether t is before u; false when either is nil.
func (t *MicroTime) Before(u *MicroTime) bool {
	if t == nil || u == nil {
		return false
	}
	return t.Time.Before(u.Time)
}

// Equal reports whether t and u are the same instant; two nils are equal.
func (t *MicroTime) Equal(u *MicroTime) bool {
	if t == nil || u == nil {
		return t == nil && u == nil
	}
	return t.Time.Equal(u.Time)
}

// BeforeTime reports whether t is before the Time u; false when either is
// nil.
func (t *MicroTime) BeforeTime(u *Time) bool {
	if t == nil || u == nil {
		return false
	}
	return t.Time.Before(u.Time)
}

// EqualTime reports whether t and the Time u are the same instant; two nils
// are equal.
func (t *MicroTime) EqualTime(u *Time) bool {
	if t == nil || u == nil {
		return t == nil && u == nil
	}
	return t.Time.Equal(u.Time)
}

// MarshalJSON encodes t as an RFC3339Micro UTC string, or null when zero.
func (t MicroTime) MarshalJSON() ([]byte, error) {
	if t.IsZero() {
		return []byte("null"), nil
	}
	buf := make([]byte, 0, len(RFC3339Micro)+2)
	buf = append(buf, '"')
	buf = t.UTC().AppendFormat(buf, RFC3339Micro)
	buf = append(buf, '"')
	return buf, nil
}

// UnmarshalJSON decodes an RFC 3339 string with up to microsecond precision
// into t; null and "" decode to the zero MicroTime.
func (t *MicroTime) UnmarshalJSON(b []byte) error {
	str, err := timeString(b)
	if err != nil {
		return fmt.Errorf("decoding micro time %s: %w", b, err)
	}
	return t.UnmarshalQueryParameter(str)
}

// MarshalQueryParameter renders t for a URL query: RFC3339Micro in UTC, or
// "" when zero.
func (t MicroTime) MarshalQueryParameter() (string, error) {
	if t.IsZero() {
		return "", nil
	}
	return t.UTC().Format(RFC3339Micro), nil
}

// UnmarshalQueryParameter parses an RFC 3339 string into t, keeping
// microseconds; "" and "null" give the zero MicroTime.
func (t *MicroTime) UnmarshalQueryParameter(str string) error {
	if str == "" || str == "null" {
		t.Time = time.Time{}
		return nil
	}
	pt, err := time.Parse(time.RFC3339Nano, str)
	if err != nil {
		return fmt.Errorf("parsing micro time %q: %w", str, err)
	}
	t.Time = pt.Truncate(time.Microsecond).Local()
	return nil
}

// OpenAPISchemaType is the OpenAPI type of MicroTime: string.
func (MicroTime) OpenAPISchemaType() []string { return []string{"string"} }

// OpenAPISchemaFormat is the OpenAPI format of MicroTime: date-time.
func (MicroTime) OpenAPISchemaFormat() string { return "date-time" }

// ProtoMicroTime returns t as a Timestamp.
func (t *MicroTime) ProtoMicroTime() *Timestamp {
	if t == nil {
		return &Timestamp{}
	}
	return &Timestamp{Seconds: t.Time.Unix(), Nanos: int32(t.Time.Nanosecond())}
}

// RandFill sets t to a random microsecond-precision time for fuzz tests.
func (t *MicroTime) RandFill(r *rand.Rand) {
	sec := r.Int63n(1000 * 365 * 24 * 60 * 60)
	usec := r.Int63n(1000000)
	t.Time = time.Unix(sec, usec*1000)
}
