package json_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/json"
)

func TestDecode(t *testing.T) {
	s := newScheme()
	widgetGVK := widgetGV.WithKind("Widget")
	tests := []struct {
		name     string
		options  json.SerializerOptions
		data     string
		defaults *schema.GroupVersionKind
		into     runtime.Object
		want     runtime.Object
		wantGVK  *schema.GroupVersionKind
		wantErr  string
		strict   bool // want a strict decoding error with the object
	}{
		{name: "kind from data", data: `{"apiVersion":"example.skiff.io/v1","kind":"Widget","name":"a","size":3}`,
			want:    &widget{TypeMeta: runtime.TypeMeta{APIVersion: "example.skiff.io/v1", Kind: "Widget"}, Name: "a", Size: 3},
			wantGVK: &widgetGVK},
		{name: "kind from into", data: `{"name":"b"}`, into: &widget{},
			want: &widget{Name: "b"}, wantGVK: &widgetGVK},
		{name: "kind from defaults", data: `{"name":"c"}`, defaults: &widgetGVK,
			want: &widget{Name: "c"}, wantGVK: &widgetGVK},
		{name: "version from defaults", data: `{"kind":"Widget","name":"d"}`, defaults: &schema.GroupVersionKind{Group: "example.skiff.io", Version: "v1"},
			want: &widget{TypeMeta: runtime.TypeMeta{Kind: "Widget"}, Name: "d"}, wantGVK: &widgetGVK},
		{name: "unknown fields tolerated", data: `{"apiVersion":"example.skiff.io/v1","kind":"Widget","bogus":1}`,
			want: &widget{TypeMeta: runtime.TypeMeta{APIVersion: "example.skiff.io/v1", Kind: "Widget"}}, wantGVK: &widgetGVK},
		{name: "strict unknown field", options: json.SerializerOptions{Strict: true},
			data: `{"apiVersion":"example.skiff.io/v1","kind":"Widget","bogus":1,"parts":[{"id":"x","extra":true}]}`,
			want: &widget{TypeMeta: runtime.TypeMeta{APIVersion: "example.skiff.io/v1", Kind: "Widget"}, Parts: []part{{ID: "x"}}}, wantGVK: &widgetGVK,
			strict: true, wantErr: `strict decoding error: unknown field "bogus", unknown field "parts[0].extra"`},
		{name: "strict duplicate field", options: json.SerializerOptions{Strict: true},
			data: `{"apiVersion":"example.skiff.io/v1","kind":"Widget","name":"a","name":"b"}`,
			want: &widget{TypeMeta: runtime.TypeMeta{APIVersion: "example.skiff.io/v1", Kind: "Widget"}, Name: "b"}, wantGVK: &widgetGVK,
			strict: true, wantErr: `strict decoding error: duplicate field "name"`},
		{name: "missing kind", data: `{"apiVersion":"example.skiff.io/v1"}`, wantErr: `Object 'Kind' is missing in '{"apiVersion":"example.skiff.io/v1"}'`},
		{name: "missing version", data: `{"kind":"Widget"}`, wantErr: `Object 'apiVersion' is missing in '{"kind":"Widget"}'`},
		{name: "not registered", data: `{"apiVersion":"v1","kind":"Pod"}`, wantErr: `no kind "Pod" is registered for version "v1"`},
		{name: "syntax error", data: `{"apiVersion":"example.skiff.io/v1",}`, wantErr: "json parse error: json: invalid character '}' looking for beginning of object key string at offset 37"},
		{name: "type error", data: `{"apiVersion":"example.skiff.io/v1","kind":"Widget","size":"big"}`,
			wantErr: "decoding widget: json: cannot unmarshal string into Go struct field widget.size of type int32"},
		{name: "typed nil into", data: `{"apiVersion":"example.skiff.io/v1","kind":"Widget","name":"n"}`, into: (*widget)(nil),
			want:    &widget{TypeMeta: runtime.TypeMeta{APIVersion: "example.skiff.io/v1", Kind: "Widget"}, Name: "n"},
			wantGVK: &widgetGVK},
		{name: "unregistered into", data: `{"value":"v"}`, into: &loose{}, want: &loose{Value: "v"}, wantGVK: &schema.GroupVersionKind{}},
		{name: "yaml", options: json.SerializerOptions{Yaml: true}, data: "apiVersion: example.skiff.io/v1\nkind: Widget\nname: gadget\nlabels:\n  a: b\n",
			want:    &widget{TypeMeta: runtime.TypeMeta{APIVersion: "example.skiff.io/v1", Kind: "Widget"}, Name: "gadget", Labels: map[string]string{"a": "b"}},
			wantGVK: &widgetGVK},
		{name: "yaml strict duplicate", options: json.SerializerOptions{Yaml: true, Strict: true}, data: "apiVersion: example.skiff.io/v1\nkind: Widget\nname: a\nname: b\n",
			want: &widget{TypeMeta: runtime.TypeMeta{APIVersion: "example.skiff.io/v1", Kind: "Widget"}, Name: "b"}, wantGVK: &widgetGVK,
			strict: true, wantErr: `already set in map`},
		{name: "bad yaml", options: json.SerializerOptions{Yaml: true}, data: "a: [", wantErr: "converting yaml to json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ser := json.NewSerializerWithOptions(json.DefaultMetaFactory, s, s, tt.options)
			got, gvk, err := ser.Decode([]byte(tt.data), tt.defaults, tt.into)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				assert.Equal(t, tt.strict, runtime.IsStrictDecodingError(err), "strict error kind: %v", err)
				if !tt.strict {
					return
				}
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.wantGVK, gvk)
		})
	}
}

func TestDecodeIntoUnknown(t *testing.T) {
	s := newScheme()
	ser := json.NewSerializerWithOptions(nil, s, s, json.SerializerOptions{})
	data := []byte(`{"apiVersion":"other/v2","kind":"Thing","x":1}`)
	unk := &runtime.Unknown{}
	got, gvk, err := ser.Decode(data, nil, unk)
	require.NoError(t, err)
	assert.Same(t, unk, got)
	assert.Equal(t, string(data), string(unk.Raw))
	assert.Equal(t, runtime.TypeMeta{APIVersion: "other/v2", Kind: "Thing"}, unk.TypeMeta)
	assert.Equal(t, runtime.ContentTypeJSON, unk.ContentType)
	assert.Equal(t, &schema.GroupVersionKind{Group: "other", Version: "v2", Kind: "Thing"}, gvk)
}

func TestEncode(t *testing.T) {
	s := newScheme()
	obj := &widget{TypeMeta: runtime.TypeMeta{APIVersion: "example.skiff.io/v1", Kind: "Widget"}, Name: "a<b", Size: 2}
	tests := []struct {
		name    string
		options json.SerializerOptions
		want    string
	}{
		{name: "json", want: `{"apiVersion":"example.skiff.io/v1","kind":"Widget","name":"a\u003cb","size":2}` + "\n"},
		{name: "pretty", options: json.SerializerOptions{Pretty: true},
			want: "{\n  \"apiVersion\": \"example.skiff.io/v1\",\n  \"kind\": \"Widget\",\n  \"name\": \"a\\u003cb\",\n  \"size\": 2\n}"},
		{name: "yaml", options: json.SerializerOptions{Yaml: true},
			want: "apiVersion: example.skiff.io/v1\nkind: Widget\nname: a<b\nsize: 2\n"},
	}
	ids := map[runtime.Identifier]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ser := json.NewSerializerWithOptions(json.DefaultMetaFactory, s, s, tt.options)
			var buf bytes.Buffer
			require.NoError(t, ser.Encode(obj, &buf))
			assert.Equal(t, tt.want, buf.String())
			back, _, err := ser.Decode(buf.Bytes(), nil, nil)
			require.NoError(t, err)
			assert.Equal(t, obj, back, "round trip")
			assert.False(t, ids[ser.Identifier()], "identifier %s must be unique", ser.Identifier())
			ids[ser.Identifier()] = true
		})
	}
}

func TestJSONFramer(t *testing.T) {
	stream := `{"a":1}
{"b":[1,2,3],"c":"long string value"}   {"d":{}}`
	tests := []struct {
		name    string
		bufSize int
		want    []string
	}{
		{name: "large buffer", bufSize: 1024, want: []string{`{"a":1}`, `{"b":[1,2,3],"c":"long string value"}`, `{"d":{}}`}},
		{name: "short buffer", bufSize: 8, want: []string{`{"a":1}`, `{"b":[1,2,3],"c":"long string value"}`, `{"d":{}}`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := json.Framer.NewFrameReader(io.NopCloser(strings.NewReader(stream)))
			var got []string
			var frame []byte
			buf := make([]byte, tt.bufSize)
			for {
				n, err := r.Read(buf)
				frame = append(frame, buf[:n]...)
				if err == io.ErrShortBuffer {
					continue
				}
				if err == io.EOF {
					break
				}
				require.NoError(t, err)
				got = append(got, string(frame))
				frame = nil
			}
			assert.Equal(t, tt.want, got)
			require.NoError(t, r.Close())
		})
	}
}

func TestJSONFramerError(t *testing.T) {
	r := json.Framer.NewFrameReader(io.NopCloser(strings.NewReader(`{"a":1} {"b":`)))
	buf := make([]byte, 100)
	_, err := r.Read(buf)
	require.NoError(t, err)
	_, err = r.Read(buf)
	assert.ErrorContains(t, err, "reading json frame")
}

func TestYAMLFramer(t *testing.T) {
	r := json.YAMLFramer.NewFrameReader(io.NopCloser(strings.NewReader("---\na: 1\n---\nb: 2\nc: 3\n---\n")))
	var got []string
	buf := make([]byte, 100)
	for {
		n, err := r.Read(buf)
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		got = append(got, string(buf[:n]))
	}
	assert.Equal(t, []string{"a: 1\n", "b: 2\nc: 3\n"}, got)

	var out bytes.Buffer
	w := json.YAMLFramer.NewFrameWriter(&out)
	_, err := w.Write([]byte("a: 1\n"))
	require.NoError(t, err)
	_, err = w.Write([]byte("b: 2\n"))
	require.NoError(t, err)
	assert.Equal(t, "a: 1\n---\nb: 2\n", out.String())
}
