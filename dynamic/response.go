package dynamic

import (
	"fmt"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/rest"
)

// decodeObject returns the object in a response, or the response's error.
// The object must name its kind.
func decodeObject(result rest.Result) (*unstructured.Unstructured, error) {
	body, err := responseBody(result)
	if err != nil {
		return nil, err
	}
	obj, err := unmarshalObject(body)
	if err != nil {
		return nil, fmt.Errorf("dynamic client: decoding response: %w", err)
	}
	return obj, nil
}

// unmarshalObject decodes body into an Unstructured that names its kind.
func unmarshalObject(body []byte) (*unstructured.Unstructured, error) {
	content, err := decodeJSONObject(body)
	if err != nil {
		return nil, err
	}
	obj := &unstructured.Unstructured{Object: content}
	if len(obj.GetKind()) == 0 {
		return nil, runtime.NewMissingKindErr(string(body))
	}
	return obj, nil
}

// decodeList returns the list in a response, or the response's error. The
// body is decoded once, straight into the list: the items of the decoded
// "items" array become the list's Items without copies.
func decodeList(result rest.Result) (*unstructured.UnstructuredList, error) {
	body, err := responseBody(result)
	if err != nil {
		return nil, err
	}
	list, err := unmarshalList(body)
	if err != nil {
		return nil, fmt.Errorf("dynamic client: decoding list response: %w", err)
	}
	return list, nil
}

// unmarshalList decodes body into an UnstructuredList that names its kind.
// Items without apiVersion and kind get the list's apiVersion and its kind
// without the "List" suffix.
func unmarshalList(body []byte) (*unstructured.UnstructuredList, error) {
	content, err := decodeJSONObject(body)
	if err != nil {
		return nil, err
	}
	var items []interface{}
	switch raw := content["items"].(type) {
	case nil:
	case []interface{}:
		items = raw
	default:
		return nil, fmt.Errorf("items is a JSON %s, expected an array", jsonTypeName(raw))
	}
	delete(content, "items")
	list := &unstructured.UnstructuredList{Object: content, Items: make([]unstructured.Unstructured, len(items))}
	if len(list.GetKind()) == 0 {
		return nil, runtime.NewMissingKindErr(string(body))
	}
	// The boxed kind and apiVersion are shared by every item that lacks them.
	var itemKind interface{} = strings.TrimSuffix(list.GetKind(), "List")
	var itemAPIVersion interface{} = list.GetAPIVersion()
	for i, raw := range items {
		item, ok := raw.(map[string]interface{})
		if !ok {
			return nil, fmt.Errorf("items[%d] is a JSON %s, expected an object", i, jsonTypeName(raw))
		}
		if !hasString(item, "kind") && !hasString(item, "apiVersion") {
			item["kind"] = itemKind
			item["apiVersion"] = itemAPIVersion
		}
		list.Items[i].Object = item
	}
	return list, nil
}

// hasString reports whether m[key] is a non-empty string, the test
// Unstructured's GetKind and GetAPIVersion apply.
func hasString(m map[string]interface{}, key string) bool {
	s, _ := m[key].(string)
	return len(s) > 0
}

// responseBody returns the body of a successful response, or the error of
// a failed one (a *errors.StatusError for a server error).
func responseBody(result rest.Result) ([]byte, error) {
	if err := result.Error(); err != nil {
		return nil, err
	}
	body, err := result.Raw()
	if err != nil {
		return nil, err
	}
	return body, nil
}
