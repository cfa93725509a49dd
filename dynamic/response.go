package dynamic

import (
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
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

// unmarshalObject decodes body into an Unstructured that names its kind,
// with unstructured.UnstructuredJSONScheme.
func unmarshalObject(body []byte) (*unstructured.Unstructured, error) {
	obj := &unstructured.Unstructured{}
	if _, _, err := unstructured.UnstructuredJSONScheme.Decode(body, nil, obj); err != nil {
		return nil, err
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

// unmarshalList decodes body into an UnstructuredList that names its kind,
// with unstructured.UnstructuredJSONScheme: the body is decoded once and the
// members of its "items" array become the list's Items without copies.
// Items without apiVersion and kind get the list's apiVersion and its kind
// without the "List" suffix.
func unmarshalList(body []byte) (*unstructured.UnstructuredList, error) {
	list := &unstructured.UnstructuredList{}
	if _, _, err := unstructured.UnstructuredJSONScheme.Decode(body, nil, list); err != nil {
		return nil, err
	}
	return list, nil
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
