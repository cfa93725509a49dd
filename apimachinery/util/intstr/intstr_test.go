package intstr

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConstructors(t *testing.T) {
	tests := []struct {
		name string
		got  IntOrString
		want IntOrString
	}{
		{"FromInt", FromInt(93), IntOrString{Type: Int, IntVal: 93}},
		{"FromInt negative", FromInt(-1), IntOrString{Type: Int, IntVal: -1}},
		{"FromInt32", FromInt32(8080), IntOrString{Type: Int, IntVal: 8080}},
		{"FromString", FromString("http"), IntOrString{Type: String, StrVal: "http"}},
		{"Parse int", Parse("76"), IntOrString{Type: Int, IntVal: 76}},
		{"Parse negative", Parse("-5"), IntOrString{Type: Int, IntVal: -5}},
		{"Parse percent", Parse("25%"), IntOrString{Type: String, StrVal: "25%"}},
		{"Parse name", Parse("http"), IntOrString{Type: String, StrVal: "http"}},
		{"Parse empty", Parse(""), IntOrString{Type: String, StrVal: ""}},
		{"Parse beyond int32", Parse("3000000000"), IntOrString{Type: String, StrVal: "3000000000"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got)
		})
	}
}

func TestStringAndIntValue(t *testing.T) {
	tests := []struct {
		in      IntOrString
		wantStr string
		wantInt int
	}{
		{FromInt32(0), "0", 0},
		{FromInt32(-42), "-42", -42},
		{FromString("7"), "7", 7},
		{FromString("abc"), "abc", 0},
		{FromString("50%"), "50%", 0},
		{IntOrString{}, "0", 0},
	}
	for _, tt := range tests {
		t.Run(tt.wantStr, func(t *testing.T) {
			assert.Equal(t, tt.wantStr, tt.in.String())
			assert.Equal(t, tt.wantInt, tt.in.IntValue())
		})
	}
	var nilVal *IntOrString
	assert.Equal(t, "<nil>", nilVal.String())
}

func TestMarshalJSON(t *testing.T) {
	tests := []struct {
		in   IntOrString
		want string
	}{
		{FromInt32(123), `123`},
		{FromInt32(-2147483648), `-2147483648`},
		{FromString("123"), `"123"`},
		{FromString(`a"b<`), `"a\"b\u003c"`},
		{FromString(""), `""`},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got, err := json.Marshal(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
	_, err := json.Marshal(IntOrString{Type: 7})
	assert.ErrorContains(t, err, "impossible type 7")
}

func TestUnmarshalJSON(t *testing.T) {
	tests := []struct {
		in      string
		want    IntOrString
		wantErr string
	}{
		{in: `123`, want: FromInt32(123)},
		{in: `-7`, want: FromInt32(-7)},
		{in: `"123"`, want: FromString("123")},
		{in: `"25%"`, want: FromString("25%")},
		{in: `"\u0041"`, want: FromString("A")},
		{in: `""`, want: FromString("")},
		{in: `1.5`, wantErr: `"1.5"`},
		{in: `2147483648`, wantErr: `"2147483648"`},
		{in: `true`, wantErr: `"true"`},
		{in: `{}`, wantErr: `"{}"`},
		{in: `[1]`, wantErr: `"[1]"`},
		{in: `"unterminated`, wantErr: `unterminated`},
		{in: ``, wantErr: "empty input"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got IntOrString
			err := got.UnmarshalJSON([]byte(tt.in))
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestUnmarshalJSONInStruct(t *testing.T) {
	type holder struct {
		Val IntOrString  `json:"val"`
		Ptr *IntOrString `json:"ptr,omitempty"`
	}
	var h holder
	require.NoError(t, json.Unmarshal([]byte(`{"val":"http","ptr":8080}`), &h))
	assert.Equal(t, FromString("http"), h.Val)
	require.NotNil(t, h.Ptr)
	assert.Equal(t, FromInt32(8080), *h.Ptr)

	h = holder{Val: FromInt32(5)}
	require.NoError(t, json.Unmarshal([]byte(`{"val":null,"ptr":null}`), &h))
	assert.Equal(t, FromInt32(5), h.Val, "null leaves the value alone")
	assert.Nil(t, h.Ptr)

	out, err := json.Marshal(holder{Val: FromInt32(1), Ptr: &IntOrString{Type: String, StrVal: "x"}})
	require.NoError(t, err)
	assert.Equal(t, `{"val":1,"ptr":"x"}`, string(out))
}

func TestToUnstructuredAndCopies(t *testing.T) {
	assert.Equal(t, int64(3), FromInt32(3).ToUnstructured())
	assert.Equal(t, "x", FromString("x").ToUnstructured())

	in := FromString("a")
	cp := in.DeepCopy()
	require.NotNil(t, cp)
	assert.Equal(t, in, *cp)
	cp.StrVal = "b"
	assert.Equal(t, "a", in.StrVal)
	var out IntOrString
	in.DeepCopyInto(&out)
	assert.Equal(t, in, out)
	var nilVal *IntOrString
	assert.Nil(t, nilVal.DeepCopy())
}

func TestOpenAPI(t *testing.T) {
	var v IntOrString
	assert.Equal(t, []string{"string"}, v.OpenAPISchemaType())
	assert.Equal(t, "int-or-string", v.OpenAPISchemaFormat())
	assert.Equal(t, []string{"integer", "string"}, v.OpenAPIV3OneOfTypes())
}

func TestValueOrDefault(t *testing.T) {
	def := FromString("25%")
	got := ValueOrDefault(nil, def)
	require.NotNil(t, got)
	assert.Equal(t, def, *got)

	v := FromInt32(3)
	assert.Same(t, &v, ValueOrDefault(&v, def))
}
