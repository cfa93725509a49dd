package intstr_test

import (
	"encoding/json"
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/util/intstr"
)

func Example() {
	var spec struct {
		Port           intstr.IntOrString `json:"port"`
		MaxUnavailable intstr.IntOrString `json:"maxUnavailable"`
	}
	if err := json.Unmarshal([]byte(`{"port":8080,"maxUnavailable":"25%"}`), &spec); err != nil {
		fmt.Println(err)
		return
	}
	n, err := intstr.GetScaledValueFromIntOrPercent(&spec.MaxUnavailable, 10, true)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(spec.Port.IntValue(), spec.MaxUnavailable.String(), n)
	// Output: 8080 25% 3
}
