// Package unstructured holds Unstructured and UnstructuredList, Kubernetes
// objects kept as JSON-shaped maps (map[string]interface{} with string,
// bool, int64, float64, nil, []interface{} and nested maps), the Nested*
// helpers that read and write fields by path, and UnstructuredJSONScheme,
// the codec that decodes any object or list into them.
//
// Decoding keeps JSON integers as int64 and other numbers as float64; an
// integer that int64 cannot hold becomes a float64.
package unstructured
