package serializer_test

import (
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer"
)

func Example() {
	scheme, err := newScheme()
	if err != nil {
		fmt.Println(err)
		return
	}
	codecs := serializer.NewCodecFactory(scheme)

	// Decode a v1 object and convert it to v2.
	obj, err := runtime.Decode(codecs.UniversalDecoder(v2), []byte(`{"apiVersion":"toys.skiff.io/v1","kind":"Gadget","name":"top","size":3}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%T %d\n", obj, obj.(*gadgetV2).Dimension)

	// Encode it as v1 again: apiVersion and kind come from the scheme.
	fmt.Print(runtime.EncodeOrDie(codecs.LegacyCodec(v1), obj))
	// Output:
	// *serializer_test.gadgetV2 3
	// {"apiVersion":"toys.skiff.io/v1","kind":"Gadget","name":"top","size":3}
}
