package apiserver

import (
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/fields"
)

// fieldSpec is one selectable field: where it lives in the object and the
// value it has when absent.
type fieldSpec struct {
	path []string
	def  string
}

// selectableFields lists, per group/resource, the field labels the real
// server supports beyond metadata.name and metadata.namespace.
var selectableFields = map[string]map[string]fieldSpec{
	"pods": {
		"spec.nodeName":            {path: []string{"spec", "nodeName"}},
		"spec.restartPolicy":       {path: []string{"spec", "restartPolicy"}},
		"spec.schedulerName":       {path: []string{"spec", "schedulerName"}},
		"spec.serviceAccountName":  {path: []string{"spec", "serviceAccountName"}},
		"spec.hostNetwork":         {path: []string{"spec", "hostNetwork"}, def: "false"},
		"status.phase":             {path: []string{"status", "phase"}},
		"status.podIP":             {path: []string{"status", "podIP"}},
		"status.nominatedNodeName": {path: []string{"status", "nominatedNodeName"}},
	},
	"events": {
		"involvedObject.kind":            {path: []string{"involvedObject", "kind"}},
		"involvedObject.namespace":       {path: []string{"involvedObject", "namespace"}},
		"involvedObject.name":            {path: []string{"involvedObject", "name"}},
		"involvedObject.uid":             {path: []string{"involvedObject", "uid"}},
		"involvedObject.apiVersion":      {path: []string{"involvedObject", "apiVersion"}},
		"involvedObject.resourceVersion": {path: []string{"involvedObject", "resourceVersion"}},
		"involvedObject.fieldPath":       {path: []string{"involvedObject", "fieldPath"}},
		"reason":                         {path: []string{"reason"}},
		"reportingComponent":             {path: []string{"reportingComponent"}},
		"source":                         {path: []string{"source", "component"}},
		"type":                           {path: []string{"type"}},
	},
	"secrets":                {"type": {path: []string{"type"}}},
	"nodes":                  {"spec.unschedulable": {path: []string{"spec", "unschedulable"}, def: "false"}},
	"namespaces":             {"status.phase": {path: []string{"status", "phase"}}},
	"replicationcontrollers": {"status.replicas": {path: []string{"status", "replicas"}, def: "0"}},
	"apps/replicasets":       {"status.replicas": {path: []string{"status", "replicas"}, def: "0"}},
	"batch/jobs":             {"status.successful": {path: []string{"status", "succeeded"}, def: "0"}},
	"certificates.k8s.io/certificatesigningrequests": {"spec.signerName": {path: []string{"spec", "signerName"}}},
}

// fieldsOf returns the selectable fields of res.
func fieldsOf(res *Resource) map[string]fieldSpec {
	key := res.GVR.Resource
	if res.GVR.Group != "" {
		key = res.GVR.Group + "/" + key
	}
	return selectableFields[key]
}

// objectFields returns the field set of m for field selectors.
func objectFields(res *Resource, m map[string]any) fields.Set {
	set := fields.Set{"metadata.name": metaString(m, "name"), "metadata.namespace": metaString(m, "namespace")}
	for label, spec := range fieldsOf(res) {
		v, ok := lookupPath(m, spec.path...)
		if !ok || v == nil {
			set[label] = spec.def
			continue
		}
		set[label] = formatScalar(v)
	}
	return set
}

// parseFieldSelector parses sel and rejects labels res does not support,
// with the real server's message.
func parseFieldSelector(res *Resource, sel string) (fields.Selector, error) {
	parsed, err := fields.ParseSelector(sel)
	if err != nil {
		return nil, errBadRequest("invalid field selector: %v", err)
	}
	known := fieldsOf(res)
	for _, req := range parsed.Requirements() {
		if req.Field == "metadata.name" || req.Field == "metadata.namespace" {
			continue
		}
		if _, ok := known[req.Field]; ok {
			continue
		}
		if len(known) == 0 {
			return nil, errBadRequest("%q is not a known field selector: only %q, %q", req.Field, "metadata.name", "metadata.namespace")
		}
		return nil, errBadRequest("%s", fmt.Sprintf("field label not supported: %s", req.Field))
	}
	return parsed, nil
}
