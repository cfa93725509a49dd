package conformance

// Media types of the protobuf rows.
const (
	protobufOnly   = "application/vnd.kubernetes.protobuf"
	protobufFirst  = "application/vnd.kubernetes.protobuf,application/json"
	protobufStream = "application/vnd.kubernetes.protobuf;stream=watch"
)

// protobufRows cover protobuf negotiation: built-in kinds answer
// protobuf (objects, errors, watch streams), custom resources JSON.
func protobufRows() []Row {
	crd := crdRows()[0].Request
	widgets := "/apis/{ns}.example.com/v1/namespaces/{ns}/widgets"
	ready := Request{Method: "GET", Path: widgets, Eventually: true}
	cleanup := []Request{del("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.{ns}.example.com", "")}
	return []Row{
		{Name: "protobuf object", Setup: []Request{post(cms, cm("a", `{"k":"v"}`))},
			Request: Request{Method: "GET", Path: cms + "/a", Accept: protobufOnly}, WantCode: 200,
			Checks: []Check{{"@header.Content-Type", protobufOnly}, {"@body", "~k8s\x00"}, {"@body", "~ConfigMap"}}},
		{Name: "protobuf list", Setup: []Request{post(cms, cm("a", `{"k":"v"}`))},
			Request: Request{Method: "GET", Path: cms, Accept: protobufFirst}, WantCode: 200,
			Checks: []Check{{"@header.Content-Type", protobufOnly}, {"@body", "~ConfigMapList"}}},
		{Name: "protobuf NotFound Status", Request: Request{Method: "GET", Path: cms + "/nope", Accept: protobufFirst}, WantCode: 404,
			Checks: []Check{{"@header.Content-Type", protobufOnly}, {"@body", "~Status"}, {"@body", `~configmaps "nope" not found`}}},
		{Name: "protobuf watch stream", Setup: []Request{post(cms, cm("a", `{"k":"v"}`))},
			Request: Request{Method: "GET", Path: cms, Query: "watch=true&timeoutSeconds=1", Accept: protobufFirst}, WantCode: 200,
			Checks: []Check{{"@header.Content-Type", protobufStream}, {"@body", "~ADDED"}, {"@body", "~k8s\x00"}}},
		{Name: "custom resource answers json to a protobuf preference", Setup: []Request{crd, ready}, Cleanup: cleanup,
			Request: Request{Method: "GET", Path: widgets, Accept: protobufFirst}, WantCode: 200,
			Checks: []Check{{"@header.Content-Type", "application/json"}, {"kind", "WidgetList"}}},
		{Name: "NotAcceptable names the representations", Request: Request{Method: "GET", Path: cms, Accept: "text/html"},
			WantCode: 406, WantReason: "NotAcceptable",
			Checks: []Check{{"message", "~Available representations: application/json, application/yaml, application/vnd.kubernetes.protobuf"}}},
		{Name: "custom resource NotAcceptable wording", Setup: []Request{crd, ready}, Cleanup: cleanup,
			Request: Request{Method: "GET", Path: widgets, Accept: "text/html"}, WantCode: 406, WantReason: "NotAcceptable",
			Checks: []Check{{"message", "only the following media types are accepted: application/json, application/yaml, application/vnd.kubernetes.protobuf"}}},
		{Name: "malformed protobuf body is BadRequest",
			Request:  Request{Method: "POST", Path: cms, ContentType: protobufOnly, Body: "not protobuf at all"},
			WantCode: 400, WantReason: "BadRequest",
			Checks: []Check{{"message", "~the object provided is unrecognized (must be of type ConfigMap): provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]"}}},
		{Name: "custom resource in protobuf only is NotAcceptable", Setup: []Request{crd, ready}, Cleanup: cleanup,
			Request: Request{Method: "GET", Path: widgets, Accept: protobufOnly}, WantCode: 406,
			Checks: []Check{{"@header.Content-Type", protobufOnly}, {"@body", "~NotAcceptable"}}},
	}
}
