//go:build integration

package integration

import (
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAuthentication lists ConfigMaps as each kind of user: the client
// certificate and token admins succeed, the limited user is forbidden, a
// bad token is unauthorized, and impersonation takes on the target's
// rights.
func TestAuthentication(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		name    string
		config  func(t *testing.T) *rest.Config
		wantErr func(error) bool
	}{
		{"client certificate", adminConfig, nil},
		{"admin token", func(t *testing.T) *rest.Config { return contextConfig(t, "admin-token") }, nil},
		{"limited token is forbidden", func(t *testing.T) *rest.Config { return contextConfig(t, "limited") }, apierrors.IsForbidden},
		{"bad token is unauthorized", func(t *testing.T) *rest.Config {
			cfg := contextConfig(t, "limited")
			cfg.BearerToken = "not-a-valid-token"
			return cfg
		}, apierrors.IsUnauthorized},
		{"impersonating the limited user is forbidden", func(t *testing.T) *rest.Config {
			cfg := adminConfig(t)
			cfg.Impersonate = rest.ImpersonationConfig{UserName: "skiff-limited"}
			return cfg
		}, apierrors.IsForbidden},
		{"impersonating a master succeeds", func(t *testing.T) *rest.Config {
			cfg := adminConfig(t)
			cfg.Impersonate = rest.ImpersonationConfig{UserName: "someone", Groups: []string{"system:masters"}}
			return cfg
		}, nil},
		{"the limited user cannot impersonate", func(t *testing.T) *rest.Config {
			cfg := contextConfig(t, "limited")
			cfg.Impersonate = rest.ImpersonationConfig{UserName: "skiff-admin", Groups: []string{"system:masters"}}
			return cfg
		}, apierrors.IsForbidden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clientFor(t, e.ts, tt.config(t), corev1.SchemeGroupVersion)
			err := c.Get().Namespace(e.ns).Resource("configmaps").Do(e.ctx).Into(&corev1.ConfigMapList{})
			if tt.wantErr == nil {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.True(t, tt.wantErr(err), "unexpected error kind: %v", err)
		})
	}
}

// TestLimitedUserDiscovery checks that the limited user, authenticated but
// without bindings, may still read discovery (system:discovery) but not
// create anything.
func TestLimitedUserDiscovery(t *testing.T) {
	e := newEnv(t)
	c := clientFor(t, e.ts, contextConfig(t, "limited"), corev1.SchemeGroupVersion)
	_, err := c.Get().AbsPath("/api").DoRaw(e.ctx)
	assert.NoError(t, err, "GET /api as the limited user")
	err = c.Post().Namespace(e.ns).Resource("configmaps").Body(configMap("nope", nil)).Do(e.ctx).Error()
	assert.True(t, apierrors.IsForbidden(err), "create as the limited user: want IsForbidden, got %v", err)
	var se *apierrors.StatusError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, int32(403), se.ErrStatus.Code)
	require.NotNil(t, se.ErrStatus.Details, "forbidden status has details")
	assert.Equal(t, "configmaps", se.ErrStatus.Details.Kind, "details name the resource")
}
