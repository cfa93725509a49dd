package json

import (
	"fmt"
	"io"

	"github.com/skiff-k8s/skiff/internal/jsonx"
)

// fastUnmarshal decodes JSON into obj with the compiled codec of
// internal/jsonx: case-sensitive field names and int64 integers in
// interface{} values (the Kubernetes rules), several times faster than
// encoding/json and with a fraction of its allocations.
func fastUnmarshal(data []byte, obj interface{}) error {
	return jsonx.Unmarshal(data, obj)
}

// fastEncode writes obj as JSON followed by a newline, the bytes
// json.Encoder writes, using the compiled codec of internal/jsonx.
func fastEncode(w io.Writer, obj interface{}) error {
	data, err := jsonx.Marshal(obj)
	if err != nil {
		return fmt.Errorf("encoding %T: %w", obj, err)
	}
	data = append(data, '\n')
	_, err = w.Write(data)
	return err
}
