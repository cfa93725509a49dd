package json

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"

	"sigs.k8s.io/yaml"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// SerializerOptions selects the variant of a Serializer.
type SerializerOptions struct {
	// Yaml reads and writes YAML instead of JSON. Default false.
	Yaml bool
	// Pretty indents JSON output. Ignored for YAML. Default false.
	Pretty bool
	// Strict makes Decode report unknown fields (and duplicate YAML keys)
	// as a strict decoding error. The object is still decoded. Default false.
	Strict bool
	// StreamingCollectionsEncoding is accepted for compatibility; list
	// encoding is always a single document here. Default false.
	StreamingCollectionsEncoding bool
}

// Serializer encodes objects to JSON or YAML and decodes them, creating
// the registered type for the data's apiVersion and kind.
type Serializer struct {
	meta       MetaFactory
	options    SerializerOptions
	creater    runtime.ObjectCreater
	typer      runtime.ObjectTyper
	identifier runtime.Identifier
}

var (
	_ runtime.Serializer = &Serializer{}
	_ runtime.Framer     = jsonFramer{}
)

// NewSerializer returns a JSON Serializer, indenting its output if pretty.
//
// Deprecated: use NewSerializerWithOptions.
func NewSerializer(meta MetaFactory, creater runtime.ObjectCreater, typer runtime.ObjectTyper, pretty bool) *Serializer {
	return NewSerializerWithOptions(meta, creater, typer, SerializerOptions{Pretty: pretty})
}

// NewYAMLSerializer returns a YAML Serializer.
//
// Deprecated: use NewSerializerWithOptions.
func NewYAMLSerializer(meta MetaFactory, creater runtime.ObjectCreater, typer runtime.ObjectTyper) *Serializer {
	return NewSerializerWithOptions(meta, creater, typer, SerializerOptions{Yaml: true})
}

// NewSerializerWithOptions returns a Serializer with the given options. A
// nil meta means DefaultMetaFactory.
func NewSerializerWithOptions(meta MetaFactory, creater runtime.ObjectCreater, typer runtime.ObjectTyper, options SerializerOptions) *Serializer {
	if meta == nil {
		meta = DefaultMetaFactory
	}
	return &Serializer{
		meta:       meta,
		options:    options,
		creater:    creater,
		typer:      typer,
		identifier: identifier(options),
	}
}

// identifier renders the options as a stable JSON object.
func identifier(options SerializerOptions) runtime.Identifier {
	return runtime.Identifier(fmt.Sprintf(`{"name":"json","pretty":"%t","strict":"%t","yaml":"%t"}`,
		options.Pretty, options.Strict, options.Yaml))
}

// Identifier names the serializer and its options.
func (s *Serializer) Identifier() runtime.Identifier { return s.identifier }

// Encode writes obj as JSON (followed by a newline), indented JSON, or YAML.
func (s *Serializer) Encode(obj runtime.Object, w io.Writer) error {
	if co, ok := obj.(runtime.CacheableObject); ok {
		return co.CacheEncode(s.Identifier(), s.doEncode, w)
	}
	return s.doEncode(obj, w)
}

func (s *Serializer) doEncode(obj runtime.Object, w io.Writer) error {
	switch {
	case s.options.Yaml:
		data, err := json.Marshal(obj)
		if err != nil {
			return fmt.Errorf("encoding %T: %w", obj, err)
		}
		data, err = yaml.JSONToYAML(data)
		if err != nil {
			return fmt.Errorf("encoding %T as yaml: %w", obj, err)
		}
		_, err = w.Write(data)
		return err
	case s.options.Pretty:
		data, err := json.MarshalIndent(obj, "", "  ")
		if err != nil {
			return fmt.Errorf("encoding %T: %w", obj, err)
		}
		_, err = w.Write(data)
		return err
	}
	return fastEncode(w, obj)
}

// IsStrict reports whether the serializer reports unknown fields.
func (s *Serializer) IsStrict() bool { return s.options.Strict }

// RecognizesData reports whether data looks like this serializer's format:
// JSON data starts with '{' (after whitespace); YAML is not recognized.
func (s *Serializer) RecognizesData(data []byte) (ok, unknown bool, err error) {
	if s.options.Yaml {
		return false, true, nil
	}
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	return len(trimmed) > 0 && trimmed[0] == '{', false, nil
}

// Decode decodes originalData. The kind is what the data names, with
// missing parts taken from the registered kind of into and then from gvk.
// When into is nil or of another kind, a new object is created. into of
// type *runtime.Unknown receives the raw data.
func (s *Serializer) Decode(originalData []byte, gvk *schema.GroupVersionKind, into runtime.Object) (runtime.Object, *schema.GroupVersionKind, error) {
	if into != nil {
		if v := reflect.ValueOf(into); v.Kind() == reflect.Pointer && v.IsNil() {
			into = nil // a typed nil pointer cannot be filled: create a new object
		}
	}
	data, strictErrs, err := s.toJSON(originalData)
	if err != nil {
		return nil, nil, err
	}
	actual, err := s.meta.Interpret(data)
	if err != nil {
		return nil, nil, err
	}
	if gvk != nil {
		*actual = gvkWithDefaults(*actual, *gvk)
	}
	if unk, ok := into.(*runtime.Unknown); ok {
		unk.Raw = append(unk.Raw[:0:0], originalData...)
		unk.ContentType = s.contentType()
		unk.ContentEncoding = ""
		unk.APIVersion, unk.Kind = actual.ToAPIVersionAndKind()
		return unk, actual, nil
	}
	if u, ok := into.(runtime.Unstructured); ok {
		return s.decodeUnstructured(data, originalData, actual, u, strictErrs)
	}
	if into != nil {
		types, _, err := s.typer.ObjectKinds(into)
		switch {
		case runtime.IsNotRegisteredError(err):
			if err := s.unmarshal(data, into, actual); err != nil {
				return nil, actual, err
			}
			return into, actual, s.strictResult(data, into, strictErrs)
		case err != nil:
			return nil, actual, err
		default:
			*actual = gvkWithDefaults(*actual, types[0])
		}
	}
	if err := checkKind(actual, originalData); err != nil {
		return nil, actual, err
	}
	obj, err := runtime.UseOrCreateObject(s.typer, s.creater, *actual, into)
	if err != nil {
		return nil, actual, err
	}
	if err := s.unmarshal(data, obj, actual); err != nil {
		return nil, actual, err
	}
	return obj, actual, s.strictResult(data, obj, strictErrs)
}

// toJSON converts YAML input to JSON; strict YAML parsing reports duplicate
// keys as strict errors.
func (s *Serializer) toJSON(originalData []byte) ([]byte, []error, error) {
	if !s.options.Yaml {
		return originalData, nil, nil
	}
	data, err := yaml.YAMLToJSON(originalData)
	if err != nil {
		return nil, nil, fmt.Errorf("converting yaml to json: %w", err)
	}
	if !s.options.Strict {
		return data, nil, nil
	}
	if _, err := yaml.YAMLToJSONStrict(originalData); err != nil {
		return data, []error{err}, nil
	}
	return data, nil, nil
}

func (s *Serializer) contentType() string {
	if s.options.Yaml {
		return runtime.ContentTypeYAML
	}
	return runtime.ContentTypeJSON
}

// checkKind reports a missing kind or version in the data.
func checkKind(actual *schema.GroupVersionKind, originalData []byte) error {
	if len(actual.Kind) == 0 {
		return runtime.NewMissingKindErr(string(originalData))
	}
	if len(actual.Version) == 0 {
		return runtime.NewMissingVersionErr(string(originalData))
	}
	return nil
}

// unmarshal decodes JSON data into obj, naming the kind in errors.
func (s *Serializer) unmarshal(data []byte, obj interface{}, actual *schema.GroupVersionKind) error {
	if err := fastUnmarshal(data, obj); err != nil {
		what := strings.ToLower(actual.Kind)
		if what == "" {
			what = reflect.TypeOf(obj).String()
		}
		return fmt.Errorf("decoding %s: %w", what, withOffset(err))
	}
	return nil
}

// gvkWithDefaults fills the empty parts of actual from defaultGVK. The
// group is taken only together with a missing version.
func gvkWithDefaults(actual, defaultGVK schema.GroupVersionKind) schema.GroupVersionKind {
	if len(actual.Kind) == 0 {
		actual.Kind = defaultGVK.Kind
	}
	if len(actual.Version) == 0 && len(actual.Group) == 0 {
		actual.Group = defaultGVK.Group
		actual.Version = defaultGVK.Version
	}
	if len(actual.Version) == 0 && actual.Group == defaultGVK.Group {
		actual.Version = defaultGVK.Version
	}
	return actual
}
