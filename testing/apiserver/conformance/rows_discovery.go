package conformance

// aggregatedV2 is the Accept header asking for aggregated discovery v2.
const aggregatedV2 = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json"

// Accept headers of the metadata-only clients.
const (
	partialMeta     = "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1,application/json"
	partialMetaList = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json"
	tableV1         = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json"
)

// contentRows cover media types.
func contentRows() []Row {
	return []Row{
		{Name: "yaml response", Setup: []Request{post(cms, cm("a", `{"k":"v"}`))},
			Request: Request{Method: "GET", Path: cms + "/a", Accept: "application/yaml"}, WantCode: 200,
			Checks: []Check{{"@header.Content-Type", "~application/yaml"}, {"@body", "~kind: ConfigMap"}}},
		{Name: "yaml request body", Request: Request{Method: "POST", Path: cms, ContentType: "application/yaml",
			Body: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n"}, WantCode: 201,
			Checks: []Check{{"data.k", "v"}}},
		{Name: "unacceptable media type is NotAcceptable", Request: Request{Method: "GET", Path: cms, Accept: "text/html"},
			WantCode: 406, WantReason: "NotAcceptable"},
		{Name: "unsupported body type is UnsupportedMediaType", Request: Request{Method: "POST", Path: cms, ContentType: "text/plain", Body: "a=b"},
			WantCode: 415, WantReason: "UnsupportedMediaType"},
		{Name: "unknown field is a warning", Request: post(cms, `{"metadata":{"name":"a"},"foo":"bar"}`), WantCode: 201,
			Checks: []Check{{"@header.Warning", `~unknown field \"foo\"`}, {"foo", "!"}}},
		{Name: "unknown nested field is a warning",
			Request:  post(pods, `{"metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"registry.k8s.io/pause:3.10","bogus":1}]}}`),
			WantCode: 201, Checks: []Check{{"@header.Warning", `~unknown field \"spec.containers[0].bogus\"`}}},
		{Name: "unknown field with strict validation is BadRequest",
			Request:  Request{Method: "POST", Path: cms, Query: "fieldValidation=Strict", Body: `{"metadata":{"name":"a"},"foo":"bar"}`},
			WantCode: 400, WantReason: "BadRequest", Checks: []Check{{"message", `~strict decoding error: unknown field "foo"`}}},
		{Name: "unknown field ignored", Request: Request{Method: "POST", Path: cms, Query: "fieldValidation=Ignore", Body: `{"metadata":{"name":"a"},"foo":"bar"}`},
			WantCode: 201, Checks: []Check{{"@header.Warning", "!"}}},
		{Name: "metadata-only get", Setup: []Request{post(cms, cm("a", `{"k":"v"}`))},
			Request: Request{Method: "GET", Path: cms + "/a", Accept: partialMeta}, WantCode: 200,
			Checks: []Check{{"kind", "PartialObjectMetadata"}, {"apiVersion", "meta.k8s.io/v1"}, {"metadata.name", "a"}, {"data", "!"}}},
		{Name: "metadata-only list", Setup: []Request{post(cms, cm("a", `{"k":"v"}`))},
			Request: Request{Method: "GET", Path: cms, Query: "labelSelector=row%3D{ns}", Accept: partialMetaList}, WantCode: 200,
			Checks: []Check{{"kind", "PartialObjectMetadataList"}, {"items.#", "1"}, {"items.0.metadata.name", "a"}, {"items.0.data", "!"}}},
		{Name: "table of pods", Setup: []Request{post(pods, pod("p"))},
			Request: Request{Method: "GET", Path: pods, Accept: tableV1}, WantCode: 200,
			Checks: []Check{{"kind", "Table"}, {"apiVersion", "meta.k8s.io/v1"}, {"columnDefinitions.0.name", "Name"},
				{"columnDefinitions.1.name", "Ready"}, {"columnDefinitions.2.name", "Status"}, {"rows.#", "1"},
				{"rows.0.cells.0", "p"}, {"rows.0.cells.1", "0/1"}, {"rows.0.cells.2", "Pending"}, {"rows.0.object.kind", "PartialObjectMetadata"},
				{"rows.0.object.metadata.name", "p"}}},
		{Name: "table of one namespace", Request: Request{Method: "GET", Path: "/api/v1/namespaces/{ns}", Accept: tableV1}, WantCode: 200,
			Checks: []Check{{"kind", "Table"}, {"rows.0.cells.0", "{ns}"}, {"rows.0.cells.1", "Active"}}},
		{Name: "json with wildcard accept", Request: Request{Method: "GET", Path: "/api/v1/namespaces/{ns}", Accept: "*/*"}, WantCode: 200,
			Checks: []Check{{"@header.Content-Type", "~application/json"}, {"kind", "Namespace"}}},
	}
}

// discoveryRows cover the discovery documents.
func discoveryRows() []Row {
	return []Row{
		{Name: "version", Request: get("/version"), WantCode: 200, Checks: []Check{{"major", "1"}, {"minor", "~34"}, {"platform", "*"}}},
		{Name: "core api versions", Request: get("/api"), WantCode: 200, Checks: []Check{{"kind", "APIVersions"}, {"versions.0", "v1"}}},
		{Name: "api group list", Request: get("/apis"), WantCode: 200,
			Checks: []Check{{"kind", "APIGroupList"}, {"groups.0.name", "apiregistration.k8s.io"}, {"groups.1.name", "apps"},
				{"groups.1.preferredVersion.groupVersion", "apps/v1"}}},
		{Name: "core v1 resources", Request: get("/api/v1"), WantCode: 200,
			Checks: []Check{{"kind", "APIResourceList"}, {"groupVersion", "v1"}, {"resources.0.name", "bindings"}}},
		{Name: "apps v1 resources", Request: get("/apis/apps/v1"), WantCode: 200,
			Checks: []Check{{"groupVersion", "apps/v1"}, {"resources.0.name", "controllerrevisions"}, {"resources.0.namespaced", "true"}}},
		{Name: "apps group", Request: get("/apis/apps"), WantCode: 200,
			Checks: []Check{{"kind", "APIGroup"}, {"name", "apps"}, {"preferredVersion.version", "v1"}}},
		{Name: "unknown group version is NotFound", Request: get("/apis/nope.example.com/v1"), WantCode: 404},
		{Name: "unknown resource is NotFound", Request: get("/api/v1/namespaces/{ns}/widgets"), WantCode: 404, WantReason: "NotFound"},
		{Name: "verb the resource lacks is MethodNotAllowed", Request: get("/api/v1/namespaces/{ns}/bindings"), WantCode: 405},
		{Name: "aggregated apis", Request: Request{Method: "GET", Path: "/apis", Accept: aggregatedV2}, WantCode: 200,
			Checks: []Check{{"kind", "APIGroupDiscoveryList"}, {"apiVersion", "apidiscovery.k8s.io/v2"}, {"items.0.metadata.name", "apiregistration.k8s.io"},
				{"@header.Content-Type", "~g=apidiscovery.k8s.io"}}},
		{Name: "aggregated core", Request: Request{Method: "GET", Path: "/api", Accept: aggregatedV2}, WantCode: 200,
			Checks: []Check{{"kind", "APIGroupDiscoveryList"}, {"items.0.versions.0.version", "v1"}, {"items.0.versions.0.freshness", "Current"},
				{"items.0.versions.0.resources.0.resource", "bindings"}, {"items.0.versions.0.resources.0.scope", "Namespaced"}}},
	}
}

// crdRows cover CustomResourceDefinitions created through the API.
func crdRows() []Row {
	crd := post("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", `{"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition",
"metadata":{"name":"widgets.{ns}.example.com"},"spec":{"group":"{ns}.example.com","scope":"Namespaced",
"names":{"plural":"widgets","singular":"widget","kind":"Widget","listKind":"WidgetList"},
"versions":[{"name":"v1","served":true,"storage":true,"subresources":{"status":{}},
"schema":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}]}}`)
	widgets := "/apis/{ns}.example.com/v1/namespaces/{ns}/widgets"
	ready := Request{Method: "GET", Path: widgets, Eventually: true}
	cleanup := []Request{del("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.{ns}.example.com", "")}
	widget := `{"apiVersion":"{ns}.example.com/v1","kind":"Widget","metadata":{"name":"w"},"spec":{"size":3}}`
	return []Row{
		{Name: "create CRD", Request: crd, WantCode: 201, Cleanup: cleanup,
			Checks: []Check{{"kind", "CustomResourceDefinition"}, {"metadata.name", "widgets.{ns}.example.com"}}},
		{Name: "CRD name must be plural.group",
			Request: post("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", `{"metadata":{"name":"wrong.{ns}.example.com"},"spec":{"group":"{ns}.example.com","scope":"Namespaced",
"names":{"plural":"widgets","kind":"Widget"},"versions":[{"name":"v1","served":true,"storage":true,"schema":{"openAPIV3Schema":{"type":"object"}}}]}}`),
			WantCode: 422, WantReason: "Invalid", Checks: []Check{{"details.causes.0.field", "metadata.name"}}},
		{Name: "create custom resource", Setup: []Request{crd, ready}, Cleanup: cleanup,
			Request: post(widgets, widget), WantCode: 201,
			Checks: []Check{{"kind", "Widget"}, {"spec.size", "3"}, {"metadata.generation", "1"}, {"metadata.uid", "*"}}},
		{Name: "list custom resources", Setup: []Request{crd, ready, post(widgets, widget)}, Cleanup: cleanup,
			Request: get(widgets), WantCode: 200, Checks: []Check{{"kind", "WidgetList"}, {"items.#", "1"}}},
		{Name: "missing custom resource is NotFound", Setup: []Request{crd, ready}, Cleanup: cleanup,
			Request: get(widgets + "/nope"), WantCode: 404, WantReason: "NotFound",
			Checks: []Check{{"message", `widgets.{ns}.example.com "nope" not found`}}},
		{Name: "custom resource status subresource", Setup: []Request{crd, ready, post(widgets, widget)}, Cleanup: cleanup,
			Request: patch(widgets+"/w/status", ctMerge, `{"status":{"ok":true},"spec":{"size":9}}`), WantCode: 200,
			Checks: []Check{{"status.ok", "true"}, {"spec.size", "3"}}},
		{Name: "custom resource spec change bumps generation", Setup: []Request{crd, ready, post(widgets, widget)}, Cleanup: cleanup,
			Request: patch(widgets+"/w", ctMerge, `{"spec":{"size":4}}`), WantCode: 200,
			Checks: []Check{{"metadata.generation", "2"}, {"spec.size", "4"}}},
		{Name: "strategic merge patch of a custom resource is UnsupportedMediaType", Setup: []Request{crd, ready, post(widgets, widget)}, Cleanup: cleanup,
			Request: patch(widgets+"/w", ctStrategic, `{"spec":{"size":4}}`), WantCode: 415, WantReason: "UnsupportedMediaType"},
		{Name: "CRD group in discovery", Setup: []Request{crd, ready}, Cleanup: cleanup,
			Request: get("/apis/{ns}.example.com/v1"), WantCode: 200,
			Checks: []Check{{"groupVersion", "{ns}.example.com/v1"}, {"resources.0.name", "widgets"}, {"resources.0.kind", "Widget"}}},
	}
}
