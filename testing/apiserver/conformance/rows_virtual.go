package conformance

// virtualRows cover the create-only resources and action subresources.
func virtualRows() []Row {
	binding := `{"apiVersion":"v1","kind":"Binding","metadata":{"name":"p"},"target":{"kind":"Node","name":"node-1"}}`
	return []Row{
		{Name: "bind a pod", Setup: []Request{post(pods, pod("p"))},
			Request: post(pods+"/p/binding", binding), WantCode: 201, Checks: []Check{{"kind", "Status"}, {"status", "Success"}}},
		{Name: "bound pod has its node", Setup: []Request{post(pods, pod("p")), post(pods+"/p/binding", binding)},
			Request: get(pods + "/p"), WantCode: 200, Checks: []Check{{"spec.nodeName", "node-1"}}},
		{Name: "binding a bound pod is Conflict", Setup: []Request{post(pods, pod("p")), post(pods+"/p/binding", binding)},
			Request: post(pods+"/p/binding", binding), WantCode: 409, WantReason: "Conflict"},
		{Name: "bindings resource binds", Setup: []Request{post(pods, pod("p"))},
			Request: post("/api/v1/namespaces/{ns}/bindings", binding), WantCode: 201, Checks: []Check{{"status", "Success"}}},
		{Name: "eviction deletes an unbound pod",
			Setup:   []Request{post(pods, pod("p")), post(pods+"/p/eviction", `{"apiVersion":"policy/v1","kind":"Eviction","metadata":{"name":"p","namespace":"{ns}"}}`)},
			Request: get(pods + "/p"), WantCode: 404, WantReason: "NotFound"},
		{Name: "log of an unbound pod is empty", Setup: []Request{post(pods, pod("p"))},
			Request: get(pods + "/p/log"), WantCode: 204},
		{Name: "log of a missing pod is NotFound", Request: get(pods + "/nope/log"), WantCode: 404, WantReason: "NotFound"},
		{Name: "self subject access review",
			Request: post("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
				`{"apiVersion":"authorization.k8s.io/v1","kind":"SelfSubjectAccessReview","spec":{"resourceAttributes":{"namespace":"{ns}","verb":"get","resource":"pods"}}}`),
			WantCode: 201, Checks: []Check{{"kind", "SelfSubjectAccessReview"}, {"status.allowed", "true"}, {"spec.resourceAttributes.verb", "get"}}},
		{Name: "reviews are not stored",
			Setup: []Request{post("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
				`{"apiVersion":"authorization.k8s.io/v1","kind":"SelfSubjectAccessReview","spec":{"nonResourceAttributes":{"path":"/healthz","verb":"get"}}}`)},
			Request: post("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
				`{"apiVersion":"authorization.k8s.io/v1","kind":"SelfSubjectAccessReview","spec":{"nonResourceAttributes":{"path":"/healthz","verb":"get"}}}`),
			WantCode: 201, Checks: []Check{{"status.allowed", "true"}}},
		{Name: "service account token request",
			Request: post("/api/v1/namespaces/{ns}/serviceaccounts/default/token",
				`{"apiVersion":"authentication.k8s.io/v1","kind":"TokenRequest","spec":{"expirationSeconds":600}}`),
			WantCode: 201, Checks: []Check{{"kind", "TokenRequest"}, {"status.token", "*"}, {"status.expirationTimestamp", "*"}}},
		{Name: "token for a missing service account is NotFound",
			Request:  post("/api/v1/namespaces/{ns}/serviceaccounts/nope/token", `{"apiVersion":"authentication.k8s.io/v1","kind":"TokenRequest","spec":{}}`),
			WantCode: 404, WantReason: "NotFound"},
	}
}
