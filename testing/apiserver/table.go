package apiserver

import (
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"strings"
	"time"
)

// column is one server-side printing column.
type column struct {
	name, typ, format, desc string
	cell                    func(m map[string]any, now time.Time) any
}

// tableColumn is the wire form of a TableColumnDefinition.
type tableColumn struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Format      string `json:"format"`
	Description string `json:"description"`
	Priority    int32  `json:"priority"`
}

// tableRow is the wire form of a TableRow.
type tableRow struct {
	Cells  []any          `json:"cells"`
	Object map[string]any `json:"object,omitempty"`
}

// table is the wire form of a meta.k8s.io Table.
type table struct {
	Kind              string        `json:"kind"`
	APIVersion        string        `json:"apiVersion"`
	Metadata          listMeta      `json:"metadata"`
	ColumnDefinitions []tableColumn `json:"columnDefinitions"`
	Rows              []tableRow    `json:"rows"`
}

// wantsTable says whether the first acceptable media type of r asks for a
// Table, and its version.
func wantsTable(r *http.Request) (string, bool) {
	for _, part := range strings.Split(r.Header.Get("Accept"), ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil || (mt != mediaJSON && mt != "*/*" && mt != "application/*") {
			continue
		}
		if params["as"] == "" {
			return "", false
		}
		if isTableAs(params) {
			return params["v"], true
		}
	}
	return "", false
}

// isTableAs says whether media type params ask for a Table.
func isTableAs(params map[string]string) bool {
	return params["as"] == "Table" && params["g"] == "meta.k8s.io" && (params["v"] == "v1" || params["v"] == "v1beta1")
}

// nameColumn and ageColumn are the columns every table has.
var (
	nameColumn = column{"Name", "string", "name", "Name must be unique within a namespace.",
		func(m map[string]any, _ time.Time) any { return metaString(m, "name") }}
	ageColumn = column{"Age", "string", "", "CreationTimestamp is a timestamp representing the server time when this object was created.",
		func(m map[string]any, now time.Time) any { return age(metaString(m, "creationTimestamp"), now) }}
)

// columnsFor returns the printing columns of res: the real server's for the
// common kinds, Name and Age for the rest.
func columnsFor(res *Resource) []column {
	str := func(path ...string) func(map[string]any, time.Time) any {
		return func(m map[string]any, _ time.Time) any {
			v, _ := lookupPath(m, path...)
			return formatScalar(v)
		}
	}
	switch res.GVR.GroupResource().String() {
	case "pods":
		return []column{nameColumn, {"Ready", "string", "", "The aggregate readiness state of this pod for accepting traffic.", podReady},
			{"Status", "string", "", "The aggregate status of the containers in this pod.", podStatus},
			{"Restarts", "string", "", "The number of times the containers in this pod have been restarted.", podRestarts}, ageColumn}
	case "deployments.apps":
		return []column{nameColumn, {"Ready", "string", "", "Number of the pod with ready state", func(m map[string]any, _ time.Time) any {
			r, _ := lookupPath(m, "status", "readyReplicas")
			d, _ := lookupPath(m, "spec", "replicas")
			return fmt.Sprintf("%d/%d", toInt(r), toInt(d))
		}}, {"Up-to-date", "integer", "", "Total number of non-terminated pods targeted by this deployment that have the desired template spec.", intAt("status", "updatedReplicas")},
			{"Available", "integer", "", "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.", intAt("status", "availableReplicas")}, ageColumn}
	case "services":
		return []column{nameColumn, {"Type", "string", "", "The type of the service.", str("spec", "type")},
			{"Cluster-IP", "string", "", "The cluster IP of the service.", str("spec", "clusterIP")},
			{"External-IP", "string", "", "The external IPs of the service.", func(map[string]any, time.Time) any { return "<none>" }},
			{"Port(s)", "string", "", "The ports of the service.", servicePorts}, ageColumn}
	case "namespaces":
		return []column{nameColumn, {"Status", "string", "", "The status of the namespace", str("status", "phase")}, ageColumn}
	case "configmaps":
		return []column{nameColumn, {"Data", "string", "", "Number of data in configmap", func(m map[string]any, _ time.Time) any {
			return len(childMap(m, "data")) + len(childMap(m, "binaryData"))
		}}, ageColumn}
	}
	return []column{nameColumn, ageColumn}
}

// intAt renders an integer field, 0 when absent.
func intAt(path ...string) func(map[string]any, time.Time) any {
	return func(m map[string]any, _ time.Time) any {
		v, _ := lookupPath(m, path...)
		return toInt(v)
	}
}

// podReady renders ready/total containers.
func podReady(m map[string]any, _ time.Time) any {
	containers, _ := lookupPath(m, "spec", "containers")
	statuses, _ := lookupPath(m, "status", "containerStatuses")
	ready := 0
	list, _ := statuses.([]any)
	for _, st := range list {
		if sm, _ := st.(map[string]any); sm["ready"] == true {
			ready++
		}
	}
	total, _ := containers.([]any)
	return fmt.Sprintf("%d/%d", ready, len(total))
}

// podStatus renders the phase, or Terminating while deleting.
func podStatus(m map[string]any, _ time.Time) any {
	if metaString(m, "deletionTimestamp") != "" {
		return "Terminating"
	}
	v, _ := lookupPath(m, "status", "phase")
	return formatScalar(v)
}

// podRestarts sums the container restart counts.
func podRestarts(m map[string]any, _ time.Time) any {
	statuses, _ := lookupPath(m, "status", "containerStatuses")
	list, _ := statuses.([]any)
	var n int64
	for _, st := range list {
		sm, _ := st.(map[string]any)
		n += toInt(sm["restartCount"])
	}
	return fmt.Sprint(n)
}

// servicePorts renders "80/TCP,443/TCP".
func servicePorts(m map[string]any, _ time.Time) any {
	ports, _ := lookupPath(m, "spec", "ports")
	list, _ := ports.([]any)
	parts := make([]string, 0, len(list))
	for _, p := range list {
		pm, _ := p.(map[string]any)
		parts = append(parts, fmt.Sprintf("%s/%s", formatScalar(pm["port"]), formatScalar(pm["protocol"])))
	}
	if len(parts) == 0 {
		return "<none>"
	}
	return strings.Join(parts, ",")
}

// age renders the time since an RFC 3339 timestamp like kubectl does.
func age(ts string, now time.Time) string {
	t, err := time.Parse(time.RFC3339, ts)
	if err != nil {
		return "<unknown>"
	}
	d := now.Sub(t)
	switch {
	case d < 0:
		return "0s"
	case d < 2*time.Minute:
		return fmt.Sprintf("%ds", int(d.Seconds()))
	case d < 10*time.Minute:
		return fmt.Sprintf("%dm%ds", int(d.Minutes()), int(d.Seconds())%60)
	case d < 3*time.Hour:
		return fmt.Sprintf("%dm", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh", int(d.Hours()))
	}
	return fmt.Sprintf("%dd", int(d.Hours()/24))
}

// buildTable prints objects as a Table of version for res.
func (s *Server) buildTable(r *http.Request, res *Resource, version string, raws [][]byte, meta listMeta) []byte {
	cols := columnsFor(res)
	t := table{Kind: "Table", APIVersion: "meta.k8s.io/" + version, Metadata: meta, Rows: []tableRow{}}
	for _, c := range cols {
		t.ColumnDefinitions = append(t.ColumnDefinitions, tableColumn{Name: c.name, Type: c.typ, Format: c.format, Description: c.desc})
	}
	include := r.URL.Query().Get("includeObject")
	now := s.opts.Now()
	for _, raw := range raws {
		m, err := decodeMap(raw)
		if err != nil {
			continue
		}
		row := tableRow{}
		for _, c := range cols {
			row.Cells = append(row.Cells, c.cell(m, now))
		}
		switch include {
		case "None":
		case "Object":
			row.Object = m
		default:
			row.Object = partialObject(m, version)
		}
		t.Rows = append(t.Rows, row)
	}
	out, err := json.Marshal(t)
	if err != nil {
		return []byte(`{}`)
	}
	return out
}
