package apiserver

import (
	"encoding/json"
	"reflect"
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
)

func TestUnknownFields(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"none", `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","labels":{"a":"b"}},"spec":{"containers":[{"name":"c"}]}}`, nil},
		{"top level", `{"foo":1,"metadata":{}}`, []string{"foo"}},
		{"in metadata", `{"metadata":{"nmae":"x"}}`, []string{"metadata.nmae"}},
		{"in a list item", `{"spec":{"containers":[{"name":"c"},{"bogus":true}]}}`, []string{"spec.containers[1].bogus"}},
		{"quantities are opaque", `{"spec":{"containers":[{"resources":{"limits":{"cpu":"1"}}}]}}`, nil},
		{"several sorted", `{"z":1,"a":2}`, []string{"a", "z"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v any
			if err := json.Unmarshal([]byte(tt.body), &v); err != nil {
				t.Fatal(err)
			}
			got := unknownFields(reflect.TypeOf(corev1.Pod{}), v)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
