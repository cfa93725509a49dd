package json_test

import (
	"fmt"
	"os"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/json"
)

func Example() {
	scheme := newScheme()
	ser := json.NewSerializerWithOptions(json.DefaultMetaFactory, scheme, scheme, json.SerializerOptions{})

	obj, gvk, err := ser.Decode([]byte(`{"apiVersion":"example.skiff.io/v1","kind":"Widget","name":"gear","size":4}`), nil, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	w := obj.(*widget)
	fmt.Println(gvk.Kind, w.Name, w.Size)

	yamlSer := json.NewSerializerWithOptions(json.DefaultMetaFactory, scheme, scheme, json.SerializerOptions{Yaml: true})
	if err := yamlSer.Encode(w, os.Stdout); err != nil {
		fmt.Println(err)
	}

	_, _, err = ser.Decode([]byte(`{"apiVersion":"example.skiff.io/v1"}`), nil, nil)
	fmt.Println(runtime.IsMissingKind(err))
	// Output:
	// Widget gear 4
	// apiVersion: example.skiff.io/v1
	// kind: Widget
	// name: gear
	// size: 4
	// true
}
