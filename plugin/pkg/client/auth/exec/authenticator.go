package exec

import (
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/pkg/apis/clientauthentication"
	clientauthv1 "github.com/skiff-k8s/skiff/pkg/apis/clientauthentication/v1"
	clientauthv1beta1 "github.com/skiff-k8s/skiff/pkg/apis/clientauthentication/v1beta1"
	"github.com/skiff-k8s/skiff/tools/clientcmd/api"
	"github.com/skiff-k8s/skiff/transport"
)

// execInfoEnv names the environment variable carrying the plugin's input.
const execInfoEnv = "KUBERNETES_EXEC_INFO"

// Install hints are shown at most installHintBurst times per hour.
const installHintBurst = 10

// supportedVersions are the ExecCredential versions a plugin may speak.
var supportedVersions = map[string]schema.GroupVersion{
	clientauthv1beta1.SchemeGroupVersion.String(): clientauthv1beta1.SchemeGroupVersion,
	clientauthv1.SchemeGroupVersion.String():      clientauthv1.SchemeGroupVersion,
}

// credentials is one result of running the plugin.
type credentials struct {
	token string
	cert  *tls.Certificate
}

// Authenticator runs one exec plugin and caches its credential.
type Authenticator struct {
	cmd                     string
	args                    []string
	group                   schema.GroupVersion
	env                     []string
	cluster                 *clientauthentication.Cluster
	provideClusterInfo      bool
	installHint             string
	interactiveMode         api.ExecInteractiveMode
	stdinUnavailable        bool
	stdinUnavailableMessage string

	// Process plumbing, replaced in tests.
	environ    func() []string
	stdin      io.Reader
	stderr     io.Writer
	isTerminal func() bool
	now        func() time.Time
	hintLimit  *rate.Limiter

	mu          sync.Mutex
	cachedCreds *credentials
	exp         time.Time

	connTracker   *connTracker
	getCertHolder *transport.GetCertHolder
	dialHolder    *transport.DialHolder
}

var (
	cacheMu        sync.Mutex
	authenticators = map[string]*Authenticator{}
)

// GetAuthenticator returns the Authenticator for config and cluster
// (cluster may be nil). Identical configs get the same Authenticator, so
// they share one cached credential.
func GetAuthenticator(config *api.ExecConfig, cluster *clientauthentication.Cluster) (*Authenticator, error) {
	if config == nil {
		return nil, errors.New("exec plugin: nil exec config")
	}
	key, err := cacheKey(config, cluster)
	if err != nil {
		return nil, err
	}
	cacheMu.Lock()
	defer cacheMu.Unlock()
	if a, ok := authenticators[key]; ok {
		return a, nil
	}
	a, err := newAuthenticator(config, cluster)
	if err != nil {
		return nil, err
	}
	authenticators[key] = a
	return a, nil
}

// newAuthenticator validates config and builds an uncached Authenticator.
func newAuthenticator(config *api.ExecConfig, cluster *clientauthentication.Cluster) (*Authenticator, error) {
	gv, ok := supportedVersions[config.APIVersion]
	if !ok {
		return nil, fmt.Errorf("exec plugin: invalid apiVersion %q", config.APIVersion)
	}
	if config.Command == "" {
		return nil, errors.New("exec plugin: no command given")
	}
	tracker := newConnTracker((&net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}).DialContext)
	a := &Authenticator{
		cmd:                     config.Command,
		args:                    append([]string(nil), config.Args...),
		group:                   gv,
		cluster:                 cluster.DeepCopy(),
		provideClusterInfo:      config.ProvideClusterInfo,
		installHint:             config.InstallHint,
		interactiveMode:         config.InteractiveMode,
		stdinUnavailable:        config.StdinUnavailable,
		stdinUnavailableMessage: config.StdinUnavailableMessage,
		environ:                 os.Environ,
		stdin:                   os.Stdin,
		stderr:                  os.Stderr,
		isTerminal:              stdinIsTerminal,
		now:                     time.Now,
		hintLimit:               rate.NewLimiter(rate.Every(time.Hour/installHintBurst), installHintBurst),
		connTracker:             tracker,
		dialHolder:              &transport.DialHolder{Dial: tracker.dial},
	}
	for _, env := range config.Env {
		a.env = append(a.env, env.Name+"="+env.Value)
	}
	a.getCertHolder = &transport.GetCertHolder{GetCert: a.cert}
	return a, nil
}

// cacheKey identifies an exec config and cluster by the hash of their full
// contents, secrets included (the hash does not reveal them).
func cacheKey(config *api.ExecConfig, cluster *clientauthentication.Cluster) (string, error) {
	var clusterJSON []byte
	if cluster != nil {
		var err error
		if clusterJSON, err = json.Marshal(execInfo(clientauthv1.SchemeGroupVersion, false, cluster)); err != nil {
			return "", fmt.Errorf("exec plugin: encoding cluster: %w", err)
		}
	}
	var configJSON []byte
	if config.Config != nil {
		var err error
		if configJSON, err = json.Marshal(config.Config); err != nil {
			return "", fmt.Errorf("exec plugin: encoding exec config extension: %w", err)
		}
	}
	b, err := json.Marshal(struct {
		Config       *api.ExecConfig
		Extension    json.RawMessage
		StdinUnavail bool
		StdinMsg     string
		Cluster      json.RawMessage
	}{config, nullIfEmpty(configJSON), config.StdinUnavailable, config.StdinUnavailableMessage, nullIfEmpty(clusterJSON)})
	if err != nil {
		return "", fmt.Errorf("exec plugin: encoding exec config: %w", err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

func nullIfEmpty(b []byte) json.RawMessage {
	if len(b) == 0 {
		return json.RawMessage("null")
	}
	return b
}

// UpdateTransportConfig makes c use the plugin's credentials, unless c
// already has a token, basic auth or a client certificate. It wraps the
// transport to add the token and refresh on 401, sets the client
// certificate callback and a dialer whose connections are closed when the
// certificate changes.
func (a *Authenticator) UpdateTransportConfig(c *transport.Config) error {
	if c.HasTokenAuth() || c.HasBasicAuth() || c.HasCertAuth() {
		return nil
	}
	if c.HasCertCallback() {
		return errors.New("exec plugin: can't add TLS certificate callback: transport.Config.TLS.GetCertHolder already set")
	}
	c.Wrap(func(rt http.RoundTripper) http.RoundTripper {
		return &roundTripper{a: a, base: rt}
	})
	c.TLS.GetCertHolder = a.getCertHolder
	if c.DialHolder != nil {
		if c.DialHolder.Dial == nil {
			return errors.New("exec plugin: invalid transport.Config.DialHolder: Dial is nil")
		}
		c.DialHolder = &transport.DialHolder{Dial: a.connTracker.wrap(c.DialHolder.Dial)}
		return nil
	}
	c.DialHolder = a.dialHolder
	return nil
}

// cert returns the plugin's client certificate, or nil when it returned a
// token.
func (a *Authenticator) cert() (*tls.Certificate, error) {
	creds, err := a.getCreds()
	if err != nil {
		return nil, err
	}
	return creds.cert, nil
}

// getCreds returns the cached credentials while they are unexpired, or
// runs the plugin.
func (a *Authenticator) getCreds() (*credentials, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.cachedCreds != nil && !a.expired() {
		return a.cachedCreds, nil
	}
	if err := a.refreshCredsLocked(); err != nil {
		return nil, err
	}
	return a.cachedCreds, nil
}

func (a *Authenticator) expired() bool {
	return !a.exp.IsZero() && a.now().After(a.exp)
}

// maybeRefreshCreds runs the plugin again after a 401, unless another
// request already replaced the credentials that were used. A failed run
// drops the cache, so the next request reports the error.
func (a *Authenticator) maybeRefreshCreds(used *credentials) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.cachedCreds != used {
		return
	}
	if err := a.refreshCredsLocked(); err != nil {
		a.cachedCreds, a.exp = nil, time.Time{}
	}
}

// roundTripper adds the plugin's token to requests without an
// Authorization header and refreshes the credentials after a 401.
type roundTripper struct {
	a    *Authenticator
	base http.RoundTripper
}

func (r *roundTripper) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Header.Get("Authorization") != "" {
		return r.base.RoundTrip(req)
	}
	creds, err := r.a.getCreds()
	if err != nil {
		return nil, fmt.Errorf("getting credentials: %w", err)
	}
	if creds.token != "" {
		req = req.Clone(req.Context())
		req.Header.Set("Authorization", "Bearer "+creds.token)
	}
	res, err := r.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	if res.StatusCode == http.StatusUnauthorized {
		r.a.maybeRefreshCreds(creds)
	}
	return res, nil
}

// WrappedRoundTripper returns the wrapped round tripper.
func (r *roundTripper) WrappedRoundTripper() http.RoundTripper { return r.base }

// String names the plugin without its environment, arguments or cached
// credential, which may hold secrets.
func (a *Authenticator) String() string {
	return fmt.Sprintf("exec.Authenticator{command: %q, apiVersion: %q}", a.cmd, a.group)
}

// GoString is String, so that %#v does not print secrets either.
func (a *Authenticator) GoString() string { return a.String() }

// String hides the credential.
func (c *credentials) String() string {
	return fmt.Sprintf("credentials{token: %t, cert: %t}", c.token != "", c.cert != nil)
}
