package resource

import (
	"encoding/json"
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMarshalJSON(t *testing.T) {
	tests := []struct {
		name string
		q    Quantity
		want string
	}{
		{"zero value", Quantity{}, `"0"`},
		{"parsed canonical", MustParse("100Mi"), `"100Mi"`},
		{"parsed non-canonical", MustParse("1.5Gi"), `"1536Mi"`},
		{"milli", *NewMilliQuantity(250, DecimalSI), `"250m"`},
		{"big", MustParse("123456789012345678901234"), `"123456789012345678901234"`},
		{"long rendering", *NewScaledQuantity(-1234567890123456789, Nano), `"-1234567890123456789n"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(tt.q)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}

func TestUnmarshalJSON(t *testing.T) {
	tests := []struct {
		in         string
		want       string
		wantFormat Format
		wantErr    error
	}{
		{in: `"100m"`, want: "100m", wantFormat: DecimalSI},
		{in: `"1.5Gi"`, want: "1536Mi", wantFormat: BinarySI},
		{in: `" 1Ki "`, want: "1Ki", wantFormat: BinarySI},
		{in: `1.5`, want: "1500m", wantFormat: DecimalSI},
		{in: `1e3`, want: "1e3", wantFormat: DecimalExponent},
		{in: `-2`, want: "-2", wantFormat: DecimalSI},
		{in: `null`, want: "0", wantFormat: ""},
		{in: `""`, wantErr: ErrFormatWrong},
		{in: `"1Qi"`, wantErr: ErrFormatWrong},
		{in: `true`, wantErr: ErrFormatWrong},
		{in: `{}`, wantErr: ErrFormatWrong},
		{in: `"1e"`, wantErr: ErrSuffix},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			q := MustParse("5Gi")
			err := q.UnmarshalJSON([]byte(tt.in))
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				assert.Contains(t, err.Error(), "unmarshal quantity")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, q.String())
			assert.Equal(t, tt.wantFormat, q.Format)
		})
	}
}

func TestJSONInStruct(t *testing.T) {
	type resources struct {
		Limits   map[string]Quantity `json:"limits,omitempty"`
		Request  Quantity            `json:"request"`
		Optional *Quantity           `json:"optional,omitempty"`
	}
	in := `{"limits":{"cpu":"500m","memory":"1.5Gi"},"request":0.25,"optional":"2"}`
	var r resources
	require.NoError(t, json.Unmarshal([]byte(in), &r))
	cpu, mem := r.Limits["cpu"], r.Limits["memory"]
	assert.Equal(t, int64(500), cpu.MilliValue())
	assert.Equal(t, int64(1536<<20), mem.Value())
	assert.Equal(t, int64(250), r.Request.MilliValue())
	require.NotNil(t, r.Optional)
	assert.Equal(t, int64(2), r.Optional.Value())

	out, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{"limits":{"cpu":"500m","memory":"1536Mi"},"request":"250m","optional":"2"}`, string(out))

	require.Error(t, json.Unmarshal([]byte(`{"request":"lots"}`), &r))
}

func TestToUnstructured(t *testing.T) {
	assert.Equal(t, "1536Mi", MustParse("1.5Gi").ToUnstructured())
	assert.Equal(t, "0", Quantity{}.ToUnstructured())
}

func TestOpenAPI(t *testing.T) {
	var q Quantity
	assert.Equal(t, []string{"string"}, q.OpenAPISchemaType())
	assert.Equal(t, "", q.OpenAPISchemaFormat())
	assert.Equal(t, []string{"number", "string"}, q.OpenAPIV3OneOfTypes())
}

func TestQuantityValueFlag(t *testing.T) {
	var v QuantityValue
	var _ flag.Value = &v
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.Var(&v, "mem", "memory")
	require.NoError(t, fs.Parse([]string{"-mem", "1.5Gi"}))
	assert.Equal(t, "1536Mi", v.String())
	assert.Equal(t, "quantity", v.Type())

	err := v.Set("x")
	require.ErrorIs(t, err, ErrFormatWrong)
	assert.Equal(t, "1536Mi", v.String(), "failed Set keeps the old value")

	cp := v.DeepCopy()
	require.NotNil(t, cp)
	assert.True(t, cp.Equal(v.Quantity))
	var nilV *QuantityValue
	assert.Nil(t, nilV.DeepCopy())
}
