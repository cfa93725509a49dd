package conversion

import (
	"errors"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type inA struct{ N int }
type outB struct{ S string }

func TestConverter(t *testing.T) {
	c := NewConverter()
	require.NoError(t, c.RegisterGeneratedUntypedConversionFunc((*inA)(nil), (*outB)(nil), func(a, b interface{}, s Scope) error {
		b.(*outB).S = "generated"
		return nil
	}))
	require.NoError(t, c.RegisterUntypedConversionFunc((*inA)(nil), (*outB)(nil), func(a, b interface{}, s Scope) error {
		if a.(*inA).N < 0 {
			return errors.New("negative")
		}
		b.(*outB).S = "manual"
		assert.Equal(t, "ctx", s.Meta().Context)
		return nil
	}))
	require.NoError(t, c.RegisterIgnoredConversion((*outB)(nil), (*inA)(nil)))
	tests := []struct {
		name    string
		in, out interface{}
		want    interface{}
		wantErr string
	}{
		{name: "manual wins over generated", in: &inA{N: 1}, out: &outB{}, want: &outB{S: "manual"}},
		{name: "func error", in: &inA{N: -1}, out: &outB{}, wantErr: "negative"},
		{name: "ignored", in: &outB{S: "x"}, out: &inA{N: 5}, want: &inA{N: 5}},
		{name: "same type copies", in: &inA{N: 3}, out: &inA{}, want: &inA{N: 3}},
		{name: "nil same type", in: (*inA)(nil), out: &inA{}, wantErr: "nil pointer"},
		{name: "unregistered", in: &outB{}, out: &outB{}, want: &outB{}},
		{name: "no func", in: &inA{}, out: new(int), wantErr: "no conversion function registered"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := c.Convert(tt.in, tt.out, &Meta{Context: "ctx"})
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, tt.out)
		})
	}
	assert.True(t, c.Has(&inA{}, &outB{}))
	assert.False(t, c.Has(&outB{}, new(int)))
}

func TestRegisterErrors(t *testing.T) {
	c := NewConverter()
	fn := func(a, b interface{}, s Scope) error { return nil }
	assert.ErrorContains(t, c.RegisterUntypedConversionFunc(inA{}, &outB{}, fn), "source must be a pointer")
	assert.ErrorContains(t, c.RegisterUntypedConversionFunc(&inA{}, nil, fn), "destination must be a pointer")
	assert.ErrorContains(t, c.RegisterUntypedConversionFunc(&inA{}, &outB{}, nil), "function is nil")
	assert.ErrorContains(t, c.RegisterGeneratedUntypedConversionFunc(&inA{}, &outB{}, nil), "function is nil")
	assert.ErrorContains(t, c.RegisterIgnoredConversion(1, &outB{}), "must be a pointer")
}

func TestEqualities(t *testing.T) {
	e := EqualitiesOrDie(func(a, b inA) bool { return a.N%10 == b.N%10 })
	assert.True(t, e.DeepEqual(inA{N: 1}, inA{N: 11}))
	assert.False(t, e.DeepEqual(inA{N: 1}, inA{N: 2}))
	assert.True(t, e.DeepEqual(outB{S: "a"}, outB{S: "a"}))
	assert.False(t, e.DeepEqual(outB{}, inA{}))
	assert.True(t, e.DeepEqual(nil, nil))
	assert.Error(t, e.AddFunc(func(a inA) bool { return true }))
	assert.Error(t, e.AddFunc(3))
	assert.Panics(t, func() { EqualitiesOrDie("not a func") })
}

func TestEnforcePtr(t *testing.T) {
	v, err := EnforcePtr(&inA{N: 4})
	require.NoError(t, err)
	assert.Equal(t, 4, v.Interface().(inA).N)
	tests := []struct {
		name    string
		in      interface{}
		wantErr string
	}{
		{name: "nil interface", in: nil, wantErr: "invalid kind"},
		{name: "value", in: inA{}, wantErr: "got conversion.inA type"},
		{name: "nil pointer", in: (*inA)(nil), wantErr: "got nil"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := EnforcePtr(tt.in)
			assert.ErrorContains(t, err, tt.wantErr)
		})
	}
	assert.Equal(t, "inA", DefaultNameFunc(reflect.TypeOf(inA{})))
	assert.NotNil(t, NewConverter(DefaultNameFunc))
}
