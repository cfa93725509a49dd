package labels_test

import (
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/labels"
)

func Example() {
	sel, err := labels.Parse("tier in (frontend,backend), app=web, !canary")
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	fmt.Println(sel.String())

	pod := labels.Set{"app": "web", "tier": "frontend"}
	fmt.Println(sel.Matches(pod))

	pod["canary"] = "true"
	fmt.Println(sel.Matches(pod))

	_, err = labels.Parse("app=web,,")
	fmt.Println(err)
	// Output:
	// app=web,!canary,tier in (backend,frontend)
	// true
	// false
	// found ',', expected: identifier after ','
}

func ExampleSelectorFromSet() {
	sel := labels.SelectorFromSet(labels.Set{"app": "web", "env": "prod"})
	fmt.Println(sel)
	fmt.Println(sel.Matches(labels.Set{"app": "web", "env": "prod", "x": "y"}))
	// Output:
	// app=web,env=prod
	// true
}
