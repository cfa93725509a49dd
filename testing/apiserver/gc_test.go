package apiserver

import (
	"net/http"
	"testing"
)

func TestGarbageCollection(t *testing.T) {
	tests := []struct {
		name, options string
		wantChild     int
		wantOwnerRefs bool
	}{
		{"background by default", "", http.StatusNotFound, false},
		{"foreground", `{"propagationPolicy":"Foreground"}`, http.StatusNotFound, false},
		{"orphan", `{"propagationPolicy":"Orphan"}`, http.StatusOK, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestServer(t, Options{})
			owner := mustCall(t, s, http.StatusCreated, "POST", cmsPath, cmBody("owner", ""))
			uid := str(owner, "metadata.uid")
			mustCall(t, s, http.StatusCreated, "POST", cmsPath,
				`{"metadata":{"name":"child","ownerReferences":[{"apiVersion":"v1","kind":"ConfigMap","name":"owner","uid":"`+uid+`"}]}}`)
			mustCall(t, s, http.StatusOK, "DELETE", cmsPath+"/owner", tt.options)
			mustCall(t, s, http.StatusNotFound, "GET", cmsPath+"/owner", "")
			code, child := call(t, s, "GET", cmsPath+"/child", "")
			if code != tt.wantChild {
				t.Fatalf("child: got %d, want %d", code, tt.wantChild)
			}
			if code == http.StatusOK && (str(child, "metadata.ownerReferences") != "") != tt.wantOwnerRefs {
				t.Errorf("child ownerReferences: got %v", child["metadata"])
			}
		})
	}
}

func TestGarbageCollectionKeepsOtherOwners(t *testing.T) {
	s := newTestServer(t, Options{})
	a := str(mustCall(t, s, http.StatusCreated, "POST", cmsPath, cmBody("a", "")), "metadata.uid")
	b := str(mustCall(t, s, http.StatusCreated, "POST", cmsPath, cmBody("b", "")), "metadata.uid")
	mustCall(t, s, http.StatusCreated, "POST", cmsPath, `{"metadata":{"name":"child","ownerReferences":[`+
		`{"apiVersion":"v1","kind":"ConfigMap","name":"a","uid":"`+a+`"},{"apiVersion":"v1","kind":"ConfigMap","name":"b","uid":"`+b+`"}]}}`)
	mustCall(t, s, http.StatusOK, "DELETE", cmsPath+"/a", "")
	child := mustCall(t, s, http.StatusOK, "GET", cmsPath+"/child", "")
	refs, _ := lookupPath(child, "metadata", "ownerReferences")
	if list, _ := refs.([]any); len(list) != 1 {
		t.Errorf("ownerReferences: got %v, want only b", refs)
	}
}
