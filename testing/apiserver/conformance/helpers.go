package conformance

import (
	"fmt"
	"net/http"
)

// Paths used by many rows.
const (
	cms    = "/api/v1/namespaces/{ns}/configmaps"
	pods   = "/api/v1/namespaces/{ns}/pods"
	deploy = "/apis/apps/v1/namespaces/{ns}/deployments"
)

// Content types of the patch flavours.
const (
	ctJSONPatch  = "application/json-patch+json"
	ctMerge      = "application/merge-patch+json"
	ctStrategic  = "application/strategic-merge-patch+json"
	ctApplyPatch = "application/apply-patch+yaml"
)

// get builds a GET.
func get(path string) Request { return Request{Method: http.MethodGet, Path: path} }

// getQ builds a GET with a query.
func getQ(path, query string) Request {
	return Request{Method: http.MethodGet, Path: path, Query: query}
}

// post builds a POST of a JSON body.
func post(path, body string) Request {
	return Request{Method: http.MethodPost, Path: path, Body: body}
}

// put builds a PUT of a JSON body.
func put(path, body string) Request {
	return Request{Method: http.MethodPut, Path: path, Body: body}
}

// del builds a DELETE with an optional DeleteOptions body.
func del(path, body string) Request {
	return Request{Method: http.MethodDelete, Path: path, Body: body}
}

// patch builds a PATCH of the given content type.
func patch(path, contentType, body string) Request {
	return Request{Method: http.MethodPatch, Path: path, ContentType: contentType, Body: body}
}

// cm is a ConfigMap body labelled row={ns}.
func cm(name string, data string) string {
	return fmt.Sprintf(`{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":%q,"labels":{"row":"{ns}"}},"data":%s}`, name, data)
}

// cmLabels is a ConfigMap body with the given labels JSON.
func cmLabels(name, labels string) string {
	return fmt.Sprintf(`{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":%q,"labels":%s},"data":{"k":"v"}}`, name, labels)
}

// pod is a Pod body with one container.
func pod(name string) string {
	return fmt.Sprintf(`{"apiVersion":"v1","kind":"Pod","metadata":{"name":%q,"labels":{"row":"{ns}"}},"spec":{"containers":[{"name":"c","image":"registry.k8s.io/pause:3.10"}]}}`, name)
}

// deployment is a Deployment body with replicas and label app=name.
func deployment(name string, replicas int) string {
	return fmt.Sprintf(`{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":%q},"spec":{"replicas":%d,"selector":{"matchLabels":{"app":%q}},"template":{"metadata":{"labels":{"app":%q}},"spec":{"containers":[{"name":"c","image":"registry.k8s.io/pause:3.10"}]}}}}`,
		name, replicas, name, name)
}

// statusOK are the checks of a Status failure body.
func failure(code int, reason string, checks ...Check) []Check {
	return append([]Check{{"kind", "Status"}, {"status", "Failure"}, {"code", fmt.Sprint(code)}, {"reason", reason}}, checks...)
}
