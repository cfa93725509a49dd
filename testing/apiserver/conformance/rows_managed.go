package conformance

import "strings"

// managedRows cover where managedFields entries come from: the
// subresource a write went through, and the manager name taken from the
// User-Agent when the request names none.
func managedRows() []Row {
	d := []Request{post(deploy, deployment("d", 1))}
	applyTo := func(path, manager, body string, force bool) Request {
		q := "fieldManager=" + manager
		if force {
			q += "&force=true"
		}
		return Request{Method: "PATCH", Path: path, Query: q, ContentType: ctApplyPatch, Body: body}
	}
	scaleBody := `{"apiVersion":"autoscaling/v1","kind":"Scale","metadata":{"name":"d","namespace":"{ns}"},"spec":{"replicas":4}}`
	return []Row{
		{Name: "manager defaults to the User-Agent before its first slash", Request: post(cms, cm("a", `{"k":"v"}`)), WantCode: 201,
			Checks: []Check{{"metadata.managedFields.#", "1"}, {"metadata.managedFields.0.manager", "skiff-conformance"},
				{"metadata.managedFields.0.operation", "Update"}, {"metadata.managedFields.0.subresource", "!"}}},
		{Name: "apply to status records the status subresource", Setup: d,
			Request:  applyTo(deploy+"/d/status", "sa", `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"status":{"collisionCount":2}}`, false),
			WantCode: 200, Checks: []Check{{"status.collisionCount", "2"}, {"metadata.managedFields.#", "2"},
				{"metadata.managedFields.0.manager", "sa"}, {"metadata.managedFields.0.operation", "Apply"},
				{"metadata.managedFields.0.subresource", "status"}, {"metadata.managedFields.0.fieldsV1.f:status.f:collisionCount", "*"},
				{"metadata.managedFields.1.subresource", "!"}}},
		{Name: "patch of status records the status subresource", Setup: d,
			Request:  Request{Method: "PATCH", Path: deploy + "/d/status", Query: "fieldManager=st", ContentType: ctMerge, Body: `{"status":{"observedGeneration":7}}`},
			WantCode: 200, Checks: []Check{{"metadata.managedFields.#", "2"}, {"metadata.managedFields.1.manager", "st"},
				{"metadata.managedFields.1.operation", "Update"}, {"metadata.managedFields.1.subresource", "status"},
				{"metadata.managedFields.1.fieldsV1.f:status.f:observedGeneration", "*"}}},
		{Name: "update of scale records the scale subresource",
			Setup:   append(append([]Request(nil), d...), Request{Method: "PUT", Path: deploy + "/d/scale", Query: "fieldManager=sc", Body: scaleBody}),
			Request: get(deploy + "/d"), WantCode: 200,
			Checks: []Check{{"metadata.managedFields.#", "2"}, {"metadata.managedFields.0.manager", "sc"},
				{"metadata.managedFields.0.operation", "Update"}, {"metadata.managedFields.0.subresource", "scale"},
				{"metadata.managedFields.0.apiVersion", "apps/v1"}, {"metadata.managedFields.0.time", "!"}, {"metadata.managedFields.1.time", "*"}, {"metadata.managedFields.0.fieldsV1.f:spec.f:replicas", "*"},
				{"metadata.managedFields.1.fieldsV1.f:spec.f:replicas", "!"}}},
		{Name: "apply to scale records the scale subresource",
			Setup:   append(append([]Request(nil), d...), applyTo(deploy+"/d/scale", "sca", scaleBody, true)),
			Request: get(deploy + "/d"), WantCode: 200,
			Checks: []Check{{"spec.replicas", "4"}, {"metadata.managedFields.#", "2"}, {"metadata.managedFields.0.manager", "sca"},
				{"metadata.managedFields.0.operation", "Apply"}, {"metadata.managedFields.0.subresource", "scale"}, {"metadata.managedFields.0.time", "!"},
				{"metadata.managedFields.0.fieldsV1.f:spec.f:replicas", "*"}}},
		{Name: "scale entry stays without time after a later write",
			Setup: append(append([]Request(nil), d...), Request{Method: "PUT", Path: deploy + "/d/scale", Query: "fieldManager=sc", Body: scaleBody},
				Request{Method: "PATCH", Path: deploy + "/d", Query: "fieldManager=zz-lab", ContentType: ctMerge, Body: `{"metadata":{"labels":{"l":"v"}}}`}),
			// Update entries are ordered by time, then by manager: "zz-lab"
			// comes after the creator's entry whether or not the two
			// writes fall in the same second.
			Request: get(deploy + "/d"), WantCode: 200,
			Checks: []Check{{"metadata.managedFields.#", "3"}, {"metadata.managedFields.0.manager", "sc"}, {"metadata.managedFields.0.time", "!"},
				{"metadata.managedFields.2.manager", "zz-lab"}, {"metadata.managedFields.2.time", "*"}}},
		{Name: "apply to scale conflicts with the replicas owner", Setup: d,
			Request: applyTo(deploy+"/d/scale", "sca", scaleBody, false), WantCode: 409, WantReason: "Conflict",
			Checks: []Check{{"details.causes.0.field", ".spec.replicas"}}},
		{Name: "json patch with too many operations is RequestEntityTooLarge", Setup: []Request{post(cms, cm("a", `{"k":"v"}`))},
			Request:  patch(cms+"/a", ctJSONPatch, "["+strings.TrimSuffix(strings.Repeat(`{"op":"add","path":"/data/k","value":"v"},`, 10001), ",")+"]"),
			WantCode: 413, WantReason: "RequestEntityTooLarge",
			Checks: []Check{{"message", "Request entity too large: The allowed maximum operations in a JSON patch is 10000, got 10001"}}},
		{Name: "scale selector renders matchExpressions",
			Setup: []Request{post(deploy, `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"replicas":1,`+
				`"selector":{"matchLabels":{"app":"d"},"matchExpressions":[{"key":"tier","operator":"In","values":["b","a"]},{"key":"x","operator":"Exists"},{"key":"y","operator":"NotIn","values":["z"]}]},`+
				`"template":{"metadata":{"labels":{"app":"d","tier":"a","x":"1"}},"spec":{"containers":[{"name":"c","image":"registry.k8s.io/pause:3.10"}]}}}}`)},
			Request: get(deploy + "/d/scale"), WantCode: 200, Checks: []Check{{"status.selector", "app=d,tier in (a,b),x,y notin (z)"}}},
	}
}
