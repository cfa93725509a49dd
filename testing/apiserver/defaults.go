package apiserver

import (
	"fmt"
	"strings"
)

// applyDefaults fills the defaults the real server's defaulting and
// admission give the common kinds, so that field selectors and clients
// reading them see the same values: pods (and pod templates), workloads,
// services, namespaces, CRDs.
func (s *Server) applyDefaults(res *Resource, m map[string]any, creating bool) {
	if res.GVR == gvrCRDs {
		if creating {
			crdDefaults(m)
		}
		return
	}
	spec, _ := m["spec"].(map[string]any)
	switch res.GVR.GroupResource().String() {
	case "pods":
		defaultPodSpec(spec)
		admitPod(spec)
		st := child(m, "status")
		if st["phase"] == nil {
			st["phase"] = "Pending"
		}
		if st["qosClass"] == nil {
			st["qosClass"] = qosClass(spec)
		}
	case "namespaces":
		if creating {
			m["spec"] = map[string]any{"finalizers": []any{"kubernetes"}}
			m["status"] = map[string]any{"phase": "Active"}
		}
		labels := child(meta(m), "labels")
		labels["kubernetes.io/metadata.name"] = metaString(m, "name")
	case "services":
		s.defaultService(spec, creating)
	case "deployments.apps":
		defaultWorkload(spec)
		setDefault(spec, "revisionHistoryLimit", int64(10))
		setDefault(spec, "progressDeadlineSeconds", int64(600))
		if st, _ := spec["strategy"].(map[string]any); st == nil || len(st) == 0 {
			spec["strategy"] = map[string]any{"type": "RollingUpdate",
				"rollingUpdate": map[string]any{"maxUnavailable": "25%", "maxSurge": "25%"}}
		}
	case "replicasets.apps", "replicationcontrollers", "statefulsets.apps":
		defaultWorkload(spec)
	case "daemonsets.apps", "jobs.batch", "podtemplates":
		defaultTemplate(spec)
		if res.GVR.Resource == "podtemplates" {
			defaultTemplate(m)
		}
	}
}

// child returns m[key] as a map, creating it.
func child(m map[string]any, key string) map[string]any {
	c, ok := m[key].(map[string]any)
	if !ok {
		c = map[string]any{}
		m[key] = c
	}
	return c
}

// setDefault sets m[key] when it is absent.
func setDefault(m map[string]any, key string, v any) {
	if m == nil {
		return
	}
	if cur, ok := m[key]; !ok || cur == nil {
		m[key] = v
	}
}

// defaultWorkload defaults replicas and the pod template.
func defaultWorkload(spec map[string]any) {
	setDefault(spec, "replicas", int64(1))
	defaultTemplate(spec)
}

// defaultTemplate defaults the pod spec of spec.template.
func defaultTemplate(spec map[string]any) {
	if spec == nil {
		return
	}
	if tmpl, ok := spec["template"].(map[string]any); ok {
		if ps, ok := tmpl["spec"].(map[string]any); ok {
			defaultPodSpec(ps)
		}
	}
}

// defaultPodSpec applies the pod spec defaults (pods and templates).
func defaultPodSpec(spec map[string]any) {
	if spec == nil {
		return
	}
	setDefault(spec, "restartPolicy", "Always")
	setDefault(spec, "dnsPolicy", "ClusterFirst")
	setDefault(spec, "schedulerName", "default-scheduler")
	setDefault(spec, "terminationGracePeriodSeconds", int64(30))
	setDefault(spec, "securityContext", map[string]any{})
	setDefault(spec, "enableServiceLinks", true)
	for _, key := range []string{"containers", "initContainers"} {
		list, _ := spec[key].([]any)
		for _, c := range list {
			if cm, ok := c.(map[string]any); ok {
				defaultContainer(cm)
			}
		}
	}
}

// admitPod applies what admission adds to pods (not to pod templates): the
// service account, priority and the default tolerations.
func admitPod(spec map[string]any) {
	if spec == nil {
		return
	}
	setDefault(spec, "serviceAccountName", "default")
	setDefault(spec, "serviceAccount", spec["serviceAccountName"])
	setDefault(spec, "priority", int64(0))
	setDefault(spec, "preemptionPolicy", "PreemptLowerPriority")
	addDefaultTolerations(spec)
}

// addDefaultTolerations adds the not-ready and unreachable NoExecute
// tolerations (300 s) the DefaultTolerationSeconds admission adds.
func addDefaultTolerations(spec map[string]any) {
	list, _ := spec["tolerations"].([]any)
	for _, key := range []string{"node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"} {
		found := false
		for _, t := range list {
			if tm, ok := t.(map[string]any); ok && tm["key"] == key && (tm["effect"] == "NoExecute" || tm["effect"] == nil || tm["effect"] == "") {
				found = true
			}
		}
		if !found {
			list = append(list, map[string]any{"key": key, "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": int64(300)})
		}
	}
	spec["tolerations"] = list
}

// defaultContainer applies the container defaults.
func defaultContainer(c map[string]any) {
	setDefault(c, "terminationMessagePath", "/dev/termination-log")
	setDefault(c, "terminationMessagePolicy", "File")
	setDefault(c, "resources", map[string]any{})
	image, _ := c["image"].(string)
	policy := "IfNotPresent"
	if tag := imageTag(image); tag == "" || tag == "latest" {
		policy = "Always"
	}
	setDefault(c, "imagePullPolicy", policy)
	ports, _ := c["ports"].([]any)
	for _, p := range ports {
		if pm, ok := p.(map[string]any); ok {
			setDefault(pm, "protocol", "TCP")
		}
	}
}

// imageTag returns the tag of an image reference ("" when none; digests
// count as a tag).
func imageTag(image string) string {
	if i := strings.Index(image, "@"); i >= 0 {
		return image[i+1:]
	}
	last := image[strings.LastIndex(image, "/")+1:]
	if i := strings.LastIndex(last, ":"); i >= 0 {
		return last[i+1:]
	}
	return ""
}

// qosClass is BestEffort without any resource requests or limits, else
// Burstable (the server's finer Guaranteed rule is not modelled).
func qosClass(spec map[string]any) string {
	list, _ := spec["containers"].([]any)
	for _, c := range list {
		cm, _ := c.(map[string]any)
		res, _ := cm["resources"].(map[string]any)
		if len(res) > 0 {
			return "Burstable"
		}
	}
	return "BestEffort"
}

// defaultService applies the service defaults and allocates a cluster IP
// from 10.96.0.0/16 for new ClusterIP, NodePort and LoadBalancer services.
func (s *Server) defaultService(spec map[string]any, creating bool) {
	if spec == nil {
		return
	}
	setDefault(spec, "type", "ClusterIP")
	setDefault(spec, "sessionAffinity", "None")
	typ, _ := spec["type"].(string)
	if typ != "ExternalName" {
		setDefault(spec, "internalTrafficPolicy", "Cluster")
		setDefault(spec, "ipFamilyPolicy", "SingleStack")
		setDefault(spec, "ipFamilies", []any{"IPv4"})
		if creating && (spec["clusterIP"] == nil || spec["clusterIP"] == "") {
			ip := s.nextServiceIP()
			spec["clusterIP"], spec["clusterIPs"] = ip, []any{ip}
		}
	}
	ports, _ := spec["ports"].([]any)
	for _, p := range ports {
		pm, ok := p.(map[string]any)
		if !ok {
			continue
		}
		setDefault(pm, "protocol", "TCP")
		if tp := pm["targetPort"]; tp == nil || tp == "" || formatScalar(tp) == "0" {
			pm["targetPort"] = pm["port"]
		}
	}
}

// nextServiceIP allocates the next service cluster IP.
func (s *Server) nextServiceIP() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.serviceIPs++
	n := s.serviceIPs
	return fmt.Sprintf("10.96.%d.%d", (n/254)%256, n%254+1)
}
