package conformance

// defaultRows cover the defaults the server fills on create.
func defaultRows() []Row {
	return []Row{
		{Name: "pod defaults", Request: post(pods, pod("p")), WantCode: 201,
			Checks: []Check{{"spec.restartPolicy", "Always"}, {"spec.dnsPolicy", "ClusterFirst"}, {"spec.schedulerName", "default-scheduler"},
				{"spec.terminationGracePeriodSeconds", "30"}, {"spec.serviceAccountName", "default"}, {"spec.enableServiceLinks", "true"},
				{"spec.containers.0.terminationMessagePath", "/dev/termination-log"}, {"spec.containers.0.terminationMessagePolicy", "File"},
				{"spec.containers.0.imagePullPolicy", "IfNotPresent"}, {"status.qosClass", "BestEffort"}}},
		{Name: "untagged image is pulled always",
			Request:  post(pods, `{"metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"registry.k8s.io/pause"}]}}`),
			WantCode: 201, Checks: []Check{{"spec.containers.0.imagePullPolicy", "Always"}}},
		{Name: "pods by defaulted restartPolicy and schedulerName", Setup: []Request{post(pods, pod("p"))},
			Request: getQ(pods, "fieldSelector=spec.restartPolicy%3DAlways,spec.schedulerName%3Ddefault-scheduler"), WantCode: 200,
			Checks: []Check{{"items.#", "1"}}},
		{Name: "deployment defaults", Request: post(deploy, deployment("d", 1)), WantCode: 201,
			Checks: []Check{{"spec.strategy.type", "RollingUpdate"}, {"spec.strategy.rollingUpdate.maxSurge", "25%"},
				{"spec.revisionHistoryLimit", "10"}, {"spec.progressDeadlineSeconds", "600"},
				{"spec.template.spec.restartPolicy", "Always"}, {"spec.template.spec.containers.0.terminationMessagePolicy", "File"}}},
		{Name: "service defaults and cluster IP",
			Request:  post("/api/v1/namespaces/{ns}/services", `{"metadata":{"name":"svc"},"spec":{"selector":{"app":"x"},"ports":[{"port":80}]}}`),
			WantCode: 201,
			Checks: []Check{{"spec.type", "ClusterIP"}, {"spec.clusterIP", "*"}, {"spec.clusterIPs.#", "1"}, {"spec.sessionAffinity", "None"},
				{"spec.ports.0.protocol", "TCP"}, {"spec.ports.0.targetPort", "80"}, {"spec.ipFamilies.0", "IPv4"}, {"spec.internalTrafficPolicy", "Cluster"}}},
		{Name: "service update keeps its cluster IP",
			Setup:    []Request{post("/api/v1/namespaces/{ns}/services", `{"metadata":{"name":"svc"},"spec":{"ports":[{"port":80}]}}`)},
			Request:  put("/api/v1/namespaces/{ns}/services/svc", `{"metadata":{"name":"svc"},"spec":{"ports":[{"port":81}]}}`),
			WantCode: 200, Checks: []Check{{"spec.clusterIP", "*"}, {"spec.ports.0.port", "81"}}},
	}
}
