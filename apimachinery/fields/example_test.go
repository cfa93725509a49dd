package fields_test

import (
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/fields"
)

func Example() {
	sel, err := fields.ParseSelector("status.phase!=Succeeded,metadata.name=web-0")
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	fmt.Println(sel)
	fmt.Println(sel.Matches(fields.Set{"metadata.name": "web-0", "status.phase": "Running"}))
	fmt.Println(sel.RequiresExactMatch("metadata.name"))

	_, err = fields.ParseSelector("metadata.name")
	fmt.Println(err)
	// Output:
	// metadata.name=web-0,status.phase!=Succeeded
	// true
	// web-0 true
	// invalid selector: 'metadata.name'; can't understand 'metadata.name'
}

func ExampleEscapeValue() {
	fmt.Println(fields.EscapeValue("a=b,c"))
	// Selectors escape values when rendering them.
	fmt.Println(fields.OneTermEqualSelector("spec.note", "a=b,c"))
	// Output:
	// a\=b\,c
	// spec.note=a\=b\,c
}
