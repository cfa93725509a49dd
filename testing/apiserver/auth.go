package apiserver

import (
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
