package conformance

// watchQ is the query of a short watch on the row's configmaps.
func watchQ(extra string) string {
	q := "watch=true&timeoutSeconds=1"
	if extra != "" {
		q += "&" + extra
	}
	return q
}

// watchRows cover watch from a resourceVersion, selectors, watch-list and
// option validation.
func watchRows() []Row {
	created := []Request{post(cms, cm("a", `{"k":"1"}`))}
	updated := append(append([]Request(nil), created...), put(cms+"/a", cm("a", `{"k":"2"}`)))
	return []Row{
		{Name: "watch from resourceVersion sees later changes", Setup: updated,
			Request: getQ(cms, watchQ("resourceVersion={rv1}")), WantCode: 200,
			Checks: []Check{{"events.#", "1"}, {"events.0.type", "MODIFIED"}, {"events.0.object.data.k", "2"},
				{"events.0.object.metadata.resourceVersion", "{rv2}"}}},
		{Name: "watch sees deletion", Setup: append(append([]Request(nil), updated...), del(cms+"/a", "")),
			Request: getQ(cms, watchQ("resourceVersion={rv1}")), WantCode: 200,
			Checks: []Check{{"events.#", "2"}, {"events.0.type", "MODIFIED"}, {"events.1.type", "DELETED"}, {"events.1.object.metadata.name", "a"}}},
		{Name: "watch without resourceVersion starts with ADDED", Setup: created,
			Request: getQ(cms, watchQ("labelSelector=row%3D{ns}")), WantCode: 200,
			Checks: []Check{{"events.#", "1"}, {"events.0.type", "ADDED"}, {"events.0.object.metadata.name", "a"}}},
		{Name: "watch at resourceVersion 0 starts with ADDED", Setup: created,
			Request: getQ(cms, watchQ("resourceVersion=0&labelSelector=row%3D{ns}")), WantCode: 200,
			Checks: []Check{{"events.0.type", "ADDED"}}},
		{Name: "watch with nothing happening ends empty", Setup: created,
			Request: getQ(cms, watchQ("resourceVersion={rv}")), WantCode: 200, Checks: []Check{{"events.#", "0"}}},
		{Name: "object leaving the selector is DELETED",
			Setup:   []Request{post(cms, cmLabels("a", `{"sel":"in"}`)), put(cms+"/a", cmLabels("a", `{"sel":"out"}`))},
			Request: getQ(cms, watchQ("resourceVersion={rv1}&labelSelector=sel%3Din")), WantCode: 200,
			Checks: []Check{{"events.#", "1"}, {"events.0.type", "DELETED"}, {"events.0.object.metadata.resourceVersion", "{rv2}"}}},
		{Name: "object entering the selector is ADDED",
			Setup:   []Request{post(cms, cmLabels("a", `{"sel":"out"}`)), put(cms+"/a", cmLabels("a", `{"sel":"in"}`))},
			Request: getQ(cms, watchQ("resourceVersion={rv1}&labelSelector=sel%3Din")), WantCode: 200,
			Checks: []Check{{"events.#", "1"}, {"events.0.type", "ADDED"}, {"events.0.object.metadata.labels.sel", "in"}}},
		{Name: "watch by field selector",
			Setup:   []Request{post(cms, cm("a", `{}`)), post(cms, cm("b", `{}`)), put(cms+"/a", cm("a", `{"x":"1"}`)), put(cms+"/b", cm("b", `{"x":"1"}`))},
			Request: getQ(cms, watchQ("resourceVersion={rv2}&fieldSelector=metadata.name%3Db")), WantCode: 200,
			Checks: []Check{{"events.#", "1"}, {"events.0.object.metadata.name", "b"}}},
		{Name: "watch one object by name",
			Setup:   []Request{post(cms, cm("a", `{}`)), post(cms, cm("b", `{}`)), put(cms+"/a", cm("a", `{"x":"1"}`)), put(cms+"/b", cm("b", `{"x":"1"}`))},
			Request: getQ(cms, watchQ("resourceVersion={rv2}&fieldSelector=metadata.name%3Da")), WantCode: 200,
			Checks: []Check{{"events.#", "1"}, {"events.0.object.metadata.name", "a"}}},
		{Name: "legacy watch path", Setup: updated,
			Request: getQ("/api/v1/watch/namespaces/{ns}/configmaps", "timeoutSeconds=1&resourceVersion={rv1}"), WantCode: 200,
			Checks: []Check{{"events.#", "1"}, {"events.0.type", "MODIFIED"}}},
		{Name: "watch-list ends initial events with a bookmark", Setup: created,
			Request:  getQ(cms, watchQ("sendInitialEvents=true&allowWatchBookmarks=true&resourceVersionMatch=NotOlderThan&labelSelector=row%3D{ns}")),
			WantCode: 200,
			Checks: []Check{{"events.0.type", "ADDED"}, {"events.0.object.metadata.name", "a"}, {"events.1.type", "BOOKMARK"},
				{"events.1.object.kind", "ConfigMap"}, {"events.1.object.metadata.annotations[k8s.io/initial-events-end]", "true"},
				{"events.1.object.metadata.resourceVersion", "*"}}},
		{Name: "watch-list without bookmarks", Setup: created,
			Request:  getQ(cms, watchQ("sendInitialEvents=true&resourceVersionMatch=NotOlderThan&labelSelector=row%3D{ns}")),
			WantCode: 200, Checks: []Check{{"events.0.type", "ADDED"}, {"events.0.object.metadata.name", "a"}}},
		{Name: "watch-list without NotOlderThan is Invalid",
			Request:  getQ(cms, watchQ("sendInitialEvents=true&allowWatchBookmarks=true")),
			WantCode: 422, WantReason: "Invalid"},
		{Name: "watch on cluster-scoped namespaces", Request: getQ("/api/v1/namespaces", watchQ("fieldSelector=metadata.name%3D{ns}")),
			WantCode: 200, Checks: []Check{{"events.#", "1"}, {"events.0.type", "ADDED"}, {"events.0.object.kind", "Namespace"}}},
	}
}
