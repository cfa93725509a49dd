package resource_test

import (
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/api/resource"
)

func Example() {
	memory := resource.MustParse("1.5Gi")
	cpu, err := resource.ParseQuantity("0.5")
	if err != nil {
		fmt.Println(err)
		return
	}
	cpu.Add(resource.MustParse("250m"))

	fmt.Println(memory.String(), memory.Value())
	fmt.Println(cpu.String(), cpu.MilliValue())
	fmt.Println(cpu.Cmp(resource.MustParse("1")) < 0)
	// Output:
	// 1536Mi 1610612736
	// 750m 750
	// true
}

func ExampleParseQuantity_error() {
	_, err := resource.ParseQuantity("1Qi")
	fmt.Println(err)
	// Output: parse quantity "1Qi": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'
}
