package net_test

import (
	"fmt"

	utilnet "github.com/skiff-k8s/skiff/apimachinery/util/net"
)

func ExampleParseWarningHeaders() {
	warnings, errs := utilnet.ParseWarningHeaders([]string{
		`299 - "v1beta1 CronJob is deprecated", 299 - "unknown field \"spec.foo\""`,
	})
	for _, w := range warnings {
		fmt.Println(w.Code, w.Text)
	}
	fmt.Println(len(errs), "errors")
	// Output:
	// 299 v1beta1 CronJob is deprecated
	// 299 unknown field "spec.foo"
	// 0 errors
}
