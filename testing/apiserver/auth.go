package apiserver

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// authenticate checks the bearer token or client certificate when the
// server requires one: 401 without a known identity, 403 for a user listed
// in Options.Forbidden.
func (s *Server) authenticate(r *http.Request) error {
	user, known := s.userOf(r)
	if !known && (len(s.opts.Tokens) > 0 || s.opts.RequireAuth) {
		return errStatus(http.StatusUnauthorized, metav1.StatusReasonUnauthorized, "Unauthorized")
	}
	if known && contains(s.opts.Forbidden, user) {
		return apierrors.NewForbidden(schema.GroupResource{}, "", fmt.Errorf("User %q cannot %s resource at path %q", user, strings.ToLower(r.Method), r.URL.Path))
	}
	return nil
}

// userOf returns the user a request authenticates as.
func (s *Server) userOf(r *http.Request) (string, bool) {
	if r.TLS != nil && len(r.TLS.VerifiedChains) > 0 && len(r.TLS.PeerCertificates) > 0 {
		return r.TLS.PeerCertificates[0].Subject.CommonName, true
	}
	if tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		user, found := s.opts.Tokens[strings.TrimSpace(tok)]
		return user, found
	}
	return "", false
}

// Attributes describe a resource request for Options.Authorize.
type Attributes struct {
	// User is the authenticated user ("" when anonymous).
	User string
	// Verb is the API verb: get, list, watch, create, update, patch,
	// delete, deletecollection.
	Verb string
	// Group, Version, Resource and Subresource name what is acted on.
	Group, Version, Resource, Subresource string
	// Namespace and Name locate the object ("" for collections and
	// cluster-scoped resources).
	Namespace, Name string
}

// authorize asks Options.Authorize about a resource request.
func (s *Server) authorize(r *http.Request, info *requestInfo) error {
	if s.opts.Authorize == nil {
		return nil
	}
	user, _ := s.userOf(r)
	attrs := Attributes{User: user, Verb: info.verb, Group: info.res.GVR.Group, Version: info.res.GVR.Version,
		Resource: info.res.GVR.Resource, Subresource: info.sub, Namespace: info.namespace, Name: info.name}
	if s.opts.Authorize(attrs) {
		return nil
	}
	if user == "" {
		user = "system:anonymous"
	}
	res := info.res.GVR.Resource
	if info.sub != "" {
		res += "/" + info.sub
	}
	msg := fmt.Sprintf("User %q cannot %s resource %q in API group %q", user, info.verb, res, info.res.GVR.Group)
	if info.namespace != "" {
		msg += fmt.Sprintf(" in the namespace %q", info.namespace)
	} else {
		msg += " at the cluster scope"
	}
	return apierrors.NewForbidden(info.res.groupResource(), info.name, errors.New(msg))
}
