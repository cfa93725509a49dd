package apiserver

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// gvrPods names the pod resource.
var gvrPods = schema.GroupVersionResource{Version: "v1", Resource: "pods"}

// isVirtual says whether res only answers create and stores nothing: the
// reviews of authentication and authorization, and bindings.
func isVirtual(res *Resource) bool {
	return len(res.Verbs) == 1 && res.Verbs[0] == "create"
}

// successStatus is the Status a subresource action answers with.
func successStatus(code int) metav1.Status {
	return metav1.Status{TypeMeta: metav1.TypeMeta{Kind: "Status", APIVersion: "v1"}, Status: metav1.StatusSuccess, Code: int32(code)}
}

// createVirtual answers a create-only resource: a binding binds its pod, a
// review is answered (every request allowed, every known token valid) and
// returned with its status, nothing is stored.
func (s *Server) createVirtual(w http.ResponseWriter, r *http.Request, info *requestInfo, raw []byte) error {
	m, err := decodeMap(raw)
	if err != nil {
		return errBadRequest("the object provided is unrecognized (must be of type %s): %v", info.res.Kind, err)
	}
	if info.res.Kind == "Binding" {
		if err := s.bind(info.namespace, metaString(m, "name"), m); err != nil {
			return err
		}
		s.writeValue(w, r, http.StatusCreated, successStatus(http.StatusCreated))
		return nil
	}
	m["apiVersion"], m["kind"] = info.res.apiVersion(), info.res.Kind
	st := child(m, "status")
	switch {
	case strings.HasSuffix(info.res.Kind, "AccessReview"):
		st["allowed"] = true
	case info.res.Kind == "SelfSubjectRulesReview":
		st["resourceRules"] = []any{map[string]any{"verbs": []any{"*"}, "apiGroups": []any{"*"}, "resources": []any{"*"}}}
		st["nonResourceRules"] = []any{map[string]any{"verbs": []any{"*"}, "nonResourceURLs": []any{"*"}}}
		st["incomplete"] = false
	case info.res.Kind == "SelfSubjectReview":
		user, _ := s.userOf(r)
		if user == "" {
			user = "system:anonymous"
		}
		st["userInfo"] = map[string]any{"username": user, "groups": []any{"system:authenticated"}}
	case info.res.Kind == "TokenReview":
		token, _ := lookupPath(m, "spec", "token")
		user, ok := s.opts.Tokens[formatScalar(token)]
		st["authenticated"] = ok
		if ok {
			st["user"] = map[string]any{"username": user, "groups": []any{"system:authenticated"}}
		}
	}
	s.writeValue(w, r, http.StatusCreated, m)
	return nil
}

// bind sets spec.nodeName of a pod from a Binding's target: 409 when the
// pod is already bound.
func (s *Server) bind(ns, name string, binding map[string]any) error {
	node, _ := lookupPath(binding, "target", "name")
	nodeName := formatScalar(node)
	res, _ := s.registry.lookup(gvrPods)
	return s.store.update(func(t *txn) error {
		cur := t.get(gvrPods, objectKey(ns, name))
		if cur == nil {
			return errNotFound(res, name)
		}
		if n, _ := lookupPath(cur.m, "spec", "nodeName"); formatScalar(n) != "" {
			return apierrors.NewConflict(res.groupResource(), name,
				fmt.Errorf("pod %s is already assigned to node %q", name, formatScalar(n)))
		}
		next := copyMap(cur.m)
		child(next, "spec")["nodeName"] = nodeName
		_, err := t.put(gvrPods, objectKey(ns, name), next)
		return err
	})
}

// createSubresource answers POST to a subresource: binding binds, eviction
// deletes the pod, serviceaccounts/token issues a token; others are 405.
func (s *Server) createSubresource(w http.ResponseWriter, r *http.Request, info *requestInfo, raw []byte) error {
	if _, err := s.getObject(info.res, info.namespace, info.name); err != nil {
		return err
	}
	switch {
	case info.sub == "binding":
		m, err := decodeMap(raw)
		if err != nil {
			return errBadRequest("the object provided is unrecognized (must be of type Binding): %v", err)
		}
		if err := s.bind(info.namespace, info.name, m); err != nil {
			return err
		}
	case info.sub == "eviction":
		if _, _, err := s.remove(info.res, info.namespace, info.name, &deleteOptions{}); err != nil {
			return err
		}
	case info.sub == "token" && info.res.GVR.Resource == "serviceaccounts":
		return s.issueToken(w, r, info, raw)
	default:
		return apierrors.NewBadRequest("Upgrade request required")
	}
	s.writeValue(w, r, http.StatusCreated, successStatus(http.StatusCreated))
	return nil
}

// issueToken answers a TokenRequest with an opaque token valid for the
// requested duration (default one hour).
func (s *Server) issueToken(w http.ResponseWriter, r *http.Request, info *requestInfo, raw []byte) error {
	m, err := decodeMap(raw)
	if err != nil {
		return errBadRequest("the object provided is unrecognized (must be of type TokenRequest): %v", err)
	}
	seconds := int64(3600)
	if v, ok := lookupPath(m, "spec", "expirationSeconds"); ok && toInt(v) > 0 {
		seconds = toInt(v)
	}
	child(m, "spec")["expirationSeconds"] = seconds
	m["apiVersion"], m["kind"] = "authentication.k8s.io/v1", "TokenRequest"
	setMeta(m, "name", info.name)
	setMeta(m, "namespace", info.namespace)
	m["status"] = map[string]any{
		"token":               "apiserver-token." + info.namespace + "." + info.name + "." + strconv.FormatUint(s.ResourceVersion(), 10) + "." + nameSuffix(),
		"expirationTimestamp": timestamp(s.opts.Now().Add(secondsDuration(seconds))),
	}
	s.writeValue(w, r, http.StatusCreated, m)
	return nil
}

// serveLog answers pods/<name>/log: 204 for a pod not bound to a node, as
// the real server; an empty log otherwise (no containers run here).
func (s *Server) serveLog(w http.ResponseWriter, r *http.Request, info *requestInfo) error {
	obj, err := s.getObject(info.res, info.namespace, info.name)
	if err != nil {
		return err
	}
	if node, _ := lookupPath(obj.m, "spec", "nodeName"); formatScalar(node) == "" {
		w.WriteHeader(http.StatusNoContent)
		return nil
	}
	w.Header().Set("Content-Type", "text/plain")
	w.WriteHeader(http.StatusOK)
	return nil
}

// secondsDuration converts seconds to a time.Duration.
func secondsDuration(seconds int64) time.Duration {
	return time.Duration(seconds) * time.Second
}
