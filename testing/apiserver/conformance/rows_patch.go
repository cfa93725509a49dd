package conformance

// patchRows cover JSON patch, merge patch and strategic merge patch.
func patchRows() []Row {
	a := []Request{post(cms, cm("a", `{"k":"v","gone":"x"}`))}
	d := []Request{post(deploy, deployment("d", 1))}
	return []Row{
		{Name: "merge patch sets a key", Setup: a, Request: patch(cms+"/a", ctMerge, `{"data":{"k2":"v2"}}`), WantCode: 200,
			Checks: []Check{{"data.k", "v"}, {"data.k2", "v2"}}},
		{Name: "merge patch null removes a key", Setup: a, Request: patch(cms+"/a", ctMerge, `{"data":{"gone":null}}`), WantCode: 200,
			Checks: []Check{{"data.gone", "!"}, {"data.k", "v"}}},
		{Name: "merge patch bumps resourceVersion", Setup: a, Request: patch(cms+"/a", ctMerge, `{"data":{"k":"w"}}`), WantCode: 200,
			Checks: []Check{{"metadata.resourceVersion", "!={rv}"}, {"data.k", "w"}}},
		{Name: "merge patch with stale resourceVersion is Conflict", Setup: append(append([]Request(nil), a...), patch(cms+"/a", ctMerge, `{"data":{"k":"w"}}`)),
			Request: patch(cms+"/a", ctMerge, `{"metadata":{"resourceVersion":"{rv1}"},"data":{"k":"x"}}`), WantCode: 409, WantReason: "Conflict"},
		{Name: "merge patch of missing object is NotFound", Request: patch(cms+"/a", ctMerge, `{"data":{"k":"v"}}`), WantCode: 404, WantReason: "NotFound"},
		{Name: "malformed merge patch is BadRequest", Setup: a, Request: patch(cms+"/a", ctMerge, `{"data":`), WantCode: 400, WantReason: "BadRequest"},
		{Name: "json patch add", Setup: a, Request: patch(cms+"/a", ctJSONPatch, `[{"op":"add","path":"/data/k3","value":"v3"}]`), WantCode: 200,
			Checks: []Check{{"data.k3", "v3"}}},
		{Name: "json patch replace and remove", Setup: a,
			Request: patch(cms+"/a", ctJSONPatch, `[{"op":"replace","path":"/data/k","value":"w"},{"op":"remove","path":"/data/gone"}]`), WantCode: 200,
			Checks: []Check{{"data.k", "w"}, {"data.gone", "!"}}},
		{Name: "json patch failed test is Invalid", Setup: a,
			Request:  patch(cms+"/a", ctJSONPatch, `[{"op":"test","path":"/data/k","value":"other"},{"op":"replace","path":"/data/k","value":"w"}]`),
			WantCode: 422, WantReason: "Invalid"},
		{Name: "malformed json patch is BadRequest", Setup: a, Request: patch(cms+"/a", ctJSONPatch, `{"op":"add"}`), WantCode: 400, WantReason: "BadRequest"},
		{Name: "strategic merge patch merges containers by name", Setup: d,
			Request:  patch(deploy+"/d", ctStrategic, `{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","image":"registry.k8s.io/pause:3.10"}]}}}}`),
			WantCode: 200, Checks: []Check{{"spec.template.spec.containers.#", "2"}, {"metadata.generation", "2"}}},
		{Name: "strategic merge patch updates a container in place", Setup: d,
			Request:  patch(deploy+"/d", ctStrategic, `{"spec":{"template":{"spec":{"containers":[{"name":"c","image":"registry.k8s.io/pause:3.9"}]}}}}`),
			WantCode: 200, Checks: []Check{{"spec.template.spec.containers.#", "1"}, {"spec.template.spec.containers.0.image", "registry.k8s.io/pause:3.9"}}},
		{Name: "strategic merge patch delete directive", Setup: d,
			Request:  patch(deploy+"/d", ctStrategic, `{"spec":{"template":{"spec":{"containers":[{"name":"c","$patch":"delete"},{"name":"n","image":"registry.k8s.io/pause:3.10"}]}}}}`),
			WantCode: 200, Checks: []Check{{"spec.template.spec.containers.#", "1"}, {"spec.template.spec.containers.0.name", "n"}}},
		{Name: "unknown patch content type is UnsupportedMediaType", Setup: a,
			Request: patch(cms+"/a", "application/x-patch", `{}`), WantCode: 415, WantReason: "UnsupportedMediaType"},
		{Name: "merge patch of status subresource", Setup: d,
			Request: patch(deploy+"/d/status", ctMerge, `{"status":{"replicas":2},"spec":{"replicas":9}}`), WantCode: 200,
			Checks: []Check{{"status.replicas", "2"}, {"spec.replicas", "1"}}},
		{Name: "merge patch of main endpoint ignores status", Setup: d,
			Request: patch(deploy+"/d", ctMerge, `{"status":{"replicas":2}}`), WantCode: 200, Checks: []Check{{"status.replicas", "!"}}},
		{Name: "merge patch of scale subresource", Setup: d,
			Request: patch(deploy+"/d/scale", ctMerge, `{"spec":{"replicas":5}}`), WantCode: 200,
			Checks: []Check{{"kind", "Scale"}, {"spec.replicas", "5"}}},
		{Name: "force on a non-apply patch is Invalid", Setup: a,
			Request: Request{Method: "PATCH", Path: cms + "/a", Query: "force=true", ContentType: ctMerge, Body: `{}`}, WantCode: 422, WantReason: "Invalid"},
	}
}

// applyRows cover server-side apply.
func applyRows() []Row {
	apply := func(path, manager, body string, force bool) Request {
		q := "fieldManager=" + manager
		if force {
			q += "&force=true"
		}
		return Request{Method: "PATCH", Path: path, Query: q, ContentType: ctApplyPatch, Body: body}
	}
	cmA := func(v string) string {
		return `{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"a":"` + v + `"}}`
	}
	return []Row{
		{Name: "apply creates", Request: apply(cms+"/a", "m1", cmA("1"), false), WantCode: 201,
			Checks: []Check{{"data.a", "1"}, {"metadata.managedFields.0.manager", "m1"}, {"metadata.managedFields.0.operation", "Apply"},
				{"metadata.managedFields.0.fieldsType", "FieldsV1"}}},
		{Name: "apply updates own fields", Setup: []Request{apply(cms+"/a", "m1", cmA("1"), false)},
			Request: apply(cms+"/a", "m1", cmA("2"), false), WantCode: 200, Checks: []Check{{"data.a", "2"}}},
		{Name: "apply yaml body", Request: apply(cms+"/a", "m1", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  a: \"1\"\n", false),
			WantCode: 201, Checks: []Check{{"data.a", "1"}}},
		{Name: "apply conflict is Conflict", Setup: []Request{apply(cms+"/a", "m1", cmA("1"), false)},
			Request: apply(cms+"/a", "m2", cmA("2"), false), WantCode: 409, WantReason: "Conflict",
			Checks: []Check{{"details.causes.0.reason", "FieldManagerConflict"}, {"details.causes.0.field", ".data.a"},
				{"details.causes.0.message", `~conflict with "m1"`}, {"message", "~Apply failed with 1 conflict"}}},
		{Name: "apply with force takes ownership", Setup: []Request{apply(cms+"/a", "m1", cmA("1"), false)},
			Request: apply(cms+"/a", "m2", cmA("2"), true), WantCode: 200, Checks: []Check{{"data.a", "2"}}},
		{Name: "apply of the same value shares ownership", Setup: []Request{apply(cms+"/a", "m1", cmA("1"), false)},
			Request: apply(cms+"/a", "m2", cmA("1"), false), WantCode: 200, Checks: []Check{{"metadata.managedFields.#", "2"}}},
		{Name: "apply without fieldManager is Invalid",
			Request:  Request{Method: "PATCH", Path: cms + "/a", ContentType: ctApplyPatch, Body: cmA("1")},
			WantCode: 422, WantReason: "Invalid"},
		{Name: "apply to the scale subresource", Setup: []Request{post(deploy, deployment("d", 1))},
			Request:  apply(deploy+"/d/scale", "m1", `{"apiVersion":"autoscaling/v1","kind":"Scale","metadata":{"name":"d"},"spec":{"replicas":4}}`, true),
			WantCode: 200, Checks: []Check{{"kind", "Scale"}, {"spec.replicas", "4"}}},
		{Name: "update records managedFields", Request: Request{Method: "POST", Path: cms, Query: "fieldManager=writer", Body: cm("a", `{"k":"v"}`)},
			WantCode: 201, Checks: []Check{{"metadata.managedFields.0.manager", "writer"}, {"metadata.managedFields.0.operation", "Update"}}},
	}
}
