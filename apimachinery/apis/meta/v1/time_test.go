package v1

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTimeJSON(t *testing.T) {
	tests := []struct {
		name string
		in   Time
		want string
	}{
		{"zero is null", Time{}, "null"},
		{"utc seconds", Date(2024, 3, 5, 10, 20, 30, 0, time.UTC), `"2024-03-05T10:20:30Z"`},
		{"fraction dropped", Date(2024, 3, 5, 10, 20, 30, 999999999, time.UTC), `"2024-03-05T10:20:30Z"`},
		{"converted to utc", Date(2024, 3, 5, 12, 0, 0, 0, time.FixedZone("x", 2*3600)), `"2024-03-05T10:00:00Z"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}

func TestTimeUnmarshalJSON(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    time.Time
		wantErr string
	}{
		{"null", "null", time.Time{}, ""},
		{"empty string", `""`, time.Time{}, ""},
		{"utc", `"2024-03-05T10:20:30Z"`, time.Date(2024, 3, 5, 10, 20, 30, 0, time.UTC), ""},
		{"offset", `"2024-03-05T12:20:30+02:00"`, time.Date(2024, 3, 5, 10, 20, 30, 0, time.UTC), ""},
		{"escaped", `"2024-03-05T10:20:30\u005a"`, time.Date(2024, 3, 5, 10, 20, 30, 0, time.UTC), ""},
		{"malformed", `"yesterday"`, time.Time{}, `"yesterday"`},
		{"not a string", `42`, time.Time{}, "42"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got Time
			err := json.Unmarshal([]byte(tt.in), &got)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.True(t, got.Time.Equal(tt.want), "got %v, want %v", got.Time, tt.want)
		})
	}
}

func TestMicroTimeJSON(t *testing.T) {
	tests := []struct {
		name string
		in   MicroTime
		want string
	}{
		{"zero is null", MicroTime{}, "null"},
		{"six digits", DateMicro(2024, 3, 5, 10, 20, 30, 0, time.UTC), `"2024-03-05T10:20:30.000000Z"`},
		{"micro kept nano dropped", DateMicro(2024, 3, 5, 10, 20, 30, 123456789, time.UTC), `"2024-03-05T10:20:30.123456Z"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
			var back MicroTime
			require.NoError(t, json.Unmarshal(got, &back))
			assert.True(t, back.Time.Equal(tt.in.Time.Truncate(time.Microsecond)), "round trip got %v", back)
		})
	}
	var bad MicroTime
	err := json.Unmarshal([]byte(`"2024-13-05T10:20:30.000000Z"`), &bad)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "2024-13-05")
}

func TestTimeQueryParameter(t *testing.T) {
	tm := Date(2024, 3, 5, 10, 20, 30, 5, time.UTC)
	got, err := tm.MarshalQueryParameter()
	require.NoError(t, err)
	assert.Equal(t, "2024-03-05T10:20:30Z", got)
	zero, err := Time{}.MarshalQueryParameter()
	require.NoError(t, err)
	assert.Equal(t, "", zero)

	var back Time
	require.NoError(t, back.UnmarshalQueryParameter(got))
	assert.True(t, back.Equal(&Time{tm.Truncate(time.Second)}))
	require.Error(t, back.UnmarshalQueryParameter("nope"))

	mt := DateMicro(2024, 3, 5, 10, 20, 30, 7000, time.UTC)
	mq, err := mt.MarshalQueryParameter()
	require.NoError(t, err)
	assert.Equal(t, "2024-03-05T10:20:30.000007Z", mq)
	var mback MicroTime
	require.NoError(t, mback.UnmarshalQueryParameter(mq))
	assert.True(t, mback.Equal(&mt))
}

func TestTimeComparisons(t *testing.T) {
	early, late := Unix(100, 0), Unix(200, 0)
	var nilTime *Time
	assert.True(t, early.Before(&late))
	assert.False(t, late.Before(&early))
	assert.False(t, nilTime.Before(&late))
	assert.True(t, nilTime.Equal(nil))
	assert.False(t, early.Equal(nil))
	assert.True(t, early.Equal(&Time{early.UTC()}))
	assert.True(t, nilTime.IsZero())
	assert.True(t, (&Time{}).IsZero())
	assert.False(t, early.IsZero())

	me, ml := UnixMicro(100, 0), UnixMicro(200, 0)
	var nilMicro *MicroTime
	assert.True(t, me.Before(&ml))
	assert.True(t, me.BeforeTime(&late))
	assert.True(t, me.EqualTime(&early))
	assert.True(t, nilMicro.Equal(nil))
	assert.True(t, nilMicro.IsZero())
	assert.False(t, nilMicro.EqualTime(&early))
}

func TestTimeHelpers(t *testing.T) {
	tm := Date(2024, 3, 5, 10, 20, 30, 500, time.UTC)
	assert.Equal(t, "2024-03-05T10:20:30Z", tm.ToUnstructured())
	assert.Nil(t, Time{}.ToUnstructured())
	cp := tm.Rfc3339Copy()
	assert.Equal(t, 0, cp.Nanosecond())
	assert.True(t, cp.Time.Equal(tm.Truncate(time.Second)))
	zoned := Date(2024, 3, 5, 10, 20, 30, 500, time.FixedZone("plus1", 3600)).Rfc3339Copy()
	_, offset := zoned.Zone()
	assert.Equal(t, 3600, offset, "the offset survives the copy")
	assert.Equal(t, 0, zoned.Nanosecond())
	assert.Equal(t, &Timestamp{Seconds: tm.Unix(), Nanos: 500}, tm.ProtoTime())
	assert.Equal(t, []string{"string"}, tm.OpenAPISchemaType())
	assert.Equal(t, "date-time", tm.OpenAPISchemaFormat())
	now, nowMicro, wrapped := Now(), NowMicro(), NewTime(tm.Time)
	assert.False(t, now.IsZero())
	assert.False(t, nowMicro.IsZero())
	assert.True(t, wrapped.Equal(&tm))
	m := NewMicroTime(tm.Time)
	assert.Equal(t, int32(500), m.ProtoMicroTime().Nanos)

	var out Time
	tm.DeepCopyInto(&out)
	assert.True(t, out.Equal(&tm))
}

func TestDurationJSON(t *testing.T) {
	tests := []struct {
		name string
		in   Duration
		want string
	}{
		{"zero", Duration{}, `"0s"`},
		{"minute and a half", Duration{90 * time.Second}, `"1m30s"`},
		{"milliseconds", Duration{1500 * time.Millisecond}, `"1.5s"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
			var back Duration
			require.NoError(t, json.Unmarshal(got, &back))
			assert.Equal(t, tt.in, back)
			assert.Equal(t, strings.Trim(tt.want, `"`), tt.in.ToUnstructured())
		})
	}
	var bad Duration
	err := json.Unmarshal([]byte(`"ten minutes"`), &bad)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "ten minutes")
	require.Error(t, json.Unmarshal([]byte(`5`), &bad))
}

func BenchmarkTimeUnmarshalJSON(b *testing.B) {
	in := []byte(`"2024-03-05T10:20:30Z"`)
	var tm Time
	for b.Loop() {
		if err := tm.UnmarshalJSON(in); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzTimeUnmarshalJSON(f *testing.F) {
	for _, seed := range []string{
		`"2024-03-05T10:20:30Z"`, `"2024-03-05T10:20:30.123456Z"`, `null`, `""`,
		`"2024-03-05T10:20:30+05:30"`, `"garbage"`, `12`, `"9999-12-31T23:59:59Z"`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var tm Time
		if err := json.Unmarshal(data, &tm); err != nil {
			return
		}
		out, err := json.Marshal(tm)
		if err != nil {
			// Years outside 0..9999 cannot be written in RFC 3339.
			return
		}
		var back Time
		require.NoError(t, json.Unmarshal(out, &back), "re-decoding %s", out)
		// The wire form keeps whole seconds only.
		want := Time{tm.Truncate(time.Second)}
		if !back.Equal(&want) {
			t.Fatalf("round trip of %s: got %v, want %v", data, back, tm)
		}
		var mt MicroTime
		if err := json.Unmarshal(data, &mt); err == nil {
			if mout, err := json.Marshal(mt); err == nil {
				var mback MicroTime
				require.NoError(t, json.Unmarshal(mout, &mback), "re-decoding %s", mout)
				mwant := MicroTime{mt.Truncate(time.Microsecond)}
				require.True(t, mback.Equal(&mwant), "micro round trip of %s", data)
			}
		}
	})
}
